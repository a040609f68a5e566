//! Fees: free, or itemised Rupiah tariffs by payer category, or a formula, with a legal basis.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::regulasi::Regulasi;

/// # Biaya/tarif
///
/// Tulis `gratis: true` bila tidak dipungut biaya. Bila ada biaya, tulis `tarif` (atau `rumus`) dan `dasar_hukum`-nya (Perda/Perbup).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Biaya {
    /// # Gratis
    ///
    /// `true` bila layanan tidak dipungut biaya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gratis: Option<bool>,
    /// # Tarif
    ///
    /// Rincian tarif dalam Rupiah.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tarif: Option<Vec<Tarif>>,
    /// # Rumus
    ///
    /// Cara menghitung biaya bila tidak berupa angka tetap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rumus: Option<String>,
    /// # Dasar hukum biaya
    ///
    /// Peraturan yang menetapkan tarif (wajib bila ada biaya).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dasar_hukum: Option<Vec<Regulasi>>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// # Tarif
///
/// Satu butir tarif, misalnya `uraian: Sewa aula`, `rupiah: 1500000`, `per: hari`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tarif {
    /// # Uraian
    ///
    /// Apa yang dibayar.
    pub uraian: String,
    /// # Rupiah
    ///
    /// Besar tarif dalam Rupiah, angka bulat tanpa titik: `1500000` (paling besar satu triliun).
    #[schemars(range(max = 1_000_000_000_000u64))]
    pub rupiah: u64,
    /// # Per
    ///
    /// Satuan tarif, misalnya `hari`, `6 jam`, `lembar`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// # Kategori pembayar
    ///
    /// Misalnya `Umum` atau `BPJS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kategori: Option<String>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Biaya {
    /// True when the service is declared free.
    pub fn is_gratis(&self) -> bool {
        self.gratis == Some(true)
    }

    /// True when some money is asked: a non-zero tariff or a formula.
    pub fn berbayar(&self) -> bool {
        self.tarif.iter().flatten().any(|t| t.rupiah > 0)
            || self.rumus.as_deref().is_some_and(|r| !r.trim().is_empty())
    }

    /// True when nothing at all is said about the fee.
    pub fn kosong(&self) -> bool {
        self.gratis.is_none()
            && self.tarif.as_ref().is_none_or(Vec::is_empty)
            && self.rumus.as_deref().is_none_or(|t| t.trim().is_empty())
            && self
                .keterangan
                .as_deref()
                .is_none_or(|t| t.trim().is_empty())
    }
}

/// `Rp1.500.000`, as Indonesians write money.
pub fn format_rupiah(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    out.push_str("Rp");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_uses_dots_for_thousands() {
        assert_eq!(format_rupiah(0), "Rp0");
        assert_eq!(format_rupiah(5000), "Rp5.000");
        assert_eq!(format_rupiah(1_500_000), "Rp1.500.000");
        assert_eq!(format_rupiah(999), "Rp999");
        assert_eq!(format_rupiah(100_000), "Rp100.000");
    }

    #[test]
    fn free_and_paid() {
        let free = Biaya {
            gratis: Some(true),
            tarif: None,
            rumus: None,
            dasar_hukum: None,
            keterangan: None,
        };
        assert!(free.is_gratis() && !free.berbayar() && !free.kosong());
        let paid = Biaya {
            gratis: None,
            tarif: Some(vec![Tarif {
                uraian: "Sewa".into(),
                rupiah: 5000,
                per: Some("hari".into()),
                kategori: None,
                keterangan: None,
            }]),
            ..free.clone()
        };
        assert!(paid.berbayar());
    }
}
