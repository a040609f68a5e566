//! A list item that is plain text or text with a note.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Butir
///
/// Satu butir daftar: cukup teks, atau `uraian` dengan `keterangan`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Butir {
    /// Teks saja.
    Teks(String),
    /// Uraian dengan keterangan.
    Rinci(ButirRinci),
}

/// # Butir dengan keterangan
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ButirRinci {
    /// # Uraian
    ///
    /// Isi butir.
    pub uraian: String,
    /// # Berlaku bila
    ///
    /// Bila butir ini hanya berlaku dalam keadaan tertentu, seperti tertulis: `bagi penduduk yang pindah`, `apabila dikuasakan`. Dicetak sesudah uraiannya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub berlaku: Option<String>,
    /// # Keterangan
    ///
    /// Catatan tambahan untuk butir ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
    /// # Rincian
    ///
    /// Bagian-bagian butir ini, misalnya `uraian: Fotokopi ijazah, meliputi:` dengan `rincian: [SD, SMP, SMA]`. Berbeda dengan `kelompok` persyaratan, yang memisahkan kasus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rincian: Option<Vec<SubButir>>,
}

/// # Rincian butir
///
/// Satu bagian butir: teks, atau `uraian` dengan `berlaku` dan `keterangan`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum SubButir {
    /// Teks saja.
    Teks(String),
    /// Uraian dengan keterangan.
    Rinci(SubButirRinci),
}

/// # Rincian butir dengan keterangan
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubButirRinci {
    /// # Uraian
    pub uraian: String,
    /// # Berlaku bila
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub berlaku: Option<String>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Butir {
    /// The item's main text.
    pub fn uraian(&self) -> &str {
        match self {
            Butir::Teks(text) => text,
            Butir::Rinci(item) => &item.uraian,
        }
    }

    /// The item's note, if any.
    pub fn keterangan(&self) -> Option<&str> {
        match self {
            Butir::Teks(_) => None,
            Butir::Rinci(item) => item.keterangan.as_deref(),
        }
    }

    /// When the item applies, if only in some cases.
    pub fn berlaku(&self) -> Option<&str> {
        match self {
            Butir::Teks(_) => None,
            Butir::Rinci(item) => item.berlaku.as_deref(),
        }
    }

    /// The item's parts, if it lists any.
    pub fn rincian(&self) -> &[SubButir] {
        match self {
            Butir::Teks(_) => &[],
            Butir::Rinci(item) => item.rincian.as_deref().unwrap_or_default(),
        }
    }

    /// JSON Pointer suffix of the main text below the item's own pointer.
    pub fn uraian_suffix(&self) -> &'static str {
        match self {
            Butir::Teks(_) => "",
            Butir::Rinci(_) => "/uraian",
        }
    }
}

impl SubButir {
    /// The part's text.
    pub fn uraian(&self) -> &str {
        match self {
            SubButir::Teks(text) => text,
            SubButir::Rinci(item) => &item.uraian,
        }
    }

    /// When the part applies, if only in some cases.
    pub fn berlaku(&self) -> Option<&str> {
        match self {
            SubButir::Teks(_) => None,
            SubButir::Rinci(item) => item.berlaku.as_deref(),
        }
    }

    /// The part's note, if any.
    pub fn keterangan(&self) -> Option<&str> {
        match self {
            SubButir::Teks(_) => None,
            SubButir::Rinci(item) => item.keterangan.as_deref(),
        }
    }
}
