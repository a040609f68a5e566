//! The completion time: a total, its named parts, a note.

use serde::Serialize;

use crate::model::jangka_waktu::JangkaWaktu;
use crate::model::situs::Bahasa;
use crate::render::format;
use crate::render::text::Rich;

/// The completion time.
#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    pub total: Option<String>,
    pub bagian: Vec<TimePartView>,
    pub keterangan: Option<Rich>,
}

/// A named part of the completion time.
#[derive(Debug, Clone, Serialize)]
pub struct TimePartView {
    pub nama: String,
    pub waktu: Option<String>,
    pub keterangan: Option<Rich>,
}

/// The completion time, durations written out.
pub(super) fn time(w: &JangkaWaktu, bahasa: Bahasa) -> TimeView {
    TimeView {
        total: w.total.as_ref().map(|d| format::durasi(d, bahasa)),
        bagian: w
            .bagian
            .iter()
            .flatten()
            .map(|b| TimePartView {
                nama: b.nama.clone(),
                waktu: b.waktu.as_ref().map(|d| format::durasi(d, bahasa)),
                keterangan: Rich::maybe(b.keterangan.as_deref()),
            })
            .collect(),
        keterangan: Rich::maybe(w.keterangan.as_deref()),
    }
}

impl TimeView {
    /// For the summary: the total, else its parts, else its note.
    pub(super) fn summary(&self) -> Option<String> {
        self.total
            .clone()
            .or_else(|| {
                (!self.bagian.is_empty()).then(|| {
                    self.bagian
                        .iter()
                        .map(|b| match &b.waktu {
                            Some(waktu) => format!("{}: {waktu}", b.nama),
                            None => b.nama.clone(),
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                })
            })
            .or_else(|| self.keterangan.as_ref().map(|k| k.plain.clone()))
    }
}
