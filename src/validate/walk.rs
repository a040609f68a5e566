//! Finding the schema of a place in a document: which keys are allowed or required there.

use std::collections::BTreeSet;

use serde_json::Value;

/// Every schema object a JSON Pointer can reach in `root`, following `$ref`,
/// `anyOf`/`oneOf`/`allOf` and `items`.
pub fn schema_at<'a>(root: &'a Value, pointer: &str) -> Vec<&'a Value> {
    let mut here = expand(root, root);
    for segment in pointer.split('/').skip(1) {
        let is_index = !segment.is_empty() && segment.chars().all(|c| c.is_ascii_digit());
        here = here
            .iter()
            .filter_map(|s| match is_index {
                true => s.get("items"),
                false => s.get("properties").and_then(|p| p.get(segment)),
            })
            .flat_map(|s| expand(root, s))
            .collect();
    }
    here
}

/// A schema with its `$ref` followed and its alternatives flattened.
fn expand<'a>(root: &'a Value, schema: &'a Value) -> Vec<&'a Value> {
    let mut out = vec![schema];
    if let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p))
    {
        out.extend(expand(root, target));
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.extend(expand(root, branch));
        }
    }
    out
}

/// What may be removed at `pointer`: a list item, an optional key, or nothing (a required key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removable {
    /// An item of a list.
    Item,
    /// A key the schema does not require.
    Key,
    /// A required key.
    No,
}

/// Whether the node at `pointer` could be deleted from the file.
pub fn removable(root: &Value, pointer: &str) -> Removable {
    let Some((parent, key)) = pointer.rsplit_once('/') else {
        return Removable::No;
    };
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
        return Removable::Item;
    }
    let required = schema_at(root, parent).iter().any(|s| {
        s.get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|k| k == key))
    });
    if required {
        Removable::No
    } else {
        Removable::Key
    }
}

/// The names of every key the schema declares anywhere whose own schema passes `keep`.
pub fn keys_where(schema: &Value, keep: &dyn Fn(&Value) -> bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect(schema, &mut out, keep);
    out
}

fn collect(schema: &Value, out: &mut BTreeSet<String>, keep: &dyn Fn(&Value) -> bool) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                for (name, property) in properties {
                    if keep(property) {
                        out.insert(name.clone());
                    }
                }
            }
            map.values().for_each(|v| collect(v, out, keep));
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, out, keep)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::FileKind;

    #[test]
    fn required_keys_and_list_items_are_told_apart() {
        let schema = FileKind::Standar.schema();
        assert_eq!(removable(&schema, "/nama"), Removable::No);
        assert_eq!(removable(&schema, "/deskripsi"), Removable::Key);
        assert_eq!(removable(&schema, "/persyaratan/0"), Removable::Item);
        assert_eq!(
            removable(&schema, "/prosedur/alur/0/langkah/1/uraian"),
            Removable::No
        );
        assert_eq!(
            removable(&schema, "/jangka_waktu/keterangan"),
            Removable::Key
        );
        let unit = FileKind::Unit.schema();
        assert_eq!(
            removable(&unit, "/maklumat/penandatangan/jabatan"),
            Removable::No
        );
    }
}
