//! `standar audit`: compliance of every standard and unit with UU 25/2009 Pasal 21 and the
//! Ombudsman's display items, as a terminal table, JSON or Markdown.

use std::io::Write as _;
use std::path::PathBuf;

use standar::audit::rezim::{self, Rezim, UnitRezim};
use standar::audit::{ReviewClock, UnitAudit, audit_unit};
use standar::corpus::UnitCompilation;
use standar::diagnostic::render::{Format, render};
use standar::model::waktu::Tanggal;
use standar::parse::Limits;
use standar::render::SELANG_TINJAUAN_BAWAAN;
use standar::render::{audit_report, audit_rezim};

use super::pipeline::{self, Verbosity};
use super::{Exit, report};

/// Report format of `standar audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    /// Tabel untuk terminal.
    #[value(alias = "tabel")]
    Human,
    /// Satu dokumen JSON.
    Json,
    /// Markdown (misalnya untuk ringkasan CI atau laporan).
    #[value(alias = "md")]
    Markdown,
}

/// An assessment regime on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RezimArg {
    /// Keempat belas komponen UU 25/2009 Pasal 21, per standar.
    Pasal21,
    /// Aspek Kebijakan Pelayanan PEKPPP, per unit.
    #[value(name = "pekppp-2025")]
    Pekppp2025,
    /// Butir penilaian Ombudsman RI yang dapat diperiksa dari berkas, per standar.
    Ombudsman,
}

impl RezimArg {
    fn rezim(self) -> Rezim {
        match self {
            RezimArg::Pasal21 => Rezim::Pasal21,
            RezimArg::Pekppp2025 => Rezim::Pekppp2025,
            RezimArg::Ombudsman => Rezim::Ombudsman,
        }
    }
}

/// Compiles the corpus and reads each unit with `each` on the day `hari_ini`; problems go to
/// stderr so that the report on stdout stays valid JSON or Markdown.
fn audit_corpus<R: Send>(
    paths: &[PathBuf],
    hari_ini: Tanggal,
    verbosity: Verbosity,
    each: impl Fn(&UnitCompilation, ReviewClock) -> R + Sync + Send,
) -> (Vec<R>, ReviewClock, Exit) {
    let limits = Limits::default();
    let (run, clock) = pipeline::run(
        paths,
        &limits,
        verbosity,
        |config, _| ReviewClock {
            hari_ini: Some(hari_ini),
            selang: config
                .and_then(|c| c.situs.selang_tinjauan)
                .unwrap_or(SELANG_TINJAUAN_BAWAAN),
        },
        |clock, unit| each(&unit, *clock),
    );
    let problems = report::exit_code(&run.diagnostics, false);
    if !run.diagnostics.is_empty() && verbosity != Verbosity::Quiet {
        eprint!("{}", render(&run.diagnostics, Format::Short));
    }
    (run.results, clock, problems)
}

/// Prints a report, or the problem that kept it from being made.
fn print(text: Result<String, standar::diagnostic::Diagnostic>) -> Result<(), Exit> {
    let text = text.map_err(|problem| {
        eprint!("{}", render(&[problem], Format::Short));
        Exit::Usage
    })?;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    Ok(())
}

/// Audits the corpus against one regime, prints the report to stdout; returns the exit code
/// (problems of the files only: a regime has no score to fall short of).
pub fn run_rezim(
    paths: &[PathBuf],
    format: AuditFormat,
    rezim: RezimArg,
    hari_ini: Tanggal,
    verbosity: Verbosity,
) -> Exit {
    let rezim = rezim.rezim();
    let (units, clock, problems) = audit_corpus(paths, hari_ini, verbosity, |unit, clock| {
        let standards: Vec<_> = unit.standards.iter().collect();
        (!standards.is_empty()).then(|| rezim::audit_unit(rezim, &unit.unit, &standards, clock))
    });
    let units: Vec<UnitRezim> = units.into_iter().flatten().collect();
    let report = rezim::laporan(rezim, clock, units);
    let text = match format {
        AuditFormat::Human => Ok(audit_rezim::table(&report)),
        AuditFormat::Json => audit_rezim::json(&report),
        AuditFormat::Markdown => audit_rezim::markdown(&report),
    };
    match print(text) {
        Ok(()) => problems,
        Err(exit) => exit,
    }
}

/// Audits the corpus, prints the report to stdout; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    format: AuditFormat,
    min_score: Option<u32>,
    hari_ini: Tanggal,
    verbosity: Verbosity,
) -> Exit {
    let (units, _, problems) = audit_corpus(paths, hari_ini, verbosity, |unit, clock| {
        let standards: Vec<_> = unit.standards.iter().collect();
        audit_unit(&unit.unit, &standards, clock)
    });
    let units: Vec<UnitAudit> = units
        .into_iter()
        .filter(|u| !u.standar.is_empty())
        .collect();
    let text = match format {
        AuditFormat::Human => Ok(audit_report::table(&units)),
        AuditFormat::Json => audit_report::json(&units),
        AuditFormat::Markdown => audit_report::markdown(&units),
    };
    if let Err(exit) = print(text) {
        return exit;
    }
    let below = min_score.map_or(0, |min| {
        units
            .iter()
            .filter(|u| u.skor.is_some_and(|s| s < min))
            .count()
            + units
                .iter()
                .flat_map(|u| &u.standar)
                .filter(|s| s.skor < min)
                .count()
    });
    if let (Some(min), true) = (min_score, below > 0) {
        eprintln!(
            "standar: {below} standar atau unit di bawah skor minimal {min} (perbaiki komponen yang `tidak ada` atau `kosong` di atas)"
        );
    }
    match problems {
        Exit::Clean if below > 0 => Exit::Problems,
        other => other,
    }
}
