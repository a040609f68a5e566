//! Whole numbers written the Indonesian way, with thousands dots (`rupiah: 1.500.000`).
//!
//! YAML reads `1.500.000` as text and `750.000` as the decimal 750, so the schema (and then the
//! model) would report them as different mistakes, the decimals one per run. They are one
//! mistake with one fix, found here all at once before the schema looks at the file.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, place};
use crate::parse::Document;
use crate::parse::node::{NodeValue, unescape_pointer_segment};
use crate::validate::walk::keys_where;

/// `1.500.000`, `750.000`, `5,000`, `Rp 25.000,-`, `Rp1.500.000,00`.
static GROUPED: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(
        clippy::unwrap_used,
        reason = "a constant pattern, covered by the tests"
    )]
    Regex::new(r"^(?i:rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?:,-|,00|\.-)?$").unwrap()
});

/// The names of the keys whose value the schema requires to be a whole number.
pub fn integer_keys(schema: &Value) -> BTreeSet<String> {
    keys_where(schema, &is_integer)
}

fn is_integer(property: &Value) -> bool {
    match property.get("type") {
        Some(Value::String(t)) => t == "integer",
        Some(Value::Array(types)) => types.iter().any(|t| t == "integer"),
        _ => false,
    }
}

/// Every whole number written with thousands separators (or `Rp`) under a whole-number key.
/// Returns the diagnostics and the JSON pointers they cover, whose schema errors are redundant.
pub fn find(doc: &Document, keys: &BTreeSet<String>) -> (Vec<Diagnostic>, BTreeSet<String>) {
    let mut diagnostics = Vec::new();
    let mut pointers = BTreeSet::new();
    let mut pointer = String::new();
    doc.root
        .walk_scalars(&mut pointer, &mut |pointer, node, scalar| {
            let last = pointer.rsplit('/').next().unwrap_or_default();
            let is_integer_key = match last.contains('~') {
                true => keys.contains(&unescape_pointer_segment(last)),
                false => keys.contains(last),
            };
            if !is_integer_key || !matches!(node.value, NodeValue::Scalar(_)) {
                return;
            }
            let written = scalar.text.trim();
            let Some(digits) = GROUPED.captures(written).and_then(|c| c.get(1)) else {
                return;
            };
            let whole: String = digits.as_str().chars().filter(char::is_ascii_digit).collect();
            if whole == written {
                return;
            }
            let read_as = match doc.json.pointer(pointer).and_then(Value::as_f64) {
                Some(n) => format!("{n} (titik dibaca sebagai tanda desimal)"),
                None => "teks, bukan angka".to_string(),
            };
            let mut how = Vec::new();
            if written.to_lowercase().starts_with("rp") {
                how.push("Rp");
            }
            if digits.as_str().contains('.') {
                how.push("titik ribuan");
            }
            if digits.as_str().contains(',') || written.ends_with(",-") || written.ends_with(",00") {
                how.push("koma");
            }
            diagnostics.push(
                Diagnostic::new(
                    Code::ThousandsSeparator,
                    &doc.file,
                    format!(
                        "{} ditulis dengan {} (`{written}`), sehingga YAML membacanya sebagai {read_as}",
                        place(pointer),
                        how.join(" dan "),
                    ),
                )
                .at(node.span.clone())
                .help(format!("tulis angkanya saja: `{whole}`")),
            );
            pointers.insert(pointer.to_string());
        });
    (diagnostics, pointers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_numbers_are_recognised() {
        for (text, digits) in [
            ("1.500.000", "1.500.000"),
            ("750.000", "750.000"),
            ("5,000", "5,000"),
            ("Rp 25.000,-", "25.000"),
            ("Rp1.500.000,00", "1.500.000"),
            ("Rp. 5000", "5000"),
            ("5000", "5000"),
        ] {
            let found = GROUPED.captures(text).and_then(|c| c.get(1));
            assert_eq!(found.map(|m| m.as_str()), Some(digits), "{text}");
        }
        for text in ["1.5", "12.34.567", "sesuai Perda", "1.500.00"] {
            assert!(GROUPED.captures(text).is_none(), "{text}");
        }
    }
}
