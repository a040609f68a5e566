//! Fixture-driven tests: every file under `tests/fixtures/{valid,invalid,warnings}` is checked
//! as a standard of a one-unit corpus, and its rendered diagnostics are snapshot-tested.
//!
//! A fixture may start with `# kode: <code>`: that code must then be reported. Names starting
//! with `unit-` are used as the unit file (with `valid/minimal.yaml` as the standard); names
//! starting with `tanpa-unit-` are checked without a unit file.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use regex::Regex;
use serde_json::Value;

use standar::corpus::{Compilation, InputFile};
use standar::diagnostic::render::{Format, render};
use standar::diagnostic::{Code, Severity};
use standar::parse::Limits;
use standar::pipeline::compile;
use standar::schema::FileKind;
use standar::validate::walk::schema_at;

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
            diagnostic.node.as_ref().map(|n| n.found),
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
    insta::glob!("../fixtures", "valid/*.yaml", |path| {
        let (compilation, _) = compile_fixture(path);
        assert!(
            compilation.diagnostics.is_empty(),
            "{}:\n{}",
            path.display(),
            render(&compilation.diagnostics, Format::Short)
        );
        // A scheduled change is a version of the file, not a standard of its own.
        let files: BTreeSet<&str> = compilation
            .standards
            .iter()
            .map(|s| s.file.path.as_str())
            .collect();
        assert_eq!(files.len(), 1);
    });
}

