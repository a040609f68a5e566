//! The "nothing is silently lost" invariant over a generated corpus: every text an officer
//! writes in a standard or its unit file reaches the standard's HTML page and its Markdown.
//! The corpus comes from the benchmark generator (`examples/korpus.rs`), long standards
//! included, so every shape the generator writes is covered, not only the shipped seeds.

use crate::common;

use crate::korpus;

use std::path::Path;

use standar::corpus::InputFile;
use standar::model::waktu::Tanggal;
use standar::parse::{Limits, parse};
use standar::pipeline::compile;
use standar::render::SiteOptions;
use standar::source::SourceFile;

use common::{build_site, html_text, markdown_text};

/// Keys whose value is a code the page shows as a label, or a number it formats, or the
/// address the page is published at (`versi_dari`).
const SHOWN_AS_LABEL: &[&str] = &[
    "versi_format",
    "versi_dari",
    "hari",
    "jenis",
    "status",
    "ukuran_papan",
    "tidak_tercantum",
    "gabungan",
];

/// What a board promises (README "Papan informasi"): the six public components, the opening
/// hours and the pledge, in full.
const ON_BOARD: &[&str] = &[
    "/nama",
    "/persyaratan",
    "/prosedur/alur",
    "/prosedur/keterangan",
    "/jangka_waktu",
    "/biaya",
    "/produk",
    "/pengaduan",
    "/jam_pelayanan",
    "/maklumat",
    "/sk/nomor",
];

