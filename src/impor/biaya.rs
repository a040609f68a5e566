//! Fees and regulations: the document's own words for free, rupiah amounts as tariff items,
//! regulations written out (`… Nomor 5 Tahun 2020 tentang …`) typed.

use std::sync::LazyLock;

use regex::Regex;

use super::baris::Baris;
use super::susun::{Cara, Hasil, joined, texts};
use super::yaml::{Butir, Nilai, Peta};

#[allow(
    clippy::unwrap_used,
    reason = "constant patterns, covered by the tests"
)]
static FEE: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
    (
        Regex::new(r"(?i)^(tidak dipungut biaya|tidak (ada|dikenakan|dipungut) (biaya|tarif|retribusi)|gratis|bebas biaya|tanpa biaya|rp\.?\s*0(,-|,00)?|nihil)\b").unwrap(),
        Regex::new(r"(?i)rp\.?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)(?:,-|,00|\.-)?").unwrap(),
    )
});

/// The fee: the document's words for free (`gratis: Tidak dipungut biaya`), amounts in
/// rupiah as tariff items, everything else the note.
pub fn biaya(lines: &[Baris], cara: Cara) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let (free, amount) = &*FEE;
    let mut gratis = None;
    let mut tarif = Vec::new();
    let mut basis = Vec::new();
    let mut note = Vec::new();
    for line in &lines {
        let text = line.teks.trim();
        if gratis.is_none() && free.is_match(text) {
            gratis = Some(text.to_string());
            continue;
        }
        // `Sesuai Peraturan Daerah … Nomor 5 Tahun 2020 tentang Retribusi …`: the tariff's
        // legal basis.
        let regulation = ["sesuai dengan ", "sesuai ", "berdasarkan ", "mengacu pada "]
            .iter()
            .find_map(|p| {
                text.get(..p.len())
                    .filter(|head| head.eq_ignore_ascii_case(p))
                    .map(|_| &text[p.len()..])
            })
            .unwrap_or(text);
        if cara == Cara::Lengkap
            && let Some(typed) = regulasi(regulation)
        {
            basis.push(typed.periksa(format!("dibaca dari \"{text}\"")));
            continue;
        }
        let amounts: Vec<_> = amount.captures_iter(text).collect();
        if cara == Cara::Lengkap
            && amounts.len() == 1
            && let Some(number) = amounts[0].get(1)
        {
            let digits: String = number
                .as_str()
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            if let Ok(rupiah) = digits.parse::<u64>() {
                let mut p = Peta::default();
                let rest = text.replace(amounts[0].get(0).map_or("", |m| m.as_str()), "");
                let rest = rest.trim().trim_matches([':', '-', ',', ' ']).trim();
                if !rest.is_empty() {
                    p.isi("uraian", Butir::teks(rest));
                }
                p.isi("rupiah", Butir::new(Nilai::Angka(rupiah)));
                tarif.push(p.butir().periksa(format!("dibaca dari \"{text}\"")));
                continue;
            }
        }
        note.push(*line);
    }
    let mut peta = Peta::default();
    let structured = gratis.is_some() || !tarif.is_empty();
    if let Some(words) = gratis {
        peta.isi("gratis", Butir::teks(words));
    }
    if !tarif.is_empty() {
        peta.isi("tarif", Butir::new(Nilai::Daftar(tarif)));
    }
    if !basis.is_empty() {
        peta.isi("dasar_hukum", Butir::new(Nilai::Daftar(basis)));
    }
    if !note.is_empty() {
        peta.isi("keterangan", Butir::teks(joined(&note)));
    }
    Some((
        peta.butir(),
        if structured {
            Hasil::Terstruktur
        } else {
            Hasil::Catatan
        },
    ))
}

#[allow(
    clippy::unwrap_used,
    reason = "a constant pattern, covered by the tests"
)]
static REGULATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<jenis>.+?)\s+(?:nomor|no\.?)\s*(?P<nomor>\S+)\s+tahun\s+(?P<tahun>\d{4})(?:\s+tentang\s+(?P<tentang>.+?))?[.;,]?$").unwrap()
});

/// A regulation written out (`Undang-Undang Nomor 25 Tahun 2009 tentang …`), typed.
fn regulasi(text: &str) -> Option<Butir> {
    let c = REGULATION.captures(text)?;
    let tahun: u16 = c["tahun"].parse().ok()?;
    if !(1945..=2100).contains(&tahun) {
        return None;
    }
    let mut p = Peta::default();
    p.isi("jenis", Butir::teks(c["jenis"].trim()));
    p.isi(
        "nomor",
        Butir::teks(c["nomor"].trim_end_matches([',', '.'])),
    );
    p.isi("tahun", Butir::new(Nilai::Angka(u64::from(tahun))));
    if let Some(tentang) = c.name("tentang") {
        p.isi("tentang", Butir::teks(tentang.as_str().trim()));
    }
    Some(p.butir())
}

/// Legal basis: `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik` as a typed
/// regulation; a line that does not read so is kept whole as the regulation's type.
pub fn dasar_hukum(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let regulations = lines
        .iter()
        .map(|line| {
            let text = line.teks.trim();
            let mut p = Peta::default();
            match REGULATION.captures(text) {
                Some(c)
                    if c["tahun"]
                        .parse::<u16>()
                        .is_ok_and(|y| (1945..=2100).contains(&y)) =>
                {
                    p.isi("jenis", Butir::teks(c["jenis"].trim()));
                    p.isi(
                        "nomor",
                        Butir::teks(c["nomor"].trim_end_matches([',', '.'])),
                    );
                    p.isi(
                        "tahun",
                        Butir::new(Nilai::Angka(c["tahun"].parse().unwrap_or(0))),
                    );
                    if let Some(tentang) = c.name("tentang") {
                        p.isi("tentang", Butir::teks(tentang.as_str().trim()));
                    }
                    p.butir()
                }
                _ => {
                    p.isi("jenis", Butir::teks(text));
                    p.butir().periksa(
                        "nomor, tahun dan judul peraturan tidak terbaca; pisahkan bila ada",
                    )
                }
            }
        })
        .collect();
    Some((Butir::new(Nilai::Daftar(regulations)), Hasil::Terstruktur))
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::super::susun::yaml;
    use super::*;

    #[test]
    fn fees_are_free_in_the_documents_words_or_amounts() {
        let text = yaml(
            "biaya",
            biaya(&baca("Tidak dipungut biaya\n"), Cara::Lengkap),
        );
        assert!(text.contains("gratis: Tidak dipungut biaya"), "{text}");
        let text = yaml(
            "biaya",
            biaya(&baca("Legalisir : Rp. 1.500.000,-\n"), Cara::Lengkap),
        );
        assert!(text.contains("uraian: Legalisir"), "{text}");
        assert!(text.contains("rupiah: 1500000"), "{text}");
    }

    #[test]
    fn regulations_are_read_into_their_parts() {
        let lines = baca("1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n");
        let text = yaml("dasar_hukum", dasar_hukum(&lines));
        assert!(text.contains("jenis: Undang-Undang"), "{text}");
        assert!(text.contains("nomor: \"25\""), "{text}");
        assert!(text.contains("tahun: 2009"), "{text}");
        assert!(text.contains("tentang: Pelayanan Publik"), "{text}");
    }
}
