//! A fee or completion time scheduled for a later day (`perubahan_terjadwal`): announced on
//! the page ahead, published as a version of its file with its own board, at the address from
//! its day with the page before it kept as an archive; seen by `diff`; refused when it would
//! start after the next version of the standard.

use std::collections::BTreeMap;
use std::fs;

use standar::corpus::InputFile;
use standar::diagnostic::Code;
use standar::model::situs::Bahasa;
use standar::parse::Limits;
use standar::pipeline::compile;
use standar::pipeline::perubahan::{Versi, between};
use standar::render::SiteOptions;

use crate::common::try_build;

const FIXTURE: &str = "tests/fixtures/valid/perubahan-terjadwal.yaml";

fn file(relative: &str, bytes: Vec<u8>) -> InputFile {
    InputFile {
        path: relative.to_string(),
        relative: relative.to_string(),
        bytes,
    }
}

fn corpus() -> Vec<InputFile> {
    vec![
        file(
            "dinas/_unit.yaml",
            fs::read("tests/fixtures/_unit.yaml").expect("the shared unit file"),
        ),
        file("dinas/sku.yaml", fs::read(FIXTURE).expect("the fixture")),
    ]
}

fn site_on(day: &str) -> BTreeMap<String, Vec<u8>> {
    let options = SiteOptions {
        url_dasar: Some("https://standar.contoh.go.id/".to_string()),
        hari_ini: Some(day.parse().expect("a date")),
        ..SiteOptions::default()
    };
    try_build(&corpus(), &options).expect("the corpus builds")
}

fn text(site: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8_lossy(site.get(path).unwrap_or_else(|| panic!("{path} missing"))).into_owned()
}

#[test]
fn a_scheduled_fee_is_announced_ahead_and_applies_from_its_day() {
    let before = site_on("2026-12-31");
    let page = text(&before, "dinas/sku/index.html");
    assert!(
        page.contains("Rp10.000"),
        "the fee in force is at the address"
    );
    assert!(
        page.contains("Versi baru berlaku mulai 1 Januari 2027")
            && page.contains("Penerbitan surat keterangan: Rp10.000 → Rp15.000"),
        "the change is announced with what changes"
    );
    assert!(
        page.contains("<strong>Mulai berlaku 1 Januari 2027:</strong> Rp15.000")
            && page.contains("<strong>Mulai berlaku 1 Juli 2027:</strong> 1 hari kerja"),
        "each component says its scheduled change"
    );
    assert!(
        !page.contains("Perubahan terjadwal dihapus"),
        "a version's own schedule is no change of it"
    );
    let board = text(&before, "dinas/sku/papan.html");
    assert!(board.contains("Rp10.000") && !board.contains("Rp15.000"));
    let ahead = "dinas/sku/versi/sku-mulai-2027-01-01";
    assert!(text(&before, &format!("{ahead}/index.html")).contains("Rp15.000"));
    assert!(
        text(&before, &format!("{ahead}/papan.html")).contains("Rp15.000"),
        "the new fee's board can be printed ahead"
    );

    let on_the_day = site_on("2027-01-01");
    let page = text(&on_the_day, "dinas/sku/index.html");
    assert!(page.contains("Rp15.000") && page.contains("3 hari kerja"));
    assert!(text(&on_the_day, "dinas/sku/papan.html").contains("Rp15.000"));
    let archive = text(&on_the_day, "dinas/sku/versi/sku/index.html");
    assert!(archive.contains("Rp10.000") && archive.contains("noindex"));
    assert!(!on_the_day.contains_key("dinas/sku/versi/sku/papan.html"));

    let later = site_on("2027-07-01");
    let page = text(&later, "dinas/sku/index.html");
    assert!(
        page.contains("1 hari kerja") && page.contains("Rp15.000"),
        "changes add up: the July version keeps January's fee"
    );
}

#[test]
fn diff_sees_a_scheduled_change() {
    let unit = fs::read("tests/fixtures/_unit.yaml").expect("the shared unit file");
    let with = fs::read_to_string(FIXTURE).expect("the fixture");
    let start = with.find("perubahan_terjadwal:").expect("a schedule");
    let end = with.find("produk:").expect("products");
    let without = format!("{}{}", &with[..start], &with[end..]);
    let version = |text: &str| Versi {
        path: "dinas/sku.yaml".to_string(),
        bytes: text.as_bytes().to_vec(),
        unit: Some(("dinas/_unit.yaml".to_string(), unit.clone())),
    };
    let changes = between(version(&without), version(&with), Bahasa::Id).expect("both compile");
    let said: Vec<String> = changes
        .iter()
        .map(|c| c.sesudah.clone().unwrap_or_default())
        .collect();
    assert!(
        said.iter()
            .any(|s| s == "Mulai berlaku 1 Januari 2027 — Penerbitan surat keterangan — Rp15.000 — Dibayar di loket kas daerah"),
        "{said:?}"
    );
    assert!(
        said.iter().any(|s| s
            .starts_with("Mulai berlaku 1 Juli 2027 — Jangka waktu penyelesaian: 1 hari kerja")),
        "{said:?}"
    );
}

#[test]
fn a_change_after_the_next_version_starts_is_refused() {
    let mut inputs = corpus();
    inputs.push(file(
        "dinas/sku-2027.yaml",
        fs::read_to_string("tests/fixtures/valid/minimal.yaml")
            .expect("the fixture")
            .replace(
                "sk:\n  nomor: \"027.58\"\n",
                "versi_dari: sku\nsk:\n  nomor: \"027.99\"\n  berlaku_mulai: 2027-03-01\n",
            )
            .into_bytes(),
    ));
    let compilation = compile(inputs, &Limits::default());
    let refused: Vec<(String, usize)> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ValidityReversed)
        .map(|d| (d.file.path.clone(), d.line_col().0))
        .collect();
    let fixture = fs::read_to_string(FIXTURE).expect("the fixture");
    let july = fixture
        .lines()
        .position(|l| l.contains("berlaku_mulai: 2027-07-01"))
        .map(|i| i + 1)
        .expect("the July change");
    assert_eq!(refused, [("dinas/sku.yaml".to_string(), july)]);
}
