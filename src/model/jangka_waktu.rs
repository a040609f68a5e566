//! The completion time of a service: a total, named parts, or a text saying why there is none.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::durasi::Durasi;

/// # Jangka waktu penyelesaian
///
/// Berapa lama layanan selesai. Tulis `total`, atau `bagian` bila waktunya per bagian (misalnya administrasi 15 menit, surat jawaban 3 hari), atau hanya `keterangan` bila waktunya tidak tetap (misalnya tergantung jadwal acara).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JangkaWaktu {
    /// # Total
    ///
    /// Waktu penyelesaian seluruh layanan, misalnya `60 menit` atau `paling lambat 5 hari kerja`. Bila langkah prosedur diberi waktu, jumlahnya harus sama dengan total ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Durasi>,
    /// # Dihitung mulai
    ///
    /// Sejak kapan waktu penyelesaian dihitung, seperti tertulis di dokumen, misalnya `setelah berkas lengkap dan benar` atau `sejak pengaduan diterima`. Dicetak sesudah total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mulai: Option<String>,
    /// # Untuk langkah
    ///
    /// Bila total hanya mencakup sebagian langkah prosedur, nomor langkahnya: `1-4` (langkah 1 sampai 4) atau `3`. Jumlah waktu langkah-langkah itu harus sama dengan total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(
        pattern = r"^[0-9]{1,3}( *(-|–|s\.d\.|sampai dengan|sampai) *[0-9]{1,3})?$"
    ))]
    #[schemars(extend(
        "patternErrorMessage" = "Tulis nomor langkah prosedur: `1-4` untuk langkah 1 sampai 4, atau satu nomor seperti `3`."
    ))]
    pub untuk_langkah: Option<String>,
    /// # Dapat diperpanjang
    ///
    /// Perpanjangan yang diizinkan dokumen, misalnya `5 hari kerja` untuk "dapat diperpanjang paling lama 5 hari kerja". Alasannya ditulis di `keterangan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perpanjangan: Option<Durasi>,
    /// # Batas waktu bagi pemohon
    ///
    /// Batas waktu yang harus dipenuhi pemohon, bukan waktu pelayanan, misalnya peristiwa `dilaporkan paling lambat 30 hari sejak peristiwa terjadi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenggat_pemohon: Option<TenggatPemohon>,
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

/// # Batas waktu bagi pemohon
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TenggatPemohon {
    /// # Apa yang harus dilakukan pemohon
    ///
    /// Misalnya `Peristiwa kelahiran dilaporkan`.
    pub uraian: String,
    /// # Waktu
    ///
    /// Misalnya `paling lambat 60 hari`.
    pub waktu: Durasi,
    /// # Dihitung mulai
    ///
    /// Misalnya `sejak kelahiran`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mulai: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya akibat bila terlambat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl JangkaWaktu {
    /// The steps `untuk_langkah` names, first and last (1-based), when it is written.
    pub fn rentang_langkah(&self) -> Option<(usize, usize)> {
        let text = self.untuk_langkah.as_deref()?;
        let numbers: Vec<usize> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|part| !part.is_empty())
            .filter_map(|part| part.parse().ok())
            .collect();
        match numbers.as_slice() {
            [one] => Some((*one, *one)),
            [first, last] => Some((*first, *last)),
            _ => None,
        }
    }

    /// True when nothing at all is said about the time.
    pub fn kosong(&self) -> bool {
        self.total.is_none()
            && self.tenggat_pemohon.is_none()
            && self.bagian.as_ref().is_none_or(Vec::is_empty)
            && self
                .keterangan
                .as_deref()
                .is_none_or(|t| t.trim().is_empty())
    }
}
