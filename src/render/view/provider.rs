//! Who provides the service and under what: the unit, the adopting decree, the opening
//! hours and the pledge.

use serde::Serialize;

use super::link::{Link, email_link, phone_link, web_link};
use super::non_empty;
use crate::model::jam_pelayanan::{JamPelayanan, ringkas_hari};
use crate::model::maklumat::Maklumat;
use crate::model::penyelenggara::Penyelenggara;
use crate::model::situs::Bahasa;
use crate::model::sk::{StatusSk, SuratKeputusan};
use crate::model::waktu::Hari;
use crate::render::format;
use crate::render::text::Rich;

/// The providing unit.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderView {
    pub pemerintah: String,
    pub unit: String,
    pub subunit: Option<String>,
    pub alamat: Option<String>,
    pub telepon: Option<Link>,
    pub email: Option<Link>,
    pub website: Option<Link>,
    /// `Subunit, Unit` — the name used under the service name.
    pub nama: String,
    pub kepala: Option<HeadView>,
}

/// The head of the providing unit.
#[derive(Debug, Clone, Serialize)]
pub struct HeadView {
    pub jabatan: String,
    pub nama: Option<String>,
    pub nip: Option<String>,
}

/// The adopting decree.
#[derive(Debug, Clone, Serialize)]
pub struct DecreeView {
    pub nomor: Option<String>,
    pub tanggal: Option<String>,
    pub tentang: Option<String>,
    /// Who adopted it: `Bupati Sleman`.
    pub penetap: Option<String>,
    /// Where the standard is in the decree: `Lampiran II`.
    pub lampiran: Option<String>,
    pub rancangan: bool,
    pub tautan: Option<Link>,
}

/// One opening-hours row.
#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    pub hari: String,
    pub jam: String,
    pub istirahat: Option<String>,
    pub keterangan: Option<Rich>,
}

/// The pledge and its signer.
#[derive(Debug, Clone, Serialize)]
pub struct PledgeView {
    pub teks: Rich,
    pub jabatan: String,
    pub nama: String,
    pub pangkat: Option<String>,
    pub nip: Option<String>,
    pub tempat: Option<String>,
    pub tanggal: Option<String>,
}

/// The providing unit, its name as `Subunit, Unit`.
pub(super) fn provider(p: &Penyelenggara) -> ProviderView {
    ProviderView {
        nama: [p.subunit.as_deref(), Some(p.unit.as_str())]
            .into_iter()
            .flatten()
            .filter(|x| !x.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        pemerintah: p.pemerintah.clone(),
        unit: p.unit.clone(),
        subunit: non_empty(p.subunit.as_deref()),
        alamat: non_empty(p.alamat.as_deref()),
        telepon: p.telepon.as_deref().and_then(phone_link),
        email: p.email.as_deref().and_then(email_link),
        website: p.website.as_deref().and_then(web_link),
        kepala: p.kepala.as_ref().map(|k| HeadView {
            jabatan: k.jabatan.clone(),
            nama: non_empty(k.nama.as_deref()),
            nip: non_empty(k.nip.as_deref()),
        }),
    }
}

/// The adopting decree, its date written out.
pub(super) fn decree(sk: &SuratKeputusan, bahasa: Bahasa) -> DecreeView {
    DecreeView {
        nomor: non_empty(sk.nomor.as_deref()),
        tanggal: sk.tanggal.map(|d| format::tanggal(&d, bahasa)),
        tentang: non_empty(sk.tentang.as_deref()),
        penetap: non_empty(sk.penetap.as_deref()),
        lampiran: non_empty(sk.lampiran.as_deref()),
        rancangan: sk.status == StatusSk::Rancangan,
        tautan: sk.tautan.as_deref().and_then(web_link),
    }
}

/// The opening hours, consecutive days shortened (`Senin–Kamis`).
pub(super) fn hours(rows: &[JamPelayanan], bahasa: Bahasa) -> Vec<HoursView> {
    let day_name = match bahasa {
        Bahasa::Id => Hari::nama,
        Bahasa::En => Hari::english,
    };
    rows.iter()
        .map(|row| HoursView {
            hari: ringkas_hari(&row.hari, day_name),
            jam: match row.zona_waktu {
                Some(zone) => format!("{} {}", row.jam, zone.kode()),
                None => row.jam.to_string(),
            },
            istirahat: row.istirahat.map(|r| r.to_string()),
            keterangan: Rich::maybe(row.keterangan.as_deref()),
        })
        .collect()
}

/// The pledge (the standard wording when none is written) and its signer.
pub(super) fn pledge(m: &Maklumat, bahasa: Bahasa) -> PledgeView {
    let signer = &m.penandatangan;
    PledgeView {
        teks: Rich::new(m.teks()),
        jabatan: signer.jabatan.clone(),
        nama: signer.nama.clone(),
        pangkat: non_empty(signer.pangkat.as_deref()),
        nip: non_empty(signer.nip.as_deref()),
        tempat: non_empty(signer.tempat.as_deref()),
        tanggal: signer.tanggal.map(|d| format::tanggal(&d, bahasa)),
    }
}
