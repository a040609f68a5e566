//! The satisfaction survey (PermenPANRB 14/2017): the index of a worked example derived by
//! hand from the regulation's formula, every problem of a unit's survey periods as a fixture
//! (`tests/fixtures/survei/`, one unit file per case, with the CSV files whose names start
//! with its name), and the results on the unit's and the standards' pages.

use std::fs;
use std::path::Path;

use standar::corpus::{Compilation, InputFile};
use standar::diagnostic::render::{Format, render};
use standar::model::ikm::Mutu;
use standar::parse::Limits;
use standar::pipeline::compile;

use crate::common;

const FOLDER: &str = "tests/fixtures/survei";

fn input(path: &str, relative: &str) -> InputFile {
    InputFile {
        path: path.to_string(),
        relative: relative.to_string(),
        bytes: fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}")),
    }
}

/// The case `stem`: its unit file, the CSV files named after it, and a standard `minimal`.
fn case(stem: &str) -> Vec<InputFile> {
    let mut inputs = vec![
        input(&format!("{FOLDER}/{stem}.yaml"), "dinas/_unit.yaml"),
        input("tests/fixtures/valid/minimal.yaml", "dinas/minimal.yaml"),
    ];
    let mut csv: Vec<String> = fs::read_dir(FOLDER)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(stem) && name.ends_with(".csv"))
        .collect();
    csv.sort();
    for name in csv {
        inputs.push(input(&format!("{FOLDER}/{name}"), &format!("dinas/{name}")));
    }
    inputs
}

/// The diagnostics of the case's own files (the unit file and its answers).
fn own_diagnostics(compilation: &Compilation) -> String {
    let own: Vec<_> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.file.path.starts_with(FOLDER))
        .cloned()
        .collect();
    let short = render(&own, Format::Short);
    let human = render(
        &own,
        Format::Human {
            color: false,
            width: 100,
        },
    );
    format!("{short}\n{human}")
}

#[test]
fn every_case_reports_its_code_and_a_valid_case_nothing() {
    let mut stems: Vec<String> = fs::read_dir(FOLDER)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".yaml").map(str::to_string)
        })
        .collect();
    stems.sort();
    assert!(stems.len() >= 10, "{stems:?}");
    for stem in stems {
        let text = fs::read_to_string(format!("{FOLDER}/{stem}.yaml")).unwrap_or_default();
        let expected = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# kode: "))
            .unwrap_or_else(|| panic!("{stem}: first line names its code"));
        let compilation = compile(case(&stem), &Limits::default());
        let codes: Vec<&str> = compilation
            .diagnostics
            .iter()
            .filter(|d| d.file.path.starts_with(FOLDER))
            .map(|d| d.code.as_str())
            .collect();
        if expected == "-" {
            assert!(codes.is_empty(), "{stem}: {codes:?}");
            assert_eq!(compilation.units[0].survei.len(), 1, "{stem}");
        } else {
            assert!(
                codes.contains(&expected),
                "{stem}: expected {expected}, got {codes:?}"
            );
            insta::assert_snapshot!(format!("survei-{stem}"), own_diagnostics(&compilation));
        }
    }
}

/// Four respondents (the file `sah-jawaban.csv`), U8 left blank by the fourth:
///
/// | | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9 |
/// |---|---|---|---|---|---|---|---|---|---|
/// | R1 | 4 | 4 | 3 | 3 | 4 | 3 | 4 | 3 | 3 |
/// | R2 | 3 | 3 | 3 | 2 | 4 | 3 | 4 | 3 | 2 |
/// | R3 | 4 | 3 | 2 | 3 | 4 | 4 | 4 | 3 | 3 |
/// | R4 | 3 | 3 | 3 | 3 | 4 | 3 | 3 | – | 3 |
/// | NRR | 14/4 = 3,50 | 13/4 = 3,25 | 11/4 = 2,75 | 11/4 = 2,75 | 16/4 = 4,00 | 13/4 = 3,25 | 15/4 = 3,75 | 9/3 = 3,00 | 11/4 = 2,75 |
///
/// Σ NRR = 29; IKM = 29 × 1/9 = 3,2222; × 25 = 80,56: grade B (76,61–88,30), "Baik". (With
/// the weight printed rounded as 0,11 it would be 29 × 0,11 × 25 = 79,75, also B.)
#[test]
fn the_index_of_the_worked_example_is_the_one_derived_by_hand() {
    let compilation = compile(case("sah-jawaban"), &Limits::default());
    let result = &compilation.units[0].survei[0];
    assert_eq!(result.responden, 4);
    let expected = [3.5, 3.25, 2.75, 2.75, 4.0, 3.25, 3.75, 3.0, 2.75];
    for (got, want) in result.indeks.nrr.iter().zip(expected) {
        assert!((got - want).abs() < 1e-12, "{:?}", result.indeks.nrr);
    }
    assert!((result.indeks.ikm - 29.0 / 9.0).abs() < 1e-12);
    assert_eq!(result.indeks.nilai_tertulis(), "80,56");
    assert_eq!(result.indeks.mutu, Mutu::B);
}

