//! The completion time: durations as the model reads them, the total, named parts, and when
//! the time starts counting.

use super::baris::Baris;
use super::bentuk::{Cara, Hasil, catatan, texts};
use super::yaml::{ButirDraf, Peta};
use crate::model::durasi::{Durasi, pisah_syarat};

/// `Paling lambat 3 (tiga) hari` and the like, as the model reads durations; with the text
/// to write (in lower case when only that reads: `1 HARI KERJA`).
fn durasi_teks(text: &str) -> Option<(Durasi, String)> {
    let text = text.trim().trim_end_matches(['.', ';', ',']).trim();
    if let Ok(d) = text.parse() {
        return Some((d, text.to_string()));
    }
    let lower = text.to_lowercase();
    lower.parse().ok().map(|d| (d, lower))
}

pub(super) fn durasi(text: &str) -> Option<Durasi> {
    durasi_teks(text).map(|(d, _)| d)
}

/// `… , dapat diperpanjang …` cut in two.
fn split_extension(text: &str) -> Option<(&str, &str)> {
    let lower = text.to_lowercase();
    let at = lower.find("dapat diperpanjang")?;
    let head = text[..at].trim().trim_end_matches([',', ';']).trim();
    let mut rest = text[at + "dapat diperpanjang".len()..].trim();
    for filler in ["paling lama ", "selama ", "maksimal "] {
        if rest.to_lowercase().starts_with(filler) {
            rest = rest[filler.len()..].trim();
        }
    }
    Some((head, rest))
}

/// The completion time: a line that is a duration is the total (the first) or a part (named
/// `Nama : durasi`); everything else is the note.
pub fn jangka_waktu(lines: &[Baris], cara: Cara) -> Option<(ButirDraf, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let mut total: Option<String> = None;
    let mut start: Option<String> = None;
    let mut extended: Option<String> = None;
    let mut parts = Vec::new();
    let mut note = Vec::new();
    for line in &lines {
        let text = line.teks.trim();
        if cara == Cara::Aman {
            note.push(*line);
            continue;
        }
        if total.is_none()
            && parts.is_empty()
            && let Some((_, written)) = durasi_teks(text)
        {
            total = Some(written);
            continue;
        }
        // `Paling lama 10 hari kerja, dapat diperpanjang 7 hari kerja`: total and extension.
        if total.is_none()
            && let Some((head, extension)) = split_extension(text)
            && let (Some((_, head)), Some((_, extension))) =
                (durasi_teks(head), durasi_teks(extension))
        {
            total = Some(head);
            extended = Some(extension);
            continue;
        }
        // `Paling lambat 2 hari kerja sejak berkas lengkap`: the total and when it starts.
        if total.is_none()
            && parts.is_empty()
            && let Some((_, rest, false)) = pisah_syarat(text)
            && ["sejak", "setelah", "terhitung", "dihitung"]
                .iter()
                .any(|w| rest.to_lowercase().starts_with(w))
        {
            let head = text[..text.len() - rest.len()].trim();
            if let Some((_, written)) = durasi_teks(head) {
                total = Some(written);
                start = Some(rest);
                continue;
            }
        }
        if let Some((name, value)) = text.split_once(':')
            && !name.trim().is_empty()
            && durasi(value).is_some()
        {
            let mut p = Peta::default();
            p.isi("nama", ButirDraf::teks(name.trim()));
            let written = durasi_teks(value).map_or_else(|| value.trim().to_string(), |(_, w)| w);
            p.isi("waktu", ButirDraf::teks(written));
            parts.push(p.butir().dari(line.nomor, line.nomor));
            continue;
        }
        note.push(*line);
    }
    let mut peta = Peta::default();
    let structured = total.is_some() || !parts.is_empty();
    if let Some(total) = total {
        peta.isi("total", ButirDraf::teks(total));
    }
    if let Some(start) = start {
        peta.isi("mulai", ButirDraf::teks(start));
    }
    if let Some(extended) = extended {
        peta.isi("perpanjangan", ButirDraf::teks(extended));
    }
    peta.daftar("bagian", parts);
    catatan(&mut peta, &note);
    Some((peta.butir(), Hasil::dari(structured)))
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::super::bentuk::yaml;
    use super::*;

    #[test]
    fn durations_become_total_and_parts() {
        let lines = baca("Penyelesaian Administrasi : 15 Menit\nSurat Jawaban : 3 Hari\n");
        assert_eq!(
            yaml("jangka_waktu", jangka_waktu(&lines, Cara::Lengkap)),
            "\njangka_waktu:\n  bagian:\n    - nama: Penyelesaian Administrasi\n      waktu: \"15 Menit\"\n    - nama: Surat Jawaban\n      waktu: \"3 Hari\"\n"
        );
        let lines =
            baca("Paling lama 10 (sepuluh) hari kerja, dapat diperpanjang 7 (tujuh) hari kerja\n");
        let text = yaml("jangka_waktu", jangka_waktu(&lines, Cara::Lengkap));
        assert!(
            text.contains("total: Paling lama 10 (sepuluh) hari kerja\n"),
            "{text}"
        );
        assert!(
            text.contains("perpanjangan: \"7 (tujuh) hari kerja\""),
            "{text}"
        );
        let lines = baca("60 Menit\n1. Mengisi buku tamu waktu penyelesaian 5 menit\n");
        let text = yaml("jangka_waktu", jangka_waktu(&lines, Cara::Lengkap));
        assert!(text.contains("total: \"60 Menit\""), "{text}");
        assert!(
            text.contains("keterangan: Mengisi buku tamu waktu penyelesaian 5 menit"),
            "{text}"
        );
    }
}
