//! Complaint handling: a channel per line that names one, typed by the contact it holds;
//! deadlines; numbered lines that are no channel as the handling flow.

use std::sync::LazyLock;

use regex::Regex;

use super::pola;

use super::baris::Baris;
use super::bentuk::{Cara, Hasil, catatan, joined, texts};
use super::waktu::durasi;
use super::yaml::{ButirDraf, Nilai, Peta};
use crate::check::kontak::{email_problem, phone_problem, url_problem};
use crate::model::pengaduan::{BentukKontak, JenisSaluran, akun_berupa_alamat};

static CHANNEL: LazyLock<Channels> = LazyLock::new(|| Channels {
    email: pola(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"),
    phone: pola(r"\+?\(?\d[\d\s()\-.]{6,}\d\)?"),
    url: pola(
        r"(?i)\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|id|com|org|net|co\.id|info)(?:/[^\s<>]*)?",
    ),
    handle: pola(r"@[A-Za-z0-9_.]{2,}"),
    // `Call center 110`, `Halal Call 146`, `Hotline 1500-123`: a short number after the
    // words that name a call line.
    short: pola(r"(?i)\b(?:call\s*center|call|hotline|halo)\b\D{0,12}?(\d{3,5}(?:-\d{2,4})?)\b"),
});

struct Channels {
    email: Regex,
    phone: Regex,
    url: Regex,
    handle: Regex,
    short: Regex,
}

/// The first email address in `text`.
pub(super) fn email_in(text: &str) -> Option<&str> {
    CHANNEL.email.find(text).map(|m| m.as_str())
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
    // Social media: the platform's address, else the `@account`, else the name after `:`.
    for (words, domain, jenis) in [
        (
            &["instagram", "ig :", "ig:"][..],
            "instagram.com",
            "instagram",
        ),
        (&["facebook", "fb :", "fb:"][..], "facebook.com", "facebook"),
        (&["youtube"][..], "youtube.com", "youtube"),
        (&["tiktok"][..], "tiktok.com", "tiktok"),
        (&["twitter", "x :", "x:"][..], "x.com", "x"),
    ] {
        if has(words) {
            let address = url.clone().filter(|u| u.to_lowercase().contains(domain));
            let named = text
                .split_once(':')
                .map(|(_, name)| name.trim().to_string())
                .filter(|n| !n.is_empty() && !n.contains("//"));
            let account = address.or(handle.clone()).or(named);
            if account.is_some() {
                return Some((jenis, keep(account)));
            }
        }
    }
    if phone.is_none()
        && let Some(number) = c.short.captures(text).and_then(|m| m.get(1))
    {
        return Some(("telepon", keep(Some(number.as_str().to_string()))));
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
    without_contact(&lower)
}

/// A channel a line names without a contact: the box, the counter, a letter.
fn without_contact(lower: &str) -> Option<(&'static str, Option<String>)> {
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
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

static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    pola(
        r"(?i)^(?P<tingkat>.+?)[,:]?\s+(?P<waktu>(?:selambat-lambatnya|paling lambat|maksimal|maksimum)\s+.+?)[.;,]?$",
    )
});

/// `Pengaduan ringan, selambat-lambatnya 3 Jam;` → a complaint deadline.
fn tenggat(text: &str) -> Option<ButirDraf> {
    let c = DEADLINE.captures(text)?;
    let waktu = c["waktu"].trim();
    durasi(waktu)?;
    let mut p = Peta::default();
    p.isi("tingkat", ButirDraf::teks(c["tingkat"].trim()));
    p.isi("waktu", ButirDraf::teks(waktu));
    Some(p.butir())
}

/// Whether a channel's contact passes the check that `standar check` gives it.
fn accepted(jenis: &str, contact: &str) -> bool {
    let Ok(jenis) = serde_json::from_value::<JenisSaluran>(serde_json::Value::from(jenis)) else {
        return false;
    };
    match jenis.bentuk_kontak() {
        BentukKontak::Telepon => phone_problem(contact).is_none(),
        BentukKontak::Email => email_problem(contact).is_none(),
        BentukKontak::Url => url_problem(contact).is_none(),
        BentukKontak::Akun if akun_berupa_alamat(contact) => url_problem(contact).is_none(),
        BentukKontak::Akun | BentukKontak::Bebas => true,
    }
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
pub fn pengaduan(lines: &[Baris], lapor: &[Baris], cara: Cara) -> Option<(ButirDraf, Hasil)> {
    let content = texts(lines);
    if content.is_empty() && lapor.is_empty() {
        return None;
    }
    let mut channels: Vec<ButirDraf> = Vec::new();
    let mut note = Vec::new();
    let mut steps = Vec::new();
    let mut deadlines = Vec::new();
    let mut has_lapor = false;
    for line in &content {
        let text = line.teks.trim();
        if cara == Cara::Lengkap
            && let Some(deadline) = tenggat(text)
        {
            deadlines.push(deadline.dari(line.nomor, line.nomor));
            continue;
        }
        match saluran(text, cara) {
            Some((jenis, contact)) => {
                // A contact the check would refuse stays in the line, kept as the note.
                let contact = contact.filter(|c| accepted(jenis, c));
                has_lapor |= jenis == "sp4n_lapor";
                let mut p = Peta::default();
                p.isi("jenis", ButirDraf::teks(jenis));
                // A short number (`Call center 110`) keeps the words that say what it is.
                let plain = contact
                    .as_deref()
                    .is_some_and(|c| c.len() > 5 && label_and_contact(text, c));
                if let Some(contact) = contact {
                    p.isi("kontak", ButirDraf::teks(contact));
                }
                if !plain {
                    p.isi("keterangan", ButirDraf::teks(text));
                }
                channels.push(p.butir().dari(line.nomor, line.nomor));
            }
            None if line.penanda.is_some() && !text.ends_with(':') => {
                steps.push(ButirDraf::teks(text).dari(line.nomor, line.nomor));
            }
            None => note.push(*line),
        }
    }
    if !lapor.is_empty() {
        let banner = joined(&lapor.iter().collect::<Vec<_>>());
        if has_lapor {
            note.extend(lapor.iter());
        } else {
            let mut p = Peta::default();
            p.isi("jenis", ButirDraf::teks("sp4n_lapor"));
            p.isi("keterangan", ButirDraf::teks(banner));
            channels.push(
                p.butir()
                    .periksa("dari spanduk SP4N-LAPOR! portal; ringkas keterangannya bila perlu"),
            );
        }
    }
    let mut peta = Peta::default();
    catatan(&mut peta, &note);
    let structured = !channels.is_empty() || !steps.is_empty() || !deadlines.is_empty();
    peta.daftar("saluran", channels);
    if !steps.is_empty() {
        peta.isi(
            "alur",
            ButirDraf::new(Nilai::Daftar(steps))
                .periksa("butir bernomor yang bukan saluran dianggap alur penanganan pengaduan"),
        );
    }
    peta.daftar("tenggat", deadlines);
    Some((peta.butir(), Hasil::dari(structured)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            (
                "Facebook : Puskesmas Sukamaju",
                "facebook",
                Some("Puskesmas Sukamaju"),
            ),
            ("Twitter/X : @ppidcontoh", "x", Some("@ppidcontoh")),
            (
                "YouTube : https://www.youtube.com/@ppidcontoh",
                "youtube",
                Some("https://www.youtube.com/@ppidcontoh"),
            ),
        ] {
            let found = saluran(line, Cara::Lengkap);
            if let Some((jenis, Some(contact))) = &found {
                assert!(accepted(jenis, contact), "{line}: {contact}");
            }
            assert_eq!(found, Some((jenis, kontak.map(str::to_string))), "{line}");
        }
    }
}
