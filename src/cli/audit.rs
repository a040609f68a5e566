//! `standar audit`: compliance of every standard and unit with UU 25/2009 Pasal 21 and the
//! Ombudsman's display items, as a terminal table, JSON or Markdown.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use standar::audit::{ATURAN_SKOR, UnitAudit, audit_unit};
use standar::diagnostic::render::{Format, render};
use standar::parse::Limits;

use super::pipeline::{self, Verbosity};
use super::{Exit, report};

/// Report format of `standar audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    /// Tabel untuk terminal.
    Tabel,
    /// Satu dokumen JSON.
    Json,
    /// Markdown (misalnya untuk ringkasan CI atau laporan).
    Md,
}

/// Audits the corpus, prints the report to stdout; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    format: AuditFormat,
    min_score: Option<u32>,
    verbosity: Verbosity,
) -> Exit {
    let limits = Limits::default();
    let (run, ()) = pipeline::run(
        paths,
        &limits,
        verbosity,
        |_, _| (),
        |_, unit| {
            let standards: Vec<_> = unit.standards.iter().collect();
            audit_unit(&unit.unit, &standards)
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
        AuditFormat::Tabel => table(&units),
        AuditFormat::Json => json(&units),
        AuditFormat::Md => markdown(&units),
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

fn table(units: &[UnitAudit]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Audit kepatuhan standar pelayanan (UU 25/2009 Pasal 21; butir penilaian Ombudsman)"
    );
    let _ = writeln!(out, "Aturan: {ATURAN_SKOR}\n");
    for unit in units {
        let _ = writeln!(
            out,
            "{} — {}: skor {}",
            unit.unit,
            unit.nama,
            unit.skor.map_or("-".to_string(), |s| s.to_string())
        );
        let _ = writeln!(
            out,
            "  {:>4}  {:>8}  {:>8}  standar",
            "skor", "komponen", "tampilan"
        );
        for s in &unit.standar {
            let _ = writeln!(
                out,
                "  {:>4}  {:>8}  {:>8}  {} ({})",
                s.skor,
                format!("{}/14", s.components_present()),
                format!("{}/8", s.items_met()),
                s.nama,
                s.id
            );
            for line in s.kurang() {
                let _ = writeln!(out, "{:26}- {line}", "");
            }
        }
        out.push('\n');
    }
    out
}

fn json(units: &[UnitAudit]) -> String {
    let document = serde_json::json!({
        "format": "standar-audit/1",
        "aturan_skor": ATURAN_SKOR,
        "unit": units,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// Escapes what Markdown would read as table syntax or markup.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '|' | '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '`'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown(units: &[UnitAudit]) -> String {
    let mut out = String::from("# Audit kepatuhan standar pelayanan\n\n");
    let _ = writeln!(out, "Aturan skor: {}\n", md(ATURAN_SKOR));
    let _ = writeln!(out, "| Unit | Skor | Standar |\n|---|---:|---:|");
    for unit in units {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&unit.nama),
            unit.skor.map_or("-".to_string(), |s| s.to_string()),
            unit.standar.len()
        );
    }
    for unit in units {
        let _ = writeln!(out, "\n## {} ({})\n", md(&unit.nama), md(&unit.unit));
        let _ = writeln!(
            out,
            "| Standar | Skor | Komponen | Tampilan | Yang kurang |\n|---|---:|---:|---:|---|"
        );
        for s in &unit.standar {
            let _ = writeln!(
                out,
                "| {} | {} | {}/14 | {}/8 | {} |",
                md(&s.nama),
                s.skor,
                s.components_present(),
                s.items_met(),
                s.kurang()
                    .iter()
                    .map(|m| md(&m.to_string()))
                    .collect::<Vec<_>>()
                    .join("<br>")
            );
        }
    }
    out
}
