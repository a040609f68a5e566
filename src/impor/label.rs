//! Component headings as agencies write them: `Persyaratan`, `4. Biaya/Tarif`,
//! `C. Jangka Waktu Penyelesaian :`, `Biaya : Tidak dipungut biaya`, in any case and with the
//! punctuation of the day.

use crate::model::komponen::Komponen;

/// Spellings of each heading, normalised (see [`normal`]).
const LABELS: &[(Komponen, &[&str])] = &[
    (
        Komponen::Persyaratan,
        &[
            "syarat pelayanan",
            "persyaratan pemohon",
            "persyaratan",
            "persyaratan pelayanan",
            "persyaratan layanan",
            "syarat",
            "syarat syarat",
        ],
    ),
    (
        Komponen::Prosedur,
        &[
            "tata cara pelayanan",
            "tata cara",
            "prosedur dan mekanisme",
            "alur dan prosedur",
            "sistem mekanisme dan prosedur layanan",
            "alur proses pelayanan",
            "sistem mekanisme dan prosedur",
            "sistem mekanisme dan prosedur pelayanan",
            "sistem mekanisme prosedur",
            "mekanisme dan prosedur",
            "prosedur",
            "prosedur pelayanan",
            "prosedur layanan",
            "alur pelayanan",
            "alur layanan",
            "mekanisme pelayanan",
        ],
    ),
    (
        Komponen::JangkaWaktu,
        &[
            "waktu penyelesaian pelayanan",
            "lama waktu penyelesaian",
            "lama waktu pelayanan",
            "jangka waktu penyelesaian layanan",
            "waktu proses",
            "durasi pelayanan",
            "waktu pelayanan",
            "waktu penyelesaian",
            "jangka waktu",
            "jangka waktu penyelesaian",
            "jangka waktu pelayanan",
            "jangka waktu penyelesaian pelayanan",
            "lama penyelesaian",
            "waktu layanan",
        ],
    ),
    (
        Komponen::Biaya,
        &[
            "tarif pelayanan",
            "biaya tarif",
            "biaya dan tarif",
            "retribusi",
            "biaya retribusi",
            "biaya/tarif",
            "biaya",
            "tarif",
            "biaya pelayanan",
            "biaya atau tarif",
            "biaya/tarif pelayanan",
            "tarif/biaya",
        ],
    ),
    (
        Komponen::Produk,
        &[
            "hasil layanan",
            "keluaran",
            "keluaran pelayanan",
            "produk yang dihasilkan",
            "produk pelayanan",
            "produk layanan",
            "produk",
            "hasil pelayanan",
            "produk/hasil pelayanan",
        ],
    ),
    (
        Komponen::Pengaduan,
        &[
            "layanan pengaduan",
            "saluran pengaduan",
            "pengelolaan pengaduan pelayanan",
            "penanganan pengaduan pelayanan",
            "pengaduan layanan",
            "pengaduan pelayanan",
            "penanganan pengaduan saran dan masukan",
            "penanganan pengaduan saran masukan",
            "penanganan pengaduan",
            "pengaduan",
            "pengelolaan pengaduan",
            "pengaduan saran dan masukan",
            "penanganan pengaduan saran dan masukan/apresiasi",
        ],
    ),
    (
        Komponen::DasarHukum,
        &["dasar hukum", "landasan hukum", "dasar hukum pelayanan"],
    ),
    (
        Komponen::SaranaPrasarana,
        &[
            "sarana prasarana dan atau fasilitas",
            "sarana dan prasarana dan atau fasilitas",
            "sarana dan fasilitas",
            "fasilitas pelayanan",
            "sarana dan prasarana",
            "sarana prasarana",
            "sarana dan prasarana dan/atau fasilitas",
            "sarana prasarana dan/atau fasilitas",
            "sarana dan prasarana atau fasilitas",
            "sarana prasarana dan fasilitas",
        ],
    ),
    (
        Komponen::KompetensiPelaksana,
        &[
            "kompetensi pelaksana",
            "kompetensi pelaksana pelayanan",
            "kompetensi petugas",
        ],
    ),
    (
        Komponen::PengawasanInternal,
        &["pengawasan internal", "pengawasan intern"],
    ),
    (
        Komponen::JumlahPelaksana,
        &[
            "jumlah pelaksana",
            "komposisi pelaksana",
            "jumlah petugas",
            "jumlah pelaksana pelayanan",
        ],
    ),
    (
        Komponen::JaminanPelayanan,
        &["jaminan pelayanan", "jaminan layanan"],
    ),
    (
        Komponen::JaminanKeamanan,
        &[
            "jaminan keamanan dan keselamatan layanan",
            "jaminan keselamatan",
            "jaminan keamanan dan keselamatan pelayanan",
            "jaminan keamanan dan keselamatan",
            "jaminan keamanan",
        ],
    ),
    (
        Komponen::EvaluasiKinerja,
        &[
            "evaluasi kinerja pelaksana",
            "evaluasi kinerja",
            "evaluasi kinerja pelayanan",
        ],
    ),
    (
        Komponen::JamPelayanan,
        &[
            "waktu operasional",
            "hari dan jam pelayanan",
            "jadwal layanan",
            "jam pelayanan",
            "jam operasional",
            "jadwal pelayanan",
            "jam layanan",
        ],
    ),
    (Komponen::Maklumat, &["maklumat pelayanan", "maklumat"]),
];

