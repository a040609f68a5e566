//! Writing a draft as YAML an officer can read: block style, plain scalars where YAML reads
//! them back as the same text, double quotes (JSON escaping, which YAML shares) everywhere
//! else, and a comment line above any entry that needs one (`# PERIKSA: …`).

use std::fmt::Write as _;

use crate::yaml_scalar::scalar;

/// A value of the draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Nilai {
    /// Text.
    Teks(String),
    /// A whole number.
    Angka(u64),
    /// `true` / `false`.
    Benar(bool),
    /// A list.
    Daftar(Vec<Butir>),
    /// A mapping, in the order written.
    Peta(Vec<(String, Butir)>),
}

/// A value with the comment lines written above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Butir {
    /// Comment lines, without `#`.
    pub catatan: Vec<String>,
    /// The value.
    pub nilai: Nilai,
}

impl Butir {
    /// A value without comment.
    pub fn new(nilai: Nilai) -> Butir {
        Butir {
            catatan: Vec::new(),
            nilai,
        }
    }

    /// Text without comment.
    pub fn teks(text: impl Into<String>) -> Butir {
        Butir::new(Nilai::Teks(text.into()))
    }

    /// The same value with a comment line above it.
    pub fn periksa(mut self, note: impl Into<String>) -> Butir {
        self.catatan.push(format!("PERIKSA: {}", note.into()));
        self
    }
}

/// Builds a mapping entry list fluently.
#[derive(Debug, Default, Clone)]
pub struct Peta(pub Vec<(String, Butir)>);

impl Peta {
    /// Adds `key: value`.
    pub fn isi(&mut self, key: &str, value: Butir) -> &mut Peta {
        self.0.push((key.to_string(), value));
        self
    }

    /// Adds `key:` with the items, when there are any.
    pub fn daftar(&mut self, key: &str, items: Vec<Butir>) -> &mut Peta {
        if !items.is_empty() {
            self.isi(key, Butir::new(Nilai::Daftar(items)));
        }
        self
    }

    /// Whether nothing was added.
    pub fn kosong(&self) -> bool {
        self.0.is_empty()
    }

    /// The mapping as a value.
    pub fn butir(self) -> Butir {
        Butir::new(Nilai::Peta(self.0))
    }
}

/// Writes a top-level mapping, with a blank line between its entries.
pub fn dokumen(header: &[String], entries: &[(String, Butir)]) -> String {
    let mut out = String::new();
    for line in header {
        comment(&mut out, 0, line);
    }
    for (key, value) in entries {
        out.push('\n');
        entry(&mut out, 0, key, value);
    }
    out
}

/// Comment lines holding `texts`, each indented by `indent` after its `#` (see [`comment`]).
pub fn komentar(indent: usize, texts: &[String]) -> String {
    let mut out = String::new();
    for text in texts {
        comment(&mut out, 0, &format!("{:indent$}{text}", ""));
    }
    out
}

/// Writes `text` as comment lines. Every character YAML (1.1 or 1.2) takes for a line break
/// starts a new comment line, and other control characters are written escaped, so that no
/// text from the source (a file name, a cell) can end the comment and become a key.
fn comment(out: &mut String, indent: usize, text: &str) {
    for line in text.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        let line = crate::diagnostic::printable::escaped(line);
        let _ = writeln!(out, "{:indent$}# {line}", "", indent = indent);
    }
}

