//! The Ombudsman's assessment, only as far as the files can show it: the items its assessors
//! have looked for at the service counter (the published standard, the pledge, complaint
//! channels and procedure, opening hours, facilities for users with special needs, the
//! survey, an enacted decree), each with the article it rests on, and the display at the
//! counter itself as evidence only an observation gives.

use super::{Capaian, Indikator};
use crate::audit::StandardAudit;
use crate::corpus::CompiledStandard;
use crate::corpus::survei::HasilSurvei;
use crate::model::publikasi::JenisMedia;

/// What this regime cannot judge, and what could not be verified.
pub(super) const BATAS: &[&str] = &[
    "Ombudsman RI menerbitkan opini atas penyelenggaraan pelayanan publik dari pengamatan langsung, persepsi pengguna tentang maladministrasi, dan pengelolaan pengaduan; laporan ini bukan opini itu dan tidak memuat nilainya.",
    "Yang diperiksa hanya butir yang dapat terlihat dari berkas standar: apakah isinya ada untuk diumumkan. Apakah benar terpampang dan dijalankan di tempat pelayanan hanya dapat dinilai dengan pengamatan.",
    "Rincian variabel dan bobot penilaian Ombudsman tahun berjalan tidak dapat diverifikasi di sini terhadap teks resminya; setiap butir menyebut dasar hukumnya sendiri.",
];

/// The article or rule each display item rests on, by the item's key.
fn source(key: &str) -> &'static str {
    match key {
        "komponen_penyampaian" => "UU 25/2009 Pasal 21; PermenPANRB 15/2014",
        "maklumat" => "UU 25/2009 Pasal 22",
        "saluran_pengaduan" => "UU 25/2009 Pasal 36; Perpres 76/2013 (SP4N-LAPOR!)",
        "prosedur_pengaduan" => "UU 25/2009 Pasal 36",
        "jam_pelayanan" => "UU 25/2009 Pasal 21 (komponen penyampaian pelayanan)",
        "kebutuhan_khusus" => "UU 25/2009 Pasal 29",
        "survei_evaluasi" => "PermenPANRB 14/2017",
        "sk_ditetapkan" => "UU 25/2009 Pasal 20",
        _ => "Ombudsman RI",
    }
}

/// The items of `audit` (a survey the unit records counting for the survey item), and the
/// display at the counter.
pub(super) fn indicators(
    standard: &CompiledStandard,
    audit: &StandardAudit,
    survei: &[HasilSurvei],
) -> Vec<Indikator> {
    let standar = &standard.standar;
    let surveyed: Vec<&str> = survei
        .iter()
        .filter(|r| r.mencakup(&standard.id.slug))
        .map(|r| r.periode.as_str())
        .collect();
    let mut out: Vec<Indikator> = audit
        .tampilan
        .iter()
        .map(|item| {
            let (keadaan, why) = match item.kurang {
                None => (Capaian::Terpenuhi, String::new()),
                Some(_) if item.kunci == "survei_evaluasi" && !surveyed.is_empty() => (
                    Capaian::Terpenuhi,
                    format!("survei kepuasan tercatat: {}", surveyed.join(", ")),
                ),
                Some(lack) => (Capaian::Belum, lack.to_string()),
            };
            Indikator::new((item.kunci, item.nama, source(item.kunci)), keadaan, why)
        })
        .collect();
    let board = standar
        .media_publikasi
        .iter()
        .flatten()
        .find(|m| m.jenis == JenisMedia::Papan);
    let said = match board {
        Some(m) => format!(
            "papan tercatat di `media_publikasi`{}; `standar build` mencetak papannya (papan.html)",
            m.keterangan
                .as_deref()
                .map(|k| format!(" ({k})"))
                .unwrap_or_default()
        ),
        None => "`standar build` mencetak papannya (papan.html); catat tempatnya di `media_publikasi` dengan `jenis: papan`".to_string(),
    };
    out.push(Indikator::new(
        (
            "terpampang",
            "Standar pelayanan terpampang di tempat pelayanan",
            "UU 25/2009 Pasal 15; PermenPANRB 15/2014; pengamatan Ombudsman RI",
        ),
        Capaian::PerluBukti,
        said,
    ));
    out
}
