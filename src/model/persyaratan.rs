//! Requirements: plain items, items with notes, and groups by case.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::butir::{Butir, ButirRinci};

/// # Persyaratan
///
/// Satu persyaratan: teks, `uraian` dengan `keterangan`, atau kelompok persyaratan untuk satu kasus (misalnya pembuatan baru, hilang, rusak).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Persyaratan {
    /// Teks saja.
    Teks(String),
    /// Uraian dengan keterangan.
    Rinci(ButirRinci),
    /// Kelompok persyaratan untuk satu kasus.
    Kelompok(KelompokPersyaratan),
}

/// # Kelompok persyaratan
///
/// Persyaratan yang berlaku untuk satu kasus, misalnya `kelompok: Kartu hilang`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KelompokPersyaratan {
    /// # Nama kelompok
    ///
    /// Kasus yang dicakup, misalnya `Pembuatan baru`.
    pub kelompok: String,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
    /// # Daftar persyaratan kelompok ini
    pub daftar: Vec<Butir>,
}
