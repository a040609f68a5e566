//! Where a standard is published besides the site `standar` builds: the board at the counter,
//! SIPPN, social media, a brochure. The audit reads it; the site itself always counts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Media publikasi
///
/// Satu tempat standar ini diumumkan selain situs yang dibangun `standar`, misalnya `jenis: papan` untuk papan di ruang pelayanan atau `jenis: sippn` dengan tautannya.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MediaPublikasi {
    /// # Jenis media
    pub jenis: JenisMedia,
    /// # Tautan
    ///
    /// Alamat halamannya (https://…), bila ada.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tautan: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya `Papan di loket 1 dan ruang tunggu`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Jenis media publikasi
///
/// `papan` (papan atau banner di tempat pelayanan), `sippn` (Sistem Informasi Pelayanan Publik Nasional), `situs_lain` (situs web lain), `media_sosial`, `brosur`, `media_cetak`, `lainnya`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisMedia {
    Papan,
    Sippn,
    SitusLain,
    MediaSosial,
    Brosur,
    MediaCetak,
    Lainnya,
}

impl JenisMedia {
    /// Its name in reports.
    pub fn label(self) -> &'static str {
        match self {
            JenisMedia::Papan => "papan di tempat pelayanan",
            JenisMedia::Sippn => "SIPPN",
            JenisMedia::SitusLain => "situs web lain",
            JenisMedia::MediaSosial => "media sosial",
            JenisMedia::Brosur => "brosur",
            JenisMedia::MediaCetak => "media cetak",
            JenisMedia::Lainnya => "media lain",
        }
    }
}
