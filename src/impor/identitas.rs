//! What the opening of a page says about the standard and its unit: the service's name, the
//! SK number, the government and unit (the portal's breadcrumb `Pemerintah Kab. X / Unit`),
//! address, phone, email and website; and the lower-case, hyphenated names derived from them.

use std::sync::LazyLock;

use regex::Regex;

use super::label::normal;
use super::pecah::{BREADCRUMB, SK_LINE};
use super::pengaduan::email_in;
use super::pola;

use super::baris::Baris;
use crate::model::waktu::Tanggal;

/// What the opening says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identitas {
    /// The service's name, and whether it was guessed (no line said which it is).
    pub nama: Option<(String, bool)>,
    /// The source lines of the name and of the SK's number and date, where read.
    pub baris: BarisIdentitas,
    /// The SK number as written (`None` when the page has no SK line or leaves it empty).
    pub nomor_sk: Option<String>,
    /// The SK's date (`TANGGAL : 3 Maret 2025`) as `YYYY-MM-DD`.
    pub tanggal_sk: Option<String>,
    /// `Pemerintah Kabupaten …`.
    pub pemerintah: Option<String>,
    /// The unit (`Dinas …`, `Bagian …`, `Sekretariat Daerah`), and whether it was only
    /// found in the body (to be reviewed).
    pub unit: Option<String>,
    /// The unit was found in the body, not the opening.
    pub unit_ditebak: bool,
    /// The government is the institution of a central office, guessed from the unit's name.
    pub pemerintah_ditebak: bool,
    /// The unit's address.
    pub alamat: Option<String>,
    /// The unit's phone.
    pub telepon: Option<String>,
    /// The unit's email.
    pub email: Option<String>,
    /// The unit's website.
    pub website: Option<String>,
    /// Lines of the opening used for none of these.
    pub sisa: Vec<Baris>,
    /// Lines of the document's title block, read as its structure and not as content: the
    /// decree it is annexed to, `LAMPIRAN`, `STANDAR PELAYANAN`, a table's header row (the
    /// closing's such lines are added by the caller).
    pub kepala: Vec<Baris>,
}

/// A decree's number and date with their source lines: the decree of a document sets every
/// service the document holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkDokumen {
    /// The number and its line.
    pub nomor: Option<(String, usize)>,
    /// The date (`YYYY-MM-DD`) and its line.
    pub tanggal: Option<(String, usize)>,
}

impl Identitas {
    /// The decree as read, with its lines.
    pub fn sk(&self) -> SkDokumen {
        let with_line = |value: &Option<String>, line: Option<usize>| value.clone().zip(line);
        SkDokumen {
            nomor: with_line(&self.nomor_sk, self.baris.nomor_sk),
            tanggal: with_line(&self.tanggal_sk, self.baris.tanggal_sk),
        }
    }

    /// Takes the document's decree where this service's own title block names none.
    pub fn warisi_sk(&mut self, sk: &SkDokumen) {
        if self.nomor_sk.is_none()
            && let Some((nomor, line)) = &sk.nomor
        {
            self.nomor_sk = Some(nomor.clone());
            self.baris.nomor_sk = Some(*line);
        }
        if self.tanggal_sk.is_none()
            && let Some((tanggal, line)) = &sk.tanggal
        {
            self.tanggal_sk = Some(tanggal.clone());
            self.baris.tanggal_sk = Some(*line);
        }
    }
}

/// Where the title block's facts were read (source line numbers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BarisIdentitas {
    /// The service's name.
    pub nama: Option<usize>,
    /// The SK's number.
    pub nomor_sk: Option<usize>,
    /// The SK's date.
    pub tanggal_sk: Option<usize>,
}

/// Lines that only give a document's structure: `LAMPIRAN`, `LAMPIRAN II`, `TENTANG …`, the
/// header row of a component table (`NO KOMPONEN URAIAN`), `Ditetapkan di …`, a bare page or
/// row number, the place of a spreadsheet row (`Lembar Layanan, baris 3`).
static STRUCTURE: LazyLock<Regex> = LazyLock::new(|| {
    pola(
        r"(?i)^(?:lampiran(?:\s+[ivxlc\d]+)?|tentang\b.*|(?:no\.?\s+)?komponen\s+(?:uraian|keterangan|standar|isi)|(?:no\.?\s+)?uraian\s+komponen|ditetapkan\s+di\b.*|lembar\s+.+,\s+baris\s+\d+|\d{1,3}\.?)\s*:?$",
    )
});

