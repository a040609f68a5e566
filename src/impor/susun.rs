//! Each component's lines put into its typed form: requirements and products as items,
//! steps as flows, the number of officers; times ([`super::waktu`]), fees and regulations
//! ([`super::biaya`]) and complaint handling ([`super::pengaduan`]) have files of their own.
//! A line that does not fit the form is kept verbatim in the component's note.

use super::baris::{Baris, Penanda};
use super::yaml::{Butir, Nilai, Peta};
use super::{biaya, pelaksana, pengaduan, waktu};
use crate::model::komponen::Komponen;

pub use super::bentuk::{Cara, Hasil, says_none};
use super::bentuk::{joined, lines_of, texts};

/// A list component (requirements, products, facilities…): one item per line.
pub fn daftar(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let items: Vec<Butir> = texts(lines)
        .iter()
        .flat_map(|l| split_items(&l.teks))
        .collect();
    (!items.is_empty()).then(|| (Butir::new(Nilai::Daftar(items)), Hasil::Terstruktur))
}

/// Requirements: items, and groups by case where the document has them (`Pasien umum:`
/// then its items, `Pasien BPJS:` then its): two or more such lines make groups, items
/// before the first stay items of every case.
pub fn persyaratan(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let texts = texts(lines);
    let opens_group = |i: usize| {
        let text = texts[i].teks.trim();
        text.ends_with(':')
            && text.chars().count() <= 80
            && texts
                .get(i + 1)
                .is_some_and(|next| !next.teks.trim().ends_with(':'))
    };
    let headers: Vec<usize> = (0..texts.len()).filter(|i| opens_group(*i)).collect();
    if headers.len() < 2 {
        return daftar(lines);
    }
    let items = |from: usize, to: usize| -> Vec<Butir> {
        texts[from..to]
            .iter()
            .flat_map(|l| split_items(&l.teks))
            .collect()
    };
    let mut out = items(0, headers[0]);
    for (n, at) in headers.iter().enumerate() {
        let end = headers.get(n + 1).copied().unwrap_or(texts.len());
        let name = texts[*at].teks.trim().trim_end_matches(':').trim();
        let mut group = Peta::default();
        group.isi("kelompok", Butir::teks(name));
        group.daftar("daftar", items(at + 1, end));
        out.push(group.butir());
    }
    Some((Butir::new(Nilai::Daftar(out)), Hasil::Terstruktur))
}

/// One line as items: `Surat pengantar desa; KTP asli; KK asli` ran together is three.
fn split_items(text: &str) -> Vec<Butir> {
    let parts: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 {
        parts.into_iter().map(Butir::teks).collect()
    } else {
        vec![Butir::teks(text)]
    }
}

/// A text component (guarantees, evaluation): the lines as one text.
pub fn teks(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    (!lines.is_empty()).then(|| (Butir::teks(joined(&lines)), Hasil::Terstruktur))
}

