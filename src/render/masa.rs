//! A standard's life on its page: which version of it applies on the day of the build, where
//! each version is published, and what its page says about validity, other versions,
//! consultation and review.
//!
//! The version that applies (or, before any does, the next to apply) is published at the
//! standard's address and on the boards; every other version at `<address>/versi/<file>/`,
//! kept out of the index, the sitemap and the boards (`noindex`). A draft is never on a board.

use super::format::tanggal;
use super::labels::Labels;
use super::perubahan;
use super::text::Rich;
use super::view::{
    EventView, HistoryView, MasaView, ResponseView, ReviewView, StandardView, UpcomingView,
    VersionLink, channels,
};
use super::{RenderSummary, SiteOptions};
use crate::corpus::CompiledStandard;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::masa_berlaku::{self, Keadaan, Seri};
use crate::model::situs::Bahasa;
use crate::model::waktu::Tanggal;
use crate::model::{Standar, tinjauan::Tinjauan};

/// Where and how one standard of a unit is published on the day of the build.
#[derive(Debug, Clone)]
pub(super) struct Terbit {
    /// Its folder below the unit: the address, or `<address>/versi/<file>`.
    pub(super) path: String,
    /// Where it stands today.
    pub(super) keadaan: Keadaan,
    /// Whether it is the version shown at its address.
    pub(super) tampil: bool,
}

impl Terbit {
    /// Whether it is listed as a standard of the unit: on the unit's boards, in the index and
    /// the sitemap, open to search engines.
    pub(super) fn terdaftar(&self) -> bool {
        self.tampil && self.papan()
    }

    /// Whether it has a board of its own (an upcoming version's board is printed ahead).
    pub(super) fn papan(&self) -> bool {
        matches!(self.keadaan, Keadaan::Berlaku | Keadaan::AkanBerlaku(_))
    }
}

/// The folder's standards as `versi_dari` and the decrees place them on `hari_ini`: the series
/// and, in the order of `standards`, where each is published.
pub(super) fn place(
    standards: &[&CompiledStandard],
    hari_ini: Tanggal,
) -> (Vec<Seri>, Vec<Terbit>) {
    let list = listed(standards);
    let series = masa_berlaku::seri(&list, hari_ini);
    let mut places: Vec<Option<Terbit>> = vec![None; standards.len()];
    for seri in &series {
        for (n, versi) in seri.versi.iter().enumerate() {
            let tampil = n == seri.tampil;
            let path = if tampil {
                seri.alamat.clone()
            } else {
                format!("{}/versi/{}", seri.alamat, standards[versi.indeks].id.slug)
            };
            places[versi.indeks] = Some(Terbit {
                path,
                keadaan: versi.keadaan,
                tampil,
            });
        }
    }
    // A standard in no series was refused by the checks already; published where it is.
    let places = places
        .into_iter()
        .zip(standards)
        .map(|(place, s)| {
            place.unwrap_or(Terbit {
                path: s.id.slug.clone(),
                keadaan: Keadaan::Berlaku,
                tampil: true,
            })
        })
        .collect();
    (series, places)
}

/// The day a unit is placed on: the build's, or without one the first day of the unit's
/// newest version (so that a preview shows the newest).
pub(super) fn day_of(standards: &[&CompiledStandard], options: &SiteOptions) -> Tanggal {
    masa_berlaku::hari_penempatan(&listed(standards), options.hari_ini)
}

/// `(slug, standard)` of each standard, as the model's placement takes them.
fn listed<'a>(standards: &[&'a CompiledStandard]) -> Vec<(&'a str, &'a Standar)> {
    standards
        .iter()
        .map(|c| (c.id.slug.as_str(), &c.standar))
        .collect()
}

/// The days between which a unit's pages, rendered on `options.hari_ini`, stay right: from
/// (included) and until (excluded); `None` on a side that is open.
pub fn jendela(
    standards: &[&CompiledStandard],
    options: &SiteOptions,
) -> (Option<Tanggal>, Option<Tanggal>) {
    let Some(today) = options.hari_ini else {
        return (None, None);
    };
    let (mut from, mut until) = masa_berlaku::jendela(&listed(standards), today);
    for due in standards
        .iter()
        .filter_map(|s| due(s.standar.tinjauan.as_ref(), options.selang_tinjauan))
    {
        // A review becomes overdue the day after it is due.
        let turn = due.besok();
        if turn <= today {
            from = from.max(Some(turn));
        } else {
            until = Some(until.map_or(turn, |u| u.min(turn)));
        }
    }
    (from, until)
}

