//! Officers' text on its way into pages: Markdown in the free-text fields becomes sanitised
//! HTML (or safe GitHub-flavoured Markdown); plain text is escaped.
//!
//! Markdown is read only in the fields documented as free text (`keterangan`, `deskripsi`,
//! `jaminan_*`, `evaluasi_kinerja`, `rumus`, the maklumat's `teks`); names, items and steps
//! are plain text, so a `*` or `_` in them is printed as written.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::escape;
use serde::Serialize;

/// The URL schemes a link in officers' text may use.
pub const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// A free-text field rendered for every output format.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Rich {
    /// Sanitised HTML (block level: paragraphs, lists).
    pub html: String,
    /// Safe GitHub-flavoured Markdown (block level).
    pub md: String,
    /// Safe Markdown on one line, for table cells and list items.
    pub md_inline: String,
    /// The text without markup, for search and JSON-LD.
    pub plain: String,
    /// The text for print: one entry per paragraph or list item, without markup, each link
    /// followed by its address (a printed board cannot be clicked).
    #[serde(skip)]
    pub cetak: Vec<String>,
}

impl Rich {
    /// Renders one free-text field.
    pub fn new(text: &str) -> Self {
        if is_plain(text) {
            // The common case: a sentence without markup. Same result, no Markdown parsing.
            return Self {
                html: format!("<p>{text}</p>"),
                md: text.to_string(),
                md_inline: text.to_string(),
                plain: text.to_string(),
                cetak: vec![text.to_string()],
            };
        }
        let md = to_markdown(text);
        Self {
            html: to_html(text),
            md_inline: md.trim().replace("\n\n", "<br>").replace('\n', " "),
            md: md.trim_end().to_string(),
            plain: to_plain(text),
            cetak: to_print(text),
        }
    }

    /// Renders an optional field; empty text gives `None`.
    pub fn maybe(text: Option<&str>) -> Option<Self> {
        text.filter(|t| !t.trim().is_empty()).map(Self::new)
    }
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "em",
        "strong",
        "del",
        "code",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(ALLOWED_SCHEMES.into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_relative(ammonia::UrlRelative::Deny)
        .attribute_filter(|_, attribute, value| match attribute {
            "href" if !is_safe_target(value) => None,
            _ => Some(value.into()),
        });
    builder
});

/// A link target that leads where it reads: a web address without user info before `@`
/// (`https://lapor.go.id@127.0.0.1` goes to 127.0.0.1), a mail address without headers
/// (`mailto:a@b?bcc=…` copies the mail to someone else).
fn is_safe_target(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if let Some(address) = lower.strip_prefix("mailto:") {
        return !address.contains(['?', '&']) && !address.contains("%3f");
    }
    match url::Url::parse(url.trim()) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => {
            parsed.username().is_empty() && parsed.password().is_none()
        }
        _ => true,
    }
}

/// Markdown → HTML with only harmless tags and http(s)/mailto/tel links left.
pub fn to_html(text: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, options()));
    CLEANER.clean(&html).to_string().trim_end().to_string()
}

/// The text content of Markdown, without markup.
pub fn to_plain(text: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text content of Markdown for print, one entry per paragraph or list item (numbered
/// items keep their number, bullets get "•"); a link's address follows its text in
/// parentheses unless the text already is the address.
pub fn to_print(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut links: Vec<(String, usize)> = Vec::new();
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let block = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !block.is_empty() {
            blocks.push(block);
        }
        current.clear();
    };
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                current.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::List(start)) => {
                flush(&mut current, &mut blocks);
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut current, &mut blocks);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut current, &mut blocks);
                match lists.last_mut() {
                    Some(Some(number)) => {
                        current.push_str(&format!("{number}. "));
                        *number += 1;
                    }
                    _ => current.push_str("• "),
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)
                if lists.is_empty() || matches!(event, Event::End(TagEnd::Item)) =>
            {
                flush(&mut current, &mut blocks)
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((dest_url.to_string(), current.len()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, start)) = links.pop()
                    && is_allowed_url(&url)
                {
                    let shown = url
                        .strip_prefix("mailto:")
                        .or_else(|| url.strip_prefix("tel:"))
                        .unwrap_or(&url);
                    let label = current.get(start..).unwrap_or_default().trim();
                    let bare = |s: &str| {
                        s.trim_start_matches("https://")
                            .trim_start_matches("http://")
                            .trim_end_matches('/')
                            .to_string()
                    };
                    if bare(label) != bare(shown) {
                        current.push_str(&format!(" ({shown})"));
                    }
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// Markdown → Markdown that GitHub and GitLab render without any live HTML: text is escaped,
/// raw HTML becomes visible text, links keep only allowed schemes.
pub fn to_markdown(text: &str) -> String {
    let mut out = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut link_targets: Vec<Option<String>> = Vec::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_)) => {}
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_))
                if lists.is_empty() =>
            {
                out.push_str("\n\n");
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => out.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => out.push_str("**"),
            Event::Start(Tag::Strikethrough) | Event::End(TagEnd::Strikethrough) => {
                out.push_str("~~")
            }
            Event::Start(Tag::List(start)) => {
                if !lists.is_empty() {
                    out.push('\n');
                }
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                let depth = lists.len().saturating_sub(1);
                out.push_str(&"   ".repeat(depth));
                match lists.last_mut() {
                    Some(Some(number)) => {
                        out.push_str(&format!("{number}. "));
                        *number += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let allowed = is_allowed_url(&dest_url);
                if allowed {
                    out.push('[');
                }
                link_targets.push(allowed.then(|| dest_url.to_string()));
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(url)) = link_targets.pop() {
                    out.push_str("](<");
                    out.push_str(&url.replace(['<', '>', ' ', '\n'], ""));
                    out.push_str(">)");
                }
            }
            Event::Text(t) => out.push_str(&escape::markdown(&t)),
            Event::Code(t) => {
                let fence = if t.contains('`') { "`` " } else { "`" };
                let close = if t.contains('`') { " ``" } else { "`" };
                out.push_str(fence);
                out.push_str(&t.replace("``", "` `"));
                out.push_str(close);
            }
            Event::Html(t) | Event::InlineHtml(t) => out.push_str(&escape::markdown(&t)),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("\\\n"),
            _ => {}
        }
    }
    out
}