/// Reads a line of the document's closing: its structure (`Ditetapkan di …`, a page
/// number) and the unit's website or email, when the opening did not give them. Returns
/// whether the line was read (else it is content no component took).
pub fn baca_penutup(id: &mut Identitas, line: &Baris) -> bool {
    let text = line.teks.trim();
    if susunan(text) {
        id.kepala.push(line.clone());
        return true;
    }
    if id.website.is_none() && PATTERNS.website.is_match(text) && !text.contains('@') {
        id.website = Some(text.to_string());
        return true;
    }
    if id.email.is_none() && email_in(text) == Some(text) {
        id.email = Some(text.to_string());
        return true;
    }
    false
}

/// Whether a line only gives the document's structure (see [`STRUCTURE`]), not content.
pub fn susunan(text: &str) -> bool {
    STRUCTURE.is_match(text.trim())
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    region: pola(
        r"\b(Kabupaten|Kota|Provinsi|KABUPATEN|KOTA|PROVINSI)[ \t]+((?:\p{Lu}[\p{L}.]*)(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})",
    ),
    address: pola(r"(?i)^(jl\.?|jln\.?|jalan)\s"),
    trailing_phone: pola(r"\s(\(?0\d[\d\s()\-]{6,})$"),
    website: pola(r"(?i)^(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$"),
    unit: pola(
        r"(?i)^(Dinas|Badan|Bagian|Sekretariat|Kantor|Kecamatan|Kelurahan|Inspektorat|Rumah Sakit|RSUD|Puskesmas|Satuan|UPT|UPTD|Biro|Balai|DPMPTSP|DPM-PTSP|Disdukcapil|Dukcapil|Bappeda|Bapenda|BPKAD|BPBD|BKPSDM|Satpol PP|Dinkes|Disdik|Dinsos|Kesbangpol|Diskominfo|Dishub|DLH|DPUPR|Disnaker|KUA|Kantor\s+Urusan\s+Agama|Polda|Polres|Polresta|Polrestabes|Polsek|Sat\s*\p{L}+\s+Pol\p{L}*|Satlantas|Sat\s*Lantas|Sat\s*Intelkam|Satreskrim|Pengadilan|Kejaksaan|Madrasah|MAN|MTsN|MIN|Kantor\s+Pertanahan|Kementerian|Lembaga\s+Pemasyarakatan|Rutan|Imigrasi)\b",
    ),
    decree: pola(
        r"(?i)^(?:lampiran\s+)?(?:surat\s+)?keputusan\s+(?:kepala|bupati|wali\s*kota|gubernur|camat|lurah|perbekel|direktur|sekretaris|menteri|ketua|rektor|kakanwil|kapolri|kapolda|kapolres|kapolresta|kapolsek)\b(?:\s+((?:dinas|badan|kantor|inspektorat|sekretariat|kecamatan|rumah sakit|puskesmas)\b.*)|\s+\S.*)?$",
    ),
    decree_number: pola(r"(?i)^nomor\s*:?\s*(\S.*)$"),
    date: pola(
        r"(?i)^tanggal(?:\s+(?:penetapan|ditetapkan))?\s*:?\s*(\d{1,2})(?:\s+|[-/.])(\p{L}+|\d{1,2})(?:\s+|[-/.])(\d{4})$",
    ),
    unit_in_body: pola(
        r"\b(?:Dinas|Badan|Inspektorat|Kantor|Biro|Balai|Satuan Polisi Pamong Praja)[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+(?:\p{Lu}[\p{L}.]*|dan))*",
    ),
});

struct Patterns {
    region: Regex,
    address: Regex,
    trailing_phone: Regex,
    website: Regex,
    unit: Regex,
    unit_in_body: Regex,
    decree: Regex,
    decree_number: Regex,
    date: Regex,
}

