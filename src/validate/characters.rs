//! Characters no published text may hold, however they were written (raw, or as a YAML escape
//! such as `"\u001b"`): control characters, which break the flowchart's XML and the officer's
//! terminal; bidirectional overrides, which make `gnp.exe` display as `exe.png`; and invisible
//! characters. Tabs and line breaks are kept only in block text (`|`, `>`).

use crate::diagnostic::printable::kind;
use crate::diagnostic::{Code, Diagnostic, place};
use crate::parse::Document;
use crate::parse::node::NodeValue;

/// What kind of forbidden character `c` is, if it is one.
pub fn forbidden(c: char, block: bool) -> Option<&'static str> {
    match c {
        '\t' | '\n' if block => None,
        '\t' | '\n' => Some("kendali"),
        c => kind(c),
    }
}

/// One error per text holding forbidden characters, naming each by its code point.
pub fn find(doc: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut pointer = String::new();
    doc.root
        .walk_scalars(&mut pointer, &mut |pointer, node, scalar| {
            if !matches!(node.value, NodeValue::Scalar(_)) {
                return;
            }
            let mut found: Vec<(char, &str)> = Vec::new();
            for c in scalar.text.chars() {
                if let Some(kind) = forbidden(c, scalar.block)
                    && !found.iter().any(|(seen, _)| *seen == c)
                {
                    found.push((c, kind));
                }
            }
            if found.is_empty() {
                return;
            }
            let named: Vec<String> = found
                .iter()
                .map(|(c, kind)| format!("U+{:04X} ({kind})", u32::from(*c)))
                .collect();
            out.push(
                Diagnostic::new(
                    Code::ForbiddenCharacter,
                    &doc.file,
                    format!(
                        "teks di {} memuat karakter yang tidak boleh terbit: {}",
                        place(pointer),
                        named.join(", ")
                    ),
                )
                .at(node.span.clone())
                .label("di teks ini")
                .help(
                    "hapus karakter itu (sering terbawa dari salinan Word, PDF atau situs lain); tab dan baris baru hanya boleh di teks blok `|`",
                ),
            );
        });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_named_and_block_text_keeps_its_lines() {
        assert_eq!(forbidden('\u{1b}', false), Some("kendali"));
        assert_eq!(forbidden('\u{85}', true), Some("kendali"));
        assert_eq!(forbidden('\n', false), Some("kendali"));
        assert_eq!(forbidden('\n', true), None);
        assert_eq!(forbidden('\t', true), None);
        assert_eq!(forbidden('\u{202E}', false), Some("pengarah teks"));
        assert_eq!(forbidden('\u{2067}', false), Some("pengarah teks"));
        for invisible in ['\u{200B}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}'] {
            assert_eq!(forbidden(invisible, false), Some("tak terlihat"));
        }
        for fine in ['a', 'é', '—', '±', '☕', ' ', '\u{A0}'] {
            assert_eq!(forbidden(fine, false), None, "{fine:?}");
        }
    }
}
