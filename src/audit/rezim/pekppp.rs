//! The "Kebijakan Pelayanan" aspect of the national evaluation of public-service delivery
//! (PEKPPP), per unit: its standards enacted, complete, drafted with the public, published,
//! reviewed; its pledge; its satisfaction survey carried out, published and followed up. Each
//! indicator is computed from what the files record and cites the rule it rests on; what the
//! evaluators ask to see as documents is listed as needing evidence, with what the files point
//! to.

use super::{Capaian, Indikator};
use crate::audit::{ReviewClock, UnitAudit};
use crate::corpus::survei::HasilSurvei;
use crate::corpus::{CompiledStandard, CompiledUnit};
use crate::model::publikasi::JenisMedia;
use crate::model::survei::StatusTindakLanjut;

/// What this regime cannot judge, and what could not be verified.
pub(super) const BATAS: &[&str] = &[
    "Indikator disusun dari aspek Kebijakan Pelayanan PEKPPP (PermenPANRB 29/2022 tentang Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik) dan kewajiban yang menjadi dasarnya. Bobot, skala nilai dan rincian pedoman evaluasi 2025 tidak dapat diverifikasi di sini terhadap teks resminya, jadi laporan ini tidak menghitung nilai PEKPPP dan tidak boleh dibaca sebagai nilai itu.",
    "Evaluator menilai dari dokumen bukti (SK yang ditandatangani, berita acara konsultasi, foto media publikasi, laporan dan rencana tindak lanjut survei); butir yang memerlukannya ditandai \"perlu bukti di luar berkas\", dengan tautan yang tercatat di berkas bila ada.",
    "Aspek PEKPPP yang lain (profesionalisme SDM, sarana prasarana, sistem informasi, konsultasi dan pengaduan, inovasi) tidak dinilai.",
];

const K_SK: (&str, &str, &str) = (
    "standar_ditetapkan",
    "Standar pelayanan ditetapkan",
    "UU 25/2009 Pasal 20; PermenPANRB 15/2014",
);
const K_KOMPONEN: (&str, &str, &str) = (
    "komponen_lengkap",
    "Standar memuat komponen Pasal 21",
    "UU 25/2009 Pasal 21",
);
const K_PARTISIPASI: (&str, &str, &str) = (
    "pelibatan_masyarakat",
    "Masyarakat dilibatkan dalam penyusunan standar",
    "UU 25/2009 Pasal 20 ayat (2); PermenPANRB 15/2014",
);
const K_PUBLIKASI: (&str, &str, &str) = (
    "standar_dipublikasikan",
    "Standar pelayanan dipublikasikan",
    "UU 25/2009 Pasal 15; PermenPANRB 15/2014",
);
const K_SIPPN: (&str, &str, &str) = (
    "standar_di_sippn",
    "Standar tercantum di SIPPN",
    "UU 25/2009 Pasal 23 (Sistem Informasi Pelayanan Publik)",
);
const K_TINJAUAN: (&str, &str, &str) = (
    "peninjauan_berkala",
    "Standar ditinjau secara berkala",
    "PermenPANRB 15/2014",
);
const K_MAKLUMAT: (&str, &str, &str) = (
    "maklumat",
    "Maklumat pelayanan ditetapkan dan dipublikasikan",
    "UU 25/2009 Pasal 22",
);
const K_SKM: (&str, &str, &str) = (
    "skm_dilaksanakan",
    "Survei kepuasan masyarakat dilaksanakan minimal sekali setahun",
    "PermenPANRB 14/2017 Pasal 1 ayat (1)",
);
const K_SKM_TERBIT: (&str, &str, &str) = (
    "skm_dipublikasikan",
    "Hasil survei kepuasan dipublikasikan",
    "PermenPANRB 14/2017",
);
const K_SKM_TINDAK: (&str, &str, &str) = (
    "skm_ditindaklanjuti",
    "Hasil survei kepuasan ditindaklanjuti",
    "PermenPANRB 14/2017",
);
const K_BUKTI: (&str, &str, &str) = (
    "dokumen_bukti",
    "Dokumen bukti untuk evaluator",
    "PermenPANRB 29/2022",
);

