//! Stage 1: bytes → YAML tree with source positions → JSON value.

mod limits;
pub mod node;
pub mod path;
pub mod scalar;
mod scan_error;
mod slip;
mod yaml;

pub use limits::Limits;

use std::ops::Range;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::diagnostic::{Code, Diagnostic, NodeRef};
use crate::source::SourceFile;
use node::{Node, NodeValue};
use path::NodePath;
use scalar::ScalarProblem;

/// A parsed YAML file: the tree with positions and the same data as JSON.
#[derive(Debug)]
pub struct Document {
    /// The source file.
    pub file: Arc<SourceFile>,
    /// The tree, for turning JSON Pointers back into positions.
    pub root: Node,
    /// The data typed by the YAML 1.2 core schema, for validation and deserialisation.
    pub json: Value,
}

/// Which part of a mapping entry a diagnostic should underline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The key (`persyaratan:`), e.g. for an unknown key.
    Key,
    /// The value, e.g. for a malformed email address.
    Value,
}

impl Document {
    /// The byte range a diagnostic about the node at `path` should underline.
    ///
    /// A scalar value is underlined whole; for a sequence or mapping, or when the path goes
    /// past what exists, the key it stands under (or its first line) is underlined instead, so
    /// that a snippet never spans half the file.
    pub fn span(&self, path: &NodePath, target: Target) -> Range<usize> {
        let located = self.root.locate(path.pointer());
        let is_scalar = matches!(located.node.value, NodeValue::Scalar(_));
        match (target, located.key_span) {
            (Target::Key, Some(key)) => key.clone(),
            (Target::Value, _) if is_scalar && located.exact => located.node.span.clone(),
            (_, Some(key)) => key.clone(),
            _ if is_scalar => located.node.span.clone(),
            _ => first_line(&self.file.text, &located.node.span),
        }
    }

    /// Whether the path names something that is written in this file.
    pub fn contains(&self, path: &NodePath) -> bool {
        self.root.locate(path.pointer()).exact
    }

    /// A diagnostic located at the node at `path`; it records whether that node exists (a
    /// test requires it for every diagnostic of every fixture).
    pub fn diagnostic(
        &self,
        code: Code,
        path: &NodePath,
        target: Target,
        message: impl Into<String>,
    ) -> Diagnostic {
        let mut diagnostic = Diagnostic::new(code, &self.file, message).at(self.span(path, target));
        diagnostic.node = Some(Box::new(NodeRef {
            pointer: path.pointer().into(),
            found: self.contains(path),
        }));
        diagnostic
    }
}

fn first_line(text: &str, span: &Range<usize>) -> Range<usize> {
    let start = span.start.min(text.len());
    let rest = &text[start..span.end.min(text.len()).max(start)];
    let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
    start..start + len
}

/// Decodes file bytes as UTF-8. Invalid bytes are reported at their offset; the returned source
/// then holds a lossy copy so the snippet can still be shown.
pub fn decode(path: &str, bytes: Vec<u8>) -> (Arc<SourceFile>, Option<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(text) => {
            let file = SourceFile::new(path, text);
            let problem = control_character(&file);
            (file, problem)
        }
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let file = SourceFile::new(path, text);
            let end = offset + file.text[offset..].chars().next().map_or(0, char::len_utf8);
            let diagnostic = Diagnostic::new(
                Code::FileNotUtf8,
                &file,
                format!("berkas bukan teks UTF-8: bita ke-{} tidak valid", offset + 1),
            )
            .at(offset..end)
            .label("bita tidak valid")
            .help("simpan ulang berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Pengodean UTF-8)");
            (file, Some(diagnostic))
        }
    }
}

/// Reports the first control character YAML forbids (C0 other than tab and line ends, DEL,
/// C1). Such characters are invisible in editors and usually arrive pasted from Word or PDF.
fn control_character(file: &Arc<SourceFile>) -> Option<Diagnostic> {
    // Byte by byte: C0 and DEL are single bytes, C1 (U+0080–U+009F) is 0xC2 0x80–0x9F.
    let bytes = file.text.as_bytes();
    let offset = bytes.iter().enumerate().position(|(i, &b)| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || b == 0x7F
            || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..0xA0).contains(n)))
    })?;
    let c = file.text[offset..].chars().next()?;
    Some(
        Diagnostic::new(
            Code::YamlSyntax,
            file,
            format!(
                "berkas memuat karakter kendali tak terlihat U+{:04X} di sini",
                u32::from(c)
            ),
        )
        .at(offset..offset + c.len_utf8())
        .label("karakter tak terlihat")
        .help("hapus karakter itu (sering terbawa dari salinan Word atau PDF), lalu simpan ulang"),
    )
}