/// The unit file of the two valid cases together: averages for the second half of 2025,
/// answers for the first half of 2026.
fn two_periods() -> String {
    let shared = fs::read_to_string("tests/fixtures/_unit.yaml").expect("shared unit");
    let periods = |stem: &str| {
        let text = fs::read_to_string(format!("{FOLDER}/{stem}.yaml")).expect("fixture");
        text.split_once("survei_kepuasan:\n")
            .map(|(_, p)| p.to_string())
            .unwrap_or_default()
    };
    format!(
        "{shared}survei_kepuasan:\n{}{}",
        periods("sah-rerata"),
        periods("sah-jawaban")
    )
}

#[test]
fn the_results_are_published_on_the_unit_page_and_the_surveyed_standards_pages() {
    let inputs = vec![
        InputFile {
            path: "dinas/_unit.yaml".into(),
            relative: "dinas/_unit.yaml".into(),
            bytes: two_periods().into_bytes(),
        },
        input(
            &format!("{FOLDER}/sah-jawaban.csv"),
            "dinas/sah-jawaban.csv",
        ),
        input("tests/fixtures/valid/minimal.yaml", "dinas/minimal.yaml"),
    ];
    let site = common::build_with_site_file(&inputs);
    let text = |path: &str| String::from_utf8_lossy(&site[path]).into_owned();
    let page = text("dinas/index.html");
    for expected in [
        "id=\"survei\"",
        "80,56",
        "Mutu pelayanan B: Baik",
        "78,47",
        "Ruang tunggu diberi kursi tambahan",
        "https://contoh.go.id/skm/2025-2.pdf",
        "U8 Penanganan pengaduan, saran dan masukan",
        "Semester II 2025: 78,47; Semester I 2026: 80,56",
    ] {
        assert!(page.contains(expected), "the unit page lacks {expected}");
    }
    let chart = text("dinas/survei-kepuasan.svg");
    assert!(
        chart.contains(">80,56<") && chart.contains(">78,47<"),
        "{chart}"
    );
    let markdown = text("dinas/README.md");
    assert!(
        markdown.contains("**80,56**") && markdown.contains("| U9 Sarana dan prasarana | 2,70 |"),
        "{markdown}"
    );
    for path in ["dinas/minimal/index.html", "dinas/minimal/README.md"] {
        let standard = text(path);
        assert!(
            standard.contains("Semester I 2026") && standard.contains("(IKM) 80,56"),
            "{path}: the newest period is on the standard's page"
        );
    }
}

#[test]
fn check_reads_the_answers_beside_the_unit_file_and_warns_of_one_no_period_names() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let unit = dir.path().join("standards/dinas");
    fs::create_dir_all(&unit).expect("folder");
    fs::write(unit.join("_unit.yaml"), two_periods()).expect("unit file");
    fs::copy(
        format!("{FOLDER}/sah-jawaban.csv"),
        unit.join("sah-jawaban.csv"),
    )
    .expect("csv");
    fs::copy(
        "tests/fixtures/valid/minimal.yaml",
        unit.join("minimal.yaml"),
    )
    .expect("standard");
    let clean = common::standar(&["check", "standards"], dir.path());
    assert!(clean.status.success(), "{}", common::stdout(&clean));
    assert!(!common::stdout(&clean).contains("jawaban-tidak-dirujuk"));

    fs::write(unit.join("skm-lama.csv"), "U1\n4\n").expect("stray csv");
    let warned = common::standar(&["check", "standards"], dir.path());
    let said = format!(
        "{}{}",
        common::stdout(&warned),
        String::from_utf8_lossy(&warned.stderr)
    );
    assert!(
        said.contains("jawaban-tidak-dirujuk") && said.contains("skm-lama.csv"),
        "{said}"
    );
    assert!(!Path::new(&dir.path().join("standards/skm-lama.csv")).exists());
}
