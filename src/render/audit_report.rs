//! The audit as a report: a table for the terminal, JSON (`standar-audit/1`), and Markdown
//! from the fixed template `templates/tetap/laporan-audit.md`.

use std::fmt::Write as _;

use serde::Serialize;

use super::{fixed, json};
use crate::audit::{ATURAN_SKOR, UnitAudit};
use crate::diagnostic::Diagnostic;

/// A table for the terminal, with what each standard lacks.
pub fn table(units: &[UnitAudit]) -> String {
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
            if let Some(note) = s.tinjauan.catatan() {
                let _ = writeln!(out, "{:26}- {note}", "");
            }
        }
        out.push('\n');
    }
    out
}

/// The JSON document `standar-audit/1`.
pub fn json(units: &[UnitAudit]) -> Result<String, Diagnostic> {
    #[derive(Serialize)]
    struct Report<'a> {
        format: &'static str,
        aturan_skor: &'static str,
        unit: &'a [UnitAudit],
    }
    let report = Report {
        format: "standar-audit/1",
        aturan_skor: ATURAN_SKOR,
        unit: units,
    };
    json::pretty("audit.json", &report)
}

/// One standard's row of the Markdown report.
#[derive(Serialize)]
struct StandardRow<'a> {
    nama: &'a str,
    skor: u32,
    komponen_ada: usize,
    tampilan_ada: usize,
    kurang: Vec<String>,
}

/// One unit of the Markdown report.
#[derive(Serialize)]
struct UnitSection<'a> {
    nama: &'a str,
    unit: &'a str,
    skor: Option<u32>,
    standar: Vec<StandardRow<'a>>,
}

/// The report in Markdown, every text escaped.
pub fn markdown(units: &[UnitAudit]) -> Result<String, Diagnostic> {
    let sections: Vec<UnitSection<'_>> = units
        .iter()
        .map(|u| UnitSection {
            nama: &u.nama,
            unit: &u.unit,
            skor: u.skor,
            standar: u
                .standar
                .iter()
                .map(|s| StandardRow {
                    nama: &s.nama,
                    skor: s.skor,
                    komponen_ada: s.components_present(),
                    tampilan_ada: s.items_met(),
                    kurang: s
                        .kurang()
                        .iter()
                        .map(ToString::to_string)
                        .chain(s.tinjauan.catatan())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    fixed::render(
        "laporan-audit.md",
        &MarkdownReport {
            aturan: ATURAN_SKOR,
            unit: sections,
        },
    )
}

/// What the Markdown report template shows.
#[derive(Serialize)]
struct MarkdownReport<'a> {
    aturan: &'a str,
    unit: Vec<UnitSection<'a>>,
}
