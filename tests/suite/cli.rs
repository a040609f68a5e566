//! The `standar` binary: commands, output formats and exit codes.

use crate::common;
use common::{repo, standar, stdout, tree};

use std::path::Path;

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
    // Inherits penyelenggara, SK and pengaduan from _unit.yaml; the source document states
    // no opening hours and no maklumat, which the board and page cannot show.
    let printed = stdout(&output);
    let codes: Vec<&str> = printed
        .lines()
        .filter_map(|l| l.split("warning[").nth(1)?.split(']').next())
        .collect();
    assert_eq!(
        codes,
        ["jam-pelayanan-tidak-ada", "maklumat-tidak-ada"],
        "{}",
        stdout(&output)
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
fn new_writes_a_scaffold_that_only_needs_its_name_and_its_blanks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dir.path().join("standards/dinas-baru/_unit.yaml").is_file());
    let scaffold =
        std::fs::read_to_string(dir.path().join("standards/dinas-baru/layanan-baru.yaml"))
            .expect("scaffold");
    let prefilled: Vec<&str> = scaffold
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter(|line| line.contains("Undang-Undang") || line.contains("2009"))
        .collect();
    assert!(
        prefilled.is_empty(),
        "examples belong in comments: {prefilled:?}"
    );
    // Until it has a name the scaffold does not publish; everything else is a warning.
    let output = standar(&["check", "--format", "short"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("warning[teks-kosong]"));
    let printed = stdout(&output);
    let errors: Vec<&str> = printed.lines().filter(|l| l.contains("error[")).collect();
    assert!(
        errors.len() == 1 && errors[0].contains("error[nama-kosong]"),
        "{errors:?}"
    );
    let again = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(again.status.code(), Some(2), "never overwrites");
    let bad = standar(&["new", "Dinas Baru/x"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn schema_prints_the_committed_schema_of_each_kind() {
    for kind in ["standar", "unit", "situs"] {
        let output = standar(&["schema", kind], repo());
        assert_eq!(output.status.code(), Some(0), "{kind}");
        let committed = std::fs::read_to_string(repo().join(format!("schema/{kind}.schema.json")))
            .expect("committed");
        assert!(stdout(&output) == committed, "`standar schema {kind}`");
    }
    let output = standar(&["schema"], repo());
    let committed =
        std::fs::read_to_string(repo().join("schema/standar.schema.json")).expect("committed");
    assert!(
        stdout(&output) == committed,
        "`standar schema` is the standard's"
    );
    let help = stdout(&standar(&["schema", "--help"], repo()));
    assert!(help.contains("standar, unit, situs"), "{help}");
    assert_eq!(standar(&["schema", "papan"], repo()).status.code(), Some(2));
}

/// A quiet run that fails only because warnings are denied says so in one line.
#[test]
fn quiet_runs_failing_on_warnings_say_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("situs");
    for args in [
        vec!["check", "standards", "-q", "--deny-warnings"],
        vec![
            "build",
            "standards",
            "-q",
            "--deny-warnings",
            "--out",
            out.to_str().expect("UTF-8"),
        ],
    ] {
        let output = standar(&args, repo());
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("peringatan dianggap galat (`--deny-warnings`)"),
            "{stderr}"
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
    assert!(!out.exists(), "nothing written");
    let quiet = standar(&["check", "standards", "-q"], repo());
    assert_eq!(quiet.status.code(), Some(0));
    assert!(quiet.stderr.is_empty() && quiet.stdout.is_empty());
}

/// One vocabulary: English flags and format names; the Indonesian spellings of earlier
/// releases still work, hidden from `--help`, and do exactly the same.
#[test]
fn the_earlier_flag_spellings_are_hidden_aliases() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = |name: &str, flags: &[&str]| {
        let out = dir.path().join(name);
        let out = out.to_string_lossy().into_owned();
        let mut args = vec!["build", "standards", "--out", &out];
        args.extend(flags);
        let built = standar(&args, repo());
        assert_eq!(built.status.code(), Some(0), "{flags:?}");
        // Twice: the second build replaces the first.
        let again = standar(&args, repo());
        assert_eq!(again.status.code(), Some(0), "{flags:?}");
        tree(Path::new(&out))
    };
    let english = site(
        "en",
        &[
            "--board",
            "a4",
            "--base-url",
            "https://a.go.id/",
            "--lang",
            "en",
            "--force",
        ],
    );
    let indonesian = site(
        "id",
        &[
            "--papan",
            "a4",
            "--url-dasar",
            "https://a.go.id/",
            "--bahasa",
            "en",
            "--paksa",
        ],
    );
    assert!(english == indonesian, "the same site either way");
    assert!(english.contains_key("sitemap.xml"));

    for (new, old) in [("human", "tabel"), ("markdown", "md")] {
        let a = standar(&["audit", "standards", "--format", new], repo());
        let b = standar(&["audit", "standards", "--format", old], repo());
        assert_eq!(stdout(&a), stdout(&b), "{new} = {old}");
        assert!(!stdout(&a).is_empty());
    }

    let help = stdout(&standar(&["build", "--help"], repo()));
    for flag in ["--board", "--base-url", "--lang", "--force", "--templates"] {
        assert!(help.contains(flag), "{flag} in --help");
    }
    for alias in ["--papan", "--url-dasar", "--paksa", "--bahasa"] {
        assert!(!help.contains(alias), "{alias} hidden from --help");
    }
    let help = stdout(&standar(&["audit", "--help"], repo()));
    assert!(help.contains("human") && help.contains("markdown"));
    assert!(!help.contains("tabel") && !help.contains(" md"), "{help}");
}

/// `--format gitlab` is a Code Quality report GitLab can read: an array of issues with a
/// description, a check name, a unique fingerprint, a severity GitLab knows, and the file's
/// path (relative, as in the repository) and line.
#[test]
fn check_writes_a_gitlab_code_quality_report() {
    for (path, exit) in [("tests/fixtures/invalid", 1), ("standards", 0)] {
        let output = standar(&["check", path, "--format", "gitlab"], repo());
        assert_eq!(output.status.code(), Some(exit), "{path}");
        let issues: Vec<serde_json::Value> =
            serde_json::from_slice(&output.stdout).expect("a JSON array");
        assert!(!issues.is_empty(), "{path}");
        let mut fingerprints = std::collections::BTreeSet::new();
        for issue in &issues {
            assert!(
                issue["description"].as_str().is_some_and(|d| !d.is_empty()),
                "{issue}"
            );
            assert!(issue["check_name"].as_str().is_some(), "{issue}");
            assert!(
                ["info", "minor", "major", "critical", "blocker"]
                    .contains(&issue["severity"].as_str().unwrap_or_default()),
                "{issue}"
            );
            let file = issue["location"]["path"].as_str().unwrap_or_default();
            assert!(
                file.starts_with(path) && repo().join(file).is_file(),
                "{issue}"
            );
            assert!(
                issue["location"]["lines"]["begin"]
                    .as_u64()
                    .is_some_and(|l| l >= 1)
            );
            assert!(
                fingerprints.insert(issue["fingerprint"].to_string()),
                "{issue}"
            );
        }
    }
}

/// The pre-commit hook passes the changed files one by one, `_situs.yaml` among them: checked
/// so, the shipped standards pass as they do when their folder is checked.
#[test]
fn files_passed_one_by_one_check_as_their_folder_does() {
    let mut files: Vec<String> = walkdir::WalkDir::new(repo().join("standards"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| {
            e.path()
                .strip_prefix(repo())
                .expect("inside")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert!(files.iter().any(|f| f.ends_with("_situs.yaml")));
    let mut args = vec!["check", "--format", "short"];
    args.extend(files.iter().map(String::as_str));
    let output = standar(&args, repo());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(!stdout(&output).contains("error["), "{}", stdout(&output));
    let alone = standar(&["check", "standards/_situs.yaml"], repo());
    assert_eq!(alone.status.code(), Some(0), "{}", stdout(&alone));
}