/// Parses a file into a [`Document`]. Returns `None` when no usable data could be read; the
/// diagnostics list every problem found on the way.
pub fn parse(file: &Arc<SourceFile>, limits: &Limits) -> (Option<Document>, Vec<Diagnostic>) {
    if file.text.len() > limits.max_file_bytes {
        let diagnostic = Diagnostic::new(
            Code::FileTooLarge,
            file,
            format!(
                "berkas sebesar {} bita melebihi batas {} bita",
                file.text.len(),
                limits.max_file_bytes
            ),
        )
        .help("satu berkas memuat satu standar pelayanan; standar yang wajar berukuran beberapa kilobita");
        return (None, vec![diagnostic]);
    }
    let (root, mut diagnostics) = yaml::parse_tree(file, limits);
    let root = match root {
        Some(root) if !is_null(&root) => root,
        _ => {
            if diagnostics.is_empty() {
                diagnostics.push(
                    Diagnostic::new(Code::FileEmpty, file, "berkas tidak berisi data")
                        .help("isi berkas dengan kunci-kuncinya; `standar new <unit>/<slug>` membuat kerangka standar dan `_unit.yaml`"),
                );
            }
            return (None, diagnostics);
        }
    };
    let json = to_json(file, &root, &mut diagnostics);
    let document = Document {
        file: Arc::clone(file),
        root,
        json,
    };
    (Some(document), diagnostics)
}

fn is_null(node: &Node) -> bool {
    match &node.value {
        NodeValue::Scalar(scalar) => {
            matches!(scalar::to_json(scalar), Ok(Value::Null))
        }
        _ => false,
    }
}

