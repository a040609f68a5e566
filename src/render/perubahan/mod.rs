//! What changed between two versions of a standard, in the words a citizen reads on its page:
//! "Biaya: Rp10.000 → Rp15.000", "Persyaratan ditambah: Fotokopi KK". Computed from the
//! views of the two versions (the typed model, formatted), section by section, never from
//! lines of YAML: a reworded comment or a reordered key is no change, a fee written
//! `15000` instead of `10000` is.

mod compare;
mod facts;

use serde::Serialize;

use super::escape;
use super::labels::Labels;
use super::view::StandardView;

/// How a fact changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisPerubahan {
    /// The same fact says something else now.
    Diubah,
    /// A fact the old version did not have.
    Ditambah,
    /// A fact the new version no longer has.
    Dihapus,
    /// The same items in another order (steps, requirements).
    Diurutkan,
}

/// One change: where on the page, what kind, and the fact before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Perubahan {
    /// The section, with the field when the section has several: `Biaya`,
    /// `Penyelenggara — Alamat`.
    pub bagian: String,
    pub jenis: JenisPerubahan,
    /// The fact in the old version (none when added or reordered).
    pub sebelum: Option<String>,
    /// The fact in the new version (none when removed or reordered).
    pub sesudah: Option<String>,
}

impl Perubahan {
    /// The change as one sentence: `Biaya: Rp10.000 → Rp15.000`.
    pub fn kalimat(&self, t: &Labels) -> String {
        let before = self.sebelum.as_deref().unwrap_or_default();
        let after = self.sesudah.as_deref().unwrap_or_default();
        match self.jenis {
            JenisPerubahan::Diubah => format!("{}: {before} → {after}", self.bagian),
            JenisPerubahan::Ditambah => format!("{} {}: {after}", self.bagian, t.ditambah),
            JenisPerubahan::Dihapus => format!("{} {}: {before}", self.bagian, t.dihapus),
            JenisPerubahan::Diurutkan => format!("{}: {}", self.bagian, t.urutan_diubah),
        }
    }
}

/// Every change from `old` to `new`, section by section in the page's order.
pub fn between(old: &StandardView, new: &StandardView, t: &Labels) -> Vec<Perubahan> {
    let old = facts::sections(old, t);
    let new = facts::sections(new, t);
    old.iter()
        .zip(&new)
        .flat_map(|(old, new)| compare::section(old, new))
        .collect()
}

/// The changes from one version of a series to the next. Their scheduled changes are left
/// out: each is a version of the series itself, announced as such, and the one that became
/// the new version is no longer scheduled in it.
pub fn between_versions(old: &StandardView, new: &StandardView, t: &Labels) -> Vec<Perubahan> {
    let old = facts::sections(old, t);
    let new = facts::sections(new, t);
    old.iter()
        .zip(&new)
        .filter(|(section, _)| section.judul != t.masa.perubahan_terjadwal)
        .flat_map(|(old, new)| compare::section(old, new))
        .collect()
}

/// The changes as a Markdown list, one sentence per item (escaped: the facts are the
/// officers' text).
pub fn markdown(changes: &[Perubahan], t: &Labels) -> String {
    changes
        .iter()
        .map(|change| format!("- {}\n", escape::markdown(&change.kalimat(t))))
        .collect()
}

/// A change with its sentence, as the JSON outputs write it.
#[derive(Debug, Serialize)]
pub struct PerubahanJson<'c> {
    #[serde(flatten)]
    pub change: &'c Perubahan,
    pub kalimat: String,
}

/// The changes with their sentences, for JSON.
pub fn json<'c>(changes: &'c [Perubahan], t: &Labels) -> Vec<PerubahanJson<'c>> {
    changes
        .iter()
        .map(|change| PerubahanJson {
            change,
            kalimat: change.kalimat(t),
        })
        .collect()
}
