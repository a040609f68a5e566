//! Opening hours as pages write them (`Senin - Kamis : 08.00 - 15.30 WIB`,
//! `Jumat 08.00 s.d. 11.00 (istirahat 12.00-13.00)`), typed; a line that does not read so is
//! left for the officer.

use std::sync::LazyLock;

use regex::Regex;

use super::pola;

use super::baris::Baris;
use super::label::judul;
use super::pecah::Blok;
use super::yaml::{ButirDraf, Nilai, Peta};
use crate::model::komponen::Komponen;
use crate::model::waktu::RentangJam;

const DAYS: [&str; 7] = [
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
];

static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    let day = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)";
    let time = r"(\d{1,2}[.:]\d{2})";
    let to = r"\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?: dengan)?)\s*";
    pola(&format!(
        r"(?i)^(?:hari\s+)?{day}(?:{to}{day})?\s*[:,]?\s*(?:pukul\s*|jam\s*)?{time}{to}{time}\s*(?:(WIB|WITA|WIT)\b)?\s*(?:\(?\s*istirahat\s*(?:pukul\s*)?{time}{to}{time}\s*\)?)?\.?$"
    ))
});

fn day_index(word: &str) -> Option<usize> {
    let word = word.to_lowercase().replace('\'', "");
    DAYS.iter().position(|d| *d == word)
}

/// `8.00` → `08.00`, `08:00` → `08.00`.
fn clock(text: &str) -> String {
    let text = text.replace(':', ".");
    if text.len() == 4 {
        format!("0{text}")
    } else {
        text
    }
}

/// A range as written, when it reads and opens before it closes (as the check wants).
fn range(from: &str, to: &str) -> Option<(RentangJam, String)> {
    let written = format!("{}-{}", clock(from), clock(to));
    let range: RentangJam = written.parse().ok()?;
    (range.buka.valid() && range.tutup.valid() && range.buka < range.tutup)
        .then_some((range, written))
}

/// One line as an opening-hours entry, if it reads as one.
fn entry(text: &str) -> Option<ButirDraf> {
    let c = HOURS.captures(text.trim())?;
    let first = day_index(&c[1])?;
    let last = c
        .get(2)
        .and_then(|m| day_index(m.as_str()))
        .unwrap_or(first);
    if last < first {
        return None;
    }
    let days = DAYS[first..=last]
        .iter()
        .map(|d| ButirDraf::teks(*d))
        .collect();
    let mut p = Peta::default();
    p.isi("hari", ButirDraf::new(Nilai::Daftar(days)));
    let (open, written) = range(&c[3], &c[4])?;
    p.isi("jam", ButirDraf::teks(written));
    if let (Some(from), Some(to)) = (c.get(6), c.get(7)) {
        // A break outside the hours would be refused: the line stays for the officer.
        let (rest, written) = range(from.as_str(), to.as_str())?;
        if rest.buka < open.buka || rest.tutup > open.tutup {
            return None;
        }
        p.isi("istirahat", ButirDraf::teks(written));
    }
    if let Some(zone) = c.get(5) {
        p.isi("zona_waktu", ButirDraf::teks(zone.as_str().to_uppercase()));
    }
    Some(p.butir())
}

/// The lines that read as opening hours, typed, and the lines that do not.
pub fn jam_pelayanan(lines: &[Baris]) -> (Option<ButirDraf>, Vec<Baris>) {
    let mut entries = Vec::new();
    let mut rest = Vec::new();
    for line in lines.iter().filter(|l| !l.kosong()) {
        match entry(&line.teks) {
            Some(e) => entries.push(e.dari(line.nomor, line.nomor)),
            None => rest.push(line.clone()),
        }
    }
    let value = (!entries.is_empty()).then(|| ButirDraf::new(Nilai::Daftar(entries)));
    (value, rest)
}

/// "Waktu Pelayanan" heads the completion time in some documents and the opening hours in
/// others. A time block that reads wholly as days and hours becomes the opening hours; so do
/// the lines after a second time heading inside a time block (`Jangka Waktu` … then `Waktu
/// Pelayanan` and the days), when they read wholly as days and hours. Only when the document
/// has no block of opening hours of its own.
pub fn hours_headed_as_time(blocks: &mut Vec<Blok>) {
    if blocks.iter().any(|b| b.komponen == Komponen::JamPelayanan) {
        return;
    }
    let wholly_hours = |lines: &[Baris]| {
        let (hours, rest) = jam_pelayanan(lines);
        hours.is_some() && rest.is_empty()
    };
    for at in 0..blocks.len() {
        let blok = &mut blocks[at];
        if blok.komponen != Komponen::JangkaWaktu {
            continue;
        }
        if wholly_hours(&blok.baris) {
            blok.komponen = Komponen::JamPelayanan;
            return;
        }
        let inner = blok.baris.iter().enumerate().skip(1).find(|(_, l)| {
            judul(&l.teks, false)
                .is_some_and(|j| j.komponen == Komponen::JangkaWaktu && j.sisa.is_empty())
        });
        if let Some((cut, heading)) = inner
            && wholly_hours(&blok.baris[cut + 1..])
        {
            let nomor = heading.nomor;
            let hours = blok.baris.split_off(cut + 1);
            blok.baris.truncate(cut);
            blocks.insert(
                at + 1,
                Blok {
                    komponen: Komponen::JamPelayanan,
                    ditebak: false,
                    judul: Some(nomor),
                    baris: hours,
                },
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::super::yaml::dokumen;
    use super::*;

    #[test]
    fn opening_hours_are_read_in_their_common_forms() {
        let (value, rest) = jam_pelayanan(&baca(
            "Senin - Kamis : 08.00 - 15.30 WIB (istirahat 12.00 - 13.00)\nJum'at 8:00 s.d. 11:00\nSabtu dan Minggu tutup\n",
        ));
        let text = dokumen(&[], &[("jam_pelayanan".to_string(), value.expect("hours"))]);
        assert!(
            text.contains("- hari:\n      - senin\n      - selasa\n      - rabu\n      - kamis\n    jam: \"08.00-15.30\"\n    istirahat: \"12.00-13.00\"\n    zona_waktu: WIB"),
            "{text}"
        );
        assert!(
            text.contains("- hari:\n      - jumat\n    jam: \"08.00-11.00\""),
            "{text}"
        );
        assert_eq!(rest.len(), 1);
        let (value, rest) = jam_pelayanan(&baca(
            "Senin 16.00 - 15.00\nSelasa 08.00-12.00 (istirahat 13.00-14.00)\n",
        ));
        assert!(value.is_none());
        assert_eq!(rest.len(), 2);
    }
}
