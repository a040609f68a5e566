//! JSON documents from serde values; a value that cannot be written is a diagnostic, never an
//! empty file.

use serde::Serialize;
use serde_json::value::RawValue;

use crate::diagnostic::{Code, Diagnostic};
use crate::source::SourceFile;

/// Pretty-printed JSON with a final newline, fields in the order the type declares them.
pub fn pretty(document: &str, value: &impl Serialize) -> Result<String, Diagnostic> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|error| problem(document, &error))
}

/// Pretty-printed JSON with a final newline and every object's keys sorted, so that the
/// document reads the same whatever order the model declares its fields in.
pub fn pretty_sorted(document: &str, value: &impl Serialize) -> Result<String, Diagnostic> {
    let value = serde_json::to_value(value).map_err(|error| problem(document, &error))?;
    pretty(document, &value)
}

/// JSON on one line, kept as written to be placed inside a larger document.
pub fn raw(document: &str, value: &impl Serialize) -> Result<Box<RawValue>, Diagnostic> {
    serde_json::value::to_raw_value(value).map_err(|error| problem(document, &error))
}

fn problem(document: &str, error: &serde_json::Error) -> Diagnostic {
    Diagnostic::new(
        Code::Template,
        &SourceFile::new(document, ""),
        format!("`{document}` tidak dapat ditulis sebagai JSON: {error}"),
    )
    .help("ini galat di standar sendiri, bukan di berkas Anda: mohon laporkan")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn a_value_json_cannot_hold_is_a_diagnostic() {
        let mut map = BTreeMap::new();
        map.insert((1, 2), "kunci bukan teks");
        let problem = pretty("x.json", &map).expect_err("JSON keys must be strings");
        assert!(problem.message.contains("x.json"), "{}", problem.message);
    }

    #[test]
    fn sorted_documents_sort_keys_at_every_depth() {
        #[derive(Serialize)]
        struct Inner {
            z: u8,
            a: u8,
        }
        #[derive(Serialize)]
        struct Outer {
            y: Inner,
            b: u8,
        }
        let text = pretty_sorted(
            "x.json",
            &Outer {
                y: Inner { z: 1, a: 2 },
                b: 3,
            },
        )
        .expect("JSON");
        assert_eq!(
            text,
            "{\n  \"b\": 3,\n  \"y\": {\n    \"a\": 2,\n    \"z\": 1\n  }\n}\n"
        );
    }
}
