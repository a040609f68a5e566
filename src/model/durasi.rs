//! Durations as officers write them: `60 menit`, `1-3 hari kerja`,
//! `paling lambat 14 (empat belas) hari kerja`, `± 10 menit`.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The grammar of a duration. The same pattern goes into the JSON Schema (so editors flag a bad
/// duration as the officer types) and parses it here (so both always agree).
pub const POLA_DURASI: &str = concat!(
    "^(?:(",
    "[Pp]aling lambat|[Pp]aling lama|[Ss]elambat-lambatnya|[Mm]aksimal|[Mm]aksimum|",
    "[Pp]aling cepat|[Mm]inimal|[Ss]ekurang-kurangnya|",
    "±|\\+/-|[Kk]urang lebih|[Ss]ekitar|[Kk]ira-kira",
    ") *)?",
    "([0-9]{1,6})(?: *\\(([A-Za-z ]+)\\))?",
    "(?: *([Mm]enit|[Jj]am|[Hh]ari [Kk]erja|[Hh]ari|[Mm]inggu|[Bb]ulan|[Tt]ahun))?",
    "(?: *(?:--|-|–|—|s\\.d\\.|s/d|sampai dengan|sampai|hingga) *([0-9]{1,6})(?: *\\(([A-Za-z ]+)\\))?)?",
    " *([Mm]enit|[Jj]am|[Hh]ari [Kk]erja|[Hh]ari|[Mm]inggu|[Bb]ulan|[Tt]ahun)$"
);

#[allow(clippy::panic, reason = "a constant pattern, compiled by the tests")]
static REGEX_DURASI: LazyLock<Regex> = LazyLock::new(|| {
    // The pattern is a constant tested below; failing to compile it is a programming error.
    Regex::new(POLA_DURASI).unwrap_or_else(|e| panic!("POLA_DURASI: {e}"))
});

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Satuan {
    /// Minutes.
    Menit,
    /// Hours.
    Jam,
    /// Calendar days.
    Hari,
    /// Working days (no ISO 8601 form exists, so the unit is kept).
    HariKerja,
    /// Weeks.
    Minggu,
    /// Months.
    Bulan,
    /// Years.
    Tahun,
}

/// Units that can be added to each other exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimensi {
    /// Minutes and hours, counted in minutes.
    Jam,
    /// Calendar days and weeks, counted in days.
    Hari,
    /// Working days.
    HariKerja,
    /// Months and years, counted in months.
    Bulan,
}

impl Satuan {
    /// The unit as read, in lower case (`hari kerja`).
    pub fn kata(self) -> &'static str {
        match self {
            Satuan::Menit => "menit",
            Satuan::Jam => "jam",
            Satuan::Hari => "hari",
            Satuan::HariKerja => "hari kerja",
            Satuan::Minggu => "minggu",
            Satuan::Bulan => "bulan",
            Satuan::Tahun => "tahun",
        }
    }

    /// The English unit, for `--lang en` labels.
    pub fn english(self) -> &'static str {
        match self {
            Satuan::Menit => "minutes",
            Satuan::Jam => "hours",
            Satuan::Hari => "days",
            Satuan::HariKerja => "working days",
            Satuan::Minggu => "weeks",
            Satuan::Bulan => "months",
            Satuan::Tahun => "years",
        }
    }

    /// Which exact sums this unit can take part in, and its size in that dimension.
    pub fn dimensi(self) -> (Dimensi, u64) {
        match self {
            Satuan::Menit => (Dimensi::Jam, 1),
            Satuan::Jam => (Dimensi::Jam, 60),
            Satuan::Hari => (Dimensi::Hari, 1),
            Satuan::Minggu => (Dimensi::Hari, 7),
            Satuan::HariKerja => (Dimensi::HariKerja, 1),
            Satuan::Bulan => (Dimensi::Bulan, 1),
            Satuan::Tahun => (Dimensi::Bulan, 12),
        }
    }

    /// An approximate length in minutes, only for ordering durations of different units.
    pub fn kira_menit(self) -> u64 {
        match self {
            Satuan::Menit => 1,
            Satuan::Jam => 60,
            Satuan::Hari | Satuan::HariKerja => 24 * 60,
            Satuan::Minggu => 7 * 24 * 60,
            Satuan::Bulan => 30 * 24 * 60,
            Satuan::Tahun => 365 * 24 * 60,
        }
    }

    fn from_kata(word: &str) -> Option<Self> {
        Some(match word.to_lowercase().as_str() {
            "menit" => Satuan::Menit,
            "jam" => Satuan::Jam,
            "hari" => Satuan::Hari,
            "hari kerja" => Satuan::HariKerja,
            "minggu" => Satuan::Minggu,
            "bulan" => Satuan::Bulan,
            "tahun" => Satuan::Tahun,
            _ => return None,
        })
    }
}

