//! Writing a draft as YAML an officer can read: block style, plain scalars where YAML reads
//! them back as the same text, double quotes (JSON escaping, which YAML shares) everywhere
//! else, and a comment line above any entry that needs one (`# PERIKSA: …`).

use std::fmt::Write as _;

use serde::Serialize;

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
    Daftar(Vec<ButirDraf>),
    /// A mapping, in the order written.
    Peta(Vec<(String, ButirDraf)>),
}

/// A value with the comment lines written above it, and the source lines it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ButirDraf {
    /// Comment lines, without `#`.
    pub catatan: Vec<String>,
    /// The value.
    pub nilai: Nilai,
    /// The first and last source line it was read from, where known; a value without one
    /// came from its parent's lines.
    pub asal: Option<(usize, usize)>,
}

/// Where one value of a draft came from: the draft's lines that write it, the source's lines
/// it was read from, and its place in the standard (`persyaratan[2]`, `biaya.tarif[0]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Jejak {
    /// Its place in the standard.
    pub jalur: String,
    /// The first and last line of the draft that write it (from 1).
    pub draf: (usize, usize),
    /// The first and last line of the source it was read from (from 1).
    pub sumber: (usize, usize),
}

impl ButirDraf {
    /// A value without comment.
    pub fn new(nilai: Nilai) -> ButirDraf {
        ButirDraf {
            catatan: Vec::new(),
            nilai,
            asal: None,
        }
    }

    /// The same value, read from source lines `first` to `last`.
    pub fn dari(mut self, first: usize, last: usize) -> ButirDraf {
        self.asal = Some((first.min(last), first.max(last)));
        self
    }

    /// Text without comment.
    pub fn teks(text: impl Into<String>) -> ButirDraf {
        ButirDraf::new(Nilai::Teks(text.into()))
    }

    /// The same value with a comment line above it.
    pub fn periksa(mut self, note: impl Into<String>) -> ButirDraf {
        self.catatan.push(format!("PERIKSA: {}", note.into()));
        self
    }
}

/// Builds a mapping entry list fluently.
#[derive(Debug, Default, Clone)]
pub struct Peta(pub Vec<(String, ButirDraf)>);

impl Peta {
    /// Adds `key: value`.
    pub fn isi(&mut self, key: &str, value: ButirDraf) -> &mut Peta {
        self.0.push((key.to_string(), value));
        self
    }

    /// Adds `key:` with the items, when there are any.
    pub fn daftar(&mut self, key: &str, items: Vec<ButirDraf>) -> &mut Peta {
        if !items.is_empty() {
            self.isi(key, ButirDraf::new(Nilai::Daftar(items)));
        }
        self
    }

    /// Whether nothing was added.
    pub fn kosong(&self) -> bool {
        self.0.is_empty()
    }

    /// The mapping as a value.
    pub fn butir(self) -> ButirDraf {
        ButirDraf::new(Nilai::Peta(self.0))
    }
}

/// Writes a top-level mapping, with a blank line between its entries.
pub fn dokumen(header: &[String], entries: &[(String, ButirDraf)]) -> String {
    dokumen_berjejak(header, entries).0
}

/// Writes a top-level mapping as [`dokumen`] does, with where each value that knows its
/// source lines came from, in the order written.
pub fn dokumen_berjejak(
    header: &[String],
    entries: &[(String, ButirDraf)],
) -> (String, Vec<Jejak>) {
    let mut out = String::new();
    let mut marks = Vec::new();
    for line in header {
        comment(&mut out, 0, line);
    }
    for (key, value) in entries {
        out.push('\n');
        entry(&mut out, &mut marks, 0, key, value, key);
    }
    let jejak = marks.into_iter().map(|m| m.jejak(&out)).collect();
    (out, jejak)
}

/// A value written: its byte range in the draft, its source lines and its place.
struct Tanda {
    from: usize,
    to: usize,
    sumber: (usize, usize),
    jalur: String,
}

impl Tanda {
    /// Byte offsets as the draft's line numbers.
    fn jejak(self, out: &str) -> Jejak {
        let line_of = |at: usize| out[..at.min(out.len())].matches('\n').count();
        Jejak {
            jalur: self.jalur,
            draf: (
                line_of(self.from) + 1,
                line_of(self.to).max(line_of(self.from) + 1),
            ),
            sumber: self.sumber,
        }
    }
}

