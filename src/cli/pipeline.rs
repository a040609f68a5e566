//! The library's pipeline as the command line runs it: over the files on disk, with a progress
//! bar and the verbosity asked for.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use standar::corpus::{SiteConfig, UnitCompilation};
use standar::diagnostic::Diagnostic;
use standar::parse::Limits;
use standar::pipeline::{self, Run};

use super::discover::DiskFiles;

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

/// Runs the library's pipeline over the files named on the command line, with a progress bar
/// on a terminal and, when verbose, the time it took.
pub fn run<S: Sync, R: Send>(
    paths: &[PathBuf],
    limits: &Limits,
    verbosity: Verbosity,
    prepare: impl FnOnce(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> S,
    each: impl Fn(&S, UnitCompilation) -> R + Sync + Send,
) -> (Run<R>, S) {
    let started = Instant::now();
    let files = DiskFiles::new(paths);
    let progress = TerminalProgress::new(verbosity);
    let (run, shared) = pipeline::run(&files, limits, &progress, prepare, each);
    progress.finish();
    report_time(&run, started, verbosity);
    (run, shared)
}

/// With `--verbose`, how much was read and how long it took.
pub fn report_time<R>(run: &Run<R>, started: Instant, verbosity: Verbosity) {
    if verbosity == Verbosity::Verbose {
        eprintln!(
            "standar: {} berkas ({:.1} MB) dibaca dan diperiksa dalam {:.2} s",
            run.files,
            run.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
}

/// A progress bar on stderr that appears only when a run takes more than a second and stderr
/// is a terminal (never in CI logs or pipes).
pub struct TerminalProgress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
    allowed: bool,
}

impl pipeline::Progress for TerminalProgress {
    fn found(&self, files: u64) {
        self.bar.set_length(files);
    }

    fn done(&self, files: u64) {
        self.advance(files);
    }
}

impl TerminalProgress {
    /// A bar that learns the total as files are found; hidden until a run takes a second.
    pub fn new(verbosity: Verbosity) -> Self {
        use std::io::IsTerminal;
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
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

    /// Counts files done.
    fn advance(&self, files: u64) {
        self.bar.inc(files);
        if self.allowed
            && self.started.elapsed() > Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
