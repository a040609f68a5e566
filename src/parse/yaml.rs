//! Builds the [`Node`] tree from the YAML event stream, with byte spans, duplicate-key
//! detection and bounded alias expansion.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};

use super::limits::Limits;
use super::node::{MapEntry, Node, NodeValue, Scalar};
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{CharToByte, SourceFile};

/// Parses the single YAML document of `file` into a tree.
///
/// Returns the tree (if one could be built) and every problem found. A syntax error ends
/// parsing; duplicate and complex keys are reported and parsing goes on.
pub fn parse_tree(file: &Arc<SourceFile>, limits: &Limits) -> (Option<Node>, Vec<Diagnostic>) {
    let mut builder = Builder {
        file,
        limits,
        offsets: CharToByte::new(&file.text),
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        documents: 0,
        root: None,
        diagnostics: Vec::new(),
    };
    let mut parser = Parser::new_from_str(&file.text);
    loop {
        match parser.next_event() {
            None => break,
            Some(Ok((event, span))) => match builder.event(event, span) {
                Walk::Continue => {}
                Walk::Stop => break,
            },
            Some(Err(error)) => {
                builder.syntax_error(&error);
                return (None, builder.diagnostics);
            }
        }
    }
    (builder.root, builder.diagnostics)
}

enum Walk {
    Continue,
    Stop,
}

enum Nesting {
    Sequence {
        start: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Mapping {
        start: usize,
        anchor: usize,
        entries: Vec<MapEntry>,
        seen: HashMap<String, Range<usize>>,
        key: Option<Node>,
    },
}

struct Builder<'a> {
    file: &'a Arc<SourceFile>,
    limits: &'a Limits,
    offsets: CharToByte<'a>,
    stack: Vec<Nesting>,
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    documents: usize,
    root: Option<Node>,
    diagnostics: Vec<Diagnostic>,
}

impl Builder<'_> {
    fn span(&mut self, span: &Span) -> Range<usize> {
        let start = self.offsets.byte_offset(span.start.index());
        let end = self.offsets.byte_offset(span.end.index());
        start..end.max(start)
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Walk {
        let range = self.span(&span);
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    // Underline the `---` marker, or the first characters of a document
                    // that starts without one (after `...`), never past the line or file.
                    let text = &self.file.text;
                    let start = range.start.min(text.len());
                    let end = text[start..]
                        .char_indices()
                        .take_while(|(_, c)| *c != '\n' && *c != '\r')
                        .take(3)
                        .last()
                        .map_or(start, |(i, c)| start + i + c.len_utf8());
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::YamlMultipleDocuments,
                            self.file,
                            "berkas berisi lebih dari satu dokumen YAML",
                        )
                        .at(start..end)
                        .label("dokumen kedua dimulai di sini")
                        .help("satu berkas memuat satu standar; pindahkan dokumen kedua ke berkas lain atau hapus pemisah `---`"),
                    );
                    return Walk::Stop;
                }
                Walk::Continue
            }
            Event::Scalar(text, style, anchor, tag) => {
                if text.len() > self.limits.max_scalar_bytes {
                    return self.limit(
                        range,
                        format!(
                            "teks ini sepanjang {} bita, melebihi batas {} bita",
                            text.len(),
                            self.limits.max_scalar_bytes
                        ),
                    );
                }
                let scalar = Scalar {
                    text: text.into_owned(),
                    plain: style == ScalarStyle::Plain,
                    block: matches!(style, ScalarStyle::Literal | ScalarStyle::Folded),
                    tag: tag.map(|t| format!("{}{}", t.handle, t.suffix)),
                };
                let node = Node {
                    value: NodeValue::Scalar(scalar),
                    span: range,
                };
                self.finish(node, anchor, 1)
            }
            Event::SequenceStart(anchor, _) => self.open(
                Nesting::Sequence {
                    start: range.start,
                    anchor,
                    items: Vec::new(),
                },
                range,
            ),
            Event::MappingStart(anchor, _) => self.open(
                Nesting::Mapping {
                    start: range.start,
                    anchor,
                    entries: Vec::new(),
                    seen: HashMap::new(),
                    key: None,
                },
                range,
            ),
            Event::SequenceEnd | Event::MappingEnd => self.close(range.end),
            Event::Alias(id) => match self.anchors.get(&id) {
                Some((node, size)) => {
                    let size = *size;
                    let mut node = node.clone();
                    node.span = range;
                    self.finish(node, 0, size)
                }
                None => Walk::Continue,
            },
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {
                Walk::Continue
            }
        }
    }

    fn open(&mut self, frame: Nesting, range: Range<usize>) -> Walk {
        if self.stack.len() >= self.limits.max_depth {
            return self.limit(
                range,
                format!(
                    "struktur bersarang lebih dari {} tingkat",
                    self.limits.max_depth
                ),
            );
        }
        self.stack.push(frame);
        Walk::Continue
    }

    fn close(&mut self, end: usize) -> Walk {
        let Some(frame) = self.stack.pop() else {
            return Walk::Continue;
        };
        let (node, anchor) = match frame {
            Nesting::Sequence {
                start,
                anchor,
                items,
            } => (
                Node {
                    value: NodeValue::Sequence(items),
                    span: start..end.max(start),
                },
                anchor,
            ),
            Nesting::Mapping {
                start,
                anchor,
                entries,
                ..
            } => (
                Node {
                    value: NodeValue::Mapping(entries),
                    span: start..end.max(start),
                },
                anchor,
            ),
        };
        // Containers count themselves here; their children were counted as they finished.
        self.finish(node, anchor, 1)
    }

    /// Places a finished node into its parent, or as the document root.
    fn finish(&mut self, node: Node, anchor: usize, size: usize) -> Walk {
        self.nodes = self.nodes.saturating_add(size);
        if self.nodes > self.limits.max_nodes {
            return self.limit(
                node.span.clone(),
                format!(
                    "dokumen memuat lebih dari {} simpul setelah alias YAML diuraikan",
                    self.limits.max_nodes
                ),
            );
        }
        if anchor != 0 {
            let size = count_nodes(&node);
            self.anchors.insert(anchor, (node.clone(), size));
        }
        let max_items = self.limits.max_items;
        let mut too_many = None;
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Nesting::Sequence { items, .. }) => {
                if items.len() >= max_items {
                    too_many = Some(node.span.clone());
                } else {
                    items.push(node);
                }
            }
            Some(Nesting::Mapping {
                entries, seen, key, ..
            }) => match key.take() {
                None => *key = Some(node),
                Some(key_node) => {
                    if entries.len() >= max_items {
                        too_many = Some(key_node.span.clone());
                    } else {
                        let diagnostic = add_entry(self.file, entries, seen, key_node, node);
                        self.diagnostics.extend(diagnostic);
                    }
                }
            },
        }
        match too_many {
            Some(span) => self.limit(
                span,
                format!("daftar atau pemetaan ini memuat lebih dari {max_items} butir"),
            ),
            None => Walk::Continue,
        }
    }

    fn limit(&mut self, span: Range<usize>, message: String) -> Walk {
        self.diagnostics.push(
            Diagnostic::new(Code::YamlLimit, self.file, message)
                .at(span)
                .help("standar yang wajar jauh lebih kecil; periksa apakah berkas ini benar berkas standar pelayanan"),
        );
        Walk::Stop
    }

    fn syntax_error(&mut self, error: &ScanError) {
        let mut offset = self.offsets.byte_offset(error.marker().index());
        let (code, message, help) = super::scan_error::explain(error.info());
        // The scanner reports some tabs at the start of the scalar they follow; point at the
        // tab itself, which is what the officer has to delete.
        if error.info().contains("tab") {
            offset = indenting_tab(&self.file.text, offset).unwrap_or(offset);
        }
        // YAML notices a half-written line only on the line after it: point at that line.
        if let Some(slip) = super::slip::above(&self.file.text, offset) {
            self.diagnostics.push(
                Diagnostic::new(code, self.file, slip.message)
                    .at(slip.span)
                    .label("baris ini")
                    .help(slip.help),
            );
            return;
        }
        let end = next_char_end(&self.file.text, offset);
        self.diagnostics.push(
            Diagnostic::new(code, self.file, message)
                .at(offset..end)
                .label("di sini")
                .help(help),
        );
    }
}

