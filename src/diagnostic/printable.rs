//! Characters that act on a terminal or hide what text says, and a diagnostic with them made
//! visible: whatever the CLI prints from a file (a value, a name, a path, a source line) can
//! then never clear the screen, fake a link or reorder what the officer reads.

use std::borrow::Cow;
use std::sync::Arc;

use super::{Diagnostic, Label};
use crate::source::SourceFile;

/// What kind of character `c` is when it must not be shown as it is: a control character
/// (tab and line feed excepted), a bidirectional control, or an invisible character.
pub fn kind(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' => None,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some("kendali"),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => {
            Some("pengarah teks")
        }
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Some("tak terlihat"),
        _ => None,
    }
}

/// The text with each such character written as `\u{1B}`.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| kind(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match kind(c) {
            Some(_) => out.push_str(&format!("\\u{{{:X}}}", u32::from(c))),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The source with each such character replaced by as many `?` as it has bytes, so that byte
/// spans still point at the same places. Line ends (`\r\n`) are kept.
fn masked(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\r' && kind(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match kind(c) {
            Some(_) if c != '\r' => out.extend(std::iter::repeat_n('?', c.len_utf8())),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The diagnostic as it may be printed: borrowed when nothing in it needs escaping.
pub fn printable(d: &Diagnostic) -> Cow<'_, Diagnostic> {
    let texts = [
        Some(d.message.as_str()),
        d.help.as_deref(),
        d.label.as_deref(),
        Some(d.file.path.as_str()),
    ];
    let clean = texts
        .iter()
        .flatten()
        .all(|t| matches!(escaped(t), Cow::Borrowed(_)))
        && d.related
            .iter()
            .all(|l| matches!(escaped(&l.text), Cow::Borrowed(_)))
        && matches!(masked(&d.file.text), Cow::Borrowed(_));
    if clean {
        return Cow::Borrowed(d);
    }
    let mut safe = d.clone();
    safe.message = escaped(&d.message).into_owned();
    safe.help = d.help.as_deref().map(|h| escaped(h).into());
    safe.label = d.label.as_deref().map(|l| escaped(l).into());
    safe.related = d
        .related
        .iter()
        .map(|l| Label {
            span: l.span.clone(),
            text: escaped(&l.text).into_owned(),
        })
        .collect();
    let file: Arc<SourceFile> = SourceFile::new(
        escaped(&d.file.path).into_owned(),
        masked(&d.file.text).into_owned(),
    );
    safe.file = file;
    Cow::Owned(safe)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn terminal_controls_are_shown_not_obeyed() {
        assert_eq!(escaped("a\u{1b}[2Jb"), "a\\u{1B}[2Jb");
        assert_eq!(escaped("x\u{202E}gnp.exe"), "x\\u{202E}gnp.exe");
        assert!(matches!(escaped("biasa — é\n"), Cow::Borrowed(_)));
        let file = SourceFile::new(
            "a\u{7}.yaml",
            "nama: \"\u{1b}]8;;x\u{7}\"\r\nb: \u{200B}c\n",
        );
        let d = Diagnostic::new(Code::ForbiddenCharacter, &file, "nilai `\u{1b}[31m`")
            .at(7..9)
            .help("\u{1b}[2J");
        let safe = printable(&d);
        assert_eq!(safe.message, "nilai `\\u{1B}[31m`");
        assert_eq!(safe.help.as_deref(), Some("\\u{1B}[2J"));
        assert_eq!(safe.file.path, "a\\u{7}.yaml");
        assert_eq!(
            safe.file.text.len(),
            file.text.len(),
            "spans keep their place"
        );
        assert!(safe.file.text.contains("\r\n"));
        assert!(
            !safe
                .file
                .text
                .chars()
                .any(|c| c != '\r' && kind(c).is_some())
        );
    }
}
