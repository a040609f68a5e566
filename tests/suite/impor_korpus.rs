//! `standar impor` measured on a corpus of documents written in the shapes offices publish
//! (`tests/fixtures/impor/korpus/`): portal copies, SK annexes, agency pages, flattened
//! tables, across sectors. Beside each document, `<name>.harapan.yaml` says which facts it
//! holds and under which component (or key) an officer would put each. The test counts, over
//! the whole corpus, the facts placed right, placed under another component, and not placed;
//! list entries that are junk (a bare number, a lone mark, a heading glued to its value); and
//! components declared `tidak_tercantum` although the document states them. A fact is right
//! when it is in its component and, for facts of a kind with a field of their own, in that
//! field (an amount in a charge's `rupiah`, a contact in a channel's `kontak`: see
//! [`fields_for`]). It fails below 90 % placed right, or on any false absence or junk entry.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;
use standar::impor::berkas::teks;
use standar::impor::{Pilihan, impor};
use standar::parse::{Limits, decode, parse};

const CORPUS: &str = "tests/fixtures/impor/korpus";

/// The documents of the corpus, each with its expectations.
fn documents() -> Vec<(PathBuf, PathBuf)> {
    let mut out: Vec<(PathBuf, PathBuf)> = fs::read_dir(CORPUS)
        .expect("corpus folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            !p.to_string_lossy().ends_with(".harapan.yaml")
                && p.extension().is_some_and(|x| x != "md")
        })
        .map(|p| {
            let stem = p.file_stem().expect("name").to_string_lossy().into_owned();
            let expected = p.with_file_name(format!("{stem}.harapan.yaml"));
            (p, expected)
        })
        .collect();
    out.sort();
    out
}

/// A YAML text as JSON, the way `standar check` reads it.
fn yaml(path: &str, text: &str) -> Value {
    let (file, problem) = decode(path, text.as_bytes().to_vec());
    assert!(problem.is_none(), "{path}: not UTF-8");
    let file: Arc<_> = file;
    let (doc, diagnostics) = parse(&file, &Limits::default());
    doc.unwrap_or_else(|| panic!("{path}: {diagnostics:?}"))
        .json
}

/// Lower case, letters and digits only, one space between words: `Rp10.000,-` → `rp10000`.
fn normal(text: &str) -> String {
    let kept: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    // The words of a citation's structure: a regulation typed (`nomor: "12"`, `tahun:
    // 2022`) says what `Nomor 12 Tahun 2022` says.
    let words: Vec<&str> = kept
        .split_whitespace()
        .filter(|w| !matches!(*w, "nomor" | "no" | "tahun"))
        .collect();
    // Digits grouped by dots or spaces (`10.000`, `0812 3456`) are one number.
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        let joins = i > 0
            && word.chars().all(|c| c.is_ascii_digit())
            && words[i - 1]
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_digit());
        if i > 0 && !joins {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Every text and number under a value, as one normalised text.
fn flat(value: &Value) -> String {
    fn walk(value: &Value, out: &mut String) {
        match value {
            Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            Value::Number(n) => {
                let _ = writeln!(out, "{n}");
            }
            Value::Bool(b) => {
                let _ = writeln!(out, "{b}");
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            Value::Null => {}
        }
    }
    let mut text = String::new();
    walk(value, &mut text);
    normal(&text)
}

/// The texts of the draft's list items, where junk would show.
fn items(draft: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in [
        "persyaratan",
        "produk",
        "sarana_prasarana",
        "kompetensi_pelaksana",
        "pengawasan_internal",
    ] {
        for item in draft
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(text) = item.as_str() {
                out.push(text.to_string());
            }
        }
    }
    for flow in draft
        .pointer("/prosedur/alur")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for step in flow
            .get("langkah")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let text = step
                .as_str()
                .or_else(|| step.get("uraian").and_then(Value::as_str));
            if let Some(text) = text {
                out.push(text.to_string());
            }
        }
    }
    out
}

/// Whether a list entry is junk: no word of three letters, a component's heading glued to
/// it (`Biaya: …` as a requirement), or a flowchart's word (`Mulai`, `Ya`) as a step.
fn junk(text: &str) -> bool {
    let words = normal(text);
    let has_word = words
        .split(' ')
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    let heading = [
        "persyaratan",
        "prosedur",
        "biaya",
        "tarif",
        "jangka waktu",
        "waktu penyelesaian",
        "produk pelayanan",
        "pengaduan",
    ]
    .iter()
    .any(|h| words.starts_with(h) && text.contains(':'));
    let flowchart = matches!(words.as_str(), "mulai" | "selesai" | "ya" | "tidak");
    !has_word || heading || flowchart
}

