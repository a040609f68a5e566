//! What a CI system reads from `standar check` and `standar build` stays inert: a value, a
//! key or a file name holding line breaks, `::` workflow commands, `%`, or terminal escapes
//! never starts a line of the log (GitHub and GitLab obey lines such as `::add-mask::` or
//! `::error file=…`), in any format, the default one included (`short` whenever the output
//! is not a terminal, as in CI).

// Tests read and write files and start the program.

use std::fs;
use std::path::Path;
use std::process::Command;

/// A unit folder whose standard injects workflow commands through a block value, a key, a
/// quoted value with escapes, and (where the file system allows) its file name.
fn corpus(dir: &Path) {
    let unit = dir.join("c/u");
    fs::create_dir_all(&unit).expect("mkdir");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/_unit.yaml"),
        unit.join("_unit.yaml"),
    )
    .expect("copy");
    let yaml = concat!(
        "versi_format: 1\n",
        "nama: A\n",
        "jangka_waktu:\n",
        "  total: |-\n",
        "    60 Menit\n",
        "    ::add-mask::standar\n",
        "    ::error file=README.md,line=1,title=FORGED::injected\n",
        "\"k\\n::warning::kunci\\r\\n##[error]azure\": 1\n",
        "deskripsi: \"%0A::error::persen \\u001b[2J\\n::notice::escape\"\n",
    );
    fs::write(unit.join("a.yaml"), yaml).expect("write");
    // A file name with a line break in it, on systems that allow one.
    let _ = fs::write(unit.join("b\n::error::nama.yaml"), yaml);
}

fn output(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(1 | 2)),
        "{args:?}: {:?}",
        out.status
    );
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn no_value_key_or_file_name_starts_a_line_of_the_log() {
    let dir = tempfile::tempdir().expect("temp dir");
    corpus(dir.path());
    let mut runs: Vec<Vec<&str>> = vec![vec!["check", "c"], vec!["build", "c", "--out", "site"]];
    for format in ["short", "human", "github", "gitlab", "json"] {
        runs.push(vec!["check", "c", "--format", format]);
    }
    for args in runs {
        let log = output(dir.path(), &args);
        assert!(
            log.contains("add-mask"),
            "{args:?}: the value is reported: {log}"
        );
        // As the runners read a log: GitHub a `::` after leading spaces, Azure a `##[` anywhere.
        for line in log.lines() {
            let own = args.contains(&"github")
                && (line.starts_with("::error file=c/u/")
                    || line.starts_with("::warning file=c/u/"));
            assert!(
                !line.trim_start().starts_with("::") || own,
                "{args:?}: a line of the log is a command: {line}"
            );
            assert!(
                !line.contains("##[") || line.starts_with("» ") || own,
                "{args:?}: {line}"
            );
            assert!(
                !line.contains('\u{1b}'),
                "{args:?}: a terminal escape: {line:?}"
            );
        }
    }
}
