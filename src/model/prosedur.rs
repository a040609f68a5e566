//! The procedure: declared actors, one or more flows, steps with SOP-AP quality standards and
//! decision branches.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::durasi::Durasi;

/// # Sistem, mekanisme dan prosedur
///
/// Alur pelayanan. Satu alur cukup untuk kebanyakan layanan; tulis beberapa alur bila ada beberapa jalur (misalnya datang langsung dan daring).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prosedur {
    /// # Pelaksana
    ///
    /// Para pelaksana (kolom pelaksana SOP-AP), misalnya `Kabag`, `Kasubag`, `Petugas loket`. Setiap `pelaksana` pada langkah harus ada di daftar ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelaksana: Option<Vec<Pelaksana>>,
    /// # Alur
    ///
    /// Satu atau beberapa alur pelayanan.
    pub alur: Vec<Alur>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Pelaksana
///
/// Nama singkat pelaksana (seperti di kolom SOP-AP), atau `nama` dengan `keterangan` (misalnya jabatan lengkapnya).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Pelaksana {
    /// Nama saja.
    Nama(String),
    /// Nama dengan keterangan.
    Rinci(PelaksanaRinci),
}

/// # Pelaksana dengan keterangan
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PelaksanaRinci {
    /// # Nama
    ///
    /// Nama singkat yang dipakai di langkah, misalnya `Kasubag`.
    pub nama: String,
    /// # Keterangan
    ///
    /// Misalnya jabatan lengkap: `Kepala Subbagian Tata Laksana`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
    /// # Sistem
    ///
    /// `true` bila pelaksana ini sebuah sistem elektronik, bukan orang, misalnya `Sistem SIAK` atau `OSS`; ditandai sebagai sistem di tabel dan bagan alir.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sistem: Option<bool>,
}

impl Pelaksana {
    /// The short name steps refer to.
    pub fn nama(&self) -> &str {
        match self {
            Pelaksana::Nama(name) => name,
            Pelaksana::Rinci(actor) => &actor.nama,
        }
    }

    /// The actor's note, if any.
    pub fn keterangan(&self) -> Option<&str> {
        match self {
            Pelaksana::Nama(_) => None,
            Pelaksana::Rinci(actor) => actor.keterangan.as_deref(),
        }
    }

    /// True for an electronic system rather than a person.
    pub fn sistem(&self) -> bool {
        matches!(self, Pelaksana::Rinci(actor) if actor.sistem == Some(true))
    }
}

/// # Alur
///
/// Satu jalur pelayanan dengan langkah-langkahnya, berurutan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alur {
    /// # Nama alur
    ///
    /// Perlu bila ada lebih dari satu alur, misalnya `Datang langsung` atau `Melalui media elektronik`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama: Option<String>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
    /// # Langkah
    ///
    /// Langkah-langkah alur ini, berurutan. Setiap langkah boleh berupa teks saja.
    pub langkah: Vec<Langkah>,
}

/// # Langkah
///
/// Satu langkah: teks saja, atau `uraian` dengan pelaksana, waktu, mutu baku dan keputusan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Langkah {
    /// Uraian saja.
    Teks(String),
    /// Langkah lengkap.
    Rinci(Box<LangkahRinci>),
}

/// # Langkah lengkap
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LangkahRinci {
    /// # Uraian kegiatan
    pub uraian: String,
    /// # Uraian singkat
    ///
    /// Versi pendek uraian untuk tabel SOP-AP dan bagan alir, bila uraiannya panjang.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_singkat: Option<String>,
    /// # Pelaksana
    ///
    /// Siapa yang mengerjakan langkah ini; harus tercantum di `prosedur.pelaksana`. Bila beberapa pelaksana mengerjakannya bersama, tulis daftar: `[Operator, Kepala Dinas]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelaksana: Option<PelaksanaLangkah>,
    /// # Waktu
    ///
    /// Waktu langkah ini (kolom Waktu pada mutu baku SOP-AP). Jumlah waktu semua langkah harus sama dengan `jangka_waktu.total`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waktu: Option<Durasi>,
    /// # Mutu baku
    ///
    /// Kelengkapan dan output langkah ini (SOP-AP, PermenPANRB 35/2012).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutu_baku: Option<MutuBaku>,
    /// # Keputusan
    ///
    /// Bila langkah ini memutuskan sesuatu, misalnya `Apakah dapat diselesaikan?`, dengan langkah tujuan untuk jawaban ya dan tidak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keputusan: Option<Keputusan>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Pelaksana langkah
///
/// Satu pelaksana, atau daftar pelaksana yang mengerjakan langkah bersama.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PelaksanaLangkah {
    /// Satu pelaksana.
    Satu(String),
    /// Beberapa pelaksana.
    Beberapa(Vec<String>),
}

impl PelaksanaLangkah {
    /// Every actor named, in the order written.
    pub fn semua(&self) -> Vec<&str> {
        match self {
            PelaksanaLangkah::Satu(name) => vec![name.as_str()],
            PelaksanaLangkah::Beberapa(names) => names.iter().map(String::as_str).collect(),
        }
    }
}

/// # Mutu baku
///
/// Kolom mutu baku SOP-AP. Waktu ditulis pada `waktu` langkah.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MutuBaku {
    /// # Kelengkapan
    ///
    /// Dokumen atau bahan yang diperlukan langkah ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kelengkapan: Option<String>,
    /// # Output
    ///
    /// Hasil langkah ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// # Keputusan
///
/// Cabang ya/tidak. Tanpa `ya` atau `tidak`, jawaban itu lanjut ke langkah berikutnya.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keputusan {
    /// # Pertanyaan
    ///
    /// Misalnya `Dapat diselesaikan?`.
    pub pertanyaan: String,
    /// # Jika ya
    ///
    /// Nomor langkah tujuan (mulai dari 1) atau `selesai`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ya: Option<Tujuan>,
    /// # Jika tidak
    ///
    /// Nomor langkah tujuan (mulai dari 1) atau `selesai`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tidak: Option<Tujuan>,
}

/// # Tujuan
///
/// Nomor langkah (mulai dari 1) dalam alur yang sama, atau `selesai`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Tujuan {
    /// Nomor langkah.
    Langkah(#[schemars(range(min = 1))] u32),
    /// Akhir alur.
    Akhir(Selesai),
}

/// # Selesai
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Selesai {
    Selesai,
}

impl Langkah {
    /// The step's description.
    pub fn uraian(&self) -> &str {
        match self {
            Langkah::Teks(text) => text,
            Langkah::Rinci(step) => &step.uraian,
        }
    }

    /// The full step, if written as one.
    pub fn rinci(&self) -> Option<&LangkahRinci> {
        match self {
            Langkah::Teks(_) => None,
            Langkah::Rinci(step) => Some(step),
        }
    }

    /// The step's actors, in the order written; empty when it names none.
    pub fn pelaksana(&self) -> Vec<&str> {
        self.rinci()
            .and_then(|s| s.pelaksana.as_ref())
            .map(PelaksanaLangkah::semua)
            .unwrap_or_default()
    }

    /// The step's time, if any.
    pub fn waktu(&self) -> Option<&Durasi> {
        self.rinci().and_then(|s| s.waktu.as_ref())
    }

    /// JSON Pointer suffix of the description below the step's own pointer.
    pub fn uraian_suffix(&self) -> &'static str {
        match self {
            Langkah::Teks(_) => "",
            Langkah::Rinci(_) => "/uraian",
        }
    }
}