/// The unit's indicators, from its standards shown on the day (`shown`, audited in `basis`).
pub(super) fn indicators(
    unit: &CompiledUnit,
    shown: &[&CompiledStandard],
    basis: &UnitAudit,
    clock: ReviewClock,
) -> Vec<Indikator> {
    let lacking = |test: &dyn Fn(usize) -> bool| -> Vec<String> {
        (0..shown.len())
            .filter(|i| !test(*i))
            .map(|i| shown[i].id.slug.clone())
            .collect()
    };
    let all_or = |id, lack: Vec<String>, what: &str| {
        if shown.is_empty() {
            Indikator::new(
                id,
                Capaian::Belum,
                "unit ini belum punya standar yang berlaku",
            )
        } else if lack.is_empty() {
            Indikator::new(id, Capaian::Terpenuhi, format!("{} standar", shown.len()))
        } else {
            Indikator::new(id, Capaian::Belum, format!("{what}: {}", lack.join(", ")))
        }
    };
    let item = |i: usize, key: &str| {
        basis.standar[i]
            .tampilan
            .iter()
            .any(|t| t.kunci == key && t.terpenuhi)
    };
    let mut out = vec![
        all_or(
            K_SK,
            lacking(&|i| item(i, "sk_ditetapkan")),
            "tanpa SK yang berlaku",
        ),
        all_or(
            K_KOMPONEN,
            lacking(&|i| basis.standar[i].components_present() == 14),
            "komponennya belum lengkap",
        ),
        all_or(
            K_PARTISIPASI,
            lacking(&|i| {
                let k = shown[i].standar.konsultasi.as_ref();
                k.and_then(|k| k.kegiatan.as_ref())
                    .is_some_and(|list| !list.is_empty())
            }),
            "tanpa kegiatan konsultasi tercatat (`konsultasi.kegiatan`)",
        ),
        publication(shown),
        sippn(shown),
        all_or(
            K_TINJAUAN,
            lacking(&|i| {
                let r = &basis.standar[i].tinjauan;
                r.terakhir.is_some() && !r.terlambat
            }),
            "peninjauan belum dicatat atau terlambat",
        ),
        all_or(
            K_MAKLUMAT,
            lacking(&|i| item(i, "maklumat")),
            "tanpa maklumat bertanda tangan",
        ),
    ];
    out.extend(survey(&unit.survei, shown, clock));
    out.push(evidence(shown, &unit.survei));
    out
}

/// The site publishes every standard in force; the other media recorded are said beside it.
fn publication(shown: &[&CompiledStandard]) -> Indikator {
    let mut media: Vec<&str> = shown
        .iter()
        .flat_map(|s| s.standar.media_publikasi.iter().flatten())
        .map(|m| m.jenis.label())
        .collect();
    media.sort_unstable();
    media.dedup();
    let others = if media.is_empty() {
        "; media lain belum dicatat (`media_publikasi`)".to_string()
    } else {
        format!("; juga: {}", media.join(", "))
    };
    match shown.is_empty() {
        true => Indikator::new(K_PUBLIKASI, Capaian::Belum, "belum ada standar yang terbit"),
        false => Indikator::new(
            K_PUBLIKASI,
            Capaian::Terpenuhi,
            format!("situs yang dibangun `standar`{others}"),
        ),
    }
}

/// Whether every standard records its SIPPN entry.
fn sippn(shown: &[&CompiledStandard]) -> Indikator {
    let missing: Vec<String> = shown
        .iter()
        .filter(|s| {
            !s.standar
                .media_publikasi
                .iter()
                .flatten()
                .any(|m| m.jenis == JenisMedia::Sippn)
        })
        .map(|s| s.id.slug.clone())
        .collect();
    match (shown.is_empty(), missing.is_empty()) {
        (true, _) => Indikator::new(K_SIPPN, Capaian::Belum, "belum ada standar"),
        (false, true) => {
            Indikator::new(K_SIPPN, Capaian::Terpenuhi, "tercatat di `media_publikasi`")
        }
        (false, false) => Indikator::new(
            K_SIPPN,
            Capaian::Belum,
            format!(
                "tidak tercatat (`media_publikasi` dengan `jenis: sippn`): {}",
                missing.join(", ")
            ),
        ),
    }
}