fn entry(out: &mut String, indent: usize, key: &str, value: &Butir) {
    for note in &value.catatan {
        comment(out, indent, note);
    }
    let _ = write!(out, "{:indent$}{key}:", "", indent = indent);
    match &value.nilai {
        Nilai::Daftar(items) if !items.is_empty() => {
            out.push('\n');
            for item in items {
                list_item(out, indent + 2, item);
            }
        }
        Nilai::Peta(entries) if !entries.is_empty() => {
            out.push('\n');
            for (key, value) in entries {
                entry(out, indent + 2, key, value);
            }
        }
        Nilai::Teks(text) if block_is_safe(text) => block(out, indent + 2, text),
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

/// Whether `text` of several lines can be a literal block (`|-`) and read back the same.
fn block_is_safe(text: &str) -> bool {
    text.contains('\n')
        && !text.ends_with('\n')
        && text
            .lines()
            .all(|l| !l.is_empty() && l.trim() == l && !l.chars().any(|c| c.is_control()))
}

/// ` |-` and the lines, indented.
fn block(out: &mut String, indent: usize, text: &str) {
    out.push_str(" |-\n");
    for line in text.lines() {
        let _ = writeln!(out, "{:indent$}{line}", "", indent = indent);
    }
}

fn list_item(out: &mut String, indent: usize, item: &Butir) {
    for note in &item.catatan {
        comment(out, indent, note);
    }
    match &item.nilai {
        Nilai::Peta(entries) if !entries.is_empty() => {
            // `- key: value`, the other keys aligned under the first; the first key's
            // comments go above the dash.
            for (i, (key, value)) in entries.iter().enumerate() {
                if i > 0 {
                    entry(out, indent + 2, key, value);
                    continue;
                }
                for note in &value.catatan {
                    comment(out, indent, note);
                }
                let bare = Butir::new(value.nilai.clone());
                let mut nested = String::new();
                entry(&mut nested, indent + 2, key, &bare);
                let _ = write!(
                    out,
                    "{:indent$}- {}",
                    "",
                    &nested[indent + 2..],
                    indent = indent
                );
            }
        }
        Nilai::Daftar(items) if !items.is_empty() => {
            let _ = writeln!(out, "{:indent$}-", "", indent = indent);
            for inner in items {
                list_item(out, indent + 2, inner);
            }
        }
        Nilai::Teks(text) if block_is_safe(text) => {
            let _ = write!(out, "{:indent$}-", "", indent = indent);
            block(out, indent + 2, text);
        }
        other => {
            let _ = writeln!(out, "{:indent$}- {}", "", inline(other), indent = indent);
        }
    }
}

fn inline(value: &Nilai) -> String {
    match value {
        Nilai::Teks(text) => scalar(text),
        Nilai::Angka(n) => n.to_string(),
        Nilai::Benar(b) => b.to_string(),
        Nilai::Daftar(_) => "[]".to_string(),
        Nilai::Peta(_) => "{}".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_line_break_ends_a_comment() {
        let header =
            "Draf dari `salinan\rdeskripsi: \"Bayar\"\r\u{2028}x: 1\u{85}y: 2\u{1b}[2J#.txt`";
        let text = dokumen(&[header.to_string()], &[]);
        for line in text.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
            assert!(
                line.is_empty() || line.starts_with('#'),
                "{line:?} in {text:?}"
            );
        }
        assert!(text.contains("\\u{1B}[2J"), "{text}");
    }

    #[test]
    fn a_document_is_written_in_block_style_with_comments() {
        let mut peta = Peta::default();
        peta.isi(
            "nama",
            Butir::teks("Layanan A").periksa("judul ditebak dari baris pertama"),
        );
        let item = {
            let mut p = Peta::default();
            p.isi("jenis", Butir::teks("email"))
                .isi("kontak", Butir::teks("a@b.go.id"));
            p.butir()
        };
        peta.isi(
            "saluran",
            Butir::new(Nilai::Daftar(vec![item, Butir::teks("x")])),
        );
        peta.isi("keterangan", Butir::teks("baris satu\nbaris: dua"));
        let text = dokumen(&["Draf".to_string()], &peta.0);
        assert_eq!(
            text,
            "# Draf\n\n# PERIKSA: judul ditebak dari baris pertama\nnama: Layanan A\n\nsaluran:\n  - jenis: email\n    kontak: a@b.go.id\n  - x\n\nketerangan: |-\n  baris satu\n  baris: dua\n"
        );
    }
}
