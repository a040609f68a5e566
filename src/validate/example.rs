//! Copyable examples for a value written in the wrong shape: what a mapping looks like at this
//! place, built from the schema, with the officer's own text put where it fits
//! (`sk: 027.58` → `sk:` / `  nomor: "027.58"`).

use regex::Regex;
use serde_json::Value;

use super::walk::schema_at;
use crate::yaml_scalar::scalar;

/// Keys that name the thing a mapping describes, in order of preference.
const NAMING_KEYS: &[&str] = &["nomor", "nama", "total", "uraian", "teks", "kontak"];

/// At most this many keys in an example: enough to show the shape, short enough to copy.
const MAX_KEYS: usize = 4;

/// A YAML example of the mapping expected at `pointer`, with `written` (the scalar the officer
/// wrote there) under the first key that accepts it. `None` when no mapping is expected.
pub fn mapping(root: &Value, pointer: &str, written: Option<&str>) -> Option<String> {
    let schemas = schema_at(root, pointer);
    let object = schemas.iter().find(|s| s.get("properties").is_some())?;
    let properties = object.get("properties")?.as_object()?;
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    // The officer's text goes under the key that takes it most specifically: one whose
    // pattern it matches (a duration under `total`), else a required key, else the key that
    // names the thing (`nomor`, `nama`, …), else any key that takes text.
    let home = written.and_then(|text| {
        let takes = |key: &&str| accepts_text(root, &format!("{pointer}/{key}"), text);
        let keys = || properties.keys().map(String::as_str);
        let naming = || {
            NAMING_KEYS
                .iter()
                .copied()
                .filter(|k| properties.contains_key(*k))
        };
        let patterned = |key: &&str| has_pattern(root, &format!("{pointer}/{key}"));
        naming()
            .filter(patterned)
            .find(takes)
            .or_else(|| keys().filter(patterned).find(takes))
            .or_else(|| required.iter().copied().find(takes))
            .or_else(|| {
                NAMING_KEYS
                    .iter()
                    .copied()
                    .filter(|k| properties.contains_key(*k))
                    .find(takes)
            })
            .or_else(|| keys().find(takes))
    });
    let mut keys: Vec<&str> = home.into_iter().collect();
    keys.extend(required.iter().copied().filter(|k| Some(*k) != home));
    if keys.is_empty() {
        keys.extend(properties.keys().map(String::as_str).take(1));
    }
    keys.truncate(MAX_KEYS);
    // The file's top level has no key of its own and is not indented.
    let last = pointer.rsplit('/').next().filter(|_| !pointer.is_empty());
    let head = last.map(|last| match last.chars().all(|c| c.is_ascii_digit()) {
        true => "-".to_string(),
        false => format!("{last}:"),
    });
    let indent = if head.is_some() { "  " } else { "" };
    let lines: Vec<String> = keys
        .iter()
        .map(|key| match (home, written) {
            (Some(h), Some(text)) if h == *key => format!("{indent}{key}: {}", scalar(text)),
            _ => format!(
                "{indent}{key}: {}",
                placeholder(root, &format!("{pointer}/{key}"))
            ),
        })
        .collect();
    Some(match head {
        Some(head) => format!("{head}\n{}", lines.join("\n")),
        None => lines.join("\n"),
    })
}

/// A one-line text expected at `pointer` that must match a pattern (a duration, hours): its
/// first example, so that a list written there is answered with `total: 60 menit`, not with a
/// block of text the pattern would refuse.
pub fn patterned_text(root: &Value, pointer: &str) -> Option<String> {
    schema_at(root, pointer)
        .iter()
        .find(|s| s.get("pattern").is_some())
        .and_then(|s| s.get("examples"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Whether the text at `pointer` must match a pattern.
fn has_pattern(root: &Value, pointer: &str) -> bool {
    schema_at(root, pointer)
        .iter()
        .any(|s| s.get("pattern").is_some())
}

/// Whether the schema at `pointer` takes `text` as a string as written.
fn accepts_text(root: &Value, pointer: &str, text: &str) -> bool {
    schema_at(root, pointer).iter().any(|s| {
        let is_string = match s.get("type") {
            Some(Value::String(t)) => t == "string",
            Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
            _ => false,
        };
        let in_enum = s
            .get("enum")
            .and_then(Value::as_array)
            .is_none_or(|options| options.iter().any(|o| o == text))
            && s.get("const").is_none_or(|c| c == text);
        let matches = s
            .get("pattern")
            .and_then(Value::as_str)
            .is_none_or(|p| Regex::new(p).is_ok_and(|re| re.is_match(text)));
        is_string && in_enum && matches
    })
}

/// What to write for a key the officer has not written: its example, `true` for a yes/no,
/// a one-item list for a list, else an ellipsis to replace.
fn placeholder(root: &Value, pointer: &str) -> String {
    let schemas = schema_at(root, pointer);
    if let Some(fixed) = schemas.iter().find_map(|s| s.get("const")) {
        return match fixed {
            Value::String(text) => scalar(text),
            other => other.to_string(),
        };
    }
    if let Some(example) = schemas
        .iter()
        .filter_map(|s| s.get("examples").and_then(Value::as_array))
        .flatten()
        .find_map(Value::as_str)
    {
        return scalar(example);
    }
    let has_type = |name: &str| {
        schemas.iter().any(|s| match s.get("type") {
            Some(Value::String(t)) => t == name,
            Some(Value::Array(types)) => types.iter().any(|t| t == name),
            _ => false,
        })
    };
    if has_type("boolean") {
        "true".to_string()
    } else if has_type("array") {
        "\n    - …".to_string()
    } else {
        "…".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::FileKind;

    fn standard() -> Value {
        FileKind::Standar.schema()
    }

    #[test]
    fn a_decree_number_written_alone_goes_under_nomor() {
        let example = mapping(&standard(), "/sk", Some("027.58")).expect("sk is a mapping");
        assert_eq!(example, "sk:\n  nomor: \"027.58\"");
    }

    #[test]
    fn a_duration_written_alone_goes_under_total() {
        let example = mapping(&standard(), "/jangka_waktu", Some("3 hari kerja")).expect("mapping");
        assert_eq!(example, "jangka_waktu:\n  total: \"3 hari kerja\"");
    }

    #[test]
    fn a_word_that_is_not_one_of_a_fixed_set_is_not_put_there() {
        let example = mapping(&standard(), "/biaya", Some("gratis")).expect("mapping");
        assert!(!example.contains("gabungan"), "{example}");
    }

    #[test]
    fn the_top_level_is_not_indented() {
        let example = mapping(&standard(), "", None).expect("mapping");
        assert!(example.starts_with("versi_format: 1\nnama: "), "{example}");
    }

    #[test]
    fn required_keys_are_shown_with_placeholders() {
        let example = mapping(&standard(), "/penyelenggara", None).expect("mapping");
        assert!(example.starts_with("penyelenggara:\n  "), "{example}");
        assert!(
            example.contains("pemerintah: ") && example.contains("unit: "),
            "{example}"
        );
    }

    #[test]
    fn a_duration_field_offers_its_first_example() {
        assert_eq!(
            patterned_text(&standard(), "/jangka_waktu/total").as_deref(),
            Some("60 menit")
        );
        assert_eq!(patterned_text(&standard(), "/nama"), None);
    }
}
