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

/// A name or path as one line: [`escaped`], and line breaks and tabs written `\n`, `\t`
/// too (no file name needs one; a log would take what follows for a new line).
pub fn escaped_line(text: &str) -> Cow<'_, str> {
    let escaped = escaped(text);
    if !escaped.contains(['\n', '\t']) {
        return escaped;
    }
    Cow::Owned(escaped.replace('\n', "\\n").replace('\t', "\\t"))
}

/// Text for a log read by machines: a line that GitHub would take for a command (`::` after
/// leading spaces) is shown behind a `» `, and `##[` or `##vso[` (commands Azure Pipelines
/// and GitHub's older syntax find anywhere in a line) is written `#\#[`. Other text is left
/// as it is.
pub fn inert_lines(text: &str) -> Cow<'_, str> {
    let commanding = |line: &str| line.trim_start().starts_with("::");
    let hashed = |line: &str| line.contains("##[") || line.contains("##vso[");
    if !text.lines().any(|line| commanding(line) || hashed(line)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        if commanding(line) {
            out.push_str("» ");
        }
        if hashed(line) {
            out.push_str(&line.replace("##[", "#\\#[").replace("##vso[", "#\\#vso["));
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

/// A writer of JSON in which no `##` appears (written `#\u0023`, the same text to a JSON
/// reader): a JSON report printed into a CI log then holds no `##[` or `##vso[` command.
/// Outside its strings JSON has no `#`.
pub struct InertJson<'a> {
    out: &'a mut dyn std::io::Write,
    /// A `#` written last, held until the next byte tells whether a second follows.
    held: bool,
}

impl<'a> InertJson<'a> {
    /// A writer into `out`; call [`InertJson::finish`] at the end.
    pub fn new(out: &'a mut dyn std::io::Write) -> Self {
        InertJson { out, held: false }
    }

    /// Writes a `#` still held.
    pub fn finish(mut self) -> std::io::Result<()> {
        if self.held {
            self.held = false;
            self.out.write_all(b"#")?;
        }
        Ok(())
    }
}

impl std::io::Write for InertJson<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut from = 0;
        for (at, &byte) in buf.iter().enumerate() {
            if byte != b'#' {
                continue;
            }
            self.out.write_all(&buf[from..at])?;
            from = at + 1;
            if self.held {
                self.out.write_all(b"#\\u0023")?;
                self.held = false;
            } else {
                self.held = true;
            }
        }
        if from < buf.len() && self.held {
            self.out.write_all(b"#")?;
            self.held = false;
        }
        self.out.write_all(&buf[from..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
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
    ];
    let clean = texts
        .iter()
        .flatten()
        .all(|t| matches!(escaped(t), Cow::Borrowed(_)))
        && matches!(escaped_line(&d.file.path), Cow::Borrowed(_))
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
        escaped_line(&d.file.path).into_owned(),
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
    fn no_line_reads_as_a_ci_command() {
        assert_eq!(escaped_line("a\n::error::b.yaml"), "a\\n::error::b.yaml");
        let text = "ok\n  ::add-mask::x\nnilai ##[error]y ##vso[task.x]\n::warning::z";
        assert_eq!(
            inert_lines(text),
            "ok\n»   ::add-mask::x\nnilai #\\#[error]y #\\#vso[task.x]\n» ::warning::z"
        );
        assert!(matches!(inert_lines("a :: b # c\n"), Cow::Borrowed(_)));
        for (pieces, expected) in [
            (&["{\"a\":\"##[x]\"}"][..], "{\"a\":\"#\\u0023[x]\"}"),
            (
                &["{\"a\":\"#", "#[x] #\"}"][..],
                "{\"a\":\"#\\u0023[x] #\"}",
            ),
            (&["\"#", "\""][..], "\"#\""),
        ] {
            let mut out = Vec::new();
            let mut json = InertJson::new(&mut out);
            for piece in pieces {
                std::io::Write::write_all(&mut json, piece.as_bytes()).expect("write");
            }
            json.finish().expect("finish");
            assert_eq!(String::from_utf8(out).expect("utf-8"), expected);
        }
    }

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
