//! Atom feeds (RFC 4287) of what happens to the standards: `feed.xml` for the site and one
//! per unit. An entry for each version in a standard's history (first published, then each
//! change with its list of changes), for the day a standard came into force when there is no
//! history, for an upcoming version with what it will change, and for a draft opened for
//! consultation. Written only with a base URL (a feed's ids and links are absolute), and
//! from the inputs alone (the day of the build decides only which version is shown), so that
//! an incremental build writes the same feed as a clean one.

use serde::{Deserialize, Serialize};

use super::fixed;
use super::masa::Terbit;
use super::view::StandardView;
use super::{Emitter, Renderer};
use crate::corpus::CompiledStandard;
use crate::diagnostic::Diagnostic;
use crate::model::masa_berlaku::Keadaan;
use crate::model::waktu::Tanggal;

/// The most entries of the site's feed (a unit's feed has all of its own).
const SITE_ENTRIES: usize = 200;

/// One entry of a feed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FeedEntry {
    /// RFC 3339, midnight WIB of the day: first, so that entries sort by it.
    pub(super) updated: String,
    pub(super) id: String,
    pub(super) judul: String,
    pub(super) href: String,
    pub(super) perubahan: Vec<String>,
}

/// A feed as its template shows it.
#[derive(Serialize)]
struct Feed<'a> {
    lang: &'static str,
    id: String,
    judul: String,
    updated: &'a str,
    penulis: &'a str,
    alternate: String,
    entri: &'a [FeedEntry],
}

/// Midnight WIB of a day, as Atom writes dates.
fn rfc3339(day: Tanggal) -> String {
    format!("{day}T00:00:00+07:00")
}

impl Renderer<'_> {
    /// The feed entries of a unit's standards, newest first; none without a base URL.
    pub(super) fn feed_entries(
        &self,
        standards: &[&CompiledStandard],
        views: &[StandardView],
        places: &[Terbit],
    ) -> Vec<FeedEntry> {
        let Some(base) = self.options.url_dasar.as_deref() else {
            return Vec::new();
        };
        let m = &self.t.masa;
        let mut entries = Vec::new();
        for ((compiled, view), place) in standards.iter().zip(views).zip(places) {
            let href = format!("{base}{}/", view.id);
            // Ids stay the same from build to build: the kind and day of the event, with a
            // number only for a second event of one kind on one day.
            let mut ids = std::collections::BTreeSet::new();
            let mut entry = |kind: &str, day: Tanggal, what: &str, perubahan: Vec<String>| {
                let mut id = format!("{href}#{kind}-{day}");
                let mut n = 1;
                while !ids.insert(id.clone()) {
                    n += 1;
                    id = format!("{href}#{kind}-{day}-{n}");
                }
                entries.push(FeedEntry {
                    updated: rfc3339(day),
                    id,
                    judul: format!("{} — {what}", view.nama),
                    href: href.clone(),
                    perubahan,
                });
            };
            let history = self.options.riwayat.get(&compiled.id.to_string());
            for version in history.into_iter().flatten() {
                let (kind, what) = match (version.baru, place.keadaan) {
                    (true, Keadaan::Rancangan) => ("rancangan", m.rancangan),
                    (true, _) => ("terbit", m.pertama_terbit),
                    (false, _) => ("ubah", m.perubahan_isi),
                };
                entry(kind, version.tanggal, what, version.perubahan.clone());
            }
            let sk = compiled.standar.sk.as_ref();
            if history.is_none()
                && place.tampil
                && place.keadaan == Keadaan::Berlaku
                && let Some(day) = sk.and_then(|s| s.mulai())
            {
                let since = super::format::tanggal(&day, self.options.bahasa);
                entry(
                    "berlaku",
                    day,
                    &m.berlaku_sejak.replacen("{}", &since, 1),
                    Vec::new(),
                );
            }
            if let Some(next) = view.masa.as_ref().and_then(|v| v.berikutnya.as_ref()) {
                entry(
                    "versi-baru",
                    next.ditetapkan,
                    &next.kalimat,
                    next.perubahan.clone(),
                );
            }
        }
        entries.sort_by(|a, b| b.cmp(a));
        entries
    }

    /// Writes a feed of `entries` at `path` (site-relative), titled `judul`, for the page at
    /// `page` (site-relative).
    pub(super) fn feed(
        &self,
        path: &str,
        judul: &str,
        page: &str,
        entries: &[FeedEntry],
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let Some(base) = self.options.url_dasar.as_deref() else {
            return Ok(());
        };
        // A feed without entries yet still says when it was last updated: never.
        let updated = entries
            .first()
            .map_or("1970-01-01T00:00:00Z", |e| e.updated.as_str());
        let feed = Feed {
            lang: self.t.lang,
            id: format!("{base}{path}"),
            judul: judul.to_string(),
            updated,
            penulis: &self.options.judul,
            alternate: format!("{base}{page}"),
            entri: entries,
        };
        out.emit(path, fixed::render("atom.xml", &feed)?.as_bytes())
    }

    /// The site's feed: the newest entries of every unit.
    pub(super) fn site_feed(
        &self,
        parts: &[std::sync::Arc<super::IndexPart>],
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let mut entries: Vec<FeedEntry> =
            parts.iter().flat_map(|p| p.umpan.iter().cloned()).collect();
        entries.sort_by(|a, b| b.cmp(a));
        entries.truncate(SITE_ENTRIES);
        self.feed("feed.xml", &self.options.judul, "", &entries, out)
    }
}
