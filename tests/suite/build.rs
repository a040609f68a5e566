//! The site built from the shipped standards: snapshots of every output, determinism, and
//! every seed fact present in the HTML, Markdown and JSON.

use crate::common;

use std::collections::BTreeMap;

use standar::model::situs::{Bahasa, UkuranPapan};
use standar::render::SiteOptions;

use common::{
    build_site, contains_fact, facts, html_text, json_text, markdown_text, shipped_inputs,
};

fn options() -> SiteOptions {
    SiteOptions {
        url_dasar: Some("https://standar.example.go.id/".to_string()),
        ..SiteOptions::default()
    }
}

fn text(site: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        site.get(path)
            .unwrap_or_else(|| panic!("{path} not written"))
            .clone(),
    )
    .expect("UTF-8")
}

/// The `<main>` element of a page, which is what the snapshots pin.
fn main_region(html: &str) -> &str {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    &html[start..end]
}

/// The QR codes of a board, each as one short line: its size and a hash of its drawing.
/// (The drawing is thousands of characters of path data; a changed code still changes the
/// snapshot, and the reader of a snapshot diff sees that it did.)
fn redact_qr(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<div class=\"qr\"><svg") {
        let svg = at + "<div class=\"qr\">".len();
        let Some(length) = rest[svg..].find("</svg>") else {
            break;
        };
        let drawing = &rest[svg..svg + length + "</svg>".len()];
        out.push_str(&rest[..svg]);
        out.push_str(&format!(
            "[QR: {} bytes, xxh3 {:016x}]",
            drawing.len(),
            xxhash_rust::xxh3::xxh3_64(drawing.as_bytes())
        ));
        rest = &rest[svg + drawing.len()..];
    }
    out.push_str(rest);
    redact_data_uris(&out)
}

/// Embedded drawings (`src="data:…"`, the flowchart on a board, snapshotted on its own in
/// bagan.rs) as their size and hash.
fn redact_data_uris(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("src=\"data:") {
        let start = at + "src=\"".len();
        let Some(length) = rest[start..].find('"') else {
            break;
        };
        let uri = &rest[start..start + length];
        out.push_str(&rest[..start]);
        out.push_str(&format!(
            "[data URI: {} bytes, xxh3 {:016x}]",
            uri.len(),
            xxhash_rust::xxh3::xxh3_64(uri.as_bytes())
        ));
        rest = &rest[start + length..];
    }
    out.push_str(rest);
    out
}

fn standard_dirs(site: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    site.keys()
        .filter_map(|k| k.strip_suffix("/standar.json"))
        .map(str::to_string)
        .collect()
}

#[test]
fn snapshots_of_every_output_of_every_shipped_standard() {
    let inputs = shipped_inputs();
    let site = build_site(&inputs, &options());
    let dirs = standard_dirs(&site);
    let standards = inputs
        .iter()
        .filter(|i| i.relative.contains('/') && !i.relative.ends_with("/_unit.yaml"))
        .count();
    assert_eq!(dirs.len(), standards);
    for dir in dirs {
        let name = dir.replace('/', "__");
        insta::assert_snapshot!(
            format!("{name}__html"),
            main_region(&text(&site, &format!("{dir}/index.html")))
        );
        insta::assert_snapshot!(
            format!("{name}__md"),
            text(&site, &format!("{dir}/README.md"))
        );
        insta::assert_snapshot!(
            format!("{name}__papan"),
            redact_qr(main_region(&text(&site, &format!("{dir}/papan.html"))))
        );
        insta::assert_snapshot!(
            format!("{name}__json"),
            text(&site, &format!("{dir}/standar.json"))
        );
    }
    insta::assert_snapshot!("index__html", main_region(&text(&site, "index.html")));
    insta::assert_snapshot!("index__json", text(&site, "index.json"));
    let index: serde_json::Value =
        serde_json::from_str(&text(&site, "index.json")).expect("index.json is JSON");
    assert_eq!(index["jumlah"], standards);
    let units = inputs
        .iter()
        .filter(|i| i.relative.ends_with("/_unit.yaml"))
        .count();
    assert_eq!(index["unit"].as_array().map(Vec::len), Some(units));
    assert_eq!(
        index["unit"][2]["standar"][0]["id"],
        "jember-prokopim/keprotokolan"
    );
    insta::assert_snapshot!("sitemap", text(&site, "sitemap.xml"));
}

