//! The stages run over a corpus, one unit folder per parallel task: files are read, compiled
//! (and, for `build`, rendered) and dropped unit by unit, so memory stays bounded by the
//! largest unit, not by the corpus.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use standar::corpus::{self, SiteConfig, UnitCompilation, UnitFiles};
use standar::diagnostic::{Diagnostic, Severity, sort_and_dedup};
use standar::parse::Limits;

use super::discover::{discover, read};

/// How much the command says besides its diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only: no warnings, no progress, no summary.
    Quiet,
    /// Diagnostics, a progress bar on a terminal for long runs, and a summary line.
    Normal,
    /// Also the time of each stage.
    Verbose,
}

/// The result of running the stages over every unit.
pub struct Run<R> {
    /// Every problem, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Files found.
    pub files: usize,
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

/// Discovers, reads and compiles the corpus; `prepare` runs once the site configuration is
/// known (before any unit), and `each` runs on every compiled unit inside its parallel task.
pub fn run<S: Sync, R: Send>(
    paths: &[PathBuf],
    limits: &Limits,
    verbosity: Verbosity,
    prepare: impl FnOnce(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> S,
    each: impl Fn(&S, &UnitCompilation) -> R + Sync,
) -> (Run<R>, S) {
    let started = Instant::now();
    let discovered = discover(paths);
    let layout = corpus::layout(discovered.entries);
    let files = layout.files();
    let mut diagnostics = discovered.problems;
    diagnostics.extend(layout.problems);
    let mut bytes = 0;
    let mut situs = None;
    if let Some(site) = layout.site {
        match read(site, limits) {
            Ok(input) => {
                bytes += input.bytes.len() as u64;
                let (config, problems) = corpus::compile_site(input, limits);
                situs = config;
                diagnostics.extend(problems);
            }
            Err(problem) => diagnostics.push(problem),
        }
    }
    let shared = prepare(situs.as_ref(), &mut diagnostics);
    let progress = Progress::new(files as u64, verbosity);
    let units: Vec<(Vec<Diagnostic>, u64, usize, R)> = layout
        .units
        .into_par_iter()
        .map(|unit| {
            let count = 1 + unit.standards.len() as u64;
            let (compiled, read_bytes, mut problems) = compile_unit(unit, limits);
            let result = each(&shared, &compiled);
            progress.advance(count);
            problems.extend(compiled.diagnostics);
            (problems, read_bytes, compiled.standards.len(), result)
        })
        .collect();
    progress.finish();
    let mut standards = 0;
    let mut results = Vec::with_capacity(units.len());
    for (problems, read_bytes, count, result) in units {
        diagnostics.extend(problems);
        bytes += read_bytes;
        standards += count;
        results.push(result);
    }
    sort_and_dedup(&mut diagnostics);
    if verbosity == Verbosity::Verbose {
        eprintln!(
            "standar: {files} berkas ({:.1} MB) dibaca dan diperiksa dalam {:.2} s",
            bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
    let run = Run {
        diagnostics,
        files,
        standards,
        results,
    };
    (run, shared)
}

/// Reads a unit's files and compiles them.
pub(super) fn compile_unit(
    unit: UnitFiles<PathBuf>,
    limits: &Limits,
) -> (UnitCompilation, u64, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut bytes = 0u64;
    let mut take = |entry| match read(entry, limits) {
        Ok(input) => {
            bytes += input.bytes.len() as u64;
            Some(input)
        }
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let unit_file = unit.unit_file.and_then(&mut take);
    let standards = unit
        .standards
        .into_iter()
        .filter_map(|(id, entry)| take(entry).map(|input| (id, input)))
        .collect();
    let compiled = corpus::compile_unit(&unit.folder, unit_file, standards, limits);
    (compiled, bytes, problems)
}

/// A progress bar on stderr that appears only when a run takes more than a second and stderr
/// is a terminal (never in CI logs or pipes).
struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
    allowed: bool,
}

impl Progress {
    fn new(total: u64, verbosity: Verbosity) -> Self {
        use std::io::IsTerminal;
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} berkas  {elapsed} (sisa ±{eta})")
        {
            bar.set_style(style);
        }
        Self {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
            allowed: verbosity != Verbosity::Quiet && std::io::stderr().is_terminal(),
        }
    }

    fn advance(&self, files: u64) {
        self.bar.inc(files);
        if self.allowed
            && self.started.elapsed() > Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
