//! Fees: free, or itemised Rupiah tariffs by payer category, or a formula, with a legal basis.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::regulasi::Regulasi;

/// # Biaya/tarif
///
/// Tulis `gratis: true` (atau kata-kata dokumennya, misalnya `gratis: Bebas biaya`) bila tidak dipungut biaya. Bila ada biaya, tulis `tarif` (atau `rumus`) dan `dasar_hukum`-nya (Perda/Perbup).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Biaya {
    /// # Gratis
    ///
    /// `true` bila layanan tidak dipungut biaya, atau kata-kata dokumen sumber yang menyatakannya, misalnya `GRATIS` atau `Bebas biaya`; kata-kata itu dicetak apa adanya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gratis: Option<Gratis>,
    /// # Tarif
    ///
    /// Rincian tarif: per butir, per kategori pembayar, atau kelompok butir di bawah satu judul.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tarif: Option<Vec<Tarif>>,
    /// # Cara tarif berlaku
    ///
    /// Wajib bila ada dua tarif atau lebih: `salah_satu` (hanya satu yang dibayar, menurut kategori atau pilihan pemohon), `dijumlahkan` (semuanya dibayar bersama), atau `sesuai_pemakaian` (dibayar untuk yang dipakai atau diminta saja, misalnya sewa per hari dan fotokopi per lembar). Ringkasan di halaman dan papan menuliskannya begitu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gabungan: Option<Gabungan>,
    /// # Rumus
    ///
    /// Cara menghitung biaya bila tidak berupa angka tetap, atau siapa yang menghitungnya, misalnya `Retribusi dihitung oleh Dinas PUPR; SKRD dibayar di Bank BPD`.
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

/// # Gratis
///
/// `true`/`false`, atau kata-kata dokumen sumber yang menyatakan layanan tidak dipungut biaya.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Gratis {
    /// `true` bila tidak dipungut biaya.
    Ya(bool),
    /// Kata-kata dokumen sumber, misalnya `Bebas biaya`: berarti gratis.
    Kata(String),
}

/// # Cara tarif berlaku
///
/// Bagaimana beberapa tarif dibayar: salah satu, dijumlahkan, atau sesuai pemakaian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gabungan {
    /// Hanya satu tarif yang dibayar, menurut kategori pembayar atau pilihan pemohon.
    SalahSatu,
    /// Semua tarif dibayar bersama dan dijumlahkan (misalnya per permohonan ditambah per kantor cabang).
    Dijumlahkan,
    /// Setiap tarif dibayar untuk yang dipakai atau diminta saja (sewa per hari, fotokopi per lembar).
    SesuaiPemakaian,
}

/// # Tarif
///
/// Satu butir tarif, misalnya `uraian: Sewa aula`, `rupiah: 1500000`, `per: hari`. Satu butir boleh punya beberapa `harga` (per hari, sampai dengan 6 jam), hanya `dasar_hukum` (tarif sesuai peraturan, tanpa angka), atau `rincian` di bawahnya (judul kelompok tanpa harga).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tarif {
    /// # Uraian
    ///
    /// Apa yang dibayar. Boleh tidak ditulis bila butir ini hanya menyebut `kategori`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian: Option<String>,
    /// # Kategori pembayar
    ///
    /// Misalnya `Umum` atau `BPJS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kategori: Option<String>,
    /// # Rupiah
    ///
    /// Besar tarif dalam Rupiah, angka bulat tanpa titik: `1500000` (paling besar satu triliun).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend(
        "errorMessage" = "Tulis Rupiah sebagai angka bulat tanpa `Rp` dan tanpa titik ribuan, misalnya `15000` (paling besar satu triliun)."
    ))]
    #[schemars(range(max = 1_000_000_000_000u64))]
    pub rupiah: Option<u64>,
    /// # Per
    ///
    /// Satuan tarif seperti tertulis, misalnya `hari`, `per lembar`, `sampai dengan 6 jam`. Kata "per" ditambahkan hanya bila belum ada dan teksnya berupa satuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// # Beberapa harga
    ///
    /// Bila satu butir punya beberapa harga, misalnya `[{rupiah: 500000, per: hari}, {rupiah: 300000, per: sampai dengan 6 jam}]`. Tulis ini sebagai ganti `rupiah` dan `per`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harga: Option<Vec<Harga>>,
    /// # Dasar hukum tarif butir ini
    ///
    /// Peraturan yang menetapkan tarif butir ini, terutama bila dokumen hanya menyebut peraturannya tanpa angka (misalnya `Umum: Perda No. 7 Tahun 2019`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dasar_hukum: Option<Vec<Regulasi>>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
    /// # Rincian
    ///
    /// Butir-butir tarif di bawah butir ini sebagai judul kelompok, misalnya `uraian: Sewa peralatan pendukung` dengan `rincian:` berisi sound system, proyektor, dan seterusnya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rincian: Option<Vec<Tarif>>,
}