/// Notes the value written from `from` to the end of `out`, when it knows its source.
fn mark(marks: &mut Vec<Tanda>, value: &ButirDraf, from: usize, out: &str, jalur: &str) {
    if let Some(sumber) = value.asal {
        marks.push(Tanda {
            from,
            to: out.len(),
            sumber,
            jalur: jalur.to_string(),
        });
    }
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

fn entry(
    out: &mut String,
    marks: &mut Vec<Tanda>,
    indent: usize,
    key: &str,
    value: &ButirDraf,
    jalur: &str,
) {
    for note in &value.catatan {
        comment(out, indent, note);
    }
    let from = out.len();
    let _ = write!(out, "{:indent$}{key}:", "", indent = indent);
    match &value.nilai {
        Nilai::Daftar(items) if !items.is_empty() => {
            out.push('\n');
            for (i, item) in items.iter().enumerate() {
                list_item(out, marks, indent + 2, item, &format!("{jalur}[{i}]"));
            }
        }
        Nilai::Peta(entries) if !entries.is_empty() => {
            out.push('\n');
            for (key, inner) in entries {
                entry(
                    out,
                    marks,
                    indent + 2,
                    key,
                    inner,
                    &format!("{jalur}.{key}"),
                );
            }
        }
        Nilai::Teks(text) if block_is_safe(text) => block(out, indent + 2, text),
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
    mark(marks, value, from, out, jalur);
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

fn list_item(
    out: &mut String,
    marks: &mut Vec<Tanda>,
    indent: usize,
    item: &ButirDraf,
    jalur: &str,
) {
    for note in &item.catatan {
        comment(out, indent, note);
    }
    let mut from = out.len();
    match &item.nilai {
        Nilai::Peta(entries) if !entries.is_empty() => {
            // `- key: value`, the other keys aligned under the first; the first key's
            // comments go above the dash.
            for (i, (key, value)) in entries.iter().enumerate() {
                let inner = format!("{jalur}.{key}");
                if i > 0 {
                    entry(out, marks, indent + 2, key, value, &inner);
                    continue;
                }
                for note in &value.catatan {
                    comment(out, indent, note);
                }
                let bare = ButirDraf {
                    catatan: Vec::new(),
                    ..value.clone()
                };
                let mut nested = String::new();
                let mut nested_marks = Vec::new();
                entry(
                    &mut nested,
                    &mut nested_marks,
                    indent + 2,
                    key,
                    &bare,
                    &inner,
                );
                // The dash and its space take the place of the nested entry's indent, byte
                // for byte: the nested offsets carry over shifted by where it starts.
                from = out.len();
                let _ = write!(
                    out,
                    "{:indent$}- {}",
                    "",
                    &nested[indent + 2..],
                    indent = indent
                );
                marks.extend(nested_marks.into_iter().map(|m| Tanda {
                    from: m.from + from,
                    to: m.to + from,
                    ..m
                }));
            }
        }
        Nilai::Daftar(items) if !items.is_empty() => {
            let _ = writeln!(out, "{:indent$}-", "", indent = indent);
            for (i, inner) in items.iter().enumerate() {
                list_item(out, marks, indent + 2, inner, &format!("{jalur}[{i}]"));
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
    mark(marks, item, from, out, jalur);
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
    fn each_value_that_knows_its_source_is_traced_to_its_draft_lines() {
        let mut fee = Peta::default();
        fee.isi("uraian", ButirDraf::teks("Sewa aula").dari(9, 9))
            .isi("jumlah", ButirDraf::new(Nilai::Angka(500_000)).dari(10, 10));
        let entries = vec![
            ("nama".to_string(), ButirDraf::teks("Layanan A").dari(2, 2)),
            (
                "tarif".to_string(),
                ButirDraf::new(Nilai::Daftar(vec![
                    fee.butir().dari(9, 10).periksa("cek"),
                    ButirDraf::teks("Gratis"),
                ]))
                .dari(12, 8),
            ),
        ];
        let (text, jejak) = dokumen_berjejak(&["Draf".to_string()], &entries);
        let lines: Vec<&str> = text.lines().collect();
        let at = |jalur: &str| {
            jejak
                .iter()
                .find(|j| j.jalur == jalur)
                .map(|j| (j.draf, j.sumber))
        };
        assert_eq!(at("nama"), Some(((3, 3), (2, 2))), "{text}");
        assert_eq!(lines[2], "nama: Layanan A");
        assert_eq!(at("tarif"), Some(((5, 9), (8, 12))), "{text}");
        assert_eq!(at("tarif[0]"), Some(((7, 8), (9, 10))), "{text}");
        assert_eq!(lines[6], "  - uraian: Sewa aula");
        assert_eq!(at("tarif[0].uraian"), Some(((7, 7), (9, 9))));
        assert_eq!(at("tarif[0].jumlah"), Some(((8, 8), (10, 10))));
        assert_eq!(lines[7], "    jumlah: 500000");
        assert_eq!(
            at("tarif[1]"),
            None,
            "a value without a source of its own has its parent's"
        );
    }

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
            ButirDraf::teks("Layanan A").periksa("judul ditebak dari baris pertama"),
        );
        let item = {
            let mut p = Peta::default();
            p.isi("jenis", ButirDraf::teks("email"))
                .isi("kontak", ButirDraf::teks("a@b.go.id"));
            p.butir()
        };
        peta.isi(
            "saluran",
            ButirDraf::new(Nilai::Daftar(vec![item, ButirDraf::teks("x")])),
        );
        peta.isi("keterangan", ButirDraf::teks("baris satu\nbaris: dua"));
        let text = dokumen(&["Draf".to_string()], &peta.0);
        assert_eq!(
            text,
            "# Draf\n\n# PERIKSA: judul ditebak dari baris pertama\nnama: Layanan A\n\nsaluran:\n  - jenis: email\n    kontak: a@b.go.id\n  - x\n\nketerangan: |-\n  baris satu\n  baris: dua\n"
        );
    }
}
