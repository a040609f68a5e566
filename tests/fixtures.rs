//! Fixture-driven tests: every file under `tests/fixtures/{valid,invalid,warnings}` is checked
//! as a standard of a one-unit corpus, and its rendered diagnostics are snapshot-tested.
//!
//! A fixture may start with `# kode: <code>`: that code must then be reported. Names starting
//! with `unit-` are used as the unit file (with `valid/minimal.yaml` as the standard); names
//! starting with `tanpa-unit-` are checked without a unit file.

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;
use std::path::Path;

use standar::corpus::{Compilation, InputFile, compile};
use standar::diagnostic::Severity;
use standar::diagnostic::render::{Format, render};
use standar::parse::Limits;

const SHARED_UNIT: &str = "tests/fixtures/_unit.yaml";

fn input(path: &str, relative: &str) -> InputFile {
    InputFile {
        path: path.to_string(),
        relative: relative.to_string(),
        bytes: fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}")),
    }
}

fn compile_fixture(path: &Path) -> (Compilation, Option<String>) {
    let shown = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let stem = path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let inputs = if stem.starts_with("unit-") {
        vec![
            input(&shown, "fixture/_unit.yaml"),
            input("tests/fixtures/valid/minimal.yaml", "fixture/minimal.yaml"),
        ]
    } else if stem.starts_with("tanpa-unit-") {
        vec![input(&shown, &format!("fixture/{stem}.yaml"))]
    } else {
        vec![
            input(SHARED_UNIT, "fixture/_unit.yaml"),
            input(&shown, &format!("fixture/{stem}.yaml")),
        ]
    };
    let expected = fs::read(path).ok().and_then(|bytes| {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        text.lines()
            .next()
            .and_then(|l| l.strip_prefix("# kode: "))
            .map(str::to_string)
    });
    (compile(inputs, &Limits::default()), expected)
}

fn rendered(compilation: &Compilation) -> String {
    let short = render(&compilation.diagnostics, Format::Short);
    let human = render(
        &compilation.diagnostics,
        Format::Human {
            color: false,
            width: 100,
        },
    );
    format!("{short}\n{human}")
}

fn assert_expected_code(compilation: &Compilation, expected: Option<&str>, severity: Severity) {
    if let Some(code) = expected {
        assert!(
            compilation
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == code && d.severity() == severity),
            "expected {code}, got:\n{}",
            render(&compilation.diagnostics, Format::Short)
        );
    }
    for diagnostic in &compilation.diagnostics {
        // Every scanner message has its own explanation (src/parse/scan_error.rs).
        assert!(
            !diagnostic.message.starts_with("penulisan YAML tidak valid"),
            "the scanner's message is not explained: {}",
            diagnostic.message
        );
        // A check that names a node that does not exist underlines its parent instead.
        assert_ne!(
            diagnostic.node_found,
            Some(false),
            "{} points at a node that is not in the file: {}",
            diagnostic.code,
            diagnostic.message
        );
        if let Some(span) = &diagnostic.span {
            assert!(
                span.end <= diagnostic.file.text.len(),
                "span past the end: {diagnostic:?}"
            );
            assert!(
                diagnostic.file.text.is_char_boundary(span.start),
                "span inside a character"
            );
        }
    }
}

#[test]
fn valid_fixtures_have_no_diagnostics() {
    insta::glob!("fixtures/valid/*.yaml", |path| {
        let (compilation, _) = compile_fixture(path);
        assert!(
            compilation.diagnostics.is_empty(),
            "{}:\n{}",
            path.display(),
            render(&compilation.diagnostics, Format::Short)
        );
        assert_eq!(compilation.standards.len(), 1);
    });
}

#[test]
fn invalid_fixtures_fail_with_their_code() {
    insta::glob!("fixtures/invalid/*.yaml", |path| {
        let (compilation, expected) = compile_fixture(path);
        assert!(compilation.errors() > 0, "{} has no error", path.display());
        assert_expected_code(&compilation, expected.as_deref(), Severity::Error);
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        if !stem.starts_with("unit-") {
            assert!(
                compilation.standards.is_empty(),
                "a broken standard must not compile"
            );
        }
        insta::assert_snapshot!(rendered(&compilation));
    });
}

#[test]
fn warning_fixtures_warn_without_errors() {
    insta::glob!("fixtures/warnings/*.yaml", |path| {
        let (compilation, expected) = compile_fixture(path);
        assert_eq!(
            compilation.errors(),
            0,
            "{}:\n{}",
            path.display(),
            rendered(&compilation)
        );
        assert!(compilation.warnings() > 0);
        assert_expected_code(&compilation, expected.as_deref(), Severity::Warning);
        assert_eq!(
            compilation.standards.len(),
            1,
            "warnings do not stop a standard"
        );
        insta::assert_snapshot!(rendered(&compilation));
    });
}

#[test]
fn there_are_at_least_thirty_invalid_cases() {
    let count = fs::read_dir("tests/fixtures/invalid")
        .map(|d| d.count())
        .unwrap_or(0);
    assert!(count >= 30, "only {count} invalid fixtures");
}
