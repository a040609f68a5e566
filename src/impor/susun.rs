//! Each component's lines put into its typed form: requirements and products as items,
//! steps as flows, durations parsed, fees free or in rupiah, complaint channels typed by what
//! they hold. A line that does not fit the form is kept verbatim in the component's note.

use std::sync::LazyLock;

use regex::Regex;

use super::baris::{Baris, Penanda};
use super::yaml::{Butir, Nilai, Peta};
use crate::check::kontak::email_problem;
use crate::model::durasi::Durasi;
use crate::model::komponen::Komponen;

/// How far a component was put into its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hasil {
    /// Into its typed form (items, steps, durations, channels…).
    Terstruktur,
    /// Kept as its note (`keterangan`), to be structured by the officer.
    Catatan,
    /// Not in the source: listed in `tidak_tercantum`.
    TidakTercantum,
}

/// How much to structure: everything, or only what cannot fail (text and items), for the
/// rare draft whose structured form a check refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cara {
    /// Durations, amounts and contacts typed.
    Lengkap,
    /// Texts and items only.
    Aman,
}

fn texts(lines: &[Baris]) -> Vec<&Baris> {
    lines.iter().filter(|l| !l.kosong()).collect()
}

fn joined(lines: &[&Baris]) -> String {
    lines
        .iter()
        .map(|l| l.teks.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn items(lines: &[&Baris]) -> Butir {
    Butir::new(Nilai::Daftar(
        lines.iter().map(|l| Butir::teks(l.teks.clone())).collect(),
    ))
}

/// A list component (requirements, products, facilities…): one item per line.
pub fn daftar(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    (!lines.is_empty()).then(|| (items(&lines), Hasil::Terstruktur))
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

/// The procedure: a flow per list (a list starting again at 1 is another flow), a line
/// introducing a list names its flow, table rows kept in the note.
pub fn prosedur(lines: &[Baris]) -> Option<(Butir, Hasil)> {
    struct Flow {
        name: Option<String>,
        steps: Vec<String>,
    }
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
    let alur = flows
        .into_iter()
        .map(|flow| {
            let mut p = Peta::default();
            if let Some(name) = flow.name {
                p.isi("nama", Butir::teks(name));
            }
            p.isi(
                "langkah",
                Butir::new(Nilai::Daftar(
                    flow.steps.into_iter().map(Butir::teks).collect(),
                )),
            );
            p.butir()
        })
        .collect();
    peta.isi("alur", Butir::new(Nilai::Daftar(alur)));
    if !table.is_empty() {
        peta.isi(
            "keterangan",
            Butir::teks(table.join("\n"))
                .periksa("tabel prosedur dari dokumen, baris demi baris; pindahkan pelaksana, waktu dan mutu baku ke langkahnya"),
        );
    }
    Some((peta.butir(), Hasil::Terstruktur))
}

/// `Paling lambat 3 (tiga) hari` and the like, as the model reads durations.
fn durasi(text: &str) -> Option<Durasi> {
    let text = text.trim().trim_end_matches(['.', ';', ',']).trim();
    text.parse().ok()
}

/// The completion time: a line that is a duration is the total (the first) or a part (named
/// `Nama : durasi`); everything else is the note.
pub fn jangka_waktu(lines: &[Baris], cara: Cara) -> Option<(Butir, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let mut total: Option<String> = None;
    let mut parts = Vec::new();
    let mut note = Vec::new();
    for line in &lines {
        let text = line.teks.trim();
        if cara == Cara::Aman {
            note.push(*line);
            continue;
        }
        if total.is_none() && parts.is_empty() && durasi(text).is_some() {
            total = Some(text.trim_end_matches(['.', ';', ',']).trim().to_string());
            continue;
        }
        if let Some((name, value)) = text.split_once(':')
            && !name.trim().is_empty()
            && durasi(value).is_some()
        {
            let mut p = Peta::default();
            p.isi("nama", Butir::teks(name.trim()));
            p.isi(
                "waktu",
                Butir::teks(value.trim().trim_end_matches(['.', ';', ',']).trim()),
            );
            parts.push(p.butir());
            continue;
        }
        note.push(*line);
    }
    let mut peta = Peta::default();
    let structured = total.is_some() || !parts.is_empty();
    if let Some(total) = total {
        peta.isi("total", Butir::teks(total));
    }
    if !parts.is_empty() {
        peta.isi("bagian", Butir::new(Nilai::Daftar(parts)));
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
    let mut note = Vec::new();
    for line in &lines {
        let text = line.teks.trim();
        if gratis.is_none() && free.is_match(text) {
            gratis = Some(text.to_string());
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
    reason = "constant patterns, covered by the tests"
)]
static CHANNEL: LazyLock<Channels> = LazyLock::new(|| {
    Channels {
    email: Regex::new(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b").unwrap(),
    phone: Regex::new(r"\+?\(?\d[\d\s()\-.]{6,}\d\)?").unwrap(),
    url: Regex::new(r"(?i)\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|id|com|org|net|co\.id|info)(?:/[^\s<>]*)?").unwrap(),
    handle: Regex::new(r"@[A-Za-z0-9_.]{2,}").unwrap(),
}
});

struct Channels {
    email: Regex,
    phone: Regex,
    url: Regex,
    handle: Regex,
}

/// The channel a line describes, with its contact, if any.
fn saluran(text: &str, cara: Cara) -> Option<(&'static str, Option<String>)> {
    let lower = text.to_lowercase();
    let c = &*CHANNEL;
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let typed = cara == Cara::Lengkap;
    let email = c
        .email
        .find(text)
        .map(|m| m.as_str().to_string())
        .filter(|e| email_problem(e).is_none());
    let phone = c.phone.find(text).map(|m| {
        let found = m.as_str().trim();
        // A closing parenthesis belongs to the number only when it opened one.
        if found.ends_with(')') && found.matches('(').count() < found.matches(')').count() {
            found.trim_end_matches(')').trim().to_string()
        } else {
            found.to_string()
        }
    });
    let url = c.url.find(text).map(|m| {
        m.as_str()
            .trim_end_matches(['.', ',', '>', ')'])
            .to_string()
    });
    let handle = c.handle.find(text).map(|m| m.as_str().to_string());
    let keep = |value: Option<String>| if typed { value } else { None };
    if has(&["lapor.go.id", "sp4n", "lapor!"]) {
        let link = url.filter(|u| u.to_lowercase().contains("lapor.go.id"));
        return Some(("sp4n_lapor", keep(link)));
    }
    // A channel named without its contact (`Menyampaikan aduan secara lisan/telepon`) is
    // a sentence about complaints, not a channel.
    if has(&["whatsapp", "wa :", "wa:", "wa group", "wa ", "whats app"])
        && !has(&["wawancara"])
        && (phone.is_some() || has(&["group", "grup"]))
    {
        return Some(("whatsapp", keep(phone)));
    }
    if let Some(email) = email {
        return Some(("email", keep(Some(email))));
    }
    for (words, jenis) in [
        (&["instagram", "ig :", "ig:"][..], "instagram"),
        (&["facebook", "fb :", "fb:"][..], "facebook"),
        (&["youtube"][..], "youtube"),
        (&["tiktok"][..], "tiktok"),
    ] {
        if has(words) && (handle.is_some() || url.is_some()) {
            return Some((jenis, keep(handle.or(url))));
        }
    }
    if let Some(phone) = phone {
        if has(&["sms"]) {
            return Some(("sms", keep(Some(phone))));
        }
        if has(&["faks", "fax", "faximile", "faksimili"]) {
            return Some(("faks", keep(Some(phone))));
        }
        if has(&[
            "telepon",
            "telp",
            "tlp",
            "call center",
            "hotline",
            "hp :",
            "hp:",
        ]) || lower.trim_start().starts_with('(')
        {
            return Some(("telepon", keep(Some(phone))));
        }
    }
    if let Some(url) = url {
        return Some(("website", keep(Some(url))));
    }
    if has(&["kotak saran", "kotak pengaduan", "kotak aduan"]) {
        return Some(("kotak_saran", None));
    }
    if has(&["langsung", "tatap muka", "datang ke", "loket"]) {
        return Some(("langsung", None));
    }
    if has(&["surat", "tertulis"]) {
        return Some(("surat", None));
    }
    None
}

#[allow(
    clippy::unwrap_used,
    reason = "a constant pattern, covered by the tests"
)]
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<tingkat>.+?)[,:]?\s+(?P<waktu>(?:selambat-lambatnya|paling lambat|maksimal|maksimum)\s+.+?)[.;,]?$").unwrap()
});

/// `Pengaduan ringan, selambat-lambatnya 3 Jam;` → a complaint deadline.
fn tenggat(text: &str) -> Option<Butir> {
    let c = DEADLINE.captures(text)?;
    let waktu = c["waktu"].trim();
    durasi(waktu)?;
    let mut p = Peta::default();
    p.isi("tingkat", Butir::teks(c["tingkat"].trim()));
    p.isi("waktu", Butir::teks(waktu));
    Some(p.butir())
}

/// Whether a line is only its channel's label and contact (`Email : a@b.go.id`): then the
/// channel needs no note.
fn label_and_contact(text: &str, contact: &str) -> bool {
    let rest = text.replace(contact, "");
    let rest = rest.trim().trim_matches([':', '-', '<', '>', ' ']).trim();
    rest.split_whitespace().count() <= 2
        && rest
            .chars()
            .all(|c| c.is_alphanumeric() || " /-.!".contains(c))
}

/// Complaint handling: a channel per line that names one, the portal's SP4N-LAPOR! banner as
/// that channel's note, everything else the note.
pub fn pengaduan(lines: &[Baris], lapor: &[Baris], cara: Cara) -> Option<(Butir, Hasil)> {
    let content = texts(lines);
    if content.is_empty() && lapor.is_empty() {
        return None;
    }
    let mut channels: Vec<Butir> = Vec::new();
    let mut note = Vec::new();
    let mut steps = Vec::new();
    let mut deadlines = Vec::new();
    let mut has_lapor = false;
    for line in &content {
        let text = line.teks.trim();
        if cara == Cara::Lengkap
            && let Some(deadline) = tenggat(text)
        {
            deadlines.push(deadline);
            continue;
        }
        match saluran(text, cara) {
            Some((jenis, contact)) => {
                has_lapor |= jenis == "sp4n_lapor";
                let mut p = Peta::default();
                p.isi("jenis", Butir::teks(jenis));
                let plain = contact
                    .as_deref()
                    .is_some_and(|c| label_and_contact(text, c));
                if let Some(contact) = contact {
                    p.isi("kontak", Butir::teks(contact));
                }
                if !plain {
                    p.isi("keterangan", Butir::teks(text));
                }
                channels.push(p.butir());
            }
            None if line.penanda.is_some() && !text.ends_with(':') => {
                steps.push(Butir::teks(text));
            }
            None => note.push(*line),
        }
    }
    if !lapor.is_empty() {
        let banner = lapor
            .iter()
            .map(|l| l.teks.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        if has_lapor {
            note.extend(lapor.iter());
        } else {
            let mut p = Peta::default();
            p.isi("jenis", Butir::teks("sp4n_lapor"));
            p.isi("keterangan", Butir::teks(banner));
            channels.push(
                p.butir()
                    .periksa("dari spanduk SP4N-LAPOR! portal; ringkas keterangannya bila perlu"),
            );
        }
    }
    let mut peta = Peta::default();
    if !note.is_empty() {
        peta.isi("keterangan", Butir::teks(joined(&note)));
    }
    let structured = !channels.is_empty() || !steps.is_empty() || !deadlines.is_empty();
    peta.isi("saluran", Butir::new(Nilai::Daftar(channels)));
    if !steps.is_empty() {
        peta.isi(
            "alur",
            Butir::new(Nilai::Daftar(steps))
                .periksa("butir bernomor yang bukan saluran dianggap alur penanganan pengaduan"),
        );
    }
    if !deadlines.is_empty() {
        peta.isi("tenggat", Butir::new(Nilai::Daftar(deadlines)));
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

#[allow(
    clippy::unwrap_used,
    reason = "a constant pattern, covered by the tests"
)]
static REGULATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<jenis>.+?)\s+(?:nomor|no\.?)\s*(?P<nomor>\S+)\s+tahun\s+(?P<tahun>\d{4})(?:\s+tentang\s+(?P<tentang>.+?))?[.;,]?$").unwrap()
});

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

