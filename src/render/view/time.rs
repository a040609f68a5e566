//! The completion time: a total, its named parts, a note.

use serde::Serialize;

use crate::model::jangka_waktu::JangkaWaktu;
use crate::model::situs::Bahasa;
use crate::render::format;
use crate::render::labels::Labels;
use crate::render::text::Rich;

/// The completion time.
#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    /// The total with when it starts: `paling lambat 5 hari kerja setelah berkas lengkap`.
    pub total: Option<String>,
    /// The steps the total covers, when only some: `untuk langkah 1–4`.
    pub cakupan: Option<String>,
    /// `Dapat diperpanjang 5 hari kerja`.
    pub perpanjangan: Option<String>,
    /// A deadline the applicant must meet, which is not the service's time.
    pub tenggat_pemohon: Option<ApplicantDeadlineView>,
    pub bagian: Vec<TimePartView>,
    pub keterangan: Option<Rich>,
}

/// What the applicant must do by when.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicantDeadlineView {
    pub uraian: String,
    /// `paling lambat 60 hari sejak kelahiran`.
    pub waktu: String,
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
pub(super) fn time(w: &JangkaWaktu, bahasa: Bahasa, t: &Labels) -> TimeView {
    let from = |text: String, mulai: Option<&str>| match mulai.map(str::trim) {
        Some(mulai) if !mulai.is_empty() => format!("{text} {mulai}"),
        _ => text,
    };
    TimeView {
        total: w
            .total
            .as_ref()
            .map(|d| from(format::durasi(d, bahasa), w.mulai.as_deref())),
        cakupan: w.rentang_langkah().map(|(first, last)| {
            if first == last {
                format!("{} {first}", t.untuk_langkah)
            } else {
                format!("{} {first}–{last}", t.untuk_langkah)
            }
        }),
        perpanjangan: w
            .perpanjangan
            .as_ref()
            .map(|d| format!("{} {}", t.dapat_diperpanjang, format::durasi(d, bahasa))),
        tenggat_pemohon: w.tenggat_pemohon.as_ref().map(|d| ApplicantDeadlineView {
            uraian: d.uraian.clone(),
            waktu: from(format::durasi(&d.waktu, bahasa), d.mulai.as_deref()),
            keterangan: Rich::maybe(d.keterangan.as_deref()),
        }),
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
            .map(|total| match &self.cakupan {
                Some(steps) => format!("{total}, {steps}"),
                None => total,
            })
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
