//! A list item of text that YAML read as `key: value` because it holds a colon and a space
//! (`- Pendidikan : minimal D3`). The schema would report an unknown key and a missing
//! `uraian`; the fix is one pair of quotes, so that is what is reported.

use std::collections::BTreeSet;
use std::fmt::Write;

use serde_json::Value;

use super::walk::schema_at;
use crate::diagnostic::{Code, Diagnostic, place};
use crate::parse::Document;
use crate::parse::node::{Node, NodeValue};

/// Every text item read as a one-key mapping, with the pointers whose schema errors it
/// explains. `keys` holds every key the schema knows, so that only an unknown key costs a
/// schema lookup.
pub fn find(
    doc: &Document,
    schema: &Value,
    keys: &BTreeSet<String>,
) -> (Vec<Diagnostic>, BTreeSet<String>) {
    let mut found = Vec::new();
    let mut pointers = BTreeSet::new();
    let known = Known { schema, keys };
    visit(
        doc,
        &known,
        &doc.root,
        &mut String::new(),
        &mut found,
        &mut pointers,
    );
    (found, pointers)
}

/// The schema and every key it names.
struct Known<'a> {
    schema: &'a Value,
    keys: &'a BTreeSet<String>,
}

fn visit(
    doc: &Document,
    schema: &Known<'_>,
    node: &Node,
    pointer: &mut String,
    out: &mut Vec<Diagnostic>,
    pointers: &mut BTreeSet<String>,
) {
    match &node.value {
        NodeValue::Scalar(_) => {}
        NodeValue::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                let _ = write!(pointer, "{i}");
                if let Some(diagnostic) = text_read_as_pair(doc, schema, item, pointer) {
                    out.push(diagnostic);
                    pointers.insert(pointer.clone());
                } else {
                    visit(doc, schema, item, pointer, out, pointers);
                }
                pointer.truncate(len);
            }
        }
        NodeValue::Mapping(entries) => {
            for entry in entries {
                let len = pointer.len();
                pointer.push('/');
                crate::parse::node::push_segment(pointer, &entry.key);
                visit(doc, schema, &entry.value, pointer, out, pointers);
                pointer.truncate(len);
            }
        }
    }
}

fn text_read_as_pair(
    doc: &Document,
    known: &Known<'_>,
    item: &Node,
    pointer: &str,
) -> Option<Diagnostic> {
    let NodeValue::Mapping(entries) = &item.value else {
        return None;
    };
    let [entry] = entries.as_slice() else {
        return None;
    };
    if !matches!(entry.value.value, NodeValue::Scalar(_)) || known.keys.contains(&entry.key) {
        return None;
    }
    let here = schema_at(known.schema, pointer);
    let takes_text = here
        .iter()
        .any(|s| s.get("type") == Some(&Value::from("string")));
    let is_key = here.iter().any(|s| {
        s.get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| p.contains_key(&entry.key))
    });
    if !takes_text || is_key {
        return None;
    }
    let written = doc
        .file
        .text
        .get(entry.key_span.start..entry.value.span.end)?
        .trim();
    if written.contains('\n') {
        return None;
    }
    let quoted = serde_json::to_string(written).ok()?;
    Some(
        Diagnostic::new(
            Code::WrongType,
            &doc.file,
            format!(
                "{} dibaca sebagai pasangan `kunci: nilai`, bukan teks, karena memuat titik dua diikuti spasi",
                place(pointer)
            ),
        )
        .at(entry.key_span.start..entry.value.span.end)
        .label("titik dua diikuti spasi")
        .help(format!("tulis butir ini dalam tanda kutip: `- {quoted}`")),
    )
}
