//! The `standar` binary: commands, output formats and exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn standar(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn shipped_standards_exit_zero_and_deny_warnings_exits_one() {
    let output = standar(&["check", "standards", "--format", "short"], repo());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("5 standar lolos"));
    let output = standar(&["check", "--deny-warnings"], repo());
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_single_file_is_checked_with_its_unit_file() {
    let output = standar(
        &[
            "check",
            "standards/kalbar-diskopukm/fasilitasi-rapat-audiensi.yaml",
            "--format",
            "short",
        ],
        repo(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "",
        "inherits penyelenggara and pengaduan from _unit.yaml"
    );
}

#[test]
fn broken_files_exit_one_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("dinas");
    std::fs::create_dir(&unit).expect("mkdir");
    std::fs::copy(
        repo().join("tests/fixtures/_unit.yaml"),
        unit.join("_unit.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        repo().join("tests/fixtures/invalid/kunci-tidak-dikenal-atas.yaml"),
        unit.join("layanan.yaml"),
    )
    .expect("copy");
    let output = standar(&["check", ".", "--format", "short"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("./dinas/layanan.yaml:6:1: error[kunci-tidak-dikenal]: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn missing_paths_exit_two() {
    let output = standar(&["check", "tidak-ada", "--format", "short"], repo());
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).contains("tidak-ada:1:1: error[berkas-tidak-terbaca]"));
}

#[test]
fn usage_errors_exit_two() {
    let output = standar(&["check", "--format", "xml"], repo());
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn json_and_github_formats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("dinas");
    std::fs::create_dir(&unit).expect("mkdir");
    std::fs::copy(
        repo().join("tests/fixtures/_unit.yaml"),
        unit.join("_unit.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        repo().join("tests/fixtures/invalid/waktu-tidak-sesuai.yaml"),
        unit.join("a.yaml"),
    )
    .expect("copy");
    let output = standar(&["check", "dinas", "--format", "json"], dir.path());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["errors"], 1);
    assert_eq!(value["diagnostics"][0]["code"], "waktu-tidak-sesuai");
    assert_eq!(value["diagnostics"][0]["line"], 18);
    let output = standar(&["check", "dinas", "--format", "github"], dir.path());
    assert!(
        stdout(&output)
            .starts_with("::error file=dinas/a.yaml,line=18,col=10,title=waktu-tidak-sesuai::")
    );
}

#[test]
fn new_writes_a_scaffold_that_checks_with_warnings_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dir.path().join("standards/dinas-baru/_unit.yaml").is_file());
    let output = standar(&["check", "--format", "short"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("warning[teks-kosong]"));
    assert!(!stdout(&output).contains("error["));
    let again = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(again.status.code(), Some(2), "never overwrites");
    let bad = standar(&["new", "Dinas Baru/x"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn schema_prints_the_committed_schema() {
    let output = standar(&["schema", "unit"], repo());
    let committed =
        std::fs::read_to_string(repo().join("schema/unit.schema.json")).expect("committed");
    assert_eq!(stdout(&output), committed);
}