/// The first tab from the start of `offset`'s line that indents its line (only spaces and
/// tabs before it), else the first tab from there.
fn indenting_tab(text: &str, offset: usize) -> Option<usize> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let mut line_start = start;
    let mut first_tab = None;
    for (i, c) in text[start..].char_indices() {
        let at = start + i;
        match c {
            '\n' => line_start = at + 1,
            '\t' => {
                first_tab.get_or_insert(at);
                if text[line_start..at].chars().all(|c| c == ' ' || c == '\t') {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    first_tab
}

fn next_char_end(text: &str, offset: usize) -> usize {
    text.get(offset..)
        .and_then(|rest| rest.chars().next())
        .map_or(offset, |c| offset + c.len_utf8())
}

fn count_nodes(node: &Node) -> usize {
    match &node.value {
        NodeValue::Scalar(_) => 1,
        NodeValue::Sequence(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        NodeValue::Mapping(entries) => {
            1 + entries.len() + entries.iter().map(|e| count_nodes(&e.value)).sum::<usize>()
        }
    }
}

fn add_entry(
    file: &Arc<SourceFile>,
    entries: &mut Vec<MapEntry>,
    seen: &mut HashMap<String, Range<usize>>,
    key: Node,
    value: Node,
) -> Option<Diagnostic> {
    let NodeValue::Scalar(scalar) = key.value else {
        return Some(
            Diagnostic::new(
                Code::YamlComplexKey,
                file,
                "kunci berupa daftar atau pemetaan; kunci harus berupa teks",
            )
            .at(key.span)
            .help("tulis kunci sebagai teks biasa, misalnya `persyaratan:`"),
        );
    };
    if let Some(first) = seen.get(&scalar.text) {
        return Some(
            Diagnostic::new(
                Code::YamlDuplicateKey,
                file,
                format!("kunci `{}` ditulis dua kali", scalar.text),
            )
            .at(key.span)
            .label("ditulis lagi di sini")
            .related(first.clone(), "pertama kali di sini")
            .help("hapus salah satu, atau gabungkan isinya di bawah satu kunci"),
        );
    }
    seen.insert(scalar.text.clone(), key.span.clone());
    entries.push(MapEntry {
        key: scalar.text,
        key_span: key.span,
        value,
    });
    None
}