/// Whether a line introduces what follows (`… sebagai berikut:`, `ALUR PELAYANAN LANGSUNG`).
fn introduces(line: &Baris) -> bool {
    let text = line.teks.trim();
    text.ends_with(':')
        || (text.chars().filter(|c| c.is_alphabetic()).count() > 3
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
}

/// One flow of the procedure as read: its name, if the document gives one, and its steps.
struct Flow {
    name: Option<String>,
    steps: Vec<String>,
}

/// The flows as draft entries, each step with its actor where steps name them (two steps or
/// more: one may be chance), and the actors in the order they first act.
fn flows_with_actors(flows: Vec<Flow>) -> (Vec<Butir>, Vec<String>) {
    // Who does each step, where steps name them (two steps or more: one may be chance).
    let mut actors: Vec<String> = Vec::new();
    let named = flows
        .iter()
        .flat_map(|f| &f.steps)
        .filter(|s| pelaksana::pelaksana(s).is_some())
        .count();
    let alur: Vec<Butir> = flows
        .into_iter()
        .map(|flow| {
            let mut p = Peta::default();
            if let Some(name) = flow.name {
                p.isi("nama", Butir::teks(name));
            }
            let steps = flow.steps.into_iter().map(|step| {
                match pelaksana::pelaksana(&step).filter(|_| named >= 2) {
                    Some(actor) => {
                        if !actors.contains(&actor) {
                            actors.push(actor.clone());
                        }
                        let mut langkah = Peta::default();
                        langkah.isi("uraian", Butir::teks(step));
                        langkah.isi("pelaksana", Butir::teks(actor));
                        langkah.butir()
                    }
                    None => Butir::teks(step),
                }
            });
            p.isi("langkah", Butir::new(Nilai::Daftar(steps.collect())));
            p.butir()
        })
        .collect();
    (alur, actors)
}

/// The procedure: a flow per list (a list starting again at 1 is another flow), a line
/// introducing a list names its flow, table rows kept in the note.
pub fn prosedur(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let mut flows: Vec<Flow> = vec![Flow {
        name: None,
        steps: Vec::new(),
    }];
    let mut table = Vec::new();
    let content: Vec<&Baris> = texts(lines);
    for (i, line) in content.iter().enumerate() {
        if line.tabel {
            table.push(line.teks.clone());
            continue;
        }
        let next_is_item = content
            .get(i + 1)
            .is_some_and(|n| n.penanda.is_some() && !n.tabel);
        let restart = matches!(
            line.penanda,
            Some(Penanda::Angka(1) | Penanda::Huruf('a' | 'A'))
        );
        let Some(flow) = flows.last_mut() else {
            continue;
        };
        if line.penanda.is_none() && introduces(line) && next_is_item {
            let name = line.teks.trim().to_string();
            if flow.steps.is_empty() && flow.name.is_none() {
                flow.name = Some(name);
            } else {
                flows.push(Flow {
                    name: Some(name),
                    steps: Vec::new(),
                });
            }
            continue;
        }
        if restart && !flow.steps.is_empty() {
            flows.push(Flow {
                name: None,
                steps: vec![line.teks.clone()],
            });
            continue;
        }
        flow.steps.push(line.teks.clone());
    }
    // A name with no step after it is a step itself.
    for flow in &mut flows {
        if flow.steps.is_empty()
            && let Some(name) = flow.name.take()
        {
            flow.steps.push(name);
        }
    }
    flows.retain(|f| !f.steps.is_empty());
    if flows.is_empty() && table.is_empty() {
        return None;
    }
    let mut peta = Peta::default();
    if flows.is_empty() {
        // Only a table: its rows are the steps, to be split into columns by the officer.
        flows.push(Flow {
            name: None,
            steps: std::mem::take(&mut table),
        });
    }
    let (alur, actors) = flows_with_actors(flows);
    peta.daftar("pelaksana", actors.into_iter().map(Butir::teks).collect());
    peta.isi("alur", Butir::new(Nilai::Daftar(alur)));
    if !table.is_empty() {
        peta.isi(
            "keterangan",
            Butir::teks(lines_of(table.iter().map(String::as_str)))
                .periksa("tabel prosedur dari dokumen, baris demi baris; pindahkan pelaksana, waktu dan mutu baku ke langkahnya"),
        );
    }
    Some((peta.butir(), Hasil::Terstruktur))
}

/// The number of officers: `2 orang` → `jumlah: 2`, the words kept when there are more.
pub fn jumlah_pelaksana(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let text = joined(&lines);
    let mut peta = Peta::default();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let words_after = text[digits.len()..].trim().to_lowercase();
    let bare = matches!(
        words_after.as_str(),
        "" | "orang" | "org" | "pegawai" | "petugas" | "orang pegawai"
    );
    match digits.parse::<u32>() {
        Ok(n) if lines.len() == 1 => {
            peta.isi("jumlah", Butir::new(Nilai::Angka(u64::from(n))));
            if !bare {
                peta.isi("keterangan", Butir::teks(text));
            }
            Some((peta.butir(), Hasil::Terstruktur))
        }
        _ => {
            peta.isi("keterangan", Butir::teks(text));
            Some((peta.butir(), Hasil::Catatan))
        }
    }
}

/// The component's draft value.
pub fn komponen(
    komponen: Komponen,
    lines: &[Baris],
    lapor: &[Baris],
    cara: Cara,
) -> Option<(Butir, Hasil)> {
    match komponen {
        Komponen::Persyaratan => persyaratan(lines),
        Komponen::Produk
        | Komponen::SaranaPrasarana
        | Komponen::KompetensiPelaksana
        | Komponen::PengawasanInternal => daftar(lines),
        Komponen::Prosedur => prosedur(lines),
        Komponen::JangkaWaktu => waktu::jangka_waktu(lines, cara),
        Komponen::Biaya => biaya::biaya(lines, cara),
        Komponen::Pengaduan => pengaduan::pengaduan(lines, lapor, cara),
        Komponen::DasarHukum => biaya::dasar_hukum(lines),
        Komponen::JumlahPelaksana => jumlah_pelaksana(lines),
        Komponen::JaminanPelayanan | Komponen::JaminanKeamanan | Komponen::EvaluasiKinerja => {
            teks(lines)
        }
        // Opening hours and the pledge need typed parts a page rarely gives: kept as a
        // comment for the officer.
        Komponen::JamPelayanan | Komponen::Maklumat => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::super::bentuk::yaml;
    use super::*;

    #[test]
    fn a_restarted_list_is_another_flow() {
        let lines = baca("1. Datang\n2. Mengisi\n\n1. Surat resmi\n2. Diproses\n");
        let text = yaml("prosedur", prosedur(&lines));
        assert_eq!(text.matches("langkah:").count(), 2, "{text}");
    }
}
