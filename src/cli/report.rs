//! Printing diagnostics in the chosen format, the summary line, and the exit code.

use std::io::{IsTerminal, Write};

use standar::diagnostic::render::{self, Format};
use standar::diagnostic::{Code, Diagnostic, Severity};

use super::pipeline::Verbosity;
use super::{Exit, FormatArg};

/// The format to use: the one asked for, else human on a terminal and short otherwise.
pub fn format(arg: Option<FormatArg>) -> Format {
    let terminal = std::io::stdout().is_terminal();
    match arg {
        Some(FormatArg::Short) => Format::Short,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Github) => Format::Github,
        Some(FormatArg::Gitlab) => Format::Gitlab,
        Some(FormatArg::Human) => human(terminal),
        None if terminal => human(true),
        None => Format::Short,
    }
}

fn human(terminal: bool) -> Format {
    let color = terminal && std::env::var_os("NO_COLOR").is_none();
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    Format::Human { color, width }
}

/// Prints the diagnostics to stdout (only errors when quiet).
pub fn print(diagnostics: &[Diagnostic], format: Format, verbosity: Verbosity) {
    let shown: Vec<Diagnostic>;
    let diagnostics = if verbosity == Verbosity::Quiet {
        shown = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .cloned()
            .collect();
        &shown
    } else {
        diagnostics
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    // A closed pipe (e.g. `| head`) is not an error worth reporting.
    let _ = render::write(diagnostics, format, &mut stdout).and_then(|()| stdout.flush());
    // On a terminal, where the officer reads: where each code is explained.
    if let (Format::Human { .. }, Some(first)) = (format, diagnostics.first()) {
        let _ = writeln!(
            stdout,
            "Penjelasan, cara memperbaiki dan contoh setiap kode: `standar jelaskan <kode>`, misalnya `standar jelaskan {}`.",
            first.code
        )
        .and_then(|()| stdout.flush());
    }
}

/// `--quiet` hides warnings; when `--deny-warnings` makes them fail the run anyway, one line on
/// stderr says why the run failed, so a quiet CI job never fails without a word.
pub fn explain_quiet_failure(
    diagnostics: &[Diagnostic],
    deny_warnings: bool,
    verbosity: Verbosity,
) {
    let (errors, warnings) = counts(diagnostics);
    if verbosity == Verbosity::Quiet && deny_warnings && errors == 0 && warnings > 0 {
        eprintln!(
            "standar: gagal karena {warnings} peringatan dianggap galat (`--deny-warnings`); jalankan tanpa `--quiet` untuk melihatnya"
        );
    }
}

/// Counts errors and warnings.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

/// The exit code a run with these diagnostics ends with.
pub fn exit_code(diagnostics: &[Diagnostic], deny_warnings: bool) -> Exit {
    let (errors, warnings) = counts(diagnostics);
    if diagnostics.iter().any(|d| d.code == Code::FileUnreadable) {
        Exit::Usage
    } else if errors > 0 || (deny_warnings && warnings > 0) {
        Exit::Problems
    } else {
        Exit::Clean
    }
}
