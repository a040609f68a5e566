//! The lines of a copied page: whitespace tidied, list markers of every style taken off
//! (`1.`, `1)`, `a.`, `-`, `•`, debris like `3. 3.` or `1. a.`), pipe tables turned into one
//! line per cell, tab-separated table rows marked as such.

use std::sync::LazyLock;

use regex::Regex;

use super::pola;

use crate::diagnostic::printable::kind;

/// How a list item was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penanda {
    /// `1.`, `1)`, `(1)`.
    Angka(u32),
    /// `a.`, `a)`, `(a)`.
    Huruf(char),
    /// `-`, `•`, `*` and the like.
    Poin,
}

/// One line of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baris {
    /// Line number in the source (1-based).
    pub nomor: usize,
    /// The text without list markers, spaces tidied.
    pub teks: String,
    /// The first list marker, if the line had one.
    pub penanda: Option<Penanda>,
    /// A row of a tab-separated table, cells joined with ` | `.
    pub tabel: bool,
    /// From a cell of a component table (`| 4. | Biaya/Tarif | Gratis |`).
    pub sel: bool,
}

impl Baris {
    /// Whether the line is blank.
    pub fn kosong(&self) -> bool {
        self.teks.is_empty()
    }
}

/// One marker at the start of a line, with the spaces after it.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    pola(
        r"^(?:(\d{1,2})[.)](\s*)|\((\d{1,2})\)\s*|([a-zA-Z])[.)]\s+|\(([a-z])\)\s*|[-–•*·●▪◦>»]+\s+)",
    )
});

/// Takes the markers off the start of `text`; returns the text and the first marker.
pub fn tanpa_penanda(text: &str) -> (String, Option<Penanda>) {
    let mut rest = text.trim();
    let mut first = None;
    while let Some(captures) = MARKER.captures(rest) {
        let Some(whole) = captures.get(0) else { break };
        if whole.end() == rest.len() {
            break;
        }
        // `1.Surat`: a number written against its text counts only before a capital
        // (`1.500.000` is an amount).
        let glued = captures.get(2).is_some_and(|m| m.as_str().is_empty());
        if glued
            && !rest[whole.end()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            break;
        }
        let marker = if let Some(n) = captures.get(1).or(captures.get(3)) {
            Penanda::Angka(n.as_str().parse().unwrap_or(0))
        } else if let Some(c) = captures.get(4).or(captures.get(5)) {
            Penanda::Huruf(c.as_str().chars().next().unwrap_or('a'))
        } else {
            Penanda::Poin
        };
        // A capital letter followed by `. ` is a marker only in a lettered list (`A. Persyaratan`),
        // not an initial (`H. Ahmad`): lists of capitals are recognised by the caller.
        first.get_or_insert(marker);
        rest = rest[whole.end()..].trim_start();
    }
    (rest.to_string(), first)
}

/// Spaces of every kind made one space, the ends trimmed; control, direction and invisible
/// characters (soft hyphens and zero-width spaces from Word, a page's bidi marks) taken out,
/// as no published text may hold them.
fn tidy(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|c| c.is_whitespace() || kind(*c).is_none())
        .collect();
    visible
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lines of `text`, tidied; pipe tables become one line per cell.
pub fn baca(text: &str) -> Vec<Baris> {
    let mut out = Vec::new();
    let mut row: Option<(usize, String)> = None;
    for (index, raw) in text.lines().enumerate() {
        let nomor = index + 1;
        let trimmed = raw.trim();
        // A pipe table row runs from a line starting with `|` to one ending with `|`.
        if let Some((start, mut cells)) = row.take() {
            cells.push('\n');
            cells.push_str(trimmed);
            if trimmed.ends_with('|') {
                push_row(&mut out, start, &cells);
            } else {
                row = Some((start, cells));
            }
            continue;
        }
        let pipe = trimmed.trim_start_matches(['-', ' ']);
        if pipe.starts_with('|') {
            if pipe.len() > 1 && pipe.ends_with('|') {
                push_row(&mut out, nomor, pipe);
            } else {
                row = Some((nomor, pipe.to_string()));
            }
            continue;
        }
        if raw.matches('\t').count() >= 2 {
            let cells: Vec<String> = raw
                .split('\t')
                .map(tidy)
                .filter(|c| !c.is_empty())
                .collect();
            // `1.<tab>Persyaratan<tab>Surat permohonan`: a component table's row, read as
            // the pipe table's are. Wider rows (an SOP table) stay a table line.
            if cells.len() <= 3 {
                push_row(&mut out, nomor, &cells.join(" | "));
                continue;
            }
            out.push(Baris {
                nomor,
                teks: cells.join(" | "),
                penanda: None,
                tabel: true,
                sel: false,
            });
            continue;
        }
        let tidied = tidy(raw);
        // Components run together in one paragraph start a line each (same line number).
        for piece in super::label_sebaris::pieces(&tidied) {
            let (teks, penanda) = tanpa_penanda(piece);
            out.push(Baris {
                nomor,
                teks,
                penanda,
                tabel: false,
                sel: false,
            });
        }
    }
    if let Some((start, cells)) = row {
        push_row(&mut out, start, &cells);
    }
    rejoin_wrapped(out)
}

