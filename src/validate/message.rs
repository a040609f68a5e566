//! Turns jsonschema errors into Indonesian diagnostics with a location and a fix.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

use super::suggest::closest;
use super::wording::{capitalised, join_or, list_code, value_text};
use crate::diagnostic::{Code, Diagnostic, place};
use crate::model::komponen::Komponen;
use crate::parse::node::NodeValue;
use crate::parse::path::{Key, NodePath};
use crate::parse::{Document, Target};

/// Where a validation error is, and what it is about.
struct ErrorAt<'a> {
    doc: &'a Document,
    schema: &'a Value,
    error: &'a ValidationError<'a>,
    /// The instance path, as a pointer (for messages) and as a node path.
    pointer: &'a str,
    at: NodePath,
    schema_path: &'a str,
}

impl ErrorAt<'_> {
    /// The schema object the failing keyword belongs to.
    fn owner(&self) -> Option<&Value> {
        schema_parent(self.schema, self.schema_path)
    }

    fn value(&self) -> String {
        value_text(self.error.instance())
    }
}

/// Appends the diagnostics that explain one validation error.
pub fn explain(
    error: &ValidationError<'_>,
    doc: &Document,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    let pointer = error.instance_path().as_str();
    let found = ErrorAt {
        doc,
        schema,
        error,
        pointer,
        at: NodePath::found(pointer),
        schema_path: error.schema_path().as_str(),
    };
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            unknown_keys(&found, unexpected, out);
        }
        ValidationErrorKind::Required { property } => out.push(missing_key(&found, property)),
        ValidationErrorKind::Type { kind } => {
            let expected = expected_types(kind);
            out.push(type_error(
                doc,
                schema,
                found.schema_path,
                pointer,
                &expected,
                error.instance(),
            ));
        }
        ValidationErrorKind::Enum { options } => out.push(unknown_value(&found, options)),
        ValidationErrorKind::Constant { expected_value } => {
            out.push(doc.diagnostic(
                Code::UnknownValue,
                &found.at,
                Target::Value,
                format!(
                    "{} harus bernilai `{}`",
                    place(pointer),
                    value_text(expected_value)
                ),
            ));
        }
        ValidationErrorKind::Pattern { .. } => out.push(wrong_format(&found)),
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => {
            out.push(out_of_range(&found, "terlalu kecil (paling kecil", limit));
        }
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => {
            out.push(out_of_range(&found, "terlalu besar (paling besar", limit));
        }
        ValidationErrorKind::MinItems { limit } => {
            out.push(doc.diagnostic(
                Code::OutOfRange,
                &found.at,
                Target::Key,
                format!("{} perlu sedikitnya {limit} butir", place(pointer)),
            ));
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            explain_alternatives(context, error, doc, schema, out);
        }
        _ => {
            out.push(doc.diagnostic(
                Code::WrongShape,
                &found.at,
                Target::Value,
                format!("nilai di {} tidak valid ({error})", place(pointer)),
            ));
        }
    }
}

/// Keys the schema does not know, each with the closest known key.
fn unknown_keys(found: &ErrorAt<'_>, unexpected: &[String], out: &mut Vec<Diagnostic>) {
    let owner = found.owner();
    let known: Vec<&str> = owner
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    for key in unexpected {
        let help = match closest(key, known.iter().copied()) {
            Some(suggestion) => format!("maksud Anda `{suggestion}`?"),
            None if known.is_empty() => "hapus kunci ini".to_string(),
            None => format!("kunci yang dikenal di sini: {}", list_code(&known)),
        };
        out.push(
            found
                .doc
                .diagnostic(
                    Code::UnknownKey,
                    &found.at.found_key(key),
                    Target::Key,
                    format!("kunci `{key}` tidak dikenal di {}", place(found.pointer)),
                )
                .label("kunci tidak dikenal")
                .help(help),
        );
    }
}

