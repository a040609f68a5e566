//! Email addresses, phone numbers and web addresses.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::pengaduan::{BentukKontak, Pengaduan, akun_berupa_alamat};
use crate::model::penyelenggara::Penyelenggara;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Why a phone number is not valid, in Indonesian.
pub fn phone_problem(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if let Some(bad) = trimmed
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '+')))
    {
        return Some(format!(
            "nomor telepon memuat `{bad}`; hanya angka, spasi, `-`, `.`, kurung dan `+` di depan yang boleh"
        ));
    }
    if trimmed.char_indices().any(|(i, c)| c == '+' && i > 0) {
        return Some("tanda `+` hanya boleh di depan nomor (+62…)".to_string());
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = trimmed.starts_with('+');
    let ok = if international {
        digits.starts_with("62") && (8..=15).contains(&digits.len())
    } else if digits.starts_with('0') {
        (6..=15).contains(&digits.len())
    } else {
        // Short service numbers: 112, 14045, 1500-123.
        digits.starts_with('1') && (3..=8).contains(&digits.len())
    };
    if ok {
        None
    } else if international {
        Some("nomor internasional Indonesia diawali +62 dan berisi 8–15 angka".to_string())
    } else if digits.is_empty() {
        Some("nomor telepon tidak berisi angka".to_string())
    } else {
        Some(format!(
            "nomor telepon `{trimmed}` berisi {} angka; nomor Indonesia diawali 0 (atau +62) dan berisi 6–15 angka",
            digits.len()
        ))
    }
}

/// Why an email address is not valid, in Indonesian.
pub fn email_problem(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let has_domain_dot = trimmed
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
    // A `mailto:` address with `?`, `%` or `&` could carry headers (`?bcc=…`): an address only.
    let domain_ok = trimmed.rsplit_once('@').is_some_and(|(_, domain)| {
        domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
    });
    let headers = trimmed.contains(['?', '%', '&']);
    if headers {
        return Some(format!(
            "`{trimmed}` memuat `?`, `%` atau `&`: alamat email ditulis tanpa tambahan apa pun (tambahan seperti `?bcc=` diam-diam menyalin pengaduan ke pihak lain)"
        ));
    }
    if email_address::EmailAddress::is_valid(trimmed)
        && has_domain_dot
        && domain_ok
        && !trimmed.contains(' ')
    {
        None
    } else {
        Some(format!(
            "`{trimmed}` bukan alamat email yang valid (contoh: `nama@instansi.go.id`)"
        ))
    }
}

/// Why a web address is not valid, in Indonesian. A bare host such as `jemberkab.go.id` is
/// accepted and read as `https://jemberkab.go.id`.
pub fn url_problem(text: &str) -> Option<String> {
    web_address(text).err()
}

/// What is wrong with a site's base address (`url_dasar`): it must be a full `http(s)://`
/// address. `None` when it is one.
pub fn base_url_problem(url: &str) -> Option<String> {
    if let Some(problem) = url_problem(url) {
        return Some(problem);
    }
    (!(url.starts_with("https://") || url.starts_with("http://")))
        .then(|| format!("`{url}` harus diawali `https://` (atau `http://`)"))
}

/// The absolute http(s) address a written web address stands for.
pub fn web_address(text: &str) -> Result<url::Url, String> {
    let trimmed = text.trim();
    let has_scheme = trimmed.contains("://") || trimmed.contains(':') && !trimmed.contains('.');
    let candidate = if has_scheme
        || trimmed.to_lowercase().starts_with("javascript:")
        || trimmed.to_lowercase().starts_with("data:")
    {
        trimmed.to_string()
    } else {
        format!("https://{trimmed}")
    };
    let url = url::Url::parse(&candidate).map_err(|_| {
        format!("`{trimmed}` bukan alamat situs yang valid (contoh: `https://instansi.go.id` atau `instansi.go.id`)")
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "alamat `{trimmed}` memakai skema `{}`; hanya http dan https yang diizinkan",
            url.scheme()
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "alamat `{trimmed}` memuat sesuatu sebelum `@`, sehingga tautannya menuju `{}`, bukan yang tampak",
            url.host_str().unwrap_or_default()
        ));
    }
    let host = url.host_str().unwrap_or_default();
    if !host.contains('.') || trimmed.contains(' ') {
        return Err(format!(
            "`{trimmed}` bukan alamat situs yang valid (contoh: `https://instansi.go.id` atau `instansi.go.id`)"
        ));
    }
    Ok(url)
}

/// Checks the provider's phone, email and website.
pub fn check_penyelenggara(doc: &Document, p: &Penyelenggara, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::PENYELENGGARA);
    check_value(
        doc,
        &at.key(keys::TELEPON),
        p.telepon.as_deref(),
        BentukKontak::Telepon,
        Note::None,
        out,
    );
    check_value(
        doc,
        &at.key(keys::EMAIL),
        p.email.as_deref(),
        BentukKontak::Email,
        Note::None,
        out,
    );
    check_value(
        doc,
        &at.key(keys::WEBSITE),
        p.website.as_deref(),
        BentukKontak::Url,
        Note::None,
        out,
    );
    if let Some(nip) = p.kepala.as_ref().and_then(|k| k.nip.as_deref()) {
        super::maklumat::check_nip(doc, &at.key(keys::KEPALA).key(keys::NIP), nip, out);
    }
}