/// Joins a list item broken over lines (copied from a PDF or a narrow page): a line without
/// marker that starts in lower case right under an item not ended by `.`, `:` or `;`.
fn rejoin_wrapped(lines: Vec<Baris>) -> Vec<Baris> {
    let mut out: Vec<Baris> = Vec::with_capacity(lines.len());
    for line in lines {
        let continues = line.penanda.is_none()
            && !line.tabel
            && line.teks.chars().next().is_some_and(char::is_lowercase)
            && out.last().is_some_and(|previous| {
                previous.penanda.is_some()
                    && !previous.tabel
                    && !previous.kosong()
                    && !previous.teks.ends_with(['.', ':', ';'])
            });
        match out.last_mut() {
            Some(previous) if continues => {
                previous.teks.push(' ');
                previous.teks.push_str(&line.teks);
            }
            _ => out.push(line),
        }
    }
    out
}

/// A pipe table row: its number cell and label cell make one line (`3. Jangka Waktu`), each
/// line of the other cells another; a separator row (`|---|`) gives nothing.
fn push_row(out: &mut Vec<Baris>, nomor: usize, row: &str) {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    if cells
        .iter()
        .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
    {
        return;
    }
    // The table's own header (`| No | Komponen | Uraian |`) is no content.
    const HEADER: &[&str] = &[
        "no",
        "no.",
        "nomor",
        "komponen",
        "uraian",
        "keterangan",
        "isi",
    ];
    if cells
        .iter()
        .all(|c| HEADER.contains(&c.to_lowercase().as_str()))
    {
        return;
    }
    // Each cell's lines with the source line each is on: a row may span several.
    let mut line_of_cell = Vec::with_capacity(cells.len());
    let mut before = 0;
    for raw in inner.split('|') {
        line_of_cell.push(nomor + inner[..before].matches('\n').count());
        before += raw.len() + 1;
    }
    let mut head = String::new();
    let mut rest = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        if i < 2 && head.split_whitespace().count() < 2 && !cell.contains('\n') {
            if !head.is_empty() && !cell.is_empty() {
                head.push(' ');
            }
            head.push_str(cell);
        } else {
            let first = line_of_cell.get(i).copied().unwrap_or(nomor);
            // A trimmed cell starts on the line of its first text.
            let raw = inner.split('|').nth(i).unwrap_or("");
            let skipped = raw.len() - raw.trim_start().len();
            let first = first + raw[..skipped].matches('\n').count();
            rest.extend(
                cell.lines()
                    .enumerate()
                    .map(|(k, l)| (first + k, l.trim()))
                    .filter(|(_, l)| !l.is_empty()),
            );
        }
    }
    let (teks, penanda) = tanpa_penanda(&tidy(&head));
    if !teks.is_empty() {
        out.push(Baris {
            nomor,
            teks,
            penanda,
            tabel: false,
            sel: true,
        });
    }
    for (at, line) in rest {
        let (teks, penanda) = tanpa_penanda(&tidy(line));
        out.push(Baris {
            nomor: at,
            teks,
            penanda,
            tabel: false,
            sel: true,
        });
    }
    out.push(Baris {
        nomor,
        teks: String::new(),
        penanda: None,
        tabel: false,
        sel: true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_of_every_style_come_off() {
        for (line, text, marker) in [
            (
                "1. Surat permohonan",
                "Surat permohonan",
                Some(Penanda::Angka(1)),
            ),
            ("  2) KTP", "KTP", Some(Penanda::Angka(2))),
            (
                "a. Menyampaikan keperluan",
                "Menyampaikan keperluan",
                Some(Penanda::Huruf('a')),
            ),
            (
                "1. a. Tamu menuju petugas",
                "Tamu menuju petugas",
                Some(Penanda::Angka(1)),
            ),
            ("3. 3. Fotokopi KK", "Fotokopi KK", Some(Penanda::Angka(3))),
            ("• Fotokopi KTP", "Fotokopi KTP", Some(Penanda::Poin)),
            ("- Pas foto", "Pas foto", Some(Penanda::Poin)),
            ("(1) Formulir", "Formulir", Some(Penanda::Angka(1))),
            ("1.Surat", "Surat", Some(Penanda::Angka(1))),
            ("Rp. 1.500.000,-", "Rp. 1.500.000,-", None),
            ("1.500.000", "1.500.000", None),
            ("60 Menit", "60 Menit", None),
        ] {
            assert_eq!(tanpa_penanda(line), (text.to_string(), marker), "{line}");
        }
    }

    #[test]
    fn invisible_and_control_characters_are_taken_out() {
        let lines = baca("1. Fotokopi\u{ad}an KTP\u{200b}\u{1b}[31m\u{202e}");
        assert_eq!(lines[0].teks, "Fotokopian KTP[31m");
    }

    #[test]
    fn a_pipe_table_becomes_a_line_per_cell() {
        let text = "| 4. | Biaya/Tarif | Tidak dipungut biaya |\n|---|---|---|\n| 6. | Pengaduan | Datang Langsung\nE-Mail : a@b.go.id |";
        let lines: Vec<String> = baca(text)
            .into_iter()
            .filter(|b| !b.kosong())
            .map(|b| b.teks)
            .collect();
        assert_eq!(
            lines,
            [
                "Biaya/Tarif",
                "Tidak dipungut biaya",
                "Pengaduan",
                "Datang Langsung",
                "E-Mail : a@b.go.id"
            ]
        );
    }
}
