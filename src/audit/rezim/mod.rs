//! `standar audit --rezim`: the files read against one assessment regime at a time, as
//! indicators that each cite their source and say plainly whether the files show it met, not
//! met, or whether it needs evidence the files cannot hold. No regime adds indicators up into a
//! score: an official score is the assessor's, and a home-made one would be mistaken for it.

mod ombudsman;
mod pasal21;
mod pekppp;

use serde::Serialize;

use super::ReviewClock;
use crate::corpus::survei::HasilSurvei;
use crate::corpus::{CompiledStandard, CompiledUnit};

/// An assessment regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Rezim {
    /// The 14 components of UU 25/2009 Pasal 21, per standard.
    Pasal21,
    /// The "Kebijakan Pelayanan" aspect of the national evaluation (PEKPPP), per unit.
    Pekppp2025,
    /// What the Ombudsman's assessment looks at that the files can show.
    Ombudsman,
}

impl Rezim {
    /// Every regime.
    pub const ALL: [Rezim; 3] = [Rezim::Pasal21, Rezim::Pekppp2025, Rezim::Ombudsman];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Rezim::Pasal21 => "pasal21",
            Rezim::Pekppp2025 => "pekppp-2025",
            Rezim::Ombudsman => "ombudsman",
        }
    }

    /// Its title in reports.
    pub fn judul(self) -> &'static str {
        match self {
            Rezim::Pasal21 => "Komponen standar pelayanan (UU 25/2009 Pasal 21)",
            Rezim::Pekppp2025 => {
                "Aspek Kebijakan Pelayanan, Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP)"
            }
            Rezim::Ombudsman => {
                "Penilaian penyelenggaraan pelayanan publik Ombudsman RI: yang dapat diperiksa dari berkas"
            }
        }
    }

    /// What the regime's report cannot judge, and what in it could not be verified.
    pub fn batas(self) -> &'static [&'static str] {
        match self {
            Rezim::Pasal21 => pasal21::BATAS,
            Rezim::Pekppp2025 => pekppp::BATAS,
            Rezim::Ombudsman => ombudsman::BATAS,
        }
    }
}

/// What the files show of one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Capaian {
    /// The files show it met.
    Terpenuhi,
    /// The files show it not met.
    Belum,
    /// It needs evidence the files cannot hold (a signed document, a photograph, an
    /// assessor's observation); what the files point to is said beside it.
    PerluBukti,
}

impl Capaian {
    /// The word in reports.
    pub fn label(self) -> &'static str {
        match self {
            Capaian::Terpenuhi => "terpenuhi",
            Capaian::Belum => "belum",
            Capaian::PerluBukti => "perlu bukti di luar berkas",
        }
    }
}

/// One indicator, with its source.
#[derive(Debug, Clone, Serialize)]
pub struct Indikator {
    /// Stable identifier within the regime.
    pub kode: &'static str,
    pub nama: &'static str,
    /// The regulation or publication it comes from.
    pub sumber: &'static str,
    pub keadaan: Capaian,
    /// The state in words (`perlu bukti di luar berkas`).
    pub label: &'static str,
    /// Why, in a sentence: what is missing, or what the files point to.
    pub keterangan: String,
}

impl Indikator {
    fn new(
        (kode, nama, sumber): (&'static str, &'static str, &'static str),
        keadaan: Capaian,
        keterangan: impl Into<String>,
    ) -> Self {
        Indikator {
            kode,
            nama,
            sumber,
            keadaan,
            label: keadaan.label(),
            keterangan: keterangan.into(),
        }
    }
}

/// The indicators of one standard.
#[derive(Debug, Clone, Serialize)]
pub struct StandarRezim {
    /// `<unit>/<slug>`.
    pub id: String,
    pub nama: String,
    pub indikator: Vec<Indikator>,
}

/// The indicators of one unit and of its standards.
#[derive(Debug, Clone, Serialize)]
pub struct UnitRezim {
    /// The unit folder.
    pub unit: String,
    pub nama: String,
    /// Indicators of the unit as a whole (empty for a regime read per standard).
    pub indikator: Vec<Indikator>,
    /// Indicators per standard (empty for a regime read per unit).
    pub standar: Vec<StandarRezim>,
}

/// A regime's report over a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct LaporanRezim {
    pub rezim: &'static str,
    pub judul: &'static str,
    /// The day the audit was made, on which reviews and surveys are judged.
    pub tanggal: Option<String>,
    /// What the report cannot judge.
    pub batas: &'static [&'static str],
    pub unit: Vec<UnitRezim>,
}

/// The regime's reading of one unit with its standards (those published at their address).
pub fn audit_unit(
    rezim: Rezim,
    unit: &CompiledUnit,
    standards: &[&CompiledStandard],
    clock: ReviewClock,
) -> UnitRezim {
    let basis = super::audit_unit(unit, standards, clock);
    let shown: Vec<&CompiledStandard> = standards
        .iter()
        .copied()
        .filter(|s| basis.standar.iter().any(|a| a.id == s.id.to_string()))
        .collect();
    type Read = fn(&CompiledStandard, &super::StandardAudit, &[HasilSurvei]) -> Vec<Indikator>;
    let per_standard = |read: Read| {
        shown
            .iter()
            .zip(&basis.standar)
            .map(|(s, audit)| StandarRezim {
                id: audit.id.clone(),
                nama: audit.nama.clone(),
                indikator: read(s, audit, &unit.survei),
            })
            .collect()
    };
    let (indikator, standar) = match rezim {
        Rezim::Pasal21 => (Vec::new(), per_standard(pasal21::indicators)),
        Rezim::Ombudsman => (Vec::new(), per_standard(ombudsman::indicators)),
        Rezim::Pekppp2025 => (pekppp::indicators(unit, &shown, &basis, clock), Vec::new()),
    };
    UnitRezim {
        unit: basis.unit,
        nama: basis.nama,
        indikator,
        standar,
    }
}

/// The report of `units` read against `rezim` on `clock`'s day.
pub fn laporan(rezim: Rezim, clock: ReviewClock, unit: Vec<UnitRezim>) -> LaporanRezim {
    LaporanRezim {
        rezim: rezim.name(),
        judul: rezim.judul(),
        tanggal: clock.hari_ini.map(|d| d.indonesia()),
        batas: rezim.batas(),
        unit,
    }
}
