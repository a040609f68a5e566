//! YAML 1.2 core-schema typing of plain scalars, the same rules editors apply.
//!
//! An editor validating with our JSON Schema (yaml-language-server) types `027.58` as a number
//! and `yes` as text. `standar` must agree, so that what an officer has to quote is the same
//! everywhere: a plain scalar is typed here exactly as the YAML 1.2 core schema says.

use serde_json::{Number, Value};

use super::node::Scalar;

/// Why a scalar cannot become a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScalarProblem {
    /// `.inf` or `.nan`: JSON has no such numbers.
    NotFinite,
    /// A tag other than the core ones (`!!str`, `!!int`, …).
    UnsupportedTag(String),
    /// A core tag whose text does not fit it, e.g. `!!int abc`.
    TagMismatch(String),
}

/// The JSON value YAML gives a scalar.
pub fn to_json(scalar: &Scalar) -> Result<Value, ScalarProblem> {
    match scalar.tag.as_deref() {
        None if scalar.plain => Ok(resolve_plain(&scalar.text)?),
        None => Ok(Value::String(scalar.text.clone())),
        Some(tag) => resolve_tagged(tag, &scalar.text),
    }
}

fn resolve_tagged(tag: &str, text: &str) -> Result<Value, ScalarProblem> {
    let core = tag
        .strip_prefix("tag:yaml.org,2002:")
        .or_else(|| tag.strip_prefix("!!"));
    let mismatch = || ScalarProblem::TagMismatch(tag.to_string());
    match core {
        Some("str") => Ok(Value::String(text.to_string())),
        Some("null") if is_null(text) => Ok(Value::Null),
        Some("bool") => parse_bool(text).map(Value::Bool).ok_or_else(mismatch),
        Some("int") => parse_int(text).ok_or_else(mismatch),
        Some("float") => match parse_float(text) {
            Some(Ok(value)) => Ok(value),
            Some(Err(problem)) => Err(problem),
            None => parse_int(text).ok_or_else(mismatch),
        },
        Some("null") => Err(mismatch()),
        _ => Err(ScalarProblem::UnsupportedTag(tag.to_string())),
    }
}

fn resolve_plain(text: &str) -> Result<Value, ScalarProblem> {
    if is_null(text) {
        return Ok(Value::Null);
    }
    if let Some(b) = parse_bool(text) {
        return Ok(Value::Bool(b));
    }
    if let Some(int) = parse_int(text) {
        return Ok(int);
    }
    match parse_float(text) {
        Some(result) => result,
        None => Ok(Value::String(text.to_string())),
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

fn parse_int(text: &str) -> Option<Value> {
    if let Some(octal) = text.strip_prefix("0o") {
        return non_empty_radix(octal, 8);
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return non_empty_radix(hex, 16);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::Number(i.into()));
    }
    if let Ok(u) = text.trim_start_matches('+').parse::<u64>() {
        return Some(Value::Number(u.into()));
    }
    // Too long for 64 bits: still a number to YAML, so keep it one (as a float).
    text.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
}

fn non_empty_radix(digits: &str, radix: u32) -> Option<Value> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    match u64::from_str_radix(digits, radix) {
        Ok(u) => Some(Value::Number(u.into())),
        Err(_) => Some(Value::Number(Number::from_f64(f64::MAX)?)),
    }
}

/// `None` when the text is not a float; `Some(Err)` for `.inf`/`.nan`.
fn parse_float(text: &str) -> Option<Result<Value, ScalarProblem>> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(Err(ScalarProblem::NotFinite));
    }
    if !is_core_float(unsigned) {
        return None;
    }
    let value = text.parse::<f64>().ok()?;
    let number = Number::from_f64(value)?;
    Some(Ok(Value::Number(number)))
}

/// `( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?` on an unsigned text.
fn is_core_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()),
        Some((int, frac)) => {
            int.bytes().all(|b| b.is_ascii_digit()) && frac.bytes().all(|b| b.is_ascii_digit())
        }
        None => !mantissa.is_empty() && mantissa.bytes().all(|b| b.is_ascii_digit()),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain(text: &str) -> Result<Value, ScalarProblem> {
        to_json(&Scalar {
            text: text.into(),
            plain: true,
            block: false,
            tag: None,
        })
    }

    #[test]
    fn core_schema_types_like_an_editor_does() {
        assert_eq!(plain("027.58"), Ok(json!(27.58)));
        assert_eq!(plain("08.00"), Ok(json!(8.0)));
        assert_eq!(plain("081256506007"), Ok(json!(81256506007_i64)));
        assert_eq!(plain("1e3"), Ok(json!(1000.0)));
        assert_eq!(plain("yes"), Ok(json!("yes")));
        assert_eq!(plain("no"), Ok(json!("no")));
        assert_eq!(plain("on"), Ok(json!("on")));
        assert_eq!(plain("True"), Ok(json!(true)));
        assert_eq!(plain("~"), Ok(Value::Null));
        assert_eq!(plain(""), Ok(Value::Null));
        assert_eq!(plain("2024-01-02"), Ok(json!("2024-01-02")));
        assert_eq!(plain("0x1F"), Ok(json!(31)));
        assert_eq!(plain("0o17"), Ok(json!(15)));
        assert_eq!(plain("1.500.000"), Ok(json!("1.500.000")));
        assert_eq!(plain("-5"), Ok(json!(-5)));
        assert_eq!(plain(".5"), Ok(json!(0.5)));
        assert_eq!(plain("5."), Ok(json!(5.0)));
        assert_eq!(plain("."), Ok(json!(".")));
        assert_eq!(plain("e3"), Ok(json!("e3")));
        assert_eq!(plain(".inf"), Err(ScalarProblem::NotFinite));
        assert_eq!(plain("-.Inf"), Err(ScalarProblem::NotFinite));
        assert_eq!(plain(".nan"), Err(ScalarProblem::NotFinite));
    }

    #[test]
    fn huge_integers_stay_numbers() {
        assert!(plain("123456789012345678901234567890").unwrap().is_number());
    }

    #[test]
    fn quoted_and_tagged_scalars() {
        let quoted = Scalar {
            text: "027.58".into(),
            plain: false,
            block: false,
            tag: None,
        };
        assert_eq!(to_json(&quoted), Ok(json!("027.58")));
        let tagged = Scalar {
            text: "027.58".into(),
            plain: true,
            block: false,
            tag: Some("tag:yaml.org,2002:str".into()),
        };
        assert_eq!(to_json(&tagged), Ok(json!("027.58")));
        let custom = Scalar {
            text: "x".into(),
            plain: true,
            block: false,
            tag: Some("!rahasia".into()),
        };
        assert_eq!(
            to_json(&custom),
            Err(ScalarProblem::UnsupportedTag("!rahasia".into()))
        );
    }
}