/// Lower case, `/` without spaces, punctuation other than `/` gone, one space between words.
pub fn normal(text: &str) -> String {
    let lowered = text.to_lowercase().replace(['-', '–'], " ");
    let kept: String = lowered
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' {
                c
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" / ", "/")
        .replace(" /", "/")
        .replace("/ ", "/")
}

fn exact(text: &str) -> Option<Komponen> {
    let normal = normal(text);
    LABELS
        .iter()
        .find(|(_, spellings)| spellings.contains(&normal.as_str()))
        .map(|(komponen, _)| *komponen)
}

/// A whole heading with a typo (`Persyaratn Pelayanan`, `Jaminan Keamnan`): one edit in a
/// heading of ten letters or more, two in one of twenty or more, and only when no other
/// component's heading is as near.
fn near(text: &str) -> Option<Komponen> {
    // Headings are short: a long line is no heading with a typo (and is not compared).
    if text.len() > 80 {
        return None;
    }
    let normal = normal(text);
    let length = normal.chars().count();
    if length < 10 {
        return None;
    }
    let limit = if length >= 20 { 2 } else { 1 };
    let mut best: Option<(usize, Komponen)> = None;
    let mut tied = false;
    for (komponen, spellings) in LABELS {
        for spelling in *spellings {
            // Lengths further apart than the limit are further apart than the limit.
            if spelling.chars().count().abs_diff(length) > limit {
                continue;
            }
            let distance = crate::validate::suggest::edit_distance(&normal, spelling);
            if distance > limit {
                continue;
            }
            match best {
                Some((d, k)) if d < distance || (d == distance && k == *komponen) => {}
                Some((d, _)) if d == distance => tied = true,
                _ => {
                    best = Some((distance, *komponen));
                    tied = false;
                }
            }
        }
    }
    best.filter(|_| !tied).map(|(_, komponen)| komponen)
}

/// A whole line (or what precedes its colon) that is a heading, spelt right or with a typo.
fn whole(text: &str) -> Option<Komponen> {
    exact(text).or_else(|| near(text))
}

/// A heading found on a line: the component, and what followed the heading on that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judul {
    /// The component.
    pub komponen: Komponen,
    /// The rest of the line (after `:` or the heading words), trimmed; may be empty.
    pub sisa: String,
}

