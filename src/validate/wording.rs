//! Small pieces of wording shared by the messages: lists, capitals, values as written.

use serde_json::Value;

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `a, b atau c`.
pub fn join_or(items: &[&str]) -> String {
    match items {
        [] => "nilai lain".to_string(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} atau {last}", init.join(", ")),
    }
}

/// Items as code, separated by commas: `` `a`, `b` ``.
pub fn list_code<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A JSON value as the officer wrote it: text without quotes, anything else as JSON.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
