//! The fee: free, or tariff lines with their legal basis.

use serde::Serialize;

use super::{RegulationView, non_empty, regulation};
use crate::model::biaya::{Biaya, format_rupiah};
use crate::render::format;
use crate::render::labels::Labels;
use crate::render::text::Rich;

/// The fee.
#[derive(Debug, Clone, Serialize)]
pub struct FeeView {
    pub gratis: bool,
    pub tarif: Vec<TariffView>,
    pub ada_kategori: bool,
    pub rumus: Option<Rich>,
    pub dasar_hukum: Vec<RegulationView>,
    pub keterangan: Option<Rich>,
}

/// One tariff line.
#[derive(Debug, Clone, Serialize)]
pub struct TariffView {
    pub uraian: String,
    /// `Rp1.500.000 per hari`.
    pub harga: String,
    pub rupiah: u64,
    pub kategori: Option<String>,
    pub keterangan: Option<Rich>,
}

/// The Rupiah total of a fee, for the JSON-LD offer.
pub fn total_rupiah(view: &FeeView) -> Option<String> {
    view.tarif.first().map(|t| format_rupiah(t.rupiah))
}

/// The fee, prices written out.
pub(super) fn fee(b: &Biaya) -> FeeView {
    FeeView {
        gratis: b.is_gratis(),
        tarif: b
            .tarif
            .iter()
            .flatten()
            .map(|tarif| TariffView {
                uraian: tarif.uraian.clone(),
                harga: format::tarif(tarif),
                rupiah: tarif.rupiah,
                kategori: non_empty(tarif.kategori.as_deref()),
                keterangan: Rich::maybe(tarif.keterangan.as_deref()),
            })
            .collect(),
        ada_kategori: b.tarif.iter().flatten().any(|t| t.kategori.is_some()),
        rumus: Rich::maybe(b.rumus.as_deref()),
        dasar_hukum: b.dasar_hukum.iter().flatten().map(regulation).collect(),
        keterangan: Rich::maybe(b.keterangan.as_deref()),
    }
}

impl FeeView {
    /// For the summary: "Tidak dipungut biaya", the one price, or the range of prices.
    pub(super) fn summary(&self, t: &Labels) -> Option<String> {
        if self.gratis {
            return Some(t.tidak_dipungut_biaya.to_string());
        }
        if let [one] = self.tarif.as_slice() {
            return Some(match &one.kategori {
                Some(kategori) => format!("{} ({kategori})", one.harga),
                None => one.harga.clone(),
            });
        }
        let low = self.tarif.iter().map(|x| x.rupiah).min()?;
        let high = self.tarif.iter().map(|x| x.rupiah).max()?;
        let range = if low == high {
            format_rupiah(low)
        } else {
            format!("{} – {}", format_rupiah(low), format_rupiah(high))
        };
        Some(format!(
            "{range} ({} {})",
            self.tarif.len(),
            t.tarif.to_lowercase()
        ))
    }
}