/// Reads the opening; `whole` is the page's whole text (the government is often named only
/// in the body, `… Kabupaten Bengkulu Selatan …`).
pub fn baca(opening: &[Baris], whole: &str) -> Identitas {
    let p = &*PATTERNS;
    let mut id = Identitas::default();
    let mut title_candidates: Vec<&Baris> = Vec::new();
    let mut after_decree = false;
    let mut named_next: Option<usize> = None;
    for line in opening.iter().filter(|l| !l.kosong()) {
        let text = line.teks.as_str();
        // `LAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL` / `NOMOR 460/25/DINSOS/2023`: an SK's
        // annex names its decree, and the decree its number on the next line.
        let decree = p.decree.captures(text);
        let follows_decree = std::mem::replace(&mut after_decree, decree.is_some());
        if let Some(c) = decree {
            if let Some(unit) = c.get(1) {
                id.unit
                    .get_or_insert_with(|| unit.as_str().trim().to_string());
            }
            id.kepala.push(line.clone());
        } else if let Some(c) = p.decree_number.captures(text).filter(|_| follows_decree) {
            id.nomor_sk = Some(c[1].trim().to_string());
            id.baris.nomor_sk = Some(line.nomor);
        } else if let Some(date) = p
            .date
            .captures(text)
            .and_then(|c| tanggal(&c[1], &c[2], &c[3]))
        {
            id.tanggal_sk = Some(date);
            id.baris.tanggal_sk = Some(line.nomor);
        } else if let Some(c) = SK_LINE.captures(text) {
            let nomor = c.get(1).map_or("", |m| m.as_str()).trim();
            if !nomor.is_empty() {
                id.nomor_sk = Some(nomor.to_string());
                id.baris.nomor_sk = Some(line.nomor);
            }
        } else if let Some(c) = BREADCRUMB.captures(text) {
            // As the page writes it (`Pemerintah Kab. Jember`): a fact of the source.
            id.pemerintah = Some(format!("Pemerintah {} {}", &c[1], c[2].trim()));
            if !c[3].trim().is_empty() {
                id.unit.get_or_insert_with(|| c[3].trim().to_string());
            }
        } else if p.address.is_match(text) {
            match p.trailing_phone.captures(text) {
                Some(c) => {
                    id.telepon = Some(c[1].trim().to_string());
                    id.alamat = Some(
                        text[..c.get(0).map_or(text.len(), |m| m.start())]
                            .trim()
                            .to_string(),
                    );
                }
                None => id.alamat = Some(text.to_string()),
            }
        } else if p.website.is_match(text) && !text.contains('@') {
            id.website = Some(text.to_string());
        } else if email_in(text) == Some(text) {
            id.email = Some(text.to_string());
        } else if !text.chars().any(char::is_alphanumeric) {
            // An empty field of the portal (`-`): no text to keep.
        } else if normal(text) == "standar pelayanan" {
            // The document's kind, without the service: the next line names it.
            id.kepala.push(line.clone());
            named_next = Some(title_candidates.len());
        } else if susunan(text) {
            id.kepala.push(line.clone());
        } else if p.unit.is_match(text) && id.unit.is_none() {
            id.unit = Some(text.to_string());
        } else if id.unit.is_some() && super::vertikal::induk(text).is_some() {
            // `Kementerian Agama Kabupaten Contoh` under a madrasah: its parent office,
            // which the government names.
            id.kepala.push(line.clone());
        } else {
            title_candidates.push(line);
        }
    }
    choose_name(&mut id, &title_candidates, named_next);
    from_body(&mut id, whole);
    id
}