/// # Harga
///
/// Satu harga dari butir tarif yang punya beberapa harga.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Harga {
    /// # Rupiah
    ///
    /// Angka bulat tanpa titik: `300000`.
    #[schemars(extend(
        "errorMessage" = "Tulis Rupiah sebagai angka bulat tanpa `Rp` dan tanpa titik ribuan, misalnya `15000` (paling besar satu triliun)."
    ))]
    #[schemars(range(max = 1_000_000_000_000u64))]
    pub rupiah: u64,
    /// # Per
    ///
    /// Satuan seperti tertulis, misalnya `hari` atau `sampai dengan 6 jam`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// # Keterangan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Tarif {
    /// The Rupiah amounts of this item itself (not of its sub-items), with their units.
    pub fn harga(&self) -> Vec<(u64, Option<&str>)> {
        let mut out: Vec<(u64, Option<&str>)> = self
            .rupiah
            .map(|r| (r, self.per.as_deref()))
            .into_iter()
            .collect();
        out.extend(
            self.harga
                .iter()
                .flatten()
                .map(|h| (h.rupiah, h.per.as_deref())),
        );
        out
    }

    /// This item and every item under it, depth first.
    pub fn semua(&self) -> Vec<&Tarif> {
        let mut out = vec![self];
        for sub in self.rincian.iter().flatten() {
            out.extend(sub.semua());
        }
        out
    }

    /// True when the item names a regulation of its own.
    pub fn punya_dasar_hukum(&self) -> bool {
        self.dasar_hukum.as_ref().is_some_and(|d| !d.is_empty())
    }
}

impl Biaya {
    /// True when the service is declared free.
    pub fn is_gratis(&self) -> bool {
        match &self.gratis {
            Some(Gratis::Ya(ya)) => *ya,
            Some(Gratis::Kata(kata)) => !kata.trim().is_empty(),
            None => false,
        }
    }

    /// The document's own words for "free", when given.
    pub fn kata_gratis(&self) -> Option<&str> {
        match &self.gratis {
            Some(Gratis::Kata(kata)) => Some(kata.trim()).filter(|k| !k.is_empty()),
            _ => None,
        }
    }

    /// Every tariff item, sub-items included, depth first.
    pub fn semua_tarif(&self) -> Vec<&Tarif> {
        self.tarif.iter().flatten().flat_map(Tarif::semua).collect()
    }

    /// True when some money is asked: a non-zero price, a price set by a regulation, or a formula.
    pub fn berbayar(&self) -> bool {
        self.semua_tarif().iter().any(|t| {
            t.harga().iter().any(|(rupiah, _)| *rupiah > 0)
                || (t.rupiah.is_none() && t.harga.is_none() && t.punya_dasar_hukum())
        }) || self.ada_rumus()
    }

    /// True when the fee is given as a formula or a calculation by someone else.
    pub fn ada_rumus(&self) -> bool {
        self.rumus.as_deref().is_some_and(|r| !r.trim().is_empty())
    }

    /// True when a regulation is named for the fee, for the whole or for any item.
    pub fn punya_dasar_hukum(&self) -> bool {
        self.dasar_hukum.as_ref().is_some_and(|d| !d.is_empty())
            || self.semua_tarif().iter().any(|t| t.punya_dasar_hukum())
    }

    /// The items that carry a Rupiah price of their own, sub-items included.
    pub fn tarif_berharga(&self) -> Vec<&Tarif> {
        self.semua_tarif()
            .into_iter()
            .filter(|t| !t.harga().is_empty())
            .collect()
    }

    /// True when nothing at all is said about the fee.
    pub fn kosong(&self) -> bool {
        self.gratis.is_none()
            && self.tarif.as_ref().is_none_or(Vec::is_empty)
            && self.gabungan.is_none()
            && self.rumus.as_deref().is_none_or(|t| t.trim().is_empty())
            && self.dasar_hukum.as_ref().is_none_or(Vec::is_empty)
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
            gratis: Some(Gratis::Ya(true)),
            tarif: None,
            gabungan: None,
            rumus: None,
            dasar_hukum: None,
            keterangan: None,
        };
        assert!(free.is_gratis() && !free.berbayar() && !free.kosong());
        let paid = Biaya {
            gratis: None,
            tarif: Some(vec![Tarif {
                uraian: Some("Sewa".into()),
                rupiah: Some(5000),
                per: Some("hari".into()),
                kategori: None,
                harga: None,
                dasar_hukum: None,
                keterangan: None,
                rincian: None,
            }]),
            ..free.clone()
        };
        assert!(paid.berbayar());
        let worded = Biaya {
            gratis: Some(Gratis::Kata("Bebas biaya".into())),
            ..free.clone()
        };
        assert!(worded.is_gratis());
        assert_eq!(worded.kata_gratis(), Some("Bebas biaya"));
        let not_free = Biaya {
            gratis: Some(Gratis::Ya(false)),
            ..free
        };
        assert!(!not_free.is_gratis() && not_free.kata_gratis().is_none());
    }
}
