//! Component headings folded over two lines, as narrow table cells and PDF columns leave
//! them (`Sistem, Mekanisme` / `dan Prosedur`, `Persyaratan` / `Pelayanan`): joined back
//! into one line before the document is cut at its headings, so that the second half is
//! neither content of the component nor lost.

use super::baris::Baris;
use super::label::{judul, normal};

/// The longest a half of a folded heading is.
const HALF: usize = 60;

/// Joins each line with the next when together they are one whole heading, longer than any
/// heading the first line is alone.
pub fn join_folded_headings(lines: &mut Vec<Baris>) {
    let mut out: Vec<Baris> = Vec::with_capacity(lines.len());
    let mut rest = std::mem::take(lines).into_iter().peekable();
    while let Some(mut line) = rest.next() {
        if let Some(next) = rest.peek()
            && folds_into(&line, next)
            && let Some(next) = rest.next()
        {
            line.teks = format!("{} {}", line.teks.trim(), next.teks.trim());
        }
        out.push(line);
    }
    *lines = out;
}

/// Whether `first` and `second` are the two halves of one heading.
fn folds_into(first: &Baris, second: &Baris) -> bool {
    let short = |l: &Baris| !l.kosong() && l.teks.chars().count() <= HALF && !l.tabel;
    if !short(first) || !short(second) || second.penanda.is_some() {
        return false;
    }
    let joined = format!("{} {}", first.teks.trim(), second.teks.trim());
    let numbered = first.penanda.is_some();
    let Some(whole) = judul(&joined, numbered).filter(|j| j.sisa.is_empty()) else {
        return false;
    };
    // Longer than what the first line is on its own (`Persyaratan` then `Pelayanan`), and
    // the second line is no heading of another component.
    let alone = judul(&first.teks, numbered)
        .filter(|j| j.sisa.is_empty())
        .map(|j| j.komponen);
    let second_alone = judul(&second.teks, false).map(|j| j.komponen);
    normal(&joined).len() > normal(&first.teks).len()
        && alone.is_none_or(|k| k == whole.komponen)
        && second_alone.is_none_or(|k| k == whole.komponen)
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::*;

    fn joined(text: &str) -> Vec<String> {
        let mut lines = baca(text);
        join_folded_headings(&mut lines);
        lines.into_iter().map(|l| l.teks).collect()
    }

    #[test]
    fn a_heading_folded_over_two_lines_is_one_line() {
        assert_eq!(
            joined("Sistem, Mekanisme\ndan Prosedur\n1. Pemohon datang"),
            ["Sistem, Mekanisme dan Prosedur", "Pemohon datang"]
        );
        assert_eq!(
            joined("Persyaratan\nPelayanan\n1. KTP"),
            ["Persyaratan Pelayanan", "KTP"]
        );
        assert_eq!(
            joined("Penanganan Pengaduan,\nSaran dan Masukan\nSMS 0852"),
            ["Penanganan Pengaduan, Saran dan Masukan", "SMS 0852"]
        );
    }

    #[test]
    fn content_after_a_heading_stays_content() {
        assert_eq!(
            joined("Persyaratan\nFotokopi KTP"),
            ["Persyaratan", "Fotokopi KTP"]
        );
        assert_eq!(
            joined("Biaya/Tarif\nTidak dipungut biaya"),
            ["Biaya/Tarif", "Tidak dipungut biaya"]
        );
        // Two headings in a row stay two.
        assert_eq!(joined("Produk\nPengaduan"), ["Produk", "Pengaduan"]);
    }
}