/// The survey carried out in the year before the day, published, followed up.
fn survey(
    results: &[HasilSurvei],
    shown: &[&CompiledStandard],
    clock: ReviewClock,
) -> [Indikator; 3] {
    let recent: Vec<&HasilSurvei> = results
        .iter()
        .filter(|r| {
            clock
                .hari_ini
                .is_none_or(|d| r.sampai.tambah_bulan(12) >= d)
        })
        .collect();
    let uncovered: Vec<String> = shown
        .iter()
        .filter(|s| !recent.iter().any(|r| r.mencakup(&s.id.slug)))
        .map(|s| s.id.slug.clone())
        .collect();
    let done = match (recent.is_empty(), uncovered.is_empty()) {
        (true, _) => Indikator::new(
            K_SKM,
            Capaian::Belum,
            "tidak ada periode survei yang berakhir dalam 12 bulan terakhir (`survei_kepuasan` di `_unit.yaml`)",
        ),
        (false, true) => Indikator::new(
            K_SKM,
            Capaian::Terpenuhi,
            format!("periode {}", names(&recent)),
        ),
        (false, false) => Indikator::new(
            K_SKM,
            Capaian::Belum,
            format!(
                "layanan yang belum disurvei dalam 12 bulan terakhir: {}",
                uncovered.join(", ")
            ),
        ),
    };
    let published = match recent.is_empty() {
        true => Indikator::new(
            K_SKM_TERBIT,
            Capaian::Belum,
            "belum ada hasil survei terbaru",
        ),
        false => Indikator::new(
            K_SKM_TERBIT,
            Capaian::Terpenuhi,
            "diterbitkan di halaman unit dan halaman standarnya oleh `standar build`",
        ),
    };
    let steps: Vec<_> = recent.iter().flat_map(|r| &r.tindak_lanjut).collect();
    let followed = if recent.is_empty() {
        Indikator::new(
            K_SKM_TINDAK,
            Capaian::Belum,
            "belum ada hasil survei terbaru",
        )
    } else if steps.is_empty() {
        Indikator::new(
            K_SKM_TINDAK,
            Capaian::Belum,
            "tidak ada tindak lanjut tercatat (`tindak_lanjut` di periode survei)",
        )
    } else {
        let count = |s: StatusTindakLanjut| steps.iter().filter(|t| t.status == s).count();
        Indikator::new(
            K_SKM_TINDAK,
            Capaian::Terpenuhi,
            format!(
                "{} tindakan: {} selesai, {} berjalan, {} direncanakan",
                steps.len(),
                count(StatusTindakLanjut::Selesai),
                count(StatusTindakLanjut::Berjalan),
                count(StatusTindakLanjut::Direncanakan)
            ),
        )
    };
    [done, published, followed]
}

fn names(results: &[&HasilSurvei]) -> String {
    results
        .iter()
        .map(|r| r.periode.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The documents the evaluators ask for, with the links the files record.
fn evidence(shown: &[&CompiledStandard], results: &[HasilSurvei]) -> Indikator {
    let mut links: Vec<String> = Vec::new();
    for s in shown {
        links.extend(s.standar.sk.as_ref().and_then(|sk| sk.tautan.clone()));
        let events = s
            .standar
            .konsultasi
            .as_ref()
            .and_then(|k| k.kegiatan.as_ref());
        links.extend(
            events
                .into_iter()
                .flatten()
                .filter_map(|e| e.notulen.clone()),
        );
    }
    links.extend(results.iter().filter_map(|r| r.laporan.clone()));
    links.sort();
    links.dedup();
    let said = if links.is_empty() {
        "SK yang ditandatangani, berita acara konsultasi, foto media publikasi, laporan survei dan rencana tindak lanjutnya; berkas belum mencatat tautan dokumen mana pun".to_string()
    } else {
        format!(
            "SK yang ditandatangani, berita acara konsultasi, foto media publikasi, laporan survei dan rencana tindak lanjutnya; tautan tercatat: {}",
            links.join(", ")
        )
    };
    Indikator::new(K_BUKTI, Capaian::PerluBukti, said)
}
