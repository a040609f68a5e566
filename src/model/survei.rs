//! The community satisfaction survey (*Survei Kepuasan Masyarakat*, PermenPANRB 14/2017) as a
//! unit records it: per period, the nine elements' average scores or a file of the answers,
//! and what the office does about the result.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::waktu::Tanggal;

/// # Survei kepuasan masyarakat (satu periode)
///
/// Hasil satu periode Survei Kepuasan Masyarakat (PermenPANRB 14/2017). Tulis `nilai_unsur` dan `responden` (rata-rata per unsur dari laporan survei), atau `jawaban` (nama berkas CSV jawaban responden di folder unit ini); `standar` menghitung NRR, IKM, nilai konversi dan mutu pelayanan menurut peraturan itu.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodeSurvei {
    /// # Nama periode
    ///
    /// Misalnya `Semester I 2026` atau `Triwulan III 2026`.
    pub periode: String,
    /// # Hari pertama periode
    pub mulai: Tanggal,
    /// # Hari terakhir periode
    pub sampai: Tanggal,
    /// # Layanan yang disurvei
    ///
    /// Nama berkas (tanpa `.yaml`) standar-standar yang disurvei. Tanpa kunci ini, survei berlaku untuk seluruh layanan unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layanan: Option<Vec<String>>,
    /// # Populasi
    ///
    /// Jumlah pengguna layanan dalam periode ini; dipakai untuk memeriksa apakah jumlah responden cukup (tabel Krejcie dan Morgan dalam PermenPANRB 14/2017).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub populasi: Option<u64>,
    /// # Jumlah responden
    ///
    /// Wajib bersama `nilai_unsur`; dengan `jawaban`, dihitung dari berkasnya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub responden: Option<u64>,
    /// # Nilai rata-rata per unsur
    ///
    /// Nilai rata-rata (NRR, 1 sampai 4) kesembilan unsur, seperti di laporan survei.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai_unsur: Option<NilaiUnsur>,
    /// # Berkas jawaban
    ///
    /// Nama berkas CSV di folder unit ini: satu baris per responden, satu kolom per unsur (judul kolom `persyaratan`, `prosedur`, … atau `U1` sampai `U9`), jawaban 1 sampai 4, sel kosong bila unsur itu tidak dijawab.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jawaban: Option<String>,
    /// # Tautan laporan
    ///
    /// Alamat laporan lengkap survei periode ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laporan: Option<String>,
    /// # Tindak lanjut
    ///
    /// Apa yang dilakukan unit atas hasil survei, dengan keadaannya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tindak_lanjut: Option<Vec<TindakLanjut>>,
}

/// # Nilai rata-rata per unsur
///
/// Sembilan unsur survei menurut PermenPANRB 14/2017, masing-masing bernilai 1 sampai 4.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NilaiUnsur {
    /// # U1 Persyaratan
    #[schemars(range(min = 1, max = 4))]
    pub persyaratan: f64,
    /// # U2 Sistem, mekanisme, dan prosedur
    #[schemars(range(min = 1, max = 4))]
    pub prosedur: f64,
    /// # U3 Waktu penyelesaian
    #[schemars(range(min = 1, max = 4))]
    pub waktu: f64,
    /// # U4 Biaya/tarif
    #[schemars(range(min = 1, max = 4))]
    pub biaya: f64,
    /// # U5 Produk spesifikasi jenis pelayanan
    #[schemars(range(min = 1, max = 4))]
    pub produk: f64,
    /// # U6 Kompetensi pelaksana
    #[schemars(range(min = 1, max = 4))]
    pub kompetensi: f64,
    /// # U7 Perilaku pelaksana
    #[schemars(range(min = 1, max = 4))]
    pub perilaku: f64,
    /// # U8 Penanganan pengaduan, saran dan masukan
    #[schemars(range(min = 1, max = 4))]
    pub pengaduan: f64,
    /// # U9 Sarana dan prasarana
    #[schemars(range(min = 1, max = 4))]
    pub sarana: f64,
}