/// A required key that is not written, with what it holds.
fn missing_key(found: &ErrorAt<'_>, property: &Value) -> Diagnostic {
    let name = property.as_str().unwrap_or_default();
    // A public component is required unless `tidak_tercantum` lists it (`allOf` … `else`).
    let component = found.schema_path.contains("/else/");
    let owner = if component {
        Some(found.schema)
    } else {
        found.owner()
    };
    let about = owner
        .and_then(|s| s.get("properties"))
        .and_then(|p| p.get(name))
        .map(|s| describe(found.schema, s))
        .filter(|d| !d.is_empty())
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    // A missing public component is pointed at where it goes: after the component before it.
    let after = component.then(|| written_before(found.doc, name)).flatten();
    let (at, label, place_it) = match after {
        Some(before) => (
            NodePath::root().key(Key::new(before)),
            format!("`{name}` ditulis sesudah bagian ini"),
            format!(" sesudah bagian `{before}`"),
        ),
        None => (
            found.at.clone(),
            format!("`{name}` belum ada di bagian ini"),
            String::new(),
        ),
    };
    found
        .doc
        .diagnostic(
            if component {
                Code::ComponentMissing
            } else {
                Code::MissingKey
            },
            &at,
            Target::Key,
            format!("kunci wajib `{name}` tidak ada di {}", place(found.pointer)),
        )
        .label(label)
        .help(if component {
            format!("tambahkan `{name}:`{place_it}{about}; bila dokumen sumber sama sekali tidak menyebut komponen ini, tulis `tidak_tercantum: [{name}]`")
        } else {
            format!("tambahkan `{name}:`{about}")
        })
}

/// The nearest key before `name`, in the order a standard is written (its name, then the
/// six public components in the order of UU 25/2009), that the document writes.
fn written_before(doc: &Document, name: &str) -> Option<&'static str> {
    let order: Vec<&'static str> = std::iter::once("nama")
        .chain(Komponen::ALL.iter().take(6).map(|k| k.kunci()))
        .collect();
    let index = order.iter().position(|k| *k == name)?;
    order[..index]
        .iter()
        .rev()
        .find(|k| doc.json.get(**k).is_some())
        .copied()
}

/// A value outside its enumeration, with the closest choice.
fn unknown_value(found: &ErrorAt<'_>, options: &Value) -> Diagnostic {
    let choices: Vec<String> = options
        .as_array()
        .map(|a| a.iter().map(value_text).collect())
        .unwrap_or_default();
    let written = found.value();
    let help = match closest(&written, choices.iter().map(String::as_str)) {
        Some(suggestion) => format!(
            "maksud Anda `{suggestion}`? Pilihan: {}",
            list_code(&choices)
        ),
        None => format!("pilihan: {}", list_code(&choices)),
    };
    found
        .doc
        .diagnostic(
            Code::UnknownValue,
            &found.at,
            Target::Value,
            format!(
                "`{written}` bukan pilihan yang dikenal untuk {}",
                place(found.pointer)
            ),
        )
        .help(help)
}

