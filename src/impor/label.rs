//! Component headings as agencies write them: `Persyaratan`, `4. Biaya/Tarif`,
//! `C. Jangka Waktu Penyelesaian :`, `Biaya : Tidak dipungut biaya`, in any case and with the
//! punctuation of the day.

use crate::model::komponen::Komponen;

/// Spellings of each heading, normalised (see [`normal`]).
const LABELS: &[(Komponen, &[&str])] = &[
    (
        Komponen::Persyaratan,
        &[
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
    (Komponen::DasarHukum, &["dasar hukum", "landasan hukum"]),
    (
        Komponen::SaranaPrasarana,
        &[
            "sarana dan prasarana",
            "sarana prasarana",
            "sarana dan prasarana dan/atau fasilitas",
            "sarana prasarana dan/atau fasilitas",
            "sarana dan prasarana atau fasilitas",
            "sarana prasarana dan fasilitas",
        ],
    ),
    (Komponen::KompetensiPelaksana, &["kompetensi pelaksana"]),
    (Komponen::PengawasanInternal, &["pengawasan internal"]),
    (Komponen::JumlahPelaksana, &["jumlah pelaksana"]),
    (Komponen::JaminanPelayanan, &["jaminan pelayanan"]),
    (
        Komponen::JaminanKeamanan,
        &[
            "jaminan keamanan dan keselamatan pelayanan",
            "jaminan keamanan dan keselamatan",
            "jaminan keamanan",
        ],
    ),
    (
        Komponen::EvaluasiKinerja,
        &["evaluasi kinerja pelaksana", "evaluasi kinerja"],
    ),
    (
        Komponen::JamPelayanan,
        &[
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
    if let Some(komponen) = exact(line.trim_end_matches(':')) {
        return Some(Judul {
            komponen,
            sisa: String::new(),
        });
    }
    if line.is_empty() || line.len() > 200 {
        return None;
    }
    if let Some((head, rest)) = line.split_once(':')
        && let Some(komponen) = exact(head)
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
        ] {
            assert_eq!(komponen(line, false), None, "{line}");
        }
    }
}
