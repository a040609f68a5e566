//! The *maklumat pelayanan*: the unit's signed public pledge.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::waktu::Tanggal;

/// The usual wording of the pledge, used when a unit does not write its own.
pub const TEKS_MAKLUMAT_BAKU: &str = "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.";

/// # Maklumat pelayanan
///
/// Janji unit kepada masyarakat, ditandatangani pimpinan unit. Tanpa `teks`, dipakai kalimat baku: "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Maklumat {
    /// # Teks maklumat
    ///
    /// Kosongkan untuk memakai kalimat baku.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teks: Option<String>,
    /// # Penandatangan
    pub penandatangan: Penandatangan,
}

impl Maklumat {
    /// The pledge text, or the usual wording.
    pub fn teks(&self) -> &str {
        self.teks
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(TEKS_MAKLUMAT_BAKU)
    }
}

/// # Penandatangan
///
/// Pimpinan unit yang menandatangani.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penandatangan {
    /// # Jabatan
    ///
    /// Misalnya `Kepala Dinas Koperasi dan UKM`.
    pub jabatan: String,
    /// # Nama
    pub nama: String,
    /// # Pangkat/golongan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pangkat: Option<String>,
    /// # NIP
    ///
    /// 18 angka, dalam tanda kutip; spasi boleh: `"19700101 199003 1 001"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    /// # Tempat
    ///
    /// Tempat penandatanganan, misalnya `Pontianak`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempat: Option<String>,
    /// # Tanggal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
}