#[test]
fn invalid_fixtures_fail_with_their_code() {
    insta::glob!("../fixtures", "invalid/*.yaml", |path| {
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
    insta::glob!("../fixtures", "warnings/*.yaml", |path| {
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

fn property_names(schemas: &[&Value]) -> BTreeSet<String> {
    schemas
        .iter()
        .filter_map(|s| s.get("properties").and_then(Value::as_object))
        .flat_map(|p| p.keys().cloned())
        .collect()
}

/// The keys a help may name at `pointer`: those of the node, of the mapping that holds it,
/// and of that mapping's values (one level down, so `sk:` may come with `nomor:`).
fn keys_valid_at(root: &Value, pointer: &str) -> BTreeSet<String> {
    // The mapping that holds the node: for a list item, the mapping that holds the list.
    let numeric = |segment: &str| segment.chars().all(|c| c.is_ascii_digit());
    let mut enclosing = pointer.to_string();
    while let Some((head, last)) = enclosing.rsplit_once('/') {
        let was_item = numeric(last);
        enclosing = head.to_string();
        if !was_item {
            break;
        }
    }
    let mut keys = property_names(&schema_at(root, pointer));
    let holder = schema_at(root, &enclosing);
    keys.extend(property_names(&holder));
    for name in property_names(&holder) {
        let child = format!("{enclosing}/{name}");
        keys.extend(property_names(&schema_at(root, &child)));
        keys.extend(property_names(&schema_at(root, &format!("{child}/0"))));
    }
    keys
}

/// Every property name anywhere in the schemas.
fn every_key(schemas: &[&Value]) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for schema in schemas {
        let mut stack = vec![*schema];
        while let Some(value) = stack.pop() {
            if let Some(p) = value.get("properties").and_then(Value::as_object) {
                keys.extend(p.keys().cloned());
            }
            match value {
                Value::Object(map) => stack.extend(map.values()),
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
    keys
}

/// The choices offered for the value at `pointer` (values, not keys).
fn value_choices(schema: &Value, pointer: &str) -> BTreeSet<String> {
    schema_at(schema, pointer)
        .iter()
        .flat_map(|s| {
            let listed = s.get("enum").and_then(Value::as_array).cloned();
            listed
                .unwrap_or_default()
                .into_iter()
                .chain(s.get("const").cloned())
        })
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

#[test]
fn every_key_a_help_names_is_valid_where_the_problem_is() {
    // `key`, `key: value`, or a place from the top of the file, `biaya.gratis`.
    let key_in_help = Regex::new(r"`([a-z][a-z0-9_.]*)(?::[^`]*)?`").expect("pattern");
    let standar = FileKind::Standar.schema();
    let unit = FileKind::Unit.schema();
    let all_keys = every_key(&[&standar, &unit]);
    let mut codes = BTreeSet::new();
    let mut checked = 0;
    for dir in ["valid", "invalid", "warnings"] {
        let mut paths: Vec<_> = fs::read_dir(format!("tests/fixtures/{dir}"))
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for path in paths {
            let (compilation, _) = compile_fixture(&path);
            for d in &compilation.diagnostics {
                codes.insert(d.code);
                let (Some(help), Some(node)) = (&d.help, &d.node) else {
                    continue;
                };
                let pointer = &*node.pointer;
                let schema = match d.file.path.ends_with("_unit.yaml") {
                    true => &unit,
                    false => &standar,
                };
                let valid = keys_valid_at(schema, pointer);
                let choices = value_choices(schema, pointer);
                for named in key_in_help.captures_iter(help).map(|c| c[1].to_string()) {
                    let top = named.split('.').next().unwrap_or_default();
                    let root_keys = property_names(&schema_at(schema, ""));
                    if let Some((parent, key)) = named.rsplit_once('.')
                        && root_keys.contains(top)
                    {
                        let at = format!("/{}", parent.replace('.', "/"));
                        let there = property_names(&schema_at(schema, &at));
                        assert!(
                            there.contains(key),
                            "{}: {} names `{named}`, which is not a place in the file: {help}",
                            path.display(),
                            d.code
                        );
                        checked += 1;
                        continue;
                    }
                    if named.contains('.') || !all_keys.contains(&named) || choices.contains(&named)
                    {
                        continue; // a value such as `selesai` or `sp4n_lapor`
                    }
                    // Naming where the problem is (`di bawah `biaya:``) is fine too.
                    let on_the_way = pointer.split('/').any(|segment| segment == named);
                    assert!(
                        valid.contains(&named) || on_the_way,
                        "{}: {} at {pointer} names `{named}`, not a key there: {help}",
                        path.display(),
                        d.code
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} keys checked");
    // Every code a standard or unit file can cause is reached by some fixture, so every help
    // is checked; the rest come from the disk, templates, the output folder or Chromium.
    let elsewhere = [
        // Only if the schema and the model disagree, which tests/suite/schema.rs rules out.
        Code::WrongShape,
        // Found while laying out a board, by the build.
        Code::BoardOverflow,
        Code::UnsafeLogo,
        Code::FileUnreadable,
        Code::FileTooLarge,
        Code::FileName,
        Code::Template,
        Code::SiteOutput,
        Code::CacheRefused,
        Code::BoardPdf,
        Code::BoardLayout,
        // Said by the build of a site without its address (tests/suite/cli.rs, tests/suite/papan.rs).
        Code::BoardWithoutAddress,
        Code::PdfWithoutAddress,
        // Two versions of one standard are two files of a folder; a review is overdue on the
        // day of a build (tests/suite/masa.rs).
        Code::VersionSameStart,
        Code::ReviewOverdue,
        // A unit's survey with its files of answers: tests/fixtures/survei/, tests/suite/survei.rs.
        Code::SurveySource,
        Code::SurveyAnswers,
        Code::SurveyOverlap,
        Code::SurveySample,
        Code::SurveyFileUnused,
        Code::UnknownService,
    ];
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !codes.contains(c) && !elsewhere.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "no fixture reaches {missing:?}");
}

/// `tests/fixtures/logo/`: `aktif-*.svg` would run, fetch or embed something when opened
/// (CI opens them in Chromium to prove it) and must be refused; every other logo just draws.
#[test]
fn logo_fixtures_are_refused_exactly_when_active() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo");
    let mut active = 0;
    for entry in fs::read_dir(&folder).expect("logo fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let problem = standar::render::logo::svg_problem(&fs::read(&path).expect("read"));
        if name.starts_with("aktif-") {
            active += 1;
            assert!(problem.is_some(), "{name} was accepted");
        } else {
            assert_eq!(problem, None, "{name} was refused");
        }
    }
    assert!(active >= 10, "{active} active logos");
}
