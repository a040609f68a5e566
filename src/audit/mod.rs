//! Compliance audit: which of the 14 components of UU 25/2009 Pasal 21 a standard has, which
//! display items an Ombudsman assessor looks for are covered, and a score.
//!
//! The score rule, also printed in every report:
//! `skor = 50 × (komponen terisi ÷ 14) + 50 × (butir tampilan terpenuhi ÷ 8)`, rounded to the
//! nearest whole number; a unit's score is the mean of its standards' scores. Beside the
//! score, not in it: whether the standard's periodic review is recorded and on time.

pub mod rezim;

use serde::Serialize;

use crate::corpus::{CompiledStandard, CompiledUnit};
use crate::model::Standar;
use crate::model::butir::Butir;
use crate::model::komponen::{Isian, Komponen};
use crate::model::masa_berlaku;
use crate::model::pengaduan::JenisSaluran;
use crate::model::sk::StatusSk;
use crate::model::waktu::Tanggal;

/// The rule behind the score, in the reports' language.
pub const ATURAN_SKOR: &str = "skor = 50 × (komponen Pasal 21 yang terisi ÷ 14) + 50 × (butir tampilan yang terpenuhi ÷ 8), dibulatkan; skor unit = rata-rata skor standarnya";

/// Whether a component is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Written with content.
    Ada,
    /// The key is written but says nothing.
    Kosong,
    /// Not written, here or in the unit file.
    TidakAda,
    /// Recorded as not given by the source document (`tidak_tercantum`).
    TidakTercantum,
}

impl Status {
    /// The Indonesian word for the status.
    pub fn label(self) -> &'static str {
        match self {
            Status::Ada => "ada",
            Status::Kosong => "kosong",
            Status::TidakAda => "tidak ada",
            Status::TidakTercantum => "tidak tercantum di sumber",
        }
    }
}

/// One component of Pasal 21.
#[derive(Debug, Clone, Serialize)]
pub struct Component {
    /// The key in the YAML file.
    pub kunci: &'static str,
    /// Its name in the law.
    pub nama: &'static str,
    pub status: Status,
}

/// One display item an assessor checks.
#[derive(Debug, Clone, Serialize)]
pub struct DisplayItem {
    /// Stable identifier.
    pub kunci: &'static str,
    /// What is checked.
    pub nama: &'static str,
    pub terpenuhi: bool,
    /// What is missing, when not met.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kurang: Option<&'static str>,
}

/// The audit of one standard.
#[derive(Debug, Clone, Serialize)]
pub struct StandardAudit {
    /// `<unit>/<slug>`.
    pub id: String,
    pub nama: String,
    pub skor: u32,
    pub komponen: Vec<Component>,
    pub tampilan: Vec<DisplayItem>,
    /// The periodic review, reported beside the score (not counted in it).
    pub tinjauan: ReviewAudit,
}

/// The periodic review of a standard on the day of the audit.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReviewAudit {
    /// The last review recorded (`tinjauan.terakhir`).
    pub terakhir: Option<Tanggal>,
    /// When the next is due.
    pub jatuh_tempo: Option<Tanggal>,
    /// Whether it was due before the day of the audit.
    pub terlambat: bool,
}

impl ReviewAudit {
    /// The review of `standar` on `hari_ini` (none known: never late), with reviews due
    /// `selang` months apart unless the standard names its next.
    pub fn of(standar: &Standar, hari_ini: Option<Tanggal>, selang: u32) -> Self {
        let Some(t) = &standar.tinjauan else {
            return ReviewAudit::default();
        };
        let due = t.jatuh_tempo(selang);
        ReviewAudit {
            terakhir: Some(t.terakhir),
            jatuh_tempo: Some(due),
            terlambat: hari_ini.is_some_and(|today| due < today),
        }
    }

    /// What the report says of it, when something needs doing: not recorded, or overdue.
    pub fn catatan(&self) -> Option<String> {
        match (self.terakhir, self.jatuh_tempo) {
            (None, _) => {
                Some("Peninjauan berkala: belum dicatat (tulis `tinjauan.terakhir`)".to_string())
            }
            (Some(_), Some(due)) if self.terlambat => Some(format!(
                "Peninjauan berkala: terlambat, jatuh tempo {}",
                due.indonesia()
            )),
            _ => None,
        }
    }
}

