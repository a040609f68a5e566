//! Fees and regulations: the document's own words for free, rupiah amounts as tariff items,
//! regulations written out (`… Nomor 5 Tahun 2020 tentang …`) typed.

use std::sync::LazyLock;

use regex::Regex;

use super::pola;

use super::baris::Baris;
use super::bentuk::{Cara, Hasil, catatan, texts};
use super::pecah::Blok;
use super::yaml::{ButirDraf, Nilai, Peta};
use crate::model::komponen::Komponen;

static FEE: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
    (
        pola(
            r"(?i)^(tidak dipungut biaya|tidak (ada|dikenakan|dipungut) (biaya|tarif|retribusi)|gratis|bebas biaya|tanpa biaya|rp\.?\s*0(,-|,00)?|nihil)\b",
        ),
        pola(r"(?i)rp\.?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)(?:,-|,00|\.-)?"),
    )
});

/// A tariff's unit right after its amount: `/hari`, `/ jam`, `/m2`, `per lembar`, `per orang
/// per hari` (up to three words).
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    pola(r"(?i)^\s*(?:/\s*|per\s+)(\p{L}[\p{L}\d²³]*(?:\s+(?:per\s+)?\p{L}+){0,2})\s*$")
});

/// `Dasar hukum: Peraturan Daerah … tentang Retribusi` written right under the fees, on
/// the heading's own line, is the fees' legal basis, not the service's: it goes back into
/// the fee block. A "Dasar Hukum" section of its own (its heading alone on a line) stays.
pub fn fee_basis_under_fees(blocks: &mut Vec<Blok>) {
    let mut at = 1;
    while at < blocks.len() {
        let follows_fees = blocks[at - 1].komponen == Komponen::Biaya;
        let blok = &blocks[at];
        let inline =
            blok.judul.is_some() && blok.baris.first().map(|l| Some(l.nomor)) == Some(blok.judul);
        let short = blok.baris.iter().filter(|l| !l.kosong()).count() <= 2;
        if follows_fees && blok.komponen == Komponen::DasarHukum && inline && short {
            let moved = blocks.remove(at);
            blocks[at - 1].baris.extend(moved.baris);
            continue;
        }
        at += 1;
    }
}

/// The fee: the document's words for free (`gratis: Tidak dipungut biaya`), amounts in
/// rupiah as tariff items, everything else the note.
pub fn biaya(lines: &[Baris], cara: Cara) -> Option<(ButirDraf, Hasil)> {
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
            gratis = Some((text.to_string(), line.nomor));
            continue;
        }
        // `Rp 75.000 per kendaraan sesuai Peraturan Daerah … Nomor 3 Tahun 2024`: the
        // amount, then its legal basis on the same line.
        let (head, cited) = match legal_basis(text) {
            _ if cara == Cara::Aman => (text.to_string(), None),
            Some((head, regulation)) => (head, Some(regulation)),
            // `Peraturan Daerah … Nomor 5 Tahun 2020 tentang Retribusi`, on its own.
            None => match regulasi(text) {
                Some(regulation) => (String::new(), Some(regulation)),
                None => (text.to_string(), None),
            },
        };
        if let Some(typed) = cited {
            basis.push(
                typed
                    .periksa(format!("dibaca dari \"{text}\""))
                    .dari(line.nomor, line.nomor),
            );
            if head.is_empty() {
                continue;
            }
        }
        let full = text;
        let text = head.as_str();
        let amounts: Vec<_> = amount.captures_iter(text).collect();
        if cara == Cara::Lengkap
            && !amounts.is_empty()
            && let Some(items) = tariff_items(text, &amounts)
        {
            for p in items {
                let item = p.butir().periksa(format!("dibaca dari \"{full}\""));
                tarif.push((item.dari(line.nomor, line.nomor), *line));
            }
            continue;
        }
        note.push(*line);
    }
    let mut peta = Peta::default();
    // A charge needs its legal basis (a check refuses one without): with none in the
    // document, the amounts stay in the note for the officer to complete.
    let unfounded = basis.is_empty() && !tarif.is_empty();
    let tarif: Vec<ButirDraf> = if unfounded {
        note.extend(tarif.into_iter().map(|(_, line)| line));
        note.sort_by_key(|l| l.nomor);
        // A line of two amounts gave two items; it is one line of the note.
        note.dedup_by_key(|l| l.nomor);
        Vec::new()
    } else {
        tarif.into_iter().map(|(butir, _)| butir).collect()
    };
    let structured = gratis.is_some() || !tarif.is_empty();
    if let Some((words, at)) = gratis {
        peta.isi("gratis", ButirDraf::teks(words).dari(at, at));
    }
    let several = tarif.len() > 1;
    peta.daftar("tarif", tarif);
    if several && let Some((_, list)) = peta.0.last_mut() {
        // How several charges combine is for the officer to say, never for the importer.
        *list = std::mem::replace(list, ButirDraf::teks("")).periksa(
            "tulis `gabungan:` di bawah `biaya:`: `salah_satu`, `dijumlahkan` atau `sesuai_pemakaian`, seperti maksud dokumennya",
        );
    }
    peta.daftar("dasar_hukum", basis);
    catatan(&mut peta, &note);
    if unfounded && let Some((_, note)) = peta.0.last_mut() {
        *note = std::mem::replace(note, ButirDraf::teks("")).periksa(
            "dokumen menyebut tarif tanpa dasar hukumnya; tulis `tarif` dengan `dasar_hukum` peraturan tarifnya",
        );
    }
    Some((peta.butir(), Hasil::dari(structured)))
}

