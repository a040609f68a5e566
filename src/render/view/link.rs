//! Contacts as links: phone, WhatsApp, email and web addresses as written, with the
//! `tel:`, `https://wa.me/`, `mailto:` or `https://` target they lead to.

use serde::Serialize;

use super::non_empty;
use crate::check::kontak::web_address;
use crate::model::pengaduan::{JenisSaluran, akun_berupa_alamat};

/// A text with a link target.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// What is shown.
    pub teks: String,
    /// Where it leads (http(s), mailto or tel only).
    pub href: String,
}

/// `tel:` link for a phone number as written (digits and a leading `+` kept).
pub fn phone_link(number: &str) -> Option<Link> {
    let text = non_empty(Some(number))?;
    let digits: String = text
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    Some(Link {
        href: format!("tel:{digits}"),
        teks: text,
    })
}

/// `https://wa.me/62…` for a WhatsApp number as written.
pub(super) fn whatsapp_link(number: &str) -> Option<Link> {
    let text = non_empty(Some(number))?;
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let international = match digits.strip_prefix('0') {
        Some(rest) => format!("62{rest}"),
        None => digits,
    };
    Some(Link {
        href: format!("https://wa.me/{international}"),
        teks: text,
    })
}

/// `mailto:` link for an email address as written.
pub(super) fn email_link(address: &str) -> Option<Link> {
    let text = non_empty(Some(address))?;
    Some(Link {
        href: format!("mailto:{text}"),
        teks: text,
    })
}

/// An http(s) link for a web address as written (`jemberkab.go.id` → `https://jemberkab.go.id/`).
pub fn web_link(address: &str) -> Option<Link> {
    let text = non_empty(Some(address))?;
    let url = web_address(&text).ok()?;
    Some(Link {
        href: url.to_string(),
        teks: text,
    })
}

/// A social media account: its address when written as one, else `@name` linked to the
/// platform's page for it (`https://www.instagram.com/name`); other text is shown unlinked.
pub fn account_link(platform: JenisSaluran, account: &str) -> Option<Link> {
    let text = non_empty(Some(account))?;
    if akun_berupa_alamat(&text) {
        return web_link(&text).or(Some(Link {
            teks: text,
            href: String::new(),
        }));
    }
    let handle = text.trim_start_matches('@');
    let is_handle = !handle.is_empty()
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    let page = match platform {
        JenisSaluran::Instagram => Some("https://www.instagram.com/"),
        JenisSaluran::Facebook => Some("https://www.facebook.com/"),
        JenisSaluran::X => Some("https://x.com/"),
        JenisSaluran::Youtube => Some("https://www.youtube.com/@"),
        JenisSaluran::Tiktok => Some("https://www.tiktok.com/@"),
        _ => None,
    };
    let href = match page {
        Some(page) if is_handle => format!("{page}{handle}"),
        _ => String::new(),
    };
    Some(Link { teks: text, href })
}
