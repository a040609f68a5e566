//! Complaint handling: typed channels, the flow, deadline tiers and named officers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::durasi::Durasi;
use super::prosedur::{Langkah, Pelaksana};

/// # Penanganan pengaduan, saran dan masukan
///
/// Saluran pengaduan, alur penanganannya, tenggat penyelesaian per tingkat, dan petugasnya. Biasanya ditulis sekali di `_unit.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pengaduan {
    /// # Saluran pengaduan
    ///
    /// Cara masyarakat menyampaikan pengaduan. Sertakan SP4N-LAPOR! (`jenis: sp4n_lapor`). Boleh tidak ditulis bila dokumen sumber hanya menyebut petugas atau alurnya.
    #[serde(default)]
    pub saluran: Vec<Saluran>,
    /// # Pelaksana
    ///
    /// Pelaksana yang menangani pengaduan (misalnya `Koordinator Pengaduan`), termasuk yang disebut pada langkah alur pengaduan; dicetak di halaman dan papan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelaksana: Option<Vec<Pelaksana>>,
    /// # Alur penanganan
    ///
    /// Langkah penanganan pengaduan, berurutan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alur: Option<Vec<Langkah>>,
    /// # Tenggat penyelesaian
    ///
    /// Jangka waktu penyelesaian per tingkat pengaduan, dari yang paling ringan; tenggatnya harus makin panjang.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenggat: Option<Vec<Tenggat>>,
    /// # Petugas pengelola pengaduan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub petugas: Option<Vec<Petugas>>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Saluran pengaduan
///
/// Satu saluran, misalnya `jenis: whatsapp` dengan `kontak: "081256506007"`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Saluran {
    /// # Jenis saluran
    ///
    /// Salah satu dari: `langsung` (tatap muka), `kotak_saran`, `surat`, `telepon`, `faks`, `sms`, `whatsapp`, `email`, `website`, `sp4n_lapor` (SP4N-LAPOR!), `instagram`, `facebook`, `x` (Twitter), `youtube`, `tiktok`, atau `media_sosial` untuk platform lain.
    pub jenis: JenisSaluran,
    /// # Kontak
    ///
    /// Nomor (telepon, faks, SMS, WhatsApp; dalam tanda kutip agar angka 0 di depan tidak hilang), alamat email, alamat situs, atau akun media sosial (`@dinas_contoh` atau alamatnya), sesuai jenisnya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kontak: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya kepada siapa, nama grup, atau jam layanan saluran ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Jenis saluran
///
/// `langsung`, `kotak_saran`, `surat`, `telepon`, `faks`, `sms`, `whatsapp`, `email`, `website`, `sp4n_lapor`, `instagram`, `facebook`, `x`, `youtube`, `tiktok`, `media_sosial`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum JenisSaluran {
    Langsung,
    KotakSaran,
    Surat,
    Telepon,
    Sms,
    Whatsapp,
    Email,
    Website,
    MediaSosial,
    Sp4nLapor,
    Faks,
    Instagram,
    Facebook,
    X,
    Youtube,
    Tiktok,
}

/// What a channel's `kontak` must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BentukKontak {
    /// A phone number.
    Telepon,
    /// An email address.
    Email,
    /// A web address.
    Url,
    /// Free text (an address, a box location).
    Bebas,
    /// A social media account: `@name`, or its address.
    Akun,
}