impl StandardAudit {
    /// Components that are written with content.
    pub fn components_present(&self) -> usize {
        self.komponen
            .iter()
            .filter(|c| c.status == Status::Ada)
            .count()
    }

    /// Display items that are met.
    pub fn items_met(&self) -> usize {
        self.tampilan.iter().filter(|i| i.terpenuhi).count()
    }

    /// What is missing, one entry per component or item.
    pub fn kurang(&self) -> Vec<Shortfall> {
        let mut out: Vec<Shortfall> = self
            .komponen
            .iter()
            .filter(|c| c.status != Status::Ada)
            .map(|c| Shortfall {
                nama: c.nama,
                alasan: c.status.label(),
                kunci: Some(c.kunci),
            })
            .collect();
        out.extend(
            self.tampilan
                .iter()
                .filter(|i| !i.terpenuhi)
                .map(|i| Shortfall {
                    nama: i.nama,
                    alasan: i.kurang.unwrap_or_default(),
                    kunci: None,
                }),
        );
        out
    }
}

/// One thing a standard lacks: a component (with its YAML key) or a display item.
#[derive(Debug, Clone, Serialize)]
pub struct Shortfall {
    /// The component or display item.
    pub nama: &'static str,
    /// Why it counts as missing (`tidak ada`, `kosong`, or what the item lacks).
    pub alasan: &'static str,
    /// The YAML key to write, for a component.
    pub kunci: Option<&'static str>,
}

impl std::fmt::Display for Shortfall {
    /// `Dasar hukum (tidak ada: \`dasar_hukum\`)` or `Maklumat pelayanan: …`, for text reports.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kunci {
            Some(key) => write!(f, "{} ({}: `{key}`)", self.nama, self.alasan),
            None => write!(f, "{}: {}", self.nama, self.alasan),
        }
    }
}

/// The audit of one unit: its standards and their mean score.
#[derive(Debug, Clone, Serialize)]
pub struct UnitAudit {
    /// The unit folder.
    pub unit: String,
    /// The unit's name, from its provider when known.
    pub nama: String,
    /// Mean of its standards' scores, rounded; `None` without standards.
    pub skor: Option<u32>,
    pub standar: Vec<StandardAudit>,
}

impl UnitAudit {
    /// A unit's audit from its standards' audits.
    pub fn new(unit: String, nama: String, standar: Vec<StandardAudit>) -> Self {
        let skor = (!standar.is_empty()).then(|| {
            let total: u32 = standar.iter().map(|s| s.skor).sum();
            (f64::from(total) / standar.len() as f64).round() as u32
        });
        Self {
            unit,
            nama,
            skor,
            standar,
        }
    }
}

/// Words that show facilities for users with special needs (UU 25/2009 Pasal 29).
const KEBUTUHAN_KHUSUS: [&str; 10] = [
    "berkebutuhan khusus",
    "disabilitas",
    "difabel",
    "kursi roda",
    "jalur landai",
    "bidang miring",
    "lansia",
    "ibu hamil",
    "prioritas",
    "penyandang",
];

/// Words that show a satisfaction survey or performance evaluation.
const SURVEI: [&str; 4] = ["survei", "survey", "kepuasan", "skm"];

fn mentions(items: Option<&[Butir]>, words: &[&str]) -> bool {
    items.unwrap_or_default().iter().any(|item| {
        let text = item.uraian().to_lowercase();
        words.iter().any(|w| text.contains(w))
    })
}

/// Audits one standard (with inherited keys already resolved).
pub fn audit(id: &str, standar: &Standar) -> StandardAudit {
    let komponen = components(standar);
    let tampilan = display_items(standar, &komponen);
    let mut audit = StandardAudit {
        id: id.to_string(),
        nama: standar.nama.clone(),
        skor: 0,
        komponen,
        tampilan,
        tinjauan: ReviewAudit::default(),
    };
    let score =
        50.0 * audit.components_present() as f64 / 14.0 + 50.0 * audit.items_met() as f64 / 8.0;
    audit.skor = score.round() as u32;
    audit
}

/// The 14 components of Pasal 21 and whether the standard has each.
fn components(standar: &Standar) -> Vec<Component> {
    let mut out = written_components(standar);
    for component in &mut out {
        let listed = Komponen::ALL
            .iter()
            .any(|k| k.kunci() == component.kunci && standar.tidak_tercantum(*k));
        if listed && component.status != Status::Ada {
            component.status = Status::TidakTercantum;
        }
    }
    out
}

