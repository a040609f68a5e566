//! Opening hours.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::waktu::{Hari, RentangJam};

/// # Jam pelayanan
///
/// Hari dan jam buka, misalnya `hari: [senin, selasa, rabu, kamis]` dan `jam: 08.00-15.30`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JamPelayanan {
    /// # Hari
    ///
    /// Hari-hari dengan jam yang sama.
    pub hari: Vec<Hari>,
    /// # Jam
    ///
    /// Jam buka dan tutup: `08.00-15.30`.
    pub jam: RentangJam,
    /// # Istirahat
    ///
    /// Jam istirahat, bila layanan berhenti: `12.00-13.00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub istirahat: Option<RentangJam>,
    /// # Zona waktu
    ///
    /// `WIB`, `WITA` atau `WIT`, dicetak sesudah jam: "08.00–15.30 WITA".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zona_waktu: Option<ZonaWaktu>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Zona waktu
///
/// Zona waktu Indonesia.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum ZonaWaktu {
    /// Waktu Indonesia Barat (UTC+7).
    #[allow(clippy::upper_case_acronyms, reason = "written as officers write it")]
    WIB,
    /// Waktu Indonesia Tengah (UTC+8).
    #[allow(clippy::upper_case_acronyms, reason = "written as officers write it")]
    WITA,
    /// Waktu Indonesia Timur (UTC+9).
    #[allow(clippy::upper_case_acronyms, reason = "written as officers write it")]
    WIT,
}

impl ZonaWaktu {
    /// `WIB`, as printed.
    pub fn kode(self) -> &'static str {
        match self {
            ZonaWaktu::WIB => "WIB",
            ZonaWaktu::WITA => "WITA",
            ZonaWaktu::WIT => "WIT",
        }
    }

    /// The offset from UTC, for machine-readable opening hours.
    pub fn utc(self) -> &'static str {
        match self {
            ZonaWaktu::WIB => "+07:00",
            ZonaWaktu::WITA => "+08:00",
            ZonaWaktu::WIT => "+09:00",
        }
    }
}

/// `Senin–Kamis`, `Senin, Rabu, Jumat`: consecutive days joined by a dash.
pub fn ringkas_hari(days: &[Hari], name: fn(Hari) -> &'static str) -> String {
    let mut sorted = days.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] as usize == sorted[j] as usize + 1 {
            j += 1;
        }
        parts.push(match j - i {
            0 => name(sorted[i]).to_string(),
            1 => format!("{}, {}", name(sorted[i]), name(sorted[j])),
            _ => format!("{}–{}", name(sorted[i]), name(sorted[j])),
        });
        i = j + 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_summarised() {
        let days = [Hari::Kamis, Hari::Senin, Hari::Selasa, Hari::Rabu];
        assert_eq!(ringkas_hari(&days, Hari::nama), "Senin–Kamis");
        let days = [Hari::Senin, Hari::Rabu, Hari::Kamis];
        assert_eq!(ringkas_hari(&days, Hari::nama), "Senin, Rabu, Kamis");
        assert_eq!(ringkas_hari(&[Hari::Jumat], Hari::english), "Friday");
    }
}
