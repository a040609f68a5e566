//! The summary where it is read, over a generated corpus (long standards included), every
//! valid fixture and the shipped standards, at every paper size: sheet 1 of every board opens
//! with the summary, which holds the page summary's time and fee word for word and a
//! complaint channel; the summary is on no other sheet; no heading ends a column; and a fee
//! whose charges add up is never shown as a range, nor a charge without its unit.

use crate::common;

use crate::korpus;

use std::collections::BTreeMap;
use std::path::Path;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use standar::corpus::InputFile;
use standar::model::situs::UkuranPapan;
use standar::render::SiteOptions;

use common::{build_site, inputs_under, shipped_inputs};

fn select<'a>(root: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    root.select(&Selector::parse(selector).expect("selector"))
        .collect()
}

/// The text as read: the invisible break controls in printed addresses left out.
fn text_of(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .replace(['\u{2060}', '\u{200B}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn html(site: &BTreeMap<String, Vec<u8>>, path: &str) -> Html {
    Html::parse_document(std::str::from_utf8(&site[path]).expect("UTF-8"))
}

/// The generated corpus with long standards, the valid fixtures beside the shared unit file,
/// and the shipped standards.
fn corpora() -> Vec<Vec<InputFile>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("korpus");
    let harvested = korpus::harvest(Path::new("standards"));
    korpus::generate(&harvested, 60, 10, 20, &root);
    let generated = inputs_under(&root);
    let mut fixtures = vec![InputFile {
        path: "tests/fixtures/_unit.yaml".into(),
        relative: "contoh/_unit.yaml".into(),
        bytes: std::fs::read("tests/fixtures/_unit.yaml").expect("unit"),
    }];
    let mut names: Vec<_> = std::fs::read_dir("tests/fixtures/valid")
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    for path in names {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        fixtures.push(InputFile {
            path: path.display().to_string(),
            relative: format!("contoh/{name}"),
            bytes: std::fs::read(&path).expect("fixture"),
        });
    }
    vec![generated, fixtures, shipped_inputs()]
}

/// Every standard page of a site with its board, as `unit/slug`.
fn standards(site: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    site.keys()
        .filter_map(|k| k.strip_suffix("/papan.html"))
        .filter(|k| k.contains('/'))
        .filter(|k| site.contains_key(&format!("{k}/standar.json")))
        .map(str::to_string)
        .collect()
}

#[test]
fn sheet_one_of_every_board_opens_with_the_summary_and_no_heading_ends_a_column() {
    let strong = Selector::parse("section.ringkasan dd strong").expect("selector");
    let mut boards = 0;
    for inputs in corpora() {
        for size in [UkuranPapan::A4, UkuranPapan::A3, UkuranPapan::A1] {
            let options = SiteOptions {
                papan: size,
                url_dasar: Some("https://standar.example.go.id/".into()),
                ..SiteOptions::default()
            };
            let site = build_site(&inputs, &options);
            for id in standards(&site) {
                let page = html(&site, &format!("{id}/index.html"));
                let facts: Vec<String> = page.select(&strong).map(text_of).collect();
                let board = html(&site, &format!("{id}/papan.html"));
                let sheets = select(board.root_element(), "article.lembar");
                let first = sheets.first().expect("a sheet");
                // Across the top, or as the first section (which may go on in the next
                // column of the same sheet).
                let summary = select(*first, r#"[data-bagian="ringkasan"]"#);
                assert!(
                    !summary.is_empty(),
                    "{id} ({size:?}): sheet 1 has no summary"
                );
                let said: String = summary
                    .iter()
                    .map(|s| text_of(*s))
                    .collect::<Vec<_>>()
                    .join(" ");
                for fact in &facts {
                    assert!(
                        said.contains(fact.as_str()),
                        "{id} ({size:?}): the summary on sheet 1 lacks `{fact}`: {said}"
                    );
                }
                assert!(
                    said.contains("Pengaduan") && said.contains(':'),
                    "{id} ({size:?}): no complaint channel in the summary: {said}"
                );
                for later in &sheets[1..] {
                    assert!(
                        select(*later, r#"[data-bagian="ringkasan"]"#).is_empty(),
                        "{id} ({size:?}): the summary is repeated on a later sheet"
                    );
                }
                for section in select(board.root_element(), ".kolom > section.bagian") {
                    let children: Vec<ElementRef> = section.child_elements().collect();
                    let last = children.last().map(|c| c.value().name());
                    assert!(
                        !matches!(last, Some("h2" | "h3")),
                        "{id} ({size:?}): a column ends with the heading `{}`",
                        text_of(*children.last().expect("a child"))
                    );
                }
                boards += 1;
            }
        }
    }
    assert!(boards > 150, "only {boards} boards");
}

#[test]
fn charges_that_add_up_are_never_a_range_and_keep_their_unit() {
    let range = Regex::new(r"Rp[\d.]+ – Rp[\d.]+").expect("regex");
    let units = Regex::new(r"(?m)^\s+per: (hari|lembar|dokumen|6 jam|permohonan|kantor cabang)$")
        .expect("regex");
    let fee = Selector::parse("section.ringkasan dd strong").expect("selector");
    let mut added_up = 0;
    for inputs in corpora() {
        let site = build_site(&inputs, &SiteOptions::default());
        for input in &inputs {
            let Some(id) = input.relative.strip_suffix(".yaml") else {
                continue;
            };
            let Some(page) = site.get(&format!("{id}/index.html")) else {
                continue;
            };
            let yaml = String::from_utf8_lossy(&input.bytes);
            let page = Html::parse_document(&String::from_utf8_lossy(page));
            let summary: Vec<String> = page.select(&fee).map(text_of).collect();
            let Some(biaya) = summary.iter().find(|s| s.contains("Rp")) else {
                continue;
            };
            if yaml.contains("gabungan: dijumlahkan") {
                added_up += 1;
                assert!(
                    !range.is_match(biaya),
                    "{id}: a sum shown as a range: {biaya}"
                );
            }
            if yaml.contains("gabungan:") && !yaml.contains("gabungan: salah_satu") {
                assert!(!range.is_match(biaya), "{id}: a range of charges: {biaya}");
            }
            // Every unit the standard gives a price is in a summary that lists the prices.
            if !biaya.contains(" tarif") {
                for per in units.captures_iter(&yaml) {
                    assert!(
                        biaya.contains(&per[1]),
                        "{id}: `per: {}` dropped from the summary: {biaya}",
                        &per[1]
                    );
                }
            }
        }
    }
    assert!(
        added_up >= 4,
        "only {added_up} standards whose charges add up"
    );
}

#[test]
fn the_summary_poster_is_one_sheet_with_the_summary_and_the_way_to_the_rest() {
    for size in [UkuranPapan::A2, UkuranPapan::A1] {
        let options = SiteOptions {
            ringkas: Some(size),
            url_dasar: Some("https://standar.example.go.id/".into()),
            ..SiteOptions::default()
        };
        let mut posters = 0;
        for inputs in corpora() {
            let site = build_site(&inputs, &options);
            for id in standards(&site) {
                let poster = html(&site, &format!("{id}/ringkas/papan.html"));
                let sheets = select(poster.root_element(), "article.lembar");
                assert_eq!(
                    sheets.len(),
                    1,
                    "{id} ({size:?}): the poster is not one sheet"
                );
                assert!(
                    sheets[0]
                        .value()
                        .attr("class")
                        .is_some_and(|c| c.contains(&format!("lembar-{}", size.name()))),
                    "{id}: not on {size:?}"
                );
                let text = text_of(sheets[0]);
                assert!(
                    !select(sheets[0], r#"[data-bagian="ringkasan"]"#).is_empty(),
                    "{id}: no summary on the poster"
                );
                let page = format!("https://standar.example.go.id/{id}/");
                assert!(
                    text.contains(&page),
                    "{id}: the poster does not say where the rest is: {text}"
                );
                let index =
                    String::from_utf8_lossy(&site[&format!("{id}/index.html")]).into_owned();
                assert!(
                    index.contains("href=\"ringkas/papan.html\""),
                    "{id}: the page does not link its poster"
                );
                posters += 1;
            }
        }
        assert!(posters > 60, "only {posters} posters");
    }
}
