//! The browser editor checks with the library function its WebAssembly exports
//! (`standar::sunting::periksa`): for every fixture in `tests/fixtures/{valid,invalid,
//! warnings}`, that function and `standar check --format json` on the same files give the
//! same report, byte for byte. (`.ci/editor-wasm.mjs` compares the WebAssembly build itself
//! with the command line the same way.)

use std::fs;
use std::path::Path;
use std::process::Command;

use standar::sunting::{FOLDER, periksa};

/// The fixture's standard and unit file, as the editor would hold them: `unit-*` fixtures
/// are a unit file beside the minimal standard, `tanpa-unit-*` have none, the others share
/// `tests/fixtures/_unit.yaml`.
fn editor_files(path: &Path) -> Option<(String, String, Option<String>)> {
    let read = |p: &Path| fs::read(p).ok().and_then(|b| String::from_utf8(b).ok());
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let shared = Path::new("tests/fixtures/_unit.yaml");
    Some(if stem.starts_with("unit-") {
        (
            "minimal.yaml".to_string(),
            read(Path::new("tests/fixtures/valid/minimal.yaml"))?,
            Some(read(path)?),
        )
    } else if stem.starts_with("tanpa-unit-") {
        (format!("{stem}.yaml"), read(path)?, None)
    } else {
        (format!("{stem}.yaml"), read(path)?, Some(read(shared)?))
    })
}

#[test]
fn the_editor_and_the_command_line_report_the_same_for_every_fixture() {
    let mut compared = 0;
    let mut skipped = Vec::new();
    for kind in ["valid", "invalid", "warnings"] {
        let mut paths: Vec<_> = fs::read_dir(Path::new("tests/fixtures").join(kind))
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        for path in paths {
            // The editor holds text: a fixture that is not UTF-8 cannot be opened in it.
            let Some((name, text, unit)) = editor_files(&path) else {
                skipped.push(path.display().to_string());
                continue;
            };
            let dir = tempfile::tempdir().expect("temp dir");
            let folder = dir.path().join(FOLDER);
            fs::create_dir(&folder).expect("folder");
            fs::write(folder.join(&name), &text).expect("standard");
            if let Some(unit) = &unit {
                fs::write(folder.join("_unit.yaml"), unit).expect("unit");
            }
            let cli = Command::new(env!("CARGO_BIN_EXE_standar"))
                .args(["check", FOLDER, "--format", "json"])
                .current_dir(dir.path())
                .output()
                .expect("the binary runs");
            let editor = periksa(&name, &text, unit.as_deref());
            assert_eq!(
                String::from_utf8_lossy(&cli.stdout).trim_end(),
                editor.trim_end(),
                "{}",
                path.display()
            );
            compared += 1;
        }
    }
    println!("{compared} fixtures compared, not UTF-8 (skipped): {skipped:?}");
    assert!(compared >= 100, "{compared} fixtures compared");
    assert!(skipped.len() <= 3, "{skipped:?}");
}
