//! `standar check`: report every problem of every file.

use std::path::PathBuf;

use standar::corpus;
use standar::diagnostic::sort_and_dedup;
use standar::parse::Limits;

use super::discover::discover;
use super::{Exit, FormatArg, report};

/// Runs the check and prints the report; returns the exit code.
pub fn run(paths: &[PathBuf], format: Option<FormatArg>, deny_warnings: bool) -> Exit {
    let limits = Limits::default();
    let discovered = discover(paths, &limits);
    let mut compilation = corpus::compile(discovered.inputs, &limits);
    compilation.diagnostics.extend(discovered.problems);
    sort_and_dedup(&mut compilation.diagnostics);
    let format = report::format(format);
    report::print(&compilation.diagnostics, format);
    let (errors, warnings) = report::counts(&compilation.diagnostics);
    eprintln!(
        "standar: {} berkas diperiksa, {} standar lolos, {errors} galat, {warnings} peringatan",
        compilation.files,
        compilation.standards.len(),
    );
    report::exit_code(&compilation.diagnostics, deny_warnings)
}
