//! The government unit that provides the service.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Penyelenggara
///
/// Instansi yang menyelenggarakan layanan. Biasanya ditulis sekali di `_unit.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penyelenggara {
    /// # Pemerintah
    ///
    /// Misalnya `Pemerintah Kabupaten Jember` atau `Pemerintah Provinsi Kalimantan Barat`.
    pub pemerintah: String,
    /// # Unit
    ///
    /// Perangkat daerah atau unit penyelenggara, misalnya `Sekretariat Daerah`.
    pub unit: String,
    /// # Subunit
    ///
    /// Bagian/bidang yang melayani, misalnya `Bagian Organisasi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subunit: Option<String>,
    /// # Alamat
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alamat: Option<String>,
    /// # Telepon
    ///
    /// Dalam tanda kutip agar angka 0 di depan tidak hilang: `"(0561) 732690"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telepon: Option<String>,
    /// # Email
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// # Situs web
    ///
    /// Misalnya `jemberkab.go.id` atau `https://jemberkab.go.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// # Kepala unit
    ///
    /// Pimpinan unit penyelenggara, misalnya `{jabatan: Kepala Dinas, nama: Dr. Siti Aminah}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kepala: Option<Kepala>,
}

/// # Kepala unit
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kepala {
    /// # Jabatan
    ///
    /// Misalnya `Kepala Dinas Kependudukan dan Pencatatan Sipil`.
    pub jabatan: String,
    /// # Nama
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama: Option<String>,
    /// # NIP
    ///
    /// 18 angka, dalam tanda kutip; spasi boleh.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
}
