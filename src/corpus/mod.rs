//! Runs the stages over a whole corpus: every unit file and standard, with inheritance.
//!
//! The caller (the CLI) reads the files; this module only sees their paths and bytes.

pub mod identity;
mod inherit;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::check::{self, UnitFile};
use crate::diagnostic::{Code, Diagnostic, Severity, sort_and_dedup};
use crate::model::{Situs, Standar, Unit, VERSI_FORMAT};
use crate::parse::{self, Document, Limits, Target};
use crate::schema::FileKind;
use crate::source::SourceFile;
use crate::validate;
pub use identity::{PathKind, SITE_FILE, StandardId, UNIT_FILE};

/// A file handed over by the caller.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Path shown in diagnostics (as the user named it).
    pub path: String,
    /// Path relative to the corpus root, `/`-separated; decides the file's identity.
    pub relative: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// A standard that passed every check, with its unit's shared keys filled in.
#[derive(Debug, Clone)]
pub struct CompiledStandard {
    /// Where it is published.
    pub id: StandardId,
    /// Its source file.
    pub file: Arc<SourceFile>,
    /// The standard with inherited keys resolved.
    pub standar: Standar,
}

/// A unit folder and, if it has a valid one, its unit file.
#[derive(Debug, Clone)]
pub struct CompiledUnit {
    /// Folder path relative to the corpus root.
    pub path: String,
    /// The unit file, when present and valid.
    pub unit: Option<Unit>,
}

/// The site configuration and the file it came from (for resolving relative paths).
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// The configuration.
    pub situs: Situs,
    /// The file it was read from.
    pub file: Arc<SourceFile>,
}

/// The result of compiling a corpus.
#[derive(Debug, Default)]
pub struct Compilation {
    /// Standards without errors, sorted by identity.
    pub standards: Vec<CompiledStandard>,
    /// Every unit folder that holds a standard or a unit file, sorted by path.
    pub units: Vec<CompiledUnit>,
    /// The site configuration, when the corpus has a valid `_situs.yaml`.
    pub situs: Option<SiteConfig>,
    /// Every problem found, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
}

impl Compilation {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Compiles every file: parse, validate, build the model, check, and resolve inheritance.
pub fn compile(inputs: Vec<InputFile>, limits: &Limits) -> Compilation {
    let mut result = Compilation {
        files: inputs.len(),
        ..Compilation::default()
    };
    let mut site_input = None;
    let mut unit_inputs = Vec::new();
    let mut standard_inputs = Vec::new();
    let mut seen: HashMap<PathKind, String> = HashMap::new();
    for input in inputs {
        match identity::classify(&input.relative) {
            Ok(kind) => {
                if let Some(first) = seen.get(&kind) {
                    let file = SourceFile::new(&input.path, "");
                    result.diagnostics.push(
                        Diagnostic::new(
                            Code::FileName,
                            &file,
                            format!("`{}` dan `{first}` terbit di alamat yang sama", input.path),
                        )
                        .help("ganti nama salah satu berkas"),
                    );
                    continue;
                }
                seen.insert(kind.clone(), input.path.clone());
                match kind {
                    PathKind::Unit(folder) => unit_inputs.push((folder, input)),
                    PathKind::Standard(id) => standard_inputs.push((id, input)),
                    PathKind::Site => site_input = Some(input),
                }
            }
            Err(problem) => {
                let file = SourceFile::new(&input.path, "");
                result.diagnostics.push(
                    Diagnostic::new(Code::FileName, &file, problem.message).help(problem.help),
                );
            }
        }
    }

    if let Some(input) = site_input {
        let mut file_ref = None;
        let (situs, diagnostics) = load::<Situs>(FileKind::Situs, input, limits, |doc, situs| {
            file_ref = Some(Arc::clone(&doc.file));
            check::site(doc, situs)
        });
        result.diagnostics.extend(diagnostics);
        if let (Some(situs), Some(file)) = (situs, file_ref) {
            result.situs = Some(SiteConfig { situs, file });
        }
    }

    let mut units: BTreeMap<String, Option<Unit>> = BTreeMap::new();
    for (folder, input) in unit_inputs {
        let (unit, diagnostics) = load::<Unit>(FileKind::Unit, input, limits, |doc, unit| {
            check::unit(doc, unit)
        });
        result.diagnostics.extend(diagnostics);
        units.insert(folder, unit);
    }

    for (id, input) in standard_inputs {
        let unit_file = match units.get(&id.unit) {
            Some(Some(unit)) => UnitFile::Valid(unit),
            Some(None) => UnitFile::Broken,
            None => UnitFile::Missing,
        };
        let mut file_ref = None;
        let (standar, diagnostics) =
            load::<Standar>(FileKind::Standar, input, limits, |doc, standar| {
                file_ref = Some(Arc::clone(&doc.file));
                check::standard(doc, standar, unit_file)
            });
        let has_error = diagnostics.iter().any(|d| d.severity() == Severity::Error);
        result.diagnostics.extend(diagnostics);
        if let (Some(standar), Some(file), false) = (standar, file_ref, has_error) {
            let unit = match unit_file {
                UnitFile::Valid(unit) => Some(unit),
                _ => None,
            };
            result.standards.push(CompiledStandard {
                id: id.clone(),
                file,
                standar: inherit::inherit(standar, unit),
            });
        }
        units.entry(id.unit).or_insert(None);
    }

    result.standards.sort_by(|a, b| a.id.cmp(&b.id));
    result.units = units
        .into_iter()
        .map(|(path, unit)| CompiledUnit { path, unit })
        .collect();
    sort_and_dedup(&mut result.diagnostics);
    result
}

/// Runs decode → parse → version → schema → model → checks for one file.
fn load<T: DeserializeOwned>(
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
        return (None, diagnostics);
    };
    if let Some(problem) = version_problem(&document) {
        diagnostics.push(problem);
        return (None, diagnostics);
    }
    diagnostics.extend(validate::validator(kind).validate(&document));
    if diagnostics.iter().any(|d| d.severity() == Severity::Error) {
        return (None, diagnostics);
    }
    let value = typed::<T>(&document, &mut diagnostics);
    if let Some(value) = &value {
        diagnostics.extend(checks(&document, value));
    }
    (value, diagnostics)
}

fn version_problem(document: &Document) -> Option<Diagnostic> {
    let version = document.json.get("versi_format")?;
    match version.as_u64() {
        Some(v) if v == u64::from(VERSI_FORMAT) => None,
        Some(v) => Some(
            document
                .diagnostic(
                    Code::FormatVersion,
                    "/versi_format",
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
    {
        let pointer: String = error
            .path()
            .iter()
            .map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => format!("/{index}"),
                serde_path_to_error::Segment::Map { key } => {
                    format!("/{}", crate::parse::node::escape_pointer_segment(key))
                }
                _ => String::new(),
            })
            .collect();
        let diagnostic = document.diagnostic(
            Code::WrongShape,
            &pointer,
            Target::Value,
            format!(
                "nilai di {} tidak valid: {}",
                crate::diagnostic::place(&pointer),
                error.inner()
            ),
        );
        diagnostics.push(diagnostic);
    }
    None
}