/// Checks every channel's contact against its kind, and the officers' contacts.
pub fn check_pengaduan(doc: &Document, p: &Pengaduan, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::PENGADUAN);
    for (i, saluran) in p.saluran.iter().enumerate() {
        check_value(
            doc,
            &at.key(keys::SALURAN).index(i).key(keys::KONTAK),
            saluran.kontak.as_deref(),
            saluran.jenis.bentuk_kontak(),
            Note::Beside,
            out,
        );
    }
    for (i, petugas) in p.petugas.iter().flatten().enumerate() {
        let officer = at.key(keys::PETUGAS).index(i);
        check_value(
            doc,
            &officer.key(keys::TELEPON),
            petugas.telepon.as_deref(),
            BentukKontak::Telepon,
            Note::Beside,
            out,
        );
        check_value(
            doc,
            &officer.key(keys::EMAIL),
            petugas.email.as_deref(),
            BentukKontak::Email,
            Note::Beside,
            out,
        );
    }
}

/// Checks a link field such as a regulation's `tautan`, written at `at`.
pub fn check_link(doc: &Document, at: &NodePath, value: Option<&str>, out: &mut Vec<Diagnostic>) {
    check_value(doc, at, value, BentukKontak::Url, Note::None, out);
}

/// Whether the mapping holding a contact has a `keterangan` where an extension can go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Note {
    Beside,
    None,
}

fn check_value(
    doc: &Document,
    at: &NodePath,
    value: Option<&str>,
    form: BentukKontak,
    note: Note,
    out: &mut Vec<Diagnostic>,
) {
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return;
    };
    let (code, problem) = match form {
        BentukKontak::Telepon => (Code::InvalidPhone, phone_problem(value)),
        BentukKontak::Email => (Code::InvalidEmail, email_problem(value)),
        BentukKontak::Url => (Code::InvalidUrl, url_problem(value)),
        BentukKontak::Akun if akun_berupa_alamat(value) => (Code::InvalidUrl, url_problem(value)),
        BentukKontak::Akun | BentukKontak::Bebas => return,
    };
    if let Some(problem) = problem {
        let help = match form {
            BentukKontak::Telepon if note == Note::Beside => {
                "tulis nomor dalam tanda kutip, misalnya \"(0561) 732690\" atau \"0812-3456-7890\"; keterangan seperti ekstensi tulis di `keterangan`"
            }
            BentukKontak::Telepon => {
                "tulis satu nomor dalam tanda kutip, hanya angkanya, misalnya \"(0561) 732690\" atau \"0812-3456-7890\""
            }
            BentukKontak::Email => "tulis satu alamat email, misalnya `layanan@instansi.go.id`",
            BentukKontak::Url | BentukKontak::Akun => {
                "tulis alamat situs, misalnya `https://instansi.go.id` atau `instansi.go.id`, atau untuk media sosial nama akunnya saja: `@dinas_contoh`"
            }
            BentukKontak::Bebas => "",
        };
        out.push(doc.diagnostic(code, at, Target::Value, problem).help(help));
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_written_in_the_seeds_are_valid() {
        for phone in [
            "0331428824",
            "0361944123",
            "0361 (944123)",
            "(0561) 732690",
            "081256506007",
            "0812-3456-7890",
            "+62 812 3456 7890",
            "112",
            "1500-123",
        ] {
            assert_eq!(phone_problem(phone), None, "{phone}");
        }
    }

    #[test]
    fn malformed_phone_numbers_are_rejected() {
        for phone in [
            "0361 ext 12",
            "12",
            "08123456789012345",
            "+1 555 1234",
            "62+812",
            "abc",
        ] {
            assert!(phone_problem(phone).is_some(), "{phone}");
        }
    }

    #[test]
    fn emails_carry_no_headers_and_urls_no_user() {
        assert!(email_problem("aduan@contoh.go.id?bcc=x%40evil.example").is_some());
        assert!(email_problem("aduan@contoh.go.id&cc=x").is_some());
        assert!(email_problem("aduan@contoh.go.id").is_none());
        assert!(url_problem("www.lapor.go.id@127.0.0.1").is_some());
        assert!(url_problem("https://user:pw@contoh.go.id/").is_some());
        assert!(url_problem("https://contoh.go.id/@akun").is_none());
    }

    #[test]
    fn emails() {
        assert_eq!(email_problem("diskopukm@kalbarprov.go.id"), None);
        assert_eq!(email_problem("dpmn.solokkab@gmail.com"), None);
        for bad in ["prokopim", "a@b", "a @b.id", "@b.id", "a@b."] {
            assert!(email_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn urls_accept_bare_hosts_and_refuse_other_schemes() {
        assert_eq!(url_problem("jemberkab.go.id"), None);
        assert_eq!(url_problem("www.dpmnsolokkab.go.id"), None);
        assert_eq!(url_problem("http://lapor.go.id"), None);
        assert_eq!(
            web_address("diskopukm.kalbarprov.go.id").map(|u| u.to_string()),
            Ok("https://diskopukm.kalbarprov.go.id/".to_string())
        );
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://x.go.id",
            "localhost",
            "not a url",
            "http://",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }
}