/// The service's name among the opening's lines that said nothing else, and the others kept
/// as lines no component took.
fn choose_name(id: &mut Identitas, title_candidates: &[&Baris], named_next: Option<usize>) {
    // The name: a line that says it is one (`Standar Pelayanan …`, `Pelayanan …`), else the
    // last line before the SK line.
    // A line the opening gives twice (a site's breadcrumb and its heading) is the name.
    let repeated = title_candidates.iter().position(|l| {
        l.teks.split_whitespace().count() > 1
            && title_candidates.iter().filter(|o| o.teks == l.teks).count() > 1
    });
    // The last such line: the nearest to the content (`STANDAR PELAYANAN KECAMATAN …` then
    // `1. Pelayanan Surat Keterangan Ahli Waris`).
    let says_so = title_candidates.iter().rposition(|l| {
        let lower = l.teks.to_lowercase();
        ["standar pelayanan ", "pelayanan ", "layanan ", "sp "]
            .iter()
            .any(|p| lower.starts_with(p))
    });
    let after_kind = named_next.filter(|at| *at < title_candidates.len());
    let chosen = after_kind.or(repeated).or(says_so);
    if let Some(at) = chosen.or(title_candidates.len().checked_sub(1)) {
        let guessed = chosen.is_none() && title_candidates.len() > 1;
        id.nama = Some((title_candidates[at].teks.clone(), guessed));
        id.baris.nama = Some(title_candidates[at].nomor);
        let name = &title_candidates[at].teks;
        id.sisa.extend(
            title_candidates
                .iter()
                .filter(|l| &l.teks != name)
                .map(|l| (*l).clone()),
        );
        id.sisa.sort_by_key(|l| l.nomor);
    }
}

/// What the body says when the opening did not: the unit, and the government, which for an
/// office of the central government (police, court, religious affairs, land) is its
/// institution, not the regency whose name it carries.
fn from_body(id: &mut Identitas, whole: &str) {
    let p = &*PATTERNS;
    if id.unit.is_none()
        && let Some(m) = p.unit_in_body.find(whole)
    {
        id.unit = Some(m.as_str().trim_end_matches(" dan").to_string());
        id.unit_ditebak = true;
    }
    if let Some(institution) = id.unit.as_deref().and_then(super::vertikal::induk) {
        id.pemerintah = Some(institution.to_string());
        id.pemerintah_ditebak = true;
        return;
    }
    if id.pemerintah.is_none()
        && let Some(c) = p.region.captures(whole)
    {
        // `Kabupaten Contoh Nomor 5 …`: the name ends before the words of a citation.
        let name: Vec<&str> = c[2]
            .split_whitespace()
            .take_while(|w| {
                !["nomor", "no.", "tahun", "tentang"].contains(&w.to_lowercase().as_str())
            })
            .collect();
        if !name.is_empty() {
            let region = format!("{} {}", &c[1], name.join(" "));
            id.pemerintah = Some(format!("Pemerintah {}", capitalised_words(&region)));
        }
    }
}

/// `KABUPATEN CONTOH` as `Kabupaten Contoh`; a name written in mixed case is kept.
fn capitalised_words(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_string();
    }
    text.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Month names as SKs write them, old spellings included.
const MONTHS: &[&[&str]] = &[
    &["januari"],
    &["februari", "pebruari"],
    &["maret"],
    &["april"],
    &["mei"],
    &["juni"],
    &["juli"],
    &["agustus"],
    &["september"],
    &["oktober"],
    &["november", "nopember"],
    &["desember", "dessember"],
];

