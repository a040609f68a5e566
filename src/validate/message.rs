//! Turns jsonschema errors into Indonesian diagnostics with a location and a fix.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

use super::suggest::closest;
use crate::diagnostic::{Code, Diagnostic, place};
use crate::parse::node::NodeValue;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Appends the diagnostics that explain one validation error.
pub fn explain(
    error: &ValidationError<'_>,
    doc: &Document,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    let pointer = error.instance_path().as_str();
    let at = NodePath::found(pointer);
    let schema_path = error.schema_path().as_str();
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let owner = schema_parent(schema, schema_path);
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
                    doc.diagnostic(
                        Code::UnknownKey,
                        &at.found_key(key),
                        Target::Key,
                        format!("kunci `{key}` tidak dikenal di {}", place(pointer)),
                    )
                    .label("kunci tidak dikenal")
                    .help(help),
                );
            }
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let owner = schema_parent(schema, schema_path);
            let property_schema = owner
                .and_then(|s| s.get("properties"))
                .and_then(|p| p.get(name));
            let about = property_schema
                .map(|s| describe(schema, s))
                .filter(|d| !d.is_empty())
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            out.push(
                doc.diagnostic(
                    Code::MissingKey,
                    &at,
                    Target::Key,
                    format!("kunci wajib `{name}` tidak ada di {}", place(pointer)),
                )
                .label(format!("`{name}` belum ada di bagian ini"))
                .help(format!("tambahkan `{name}:`{about}")),
            );
        }
        ValidationErrorKind::Type { kind } => {
            let expected = expected_types(kind);
            out.push(type_error(
                doc,
                schema,
                schema_path,
                pointer,
                &expected,
                error.instance(),
            ));
        }
        ValidationErrorKind::Enum { options } => {
            let choices: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(value_text).collect())
                .unwrap_or_default();
            let written = value_text(error.instance());
            let help = match closest(&written, choices.iter().map(String::as_str)) {
                Some(suggestion) => format!(
                    "maksud Anda `{suggestion}`? Pilihan: {}",
                    list_code(&choices)
                ),
                None => format!("pilihan: {}", list_code(&choices)),
            };
            out.push(
                doc.diagnostic(
                    Code::UnknownValue,
                    &at,
                    Target::Value,
                    format!(
                        "`{written}` bukan pilihan yang dikenal untuk {}",
                        place(pointer)
                    ),
                )
                .help(help),
            );
        }
        ValidationErrorKind::Constant { expected_value } => {
            out.push(doc.diagnostic(
                Code::UnknownValue,
                &at,
                Target::Value,
                format!(
                    "{} harus bernilai `{}`",
                    place(pointer),
                    value_text(expected_value)
                ),
            ));
        }
        ValidationErrorKind::Pattern { .. } => {
            let owner = schema_parent(schema, schema_path);
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
            out.push(
                doc.diagnostic(
                    Code::WrongFormat,
                    &at,
                    Target::Value,
                    format!(
                        "`{}` tidak sesuai format {} di {}",
                        value_text(error.instance()),
                        title.to_lowercase(),
                        place(pointer)
                    ),
                )
                .help(help),
            );
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => {
            out.push(
                doc.diagnostic(
                    Code::OutOfRange,
                    &at,
                    Target::Value,
                    format!(
                        "{} bernilai {}, terlalu kecil (paling kecil {})",
                        place(pointer),
                        value_text(error.instance()),
                        value_text(limit)
                    ),
                )
                .help(range_help(pointer)),
            );
        }
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => {
            out.push(
                doc.diagnostic(
                    Code::OutOfRange,
                    &at,
                    Target::Value,
                    format!(
                        "{} bernilai {}, terlalu besar (paling besar {})",
                        place(pointer),
                        value_text(error.instance()),
                        value_text(limit)
                    ),
                )
                .help(range_help(pointer)),
            );
        }
        ValidationErrorKind::MinItems { limit } => {
            out.push(doc.diagnostic(
                Code::OutOfRange,
                &at,
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
                &at,
                Target::Value,
                format!("nilai di {} tidak valid ({error})", place(pointer)),
            ));
        }
    }
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
            "isi nilainya, atau hapus kuncinya bila tidak wajib".to_string(),
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
            let hint = match (instance, expected.first()) {
                (Value::String(text), Some(&LIST)) => format!(
                    "tulis sebagai daftar, setiap butir diawali `- `, misalnya:\n  - {text}"
                ),
                (Value::Number(number), Some(&INTEGER)) => format!(
                    "tulis bilangan bulat tanpa titik atau koma, misalnya `{}`",
                    number.as_f64().map_or(0.0, f64::trunc)
                ),
                _ => String::new(),
            };
            let help = [hint, about]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(". ");
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

const TEXT: &str = "teks";
const LIST: &str = "daftar";
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
            JsonType::Object => "pemetaan (kunci: nilai)",
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

fn join_or(items: &[&str]) -> String {
    match items {
        [] => "nilai lain".to_string(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} atau {last}", init.join(", ")),
    }
}

fn list_code<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

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