/// The fields of its component a fact belongs in, by what it is: an amount in a charge's
/// `rupiah`, a regulation in a `dasar_hukum`, a contact in a channel's `kontak`, a duration
/// in a time's `total`, a part's `waktu` or the extension, a step in a flow; `None` where
/// any field of the component will do.
fn fields_for(key: &str, fact: &str) -> Option<&'static [&'static str]> {
    let digits = !fact.is_empty() && fact.chars().all(|c| c.is_ascii_digit());
    let regulation = regex::Regex::new(r"(?i)nomor\s+\S+\s+tahun\s+\d{4}")
        .expect("pattern")
        .is_match(fact);
    let contact = digits || fact.contains('@') || fact.contains("://") || fact.contains(".go.id");
    match key {
        "dasar_hukum" => None,
        _ if regulation => Some(&["dasar_hukum"]),
        "biaya" if digits => Some(&["rupiah"]),
        // Words of a charge: what is paid for, or how it is set (`dihitung oleh …`).
        "biaya" => Some(&["uraian", "gratis", "kelompok", "nama", "keterangan"]),
        "pengaduan" if contact => Some(&["kontak"]),
        "jangka_waktu" => Some(&["total", "waktu", "perpanjangan"]),
        "prosedur" => Some(&["alur"]),
        _ => None,
    }
}