impl NilaiUnsur {
    /// The nine values in the regulation's order.
    pub fn semua(&self) -> [f64; 9] {
        [
            self.persyaratan,
            self.prosedur,
            self.waktu,
            self.biaya,
            self.produk,
            self.kompetensi,
            self.perilaku,
            self.pengaduan,
            self.sarana,
        ]
    }
}

/// # Unsur survei
///
/// Salah satu dari sembilan unsur PermenPANRB 14/2017.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Unsur {
    Persyaratan,
    Prosedur,
    Waktu,
    Biaya,
    Produk,
    Kompetensi,
    Perilaku,
    Pengaduan,
    Sarana,
}

impl Unsur {
    /// The nine elements in the regulation's order (U1 to U9).
    pub const SEMUA: [Unsur; 9] = [
        Unsur::Persyaratan,
        Unsur::Prosedur,
        Unsur::Waktu,
        Unsur::Biaya,
        Unsur::Produk,
        Unsur::Kompetensi,
        Unsur::Perilaku,
        Unsur::Pengaduan,
        Unsur::Sarana,
    ];

    /// The key written in YAML and in a CSV header.
    pub fn kunci(self) -> &'static str {
        match self {
            Unsur::Persyaratan => "persyaratan",
            Unsur::Prosedur => "prosedur",
            Unsur::Waktu => "waktu",
            Unsur::Biaya => "biaya",
            Unsur::Produk => "produk",
            Unsur::Kompetensi => "kompetensi",
            Unsur::Perilaku => "perilaku",
            Unsur::Pengaduan => "pengaduan",
            Unsur::Sarana => "sarana",
        }
    }

    /// Its name in the regulation.
    pub fn nama(self) -> &'static str {
        match self {
            Unsur::Persyaratan => "Persyaratan",
            Unsur::Prosedur => "Sistem, mekanisme, dan prosedur",
            Unsur::Waktu => "Waktu penyelesaian",
            Unsur::Biaya => "Biaya/tarif",
            Unsur::Produk => "Produk spesifikasi jenis pelayanan",
            Unsur::Kompetensi => "Kompetensi pelaksana",
            Unsur::Perilaku => "Perilaku pelaksana",
            Unsur::Pengaduan => "Penanganan pengaduan, saran dan masukan",
            Unsur::Sarana => "Sarana dan prasarana",
        }
    }

    /// Its code in the regulation's questionnaire, `U1` to `U9`.
    pub fn kode(self) -> String {
        format!("U{}", self as usize + 1)
    }

    /// The element a CSV header names: its key or its code, in any case.
    pub fn dari_judul(judul: &str) -> Option<Unsur> {
        let judul = judul.trim().to_lowercase();
        Unsur::SEMUA
            .into_iter()
            .find(|u| judul == u.kunci() || judul == u.kode().to_lowercase())
    }
}

/// # Tindak lanjut hasil survei
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TindakLanjut {
    /// # Unsur yang diperbaiki
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsur: Option<Unsur>,
    /// # Tindakan
    ///
    /// Apa yang dilakukan, dalam satu kalimat.
    pub tindakan: String,
    /// # Keadaan
    pub status: StatusTindakLanjut,
    /// # Target selesai
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Tanggal>,
}

/// # Keadaan tindak lanjut
///
/// `direncanakan`, `berjalan` atau `selesai`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusTindakLanjut {
    Direncanakan,
    Berjalan,
    Selesai,
}

impl StatusTindakLanjut {
    /// The word shown to citizens.
    pub fn label(self) -> &'static str {
        match self {
            StatusTindakLanjut::Direncanakan => "direncanakan",
            StatusTindakLanjut::Berjalan => "sedang berjalan",
            StatusTindakLanjut::Selesai => "selesai",
        }
    }
}
