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
    /// # Keterangan
    ///
    /// Catatan tambahan untuk butir ini.
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

    /// JSON Pointer suffix of the main text below the item's own pointer.
    pub fn uraian_suffix(&self) -> &'static str {
        match self {
            Butir::Teks(_) => "",
            Butir::Rinci(_) => "/uraian",
        }
    }
}