/// Letters and digits only, lower case: line breaks, punctuation and Markdown marks do not
/// matter, a lost word or digit does.
fn bare(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Keys whose value is an address, printed as a link's target.
const LINKS: &[&str] = &["tautan", "website", "layanan_daring", "notulen"];

/// The key a value is under (the list's key for a list item).
fn key_of(pointer: &str) -> &str {
    pointer
        .rsplit('/')
        .find(|segment| !segment.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_default()
}

/// Every text written in a YAML file, with the key it is under.
fn texts(input: &InputFile) -> Vec<(String, String)> {
    let file = SourceFile::new(
        input.path.clone(),
        String::from_utf8_lossy(&input.bytes).into_owned(),
    );
    let (Some(doc), _) = parse(&file, &Limits::default()) else {
        panic!("{} does not parse", input.path);
    };
    let mut out = Vec::new();
    let mut pointer = String::new();
    doc.root
        .walk_scalars(&mut pointer, &mut |pointer, _, scalar| {
            let key = key_of(pointer);
            let is_text = doc
                .json
                .pointer(pointer)
                .is_some_and(serde_json::Value::is_string);
            if is_text && !SHOWN_AS_LABEL.contains(&key) && !scalar.text.trim().is_empty() {
                out.push((pointer.to_string(), scalar.text.clone()));
            }
        });
    out
}

/// The text as a page prints it: dates written out, Markdown as its text.
fn as_printed(pointer: &str, text: &str) -> String {
    let dated = [
        "/tanggal",
        "/berlaku_mulai",
        "/berlaku_sampai",
        "/ditutup",
        "/terakhir",
        "/berikutnya",
    ];
    if dated.iter().any(|key| pointer.ends_with(key))
        && let Ok(date) = text.parse::<Tanggal>()
    {
        return date.indonesia();
    }
    markdown_text(text)
}

/// A board prints a link's address after its text, "formulir (https://…)"; drop the address.
fn without_printed_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(" (http") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find(')')
            .map_or("", |end| &rest[start + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Where a standard's page is (a later version of another standard is published at that
/// standard's address), and whether it has a board: every standard but a draft does (the
/// `sk-rancangan` warning says a draft has none), which the site must agree with.
fn published_at(
    standard: &InputFile,
    site: &std::collections::BTreeMap<String, Vec<u8>>,
) -> (String, bool) {
    let file_dir = standard.relative.trim_end_matches(".yaml");
    let folder = file_dir.rsplit_once('/').expect("unit").0;
    let written = String::from_utf8_lossy(&standard.bytes);
    let page_dir = match written.lines().find_map(|l| l.strip_prefix("versi_dari: ")) {
        Some(address) => format!("{folder}/{}", address.trim()),
        None => file_dir.to_string(),
    };
    let json = String::from_utf8_lossy(&site[&format!("{page_dir}/standar.json")]).into_owned();
    let has_board = !json.contains(r#""keadaan": "rancangan""#);
    assert_eq!(
        site.contains_key(&format!("{page_dir}/papan.html")),
        has_board,
        "{page_dir}: a board exactly when the standard is not a draft"
    );
    (page_dir, has_board)
}

/// The pages a standard file is published on: its address, and with scheduled changes every
/// version page of its address too (each change is a version of the file).
fn pages_of(
    standard: &InputFile,
    page_dir: &str,
    site: &std::collections::BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut pages = vec![page_dir.to_string()];
    if String::from_utf8_lossy(&standard.bytes).contains("\nperubahan_terjadwal:") {
        let versions = format!("{page_dir}/versi/");
        pages.extend(
            site.keys()
                .filter(|k| k.starts_with(&versions) && k.ends_with("/index.html"))
                .map(|k| k.trim_end_matches("/index.html").to_string()),
        );
    }
    pages
}

/// Checks every standard of a corpus; returns how many texts were checked.
fn assert_every_text_reaches_every_output(inputs: &[InputFile]) -> usize {
    let site = build_site(inputs, &SiteOptions::default());
    let mut checked = 0;
    for standard in inputs.iter().filter(|i| {
        i.relative.ends_with(".yaml") && !i.relative.contains("/_") && i.relative.contains('/')
    }) {
        let folder = standard
            .relative
            .rsplit_once('/')
            .expect("unit")
            .0
            .to_string();
        let unit_file = format!("{folder}/_unit.yaml");
        let unit = inputs.iter().find(|i| i.relative == unit_file);
        let (page_dir, has_board) = published_at(standard, &site);
        let page_dir = page_dir.as_str();
        let outputs: &[&str] = if has_board {
            &["index.html", "README.md", "papan.html"]
        } else {
            &["index.html", "README.md"]
        };
        for output in outputs {
            let text = String::from_utf8_lossy(&site[&format!("{page_dir}/{output}")]).into_owned();
            // A regulation without `tentang` ends at its year: no dangling "tentang".
            for dangling in [
                "tentang ;",
                "tentang </",
                "tentang\n",
                "tentang)",
                "tentang (",
            ] {
                assert!(
                    !text.contains(dangling),
                    "{page_dir}/{output}: `{dangling}`"
                );
            }
        }
        // A file with scheduled changes is a series of versions: its texts are on one of them.
        let pages = pages_of(standard, page_dir, &site);
        let joined = |name: &str, read: fn(&str) -> String| -> Option<String> {
            let texts: Vec<String> = pages
                .iter()
                .filter_map(|dir| site.get(&format!("{dir}/{name}")))
                .map(|bytes| read(&String::from_utf8_lossy(bytes)))
                .collect();
            (!texts.is_empty()).then(|| texts.concat())
        };
        let html = joined("index.html", |t| bare(&html_text(t))).expect("a page");
        let markdown = joined("README.md", |t| bare(&markdown_text(t))).expect("a Markdown page");
        let board = joined("papan.html", |t| {
            bare(&without_printed_links(&html_text(t)))
        });
        let own = texts(standard);
        let top = |pointer: &str| pointer.split('/').nth(1).unwrap_or_default().to_string();
        let written_here: Vec<String> = own.iter().map(|(p, _)| top(p)).collect();
        // A key written in the standard replaces the unit's.
        let inherited = unit
            .map(texts)
            .unwrap_or_default()
            .into_iter()
            .filter(|(p, _)| !written_here.contains(&top(p)));
        for (pointer, text) in own.into_iter().chain(inherited) {
            if LINKS.contains(&key_of(&pointer)) {
                // An address is a link's target: in the page's and the Markdown's source.
                let source = |path: &str| String::from_utf8_lossy(&site[path]).into_owned();
                let escaped = text.replace('&', "&amp;");
                assert!(
                    source(&format!("{page_dir}/index.html")).contains(&escaped),
                    "{}{pointer}: no link on {page_dir}/index.html: {text}",
                    standard.relative
                );
                assert!(
                    source(&format!("{page_dir}/README.md")).contains(text.trim()),
                    "{}{pointer}: no link in {page_dir}/README.md: {text}",
                    standard.relative
                );
                checked += 1;
                continue;
            }
            let fact = bare(&as_printed(&pointer, &text));
            assert!(
                html.contains(&fact),
                "{}{pointer}: not on {page_dir}/index.html: {text}",
                standard.relative
            );
            assert!(
                markdown.contains(&fact),
                "{}{pointer}: not in {page_dir}/README.md: {text}",
                standard.relative
            );
            // The SOP-AP quality columns are on the page only (README "Papan informasi"); a
            // step's short chart label stands for its full text, which the board prints.
            // The fee and time a scheduled change replaces are on the boards of the days
            // they apply: the board of the day of this build has the ones in force then.
            let replaced = pages.len() > 1
                && (pointer.starts_with("/biaya") || pointer.starts_with("/jangka_waktu"));
            let on_board = ON_BOARD.iter().any(|k| pointer.starts_with(k))
                && !pointer.contains("/mutu_baku/")
                && !pointer.ends_with("/uraian_singkat")
                && !replaced;
            assert!(
                !on_board || board.as_ref().is_none_or(|b| b.contains(&fact)),
                "{}{pointer}: not on {page_dir}/papan.html: {text}",
                standard.relative
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_text_of_a_generated_corpus_reaches_its_page_markdown_and_board() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("korpus");
    let harvested = korpus::harvest(Path::new("standards"));
    korpus::generate(&harvested, 120, 15, 30, &root);
    let checked = assert_every_text_reaches_every_output(&common::inputs_under(&root));
    assert!(checked > 10_000, "only {checked} texts checked");
}

#[test]
fn every_text_of_every_valid_and_warning_fixture_reaches_its_page_markdown_and_board() {
    let unit = std::fs::read("tests/fixtures/_unit.yaml").expect("unit fixture");
    let mut checked = 0;
    let fixtures = ["tests/fixtures/valid", "tests/fixtures/warnings"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("fixtures"))
        .map(|entry| entry.expect("readable").path())
        // Fixtures named tanpa-unit- are about a missing unit file.
        .filter(|path| !path.to_string_lossy().contains("tanpa-unit-"));
    for path in fixtures {
        let name = path
            .file_name()
            .expect("file")
            .to_string_lossy()
            .into_owned();
        let corpus = vec![
            InputFile {
                path: "tests/fixtures/_unit.yaml".into(),
                relative: "fixture/_unit.yaml".into(),
                bytes: unit.clone(),
            },
            InputFile {
                path: path.to_string_lossy().into_owned(),
                relative: format!("fixture/{name}"),
                bytes: std::fs::read(&path).expect("readable"),
            },
        ];
        checked += assert_every_text_reaches_every_output(&corpus);
    }
    assert!(checked > 100, "only {checked} texts checked");
}

#[test]
fn every_text_of_every_shipped_standard_reaches_its_page_markdown_and_board() {
    let checked = assert_every_text_reaches_every_output(&common::shipped_inputs());
    assert!(checked > 150, "only {checked} texts checked");
}

/// The generated files of `dir`, as the compiler's inputs.
fn generated_inputs(dir: &Path) -> Vec<InputFile> {
    korpus::walk(dir)
        .into_iter()
        .map(|path| InputFile {
            relative: path
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default(),
            path: path.display().to_string(),
            bytes: std::fs::read(&path).unwrap_or_default(),
        })
        .collect()
}

#[test]
fn long_standards_are_valid() {
    let texts = korpus::harvest(Path::new("standards"));
    let dir = tempfile::tempdir().expect("temp dir");
    korpus::generate(&texts, 30, 5, 100, dir.path());
    let compilation = compile(generated_inputs(dir.path()), &Limits::default());
    let problems: Vec<String> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.severity() == standar::diagnostic::Severity::Error)
        .map(|d| format!("{} {} {}", d.file.path, d.code, d.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(compilation.standards.len(), 30);
    assert!(
        compilation
            .standards
            .iter()
            .all(|s| s.standar.persyaratan.len() >= 40)
    );
}

#[test]
fn generated_standards_are_valid_and_deterministic() {
    let texts = korpus::harvest(Path::new("standards"));
    let dir = tempfile::tempdir().expect("temp dir");
    korpus::generate(&texts, 120, 7, 0, dir.path());
    let inputs = generated_inputs(dir.path());
    let compilation = compile(inputs.clone(), &Limits::default());
    let problems: Vec<String> = compilation
        .diagnostics
        .iter()
        .map(|d| format!("{} {} {}", d.file.path, d.code, d.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(compilation.standards.len(), 120);
    let again = tempfile::tempdir().expect("temp dir");
    korpus::generate(&texts, 120, 7, 0, again.path());
    for input in &inputs {
        let twin = again.path().join(&input.relative);
        assert_eq!(
            std::fs::read(twin).unwrap_or_default(),
            input.bytes,
            "{}",
            input.relative
        );
    }
}
