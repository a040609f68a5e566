//! Laying a board out on sheets: the size of the text and the number of columns, then which
//! atoms go on which column of which sheet. The heights come from the board's font metrics and
//! the spacing declared in `papan.css` (the `.lembar` rule's custom properties, pinned by a
//! test), so the plan is what the browser prints.
//!
//! The rule: as few sheets as possible, then the largest text, never smaller than the paper's
//! minimum. Atoms are placed in reading order, top to bottom, column after column; a heading
//! stays with what follows it; a section that continues on a new sheet repeats its heading
//! marked "(lanjutan)". Sheet 1 carries the full header (label, name, unit, logo, QR code);
//! the sheets after it a slim one (the name and "Lembar n dari m"), so their body is taller.

mod band;
mod board;
mod measure;
mod pager;
#[cfg(test)]
mod tests;

use serde::Serialize;

use super::content::{Atom, AtomKind, BoardSection};
use super::paper::Paper;
pub use band::Pita;
use board::MeasuredBoard;

/// Font scale factors of the classes `skala-0` … `skala-11` in `papan.css`; `skala-11` is the
/// paper's minimum body size.
pub const SCALES: [f64; 12] = [
    2.2, 2.0, 1.8, 1.65, 1.5, 1.4, 1.3, 1.2, 1.15, 1.1, 1.05, 1.0,
];

/// Spacing and type sizes of `papan.css`, in multiples of the sheet's base size (`--e`).
pub mod css {
    /// Line height of all text.
    pub const LINE: f64 = 1.3;
    /// Space between the header, the body and the footer.
    pub const SHEET_GAP: f64 = 0.8;
    /// Space between the logo, the title and the QR code.
    pub const HEADER_GAP: f64 = 0.8;
    /// The label above the title.
    pub const LABEL_SIZE: f64 = 1.0;
    /// The service name.
    pub const TITLE_SIZE: f64 = 1.9;
    pub const TITLE_LINE: f64 = 1.15;
    /// The unit under the title.
    pub const UNIT_SIZE: f64 = 1.1;
    /// Padding and rule under the header, and over the footer.
    pub const RULE_PAD: f64 = 0.4;
    pub const RULE: f64 = 0.25;
    /// Side of the logo box.
    pub const LOGO: f64 = 4.0;
    /// Space between columns.
    pub const COLUMN_GAP: f64 = 1.5;
    /// Space between sections in a column.
    pub const SECTION_GAP: f64 = 0.7;
    /// Space between a section's heading and its lists and paragraphs.
    pub const GROUP_GAP: f64 = 0.3;
    /// Space between items of a list.
    pub const ITEM_GAP: f64 = 0.25;
    /// Section headings.
    pub const H2_SIZE: f64 = 1.2;
    /// The slim header of the sheets after the first: the name and the sheet number.
    pub const SLIM_SIZE: f64 = 1.2;
    /// Width of the bullet column.
    pub const BULLET: f64 = 1.0;
    /// Width of the number column for numbers of 1, 2, … characters (`no-1`, `no-2`, …).
    pub const NUMBER: [f64; 6] = [1.0, 1.3, 1.9, 2.5, 3.1, 3.7];
    /// Space between the footer's text and the sheet number.
    pub const FOOTER_GAP: f64 = 1.5;
    /// The component number's badge before a section heading, with the space after it, in
    /// the heading's em.
    pub const BADGE: f64 = 1.9;
}

/// The part of a board that does not depend on the layout: what the header and footer say.
#[derive(Debug, Clone)]
pub struct Frame {
    /// "STANDAR PELAYANAN", as printed (upper case).
    pub label: String,
    /// The service name.
    pub nama: String,
    /// The unit and government.
    pub unit: Option<String>,
    /// The footer's text (SK and address), if any.
    pub footer: Option<String>,
    /// The widest sheet number the footer may show ("Lembar 99 dari 99").
    pub sheet_label: String,
    pub qr: bool,
    pub logo: bool,
    /// Added to a heading repeated on a new sheet: " (lanjutan)".
    pub lanjutan: String,
}

/// One list, paragraph run, subheading or chart inside a section on one column.
#[derive(Debug, Clone, Serialize)]
pub struct Kelompok {
    pub jenis: AtomKind,
    pub atom: Vec<Atom>,
}

/// The part of a section that is on one column.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnPart {
    pub kunci: &'static str,
    pub nomor: Option<usize>,
    /// The heading, when the section starts here or continues on a new sheet.
    pub judul: Option<String>,
    /// The heading is a repeat on a new sheet.
    pub lanjutan: bool,
    pub kelompok: Vec<Kelompok>,
}

/// One column of a sheet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Column {
    pub bagian: Vec<ColumnPart>,
}

/// One printed sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Lembar {
    pub kolom: Vec<Column>,
}

/// A board laid out.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The summary across the top of sheet 1, under its header; `None` when the board has no
    /// summary or it is set as the first section of the first column instead (too tall for a
    /// band).
    pub ringkasan: Option<Pita>,
    /// Index into [`SCALES`].
    pub skala: usize,
    /// Columns per sheet.
    pub kolom: usize,
    pub lembar: Vec<Lembar>,
    /// Whether the footer is printed (SK, address or a sheet number to show).
    pub kaki: bool,
}

/// An atom that does not fit on an empty column of a sheet at the smallest legible size.
#[derive(Debug, Clone, PartialEq)]
pub struct TooTall {
    /// The section it belongs to.
    pub bagian: String,
    /// Its number, if it is a numbered item.
    pub nomor: Option<String>,
    /// Its text, for the message.
    pub teks: String,
}

/// Lays the board out: the fewest sheets, then the largest text. `chart` is placed only where
/// its smallest text is at least the body size and it adds no sheet (the body may get smaller
/// for it, never below the paper's minimum; the summary's size does not depend on it). Returns the plan and
/// whether the chart is on it.
pub fn plan(
    sections: &[BoardSection],
    summary: Option<&BoardSection>,
    frame: &Frame,
    paper: &Paper,
    chart: Option<&BoardSection>,
) -> Result<(Plan, bool), TooTall> {
    // The summary spans sheet 1 when it leaves at least half the sheet's body to the rest;
    // else it is the first section of the first column.
    let band = summary.filter(|s| MeasuredBoard::new(Vec::new(), frame, paper).band_fits(s));
    let sections: Vec<&BoardSection> = match (summary, band) {
        (Some(s), None) => std::iter::once(s).chain(sections).collect(),
        _ => sections.iter().collect(),
    };
    let count = sections.len();
    let summary_first = summary.is_some() && band.is_none();
    let plain = MeasuredBoard::new(sections.clone(), frame, paper)
        .with_band(band)
        .with_summary_first(summary_first);
    let fewest = plain.best()?;
    if let Some(chart) = chart {
        let with_chart = MeasuredBoard::new(
            sections
                .iter()
                .copied()
                .chain(std::iter::once(chart))
                .collect(),
            frame,
            paper,
        )
        .with_band(band)
        .with_summary_first(summary_first);
        if let Ok(attempt) = with_chart.best()
            && attempt.draft.len() <= fewest.draft.len()
            && attempt.places(count)
        {
            return Ok((with_chart.materialize(attempt), true));
        }
    }
    Ok((plain.materialize(fewest), false))
}