/// When the next review is due: as written, else `selang` months after the last.
pub fn due(tinjauan: Option<&Tinjauan>, selang: u32) -> Option<Tanggal> {
    tinjauan.map(|t| {
        t.berikutnya
            .unwrap_or_else(|| t.terakhir.tambah_bulan(selang))
    })
}

/// A label with its `{}` replaced by a date.
fn dated(label: &str, day: Tanggal, bahasa: Bahasa) -> String {
    label.replacen("{}", &tanggal(&day, bahasa), 1)
}

/// Fills in the `masa` of each view: `views` and `places` in the order of `standards`, the
/// views still at their files' slugs (so that versions can be compared).
pub(super) fn describe(
    standards: &[&CompiledStandard],
    series: &[Seri],
    places: &[Terbit],
    views: &mut [StandardView],
    options: &SiteOptions,
    today: Tanggal,
    t: &Labels,
) {
    let mut described: Vec<Option<MasaView>> = vec![None; views.len()];
    for seri in series {
        let shown = seri.ditampilkan().indeks;
        let link = |i: usize, ini: usize| VersionLink {
            label: version_label(&places[i], &standards[i].standar, options.bahasa, t),
            href: format!("{}/{}/index.html", standards[i].id.unit, places[i].path),
            ini: i == ini,
        };
        let upcoming = seri
            .versi
            .iter()
            .find(|v| matches!(v.keadaan, Keadaan::AkanBerlaku(_)) && v.indeks != shown);
        for versi in &seri.versi {
            let i = versi.indeks;
            let place = &places[i];
            let mut masa = own(place, &standards[i].standar, options, today, t);
            if !place.tampil {
                masa.sekarang = Some(link(shown, i));
            }
            if let Some(next) = upcoming.filter(|_| place.tampil)
                && let Keadaan::AkanBerlaku(day) = next.keadaan
            {
                let sk = standards[next.indeks].standar.sk.as_ref();
                masa.berikutnya = Some(UpcomingView {
                    ditetapkan: sk.and_then(|s| s.tanggal).unwrap_or(day),
                    kalimat: dated(t.masa.versi_baru, day, options.bahasa),
                    href: link(next.indeks, i).href,
                    perubahan: perubahan::between_versions(&views[i], &views[next.indeks], t)
                        .iter()
                        .map(|c| c.kalimat(t))
                        .collect(),
                });
            }
            if seri.versi.len() > 1 {
                masa.versi = seri.versi.iter().map(|v| link(v.indeks, i)).collect();
            }
            masa.riwayat = history(&standards[i].id.to_string(), options);
            described[i] = Some(masa);
        }
    }
    for (view, masa) in views.iter_mut().zip(described) {
        view.masa = masa;
    }
}

