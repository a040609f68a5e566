//! Where a draft's values came from, and how sure the import is of each: every component
//! and identity entry is traced to its source lines (items within are traced by their
//! readers, see [`super::yaml::Butir::dari`]), and every value is counted as placed with
//! certainty, by a guess the draft marks `PERIKSA`, or not at all.

use std::collections::BTreeMap;

use serde::Serialize;

use super::baris::Baris;
use super::identitas::Identitas;
use super::pecah::Blok;
use super::yaml::{ButirDraf, Nilai};

impl super::Draf {
    /// Puts `prefix` (whole lines, such as the schema's modeline) before the standard's
    /// text, its values' draft lines moved down with it.
    pub fn awali(&mut self, prefix: &str) {
        let lines = prefix.matches('\n').count();
        self.standar.insert_str(0, prefix);
        for jejak in &mut self.asal {
            jejak.draf = (jejak.draf.0 + lines, jejak.draf.1 + lines);
        }
    }
}

/// How the values of one draft were placed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Hitungan {
    /// Values read under their component's own heading, with nothing to review.
    pub pasti: usize,
    /// Values the draft marks `PERIKSA`: placed by a guess, or read from a form the officer
    /// should compare with the source (an amount, a regulation's parts).
    pub ditebak: usize,
    /// Components the source says it has none of (`tidak_tercantum`).
    pub tidak_ada: usize,
    /// Source lines no component took (`belum_dipetakan`).
    pub belum_dipetakan: usize,
}

/// The first and last source line of each component's blocks: its heading and its lines.
pub fn rentang_komponen(blocks: &[Blok]) -> BTreeMap<&'static str, (usize, usize)> {
    let mut ranges: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for blok in blocks {
        let numbers = blok
            .baris
            .iter()
            .filter(|l| !l.kosong())
            .map(|l| l.nomor)
            .chain(blok.judul);
        for n in numbers {
            let range = ranges.entry(blok.komponen.kunci()).or_insert((n, n));
            *range = (range.0.min(n), range.1.max(n));
        }
    }
    ranges
}

/// Traces the draft's top-level entries to the source: each component to its blocks'
/// lines, the name and the SK to the title block's lines, each stated absence to its
/// component's heading. Values already traced by their reader keep their lines.
pub fn telusuri(
    entries: &mut [(String, ButirDraf)],
    ranges: &BTreeMap<&'static str, (usize, usize)>,
    id: &Identitas,
) {
    let at = |n: Option<usize>| n.map(|n| (n, n));
    for (key, value) in entries.iter_mut() {
        let range = match key.as_str() {
            "nama" => at(id.baris.nama),
            "sk" => {
                trace_fields(value, |field| match field {
                    "nomor" => at(id.baris.nomor_sk),
                    "tanggal" => at(id.baris.tanggal_sk),
                    _ => None,
                });
                let lines = [id.baris.nomor_sk, id.baris.tanggal_sk];
                let mut known = lines.into_iter().flatten();
                known
                    .next()
                    .map(|first| known.fold((first, first), |(a, b), n| (a.min(n), b.max(n))))
            }
            "tidak_tercantum" => {
                let mut whole: Option<(usize, usize)> = None;
                if let Nilai::Daftar(items) = &mut value.nilai {
                    for item in items.iter_mut() {
                        if let Nilai::Teks(kunci) = &item.nilai {
                            item.asal = item.asal.or(ranges.get(kunci.as_str()).copied());
                        }
                        if let Some((a, b)) = item.asal {
                            whole = Some(whole.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
                        }
                    }
                }
                whole
            }
            other => ranges.get(other).copied(),
        };
        value.asal = value.asal.or(range);
    }
}

/// Sets a mapping's fields' lines, where `lines` knows them.
fn trace_fields(value: &mut ButirDraf, lines: impl Fn(&str) -> Option<(usize, usize)>) {
    if let Nilai::Peta(fields) = &mut value.nilai {
        for (key, field) in fields.iter_mut() {
            field.asal = field.asal.or(lines(key));
        }
    }
}

/// The lines no component took, as the draft's `belum_dipetakan` items, each traced to its
/// line.
pub fn belum_dipetakan(unplaced: &[Baris]) -> Vec<ButirDraf> {
    unplaced
        .iter()
        .map(|l| ButirDraf::teks(l.teks.clone()).dari(l.nomor, l.nomor))
        .collect()
}

/// Counts the draft's values by how they were placed (see [`Hitungan`]).
pub fn hitung(entries: &[(String, ButirDraf)]) -> Hitungan {
    let mut count = Hitungan::default();
    for (key, value) in entries {
        match key.as_str() {
            "versi_format" => {}
            "tidak_tercantum" => count.tidak_ada += leaves(value),
            "belum_dipetakan" => count.belum_dipetakan += leaves(value),
            _ => count_values(value, false, &mut count),
        }
    }
    count
}

fn count_values(value: &ButirDraf, under_review: bool, count: &mut Hitungan) {
    let reviewed = under_review || value.catatan.iter().any(|c| c.starts_with("PERIKSA"));
    match &value.nilai {
        Nilai::Daftar(items) => items.iter().for_each(|i| count_values(i, reviewed, count)),
        Nilai::Peta(fields) => fields
            .iter()
            .for_each(|(_, f)| count_values(f, reviewed, count)),
        _ if reviewed => count.ditebak += 1,
        _ => count.pasti += 1,
    }
}

/// How many plain values a value holds.
fn leaves(value: &ButirDraf) -> usize {
    match &value.nilai {
        Nilai::Daftar(items) => items.iter().map(leaves).sum(),
        Nilai::Peta(fields) => fields.iter().map(|(_, f)| leaves(f)).sum(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::super::yaml::Peta;
    use super::*;

    #[test]
    fn values_are_counted_by_how_they_were_placed() {
        let mut fee = Peta::default();
        fee.isi("uraian", ButirDraf::teks("Sewa"))
            .isi("rupiah", ButirDraf::new(Nilai::Angka(5)));
        let entries = vec![
            ("versi_format".to_string(), ButirDraf::new(Nilai::Angka(1))),
            ("nama".to_string(), ButirDraf::teks("A").periksa("ditebak")),
            (
                "persyaratan".to_string(),
                ButirDraf::new(Nilai::Daftar(vec![
                    ButirDraf::teks("KTP"),
                    ButirDraf::teks("KK"),
                ])),
            ),
            (
                "biaya".to_string(),
                ButirDraf::new(Nilai::Daftar(vec![fee.butir().periksa("dibaca dari …")])),
            ),
            (
                "tidak_tercantum".to_string(),
                ButirDraf::new(Nilai::Daftar(vec![ButirDraf::teks("produk")])),
            ),
            (
                "belum_dipetakan".to_string(),
                ButirDraf::new(Nilai::Daftar(vec![
                    ButirDraf::teks("x"),
                    ButirDraf::teks("y"),
                ])),
            ),
        ];
        assert_eq!(
            hitung(&entries),
            Hitungan {
                pasti: 2,
                ditebak: 3,
                tidak_ada: 1,
                belum_dipetakan: 2
            }
        );
    }
}
