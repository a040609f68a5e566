//! The decree (*Surat Keputusan*) that adopts a standard.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::waktu::Tanggal;

/// # Surat keputusan penetapan
///
/// SK yang menetapkan standar pelayanan ini.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuratKeputusan {
    /// # Nomor SK
    ///
    /// Persis seperti tertulis, dalam tanda kutip: `"027.58"`, `"188.45/0020.a/35.09.315/2024"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nomor: Option<String>,
    /// # Tanggal penetapan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
    /// # Tentang
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tentang: Option<String>,
    /// # Ditetapkan oleh
    ///
    /// Jabatan yang menetapkan SK, misalnya `Kepala Dinas Kependudukan dan Pencatatan Sipil` atau `Bupati Sleman`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penetap: Option<String>,
    /// # Lampiran
    ///
    /// Letak standar ini dalam SK, seperti tertulis, misalnya `Lampiran II` atau `Lampiran, halaman 4–6`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lampiran: Option<String>,
    /// # Berlaku mulai
    ///
    /// Tanggal standar ini mulai berlaku, bila tidak sama dengan tanggal penetapan (SK boleh menetapkan tanggal kemudian). Sebelum tanggal itu halaman menyatakan "Berlaku mulai …" dan versi yang berlaku saat ini tetap diumumkan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub berlaku_mulai: Option<Tanggal>,
    /// # Berlaku sampai
    ///
    /// Hari terakhir standar ini berlaku, bila SK membatasinya. Sesudahnya halaman menyatakan tidak berlaku lagi dan papan tidak dibuat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub berlaku_sampai: Option<Tanggal>,
    /// # Status
    ///
    /// `berlaku` (sudah ditetapkan; bawaan) atau `rancangan` (belum ditetapkan). Rancangan diterbitkan sebagai bahan konsultasi publik saja: dengan penanda rancangan, tanpa papan, tidak di peta situs dan tidak di daftar standar yang berlaku.
    #[serde(default)]
    pub status: StatusSk,
    /// # Tautan
    ///
    /// Alamat dokumen SK (https://…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tautan: Option<String>,
}

/// # Status SK
///
/// `berlaku` atau `rancangan`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusSk {
    #[default]
    Berlaku,
    Rancangan,
}

impl SuratKeputusan {
    /// The first day the standard applies: `berlaku_mulai`, else the date of the decree.
    pub fn mulai(&self) -> Option<Tanggal> {
        self.berlaku_mulai.or(self.tanggal)
    }
}
