//! Regulations that were revoked, and by what: a table shipped with `standar` (the closing
//! provisions of the regulations on service standards, complaint handling and the
//! satisfaction survey) that a site completes or corrects in `_situs.yaml`, so a `dasar_hukum`
//! still citing a revoked regulation is found.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::regulasi::Regulasi;

/// # Peraturan yang dicabut
///
/// Satu peraturan yang sudah dicabut dan peraturan yang mencabutnya, misalnya Peraturan Bupati lama yang diganti Peraturan Bupati baru. Tanpa `dicabut_oleh`: peraturan itu masih berlaku (menimpa tabel bawaan `standar`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pencabutan {
    /// # Peraturan
    ///
    /// Peraturan yang dicabut, dengan `jenis`, `nomor` dan `tahun`-nya.
    pub peraturan: Regulasi,
    /// # Dicabut oleh
    ///
    /// Peraturan yang mencabut atau menggantikannya. Tidak ditulis bila peraturan itu ternyata masih berlaku.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dicabut_oleh: Option<Regulasi>,
}

/// What identifies a regulation however it is written: its kind and issuer in one normal
/// form (`peraturanmenteripan` for every way of writing a regulation of the Minister for
/// Administrative and Bureaucratic Reform), its number's first figure without leading zeros
/// (`KEP/25/M.PAN/2/2004` is 25) and its year.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KunciPeraturan {
    bentuk: String,
    nomor: String,
    tahun: u16,
}

impl KunciPeraturan {
    /// The key of `regulasi`; `None` without a number or a year. A number and year written
    /// inside `jenis` ("Permenpan RB No. 36 Tahun 2012") are read from there.
    pub fn dari(regulasi: &Regulasi) -> Option<KunciPeraturan> {
        let words = words(&format!(
            "{} {}",
            regulasi.jenis,
            regulasi.penerbit.as_deref().unwrap_or_default()
        ));
        let cut = words
            .iter()
            .position(|w| w == "nomor" || w == "no")
            .unwrap_or(words.len());
        let (name, rest) = words.split_at(cut);
        let nomor = regulasi
            .nomor
            .as_deref()
            .and_then(first_figure)
            .or_else(|| rest.get(1).and_then(|w| first_figure(w)))?;
        let tahun = regulasi.tahun.or_else(|| {
            rest.iter()
                .position(|w| w == "tahun")
                .and_then(|i| rest.get(i + 1))
                .and_then(|w| w.parse().ok())
        })?;
        Some(KunciPeraturan {
            bentuk: bentuk(name),
            nomor,
            tahun,
        })
    }
}

/// The lower-case words of `text`, split at anything that is not a letter or a figure.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The first run of figures of a number, without leading zeros: `"07"` is `7`.
fn first_figure(nomor: &str) -> Option<String> {
    let digits: String = nomor
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let trimmed = digits.trim_start_matches('0');
    match (digits.is_empty(), trimmed.is_empty()) {
        (true, _) => None,
        (false, true) => Some("0".into()),
        (false, false) => Some(trimmed.into()),
    }
}

/// The kind and issuer of a regulation in one form: the words joined, the country's name
/// left out, abbreviations and the ministry's names written out one way.
fn bentuk(name: &[String]) -> String {
    let joined: String = name
        .iter()
        .filter(|w| !matches!(w.as_str(), "republik" | "indonesia" | "ri"))
        .map(String::as_str)
        .collect();
    let whole = match joined.as_str() {
        "uu" => "undangundang".to_string(),
        "pp" => "peraturanpemerintah".to_string(),
        "perpres" => "peraturanpresiden".to_string(),
        _ => joined,
    };
    let mut text = whole;
    for (short, long) in [
        ("permen", "peraturanmenteri"),
        ("kepmen", "keputusanmenteri"),
        ("perda", "peraturandaerah"),
        ("perbup", "peraturanbupati"),
        ("pergub", "peraturangubernur"),
        ("perwal", "peraturanwalikota"),
    ] {
        if text.starts_with(short) && !text.starts_with(long) {
            text = format!("{long}{}", &text[short.len()..]);
        }
    }
    for (from, to) in [
        ("pendayagunaanaparaturnegaradanreformasibirokrasi", "pan"),
        ("pendayagunaanaparaturnegara", "pan"),
        ("pandanrb", "pan"),
        ("panrb", "pan"),
        ("menterinegara", "menteri"),
        ("peraturanmenpan", "peraturanmenteripan"),
        ("keputusanmenpan", "keputusanmenteripan"),
    ] {
        text = text.replace(from, to);
    }
    text
}

