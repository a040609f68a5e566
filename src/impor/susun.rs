//! Each component's lines put into its typed form: requirements and products as items,
//! steps as flows, the number of officers; times ([`super::waktu`]), fees and regulations
//! ([`super::biaya`]) and complaint handling ([`super::pengaduan`]) have files of their own.
//! A line that does not fit the form is kept verbatim in the component's note.

use super::baris::{Baris, Penanda};
use super::yaml::{ButirDraf, Nilai, Peta};
use super::{biaya, pelaksana, pengaduan, waktu};
use crate::model::komponen::Komponen;

pub use super::bentuk::{Cara, Hasil, says_none};
use super::bentuk::{joined, lines_of, texts};

/// A list component (requirements, products, facilities…): one item per line.
pub fn daftar(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
    let items: Vec<ButirDraf> = texts(lines).iter().flat_map(|l| split_items(l)).collect();
    (!items.is_empty()).then(|| (ButirDraf::new(Nilai::Daftar(items)), Hasil::Terstruktur))
}

/// Requirements: items, and groups by case where the document has them (`Pasien umum:`
/// then its items, `Pasien BPJS:` then its): two or more such lines make groups, items
/// before the first stay items of every case.
pub fn persyaratan(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
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
    let items = |from: usize, to: usize| -> Vec<ButirDraf> {
        texts[from..to]
            .iter()
            .flat_map(|l| split_items(l))
            .collect()
    };
    let mut out = items(0, headers[0]);
    for (n, at) in headers.iter().enumerate() {
        let end = headers.get(n + 1).copied().unwrap_or(texts.len());
        let name = texts[*at].teks.trim().trim_end_matches(':').trim();
        let mut group = Peta::default();
        let last = texts
            .get(end.saturating_sub(1))
            .map_or(texts[*at].nomor, |l| l.nomor);
        group.isi(
            "kelompok",
            ButirDraf::teks(name).dari(texts[*at].nomor, texts[*at].nomor),
        );
        group.daftar("daftar", items(at + 1, end));
        out.push(group.butir().dari(texts[*at].nomor, last));
    }
    Some((ButirDraf::new(Nilai::Daftar(out)), Hasil::Terstruktur))
}

/// One line as items: `Surat pengantar desa; KTP asli; KK asli` ran together is three.
fn split_items(line: &Baris) -> Vec<ButirDraf> {
    let text = line.teks.as_str();
    let parts: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let from_line = |b: ButirDraf| b.dari(line.nomor, line.nomor);
    if parts.len() > 1 {
        parts
            .into_iter()
            .map(ButirDraf::teks)
            .map(from_line)
            .collect()
    } else {
        vec![from_line(ButirDraf::teks(text))]
    }
}