/// Every text and number under the fields named `names`, anywhere under `value`.
fn under_fields(value: &Value, names: &[&str]) -> String {
    fn walk(value: &Value, names: &[&str], out: &mut Vec<Value>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    if names.contains(&k.as_str()) {
                        out.push(v.clone());
                    } else {
                        walk(v, names, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, names, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(value, names, &mut found);
    flat(&Value::Array(found))
}

#[derive(Default)]
struct Tally {
    right: usize,
    /// In the right component but another of its fields (an amount left in the note).
    other_field: Vec<String>,
    elsewhere: Vec<String>,
    missing: Vec<String>,
    junk: Vec<String>,
    false_absence: Vec<String>,
}

/// One document's draft against its expectations.
fn measure(name: &str, draft: &Value, expected: &Value, tally: &mut Tally) {
    let Some(expected) = expected.as_object() else {
        panic!("{name}: the expectations are not a mapping");
    };
    for (key, facts) in expected {
        if key == "tidak_tercantum" {
            continue;
        }
        let facts: Vec<&Value> = match facts {
            Value::Array(list) => list.iter().collect(),
            one => vec![one],
        };
        let here = flat(draft.get(key).unwrap_or(&Value::Null));
        for fact in facts {
            let fact_text = match fact {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let wanted = normal(&fact_text);
            if here.contains(&wanted) {
                let component = draft.get(key).unwrap_or(&Value::Null);
                match fields_for(key, &fact_text) {
                    Some(fields) if !under_fields(component, fields).contains(&wanted) => {
                        tally.other_field.push(format!(
                            "{name}: `{fact_text}` in {key}, not in its {fields:?}"
                        ))
                    }
                    _ => tally.right += 1,
                }
                continue;
            }
            let found_in = draft.as_object().and_then(|d| {
                d.iter()
                    .find(|(k, v)| *k != key && flat(v).contains(&wanted))
                    .map(|(k, _)| k.clone())
            });
            match found_in {
                Some(other) => tally
                    .elsewhere
                    .push(format!("{name}: `{fact_text}` under {other}, not {key}")),
                None => tally
                    .missing
                    .push(format!("{name}: `{fact_text}` ({key}) not in the draft")),
            }
        }
    }
    for absent in draft
        .get("tidak_tercantum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if expected.contains_key(absent) {
            tally.false_absence.push(format!(
                "{name}: {absent} declared absent, but the document states it"
            ));
        }
    }
    for item in items(draft).into_iter().filter(|i| junk(i)) {
        tally.junk.push(format!("{name}: junk entry `{item}`"));
    }
}

#[test]
fn the_importer_places_the_facts_of_the_corpus_where_an_officer_would() {
    let documents = documents();
    assert!(!documents.is_empty(), "no documents in {CORPUS}");
    let mut tally = Tally::default();
    for (source, expectations) in &documents {
        let name = source
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let bytes = fs::read(source).expect("document");
        let extension = source.extension().expect("extension").to_string_lossy();
        let text = teks(&bytes, &extension).expect("readable").0;
        let drafts = impor(&text, &name, &Pilihan::default()).expect("a draft");
        let expected_text = fs::read_to_string(expectations)
            .unwrap_or_else(|_| panic!("{name}: no {}", expectations.display()));
        // A document of several services expects a list: one mapping per draft, in order.
        let expected = match yaml(&expectations.to_string_lossy(), &expected_text) {
            Value::Array(each) => each,
            one => vec![one],
        };
        assert_eq!(
            drafts.len(),
            expected.len(),
            "{name}: {} services expected, {} drafts",
            expected.len(),
            drafts.len()
        );
        for ((draf, _), expected) in drafts.iter().zip(&expected) {
            let draft = yaml(&name, &draf.standar);
            measure(&name, &draft, expected, &mut tally);
        }
    }
    let total = tally.right + tally.other_field.len() + tally.elsewhere.len() + tally.missing.len();
    let share = tally.right as f64 / total.max(1) as f64;
    let report = format!(
        "{} documents, {total} facts: {} right, component and field ({:.1} %), {} in another field of the right component, {} under another component, {} not placed; {} junk entries; {} false absences\n{}\n{}\n{}\n{}\n{}",
        documents.len(),
        tally.right,
        share * 100.0,
        tally.other_field.len(),
        tally.elsewhere.len(),
        tally.missing.len(),
        tally.junk.len(),
        tally.false_absence.len(),
        tally.other_field.join("\n"),
        tally.elsewhere.join("\n"),
        tally.missing.join("\n"),
        tally.junk.join("\n"),
        tally.false_absence.join("\n"),
    );
    println!("{report}");
    assert!(share >= 0.9, "{report}");
    assert!(tally.false_absence.is_empty(), "{report}");
    assert!(tally.junk.is_empty(), "{report}");
}

#[test]
fn every_document_has_its_expectations() {
    for (source, expectations) in documents() {
        assert!(
            Path::new(&expectations).exists(),
            "{} has no {}",
            source.display(),
            expectations.display()
        );
    }
}

/// Every value of every draft is traced to source lines that hold it: each component and
/// the name to their lines, and each one-line value's words to the lines it names.
#[test]
fn every_value_of_a_draft_is_traced_to_the_source_lines_it_came_from() {
    let mut traced = 0;
    let mut wrong = Vec::new();
    for (source, _) in documents() {
        let name = source
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let bytes = fs::read(&source).expect("document");
        let extension = source.extension().expect("extension").to_string_lossy();
        let text = teks(&bytes, &extension).expect("readable").0;
        let source_lines: Vec<&str> = text.lines().collect();
        let drafts = impor(&text, &name, &Pilihan::default()).expect("a draft");
        for (draf, _) in &drafts {
            let draft_lines: Vec<&str> = draf.standar.lines().collect();
            let draft = yaml(&name, &draf.standar);
            for key in draft.as_object().expect("a mapping").keys() {
                if key != "versi_format" && !draf.asal.iter().any(|j| &j.jalur == key) {
                    wrong.push(format!("{name}: `{key}` has no source lines"));
                }
            }
            for jejak in &draf.asal {
                let (first, last) = jejak.sumber;
                assert!(
                    first >= 1 && last <= source_lines.len() && first <= last,
                    "{name}: {jejak:?} outside the source"
                );
                if jejak.draf.0 != jejak.draf.1 {
                    continue;
                }
                let line = draft_lines[jejak.draf.0 - 1].trim_start();
                let value = line
                    .strip_prefix("- ")
                    .map(|v| v.split_once(": ").map_or(v, |(_, v)| v))
                    .or_else(|| line.split_once(": ").map(|(_, v)| v))
                    .unwrap_or("");
                let there = normal(&source_lines[first - 1..last].join(" "));
                let words = normal(value);
                let missing: Vec<&str> = words
                    .split(' ')
                    .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
                    .filter(|w| !there.contains(w))
                    .collect();
                traced += 1;
                if !missing.is_empty() {
                    wrong.push(format!(
                    "{name}: {} `{value}` traced to source lines {first}–{last} without {missing:?}",
                    jejak.jalur
                ));
                }
            }
        }
    }
    println!("{traced} one-line values traced");
    assert!(traced > 150, "only {traced} one-line values traced");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
