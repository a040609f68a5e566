//! `standar check`: report every problem of every file.

use std::path::PathBuf;

use standar::parse::Limits;

use super::pipeline::{self, Verbosity};
use super::{Exit, FormatArg, report};

/// Runs the check and prints the report; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    format: Option<FormatArg>,
    deny_warnings: bool,
    verbosity: Verbosity,
) -> Exit {
    let limits = Limits::default();
    let (run, ()) = pipeline::run(paths, &limits, verbosity, |_, _| (), |_, _| ());
    report::print(&run.diagnostics, report::format(format), verbosity);
    report::explain_quiet_failure(&run.diagnostics, deny_warnings, verbosity);
    let (errors, warnings) = report::counts(&run.diagnostics);
    if verbosity != Verbosity::Quiet {
        eprintln!(
            "standar: {} berkas diperiksa, {} standar lolos, {errors} galat, {warnings} peringatan",
            run.files, run.standards,
        );
    }
    report::exit_code(&run.diagnostics, deny_warnings)
}
