//! Boards: a long standard continues on further sheets with every item whole and numbered, an
//! item taller than a sheet fails the build at its line, a board prints no placeholder, and
//! every body text is at least the paper's minimum size.

use crate::common;

use std::collections::BTreeMap;

use scraper::{Html, Selector};
use standar::corpus::InputFile;
use standar::model::situs::UkuranPapan;
use standar::parse::Limits;
use standar::pipeline::compile;
use standar::render::SiteOptions;
use standar::render::board::layout::SCALES;
use standar::render::board::paper::Paper;

use common::{build_site, shipped_inputs, try_build};

/// The shared unit file and these standards, which must check without errors.
fn corpus(files: &[(&str, String)]) -> Vec<InputFile> {
    let unit = std::fs::read("tests/fixtures/_unit.yaml").expect("unit file");
    let mut inputs = vec![InputFile {
        path: "contoh/_unit.yaml".into(),
        relative: "contoh/_unit.yaml".into(),
        bytes: unit,
    }];
    for (name, text) in files {
        inputs.push(InputFile {
            path: format!("contoh/{name}"),
            relative: format!("contoh/{name}"),
            bytes: text.clone().into_bytes(),
        });
    }
    let compilation = compile(inputs.clone(), &Limits::default());
    assert_eq!(
        compilation.errors(),
        0,
        "{:?}",
        compilation
            .diagnostics
            .iter()
            .map(|d| &d.message)
            .collect::<Vec<_>>()
    );
    inputs
}

fn long_standard() -> Vec<InputFile> {
    let text = std::fs::read_to_string("tests/fixtures/valid/papan-panjang.yaml").expect("fixture");
    corpus(&[("papan-panjang.yaml", text)])
}

fn options(size: UkuranPapan) -> SiteOptions {
    SiteOptions {
        papan: size,
        url_dasar: Some("https://standar.example.go.id/".into()),
        ..SiteOptions::default()
    }
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).expect("selector"))
        .collect()
}

fn text_of(element: scraper::ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn board(site: &BTreeMap<String, Vec<u8>>, path: &str) -> Html {
    Html::parse_document(std::str::from_utf8(&site[path]).expect("UTF-8"))
}

#[test]
fn a_long_standard_continues_on_numbered_sheets_with_every_item_whole() {
    let inputs = long_standard();
    for size in [UkuranPapan::A4, UkuranPapan::A3] {
        let site = build_site(&inputs, &options(size));
        let html = board(&site, "contoh/papan-panjang/papan.html");
        let sheets = select(&html, "article.lembar");
        assert!(sheets.len() > 1, "{}: one sheet", size.name());
        let json: serde_json::Value =
            serde_json::from_slice(&site["contoh/papan-panjang/standar.json"]).expect("JSON");
        assert_eq!(json["papan"]["lembar"], sheets.len());
        for (i, sheet) in sheets.iter().enumerate() {
            // Sheet 1 has the full header; the others a slim one with the name and their
            // number; the footer numbers every sheet.
            assert_eq!(select_in(sheet, "h1").len(), usize::from(i == 0));
            let label = format!("Lembar {} dari {}", i + 1, sheets.len());
            if i > 0 {
                let slim = select_in(sheet, "header .papan-tipis");
                assert_eq!(slim.len(), 1, "{}: slim header", size.name());
                let slim = text_of(slim[0]).replace('\u{a0}', " ");
                assert!(
                    slim.starts_with("Pelayanan Izin") && slim.ends_with(&label),
                    "{slim}"
                );
            }
            assert!(text_of(*sheet).contains(&label));
            assert!(text_of(*sheet).contains("Nomor SK: 188.45/321/KPTS/2024"));
        }
        // Every requirement and step once, whole, with its number (10 and up included).
        let items: Vec<String> = select(&html, "ol.daftar > li")
            .into_iter()
            .map(text_of)
            .collect();
        for n in 1..=40 {
            let found: Vec<&String> = items
                .iter()
                .filter(|t| {
                    t.starts_with(&format!("{n}.")) && t.contains(&format!("(berkas nomor {n})"))
                })
                .collect();
            assert_eq!(
                found.len(),
                1,
                "{}: requirement {n}: {found:?}",
                size.name()
            );
        }
        for n in 1..=25 {
            let found = items
                .iter()
                .filter(|t| t.starts_with(&format!("{n}.Langkah {n}: ")))
                .count();
            assert_eq!(found, 1, "{}: step {n}", size.name());
        }
        let all = text_of(html.root_element());
        for fact in [
            "Rp750.000 per hari",
            "Rp1.500.000 per hari",
            "Umum",
            "Badan usaha",
            "Belum termasuk biaya kebersihan dan listrik tambahan.",
            "Berkas lengkap?",
            "Bila berkas belum lengkap, pemohon diminta melengkapi",
            "Ni Made Sari",
            "081398765432",
            "wayan.putra@contoh.go.id",
            "(0361) 944123",
            "345 menit",
            "Budi Santoso",
            "NIP 19700101 199003 1 001",
            "Senin–Kamis",
            "Persyaratan (lanjutan)",
        ] {
            assert!(all.contains(fact), "{}: {fact}", size.name());
        }
    }
}

fn select_in<'a>(
    element: &scraper::ElementRef<'a>,
    selector: &str,
) -> Vec<scraper::ElementRef<'a>> {
    element
        .select(&Selector::parse(selector).expect("selector"))
        .collect()
}

