//! The completion time of a service: a total, named parts, or a text saying why there is none.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::durasi::Durasi;

/// # Jangka waktu penyelesaian
///
/// Berapa lama layanan selesai. Tulis `total`, atau `bagian` bila waktunya per bagian (misalnya administrasi 15 menit, surat jawaban 3 hari), atau hanya `keterangan` bila waktunya tidak tetap (misalnya tergantung jadwal acara).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JangkaWaktu {
    /// # Total
    ///
    /// Waktu penyelesaian seluruh layanan, misalnya `60 menit` atau `paling lambat 5 hari kerja`. Bila langkah prosedur diberi waktu, jumlahnya harus sama dengan total ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Durasi>,
    /// # Bagian
    ///
    /// Waktu per bagian layanan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bagian: Option<Vec<BagianWaktu>>,
    /// # Keterangan
    ///
    /// Penjelasan, atau alasan bila tidak ada waktu pasti.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Bagian jangka waktu
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BagianWaktu {
    /// # Nama bagian
    ///
    /// Misalnya `Penyelesaian administrasi`.
    pub nama: String,
    /// # Waktu
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waktu: Option<Durasi>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl JangkaWaktu {
    /// True when nothing at all is said about the time.
    pub fn kosong(&self) -> bool {
        self.total.is_none()
            && self.bagian.as_ref().is_none_or(Vec::is_empty)
            && self
                .keterangan
                .as_deref()
                .is_none_or(|t| t.trim().is_empty())
    }
}