fn to_json(file: &Arc<SourceFile>, node: &Node, diagnostics: &mut Vec<Diagnostic>) -> Value {
    match &node.value {
        NodeValue::Scalar(scalar) => match scalar::to_json(scalar) {
            Ok(value) => value,
            Err(problem) => {
                let (message, help) = match problem {
                    ScalarProblem::NotFinite => (
                        format!("`{}` adalah bilangan tak hingga/bukan bilangan dalam YAML", scalar.text),
                        format!("jika yang dimaksud teks, tulis dengan tanda kutip: \"{}\"", scalar.text),
                    ),
                    ScalarProblem::UnsupportedTag(tag) => (
                        format!("tag YAML `{tag}` tidak didukung"),
                        "hapus tag; berkas standar hanya memakai teks, angka, daftar dan pemetaan biasa".to_string(),
                    ),
                    ScalarProblem::TagMismatch(tag) => (
                        format!("nilai `{}` tidak cocok dengan tag `{tag}`", scalar.text),
                        "hapus tag dan tulis nilainya biasa".to_string(),
                    ),
                };
                diagnostics.push(
                    Diagnostic::new(Code::YamlUnsupported, file, message)
                        .at(node.span.clone())
                        .help(help),
                );
                Value::String(scalar.text.clone())
            }
        },
        NodeValue::Sequence(items) => Value::Array(
            items
                .iter()
                .map(|item| to_json(file, item, diagnostics))
                .collect(),
        ),
        NodeValue::Mapping(entries) => {
            let mut map = Map::with_capacity(entries.len());
            for entry in entries {
                map.insert(entry.key.clone(), to_json(file, &entry.value, diagnostics));
            }
            Value::Object(map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse_text(text: &str) -> (Option<Document>, Vec<Diagnostic>) {
        let file = SourceFile::new("t.yaml", text);
        parse(&file, &Limits::default())
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
        diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn a_diagnostic_records_whether_its_node_exists() {
        let (doc, _) = parse_text("sk:\n  nomor: \"1\"\n");
        let doc = doc.unwrap();
        let sk = NodePath::root().key(crate::model::keys::SK);
        let written = doc.diagnostic(Code::DecreeDraft, &sk, Target::Key, "x");
        assert_eq!(written.node.as_ref().map(|n| n.found), Some(true));
        let absent = doc.diagnostic(
            Code::DecreeDraft,
            &sk.key(crate::model::keys::STATUS),
            Target::Value,
            "x",
        );
        assert_eq!(
            absent.node.as_ref().map(|n| n.found),
            Some(false),
            "falls back to `sk`"
        );
        assert_eq!(absent.span, written.span);
    }

    #[test]
    fn spans_are_byte_offsets_after_multibyte_text() {
        let text = "a: |\n  — ± keterangan\nb: x\n";
        let (doc, diagnostics) = parse_text(text);
        assert!(diagnostics.is_empty());
        let doc = doc.unwrap();
        let span = doc.span(&NodePath::found("/b"), Target::Value);
        assert_eq!(&text[span], "x");
        assert_eq!(doc.json, json!({"a": "— ± keterangan\n", "b": "x"}));
    }

    #[test]
    fn duplicate_keys_are_reported_with_both_places() {
        let text = "a: 1\nb: 2\na: 3\n";
        let (doc, diagnostics) = parse_text(text);
        assert_eq!(codes(&diagnostics), ["yaml-kunci-ganda"]);
        assert_eq!(diagnostics[0].line_col(), (3, 1));
        assert_eq!(diagnostics[0].related[0].span, 0..1);
        assert_eq!(doc.unwrap().json, json!({"a": 1, "b": 2}));
    }

    #[test]
    fn empty_null_and_comment_only_files_are_empty() {
        for text in ["", "# komentar\n", "null\n", "~", "---\n...\n"] {
            let (doc, diagnostics) = parse_text(text);
            assert!(doc.is_none(), "{text:?}");
            assert_eq!(codes(&diagnostics), ["berkas-kosong"], "{text:?}");
        }
    }

    #[test]
    fn second_document_is_an_error() {
        let (_, diagnostics) = parse_text("a: 1\n---\nb: 2\n");
        assert_eq!(codes(&diagnostics), ["yaml-dokumen-ganda"]);
        assert_eq!(diagnostics[0].line_col(), (2, 1));
    }

    #[test]
    fn a_second_document_without_a_marker_is_underlined_inside_the_file() {
        // Found by fuzzing: `...` ends a document and `..` starts another at the file's end.
        for text in ["fff\n...\n..", "a: 1\n...\né", "a: 1\n...\nb"] {
            let (_, diagnostics) = parse_text(text);
            assert_eq!(codes(&diagnostics), ["yaml-dokumen-ganda"], "{text:?}");
            let span = diagnostics[0].span.clone().expect("located");
            assert!(
                span.end <= text.len() && text.is_char_boundary(span.end),
                "{text:?}"
            );
        }
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let (doc, diagnostics) = parse_text("a: 1\nb: \"tidak ditutup\nc: 2\n");
        assert!(doc.is_none());
        assert_eq!(codes(&diagnostics), ["yaml-sintaks"]);
        let (_, diagnostics) = parse_text("a:\n\t- x\n");
        assert_eq!(codes(&diagnostics), ["yaml-sintaks"]);
        assert!(diagnostics[0].message.contains("tab"));
        assert_eq!(diagnostics[0].line_col().0, 2);
    }

    #[test]
    fn alias_bomb_is_stopped_by_the_node_limit() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let (doc, diagnostics) = parse_text(&text);
        assert!(doc.is_none() || !diagnostics.is_empty());
        assert_eq!(codes(&diagnostics), ["yaml-batas"]);
    }

    #[test]
    fn deep_nesting_is_stopped() {
        let text = "[".repeat(100_000);
        let (_, diagnostics) = parse_text(&text);
        assert_eq!(codes(&diagnostics), ["yaml-batas"]);
        let text = (0..50)
            .map(|i| format!("{}k:\n", "  ".repeat(i)))
            .collect::<String>();
        let (_, diagnostics) = parse_text(&text);
        assert_eq!(codes(&diagnostics), ["yaml-batas"]);
    }

    #[test]
    fn invalid_utf8_is_reported_at_its_byte() {
        let (file, diagnostic) = decode("x.yaml", b"a: b\nc: \xff\n".to_vec());
        let diagnostic = diagnostic.unwrap();
        assert_eq!(diagnostic.code, Code::FileNotUtf8);
        assert_eq!(diagnostic.line_col(), (2, 4));
        assert!(file.text.contains('\u{fffd}'));
    }

    #[test]
    fn control_characters_are_reported_at_their_offset() {
        let (_, diagnostic) = decode("x.yaml", b"a: b\x07c\n".to_vec());
        let diagnostic = diagnostic.expect("a control character is an error");
        assert_eq!(diagnostic.code, Code::YamlSyntax);
        assert_eq!(diagnostic.span, Some(4..5));
        let (_, c1) = decode("x.yaml", "a: b\u{85}c\n".as_bytes().to_vec());
        assert_eq!(c1.expect("C1 is an error too").span, Some(4..6));
        for fine in ["a: b\tc\r\n", "\u{feff}a: é — ±☕\n"] {
            assert!(
                decode("x.yaml", fine.as_bytes().to_vec()).1.is_none(),
                "{fine:?}"
            );
        }
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let (doc, diagnostics) = parse_text("\u{feff}a: x\r\nb: y\r\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.json, json!({"a": "x", "b": "y"}));
        let span = doc.span(&NodePath::found("/b"), Target::Value);
        assert_eq!(&doc.file.text[span], "y");
    }

    #[test]
    fn infinity_is_reported() {
        let (_, diagnostics) = parse_text("a: .inf\n");
        assert_eq!(codes(&diagnostics), ["yaml-tidak-didukung"]);
    }
}