/// The 14 components in the order of Pasal 21, each as written.
fn written_components(standar: &Standar) -> Vec<Component> {
    const PASAL_21: [Komponen; 14] = [
        Komponen::DasarHukum,
        Komponen::Persyaratan,
        Komponen::Prosedur,
        Komponen::JangkaWaktu,
        Komponen::Biaya,
        Komponen::Produk,
        Komponen::SaranaPrasarana,
        Komponen::KompetensiPelaksana,
        Komponen::PengawasanInternal,
        Komponen::Pengaduan,
        Komponen::JumlahPelaksana,
        Komponen::JaminanPelayanan,
        Komponen::JaminanKeamanan,
        Komponen::EvaluasiKinerja,
    ];
    PASAL_21
        .into_iter()
        .map(|komponen| Component {
            kunci: komponen.kunci(),
            nama: komponen.judul(),
            status: match standar.isian(komponen) {
                Isian::TidakDitulis => Status::TidakAda,
                Isian::Kosong => Status::Kosong,
                Isian::Berisi => Status::Ada,
            },
        })
        .collect()
}

/// The 8 display items an Ombudsman assessor looks for, given the components.
fn display_items(standar: &Standar, komponen: &[Component]) -> Vec<DisplayItem> {
    let pengaduan = standar.pengaduan.as_ref();
    let six = [
        "persyaratan",
        "prosedur",
        "jangka_waktu",
        "biaya",
        "produk",
        "pengaduan",
    ];
    let six_met = komponen
        .iter()
        .filter(|c| six.contains(&c.kunci))
        .all(|c| c.status == Status::Ada);
    let maklumat = standar.maklumat.as_ref().is_some_and(|m| {
        !m.penandatangan.nama.trim().is_empty() && !m.penandatangan.jabatan.trim().is_empty()
    });
    let channels = pengaduan.is_some_and(|p| !p.saluran.is_empty());
    let lapor =
        pengaduan.is_some_and(|p| p.saluran.iter().any(|s| s.jenis == JenisSaluran::Sp4nLapor));
    let complaint_flow = pengaduan.is_some_and(|p| {
        p.alur.as_ref().is_some_and(|a| !a.is_empty())
            && (p.petugas.as_ref().is_some_and(|a| !a.is_empty())
                || p.pelaksana.as_ref().is_some_and(|a| !a.is_empty()))
    });
    let hours = standar
        .jam_pelayanan
        .as_ref()
        .is_some_and(|j| !j.is_empty());
    let special = mentions(standar.sarana_prasarana.as_deref(), &KEBUTUHAN_KHUSUS);
    let survey = standar
        .evaluasi_kinerja
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
        || mentions(standar.pengawasan_internal.as_deref(), &SURVEI);
    let adopted = standar.sk.as_ref().is_some_and(|sk| {
        sk.status == StatusSk::Berlaku && sk.nomor.as_deref().is_some_and(|n| !n.trim().is_empty())
    });
    let item = |kunci, nama, terpenuhi, kurang| DisplayItem {
        kunci,
        nama,
        terpenuhi,
        kurang: (!terpenuhi).then_some(kurang),
    };
    vec![
        item(
            "komponen_penyampaian",
            "Enam komponen penyampaian pelayanan lengkap",
            six_met,
            "isi persyaratan, prosedur, jangka waktu, biaya, produk dan pengaduan",
        ),
        item(
            "maklumat",
            "Maklumat pelayanan dengan penanda tangan",
            maklumat,
            "tulis `maklumat` dengan `penandatangan` (jabatan dan nama)",
        ),
        item(
            "saluran_pengaduan",
            "Saluran pengaduan, termasuk SP4N-LAPOR!",
            channels && lapor,
            "tulis saluran pengaduan, termasuk `jenis: sp4n_lapor`",
        ),
        item(
            "prosedur_pengaduan",
            "Prosedur dan petugas pengaduan",
            complaint_flow,
            "tulis `pengaduan.alur` dan `pengaduan.petugas` (atau `pengaduan.pelaksana`)",
        ),
        item(
            "jam_pelayanan",
            "Jam pelayanan",
            hours,
            "tulis `jam_pelayanan`",
        ),
        item(
            "kebutuhan_khusus",
            "Sarana bagi pengguna berkebutuhan khusus",
            special,
            "sebut sarana bagi penyandang disabilitas, lansia atau ibu hamil di `sarana_prasarana`",
        ),
        item(
            "survei_evaluasi",
            "Survei kepuasan / evaluasi kinerja",
            survey,
            "tulis `evaluasi_kinerja` (misalnya survei kepuasan masyarakat berkala)",
        ),
        item(
            "sk_ditetapkan",
            "Standar ditetapkan dengan SK (bukan rancangan)",
            adopted,
            "tulis `sk` dengan `nomor` SK yang berlaku",
        ),
    ]
}