/// The revoked regulations a build knows: the shipped table with the site's entries over it.
#[derive(Debug, Clone, Default)]
pub struct TabelPencabutan {
    entries: BTreeMap<KunciPeraturan, Option<Regulasi>>,
}

/// A revoked regulation found: what replaced it, then what replaced that, to the newest.
#[derive(Debug, Clone, PartialEq)]
pub struct Temuan {
    /// The regulations that replaced the one cited, in order; the last is the one in force
    /// as far as the table knows.
    pub pengganti: Vec<Regulasi>,
}

impl TabelPencabutan {
    /// The shipped table, then `situs` (the entries of `_situs.yaml`) over it.
    pub fn dengan(situs: &[Pencabutan]) -> TabelPencabutan {
        let mut table = TabelPencabutan::default();
        for (dicabut, oleh) in BAWAAN {
            if let Some(key) = KunciPeraturan::dari(&dicabut.regulasi()) {
                table.entries.insert(key, Some(oleh.regulasi()));
            }
        }
        for entry in situs {
            if let Some(key) = KunciPeraturan::dari(&entry.peraturan) {
                table.entries.insert(key, entry.dicabut_oleh.clone());
            }
        }
        table
    }

    /// Whether `regulasi` was revoked, and by what (following the replacements; a
    /// regulation named a second time ends the chain).
    pub fn cari(&self, regulasi: &Regulasi) -> Option<Temuan> {
        let mut key = KunciPeraturan::dari(regulasi)?;
        let mut seen = std::collections::BTreeSet::from([key.clone()]);
        let mut pengganti: Vec<Regulasi> = Vec::new();
        while let Some(Some(next)) = self.entries.get(&key) {
            let next_key = KunciPeraturan::dari(next);
            if next_key.as_ref().is_some_and(|k| seen.contains(k)) {
                break;
            }
            pengganti.push(next.clone());
            match next_key {
                Some(k) => {
                    seen.insert(k.clone());
                    key = k;
                }
                None => break,
            }
        }
        (!pengganti.is_empty()).then_some(Temuan { pengganti })
    }
}

/// A regulation of the shipped table, written once.
struct Peraturan {
    jenis: &'static str,
    nomor: &'static str,
    tahun: u16,
    /// The title; only for a replacement, which the warning names in full.
    tentang: Option<&'static str>,
}

impl Peraturan {
    fn regulasi(&self) -> Regulasi {
        Regulasi {
            jenis: self.jenis.into(),
            penerbit: None,
            nomor: Some(self.nomor.into()),
            tahun: Some(self.tahun),
            tentang: self.tentang.map(Into::into),
            tautan: None,
            keterangan: None,
        }
    }
}

const PERMENPANRB: &str = "Peraturan Menteri PANRB";

const STANDAR_PELAYANAN_2014: Peraturan = Peraturan {
    jenis: PERMENPANRB,
    nomor: "15",
    tahun: 2014,
    tentang: Some("Pedoman Standar Pelayanan"),
};

const SKM_2014: Peraturan = Peraturan {
    jenis: PERMENPANRB,
    nomor: "16",
    tahun: 2014,
    tentang: Some("Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik"),
};

