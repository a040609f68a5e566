//! Durations, money, dates and counts written as people read them, per label language.

use crate::model::biaya::{Tarif, format_rupiah};
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
                text.push_str(&format!("–{upper}"));
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

/// `Rp1.500.000 per hari`.
pub fn tarif(t: &Tarif) -> String {
    let mut text = format_rupiah(t.rupiah);
    if let Some(per) = t.per.as_deref().filter(|p| !p.trim().is_empty()) {
        text.push_str(" per ");
        text.push_str(per.trim_start_matches('/').trim());
    }
    text
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
        let t = Tarif {
            uraian: "Sewa".into(),
            rupiah: 1_500_000,
            per: Some("/hari".into()),
            kategori: None,
            keterangan: None,
        };
        assert_eq!(tarif(&t), "Rp1.500.000 per hari");
    }
}