/// A standard's history from the repository, newest first.
fn history(id: &str, options: &SiteOptions) -> Vec<HistoryView> {
    options
        .riwayat
        .get(id)
        .map(|entries| {
            entries
                .iter()
                .rev()
                .map(|e| HistoryView {
                    tanggal: tanggal(&e.tanggal, options.bahasa),
                    baru: e.baru,
                    perubahan: e.perubahan.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// How a version is named in the list of versions.
fn version_label(place: &Terbit, standar: &Standar, bahasa: Bahasa, t: &Labels) -> String {
    let start = standar.sk.as_ref().and_then(|s| s.mulai());
    let mut label = match (place.keadaan, start) {
        (Keadaan::Rancangan, _) => t.masa.rancangan.to_string(),
        (Keadaan::AkanBerlaku(day), _) => dated(t.masa.mulai_berlaku, day, bahasa),
        (_, Some(day)) => dated(t.masa.berlaku_sejak, day, bahasa),
        (_, None) => standar.nama.clone(),
    };
    if let Some(nomor) = standar.sk.as_ref().and_then(|s| s.nomor.as_deref()) {
        label.push_str(&format!(" — {} {nomor}", t.nomor_sk));
    }
    label
}

/// What a version's own page says, before the links to the others.
fn own(
    place: &Terbit,
    standar: &Standar,
    options: &SiteOptions,
    today: Tanggal,
    t: &Labels,
) -> MasaView {
    let bahasa = options.bahasa;
    let sk = standar.sk.as_ref();
    let (keadaan, kalimat) = match place.keadaan {
        Keadaan::Berlaku => (
            "berlaku",
            sk.and_then(|s| s.mulai())
                .map(|d| dated(t.masa.berlaku_sejak, d, bahasa)),
        ),
        Keadaan::AkanBerlaku(day) => (
            "akan_berlaku",
            Some(dated(t.masa.mulai_berlaku, day, bahasa)),
        ),
        Keadaan::Digantikan(day) => ("digantikan", Some(dated(t.masa.digantikan, day, bahasa))),
        Keadaan::Berakhir(last) => (
            "berakhir",
            Some(dated(t.masa.berakhir, last.besok(), bahasa)),
        ),
        Keadaan::Rancangan => ("rancangan", Some(t.masa.rancangan_keterangan.to_string())),
    };
    let konsultasi = standar.konsultasi.as_ref();
    let tanggapan = (place.keadaan == Keadaan::Rancangan).then(|| ResponseView {
        kalimat: konsultasi.and_then(|k| k.ditutup).map(|d| {
            let label = if d < today {
                t.masa.tanggapan_ditutup
            } else {
                t.masa.tanggapan_sampai
            };
            dated(label, d, bahasa)
        }),
        saluran: konsultasi
            .and_then(|k| k.tanggapan.as_deref())
            .map(|list| channels(list, bahasa))
            .unwrap_or_default(),
    });
    MasaView {
        keadaan,
        kalimat,
        sampai: sk
            .and_then(|s| s.berlaku_sampai)
            .map(|d| dated(t.masa.berlaku_sampai, d, bahasa)),
        ditutup: konsultasi
            .and_then(|k| k.ditutup)
            .filter(|_| place.keadaan != Keadaan::Rancangan)
            .map(|d| dated(t.masa.tanggapan_ditutup, d, bahasa)),
        noindex: !place.terdaftar(),
        papan: place.papan(),
        sekarang: None,
        berikutnya: None,
        versi: Vec::new(),
        tanggapan,
        konsultasi: konsultasi
            .and_then(|k| k.kegiatan.as_deref())
            .unwrap_or_default()
            .iter()
            .map(|e| EventView {
                tanggal: tanggal(&e.tanggal, bahasa),
                forum: e.forum.clone(),
                peserta: e.peserta.clone().unwrap_or_default(),
                notulen: e.notulen.clone(),
                hasil: e.hasil.clone().unwrap_or_default(),
            })
            .collect(),
        riwayat: Vec::new(),
        tinjauan: standar.tinjauan.as_ref().map(|r| {
            let next = due(Some(r), options.selang_tinjauan);
            ReviewView {
                terakhir: tanggal(&r.terakhir, bahasa),
                berikutnya: next.map(|d| tanggal(&d, bahasa)),
                terlambat: next.is_some_and(|d| options.hari_ini.is_some_and(|t| d < t)),
                keterangan: Rich::maybe(r.keterangan.as_deref()),
            }
        }),
    }
}

/// Warns of every standard in force whose review is overdue on the day of the build.
pub(super) fn overdue_reviews(
    standards: &[&CompiledStandard],
    places: &[Terbit],
    options: &SiteOptions,
    summary: &mut RenderSummary,
) {
    let Some(today) = options.hari_ini else {
        return;
    };
    for (compiled, place) in standards.iter().zip(places) {
        let Some(day) = due(compiled.standar.tinjauan.as_ref(), options.selang_tinjauan)
            .filter(|d| *d < today && place.terdaftar())
        else {
            continue;
        };
        let text = &compiled.file.text;
        let span = text
            .find("tinjauan:")
            .map(|start| start..start + "tinjauan".len());
        let mut warning = Diagnostic::new(
            Code::ReviewOverdue,
            &compiled.file,
            format!(
                "peninjauan standar ini jatuh tempo {}, dan belum dicatat dilakukan",
                day.indonesia()
            ),
        )
        .help("tinjau standar ini, lalu tulis tanggalnya di `tinjauan.terakhir` (di berkas ini, atau di `_unit.yaml` bila tanggal yang lama diwarisi dari sana)");
        if let Some(span) = span {
            warning = warning.at(span);
        }
        summary.warnings.push(warning);
    }
}