/// Text that does not match its pattern (a duration, hours, a slug), with the schema's
/// examples.
fn wrong_format(found: &ErrorAt<'_>) -> Diagnostic {
    let owner = found.owner();
    let title = owner
        .and_then(|s| s.get("title"))
        .and_then(Value::as_str)
        .unwrap_or("yang diminta");
    let examples: Vec<String> = owner
        .and_then(|s| s.get("examples"))
        .and_then(Value::as_array)
        .map(|a| a.iter().map(value_text).collect())
        .unwrap_or_default();
    let description = owner
        .and_then(|s| s.get("description"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let help = if examples.is_empty() {
        description.to_string()
    } else {
        format!("contoh yang benar: {}. {description}", list_code(&examples))
    };
    let written = found.value();
    let written_out = crate::model::singkatan_waktu::tulis_lengkap(&written)
        .filter(|text| text.parse::<crate::model::durasi::Durasi>().is_ok());
    let help = match (
        title,
        written_out,
        crate::model::durasi::pisah_syarat(&written),
    ) {
        ("Durasi", Some(text), _) => format!(
            "tulis satuan waktunya lengkap, tanpa singkatan (warga di loket belum tentu tahu artinya): `{text}`"
        ),
        ("Durasi", None, Some((durasi, words, before))) => {
            where_the_words_go(found.pointer, &durasi.to_string(), &words, before)
        }
        _ => help,
    };
    found
        .doc
        .diagnostic(
            Code::WrongFormat,
            &found.at,
            Target::Value,
            format!(
                "`{}` tidak sesuai format {} di {}",
                found.value(),
                title.to_lowercase(),
                place(found.pointer)
            ),
        )
        .help(help)
}

/// Where the words written around a duration belong, by the place of the duration.
fn where_the_words_go(pointer: &str, durasi: &str, words: &str, before: bool) -> String {
    let key = pointer.rsplit('/').next().unwrap_or_default();
    let lower = words.to_lowercase();
    let start = "kata-kata di sekitar durasi punya kuncinya sendiri";
    if pointer == "/jangka_waktu/total" {
        if before && lower.contains("perpanjang") {
            return format!(
                "{start}: perpanjangan ditulis `perpanjangan: {durasi}` di bawah `jangka_waktu:`, dengan alasannya di `keterangan`"
            );
        }
        if lower.contains("langkah") {
            return format!(
                "{start}: tulis `total: {durasi}` dan nomor langkah yang dicakupnya di `untuk_langkah:` (misalnya `untuk_langkah: 1-4`)"
            );
        }
        return format!("{start}: tulis `total: {durasi}` dan `mulai: {words}`");
    }
    if pointer.ends_with("/tenggat_pemohon/waktu") {
        return format!("{start}: tulis `waktu: {durasi}` dan `mulai: {words}`");
    }
    format!("{start}: tulis `{key}: {durasi}`, dan \"{words}\" di `keterangan` di sebelahnya")
}

/// A number below its minimum or above its maximum (`bound` says which).
fn out_of_range(found: &ErrorAt<'_>, bound: &str, limit: &Value) -> Diagnostic {
    found
        .doc
        .diagnostic(
            Code::OutOfRange,
            &found.at,
            Target::Value,
            format!(
                "{} bernilai {}, {bound} {})",
                place(found.pointer),
                found.value(),
                value_text(limit)
            ),
        )
        .help(range_help(found.pointer))
}

/// For `anyOf`/`oneOf` failures, explains the alternative whose type fits the value; when no
/// alternative fits, says which forms are allowed.
fn explain_alternatives(
    branches: &[Vec<ValidationError<'static>>],
    error: &ValidationError<'_>,
    doc: &Document,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    let pointer = error.instance_path().as_str();
    let is_type_miss = |e: &ValidationError<'_>| {
        e.instance_path().as_str() == pointer
            && matches!(e.kind(), ValidationErrorKind::Type { .. })
    };
    let fitting = branches
        .iter()
        .filter(|branch| !branch.iter().any(is_type_miss))
        .min_by_key(|branch| branch.len());
    if let Some(branch) = fitting {
        for inner in branch {
            explain(inner, doc, schema, out);
        }
        return;
    }
    let mut expected: Vec<&'static str> = Vec::new();
    for branch in branches {
        for inner in branch.iter().filter(|e| is_type_miss(e)) {
            if let ValidationErrorKind::Type { kind } = inner.kind() {
                for name in expected_types(kind) {
                    if !expected.contains(&name) {
                        expected.push(name);
                    }
                }
            }
        }
    }
    out.push(type_error(
        doc,
        schema,
        error.schema_path().as_str(),
        pointer,
        &expected,
        error.instance(),
    ));
}

fn type_error(
    doc: &Document,
    schema: &Value,
    schema_path: &str,
    pointer: &str,
    expected: &[&'static str],
    instance: &Value,
) -> Diagnostic {
    let expected_text = join_or(expected);
    let located = doc.root.locate(pointer);
    let raw = match &located.node.value {
        NodeValue::Scalar(scalar) if located.exact => Some(scalar.text.as_str()),
        _ => None,
    };
    let wants_text = expected.contains(&TEXT);
    let (code, message, help) = match (instance, raw) {
        (Value::Null, _) => (
            Code::WrongType,
            format!(
                "{} masih kosong; harus berupa {expected_text}",
                place(pointer)
            ),
            match super::walk::removable(schema, pointer) {
                super::walk::Removable::No => "isi nilainya; kunci ini wajib ada".to_string(),
                super::walk::Removable::Item => "isi nilainya, atau hapus butir ini".to_string(),
                super::walk::Removable::Key => {
                    "isi nilainya, atau hapus kuncinya bila tidak dipakai".to_string()
                }
            },
        ),
        (Value::Number(_) | Value::Bool(_), Some(raw)) if wants_text => (
            Code::WrongType,
            format!(
                "{} harus berupa teks, tetapi YAML membaca `{raw}` sebagai {}",
                place(pointer),
                type_name(instance)
            ),
            format!("apit dengan tanda kutip agar tertulis persis: \"{raw}\""),
        ),
        _ => {
            let owner = schema_parent(schema, schema_path);
            let about = owner.map(|s| describe(schema, s)).unwrap_or_default();
            let hint = shape_hint(schema, pointer, expected, instance, raw);
            // The description first: the hint may end in a multi-line example.
            let about = match about.is_empty() || about.ends_with('.') {
                true => about,
                false => format!("{about}."),
            };
            let hint = match about.is_empty() {
                true => hint,
                false => capitalised(&hint),
            };
            let help = [about, hint]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            (
                Code::WrongType,
                format!(
                    "{} harus berupa {expected_text}, bukan {}",
                    place(pointer),
                    type_name(instance)
                ),
                help,
            )
        }
    };
    let diagnostic = doc.diagnostic(code, &NodePath::found(pointer), Target::Value, message);
    if help.is_empty() {
        diagnostic
    } else {
        diagnostic.help(help)
    }
}

/// What to write instead, for a value of the wrong type: the list, mapping or single value
/// the place takes, with the officer's own text in it where it fits.
fn shape_hint(
    schema: &Value,
    pointer: &str,
    expected: &[&'static str],
    instance: &Value,
    raw: Option<&str>,
) -> String {
    let wants_text = expected.contains(&TEXT);
    match (instance, expected.first()) {
        (Value::String(text), Some(&LIST)) => {
            format!("tulis sebagai daftar, setiap butir diawali `- `, misalnya:\n  - {text}")
        }
        (_, Some(&MAPPING)) => {
            match super::example::mapping(schema, pointer, raw.filter(|r| !r.is_empty())) {
                Some(example) => format!(
                    "tulis sebagai pemetaan, setiap kunci di barisnya sendiri, menjorok dua spasi, misalnya:\n{example}"
                ),
                None => String::new(),
            }
        }
        (Value::Array(items), _) if wants_text => {
            let key = pointer.rsplit('/').next().unwrap_or_default();
            match super::example::patterned_text(schema, pointer) {
                // A text with a pattern (a duration): one value, never a block of text.
                Some(example) => {
                    let text = items
                        .first()
                        .and_then(Value::as_str)
                        .filter(|f| f.parse::<crate::model::durasi::Durasi>().is_ok())
                        .unwrap_or(&example);
                    format!("bagian ini satu nilai, bukan daftar: `{key}: {text}`")
                }
                None => {
                    let lines: String = items
                        .iter()
                        .map(|item| format!("\n    - {}", value_text(item)))
                        .collect();
                    format!(
                        "bagian ini satu teks, bukan daftar; untuk daftar di dalam teks, tulis `|` sesudah kuncinya dan awali setiap baris dengan `- `, misalnya:\n  {key}: |{lines}"
                    )
                }
            }
        }
        (Value::Number(number), Some(&INTEGER)) => format!(
            "tulis bilangan bulat tanpa titik atau koma, misalnya `{}`",
            number.as_f64().map_or(0.0, f64::trunc)
        ),
        _ => String::new(),
    }
}

const TEXT: &str = "teks";
const LIST: &str = "daftar";
const MAPPING: &str = "pemetaan (kunci: nilai)";
const INTEGER: &str = "bilangan bulat";

fn expected_types(kind: &TypeKind) -> Vec<&'static str> {
    let types: Vec<JsonType> = match kind {
        TypeKind::Single(t) => vec![*t],
        TypeKind::Multiple(set) => set.iter().collect(),
    };
    types
        .into_iter()
        .filter(|t| *t != JsonType::Null)
        .map(|t| match t {
            JsonType::String => TEXT,
            JsonType::Integer => INTEGER,
            JsonType::Number => "angka",
            JsonType::Boolean => "`true` atau `false`",
            JsonType::Array => LIST,
            JsonType::Object => MAPPING,
            JsonType::Null => "kosong",
        })
        .collect()
}

fn type_name(value: &Value) -> String {
    match value {
        Value::Null => "kosong".to_string(),
        Value::Bool(b) => format!("nilai benar/salah ({b})"),
        Value::Number(n) if n.is_i64() || n.is_u64() => format!("bilangan bulat {n}"),
        Value::Number(n) => format!("angka {n}"),
        Value::String(_) => TEXT.to_string(),
        Value::Array(_) => LIST.to_string(),
        Value::Object(_) => "pemetaan (kunci: nilai)".to_string(),
    }
}

/// What to check when a number is out of range.
fn range_help(pointer: &str) -> String {
    if pointer.ends_with("/rupiah") {
        "tulis besar tarif dalam Rupiah sebagai bilangan bulat, misalnya `1500000`".to_string()
    } else {
        "periksa kembali angkanya".to_string()
    }
}

/// The schema object that holds the failing keyword: the path without its last segment.
fn schema_parent<'a>(schema: &'a Value, schema_path: &str) -> Option<&'a Value> {
    let parent = schema_path.rsplit_once('/').map_or("", |(head, _)| head);
    schema.pointer(parent)
}

/// "Title: description" of a schema object, following a `$ref` when it has none itself.
fn describe(root: &Value, schema: &Value) -> String {
    let own = |s: &Value| {
        let title = s.get("title").and_then(Value::as_str);
        let description = s.get("description").and_then(Value::as_str);
        match (title, description) {
            (Some(t), Some(d)) => Some(format!("{t}: {d}")),
            (Some(t), None) => Some(t.to_string()),
            (None, Some(d)) => Some(d.to_string()),
            (None, None) => None,
        }
    };
    if let Some(text) = own(schema) {
        return text;
    }
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p))
        .and_then(own)
        .unwrap_or_default()
}
