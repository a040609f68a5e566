//! An audit regime's report: a table for the terminal, JSON (`standar-audit-rezim/1`), and
//! Markdown from the fixed template `templates/tetap/laporan-rezim.md`. Indicators are listed
//! with their state and source; nothing is added up into a score.

use std::fmt::Write as _;

use serde::Serialize;

use super::{fixed, json};
use crate::audit::rezim::{Indikator, LaporanRezim};
use crate::diagnostic::Diagnostic;

/// A table for the terminal.
pub fn table(report: &LaporanRezim) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.judul);
    if let Some(day) = &report.tanggal {
        let _ = writeln!(
            out,
            "Diperiksa pada {day}. Bukan nilai resmi; tiap butir menyebut dasarnya."
        );
    }
    for limit in report.batas {
        let _ = writeln!(out, "  * {limit}");
    }
    out.push('\n');
    for unit in &report.unit {
        let _ = writeln!(out, "{} — {}", unit.unit, unit.nama);
        rows(&mut out, &unit.indikator, "  ");
        for s in &unit.standar {
            let _ = writeln!(out, "  {} ({})", s.nama, s.id);
            rows(&mut out, &s.indikator, "    ");
        }
        out.push('\n');
    }
    out
}

fn rows(out: &mut String, list: &[Indikator], indent: &str) {
    for i in list {
        let mark = match i.keadaan {
            crate::audit::rezim::Capaian::Terpenuhi => "[v]",
            crate::audit::rezim::Capaian::Belum => "[ ]",
            crate::audit::rezim::Capaian::PerluBukti => "[?]",
        };
        let _ = writeln!(out, "{indent}{mark} {} ({})", i.nama, i.sumber);
        if !i.keterangan.is_empty() {
            let _ = writeln!(out, "{indent}    {}: {}", i.keadaan.label(), i.keterangan);
        }
    }
}

/// The JSON document `standar-audit-rezim/1`.
pub fn json(report: &LaporanRezim) -> Result<String, Diagnostic> {
    #[derive(Serialize)]
    struct Document<'a> {
        format: &'static str,
        #[serde(flatten)]
        laporan: &'a LaporanRezim,
    }
    json::pretty(
        "audit.json",
        &Document {
            format: "standar-audit-rezim/1",
            laporan: report,
        },
    )
}

/// The report in Markdown, every text escaped.
pub fn markdown(report: &LaporanRezim) -> Result<String, Diagnostic> {
    fixed::render("laporan-rezim.md", report)
}
