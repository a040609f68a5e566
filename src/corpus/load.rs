//! One file through the stages: decode → parse → version → schema → model → checks. Where
//! schema errors leave the model whole once the unknown keys are set aside, the checks of
//! the content still run, so that an officer sees every problem at once; where they do not,
//! the file says that more checks follow once its errors are fixed.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::model::{VERSI_FORMAT, keys};
use crate::parse::path::NodePath;
use crate::parse::{self, Document, Limits, Target};
use crate::schema::FileKind;
use std::sync::Arc;

use crate::source::SourceFile;
use crate::validate;

use super::InputFile;

/// Runs decode → parse → version → schema → model → checks for one file: its model when
/// it has no error, and every problem found.
pub(super) fn load<T: DeserializeOwned>(
    kind: FileKind,
    input: InputFile,
    limits: &Limits,
    checks: impl FnOnce(&Document, &T) -> Vec<Diagnostic>,
) -> (Option<T>, Vec<Diagnostic>) {
    let (file, decode_problem) = parse::decode(&input.path, input.bytes);
    if let Some(problem) = decode_problem {
        return (None, vec![problem]);
    }
    let (document, mut diagnostics) = parse::parse(&file, limits);
    let Some(document) = document else {
        // A file that could not be read as YAML at all (not one that is empty).
        if !diagnostics.iter().any(|d| d.code == Code::FileEmpty) {
            diagnostics.push(checks_follow(&file));
        }
        return (None, diagnostics);
    };
    if let Some(problem) = version_problem(&document) {
        diagnostics.push(problem);
        return (None, diagnostics);
    }
    diagnostics.extend(validate::validator(kind).validate(&document));
    let value = if has_error(&diagnostics) {
        None
    } else {
        typed::<T>(&document, &mut diagnostics)
    };
    // The content is checked on the model, or on the model without the misspelt keys when
    // those are the only errors of form; otherwise the note says the checks wait.
    let content = match &value {
        Some(value) => Some(checks(&document, value)),
        None => without_unknown_keys(&document, &diagnostics)
            .and_then(|json| serde_path_to_error::deserialize::<_, T>(&json).ok())
            .map(|pruned| checks(&document, &pruned)),
    };
    match content {
        Some(found) => diagnostics.extend(found),
        None => diagnostics.push(checks_follow(&document.file)),
    }
    (value, diagnostics)
}

fn has_error(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}

/// The document's data without the keys the schema does not know, when those are its only
/// errors: the rest means what it says, so the checks of the content can run on it.
fn without_unknown_keys(document: &Document, diagnostics: &[Diagnostic]) -> Option<Value> {
    let mut json = document.json.clone();
    for diagnostic in diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
    {
        let pointer = diagnostic.node.as_ref().map(|node| &*node.pointer);
        let (Code::UnknownKey, Some(pointer)) = (diagnostic.code, pointer) else {
            return None;
        };
        let (owner, key) = pointer.rsplit_once('/')?;
        let key = key.replace("~1", "/").replace("~0", "~");
        json.pointer_mut(owner)?.as_object_mut()?.remove(&key)?;
    }
    Some(json)
}

/// The note that the checks of the content wait until the file's form is right.
fn checks_follow(file: &Arc<SourceFile>) -> Diagnostic {
    Diagnostic::new(
        Code::ChecksFollow,
        file,
        "pemeriksaan isi berkas ini (pelaksana langkah, waktu langkah dibanding jangka waktu, biaya, kontak, tanggal, …) belum dijalankan karena berkas ini masih punya galat bentuk",
    )
    .help("perbaiki galat bentuknya lalu periksa lagi; masalah isi, bila ada, baru tampil sesudahnya")
}

fn version_problem(document: &Document) -> Option<Diagnostic> {
    let version = document.json.get("versi_format")?;
    match version.as_u64() {
        Some(v) if v == u64::from(VERSI_FORMAT) => None,
        Some(v) => Some(
            document
                .diagnostic(
                    Code::FormatVersion,
                    &NodePath::root().key(keys::VERSI_FORMAT),
                    Target::Value,
                    format!("versi format {v} tidak dikenal oleh standar {}", env!("CARGO_PKG_VERSION")),
                )
                .help(format!("versi yang didukung: {VERSI_FORMAT}; perbarui `standar` atau tulis `versi_format: {VERSI_FORMAT}`")),
        ),
        // Not an integer: the schema reports the type.
        None => None,
    }
}

/// Builds the typed model. The schema was generated from these types, so after validation this
/// only fails on values the schema cannot express; the error still names the place.
fn typed<T: DeserializeOwned>(document: &Document, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    let value: &Value = &document.json;
    let error = match serde_path_to_error::deserialize(value) {
        Ok(typed) => return Some(typed),
        Err(error) => error,
    };
    let mut at = NodePath::root();
    for segment in error.path().iter() {
        at = match segment {
            serde_path_to_error::Segment::Seq { index } => at.index(*index),
            serde_path_to_error::Segment::Map { key } => at.found_key(key),
            _ => at,
        };
    }
    // The schema accepts `1e3` and `1000.0` as integers (JSON Schema counts 1000.0 as one);
    // the model then refuses the fraction. Anything else here means the schema and the model
    // disagree, which the schema drift test guards against.
    let is_fraction = value
        .pointer(at.pointer())
        .is_some_and(|v| v.as_f64().is_some() && !v.is_i64() && !v.is_u64());
    let place = crate::diagnostic::place(at.pointer());
    let diagnostic = if is_fraction {
        document
            .diagnostic(
                Code::WrongType,
                &at,
                Target::Value,
                format!("{place} harus bilangan bulat yang ditulis utuh"),
            )
            .help("tulis angkanya tanpa koma, titik atau huruf `e`, misalnya `1000`")
    } else {
        document
            .diagnostic(
                Code::WrongShape,
                &at,
                Target::Value,
                format!("nilai di {place} tidak sesuai bentuk yang diharapkan"),
            )
            .help("bandingkan dengan kerangka dari `standar new` atau dengan skema di `schema/`")
    };
    diagnostics.push(diagnostic);
    None
}
