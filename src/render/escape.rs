//! Escaping, in one place: text into HTML, XML and SVG (text and attribute values), into
//! Markdown, and into a `data:` URL. Every output that is not a tera template goes through
//! here; the templates use tera's own HTML escaping and [`markdown_pieces`].

use std::borrow::Cow;
use std::fmt::Write as _;

/// Text for HTML, XML or SVG, in element content or a quoted attribute value.
pub fn markup(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Plain text for GitHub-flavoured Markdown: nothing in it can become markup or HTML.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    markdown_pieces(text, |piece| out.push_str(piece));
    out
}

/// [`markdown`] written to `out`: the escaping of the Markdown templates.
pub fn markdown_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    markdown_pieces(text, |piece| {
        if result.is_ok() && !piece.is_empty() {
            result = out.write_all(piece.as_bytes());
        }
    });
    result
}

/// [`markup`] written to `out`: the escaping of the HTML and XML templates.
pub fn markup_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(markup(text).as_bytes())
}

/// Like [`markdown`], handing the result to `write` as slices: runs of ordinary text are
/// passed through without copying.
pub fn markdown_pieces<'t>(text: &'t str, mut write: impl FnMut(&'t str)) {
    // Digits since the start of the line: a `.` or `)` after them would start a list.
    let mut digits_at_line_start = Some(0usize);
    let mut at_line_start = true;
    let mut run_start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let replacement: Option<&'static str> = match c {
            '\\' => Some("\\\\"),
            '`' => Some("\\`"),
            '*' => Some("\\*"),
            '_' => Some("\\_"),
            '[' => Some("\\["),
            ']' => Some("\\]"),
            '|' => Some("\\|"),
            '~' => Some("\\~"),
            '{' => Some("\\{"),
            '}' => Some("\\}"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '&' => Some("&amp;"),
            '!' if bytes.get(i + 1) == Some(&b'[') => Some("\\!"),
            '#' if at_line_start => Some("\\#"),
            '+' if at_line_start => Some("\\+"),
            '-' if at_line_start => Some("\\-"),
            '=' if at_line_start => Some("\\="),
            '.' if digits_at_line_start.is_some_and(|n| (1..=9).contains(&n)) => Some("\\."),
            ')' if digits_at_line_start.is_some_and(|n| (1..=9).contains(&n)) => Some("\\)"),
            '\n' => Some(" "),
            _ => None,
        };
        if let Some(replacement) = replacement {
            write(&text[run_start..i]);
            write(replacement);
            run_start = i + c.len_utf8();
        }
        digits_at_line_start = match (c, digits_at_line_start) {
            ('\n', _) => Some(0),
            (' ', Some(0)) => Some(0),
            (d, Some(n)) if d.is_ascii_digit() => Some(n + 1),
            _ => None,
        };
        at_line_start = c == '\n' || (at_line_start && c == ' ');
    }
    write(&text[run_start..]);
}

/// A `data:` URL holding `text` of the given media type, percent-encoded.
pub fn data_url(media_type: &str, text: &str) -> String {
    let mut url = String::with_capacity(text.len() * 3 / 2 + media_type.len() + 8);
    url.push_str("data:");
    url.push_str(media_type);
    url.push(',');
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$'()*+,;=:@/?".contains(&byte) {
            url.push(char::from(byte));
        } else {
            let _ = write!(url, "%{byte:02X}");
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_what_would_open_a_tag_or_close_an_attribute() {
        assert_eq!(
            markup("a & <b> \"c\" 'd'"),
            "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;"
        );
        assert!(matches!(markup("biasa"), Cow::Borrowed(_)));
    }

    #[test]
    fn plain_text_is_escaped_for_markdown() {
        assert_eq!(
            markdown("Rp1.500.000 *a* _b_ <i>"),
            "Rp1.500.000 \\*a\\* \\_b\\_ &lt;i&gt;"
        );
        assert_eq!(markdown("1. bukan daftar"), "1\\. bukan daftar");
        assert_eq!(markdown("- bukan daftar"), "\\- bukan daftar");
        assert_eq!(markdown("a | b"), "a \\| b");
        assert_eq!(markdown("`kode`"), "\\`kode\\`");
    }

    #[test]
    fn data_urls_keep_safe_bytes_and_encode_the_rest() {
        assert_eq!(
            data_url("image/svg+xml", "<a b>"),
            "data:image/svg+xml,%3Ca%20b%3E"
        );
    }
}
