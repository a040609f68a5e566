//! Guessing a component from what its lines say, for a copy that lost its headings (the
//! portal's headings are pictures): the words of a fee, a complaint channel and a time, and
//! where a run of lines that says several things is to be cut.

use std::sync::LazyLock;

use regex::Regex;

use super::baris::Baris;
use super::pelaksana::pelaksana;
use super::pola;
use crate::model::durasi::{Durasi, pisah_syarat};

pub(super) static FEE: LazyLock<Regex> =
    LazyLock::new(|| pola(r"(?i)\b(biaya|tarif|gratis|dipungut|retribusi)\b|\brp\.?\s*\d"));

pub(super) static COMPLAINT: LazyLock<Regex> = LazyLock::new(|| {
    pola(
        r"(?i)pengaduan|\baduan|\blapor!|keluhan|saran dan masukan|whatsapp|\bwa\s*:|e-?mail\b|telepon\s*:|\btelp\b|@[a-z0-9-]+\.[a-z]",
    )
});

static TIME: LazyLock<Regex> =
    LazyLock::new(|| pola(r"(?i)penyelesaian|selambat|paling lambat|jangka waktu|\bwaktu\b"));

/// Whether a few lines say only how long the service takes.
pub(super) fn says_time(lines: &[Baris]) -> bool {
    lines.len() <= 4 && lines.iter().all(is_time)
}

fn is_time(line: &Baris) -> bool {
    TIME.is_match(&line.teks)
        || pisah_syarat(&line.teks).is_some()
        || line.teks.parse::<Durasi>().is_ok()
}

/// What one line says by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JenisBaris {
    /// A duration, a fee or a contact: a run of its own.
    Telling,
    /// A step: someone does something (`Petugas memverifikasi data`).
    Step,
    /// Anything else: an item, a sentence.
    Other,
}

fn kind(line: &Baris) -> JenisBaris {
    let text = &line.teks;
    let short = text.split_whitespace().count() <= 8;
    if (short && (is_time(line) || FEE.is_match(text))) || COMPLAINT.is_match(text) {
        JenisBaris::Telling
    } else if pelaksana(text).is_some() {
        JenisBaris::Step
    } else {
        JenisBaris::Other
    }
}

/// A run cut where what its lines say changes: before and after a line that says by itself
/// what it is, and between items and steps. Numbered lists are left whole (their numbering
/// already tells them apart).
pub(super) fn cut_where_kind_changes(run: Vec<Baris>) -> Vec<Vec<Baris>> {
    if run.iter().any(|l| l.penanda.is_some()) {
        return vec![run];
    }
    let mut out: Vec<Vec<Baris>> = Vec::new();
    let mut previous: Option<JenisBaris> = None;
    for line in run {
        let here = kind(&line);
        let cut = match previous {
            None => true,
            Some(before) => {
                here == JenisBaris::Telling || before == JenisBaris::Telling || here != before
            }
        };
        if cut || out.is_empty() {
            out.push(Vec::new());
        }
        if let Some(last) = out.last_mut() {
            last.push(line);
        }
        previous = Some(here);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::*;

    #[test]
    fn a_run_without_blank_lines_is_cut_where_it_changes_subject() {
        let lines = baca(
            "Fotokopi KK\nFotokopi KTP\nPemohon mendaftar di kantor desa\nPetugas memverifikasi data\n14 hari kerja\nTidak dipungut biaya\nKeputusan penerima\nEmail a@b.go.id\n",
        );
        let runs: Vec<Vec<String>> = cut_where_kind_changes(lines)
            .into_iter()
            .map(|r| r.into_iter().map(|l| l.teks).collect())
            .collect();
        assert_eq!(runs.len(), 6, "{runs:?}");
        assert_eq!(runs[0], ["Fotokopi KK", "Fotokopi KTP"]);
        assert_eq!(runs[2], ["14 hari kerja"]);
    }

    #[test]
    fn a_numbered_list_stays_whole() {
        let lines = baca("1. KTP\n2. Petugas memeriksa\n");
        assert_eq!(cut_where_kind_changes(lines).len(), 1);
    }
}