impl JenisSaluran {
    /// Label as the public reads it.
    pub fn label(self) -> &'static str {
        match self {
            JenisSaluran::Langsung => "Datang langsung",
            JenisSaluran::KotakSaran => "Kotak saran",
            JenisSaluran::Surat => "Surat",
            JenisSaluran::Telepon => "Telepon",
            JenisSaluran::Sms => "SMS",
            JenisSaluran::Whatsapp => "WhatsApp",
            JenisSaluran::Email => "Email",
            JenisSaluran::Website => "Situs web",
            JenisSaluran::MediaSosial => "Media sosial",
            JenisSaluran::Sp4nLapor => "SP4N-LAPOR!",
            JenisSaluran::Faks => "Faks",
            JenisSaluran::Instagram => "Instagram",
            JenisSaluran::Facebook => "Facebook",
            JenisSaluran::X => "X (Twitter)",
            JenisSaluran::Youtube => "YouTube",
            JenisSaluran::Tiktok => "TikTok",
        }
    }

    /// English label.
    pub fn english(self) -> &'static str {
        match self {
            JenisSaluran::Langsung => "In person",
            JenisSaluran::KotakSaran => "Suggestion box",
            JenisSaluran::Surat => "Letter",
            JenisSaluran::Telepon => "Telephone",
            JenisSaluran::Sms => "SMS",
            JenisSaluran::Whatsapp => "WhatsApp",
            JenisSaluran::Email => "Email",
            JenisSaluran::Website => "Website",
            JenisSaluran::MediaSosial => "Social media",
            JenisSaluran::Sp4nLapor => "SP4N-LAPOR!",
            JenisSaluran::Faks => "Fax",
            JenisSaluran::Instagram => "Instagram",
            JenisSaluran::Facebook => "Facebook",
            JenisSaluran::X => "X (Twitter)",
            JenisSaluran::Youtube => "YouTube",
            JenisSaluran::Tiktok => "TikTok",
        }
    }

    /// The form `kontak` must have for this channel.
    pub fn bentuk_kontak(self) -> BentukKontak {
        match self {
            JenisSaluran::Telepon
            | JenisSaluran::Faks
            | JenisSaluran::Sms
            | JenisSaluran::Whatsapp => BentukKontak::Telepon,
            JenisSaluran::Email => BentukKontak::Email,
            JenisSaluran::Website | JenisSaluran::Sp4nLapor => BentukKontak::Url,
            JenisSaluran::Langsung
            | JenisSaluran::KotakSaran
            | JenisSaluran::Surat
            | JenisSaluran::MediaSosial => BentukKontak::Bebas,
            JenisSaluran::Instagram
            | JenisSaluran::Facebook
            | JenisSaluran::X
            | JenisSaluran::Youtube
            | JenisSaluran::Tiktok => BentukKontak::Akun,
        }
    }
}

/// True when a social media account is written as an address (`instagram.com/dinas`,
/// `https://…`) rather than as a name (`@dinas`).
pub fn akun_berupa_alamat(text: &str) -> bool {
    text.contains("://") || text.contains('/') || text.contains(".com")
}

/// # Tenggat per tingkat pengaduan
///
/// Misalnya `tingkat: Pengaduan ringan`, `waktu: selambat-lambatnya 3 jam`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tenggat {
    /// # Tingkat pengaduan
    pub tingkat: String,
    /// # Waktu penyelesaian
    pub waktu: Durasi,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Petugas pengelola pengaduan
///
/// Seorang petugas dengan nama, atau hanya jabatannya bila dokumen tidak menyebut nama.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Petugas {
    /// # Nama
    ///
    /// Boleh tidak ditulis bila dokumen hanya menyebut jabatannya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama: Option<String>,
    /// # Jabatan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jabatan: Option<String>,
    /// # Telepon
    ///
    /// Dalam tanda kutip: `"0812-3456-7890"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telepon: Option<String>,
    /// # Email
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya jam bertugas atau ekstensi telepon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Pengaduan {
    /// True when nothing is said about complaint handling.
    pub fn kosong(&self) -> bool {
        self.saluran.is_empty()
            && self.petugas.as_ref().is_none_or(Vec::is_empty)
            && self.alur.as_ref().is_none_or(Vec::is_empty)
            && self.tenggat.as_ref().is_none_or(Vec::is_empty)
            && self
                .keterangan
                .as_deref()
                .is_none_or(|t| t.trim().is_empty())
    }
}