/// What a qualifier says about the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kualifikasi {
    /// An upper bound: paling lambat, selambat-lambatnya, maksimal.
    PalingLambat,
    /// A lower bound: paling cepat, minimal.
    PalingCepat,
    /// Approximately: ±, kurang lebih, sekitar.
    KurangLebih,
}

/// A parsed duration; it keeps the officer's words (qualifier, number words) for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Durasi {
    /// The qualifier's meaning, if any.
    pub kualifikasi: Option<Kualifikasi>,
    /// The qualifier as written, in lower case (`selambat-lambatnya`).
    pub kata_kualifikasi: Option<String>,
    /// The number (the lower end of a range).
    pub nilai: u32,
    /// The number in words as written in parentheses, if any (`sepuluh`).
    pub terbilang: Option<String>,
    /// The upper end of a range (`1-3 hari`).
    pub sampai: Option<u32>,
    /// The upper end in words, if any.
    pub terbilang_sampai: Option<String>,
    /// The unit.
    pub satuan: Satuan,
    /// True when a range writes the unit after both numbers (`20 menit - 40 menit`).
    pub satuan_diulang: bool,
}

/// A text that is not a duration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BukanDurasi(pub String);

impl fmt::Display for BukanDurasi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` bukan durasi yang dikenali", self.0)
    }
}

impl std::error::Error for BukanDurasi {}

impl FromStr for Durasi {
    type Err = BukanDurasi;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = || BukanDurasi(text.to_string());
        let captures = REGEX_DURASI.captures(text).ok_or_else(fail)?;
        let number = |i: usize| -> Result<Option<u32>, BukanDurasi> {
            captures
                .get(i)
                .map(|m| m.as_str().parse::<u32>().map_err(|_| fail()))
                .transpose()
        };
        let words = |i: usize| captures.get(i).map(|m| m.as_str().trim().to_lowercase());
        let kata_kualifikasi = captures.get(1).map(|m| m.as_str().to_lowercase());
        let kualifikasi = kata_kualifikasi.as_deref().map(|q| match q {
            "paling cepat" | "minimal" | "sekurang-kurangnya" => Kualifikasi::PalingCepat,
            "±" | "+/-" | "kurang lebih" | "sekitar" | "kira-kira" => Kualifikasi::KurangLebih,
            _ => Kualifikasi::PalingLambat,
        });
        let satuan = captures
            .get(7)
            .and_then(|m| Satuan::from_kata(m.as_str()))
            .ok_or_else(fail)?;
        let sampai = number(5)?;
        // A unit after the first number is only the range's unit written twice, and the same.
        let satuan_diulang = match captures.get(4) {
            Some(first)
                if sampai.is_some() && Satuan::from_kata(first.as_str()) == Some(satuan) =>
            {
                true
            }
            Some(_) => return Err(fail()),
            None => false,
        };
        Ok(Durasi {
            kualifikasi,
            kata_kualifikasi,
            nilai: number(2)?.ok_or_else(fail)?,
            terbilang: words(3),
            sampai,
            terbilang_sampai: words(6),
            satuan,
            satuan_diulang,
        })
    }
}

/// A duration written with words around it (`2 hari kerja setelah berkas lengkap`,
/// `dapat diperpanjang 5 hari kerja`): the duration and the words, and whether the words came
/// first. `None` when no part of the text is a duration.
pub fn pisah_syarat(text: &str) -> Option<(Durasi, String, bool)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // Only heads and tails of at most MAKS_KATA_DURASI words are tried: linear in the text,
    // however long the words around the duration are.
    let longest = MAKS_KATA_DURASI.min(words.len().saturating_sub(1));
    for cut in (1..=longest).rev() {
        let head = words[..cut].join(" ");
        if let Ok(d) = head.trim_end_matches([',', ';']).parse::<Durasi>() {
            let rest = words[cut..].join(" ");
            let rest = rest.trim_start_matches([',', ';']).trim().to_string();
            return Some((d, rest, false));
        }
    }
    let first_cut = words.len().saturating_sub(MAKS_KATA_DURASI).max(1);
    for cut in first_cut..words.len() {
        if let Ok(d) = words[cut..].join(" ").parse::<Durasi>() {
            return Some((d, words[..cut].join(" "), true));
        }
    }
    None
}

/// The most words a duration written with words around it may take (`paling lambat 120
/// (seratus dua puluh) hari kerja` is 8): no real duration comes near, and it keeps
/// [`pisah_syarat`] linear in the length of the text.
pub const MAKS_KATA_DURASI: usize = 32;

