//! The periodic review of a standard: when it was last reviewed and when the next is due.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::waktu::Tanggal;

/// # Peninjauan
///
/// Kapan standar ini terakhir ditinjau (dievaluasi dan, bila perlu, disempurnakan) dan kapan peninjauan berikutnya. Tanpa `berikutnya`, peninjauan berikutnya jatuh `selang_tinjauan` bulan (di `_situs.yaml`; bawaan 12) sesudah `terakhir`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tinjauan {
    /// # Terakhir ditinjau
    pub terakhir: Tanggal,
    /// # Peninjauan berikutnya
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub berikutnya: Option<Tanggal>,
    /// # Keterangan
    ///
    /// Misalnya hasil peninjauan terakhir.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Tinjauan {
    /// When the next review is due: as written, else `selang` months after the last.
    pub fn jatuh_tempo(&self, selang: u32) -> Tanggal {
        self.berikutnya
            .unwrap_or_else(|| self.terakhir.tambah_bulan(selang))
    }
}