/// The component's draft value.
pub fn komponen(
    komponen: Komponen,
    lines: &[Baris],
    lapor: &[Baris],
    cara: Cara,
) -> Option<(Butir, Hasil)> {
    match komponen {
        Komponen::Persyaratan
        | Komponen::Produk
        | Komponen::SaranaPrasarana
        | Komponen::KompetensiPelaksana
        | Komponen::PengawasanInternal => daftar(lines),
        Komponen::Prosedur => prosedur(lines),
        Komponen::JangkaWaktu => jangka_waktu(lines, cara),
        Komponen::Biaya => biaya(lines, cara),
        Komponen::Pengaduan => pengaduan(lines, lapor, cara),
        Komponen::DasarHukum => dasar_hukum(lines),
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
    use super::super::yaml::dokumen;
    use super::*;

    fn yaml(key: &str, value: Option<(Butir, Hasil)>) -> String {
        let (butir, _) = value.expect("a value");
        dokumen(&[], &[(key.to_string(), butir)])
    }

    #[test]
    fn durations_become_total_and_parts() {
        let lines = baca("Penyelesaian Administrasi : 15 Menit\nSurat Jawaban : 3 Hari\n");
        assert_eq!(
            yaml("jangka_waktu", jangka_waktu(&lines, Cara::Lengkap)),
            "\njangka_waktu:\n  bagian:\n    - nama: Penyelesaian Administrasi\n      waktu: \"15 Menit\"\n    - nama: Surat Jawaban\n      waktu: \"3 Hari\"\n"
        );
        let lines = baca("60 Menit\n1. Mengisi buku tamu waktu penyelesaian 5 menit\n");
        let text = yaml("jangka_waktu", jangka_waktu(&lines, Cara::Lengkap));
        assert!(text.contains("total: \"60 Menit\""), "{text}");
        assert!(
            text.contains("keterangan: Mengisi buku tamu waktu penyelesaian 5 menit"),
            "{text}"
        );
    }

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
    fn channels_are_typed_by_what_they_hold() {
        for (line, jenis, kontak) in [
            ("Email : ortal@gmail.com", "email", Some("ortal@gmail.com")),
            ("WA : 081256506007", "whatsapp", Some("081256506007")),
            ("Telepon : (0561) 732690", "telepon", Some("(0561) 732690")),
            (
                "Website : diskopukm.kalbarprov.go.id",
                "website",
                Some("diskopukm.kalbarprov.go.id"),
            ),
            (
                "Website : <http://lapor.go.id>",
                "sp4n_lapor",
                Some("http://lapor.go.id"),
            ),
            ("Melalui Aplikasi LAPOR!-SP4N", "sp4n_lapor", None),
            (
                "Tertulis disampaikan ke Kotak Pengaduan",
                "kotak_saran",
                None,
            ),
            ("Datang Langsung", "langsung", None),
        ] {
            let found = saluran(line, Cara::Lengkap);
            assert_eq!(found, Some((jenis, kontak.map(str::to_string))), "{line}");
        }
    }

    #[test]
    fn a_restarted_list_is_another_flow() {
        let lines = baca("1. Datang\n2. Mengisi\n\n1. Surat resmi\n2. Diproses\n");
        let text = yaml("prosedur", prosedur(&lines));
        assert_eq!(text.matches("langkah:").count(), 2, "{text}");
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
