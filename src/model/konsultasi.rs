//! Public consultation of a standard (UU 25/2009 Pasal 20 ayat 2): the forums held, and for a
//! draft the closing date and where the public sends its responses.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::pengaduan::Saluran;
use super::waktu::Tanggal;

/// # Konsultasi publik
///
/// Keterlibatan masyarakat dalam penyusunan standar ini. Untuk rancangan (`sk: {status: rancangan}`): sampai kapan dan lewat saluran mana masyarakat dapat menanggapi. Untuk setiap standar: kegiatan konsultasi yang sudah dilaksanakan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Konsultasi {
    /// # Tanggapan ditutup
    ///
    /// Hari terakhir masyarakat dapat menanggapi rancangan ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ditutup: Option<Tanggal>,
    /// # Saluran tanggapan
    ///
    /// Ke mana masyarakat mengirim tanggapan atas rancangan, misalnya `jenis: email` dengan `kontak: konsultasi@dinas.go.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggapan: Option<Vec<Saluran>>,
    /// # Kegiatan konsultasi
    ///
    /// Forum atau kegiatan konsultasi yang sudah dilaksanakan, terlama dahulu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kegiatan: Option<Vec<KegiatanKonsultasi>>,
}

/// # Kegiatan konsultasi
///
/// Satu kegiatan, misalnya Forum Konsultasi Publik. Tulis kelompok yang hadir, bukan nama orang.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KegiatanKonsultasi {
    /// # Tanggal
    pub tanggal: Tanggal,
    /// # Forum
    ///
    /// Misalnya `Forum Konsultasi Publik` atau `Survei daring`.
    pub forum: String,
    /// # Peserta
    ///
    /// Kelompok yang ikut, misalnya `Perwakilan RT/RW`, `Organisasi penyandang disabilitas`. Jangan tulis nama orang.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peserta: Option<Vec<String>>,
    /// # Notulen
    ///
    /// Alamat notulen atau berita acara (https://…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notulen: Option<String>,
    /// # Hasil
    ///
    /// Perubahan pada standar yang lahir dari kegiatan ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hasil: Option<Vec<String>>,
}
