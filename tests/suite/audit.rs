//! `standar audit`: the 14 components and 8 display items per standard, scores per standard
//! and unit, the three formats, `--min-score` gating, and the report in the built site.

use crate::common::{repo, standar};

/// A corpus with the complete fixture and the minimal one in one unit.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("standards/dinas");
    std::fs::create_dir_all(&unit).expect("mkdir");
    for (from, to) in [
        ("tests/fixtures/_unit.yaml", "_unit.yaml"),
        ("tests/fixtures/valid/lengkap.yaml", "lengkap.yaml"),
        ("tests/fixtures/valid/minimal.yaml", "minimal.yaml"),
    ] {
        std::fs::copy(repo().join(from), unit.join(to)).expect("copy");
    }
    dir
}

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("the report is JSON")
}

#[test]
fn the_shipped_standards_are_audited_component_by_component() {
    let output = standar(&["audit", "standards", "--format", "json"], repo());
    assert_eq!(output.status.code(), Some(0));
    let report = json(&output);
    let units = report["unit"].as_array().expect("units");
    assert_eq!(units.len(), 5);
    for unit in units {
        for standard in unit["standar"].as_array().expect("standards") {
            assert_eq!(standard["komponen"].as_array().map(Vec::len), Some(14));
            assert_eq!(standard["tampilan"].as_array().map(Vec::len), Some(8));
        }
    }
    // Seed 003 writes 13 of the 14 components; only the legal basis is missing.
    let solok = units
        .iter()
        .find(|u| u["unit"] == "solok-dpmn")
        .expect("solok");
    let missing: Vec<_> = solok["standar"][0]["komponen"]
        .as_array()
        .expect("components")
        .iter()
        .filter(|c| c["status"] != "ada")
        .map(|c| c["kunci"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(missing, ["dasar_hukum"]);
    // Jember's unit file gives the complaint flow but no channel: a flow fills the component.
    let jember = units
        .iter()
        .find(|u| u["unit"] == "jember-prokopim")
        .expect("jember");
    let complaint = jember["standar"][0]["komponen"]
        .as_array()
        .expect("components")
        .iter()
        .find(|c| c["kunci"] == "pengaduan")
        .expect("pengaduan")
        .clone();
    assert_eq!(complaint["status"], "ada");
    assert!(
        report["aturan_skor"]
            .as_str()
            .is_some_and(|r| r.contains("÷ 14"))
    );
}

#[test]
fn scores_follow_the_rule_for_standards_and_units() {
    let dir = corpus();
    let output = standar(&["audit", "standards", "--format", "json"], dir.path());
    let report = json(&output);
    let unit = &report["unit"][0];
    let standards = unit["standar"].as_array().expect("standards");
    let score = |slug: &str| {
        standards
            .iter()
            .find(|s| s["id"] == format!("dinas/{slug}"))
            .and_then(|s| s["skor"].as_u64())
            .expect("score")
    };
    assert_eq!(score("lengkap"), 100, "every component and item");
    // The minimal standard: 6 components written (5 of its own + complaints from the unit
    // file) and 5 display items → 50 × 6/14 + 50 × 5/8 = 52.7.
    assert_eq!(score("minimal"), 53);
    assert_eq!(unit["skor"].as_u64(), Some(77), "the mean of 100 and 53");
}

#[test]
fn min_score_gates_ci() {
    let dir = corpus();
    let pass = standar(&["audit", "standards", "--min-score", "50"], dir.path());
    assert_eq!(pass.status.code(), Some(0));
    let fail = standar(&["audit", "standards", "--min-score", "60"], dir.path());
    assert_eq!(fail.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&fail.stderr).contains("di bawah skor minimal 60"));
    let wrong = standar(&["audit", "standards", "--min-score", "101"], dir.path());
    assert_eq!(wrong.status.code(), Some(2));
}

#[test]
fn table_and_markdown_name_what_is_missing() {
    let dir = corpus();
    let table = standar(&["audit", "standards"], dir.path());
    let table = String::from_utf8_lossy(&table.stdout).into_owned();
    assert!(table.contains("dinas — Dinas Contoh: skor 77"), "{table}");
    assert!(
        table.contains("Dasar hukum (tidak ada: `dasar_hukum`)"),
        "{table}"
    );
    let md = standar(&["audit", "standards", "--format", "markdown"], dir.path());
    let md = String::from_utf8_lossy(&md.stdout).into_owned();
    assert!(
        md.contains("| Standar | Skor | Komponen | Tampilan | Yang kurang |"),
        "{md}"
    );
    assert!(
        md.contains("| Penyewaan Gedung Serbaguna | 100 | 14/14 | 8/8 |"),
        "{md}"
    );
}

#[test]
fn the_built_site_has_the_audit_report_linked_from_the_index() {
    let dir = corpus();
    let built = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(built.status.code(), Some(0));
    let index = std::fs::read_to_string(dir.path().join("site/index.html")).expect("index");
    assert!(index.contains(r#"<a href="audit/index.html">"#));
    let report = std::fs::read_to_string(dir.path().join("site/audit/index.html")).expect("audit");
    assert!(
        report.contains(r#"<a href="../dinas/audit.html">"#),
        "{report}"
    );
    assert!(
        report.contains("Skor rata-rata: <strong>77</strong>"),
        "{report}"
    );
    // The site report is one row per unit; the standards are on the unit's own page.
    assert!(!report.contains("lengkap/index.html"), "{report}");
    let unit = std::fs::read_to_string(dir.path().join("site/dinas/index.html")).expect("unit");
    assert!(unit.contains(r#"<a href="audit.html">"#));
    let unit_report =
        std::fs::read_to_string(dir.path().join("site/dinas/audit.html")).expect("unit audit");
    assert!(
        unit_report.contains(r#"<a href="lengkap/index.html">"#),
        "{unit_report}"
    );
    assert!(unit_report.contains(r#"<a href="../audit/index.html">"#));
}