/// The shipped table: each revoked regulation and the one whose closing provision revoked it.
/// Only regulations whose revocation is stated in the revoking regulation's own text; a site
/// adds its own (regional regulations) in `_situs.yaml`.
const BAWAAN: [(Peraturan, Peraturan); 4] = [
    (
        Peraturan {
            jenis: PERMENPANRB,
            nomor: "36",
            tahun: 2012,
            tentang: None,
        },
        STANDAR_PELAYANAN_2014,
    ),
    (
        Peraturan {
            jenis: PERMENPANRB,
            nomor: "24",
            tahun: 2014,
            tentang: None,
        },
        Peraturan {
            jenis: PERMENPANRB,
            nomor: "62",
            tahun: 2018,
            tentang: Some("Pedoman Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional"),
        },
    ),
    (
        Peraturan {
            jenis: "Keputusan Menteri Pendayagunaan Aparatur Negara",
            nomor: "KEP/25/M.PAN/2/2004",
            tahun: 2004,
            tentang: None,
        },
        SKM_2014,
    ),
    (
        SKM_2014,
        Peraturan {
            jenis: PERMENPANRB,
            nomor: "14",
            tahun: 2017,
            tentang: Some(
                "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
            ),
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(jenis: &str, nomor: Option<&str>, tahun: Option<u16>) -> Regulasi {
        Regulasi {
            jenis: jenis.into(),
            penerbit: None,
            nomor: nomor.map(Into::into),
            tahun,
            tentang: None,
            tautan: None,
            keterangan: None,
        }
    }

    #[test]
    fn every_way_of_writing_the_ministry_is_one_key() {
        let expected = KunciPeraturan::dari(&cited(PERMENPANRB, Some("36"), Some(2012)));
        let full = "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";
        assert_eq!(
            KunciPeraturan::dari(&cited(full, Some("36"), Some(2012))),
            expected
        );
        assert!(expected.is_some());
        for jenis in [
            "Peraturan Menteri PANRB",
            "Peraturan Menteri PAN-RB",
            "Peraturan Menteri PAN dan RB",
            "Permenpan RB",
            "PermenPAN-RB",
            "Permenpan",
            "Peraturan MenPAN RB",
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia",
            "PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI RI",
        ] {
            assert_eq!(
                KunciPeraturan::dari(&cited(jenis, Some("036"), Some(2012))),
                expected,
                "{jenis}"
            );
        }
        let mut issued = cited("Peraturan", Some("36"), Some(2012));
        issued.penerbit = Some("Menteri PANRB".into());
        assert_eq!(KunciPeraturan::dari(&issued), expected);
        let written_whole = cited("Permenpan RB No. 36 Tahun 2012", None, None);
        assert_eq!(KunciPeraturan::dari(&written_whole), expected);
    }

    #[test]
    fn other_regulations_are_other_keys() {
        let permen = KunciPeraturan::dari(&cited(PERMENPANRB, Some("36"), Some(2012)));
        for other in [
            cited("Peraturan Menteri Dalam Negeri", Some("36"), Some(2012)),
            cited("Keputusan Menteri PANRB", Some("36"), Some(2012)),
            cited(PERMENPANRB, Some("36"), Some(2013)),
            cited(PERMENPANRB, Some("3"), Some(2012)),
        ] {
            assert_ne!(KunciPeraturan::dari(&other), permen, "{other:?}");
        }
        assert_eq!(
            KunciPeraturan::dari(&cited(PERMENPANRB, None, Some(2012))),
            None
        );
        assert_eq!(
            KunciPeraturan::dari(&cited(PERMENPANRB, Some("36"), None)),
            None
        );
    }

    #[test]
    fn the_shipped_table_follows_a_replacement_to_the_newest() {
        let table = TabelPencabutan::dengan(&[]);
        let found = table.cari(&cited(
            "Keputusan Menteri PAN",
            Some("KEP/25/M.PAN/2/2004"),
            Some(2004),
        ));
        let numbers: Vec<_> = found
            .iter()
            .flat_map(|t| &t.pengganti)
            .map(|r| (r.nomor.clone(), r.tahun))
            .collect();
        assert_eq!(
            numbers,
            [
                (Some("16".into()), Some(2014)),
                (Some("14".into()), Some(2017))
            ]
        );
        assert_eq!(
            table.cari(&cited("Undang-Undang", Some("25"), Some(2009))),
            None
        );
        assert_eq!(
            table.cari(&cited("Permenpan RB", Some("15"), Some(2014))),
            None
        );
    }

    #[test]
    fn a_site_adds_entries_and_takes_shipped_ones_back() {
        let perbup_lama = cited("Peraturan Bupati Jember", Some("12"), Some(2015));
        let perbup_baru = cited("Peraturan Bupati Jember", Some("3"), Some(2021));
        let standar_2012 = cited("Permenpan RB", Some("36"), Some(2012));
        let table = TabelPencabutan::dengan(&[
            Pencabutan {
                peraturan: perbup_lama.clone(),
                dicabut_oleh: Some(perbup_baru.clone()),
            },
            Pencabutan {
                peraturan: standar_2012.clone(),
                dicabut_oleh: None,
            },
        ]);
        assert_eq!(
            table.cari(&perbup_lama),
            Some(Temuan {
                pengganti: vec![perbup_baru]
            })
        );
        assert_eq!(table.cari(&standar_2012), None);
    }

    #[test]
    fn a_loop_in_the_table_ends() {
        let a = cited("Peraturan Bupati", Some("1"), Some(2020));
        let b = cited("Peraturan Bupati", Some("2"), Some(2021));
        let table = TabelPencabutan::dengan(&[
            Pencabutan {
                peraturan: a.clone(),
                dicabut_oleh: Some(b.clone()),
            },
            Pencabutan {
                peraturan: b,
                dicabut_oleh: Some(a.clone()),
            },
        ]);
        assert_eq!(table.cari(&a).map(|t| t.pengganti.len()), Some(1));
    }
}
