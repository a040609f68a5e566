//! The fee: free, or tariff lines with their legal basis.

use serde::Serialize;

use super::{RegulationView, non_empty, regulation};
use crate::model::biaya::{Biaya, Gabungan, Tarif, format_rupiah};
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
    /// How several charges combine, as the standard says.
    pub gabungan: Option<Gabungan>,
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
    /// The amount alone, `Rp300.000`, which is never broken across lines.
    pub jumlah: String,
    /// The rest of `teks` after the amount, `sampai dengan 6 jam`, if any.
    pub satuan: Option<String>,
    /// The unit as written (`hari`, `sampai dengan 6 jam`).
    pub per: Option<String>,
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
        gabungan: b.gabungan,
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
        .map(|((rupiah, per), keterangan)| {
            let jumlah = format_rupiah(*rupiah);
            let teks = format::harga(*rupiah, *per);
            PriceView {
                satuan: teks
                    .strip_prefix(&jumlah)
                    .map(str::trim)
                    .filter(|rest| !rest.is_empty())
                    .map(str::to_string),
                jumlah,
                teks,
                per: per.map(str::to_string),
                keterangan,
            }
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

/// At most this many charges are written out in a summary; more are counted.
const CHARGES_IN_SUMMARY: usize = 3;

impl FeeView {
    /// For the summary: free, each charge with its unit (joined as the standard says they
    /// combine), their count when there are many, or "as set by" a regulation. Several charges
    /// are never shown as a range unless only one of them applies and all share one unit.
    pub(super) fn summary(&self, t: &Labels) -> Option<String> {
        if self.gratis {
            return Some(
                self.gratis_teks
                    .clone()
                    .unwrap_or_else(|| t.tidak_dipungut_biaya.to_string()),
            );
        }
        let charges = self.charges(t);
        match charges.as_slice() {
            [] => {}
            [one] => return Some(one.teks.clone()),
            _ => return Some(self.several(&charges, t)),
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

    /// Every charge a payer may meet: each price of each row, named after its row when there
    /// are several rows, and each row priced only by a regulation.
    fn charges(&self, t: &Labels) -> Vec<Charge> {
        let rows: Vec<&TariffView> = self
            .tarif
            .iter()
            .filter(|x| !x.harga.is_empty() || !x.sesuai.is_empty())
            .collect();
        let named = rows.len() > 1;
        let mut out = Vec::new();
        for row in rows {
            let name = row.kategori.as_deref().unwrap_or(&row.uraian);
            for (price, rupiah) in row.harga.iter().zip(&row.rupiah) {
                out.push(Charge {
                    teks: match named && !name.is_empty() {
                        true => format!("{} ({name})", price.teks),
                        false => price.teks.clone(),
                    },
                    rupiah: Some(*rupiah),
                    per: price.per.clone(),
                });
            }
            if row.harga.is_empty() {
                let by: Vec<&str> = row.sesuai.iter().map(|r| r.judul.as_str()).collect();
                out.push(Charge {
                    teks: format!("{name}: {} {}", t.sesuai.to_lowercase(), by.join("; ")),
                    rupiah: None,
                    per: None,
                });
            }
        }
        out
    }

    /// Several charges: written out and joined as they combine, or counted.
    fn several(&self, charges: &[Charge], t: &Labels) -> String {
        let how = match self.gabungan {
            Some(Gabungan::SalahSatu) => Some(t.salah_satu_berlaku),
            Some(Gabungan::Dijumlahkan) => Some(t.semua_dibayar),
            Some(Gabungan::SesuaiPemakaian) => Some(t.sesuai_pemakaian),
            None => None,
        };
        if charges.len() <= CHARGES_IN_SUMMARY {
            let joiner = match self.gabungan {
                Some(Gabungan::SalahSatu) => format!(" {} ", t.atau),
                Some(Gabungan::Dijumlahkan) => " + ".to_string(),
                _ => "; ".to_string(),
            };
            let list: Vec<&str> = charges.iter().map(|c| c.teks.as_str()).collect();
            return match how {
                Some(how) => format!("{} ({how})", list.join(&joiner)),
                None => list.join(&joiner),
            };
        }
        let count = format!("{} {}", charges.len(), t.tarif.to_lowercase());
        let amounts: Vec<u64> = charges.iter().filter_map(|c| c.rupiah).collect();
        let one_unit = charges.iter().all(|c| c.per == charges[0].per);
        if self.gabungan == Some(Gabungan::SalahSatu)
            && amounts.len() == charges.len()
            && one_unit
            && let (Some(low), Some(high)) = (amounts.iter().min(), amounts.iter().max())
        {
            let per = charges[0]
                .per
                .as_deref()
                .map(|p| format::harga(0, Some(p)))
                .and_then(|p| p.strip_prefix("Rp0").map(str::to_string))
                .unwrap_or_default();
            return format!(
                "{} – {}{per} ({count}, {})",
                format_rupiah(*low),
                format_rupiah(*high),
                t.salah_satu_berlaku
            );
        }
        match how {
            Some(how) => format!("{count}, {how}"),
            None => count,
        }
    }
}

/// One charge of a summary.
struct Charge {
    /// `Rp50.000 per permohonan (Retribusi izin)`.
    teks: String,
    rupiah: Option<u64>,
    /// The unit as written.
    per: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::labels::ID;
    use serde_json::json;

    fn summary_of(value: serde_json::Value) -> String {
        let biaya: Biaya = serde_json::from_value(value).expect("fee");
        fee(&biaya).summary(&ID).unwrap_or_default()
    }

    fn two(gabungan: Option<&str>) -> serde_json::Value {
        json!({
            "gabungan": gabungan,
            "tarif": [
                {"uraian": "Retribusi izin", "rupiah": 50000, "per": "permohonan"},
                {"uraian": "Kantor cabang", "rupiah": 25000, "per": "kantor cabang"},
            ]
        })
    }

    fn five(gabungan: &str, first_per: &str) -> serde_json::Value {
        let rows: Vec<_> = (1..=5u64)
            .map(|i| {
                let per = if i == 1 { first_per } else { "hari" };
                json!({"kategori": format!("K{i}"), "rupiah": i * 1000, "per": per})
            })
            .collect();
        json!({"gabungan": gabungan, "tarif": rows})
    }

    #[test]
    fn charges_that_add_up_are_never_a_range() {
        let sum = summary_of(two(Some("dijumlahkan")));
        assert_eq!(
            sum,
            "Rp50.000 per permohonan (Retribusi izin) + Rp25.000 per kantor cabang (Kantor cabang) (semuanya dibayar)"
        );
        assert!(!sum.contains('–'));
    }

    #[test]
    fn alternatives_say_or() {
        let sum = summary_of(two(Some("salah_satu")));
        assert!(sum.contains(" atau "), "{sum}");
        assert!(sum.contains("per kantor cabang"), "{sum}");
    }

    #[test]
    fn unknown_combination_lists_without_joining_words() {
        assert_eq!(
            summary_of(two(None)),
            "Rp50.000 per permohonan (Retribusi izin); Rp25.000 per kantor cabang (Kantor cabang)"
        );
    }

    #[test]
    fn many_charges_are_counted_and_a_range_needs_one_unit_and_one_applying() {
        assert_eq!(
            summary_of(five("salah_satu", "hari")),
            "Rp1.000 – Rp5.000 per hari (5 tarif, salah satu, menurut kategori atau pilihan)"
        );
        assert_eq!(
            summary_of(five("dijumlahkan", "hari")),
            "5 tarif, semuanya dibayar"
        );
        assert_eq!(
            summary_of(five("salah_satu", "lembar")),
            "5 tarif, salah satu, menurut kategori atau pilihan"
        );
    }

    #[test]
    fn one_charge_keeps_its_unit() {
        assert_eq!(
            summary_of(json!({"tarif": [{"uraian": "Sewa", "rupiah": 1500000, "per": "hari"}]})),
            "Rp1.500.000 per hari"
        );
    }
}