impl Durasi {
    /// The largest value the duration allows.
    pub fn maksimum(&self) -> u32 {
        self.sampai.unwrap_or(self.nilai)
    }

    /// `(min, max)` in the unit's dimension, e.g. 90 menit → (Jam, 90, 90).
    pub fn dalam_dimensi(&self) -> (Dimensi, u64, u64) {
        let (dimensi, faktor) = self.satuan.dimensi();
        (
            dimensi,
            u64::from(self.nilai) * faktor,
            u64::from(self.maksimum()) * faktor,
        )
    }

    /// An approximate upper bound in minutes, for ordering only.
    pub fn kira_menit_maksimum(&self) -> u64 {
        u64::from(self.maksimum()) * self.satuan.kira_menit()
    }
}

impl fmt::Display for Durasi {
    /// As people read it: `paling lambat 14 (empat belas) hari kerja`, `1–3 hari`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = &self.kata_kualifikasi {
            if q == "±" {
                f.write_str("± ")?;
            } else {
                write!(f, "{q} ")?;
            }
        }
        write!(f, "{}", self.nilai)?;
        if let Some(words) = &self.terbilang {
            write!(f, " ({words})")?;
        }
        if let Some(upper) = self.sampai {
            if self.satuan_diulang {
                write!(f, " {} – ", self.satuan.kata())?;
            } else {
                f.write_str("–")?;
            }
            write!(f, "{upper}")?;
            if let Some(words) = &self.terbilang_sampai {
                write!(f, " ({words})")?;
            }
        }
        write!(f, " {}", self.satuan.kata())
    }
}

impl<'de> Deserialize<'de> for Durasi {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Serialised for other systems as structured data plus the display text.
impl Serialize for Durasi {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Durasi", 5)?;
        s.serialize_field("teks", &self.to_string())?;
        s.serialize_field("nilai", &self.nilai)?;
        s.serialize_field("sampai", &self.sampai)?;
        s.serialize_field("satuan", &self.satuan)?;
        s.serialize_field("kualifikasi", &self.kualifikasi)?;
        s.end()
    }
}

