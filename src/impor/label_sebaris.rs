//! Components run together in one paragraph, as a flattened page or table leaves them
//! (`A. Persyaratan: Akta; KK. B. Sistem, Mekanisme dan Prosedur: Mendaftar …`): the
//! paragraph is cut before each lettered or numbered heading, so that each component starts
//! its own line as it would in the document's table.

use std::sync::LazyLock;

use regex::Regex;

use super::label::judul;
use super::pola;

/// A lettered or numbered heading inside a line: the marker, then up to 60 characters before
/// a colon, at the start or after the end of a sentence or item.
static INLINE: LazyLock<Regex> =
    LazyLock::new(|| pola(r"(?:^|[.;,]\s+)((?:[A-Na-n]|\d{1,2})[.)]\s+([^:;.]{3,60}?)\s*:)"));

/// The pieces of a line that holds two or more components' headings, each starting at its
/// marker (`A. Persyaratan: …`); the line itself, whole, otherwise.
pub fn pieces(line: &str) -> Vec<&str> {
    let starts: Vec<usize> = INLINE
        .captures_iter(line)
        .filter(|c| {
            c.get(2)
                .is_some_and(|h| judul(h.as_str(), true).is_some_and(|j| j.sisa.is_empty()))
        })
        .filter_map(|c| c.get(1).map(|m| m.start()))
        .collect();
    if starts.len() < 2 {
        return vec![line];
    }
    let mut out = Vec::with_capacity(starts.len() + 1);
    let head = line[..starts[0]].trim();
    if !head.is_empty() {
        out.push(head);
    }
    for (i, start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(line.len());
        let piece = line[*start..end].trim().trim_end_matches([';', ',']).trim();
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_run_together_are_cut_at_their_headings() {
        assert_eq!(
            pieces(
                "A. Persyaratan: Akta kelahiran; Kartu Keluarga. B. Sistem, Mekanisme dan Prosedur: Mendaftar secara daring. C. Biaya/Tarif: Gratis."
            ),
            [
                "A. Persyaratan: Akta kelahiran; Kartu Keluarga.",
                "B. Sistem, Mekanisme dan Prosedur: Mendaftar secara daring.",
                "C. Biaya/Tarif: Gratis.",
            ]
        );
    }

    #[test]
    fn a_line_with_one_heading_or_none_stays_whole() {
        let one = "A. Persyaratan: Akta kelahiran; Kartu Keluarga";
        assert_eq!(pieces(one), [one]);
        let list = "a. Surat: dari kelurahan; b. Bukti: lunas PBB";
        assert_eq!(pieces(list), [list]);
    }
}