/// The heading `line` is, if any. `numbered` says the line had a list marker (`4.`, `C.`),
/// which lets a longer heading carry text after it without a colon.
pub fn judul(line: &str, numbered: bool) -> Option<Judul> {
    let line = line.trim();
    // `2 Sistem, mekanisme dan prosedur`: a number without its dot (a page's own heading
    // numbers, copied as text).
    let (line, numbered) = match line.split_once(' ') {
        // `7 persyaratan` (a count, in lower case) is no heading.
        Some((number, rest))
            if number.len() <= 2
                && number.chars().all(|c| c.is_ascii_digit())
                && rest.chars().next().is_some_and(char::is_uppercase) =>
        {
            (rest.trim(), true)
        }
        _ => (line, numbered),
    };
    if let Some(komponen) = whole(line.trim_end_matches(':')) {
        return Some(Judul {
            komponen,
            sisa: String::new(),
        });
    }
    if line.is_empty() || line.len() > 200 {
        return None;
    }
    if let Some((head, rest)) = line.split_once(':')
        && let Some(komponen) = whole(head)
    {
        return Some(Judul {
            komponen,
            sisa: rest.trim().to_string(),
        });
    }
    // `Produk Pelayanan Daerah Kabupaten Jember`, `1. Persyaratan Pelayanan Dokumen …`: a
    // heading of two words or more at the start of the line.
    let words: Vec<&str> = line.split_whitespace().collect();
    for cut in (2..words.len()).rev() {
        let head = words[..cut].join(" ");
        let Some(komponen) = exact(&head) else {
            continue;
        };
        if normal(&head).split(' ').count() < 2 {
            continue;
        }
        let rest = words[cut..].join(" ");
        if numbered || rest.split_whitespace().count() <= 4 {
            // `Sistem, Mekanisme dan Prosedur Pelayanan dapat dilaksanakan …`: the heading
            // is the subject of a sentence, which stays whole.
            let sentence = rest.chars().next().is_some_and(char::is_lowercase);
            return Some(Judul {
                komponen,
                sisa: if sentence { line.to_string() } else { rest },
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn komponen(line: &str, numbered: bool) -> Option<Komponen> {
        judul(line, numbered).map(|j| j.komponen)
    }

    #[test]
    fn headings_are_found_in_their_spellings() {
        for (line, expected) in [
            ("Persyaratan", Komponen::Persyaratan),
            ("PERSYARATAN PELAYANAN", Komponen::Persyaratan),
            ("Sistem, Mekanisme dan Prosedur", Komponen::Prosedur),
            ("Sistem, Mekanisme, dan Prosedur :", Komponen::Prosedur),
            ("Waktu Penyelesaian", Komponen::JangkaWaktu),
            ("Biaya / Tarif", Komponen::Biaya),
            ("Biaya/Tarif", Komponen::Biaya),
            ("Produk Layanan", Komponen::Produk),
            (
                "Penanganan Pengaduan, saran dan masukan",
                Komponen::Pengaduan,
            ),
            ("Pengaduan Layanan", Komponen::Pengaduan),
            ("Sarana dan Prasarana", Komponen::SaranaPrasarana),
            (
                "Sarana, prasarana dan/atau fasilitas",
                Komponen::SaranaPrasarana,
            ),
            (
                "Jaminan Keamanan dan Keselamatan Pelayanan",
                Komponen::JaminanKeamanan,
            ),
            ("Evaluasi Kinerja Pelaksana", Komponen::EvaluasiKinerja),
            ("2 Sistem, mekanisme dan prosedur", Komponen::Prosedur),
            ("Komposisi Pelaksana", Komponen::JumlahPelaksana),
            (
                "Sarana, Prasarana dan/atau Fasilitas",
                Komponen::SaranaPrasarana,
            ),
            (
                "Sarana, Prasarana, dan atau Fasilitas",
                Komponen::SaranaPrasarana,
            ),
            (
                "Jaminan Keamanan dan Keselamatan",
                Komponen::JaminanKeamanan,
            ),
            ("Tata Cara Pelayanan", Komponen::Prosedur),
            // Typos in whole headings.
            ("Persyaratn Pelayanan", Komponen::Persyaratan),
            ("Jaminan Keamnan dan Keselamatan", Komponen::JaminanKeamanan),
            ("Kompetensi Pelaksna", Komponen::KompetensiPelaksana),
            ("PENGAWASAN INTERNALL :", Komponen::PengawasanInternal),
        ] {
            assert_eq!(komponen(line, false), Some(expected), "{line}");
        }
    }

    #[test]
    fn a_heading_may_carry_its_content() {
        assert_eq!(
            judul("Biaya : Tidak dipungut biaya", false),
            Some(Judul {
                komponen: Komponen::Biaya,
                sisa: "Tidak dipungut biaya".to_string()
            })
        );
        assert_eq!(
            judul(
                "Persyaratan Pelayanan Dokumen , Data, Informasi Permasalahan",
                true
            )
            .map(|j| j.sisa),
            Some("Dokumen , Data, Informasi Permasalahan".to_string())
        );
        assert_eq!(
            komponen("Produk Pelayanan Daerah Kabupaten Jember", false),
            Some(Komponen::Produk)
        );
    }

    #[test]
    fn ordinary_lines_are_not_headings() {
        for line in [
            "Biaya administrasi dibayar di loket bank",
            "Surat permohonan",
            "Tidak dipungut biaya",
            "Pengaduan dapat dilakukan melalui telepon",
            "Persyaratan administrasi lengkap dan benar sesuai ketentuan yang berlaku",
            "7 persyaratan",
            // Near a heading, but a different thing.
            "Jaminan pembayaran",
            "Biaya parkir",
        ] {
            assert_eq!(komponen(line, false), None, "{line}");
        }
    }
}