/// A text component (guarantees, evaluation): the lines as one text.
pub fn teks(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
    let lines = texts(lines);
    (!lines.is_empty()).then(|| (ButirDraf::teks(joined(&lines)), Hasil::Terstruktur))
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
struct AlurDibaca {
    name: Option<(String, usize)>,
    /// Each step and its source line.
    steps: Vec<(String, usize)>,
}

/// The flows as draft entries, each step with its actor where steps name them (two steps or
/// more: one may be chance), and the actors in the order they first act.
fn flows_with_actors(flows: Vec<AlurDibaca>) -> (Vec<ButirDraf>, Vec<String>) {
    // Who does each step, where steps name them (two steps or more: one may be chance).
    let mut actors: Vec<String> = Vec::new();
    let named = flows
        .iter()
        .flat_map(|f| &f.steps)
        .filter(|(s, _)| pelaksana::pelaksana(s).is_some())
        .count();
    let alur: Vec<ButirDraf> = flows
        .into_iter()
        .map(|flow| {
            let mut p = Peta::default();
            let first = flow.name.as_ref().map(|(_, n)| *n);
            if let Some((name, at)) = flow.name {
                p.isi("nama", ButirDraf::teks(name).dari(at, at));
            }
            let first = first
                .or_else(|| flow.steps.first().map(|(_, n)| *n))
                .unwrap_or(0);
            let last = flow.steps.last().map_or(first, |(_, n)| *n);
            let steps = flow.steps.into_iter().map(|(step, at)| {
                match pelaksana::pelaksana(&step).filter(|_| named >= 2) {
                    Some(actor) => {
                        if !actors.contains(&actor) {
                            actors.push(actor.clone());
                        }
                        let mut langkah = Peta::default();
                        langkah.isi("uraian", ButirDraf::teks(step));
                        langkah.isi("pelaksana", ButirDraf::teks(actor));
                        langkah.butir().dari(at, at)
                    }
                    None => ButirDraf::teks(step).dari(at, at),
                }
            });
            p.isi("langkah", ButirDraf::new(Nilai::Daftar(steps.collect())));
            p.butir().dari(first, last)
        })
        .collect();
    (alur, actors)
}

/// One line as steps: steps run together in one line (`Pemohon menyerahkan berkas; Petugas
/// memverifikasi data`) are several when each part starts as a sentence of two words or
/// more; `…; bila lengkap diteruskan` stays one step.
fn steps_in(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(';').map(str::trim).collect();
    let each_a_step = parts.len() > 1
        && parts.iter().all(|p| {
            p.split_whitespace().count() >= 2 && p.chars().next().is_some_and(char::is_uppercase)
        });
    if each_a_step {
        parts.into_iter().map(str::to_string).collect()
    } else {
        vec![text.to_string()]
    }
}

/// The procedure: a flow per list (a list starting again at 1 is another flow), a line
/// introducing a list names its flow, table rows kept in the note.
pub fn prosedur(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
    let mut flows: Vec<AlurDibaca> = vec![AlurDibaca {
        name: None,
        steps: Vec::new(),
    }];
    let mut table = Vec::new();
    let content: Vec<&Baris> = texts(lines);
    for (i, line) in content.iter().enumerate() {
        if line.tabel {
            table.push((line.teks.clone(), line.nomor));
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
            let name = (line.teks.trim().to_string(), line.nomor);
            if flow.steps.is_empty() && flow.name.is_none() {
                flow.name = Some(name);
            } else {
                flows.push(AlurDibaca {
                    name: Some(name),
                    steps: Vec::new(),
                });
            }
            continue;
        }
        if restart && !flow.steps.is_empty() {
            flows.push(AlurDibaca {
                name: None,
                steps: vec![(line.teks.clone(), line.nomor)],
            });
            continue;
        }
        flow.steps
            .extend(steps_in(&line.teks).into_iter().map(|s| (s, line.nomor)));
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
        flows.push(AlurDibaca {
            name: None,
            steps: std::mem::take(&mut table),
        });
    }
    let (alur, actors) = flows_with_actors(flows);
    peta.daftar(
        "pelaksana",
        actors.into_iter().map(ButirDraf::teks).collect(),
    );
    peta.isi("alur", ButirDraf::new(Nilai::Daftar(alur)));
    if !table.is_empty() {
        peta.isi(
            "keterangan",
            ButirDraf::teks(lines_of(table.iter().map(|(t, _)| t.as_str())))
                .periksa("tabel prosedur dari dokumen, baris demi baris; pindahkan pelaksana, waktu dan mutu baku ke langkahnya"),
        );
    }
    Some((peta.butir(), Hasil::Terstruktur))
}

/// The number of officers: `2 orang` → `jumlah: 2`, the words kept when there are more.
pub fn jumlah_pelaksana(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
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
            peta.isi("jumlah", ButirDraf::new(Nilai::Angka(u64::from(n))));
            if !bare {
                peta.isi("keterangan", ButirDraf::teks(text));
            }
            Some((peta.butir(), Hasil::Terstruktur))
        }
        _ => {
            peta.isi("keterangan", ButirDraf::teks(text));
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
) -> Option<(ButirDraf, Hasil)> {
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

    #[test]
    fn steps_run_together_in_one_line_are_steps_with_their_actors() {
        let lines = baca(
            "Pemohon menyerahkan berkas ke loket; Petugas memverifikasi data; Kepala Dinas menandatangani akta\n",
        );
        let text = yaml("prosedur", prosedur(&lines));
        assert!(text.contains("pelaksana: Kepala Dinas"), "{text}");
        assert_eq!(text.matches("uraian:").count(), 3, "{text}");
        let one = baca("Petugas memeriksa berkas; bila lengkap diteruskan ke Kepala Seksi\n");
        let text = yaml("prosedur", prosedur(&one));
        assert!(!text.contains("uraian:"), "{text}");
        assert!(text.contains("berkas; bila lengkap"), "{text}");
    }
}
