//! What a page says about a standard's life: validity, other versions, consultation and
//! review (placed and filled in by the renderer, which knows the day of the build).

use serde::Serialize;

use super::ChannelView;
use crate::render::text::Rich;

/// What a page says about a standard's life.
#[derive(Debug, Clone, Serialize)]
pub struct MasaView {
    /// `berlaku`, `akan_berlaku`, `digantikan`, `berakhir` or `rancangan`.
    pub keadaan: &'static str,
    /// The sentence at the top of the page: "Berlaku sejak 2 Januari 2024".
    pub kalimat: Option<String>,
    /// "Berlaku sampai 31 Desember 2031", when the decree sets a last day.
    pub sampai: Option<String>,
    /// When responses to the draft closed, for a standard no longer a draft.
    pub ditutup: Option<String>,
    /// Whether search engines are asked not to index the page.
    pub noindex: bool,
    /// Whether the page has a board.
    pub papan: bool,
    /// The version shown at the address, when this page is another version of it.
    pub sekarang: Option<VersionLink>,
    /// A version that will apply later, and what it changes.
    pub berikutnya: Option<UpcomingView>,
    /// Every version of the standard, oldest first (none when it has only one).
    pub versi: Vec<VersionLink>,
    /// For a draft: until when and where to respond.
    pub tanggapan: Option<ResponseView>,
    /// Consultation events held.
    pub konsultasi: Vec<EventView>,
    /// The last and next review.
    pub tinjauan: Option<ReviewView>,
    /// What changed, version by version, newest first (from the repository's history).
    pub riwayat: Vec<HistoryView>,
}

/// One version of a standard in its history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryView {
    pub tanggal: String,
    /// Whether this is the version it was first published in.
    pub baru: bool,
    /// What changed from the version before, one sentence each.
    pub perubahan: Vec<String>,
}

/// One version of a standard in the repository's history: the day it was committed and what
/// it changed, in the site's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct EntriRiwayat {
    pub tanggal: crate::model::waktu::Tanggal,
    /// The first version of the file.
    pub baru: bool,
    /// What changed from the version before, one sentence each.
    pub perubahan: Vec<String>,
}

/// The history of a corpus's standards, by `unit/slug`, oldest version first.
pub type Riwayat = std::collections::BTreeMap<String, Vec<EntriRiwayat>>;

/// A link to a version of the same standard, from the site root.
#[derive(Debug, Clone, Serialize)]
pub struct VersionLink {
    pub label: String,
    pub href: String,
    /// Whether it is the page being read.
    pub ini: bool,
}

/// A version that applies from a later day.
#[derive(Debug, Clone, Serialize)]
pub struct UpcomingView {
    pub kalimat: String,
    /// The day it was enacted (its decree's date, else its first day): its feed entry's.
    pub ditetapkan: crate::model::waktu::Tanggal,
    pub href: String,
    /// What it changes, one sentence each.
    pub perubahan: Vec<String>,
}

/// How to respond to a draft.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseView {
    pub kalimat: Option<String>,
    pub saluran: Vec<ChannelView>,
}

/// A consultation event.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub tanggal: String,
    pub forum: String,
    pub peserta: Vec<String>,
    pub notulen: Option<String>,
    pub hasil: Vec<String>,
}

/// The review dates.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    pub terakhir: String,
    pub berikutnya: Option<String>,
    pub terlambat: bool,
    pub keterangan: Option<Rich>,
}
