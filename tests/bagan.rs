//! SOP-AP flowcharts of the shipped standards: snapshots of every chart, and the structure
//! each must have (one symbol per step in its actor's column, decisions with their branches,
//! terminators, an accessible name).

mod common;

use std::collections::BTreeMap;

use scraper::{Html, Selector};
use standar::render::SiteOptions;

use common::{build, compile_shipped};

fn charts() -> BTreeMap<String, String> {
    build(&compile_shipped(), &SiteOptions::default())
        .into_iter()
        .filter(|(path, _)| path.ends_with(".svg") && path.contains("/alur"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).expect("UTF-8")))
        .collect()
}

fn count(svg: &Html, selector: &str) -> usize {
    svg.select(&Selector::parse(selector).expect("selector"))
        .count()
}

fn texts(svg: &Html, selector: &str) -> Vec<String> {
    svg.select(&Selector::parse(selector).expect("selector"))
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn snapshots_of_every_chart() {
    let charts = charts();
    // Five standards, two of them with two flows.
    assert_eq!(charts.len(), 7, "{:?}", charts.keys());
    for (path, svg) in &charts {
        insta::assert_snapshot!(path.replace('/', "__"), svg);
    }
}

#[test]
fn every_chart_has_a_name_terminators_and_one_process_per_step() {
    let charts = charts();
    let steps = [
        ("bengkulu-selatan-prokopim", 0),
        ("gianyar-setda/konsultasi-pelayanan-publik/alur.svg", 3),
        (
            "solok-dpmn/administrasi-konsultasi-pelayanan-publik/alur-1.svg",
            5,
        ),
        (
            "solok-dpmn/administrasi-konsultasi-pelayanan-publik/alur-2.svg",
            4,
        ),
    ];
    for (path, svg) in &charts {
        let doc = Html::parse_fragment(svg);
        assert_eq!(count(&doc, "svg > title"), 1, "{path}: accessible name");
        assert_eq!(count(&doc, "svg > desc"), 1, "{path}: description");
        assert_eq!(count(&doc, "g.terminator"), 2, "{path}: mulai and selesai");
        if let Some((_, expected)) = steps.iter().find(|(p, n)| path == p && *n > 0) {
            assert_eq!(count(&doc, "g.proses"), *expected, "{path}");
        }
        assert!(count(&doc, "g.proses") > 0, "{path}");
    }
}

#[test]
fn seed_002_has_its_three_actors_and_the_quality_columns() {
    let charts = charts();
    let svg = &charts["gianyar-setda/konsultasi-pelayanan-publik/alur.svg"];
    let doc = Html::parse_fragment(svg);
    let all = texts(&doc, "text").join(" | ");
    for word in [
        "Kabag",
        "Kasubag",
        "JP",
        "Mutu baku",
        "Kelengkapan",
        "Waktu",
        "Output",
    ] {
        assert!(all.contains(word), "`{word}` missing: {all}");
    }
    for fact in [
        "Buku tamu",
        "5 menit",
        "30 menit",
        "25 menit",
        "Registrasi tamu",
    ] {
        assert!(all.contains(fact), "`{fact}` missing");
    }
    assert_eq!(count(&doc, "g.keputusan"), 0);
}

#[test]
fn seed_003_escalation_has_decisions_with_yes_and_no() {
    let charts = charts();
    let svg = &charts["solok-dpmn/administrasi-konsultasi-pelayanan-publik/alur-1.svg"];
    let doc = Html::parse_fragment(svg);
    assert_eq!(count(&doc, "g.keputusan"), 2);
    let labels = texts(&doc, "text.label");
    assert_eq!(
        labels.iter().filter(|l| *l == "Ya").count(),
        2,
        "{labels:?}"
    );
    assert_eq!(
        labels.iter().filter(|l| *l == "Tidak").count(),
        2,
        "{labels:?}"
    );
    let all = texts(&doc, "text").join(" ");
    for actor in [
        "Pemohon",
        "Petugas pelayanan",
        "Bidang",
        "Pimpinan",
        "Kepala Dinas",
    ] {
        assert!(all.contains(actor), "{actor}");
    }
}

#[test]
fn the_page_shows_the_chart_and_keeps_the_steps_as_text() {
    let site = build(&compile_shipped(), &SiteOptions::default());
    let page = String::from_utf8(
        site["solok-dpmn/administrasi-konsultasi-pelayanan-publik/index.html"].clone(),
    )
    .expect("UTF-8");
    assert!(page.contains(r#"<img src="alur-1.svg""#));
    assert!(page.contains(r#"<img src="alur-2.svg""#));
    assert!(page.contains("Pemohon datang langsung dan membawa data/dokumen."));
}

#[test]
fn the_board_shows_the_chart_where_it_fits_legibly() {
    let site = build(&compile_shipped(), &SiteOptions::default());
    let board = |path: &str| String::from_utf8(site[path].clone()).expect("UTF-8");
    // Seed 004 (one column, three steps) fits an A3 board with its chart.
    let jember = board("jember-prokopim/keprotokolan/papan.html");
    assert!(jember.contains(r#"<section class="papan-bagan">"#));
    assert!(
        jember.contains(r#"<img src="data:image/svg+xml,"#),
        "the chart travels inside the board"
    );
    // Seed 002 (three actors and the quality columns) would shrink its text below legibility.
    let gianyar = board("gianyar-setda/konsultasi-pelayanan-publik/papan.html");
    assert!(!gianyar.contains("papan-bagan"));
    // The unit board shows the same sheet, chart included.
    assert!(board("jember-prokopim/papan.html").contains(r#"<section class="papan-bagan">"#));
}
