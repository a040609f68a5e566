//! A line the officer half-wrote, found above a syntax error: YAML notices the mistake only
//! on the next line ("indentasi tidak konsisten" on line 3 for `nama:Layanan` on line 2), so
//! the error is moved to the line that has to change, with what to write there.

/// The line to point at instead, as a byte range, with its message and fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub span: std::ops::Range<usize>,
    pub message: String,
    pub help: String,
}

/// The nearest line with content above the line of `offset` (blank lines and comments
/// skipped), as its byte range.
fn line_above(text: &str, offset: usize) -> Option<std::ops::Range<usize>> {
    let mut end = text.get(..offset)?.rfind('\n')?;
    loop {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..end].trim();
        if !line.is_empty() && !line.starts_with('#') {
            return Some(start..end);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}

/// Whether `word` could be a key: letters, digits and `_`, starting with a letter.
fn key_like(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The half-written line above a syntax error at `offset`, if there is one: a key whose
/// colon has no space after it (`nama:Layanan`), or a key not finished (`persyar`).
pub fn above(text: &str, offset: usize) -> Option<Slip> {
    let span = line_above(text, offset)?;
    let line = &text[span.clone()];
    let content = line.trim_start();
    let start = span.start + (line.len() - content.len());
    let content = content.trim_end();
    if let Some((key, value)) = content.split_once(':')
        && key_like(key)
        && !value.is_empty()
        && !value.starts_with([' ', '\t', '/'])
    {
        return Some(Slip {
            span: start..start + content.len(),
            message: format!(
                "tidak ada spasi sesudah titik dua di `{key}:`, jadi baris ini dibaca sebagai teks, bukan kunci"
            ),
            help: format!("tulis `{key}: {value}` (titik dua, spasi, lalu isinya)"),
        });
    }
    // A lone word at the indentation of the keys around it: a key begun and not finished.
    let indent = |from: usize| text[from..].len() - text[from..].trim_start_matches(' ').len();
    let error_line = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    if key_like(content) && indent(span.start) == indent(error_line) {
        return Some(Slip {
            span: start..start + content.len(),
            message: format!("`{content}` tampaknya kunci yang belum selesai ditulis"),
            help: "tulis kuncinya lengkap dengan titik dua dan isinya, misalnya `persyaratan:`, atau hapus baris ini".to_string(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_without_a_space_is_found_on_its_own_line() {
        let text = "versi_format: 1\nnama:Layanan Contoh\npersyaratan:\n  - Surat\n";
        let error_at = text.find("persyaratan").unwrap_or_default();
        let slip = above(text, error_at).expect("found");
        assert_eq!(&text[slip.span.clone()], "nama:Layanan Contoh");
        assert!(
            slip.help.contains("`nama: Layanan Contoh`"),
            "{}",
            slip.help
        );
    }

    #[test]
    fn a_half_typed_key_is_found_above_comments_and_blank_lines() {
        let text = "nama: X\npersyar\n\n# catatan\nprosedur:\n";
        let slip = above(text, text.find("prosedur").unwrap_or_default()).expect("found");
        assert_eq!(&text[slip.span], "persyar");
    }

    #[test]
    fn whole_lines_and_addresses_are_left_alone() {
        for text in [
            "nama: X\nprosedur: [\n",
            "- https://contoh.go.id\nnama: X\n",
            "nama: \"a:b\"\nx: [\n",
        ] {
            let at = text
                .rfind('\n')
                .map_or(0, |i| text[..i].rfind('\n').map_or(0, |j| j + 1));
            assert_eq!(above(text, at), None, "{text:?}");
        }
    }
}