impl JsonSchema for Durasi {
    fn schema_name() -> Cow<'static, str> {
        "Durasi".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Durasi",
            "description": "Lama waktu: angka dan satuan (menit, jam, hari, hari kerja, minggu, bulan, tahun). Boleh rentang (`1-3 hari kerja`, `20 menit - 40 menit`), angka terbilang dalam kurung (`10 (sepuluh) hari kerja`), dan awalan `paling lambat`, `selambat-lambatnya`, `maksimal`, `paling cepat`, `minimal`, `±`, `kurang lebih`, `sekitar`.",
            "type": "string",
            "pattern": POLA_DURASI,
            "patternErrorMessage": "Tulis lama waktu dengan angka dan satuannya, misalnya `60 menit`, `1-3 hari kerja` atau `paling lambat 14 (empat belas) hari kerja`; satuan: menit, jam, hari, hari kerja, minggu, bulan, tahun.",
            "examples": ["60 menit", "1-3 hari kerja", "paling lambat 14 (empat belas) hari kerja", "± 10 menit"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn durasi(text: &str) -> Durasi {
        text.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn parses_the_forms_seen_in_real_standards() {
        let d = durasi("60 Menit");
        assert_eq!(
            (d.nilai, d.satuan, d.kualifikasi),
            (60, Satuan::Menit, None)
        );
        let d = durasi("3 Hari");
        assert_eq!(d.satuan, Satuan::Hari);
        let d = durasi("selambat-lambatnya 14 hari kerja");
        assert_eq!(d.kualifikasi, Some(Kualifikasi::PalingLambat));
        assert_eq!(d.satuan, Satuan::HariKerja);
        let d = durasi("1-5 hari kerja");
        assert_eq!((d.nilai, d.sampai), (1, Some(5)));
        let d = durasi("1 s.d. 5 hari");
        assert_eq!((d.nilai, d.sampai), (1, Some(5)));
        let d = durasi("10 (sepuluh) hari kerja");
        assert_eq!(d.terbilang.as_deref(), Some("sepuluh"));
        let d = durasi("±10 menit");
        assert_eq!(d.kualifikasi, Some(Kualifikasi::KurangLebih));
        let d = durasi("paling lambat 3 (tiga) jam");
        assert_eq!(d.to_string(), "paling lambat 3 (tiga) jam");
        assert_eq!(durasi("± 10 menit").to_string(), "± 10 menit");
        assert_eq!(durasi("1-3 Hari Kerja").to_string(), "1–3 hari kerja");
    }

    #[test]
    fn words_around_a_duration_are_split_off() {
        let (d, rest, first) = pisah_syarat("2 hari kerja setelah berkas lengkap").expect("split");
        assert_eq!(
            (d.nilai, rest.as_str(), first),
            (2, "setelah berkas lengkap", false)
        );
        let (d, rest, _) = pisah_syarat("45 menit, untuk langkah 1 sampai 4").expect("split");
        assert_eq!((d.nilai, rest.as_str()), (45, "untuk langkah 1 sampai 4"));
        let (d, rest, first) = pisah_syarat("dapat diperpanjang 5 hari kerja").expect("split");
        assert_eq!(
            (d.nilai, rest.as_str(), first),
            (5, "dapat diperpanjang", true)
        );
        assert!(pisah_syarat("tergantung jadwal").is_none());
    }

    #[test]
    fn splitting_a_long_text_is_linear() {
        // 60,000 words around a duration: each cut joins at most MAKS_KATA_DURASI words.
        let long = format!("2 hari kerja {}", "kata ".repeat(60_000));
        let (d, rest, first) = pisah_syarat(&long).expect("split");
        assert_eq!((d.nilai, first, rest.len()), (2, false, 60_000 * 5 - 1));
        let long = format!("{} 5 menit", "kata ".repeat(60_000));
        assert_eq!(
            pisah_syarat(&long).map(|(d, _, first)| (d.nilai, first)),
            Some((5, true))
        );
        assert!(pisah_syarat(&"a ".repeat(60_000)).is_none());
    }

    #[test]
    fn a_range_may_write_its_unit_twice() {
        for text in [
            "20 Menit - 40 Menit",
            "20 Menit -- 40 Menit",
            "20 menit s.d. 40 menit",
        ] {
            let d = durasi(text);
            assert_eq!((d.nilai, d.sampai, d.satuan), (20, Some(40), Satuan::Menit));
            assert_eq!(d.to_string(), "20 menit – 40 menit");
        }
        assert_eq!(durasi("1 -- 2 hari").to_string(), "1–2 hari");
        assert_eq!(durasi("3 hingga 5 hari kerja").sampai, Some(5));
        for text in ["20 menit - 1 jam", "20 menit menit", "20 jam"] {
            let parsed = text.parse::<Durasi>();
            assert_eq!(parsed.is_ok(), text == "20 jam", "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_duration() {
        for text in [
            "",
            "menit",
            "lima menit",
            "5",
            "5 detik",
            "-5 menit",
            "5.5 jam",
            "tergantung jadwal",
            "1234567 menit",
        ] {
            assert!(text.parse::<Durasi>().is_err(), "{text}");
        }
    }

    #[test]
    fn dimensions_allow_exact_sums() {
        assert_eq!(durasi("2 jam").dalam_dimensi(), (Dimensi::Jam, 120, 120));
        assert_eq!(durasi("1-2 minggu").dalam_dimensi(), (Dimensi::Hari, 7, 14));
        assert!(
            durasi("3 jam").kira_menit_maksimum() < durasi("5 hari kerja").kira_menit_maksimum()
        );
    }
}
