//! What every component reader shares: how far a component was put into its form, how much
//! to structure, its lines as text and as a note. Below the readers (requirements and steps,
//! times, fees, complaints), which all use it.

use super::baris::Baris;
use super::yaml::{ButirDraf, Peta};
use crate::model::komponen::Komponen;

/// How far a component was put into its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hasil {
    /// Into its typed form (items, steps, durations, channels…).
    Terstruktur,
    /// Kept as its note (`keterangan`), to be structured by the officer.
    Catatan,
    /// The source says, under the component's own label, that there is none ("-",
    /// "tidak ada"): listed in `tidak_tercantum`.
    TidakTercantum,
    /// Not found in the source: left out of the draft, so that `standar check` asks the
    /// officer to fill it in or to record it as absent (the importer never asserts an absence
    /// it only failed to find).
    TidakDitemukan,
}

/// Whether a component's lines say only that there is none: `-`, `tidak ada`, `nihil`…
pub fn says_none(lines: &[Baris]) -> bool {
    const NONE: &[&str] = &[
        "-",
        "–",
        "—",
        "tidak ada",
        "tidak tercantum",
        "tidak dicantumkan",
        "tidak disebutkan",
        "belum ada",
        "nihil",
    ];
    let texts = texts(lines);
    !texts.is_empty()
        && texts.iter().all(|l| {
            let text = l.teks.trim().trim_end_matches(['.', ';', ',']).trim();
            NONE.iter().any(|n| text.eq_ignore_ascii_case(n))
        })
}

impl Hasil {
    /// Structured when anything went into its form, else kept as a note.
    pub fn dari(structured: bool) -> Hasil {
        if structured {
            Hasil::Terstruktur
        } else {
            Hasil::Catatan
        }
    }
}

/// The lines as a component's note, when there are any.
pub(super) fn catatan(peta: &mut Peta, lines: &[&Baris]) {
    if !lines.is_empty() {
        peta.isi("keterangan", ButirDraf::teks(joined(lines)));
    }
}

/// How much to structure: everything, or only what cannot fail (text and items), for the
/// rare draft whose structured form a check refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cara {
    /// Durations, amounts and contacts typed.
    Lengkap,
    /// Texts and items only.
    Aman,
}

/// Which components of a draft are written in their safe form ([`Cara::Aman`]): those a
/// check refused in their structured form, or every one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aman {
    /// Every component.
    semua: bool,
    /// The keys of the components refused.
    komponen: std::collections::BTreeSet<&'static str>,
}

impl Aman {
    /// How much of `komponen` to structure.
    pub fn cara(&self, komponen: Komponen) -> Cara {
        if self.semua || self.komponen.contains(komponen.kunci()) {
            Cara::Aman
        } else {
            Cara::Lengkap
        }
    }

    /// Whether any component is written in its safe form.
    pub fn dipakai(&self) -> bool {
        self.semua || !self.komponen.is_empty()
    }

    /// Notes a refusal of the structured draft: the component its pointer names (already
    /// safe: then every component), or every component when it names none.
    pub fn tolak(&mut self, diagnostic: &crate::diagnostic::Diagnostic) {
        let key = diagnostic
            .node
            .as_ref()
            .and_then(|n| n.pointer.split('/').nth(1))
            .and_then(|key| Komponen::ALL.into_iter().find(|k| k.kunci() == key));
        match key {
            Some(k) if !self.komponen.contains(k.kunci()) => {
                self.komponen.insert(k.kunci());
            }
            _ => self.semua = true,
        }
    }
}

pub(super) fn texts(lines: &[Baris]) -> Vec<&Baris> {
    lines.iter().filter(|l| !l.kosong()).collect()
}

/// The lines as one text. Each line's numbers already agree with their words; a number
/// ending one line and words opening the next (`… 9` / `(sepuluh) hari`) are read as a pair
/// once joined, so words that disagree with the number before them are taken out.
pub(super) fn joined(lines: &[&Baris]) -> String {
    lines_of(lines.iter().map(|l| l.teks.as_str()))
}

/// Texts as the lines of one text (see [`joined`]).
pub(super) fn lines_of<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut text = texts.collect::<Vec<_>>().join("\n");
    for found in crate::check::terbilang::selisih(&text).iter().rev() {
        text.replace_range(found.kata.clone(), "");
    }
    text
}

/// A draft value as YAML, for the tests of the component files.
#[cfg(test)]
pub(super) fn yaml(key: &str, value: Option<(ButirDraf, Hasil)>) -> String {
    let (butir, _) = value.unwrap_or_else(|| panic!("no value for {key}"));
    super::yaml::dokumen(&[], &[(key.to_string(), butir)])
}
