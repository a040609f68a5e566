//! The one pipeline every command runs: find the corpus's files ([`Files`]), then per unit
//! folder, in parallel, read → parse → validate → model → check (and, for a build, render),
//! so that memory stays bounded by the largest unit, not by the corpus. `standar check`,
//! `build`, `audit` and `serve`, the tests and the fuzzing harness all go through here.

pub mod build;
pub mod perubahan;
pub mod preview;
pub mod record;
pub mod situs;

use crate::corpus::{
    self, Compilation, Entry, Files, InputFile, MemoryFiles, SiteConfig, UnitCompilation, UnitFiles,
};
use crate::diagnostic::{Diagnostic, Severity, sort_and_dedup};
use crate::model::pencabutan::TabelPencabutan;
use crate::parse::Limits;

/// Told how far a run is (a progress bar on a terminal).
pub trait Progress: Sync {
    /// How many files were found, before any is read.
    fn found(&self, _files: u64) {}
    /// A unit with this many files is done.
    fn done(&self, _files: u64) {}
}

/// No progress report.
pub struct Silent;

impl Progress for Silent {}

/// What a run over every unit found.
#[derive(Debug)]
pub struct Run<R> {
    /// Every problem, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Files found.
    pub files: usize,
    /// Bytes read.
    pub bytes: u64,
    /// Standards without errors.
    pub standards: usize,
    /// What `each` returned, per unit, in unit order.
    pub results: Vec<R>,
}

impl<R> Run<R> {
    /// Whether any error was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error)
    }
}

/// A corpus found and sorted, with its site configuration compiled: what every run starts
/// from.
pub struct Settled<H> {
    /// The unit folders, not yet read.
    pub units: Vec<UnitFiles<H>>,
    /// The site configuration, when there is a usable one.
    pub situs: Option<SiteConfig>,
    /// Problems found so far: discovery, layout, site file.
    pub diagnostics: Vec<Diagnostic>,
    /// Files found.
    pub files: usize,
    /// Bytes read so far (the site file).
    pub bytes: u64,
}

/// Finds the corpus's files, sorts them into unit folders and compiles the site file.
pub fn settle<F: Files>(files: &F, limits: &Limits, progress: &dyn Progress) -> Settled<F::Handle> {
    let discovered = files.discover();
    let layout = corpus::layout(discovered.entries);
    let file_count = layout.files();
    progress.found(file_count as u64);
    let mut diagnostics = discovered.problems;
    diagnostics.extend(layout.problems);
    let mut bytes = 0;
    let mut situs = None;
    if let Some(site) = layout.site {
        match read(files, site, limits) {
            Ok(input) => {
                bytes += input.bytes.len() as u64;
                let (config, problems) = corpus::compile_site(input, limits);
                situs = config;
                diagnostics.extend(problems);
            }
            Err(problem) => diagnostics.push(problem),
        }
    }
    Settled {
        units: layout.units,
        situs,
        diagnostics,
        files: file_count,
        bytes,
    }
}

/// Finds and compiles the corpus. `prepare` runs once the site configuration is known, before
/// any unit; `each` runs on every compiled unit inside its task; `progress` follows along.
pub fn run<F: Files, S: Sync, R: Send>(
    files: &F,
    limits: &Limits,
    progress: &dyn Progress,
    prepare: impl FnOnce(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> S,
    each: impl Fn(&S, UnitCompilation) -> R + Sync + Send,
) -> (Run<R>, S) {
    let Settled {
        units,
        situs,
        mut diagnostics,
        files: file_count,
        mut bytes,
    } = settle(files, limits, progress);
    let shared = prepare(situs.as_ref(), &mut diagnostics);
    let pencabutan = SiteConfig::pencabutan(situs.as_ref());
    let units = crate::parallel::map(units, |unit| {
        let count = 1 + unit.standards.len() as u64;
        let (compiled, read_bytes, mut problems) = compile_unit(files, unit, limits, &pencabutan);
        problems.extend(compiled.diagnostics.iter().cloned());
        let standards = compiled.standard_files();
        let result = each(&shared, compiled);
        progress.done(count);
        (problems, read_bytes, standards, result)
    });
    let mut standards = 0;
    let mut results = Vec::with_capacity(units.len());
    for (problems, read_bytes, count, result) in units {
        diagnostics.extend(problems);
        bytes += read_bytes;
        standards += count;
        results.push(result);
    }
    sort_and_dedup(&mut diagnostics);
    let run = Run {
        diagnostics,
        files: file_count,
        bytes,
        standards,
        results,
    };
    (run, shared)
}

/// Reads one found file.
pub fn read<F: Files>(
    files: &F,
    entry: Entry<F::Handle>,
    limits: &Limits,
) -> Result<InputFile, Diagnostic> {
    let bytes = files.read(&entry, limits)?;
    Ok(InputFile {
        path: entry.path,
        relative: entry.relative,
        bytes,
    })
}

/// Reads a unit's files and compiles them; returns the compilation, the bytes read, and the
/// files that could not be read.
pub fn compile_unit<F: Files>(
    files: &F,
    unit: UnitFiles<F::Handle>,
    limits: &Limits,
    pencabutan: &TabelPencabutan,
) -> (UnitCompilation, u64, Vec<Diagnostic>) {
    compile_unit_seeing(files, unit, limits, pencabutan, |_, _| {})
}

/// [`compile_unit`], showing `seen` every file read with its bytes.
pub fn compile_unit_seeing<F: Files>(
    files: &F,
    unit: UnitFiles<F::Handle>,
    limits: &Limits,
    pencabutan: &TabelPencabutan,
    mut seen: impl FnMut(&Entry<F::Handle>, &[u8]),
) -> (UnitCompilation, u64, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut bytes = 0u64;
    let mut take = |entry: Entry<F::Handle>| match files.read(&entry, limits) {
        Ok(read) => {
            bytes += read.len() as u64;
            seen(&entry, &read);
            Some(InputFile {
                path: entry.path,
                relative: entry.relative,
                bytes: read,
            })
        }
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let unit_file = unit.unit_file.and_then(&mut take);
    let answers = unit.answers.into_iter().filter_map(&mut take).collect();
    let standards = unit
        .standards
        .into_iter()
        .filter_map(|(id, entry)| take(entry).map(|input| (id, input)))
        .collect();
    let compiled = corpus::compile_unit(
        &unit.folder,
        unit_file,
        answers,
        standards,
        limits,
        pencabutan,
    );
    (compiled, bytes, problems)
}

/// Compiles every file (in parallel, one unit folder per task): parse, validate, build the
/// model, check, and resolve inheritance. The same pipeline as every command, on files in
/// memory.
pub fn compile(inputs: Vec<InputFile>, limits: &Limits) -> Compilation {
    let files = MemoryFiles::new(inputs);
    let mut situs = None;
    let (run, ()) = run(
        &files,
        limits,
        &Silent,
        |config, _| situs = config.cloned(),
        |(), unit| unit,
    );
    let mut result = Compilation {
        files: files.files().len(),
        situs,
        diagnostics: run.diagnostics,
        ..Compilation::default()
    };
    for unit in run.results {
        result.standards.extend(unit.standards);
        result.units.push(unit.unit);
    }
    result
}
