//! Durations, money, dates and counts written as people read them, per label language.

use crate::model::biaya::format_rupiah;
use crate::model::durasi::{Durasi, Kualifikasi, Satuan};
use crate::model::situs::Bahasa;
use crate::model::waktu::Tanggal;

/// `paling lambat 14 hari kerja` / `at most 14 working days`; minutes of an hour or more are
/// also said in hours: `250 menit (4 jam 10 menit)`.
pub fn durasi(d: &Durasi, bahasa: Bahasa) -> String {
    let mut text = as_written(d, bahasa);
    if d.satuan == Satuan::Menit && d.nilai.max(d.sampai.unwrap_or(0)) >= 60 {
        let hours = |minutes: u32| hours_and_minutes(minutes, bahasa);
        let human = match d.sampai {
            Some(upper) => format!("{} – {}", hours(d.nilai), hours(upper)),
            None => hours(d.nilai),
        };
        text.push_str(&format!(" ({human})"));
    }
    text
}

/// `4 jam 10 menit` / `4 hours 10 minutes`, `45 menit`, `2 jam`.
fn hours_and_minutes(minutes: u32, bahasa: Bahasa) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let (hour, minute) = match bahasa {
        Bahasa::Id => ("jam", "menit"),
        Bahasa::En if h == 1 => ("hour", if m == 1 { "minute" } else { "minutes" }),
        Bahasa::En => ("hours", if m == 1 { "minute" } else { "minutes" }),
    };
    match (h, m) {
        (0, m) => format!("{m} {minute}"),
        (h, 0) => format!("{h} {hour}"),
        (h, m) => format!("{h} {hour} {m} {minute}"),
    }
}

/// The duration as written, units translated for English.
fn as_written(d: &Durasi, bahasa: Bahasa) -> String {
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
    fn minutes_are_also_said_in_hours() {
        let d: Durasi = "250 menit".parse().unwrap();
        assert_eq!(durasi(&d, Bahasa::Id), "250 menit (4 jam 10 menit)");
        assert_eq!(durasi(&d, Bahasa::En), "250 minutes (4 hours 10 minutes)");
        let d: Durasi = "paling lambat 45 menit".parse().unwrap();
        assert_eq!(durasi(&d, Bahasa::Id), "paling lambat 45 menit");
        let d: Durasi = "30-120 menit".parse().unwrap();
        assert_eq!(durasi(&d, Bahasa::Id), "30–120 menit (30 menit – 2 jam)");
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
