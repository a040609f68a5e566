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
    /// Cara masyarakat menyampaikan pengaduan. Sertakan SP4N-LAPOR! (`jenis: sp4n_lapor`).
    pub saluran: Vec<Saluran>,
    /// # Pelaksana
    ///
    /// Pelaksana yang disebut pada langkah alur pengaduan.
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
    /// Salah satu dari: `langsung` (tatap muka), `kotak_saran`, `surat`, `telepon`, `sms`, `whatsapp`, `email`, `website`, `media_sosial`, `sp4n_lapor` (SP4N-LAPOR!).
    pub jenis: JenisSaluran,
    /// # Kontak
    ///
    /// Nomor (telepon, SMS, WhatsApp; dalam tanda kutip agar angka 0 di depan tidak hilang), alamat email, atau alamat situs, sesuai jenisnya.
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
/// `langsung`, `kotak_saran`, `surat`, `telepon`, `sms`, `whatsapp`, `email`, `website`, `media_sosial`, `sp4n_lapor`.
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
    /// Free text (an address, a box location, an account name).
    Bebas,
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
        }
    }

    /// The form `kontak` must have for this channel.
    pub fn bentuk_kontak(self) -> BentukKontak {
        match self {
            JenisSaluran::Telepon | JenisSaluran::Sms | JenisSaluran::Whatsapp => {
                BentukKontak::Telepon
            }
            JenisSaluran::Email => BentukKontak::Email,
            JenisSaluran::Website | JenisSaluran::Sp4nLapor => BentukKontak::Url,
            JenisSaluran::Langsung
            | JenisSaluran::KotakSaran
            | JenisSaluran::Surat
            | JenisSaluran::MediaSosial => BentukKontak::Bebas,
        }
    }
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
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Petugas {
    /// # Nama
    pub nama: String,
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
}
