//! Runs the stages over a whole corpus: every unit file and standard, with inheritance.
//!
//! The caller (the CLI) reads the files; this module only sees their paths and bytes.

pub mod aset;
mod files;
pub mod identity;
mod inherit;
pub mod jawaban;
mod load;
mod rujukan;
pub mod survei;
mod terjadwal;
mod versi;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::check::{self, UnitFile};
use crate::diagnostic::{Code, Diagnostic, Severity, sort_and_dedup};
use crate::model::pencabutan::TabelPencabutan;
use crate::model::{Situs, Standar, Unit};
use crate::parse::Limits;
use crate::schema::FileKind;
use crate::source::SourceFile;
pub use files::{Discovered, Files, MemoryFiles, Stamp, too_large};
pub use identity::{PathKind, SITE_FILE, StandardId, UNIT_FILE};
use load::load;

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
    /// The results of its satisfaction surveys, oldest period first.
    pub survei: Vec<survei::HasilSurvei>,
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

impl SiteConfig {
    /// The table of revoked regulations a corpus is checked with: the shipped one, with the
    /// site's `peraturan_dicabut` over it.
    pub fn pencabutan(config: Option<&SiteConfig>) -> TabelPencabutan {
        TabelPencabutan::dengan(
            config
                .and_then(|c| c.situs.peraturan_dicabut.as_deref())
                .unwrap_or_default(),
        )
    }
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

/// A file found in the corpus, not yet read: `payload` is whatever the caller needs to read it
/// later (its bytes, or a path on disk).
#[derive(Debug, Clone)]
pub struct Entry<T> {
    /// Path shown in diagnostics.
    pub path: String,
    /// Path relative to the corpus root, `/`-separated.
    pub relative: String,
    /// How the caller gets the bytes.
    pub payload: T,
}

/// The files of one unit folder.
#[derive(Debug, Clone)]
pub struct UnitFiles<T> {
    /// Folder path relative to the corpus root.
    pub folder: String,
    /// The folder's `_unit.yaml`, if any.
    pub unit_file: Option<Entry<T>>,
    /// The standards of the folder, sorted by slug.
    pub standards: Vec<(StandardId, Entry<T>)>,
    /// The files of survey answers (`.csv`) in the folder, sorted by name.
    pub answers: Vec<Entry<T>>,
}

impl<T> UnitFiles<T> {
    /// Every file of the folder in the order they are read: the unit file, the answers, the
    /// standards.
    pub fn entries(&self) -> impl Iterator<Item = &Entry<T>> {
        self.unit_file
            .iter()
            .chain(&self.answers)
            .chain(self.standards.iter().map(|(_, e)| e))
    }
}

/// A corpus sorted into its site configuration and unit folders, before any file is read.
#[derive(Debug)]
pub struct Layout<T> {
    /// `_situs.yaml`, if any.
    pub site: Option<Entry<T>>,
    /// Unit folders, sorted by path.
    pub units: Vec<UnitFiles<T>>,
    /// Files whose names cannot be published, and names that collide.
    pub problems: Vec<Diagnostic>,
}

impl<T> Layout<T> {
    /// How many files the layout names.
    pub fn files(&self) -> usize {
        usize::from(self.site.is_some())
            + self
                .units
                .iter()
                .map(|u| u.entries().count())
                .sum::<usize>()
    }
}

/// Sorts files into units by their paths; reports names that cannot be published or collide.
pub fn layout<T>(entries: Vec<Entry<T>>) -> Layout<T> {
    let mut layout = Layout {
        site: None,
        units: Vec::new(),
        problems: Vec::new(),
    };
    let mut units: BTreeMap<String, UnitFiles<T>> = BTreeMap::new();
    let mut seen: HashMap<PathKind, String> = HashMap::new();
    let mut answers: BTreeMap<String, Vec<Entry<T>>> = BTreeMap::new();
    for entry in entries {
        let kind = match identity::classify(&entry.relative) {
            Ok(kind) => kind,
            Err(problem) => {
                let file = SourceFile::new(&entry.path, "");
                layout.problems.push(
                    Diagnostic::new(Code::FileName, &file, problem.message).help(problem.help),
                );
                continue;
            }
        };
        if let Some(first) = seen.get(&kind) {
            let file = SourceFile::new(&entry.path, "");
            layout.problems.push(
                Diagnostic::new(
                    Code::FileName,
                    &file,
                    format!("`{}` dan `{first}` terbit di alamat yang sama", entry.path),
                )
                .help("ganti nama salah satu berkas"),
            );
            continue;
        }
        seen.insert(kind.clone(), entry.path.clone());
        let unit = |units: &mut BTreeMap<String, UnitFiles<T>>, folder: &str| {
            units
                .entry(folder.to_string())
                .or_insert_with(|| UnitFiles {
                    folder: folder.to_string(),
                    unit_file: None,
                    standards: Vec::new(),
                    answers: Vec::new(),
                });
        };
        match kind {
            PathKind::Site => layout.site = Some(entry),
            PathKind::Unit(folder) => {
                unit(&mut units, &folder);
                if let Some(u) = units.get_mut(&folder) {
                    u.unit_file = Some(entry);
                }
            }
            PathKind::Standard(id) => {
                unit(&mut units, &id.unit);
                if let Some(u) = units.get_mut(&id.unit) {
                    u.standards.push((id, entry));
                }
            }
            PathKind::Answers(folder, _) => answers.entry(folder).or_default().push(entry),
        }
    }
    // A CSV file belongs to the corpus only beside a unit's files; elsewhere it is not ours.
    for (folder, files) in answers {
        if let Some(u) = units.get_mut(&folder) {
            u.answers = files;
        }
    }
    layout.units = units.into_values().collect();
    for unit in &mut layout.units {
        unit.standards.sort_by(|a, b| a.0.cmp(&b.0));
    }
    layout
}

/// Compiles the site configuration.
pub fn compile_site(input: InputFile, limits: &Limits) -> (Option<SiteConfig>, Vec<Diagnostic>) {
    let mut file_ref = None;
    let (situs, diagnostics) = load::<Situs>(FileKind::Situs, input, limits, |doc, situs| {
        file_ref = Some(Arc::clone(&doc.file));
        check::site(doc, situs)
    });
    match (situs, file_ref) {
        (Some(situs), Some(file)) => (Some(SiteConfig { situs, file }), diagnostics),
        _ => (None, diagnostics),
    }
}

/// One unit folder, compiled.
#[derive(Debug)]
pub struct UnitCompilation {
    /// The unit and its unit file.
    pub unit: CompiledUnit,
    /// Its standards that passed every check, sorted by slug.
    pub standards: Vec<CompiledStandard>,
    /// Every problem of the folder's files, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

impl UnitCompilation {
    /// How many standard files passed: a scheduled change is a version of its file, not a
    /// file of its own.
    pub fn standard_files(&self) -> usize {
        let mut paths: Vec<&str> = self
            .standards
            .iter()
            .map(|c| c.file.path.as_str())
            .collect();
        paths.sort_unstable();
        paths.dedup();
        paths.len()
    }
}

/// Compiles one unit folder: its unit file first, then each standard with inheritance.
pub fn compile_unit(
    folder: &str,
    unit_file: Option<InputFile>,
    answers: Vec<InputFile>,
    standards: Vec<(StandardId, InputFile)>,
    limits: &Limits,
    pencabutan: &TabelPencabutan,
) -> UnitCompilation {
    let mut diagnostics = Vec::new();
    let has_unit_file = unit_file.is_some();
    let mut unit_source = None;
    let unit = unit_file.and_then(|input| {
        let (unit, problems) = load::<Unit>(FileKind::Unit, input, limits, |doc, unit| {
            unit_source = Some(Arc::clone(&doc.file));
            check::unit(doc, unit)
        });
        diagnostics.extend(problems);
        unit
    });
    let slugs: Vec<String> = standards.iter().map(|(id, _)| id.slug.clone()).collect();
    let unit_state = match (&unit, has_unit_file) {
        (Some(unit), _) => UnitFile::Valid(unit),
        (None, true) => UnitFile::Broken,
        (None, false) => UnitFile::Missing,
    };
    let mut compiled = Vec::with_capacity(standards.len());
    for (id, input) in standards {
        let mut file_ref = None;
        let (standar, problems) =
            load::<Standar>(FileKind::Standar, input, limits, |doc, standar| {
                file_ref = Some(Arc::clone(&doc.file));
                check::standard(doc, standar, unit_state)
            });
        let has_error = problems.iter().any(|d| d.severity() == Severity::Error);
        diagnostics.extend(problems);
        if let (Some(standar), Some(file), false) = (standar, file_ref, has_error) {
            compiled.push(CompiledStandard {
                id,
                file,
                standar: inherit::inherit(standar, unit.as_ref()),
            });
        }
    }
    versi::check(&mut compiled, limits, &mut diagnostics);
    rujukan::check(&compiled, pencabutan, limits, &mut diagnostics);
    terjadwal::expand(&mut compiled, limits, &mut diagnostics);
    let survei = match (&unit, &unit_source) {
        (Some(u), Some(source)) => {
            let slugs: Vec<&str> = slugs.iter().map(String::as_str).collect();
            let periods = u.survei_kepuasan.as_deref().unwrap_or_default();
            survei::results(periods, source, answers, &slugs, limits, &mut diagnostics)
        }
        // A broken unit file says its own problems; its answers wait for it.
        _ => Vec::new(),
    };
    // A diagnostic about a whole file does not need the file's text; dropping it keeps memory
    // bounded when many files have such diagnostics.
    for diagnostic in &mut diagnostics {
        if diagnostic.span.is_none() && !diagnostic.file.text.is_empty() {
            diagnostic.file = SourceFile::new(diagnostic.file.path.clone(), "");
        }
    }
    sort_and_dedup(&mut diagnostics);
    UnitCompilation {
        unit: CompiledUnit {
            path: folder.to_string(),
            unit,
            survei,
        },
        standards: compiled,
        diagnostics,
    }
}
