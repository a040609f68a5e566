//! Regulations: the legal basis of a standard or of a fee.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Peraturan
///
/// Satu peraturan perundang-undangan, misalnya Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regulasi {
    /// # Jenis peraturan
    ///
    /// Misalnya `Undang-Undang`, `Peraturan Pemerintah`, `Peraturan Menteri PANRB`, `Peraturan Daerah Kabupaten Gianyar`, `Peraturan Bupati`.
    pub jenis: String,
    /// # Nomor
    ///
    /// Nomor peraturan sebagai teks, dalam tanda kutip: `"25"`, `"15"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nomor: Option<String>,
    /// # Tahun
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1945, max = 2100))]
    pub tahun: Option<u16>,
    /// # Tentang
    ///
    /// Judul peraturan, misalnya `Pelayanan Publik`.
    pub tentang: String,
    /// # Tautan
    ///
    /// Alamat dokumen peraturan (https://…), misalnya di JDIH.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tautan: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya pasal yang relevan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Regulasi {
    /// `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik`.
    pub fn judul(&self) -> String {
        let mut text = self.jenis.clone();
        if let Some(nomor) = &self.nomor {
            text.push_str(" Nomor ");
            text.push_str(nomor);
        }
        if let Some(tahun) = self.tahun {
            text.push_str(&format!(" Tahun {tahun}"));
        }
        text.push_str(" tentang ");
        text.push_str(&self.tentang);
        text
    }
}
