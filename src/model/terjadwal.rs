//! A change of fee or completion time scheduled for a later day, written in the standard it
//! changes: a new tariff from the day its regulation applies, without a whole new version
//! file. Each change is published as a version of the standard that starts on its day.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::biaya::Biaya;
use super::jangka_waktu::JangkaWaktu;
use super::waktu::Tanggal;

/// # Perubahan terjadwal
///
/// Biaya atau jangka waktu baru yang berlaku mulai suatu hari, misalnya tarif baru menurut Perda yang berlaku 1 Januari. Sebelum harinya halaman mengumumkan perubahan itu; mulai harinya `biaya` atau `jangka_waktu` di sini menggantikan yang di atas, dan halaman sebelumnya tetap dapat dibuka sebagai arsip. Untuk perubahan komponen lain, buat versi baru (`versi_dari`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerubahanTerjadwal {
    /// # Berlaku mulai
    ///
    /// Hari pertama perubahan ini berlaku, `YYYY-MM-DD`.
    pub berlaku_mulai: Tanggal,
    /// # Biaya/tarif baru
    ///
    /// Seluruh komponen biaya mulai hari itu (ditulis utuh seperti `biaya:`, dengan `dasar_hukum` tarif barunya).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biaya: Option<Biaya>,
    /// # Jangka waktu baru
    ///
    /// Seluruh jangka waktu penyelesaian mulai hari itu (ditulis utuh seperti `jangka_waktu:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jangka_waktu: Option<JangkaWaktu>,
}