/// Whether a link target uses an allowed scheme (relative targets are not allowed).
pub fn is_allowed_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ALLOWED_SCHEMES.iter().any(|scheme| {
        lower
            .strip_prefix(scheme)
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// True when the text has no character Markdown or HTML would read as markup, so every output
/// form of it is the text itself (escaped for HTML).
fn is_plain(text: &str) -> bool {
    !text.bytes().any(|b| {
        matches!(
            b,
            b'\\'
                | b'`'
                | b'*'
                | b'_'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'&'
                | b'!'
                | b'#'
                | b'|'
                | b'~'
                | b'\n'
                | b'\r'
                | b'{'
                | b'}'
        )
    }) && !text.trim_start().starts_with([
        '-', '+', '=', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    ]) && !text.contains("  ")
        && !text.starts_with(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_formatting_and_drops_script() {
        assert_eq!(
            to_html("**penting** dan _miring_"),
            "<p><strong>penting</strong> dan <em>miring</em></p>"
        );
        let dirty = to_html(
            "<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href=\"https://a.go.id\" onclick=\"x()\">a</a>",
        );
        assert!(!dirty.contains("<script"), "{dirty}");
        assert!(!dirty.contains("onerror"), "{dirty}");
        assert!(!dirty.contains("onclick"), "{dirty}");
        assert!(!dirty.contains("href=\"javascript"), "{dirty}");
        assert!(dirty.contains("href=\"https://a.go.id\""), "{dirty}");
        let tricked =
            to_html("[a](https://www.lapor.go.id@127.0.0.1/) [b](mailto:x@y.id?bcc=z@e.x)");
        assert!(!tricked.contains("href"), "{tricked}");
        let link = to_html("[x](javascript:alert(1)) [y](data:text/html,x) [z](tel:0361)");
        assert!(!link.contains("javascript"), "{link}");
        assert!(!link.contains("data:"), "{link}");
        assert!(link.contains("href=\"tel:0361\""), "{link}");
    }

    #[test]
    fn markdown_output_has_no_live_html_or_bad_links() {
        let md = to_markdown(
            "teks <script>alert(1)</script> [a](javascript:alert(1)) [b](https://x.go.id)",
        );
        assert!(!md.contains("<script"), "{md}");
        assert!(!md.contains("javascript:"), "{md}");
        assert!(md.contains("[b](<https://x.go.id>)"), "{md}");
    }

    #[test]
    fn plain_strips_markup() {
        assert_eq!(to_plain("**a** b\n\n- c"), "a b c");
    }

    #[test]
    fn print_text_keeps_paragraphs_items_and_link_addresses() {
        assert_eq!(
            to_print("Unduh [formulir](https://a.go.id/f) di situs.\n\n1. satu\n2. dua\n\n- butir"),
            [
                "Unduh formulir (https://a.go.id/f) di situs.",
                "1. satu",
                "2. dua",
                "• butir"
            ]
        );
        assert_eq!(
            to_print("[https://a.go.id](https://a.go.id/) dan [surel](mailto:x@a.go.id)"),
            ["https://a.go.id dan surel (x@a.go.id)"]
        );
        assert_eq!(to_print("[x](javascript:alert(1))"), ["x"]);
    }

    #[test]
    fn the_fast_path_gives_what_the_full_path_gives() {
        for text in [
            "Surat permohonan",
            "Jl. Merdeka No. 5 — Gianyar (0361) 944123",
            "Kata \"kutip\" dan 'tunggal' ±",
            "Rp1.500.000 per hari",
            "café ☕ 2 (dua) lembar",
        ] {
            assert!(is_plain(text), "{text}");
            let fast = Rich::new(text);
            let md = to_markdown(text);
            let full = Rich {
                html: to_html(text),
                md_inline: md.trim().replace("\n\n", "<br>").replace('\n', " "),
                md: md.trim_end().to_string(),
                plain: to_plain(text),
                cetak: to_print(text),
            };
            assert_eq!(fast, full, "{text}");
        }
        for text in [
            "*a*",
            "1. daftar",
            "- daftar",
            "a  b",
            "<b>",
            "a & b",
            "a_b",
            "x\ny",
        ] {
            assert!(!is_plain(text), "{text}");
        }
    }
}