#[test]
fn an_item_taller_than_a_sheet_fails_at_its_line() {
    let yaml = format!(
        "versi_format: 1\nnama: Layanan dengan satu persyaratan yang sangat panjang\npersyaratan:\n  - Surat pendek\n  - {}\nprosedur:\n  alur:\n    - langkah:\n        - Satu langkah\njangka_waktu:\n  total: 1 hari\nbiaya:\n  gratis: true\nproduk:\n  - Surat\n",
        "Surat keterangan yang panjang sekali ".repeat(250)
    );
    let inputs = corpus(&[("panjang.yaml", yaml)]);
    let problems =
        try_build(&inputs, &options(UkuranPapan::A4)).expect_err("cannot be printed whole");
    let errors: Vec<_> = problems
        .iter()
        .filter(|d| d.severity() == standar::diagnostic::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "one error");
    let problem = errors[0];
    assert_eq!(problem.code.as_str(), "papan-tidak-muat");
    assert_eq!(problem.line_col(), (5, 5), "{}", problem.message);
    assert!(
        problem.message.contains("Persyaratan"),
        "{}",
        problem.message
    );
    // A banner is tall enough.
    try_build(&inputs, &options(UkuranPapan::Banner)).expect("fits a banner");
}

#[test]
fn a_board_prints_no_placeholder_and_leaves_out_empty_sections() {
    let yaml = "versi_format: 1\nnama: Layanan tanpa unit\npenyelenggara:\n  pemerintah: Pemerintah Kabupaten Contoh\n  unit: Dinas Contoh\npengaduan:\n  saluran:\n    - jenis: langsung\npersyaratan:\n  - Surat\nprosedur:\n  alur:\n    - langkah:\n        - Satu langkah\njangka_waktu:\n  total: 1 hari\nbiaya:\n  gratis: true\nproduk:\n  - Surat\n";
    let inputs = vec![InputFile {
        path: "lain/tanpa.yaml".into(),
        relative: "lain/tanpa.yaml".into(),
        bytes: yaml.as_bytes().to_vec(),
    }];
    let compilation = compile(inputs.clone(), &Limits::default());
    assert_eq!(compilation.errors(), 0);
    let site = build_site(&inputs, &SiteOptions::default());
    let html = board(&site, "lain/tanpa/papan.html");
    let all = text_of(html.root_element());
    for placeholder in ["Belum dicantumkan", "belum dicantumkan", "Nomor SK"] {
        assert!(!all.contains(placeholder), "{placeholder}: {all}");
    }
    let sections: Vec<String> = select(&html, "section.bagian")
        .into_iter()
        .filter_map(|s| s.value().attr("data-bagian").map(str::to_string))
        .collect();
    assert!(!sections.contains(&"jam-pelayanan".to_string()));
    assert!(!sections.contains(&"maklumat".to_string()));
    // The national channel is always there.
    assert!(all.contains("www.lapor.go.id"));
    // No SK: the footer says so, so that a printed board is never taken for an adopted one.
    let footer = select(&html, ".papan-kaki");
    assert_eq!(footer.len(), 1);
    assert!(text_of(footer[0]).contains("SK belum ditetapkan"), "{all}");
}

#[test]
fn every_board_is_at_least_the_paper_minimum_and_key_facts_half_again() {
    let inputs = shipped_inputs();
    for paper in Paper::all() {
        let site = build_site(&inputs, &options(paper.size));
        for (path, bytes) in &site {
            if !path.ends_with("papan.html") {
                continue;
            }
            let html = Html::parse_document(std::str::from_utf8(bytes).expect("UTF-8"));
            for sheet in select(&html, "article.lembar") {
                let class = sheet.value().attr("class").unwrap_or_default();
                let scale: usize = class
                    .split(' ')
                    .find_map(|c| c.strip_prefix("skala-"))
                    .and_then(|n| n.parse().ok())
                    .expect("skala-N");
                assert!(SCALES[scale] >= 1.0, "{path}: {class}");
                assert!(class.contains(&format!("lembar-{}", paper.size.name())));
            }
        }
    }
    let css = std::fs::read_to_string("templates/aset/papan.css").expect("css");
    assert!(css.contains(".baris.penting { font-size: 1.5em;"));
}
