//! The fee: free, or tariff lines with their legal basis.

use serde::Serialize;

use super::{RegulationView, non_empty, regulation};
use crate::model::biaya::{Biaya, Tarif, format_rupiah};
use crate::render::format;
use crate::render::labels::Labels;
use crate::render::text::Rich;

/// The fee.
#[derive(Debug, Clone, Serialize)]
pub struct FeeView {
    pub gratis: bool,
    /// How the source document says it is free ("Bebas biaya"), else the label.
    pub gratis_teks: Option<String>,
    /// Every tariff row, items under a heading following it with a higher `tingkat`.
    pub tarif: Vec<TariffView>,
    pub ada_kategori: bool,
    pub rumus: Option<Rich>,
    pub dasar_hukum: Vec<RegulationView>,
    pub keterangan: Option<Rich>,
}

/// One tariff row.
#[derive(Debug, Clone, Serialize)]
pub struct TariffView {
    /// What is paid for; the payer category when only that is written.
    pub uraian: String,
    pub kategori: Option<String>,
    /// Each price written out: `Rp1.500.000 per hari`.
    pub harga: Vec<PriceView>,
    /// The Rupiah amounts of `harga`, in order.
    pub rupiah: Vec<u64>,
    /// Regulations that set this item's price (a price "sesuai Perda …").
    pub sesuai: Vec<RegulationView>,
    pub keterangan: Option<Rich>,
    /// 0 for a top-level item, 1 for an item under a heading, and so on.
    pub tingkat: usize,
    /// A heading over the rows that follow, with no price of its own.
    pub judul: bool,
}

/// One price of a tariff row.
#[derive(Debug, Clone, Serialize)]
pub struct PriceView {
    /// `Rp300.000 sampai dengan 6 jam`.
    pub teks: String,
    pub keterangan: Option<String>,
}

/// The first Rupiah price of each row, for the JSON-LD offers.
pub fn total_rupiah(view: &FeeView) -> Option<String> {
    view.tarif
        .iter()
        .find_map(|t| t.rupiah.first())
        .map(|r| format_rupiah(*r))
}

/// The fee, prices written out.
pub(super) fn fee(b: &Biaya) -> FeeView {
    let mut tarif = Vec::new();
    for item in b.tarif.iter().flatten() {
        rows(item, 0, &mut tarif);
    }
    FeeView {
        gratis: b.is_gratis(),
        gratis_teks: b.kata_gratis().map(str::to_string),
        ada_kategori: tarif.iter().any(|t| t.kategori.is_some()),
        tarif,
        rumus: Rich::maybe(b.rumus.as_deref()),
        dasar_hukum: b.dasar_hukum.iter().flatten().map(regulation).collect(),
        keterangan: Rich::maybe(b.keterangan.as_deref()),
    }
}

/// One row for the item, then a row for each item under it.
fn rows(item: &Tarif, tingkat: usize, out: &mut Vec<TariffView>) {
    let uraian = non_empty(item.uraian.as_deref());
    let kategori = non_empty(item.kategori.as_deref());
    let prices = item.harga();
    let notes = item.rupiah.map(|_| None).into_iter().chain(
        item.harga
            .iter()
            .flatten()
            .map(|h| non_empty(h.keterangan.as_deref())),
    );
    let harga: Vec<PriceView> = prices
        .iter()
        .zip(notes)
        .map(|((rupiah, per), keterangan)| PriceView {
            teks: format::harga(*rupiah, *per),
            keterangan,
        })
        .collect();
    let sub_items = item.rincian.as_ref().is_some_and(|r| !r.is_empty());
    out.push(TariffView {
        judul: sub_items && harga.is_empty() && !item.punya_dasar_hukum(),
        kategori: if uraian.is_some() {
            kategori.clone()
        } else {
            None
        },
        uraian: uraian.or(kategori).unwrap_or_default(),
        harga,
        rupiah: prices.iter().map(|(rupiah, _)| *rupiah).collect(),
        sesuai: item.dasar_hukum.iter().flatten().map(regulation).collect(),
        keterangan: Rich::maybe(item.keterangan.as_deref()),
        tingkat,
    });
    for sub in item.rincian.iter().flatten() {
        rows(sub, tingkat + 1, out);
    }
}

impl FeeView {
    /// For the summary: free, the one price, the range of prices, or "as set by" a regulation.
    pub(super) fn summary(&self, t: &Labels) -> Option<String> {
        if self.gratis {
            return Some(
                self.gratis_teks
                    .clone()
                    .unwrap_or_else(|| t.tidak_dipungut_biaya.to_string()),
            );
        }
        let priced: Vec<&TariffView> = self.tarif.iter().filter(|x| !x.harga.is_empty()).collect();
        if let [one] = priced.as_slice()
            && let [price] = one.harga.as_slice()
            && self.tarif.iter().all(|x| x.sesuai.is_empty())
        {
            let named = one
                .kategori
                .as_ref()
                .or((self.tarif.len() > 1).then_some(&one.uraian));
            return Some(match named {
                Some(name) => format!("{} ({name})", price.teks),
                None => price.teks.clone(),
            });
        }
        let amounts: Vec<u64> = priced
            .iter()
            .flat_map(|x| x.rupiah.iter().copied())
            .collect();
        if let (Some(low), Some(high)) = (amounts.iter().min(), amounts.iter().max()) {
            let range = if low == high {
                format_rupiah(*low)
            } else {
                format!("{} – {}", format_rupiah(*low), format_rupiah(*high))
            };
            return Some(format!(
                "{range} ({} {})",
                amounts.len(),
                t.tarif.to_lowercase()
            ));
        }
        let mut regulations: Vec<&str> = self
            .tarif
            .iter()
            .flat_map(|x| x.sesuai.iter())
            .chain(&self.dasar_hukum)
            .map(|r| r.judul.as_str())
            .collect();
        regulations.dedup();
        match regulations.as_slice() {
            [one] if self.rumus.is_none() => Some(format!("{} {one}", t.sesuai)),
            [] if self.rumus.is_none() => None,
            _ => Some(t.biaya_dihitung.to_string()),
        }
    }
}