#[test]
fn two_builds_are_byte_identical() {
    let inputs = shipped_inputs();
    let first = build_site(&inputs, &options());
    let second = build_site(&shipped_inputs(), &options());
    assert_eq!(first, second);
}

#[test]
fn every_seed_fact_reaches_html_markdown_and_json() {
    let inputs = shipped_inputs();
    let site = build_site(&inputs, &options());
    for (file, unit, lines) in facts() {
        let dir = standard_dirs(&site)
            .into_iter()
            .find(|d| d.starts_with(&format!("{unit}/")))
            .expect("built");
        let html = html_text(&text(&site, &format!("{dir}/index.html")));
        let markdown = markdown_text(&text(&site, &format!("{dir}/README.md")));
        let json = json_text(&text(&site, &format!("{dir}/standar.json")));
        for line in &lines {
            let (fact, structural) = match line.strip_prefix("~ ") {
                Some(fact) => (fact, true),
                None => (line.as_str(), false),
            };
            assert!(
                contains_fact(&html, fact),
                "{file}: not in {dir}/index.html: {fact}"
            );
            assert!(
                contains_fact(&markdown, fact),
                "{file}: not in {dir}/README.md: {fact}"
            );
            if !structural {
                assert!(
                    contains_fact(&json, fact),
                    "{file}: not in {dir}/standar.json: {fact}"
                );
            }
        }
    }
}

#[test]
fn english_labels_leave_the_officers_text_alone() {
    let inputs = shipped_inputs();
    let site = build_site(
        &inputs,
        &SiteOptions {
            bahasa: Bahasa::En,
            ..options()
        },
    );
    let page = text(
        &site,
        "gianyar-setda/konsultasi-pelayanan-publik/index.html",
    );
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("Requirements"));
    assert!(page.contains("Free of charge"));
    assert!(page.contains("Draft SK Dinas tentang Penetapan Standar Pelayanan,"));
    assert!(page.contains("60 minutes"));
    let id = build_site(&inputs, &options());
    assert!(
        text(&id, "gianyar-setda/konsultasi-pelayanan-publik/index.html")
            .contains("Tidak dipungut biaya")
    );
}

#[test]
fn every_board_size_is_a_named_page_of_that_size() {
    let inputs = shipped_inputs();
    for size in UkuranPapan::ALL {
        let site = build_site(
            &inputs,
            &SiteOptions {
                papan: size,
                ..options()
            },
        );
        let board = text(
            &site,
            "kalbar-diskopukm/fasilitasi-rapat-audiensi/papan.html",
        );
        assert!(
            board.contains(&format!("lembar lembar-{}", size.name())),
            "{}",
            size.name()
        );
        assert!(
            board.contains("<svg role=\"img\""),
            "QR code when a base URL is configured"
        );
    }
    let css = text(&build_site(&inputs, &options()), "aset/papan.css");
    for size in UkuranPapan::ALL {
        let (w, h) = size.millimetres();
        assert!(
            css.contains(&format!("@page {} {{ size: {w}mm {h}mm;", size.name())),
            "{}",
            size.name()
        );
    }
}

#[test]
fn without_a_base_url_there_is_no_sitemap_and_no_qr_code() {
    let inputs = shipped_inputs();
    let site = build_site(&inputs, &SiteOptions::default());
    assert!(!site.contains_key("sitemap.xml"));
    assert!(
        !text(
            &site,
            "kalbar-diskopukm/fasilitasi-rapat-audiensi/papan.html"
        )
        .contains("<svg")
    );
}