/// A date written `3 Maret 2025` or `03-03-2025` as `2025-03-03`, when the day exists.
fn tanggal(day: &str, month: &str, year: &str) -> Option<String> {
    let day: u8 = day.parse().ok()?;
    let year: u16 = year.parse().ok()?;
    let month: u8 = match month.parse::<u8>() {
        Ok(number) => number,
        Err(_) => {
            let lower = month.to_lowercase();
            let index = MONTHS
                .iter()
                .position(|names| names.contains(&lower.as_str()))?;
            u8::try_from(index + 1).ok()?
        }
    };
    let date = Tanggal {
        tahun: year,
        bulan: month,
        hari: day,
    };
    (date.ada_di_kalender() && (1945..=2100).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// A name as a folder or file name: lower case ASCII letters and digits, hyphens between
/// words, at most `max` characters, cut at a word.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() && out.len() + 1 + word.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out.truncate(max);
    out
}

/// The standard's file name from its service name: without the `Standar Pelayanan` all
/// names share.
pub fn slug_layanan(nama: &str) -> String {
    let lower = nama.to_lowercase();
    let trimmed = [
        "standar pelayanan ",
        "standar layanan ",
        "pelayanan ",
        "layanan ",
    ]
    .iter()
    .find_map(|prefix| lower.strip_prefix(prefix))
    .unwrap_or(&lower);
    let slug = slug(trimmed, 60);
    if slug.is_empty() {
        "layanan".to_string()
    } else {
        slug
    }
}

/// The unit's folder name: the region, then the unit (`jember-bagian-protokol-dan-…`); a
/// document naming neither gets a folder of its own, after its service.
pub fn slug_unit(id: &Identitas, layanan: &str) -> String {
    // A central office's institution names no region: its unit's own name does.
    let region = id
        .pemerintah
        .as_deref()
        .filter(|_| !id.pemerintah_ditebak)
        .map(|p| {
            let lower = p.to_lowercase();
            let mut rest = lower.trim_start_matches("pemerintah ");
            for kind in [
                "kabupaten ",
                "kab. ",
                "kab ",
                "kota ",
                "provinsi ",
                "prov. ",
            ] {
                rest = rest.trim_start_matches(kind);
            }
            rest.to_string()
        })
        .unwrap_or_default();
    let unit = id.unit.as_deref().unwrap_or_default();
    let slug = slug(&format!("{region} {unit}"), 50);
    if slug.is_empty() {
        format!("unit-{}", self::slug(layanan, 40))
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::super::baris;
    use super::*;

    #[test]
    fn the_portal_opening_names_unit_government_and_contacts() {
        let text = "Sekretariat Daerah\n\nJalan Ngurah Rai Nomor 5 - 7 Gianyar Bali 80511 0361944123\n\n-\n\nPemerintah Kab. Gianyar / Sekretariat Daerah\n\nPelayanan Konsultasi Publik\n\nNo. SK :\n";
        let id = baca(&baris::baca(text), text);
        assert_eq!(id.pemerintah.as_deref(), Some("Pemerintah Kab. Gianyar"));
        assert_eq!(id.unit.as_deref(), Some("Sekretariat Daerah"));
        assert_eq!(
            id.alamat.as_deref(),
            Some("Jalan Ngurah Rai Nomor 5 - 7 Gianyar Bali 80511")
        );
        assert_eq!(id.telepon.as_deref(), Some("0361944123"));
        assert_eq!(
            id.nama,
            Some(("Pelayanan Konsultasi Publik".to_string(), false))
        );
        assert_eq!(id.nomor_sk, None);
        assert_eq!(slug_unit(&id, "x"), "gianyar-sekretariat-daerah");
        assert_eq!(
            slug_layanan("Pelayanan Konsultasi Publik"),
            "konsultasi-publik"
        );
    }

    #[test]
    fn an_annex_gives_its_decree_number_and_date() {
        let text = "LAMPIRAN\nKEPUTUSAN KEPALA DINAS PERHUBUNGAN\nNOMOR\t: 551/112/2025\nTANGGAL\t: 14 Pebruari 2025\nSTANDAR PELAYANAN PENGUJIAN KENDARAAN\n";
        let id = baca(&baris::baca(text), text);
        assert_eq!(id.nomor_sk.as_deref(), Some("551/112/2025"));
        assert_eq!(id.tanggal_sk.as_deref(), Some("2025-02-14"));
        assert_eq!(
            id.nama.map(|n| n.0).as_deref(),
            Some("STANDAR PELAYANAN PENGUJIAN KENDARAAN")
        );
        assert_eq!(tanggal("29", "2", "2024").as_deref(), Some("2024-02-29"));
        assert_eq!(tanggal("29", "Februari", "2025"), None);
        assert_eq!(tanggal("3", "Maretan", "2025"), None);
    }

    #[test]
    fn the_government_may_be_named_only_in_the_body() {
        let text = "Layanan A\n\nNo. SK: 027.58\n\n1. Datang ke Kantor Sekretariat Daerah Kabupaten Bengkulu Selatan, membawa KTP";
        let lines = baris::baca(text);
        let id = baca(&lines[..3], text);
        assert_eq!(
            id.pemerintah.as_deref(),
            Some("Pemerintah Kabupaten Bengkulu Selatan")
        );
        assert_eq!(id.nomor_sk.as_deref(), Some("027.58"));
    }
}