/// A one-word unit right after an amount inside a sentence (`Rp75.000/jam dan …`).
static UNIT_IN_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pola(r"(?i)^\s*(?:/\s*|per\s+)\p{L}[\p{L}\d²³]*"));

/// The tariff items of one line, one per amount: `Paspor elektronik Rp650.000 dan
/// non-elektronik Rp350.000` is two, each named by the words before its amount (a joining
/// word dropped) and with the unit right after it. `None` when an amount is not a number.
fn tariff_items(text: &str, amounts: &[regex::Captures<'_>]) -> Option<Vec<Peta>> {
    let mut items = Vec::with_capacity(amounts.len());
    let mut from = 0;
    for (i, amount) in amounts.iter().enumerate() {
        let digits: String = amount
            .get(1)?
            .as_str()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let rupiah = digits.parse::<u64>().ok()?;
        let whole = amount.get(0)?.range();
        // This item ends after its amount and unit; the last one takes the rest of the line.
        let to = match amounts.get(i + 1).and_then(|next| next.get(0)) {
            Some(next) => {
                let between = text.get(whole.end..next.start())?;
                whole.end + UNIT_IN_SENTENCE.find(between).map_or(0, |m| m.end())
            }
            None => text.len(),
        };
        let segment = text.get(from..to)?;
        let lead = segment.len() - strip_joining_word(segment).len();
        let start = whole.start.checked_sub(from + lead)?;
        let end = whole.end.checked_sub(from + lead)?;
        items.push(tariff_item(segment.get(lead..)?, start..end, rupiah));
        from = to;
    }
    Some(items)
}

/// `dan non-elektronik` → `non-elektronik`: the word joining a second amount to the first.
fn strip_joining_word(segment: &str) -> &str {
    let trimmed = segment.trim_start_matches([' ', ',', ';']);
    for word in ["dan ", "serta ", "atau ", "sedangkan ", "dengan "] {
        let head = trimmed
            .get(..word.len())
            .filter(|h| h.eq_ignore_ascii_case(word));
        if let Some(rest) = head.and_then(|_| trimmed.get(word.len()..)) {
            return rest;
        }
    }
    trimmed
}

/// One tariff item from its line, the amount at `whole`: what is charged before the amount,
/// its unit right after it (`Gedung utama : Rp1.500.000 /hari`).
fn tariff_item(text: &str, whole: std::ops::Range<usize>, rupiah: u64) -> Peta {
    let mut p = Peta::default();
    let (before, after) = (&text[..whole.start], &text[whole.end..]);
    let (unit, after) = match UNIT.captures(after) {
        Some(c) => (
            c.get(1).map(|m| m.as_str().trim()),
            &after[c.get(0).map_or(0, |m| m.end())..],
        ),
        None => (None, after),
    };
    let rest = format!("{} {}", before.trim(), after.trim());
    let rest = rest.trim().trim_matches([':', '-', ',', ' ']).trim();
    let unit = unit.filter(|u| !u.is_empty());
    match (rest.is_empty(), unit) {
        // Only the amount and its unit (`Rp 75.000,- per kendaraan`): the unit is all the
        // document says of what is paid for.
        (true, Some(unit)) => p.isi("uraian", ButirDraf::teks(format!("per {unit}"))),
        (true, None) => &mut p,
        (false, _) => p.isi("uraian", ButirDraf::teks(rest)),
    };
    p.isi("rupiah", ButirDraf::new(Nilai::Angka(rupiah)));
    if !rest.is_empty()
        && let Some(unit) = unit
    {
        p.isi("per", ButirDraf::teks(unit));
    }
    p
}

/// Words that introduce a tariff's legal basis.
const CITING: &[&str] = &["sesuai dengan ", "sesuai ", "berdasarkan ", "mengacu pada "];

/// `… sesuai Peraturan Daerah … Nomor 3 Tahun 2024 …`: the text before the citing words and
/// the regulation after them, when it reads as one; the text before may be empty. An amount
/// after the regulation's title (`Sesuai PP … tentang Tarif PNBP sebesar Rp50.000 per
/// sertipikat`) is the charge, not part of the title: it joins the text before.
fn legal_basis(text: &str) -> Option<(String, ButirDraf)> {
    let lower = text.to_lowercase();
    CITING.iter().find_map(|words| {
        let at = lower
            .match_indices(words)
            .map(|(i, _)| i)
            .find(|i| *i == 0 || lower[..*i].ends_with(' '))?;
        let head = text.get(..at)?.trim().trim_end_matches([',', ';']);
        let cited = text.get(at + words.len()..)?;
        let (cited, charge) = match FEE.1.find(cited) {
            Some(amount) => {
                let before = &cited[..amount.start()];
                let cut = [" sebesar", " Sebesar", " SEBESAR"]
                    .iter()
                    .filter_map(|w| before.rfind(w))
                    .max()
                    .unwrap_or(before.len());
                (
                    cited[..cut].trim_end_matches([',', ' ']),
                    cited[cut..].trim(),
                )
            }
            None => (cited, ""),
        };
        let regulation = regulasi(cited)?;
        let charge = ["sebesar", "Sebesar", "SEBESAR"]
            .iter()
            .find_map(|w| charge.strip_prefix(w))
            .unwrap_or(charge)
            .trim();
        let head = format!("{head} {charge}").trim().to_string();
        Some((head, regulation))
    })
}

static REGULATION: LazyLock<Regex> = LazyLock::new(|| {
    pola(
        r"(?i)^(?P<jenis>.+?)\s+(?:nomor|no\.?)\s*(?P<nomor>\S+)\s+tahun\s+(?P<tahun>\d{4})(?:\s+tentang\s+(?P<tentang>.+?))?[.;,]?$",
    )
});

/// A regulation written out (`Undang-Undang Nomor 25 Tahun 2009 tentang …`), typed.
fn regulasi(text: &str) -> Option<ButirDraf> {
    let c = REGULATION.captures(text)?;
    let tahun: u16 = c["tahun"].parse().ok()?;
    if !(1945..=2100).contains(&tahun) {
        return None;
    }
    let mut p = Peta::default();
    p.isi("jenis", ButirDraf::teks(c["jenis"].trim()));
    p.isi(
        "nomor",
        ButirDraf::teks(c["nomor"].trim_end_matches([',', '.'])),
    );
    p.isi("tahun", ButirDraf::new(Nilai::Angka(u64::from(tahun))));
    if let Some(tentang) = c.name("tentang") {
        p.isi("tentang", ButirDraf::teks(tentang.as_str().trim()));
    }
    Some(p.butir())
}

/// Legal basis: `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik` as a typed
/// regulation; a line that does not read so is kept whole as the regulation's type.
pub fn dasar_hukum(lines: &[Baris]) -> Option<(ButirDraf, Hasil)> {
    let lines = texts(lines);
    if lines.is_empty() {
        return None;
    }
    let regulations = lines
        .iter()
        .map(|line| {
            let text = line.teks.trim();
            regulasi(text)
                .unwrap_or_else(|| {
                    let mut p = Peta::default();
                    p.isi("jenis", ButirDraf::teks(text));
                    p.butir().periksa(
                        "nomor, tahun dan judul peraturan tidak terbaca; pisahkan bila ada",
                    )
                })
                .dari(line.nomor, line.nomor)
        })
        .collect();
    Some((
        ButirDraf::new(Nilai::Daftar(regulations)),
        Hasil::Terstruktur,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::super::bentuk::yaml;
    use super::*;

    #[test]
    fn a_joining_word_is_dropped_only_on_whole_characters() {
        assert_eq!(strip_joining_word(", dan non-elektronik"), "non-elektronik");
        // A multi-byte letter where a joining word would end must not split the character.
        assert_eq!(strip_joining_word("dané Rp1"), "dané Rp1");
        assert_eq!(strip_joining_word("sé"), "sé");
        let text = yaml(
            "biaya",
            biaya(&baca("Rp1.000 sé Rp2.000 ü\n"), Cara::Lengkap),
        );
        assert_eq!(text.matches("Rp1.000 sé").count(), 1, "{text}");
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
            biaya(
                &baca(
                    "Legalisir : Rp. 1.500.000,-\nSesuai Peraturan Daerah Nomor 5 Tahun 2020 tentang Retribusi\n",
                ),
                Cara::Lengkap,
            ),
        );
        assert!(text.contains("uraian: Legalisir"), "{text}");
        assert!(text.contains("rupiah: 1500000"), "{text}");
        assert!(text.contains("jenis: Peraturan Daerah"), "{text}");
        // Without its legal basis, a charge stays in the note (a check refuses it).
        let text = yaml(
            "biaya",
            biaya(&baca("Legalisir : Rp. 1.500.000,-\n"), Cara::Lengkap),
        );
        assert!(
            text.contains("keterangan: \"Legalisir : Rp. 1.500.000,-\""),
            "{text}"
        );
        assert!(!text.contains("rupiah"), "{text}");
        // The amount and its legal basis on one line.
        let text = yaml(
            "biaya",
            biaya(
                &baca(
                    "Rp 75.000,- per kendaraan sesuai Peraturan Daerah Nomor 3 Tahun 2024 tentang Retribusi\n",
                ),
                Cara::Lengkap,
            ),
        );
        assert!(text.contains("rupiah: 75000"), "{text}");
        assert!(text.contains("uraian: per kendaraan"), "{text}");
        assert!(text.contains("jenis: Peraturan Daerah"), "{text}");
    }

    #[test]
    fn several_amounts_in_a_sentence_are_several_charges() {
        let lines = baca(
            "Paspor elektronik Rp650.000 dan non-elektronik Rp350.000 sesuai Peraturan Pemerintah Nomor 28 Tahun 2019\nSewa lapangan Rp75.000/jam, sewa aula Rp1.500.000 per hari\nReklame papan : Rp 25.000 /m2\n",
        );
        let text = yaml("biaya", biaya(&lines, Cara::Lengkap));
        for wanted in [
            "- uraian: Paspor elektronik\n      rupiah: 650000",
            "- uraian: non-elektronik\n      rupiah: 350000",
            "- uraian: Sewa lapangan\n      rupiah: 75000\n      per: jam",
            "- uraian: sewa aula\n      rupiah: 1500000\n      per: hari",
            "- uraian: Reklame papan\n      rupiah: 25000\n      per: m2",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in\n{text}");
        }
        assert!(!text.contains("keterangan"), "{text}");
    }

    #[test]
    fn a_charge_written_after_its_regulation_is_a_charge() {
        let lines = baca(
            "Sesuai Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif PNBP sebesar Rp50.000 per sertipikat\n",
        );
        let text = yaml("biaya", biaya(&lines, Cara::Lengkap));
        assert!(text.contains("tentang: Jenis dan Tarif PNBP\n"), "{text}");
        assert!(
            text.contains("- uraian: per sertipikat\n      rupiah: 50000"),
            "{text}"
        );
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