/// The day of an audit and the months between reviews, for the review clock.
#[derive(Debug, Clone, Copy)]
pub struct ReviewClock {
    /// The day of the audit; none: no review is overdue.
    pub hari_ini: Option<Tanggal>,
    /// Months between reviews when a standard does not name its next.
    pub selang: u32,
}

/// Audits a unit's standards. The unit is named after its provider (unit file first).
pub fn audit_unit(
    unit: &CompiledUnit,
    standards: &[&CompiledStandard],
    clock: ReviewClock,
) -> UnitAudit {
    let provider = unit.unit.as_ref().map(|u| &u.penyelenggara).or_else(|| {
        standards
            .first()
            .and_then(|s| s.standar.penyelenggara.as_ref())
    });
    let nama = provider.map_or_else(
        || unit.path.clone(),
        |p| match p.subunit.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(sub) => format!("{sub}, {}", p.unit),
            None => p.unit.clone(),
        },
    );
    // One audit per standard published at its address: the version shown there, not the
    // archived or upcoming ones beside it.
    let list: Vec<(&str, &Standar)> = standards
        .iter()
        .map(|s| (s.id.slug.as_str(), &s.standar))
        .collect();
    let day = masa_berlaku::hari_penempatan(&list, clock.hari_ini);
    let shown: Vec<usize> = masa_berlaku::seri(&list, day)
        .iter()
        .map(|seri| seri.ditampilkan().indeks)
        .collect();
    let audits = standards
        .iter()
        .enumerate()
        .filter(|(i, _)| shown.contains(i))
        .map(|(_, s)| {
            let mut one = audit(&s.id.to_string(), &s.standar);
            one.tinjauan = ReviewAudit::of(&s.standar, clock.hari_ini, clock.selang);
            one
        })
        .collect();
    UnitAudit::new(unit.path.clone(), nama, audits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_score_is_the_mean() {
        let standard = |skor| StandardAudit {
            id: String::new(),
            nama: String::new(),
            skor,
            komponen: Vec::new(),
            tampilan: Vec::new(),
            tinjauan: ReviewAudit::default(),
        };
        let unit = UnitAudit::new("u".into(), "U".into(), vec![standard(80), standard(91)]);
        assert_eq!(unit.skor, Some(86));
        assert_eq!(
            UnitAudit::new("u".into(), "U".into(), Vec::new()).skor,
            None
        );
    }
}

#[cfg(test)]
mod review_tests {
    use super::ReviewAudit;
    use crate::model::Standar;

    #[test]
    fn a_review_is_late_the_day_after_it_is_due_and_named_when_missing() {
        let mut standar: Standar = serde_json::from_value(serde_json::json!({
            "versi_format": 1, "nama": "Layanan"
        }))
        .expect("a standard");
        let day = |text: &str| text.parse().ok();
        let none = ReviewAudit::of(&standar, day("2026-12-07"), 12);
        assert_eq!(
            none.catatan().as_deref(),
            Some("Peninjauan berkala: belum dicatat (tulis `tinjauan.terakhir`)")
        );
        standar.tinjauan = serde_json::from_value(serde_json::json!({"terakhir": "2025-12-07"}))
            .expect("a review");
        assert_eq!(
            ReviewAudit::of(&standar, day("2026-12-07"), 12).catatan(),
            None
        );
        assert_eq!(
            ReviewAudit::of(&standar, day("2026-12-08"), 12)
                .catatan()
                .as_deref(),
            Some("Peninjauan berkala: terlambat, jatuh tempo 7 Desember 2026")
        );
        assert!(!ReviewAudit::of(&standar, None, 12).terlambat);
    }
}
