//! `standar audit`: compliance of every standard and unit with UU 25/2009 Pasal 21 and the
//! Ombudsman's display items, as a terminal table, JSON or Markdown.

use std::io::Write as _;
use std::path::PathBuf;

use standar::audit::{ReviewClock, UnitAudit, audit_unit};
use standar::diagnostic::render::{Format, render};
use standar::model::waktu::Tanggal;
use standar::parse::Limits;
use standar::render::SELANG_TINJAUAN_BAWAAN;
use standar::render::audit_report;

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

/// Audits the corpus, prints the report to stdout; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    format: AuditFormat,
    min_score: Option<u32>,
    hari_ini: Tanggal,
    verbosity: Verbosity,
) -> Exit {
    let limits = Limits::default();
    let (run, _) = pipeline::run(
        paths,
        &limits,
        verbosity,
        |config, _| ReviewClock {
            hari_ini: Some(hari_ini),
            selang: config
                .and_then(|c| c.situs.selang_tinjauan)
                .unwrap_or(SELANG_TINJAUAN_BAWAAN),
        },
        |clock, unit| {
            let standards: Vec<_> = unit.standards.iter().collect();
            audit_unit(&unit.unit, &standards, *clock)
        },
    );
    let units: Vec<UnitAudit> = run
        .results
        .into_iter()
        .filter(|u| !u.standar.is_empty())
        .collect();
    // Problems go to stderr so that the report on stdout stays valid JSON or Markdown.
    let problems = report::exit_code(&run.diagnostics, false);
    if !run.diagnostics.is_empty() && verbosity != Verbosity::Quiet {
        eprint!("{}", render(&run.diagnostics, Format::Short));
    }
    let text = match format {
        AuditFormat::Human => Ok(audit_report::table(&units)),
        AuditFormat::Json => audit_report::json(&units),
        AuditFormat::Markdown => audit_report::markdown(&units),
    };
    let text = match text {
        Ok(text) => text,
        Err(problem) => {
            eprint!("{}", render(&[problem], Format::Short));
            return Exit::Usage;
        }
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
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
