//! Durations, money, dates and counts written as people read them, per label language.

use crate::model::biaya::format_rupiah;
use crate::model::durasi::{Durasi, Kualifikasi};
use crate::model::situs::Bahasa;
use crate::model::waktu::Tanggal;

/// `paling lambat 14 hari kerja` / `at most 14 working days`.
pub fn durasi(d: &Durasi, bahasa: Bahasa) -> String {
    match bahasa {
        Bahasa::Id => d.to_string(),
        Bahasa::En => {
            let mut text = String::new();
            if let Some(q) = d.kualifikasi {
                text.push_str(match q {
                    Kualifikasi::PalingLambat => "at most ",
                    Kualifikasi::PalingCepat => "at least ",
                    Kualifikasi::KurangLebih => "about ",
                });
            }
            text.push_str(&d.nilai.to_string());
            if let Some(words) = &d.terbilang {
                text.push_str(&format!(" ({words})"));
            }
            if let Some(upper) = d.sampai {
                if d.satuan_diulang {
                    text.push_str(&format!(" {} – {upper}", d.satuan.english()));
                } else {
                    text.push_str(&format!("–{upper}"));
                }
                if let Some(words) = &d.terbilang_sampai {
                    text.push_str(&format!(" ({words})"));
                }
            }
            text.push(' ');
            text.push_str(d.satuan.english());
            text
        }
    }
}

/// `Rp1.500.000 per hari`, `Rp300.000 sampai dengan 6 jam`: "per" is added only to a bare
/// unit, never doubled and never put before words such as "sampai dengan" or "setiap".
pub fn harga(rupiah: u64, per: Option<&str>) -> String {
    let mut text = format_rupiah(rupiah);
    let Some(per) = per.map(|p| p.trim().trim_start_matches('/').trim()) else {
        return text;
    };
    if per.is_empty() {
        return text;
    }
    text.push(' ');
    if !reads_on_its_own(per) {
        text.push_str("per ");
    }
    text.push_str(per);
    text
}

/// Words that already say how a price applies, so no "per" goes before them.
const CONNECTORS: &[&str] = &[
    "per", "setiap", "tiap", "sampai", "s.d", "s/d", "hingga", "untuk", "paling", "maksimal",
    "maks", "selama", "dalam", "pada", "di", "bagi", "jika", "bila", "apabila", "sesuai", "(",
];

fn reads_on_its_own(per: &str) -> bool {
    let lower = per.to_lowercase();
    CONNECTORS.iter().any(|word| {
        lower.strip_prefix(word).is_some_and(|rest| {
            word.ends_with('(') || rest.is_empty() || !rest.starts_with(char::is_alphanumeric)
        })
    })
}

/// `2 Januari 2024` / `2 January 2024`.
pub fn tanggal(t: &Tanggal, bahasa: Bahasa) -> String {
    match bahasa {
        Bahasa::Id => t.indonesia(),
        Bahasa::En => t.english(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_translates_units_and_qualifiers_only() {
        let d: Durasi = "paling lambat 10 (sepuluh) hari kerja".parse().unwrap();
        assert_eq!(durasi(&d, Bahasa::En), "at most 10 (sepuluh) working days");
        assert_eq!(
            durasi(&d, Bahasa::Id),
            "paling lambat 10 (sepuluh) hari kerja"
        );
    }

    #[test]
    fn fees_read_like_a_price_list() {
        assert_eq!(harga(1_500_000, Some("/hari")), "Rp1.500.000 per hari");
        assert_eq!(harga(1_500_000, Some("per hari")), "Rp1.500.000 per hari");
        assert_eq!(harga(1_500_000, Some("Per Hari")), "Rp1.500.000 Per Hari");
        assert_eq!(harga(5000, Some("lembar")), "Rp5.000 per lembar");
        assert_eq!(harga(5000, Some("6 jam")), "Rp5.000 per 6 jam");
        assert_eq!(
            harga(300_000, Some("sampai dengan 6 jam")),
            "Rp300.000 sampai dengan 6 jam"
        );
        assert_eq!(harga(300_000, Some("s.d. 6 jam")), "Rp300.000 s.d. 6 jam");
        assert_eq!(harga(300_000, Some("setiap kali")), "Rp300.000 setiap kali");
        assert_eq!(harga(300_000, Some("periode")), "Rp300.000 per periode");
        assert_eq!(harga(300_000, Some("  ")), "Rp300.000");
        assert_eq!(harga(300_000, None), "Rp300.000");
    }
}
