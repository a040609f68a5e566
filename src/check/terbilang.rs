//! Number words that disagree with their digits: `10 (sembilan) hari`.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Code, Diagnostic};
use crate::parse::Document;
use crate::parse::node::NodeValue;

#[allow(clippy::panic, reason = "a constant pattern, compiled by the tests")]
static NUMBER_WITH_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-9]{1,12})\s*\(([A-Za-z][A-Za-z \-]*)\)")
        .unwrap_or_else(|e| panic!("number-words pattern: {e}"))
});

/// A number whose words disagree: where the parenthesised words are in the text, the
/// digits' number and the words' number.
pub struct Selisih {
    /// Byte range of `(words)`, parentheses included.
    pub kata: std::ops::Range<usize>,
    /// The number in digits.
    pub angka: u64,
    /// The number the words say.
    pub terbilang: u64,
    /// The words as written.
    pub tertulis: String,
}

/// Every `N (words)` in `text` whose words are a number other than N.
pub fn selisih(text: &str) -> Vec<Selisih> {
    NUMBER_WITH_WORDS
        .captures_iter(text)
        .filter_map(|captures| {
            let digits = captures.get(1)?;
            let words = captures.get(2)?;
            let angka = digits.as_str().parse::<u64>().ok()?;
            let terbilang = parse_words(words.as_str())?;
            let whole = captures.get(0)?;
            (angka != terbilang).then(|| Selisih {
                kata: digits.end()..whole.end(),
                angka,
                terbilang,
                tertulis: words.as_str().trim().to_string(),
            })
        })
        .collect()
}

/// Checks every text of the document for `N (words)` where the words are a number other than N.
pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut pointer = String::new();
    doc.root.walk_scalars(&mut pointer, &mut |_, node, scalar| {
        if !matches!(node.value, NodeValue::Scalar(_)) {
            return;
        }
        for found in selisih(&scalar.text) {
            let number = found.angka;
            out.push(
                Diagnostic::new(
                    Code::NumberWords,
                    &doc.file,
                    format!(
                        "angka {number} ditulis terbilang \"{}\" ({})",
                        found.tertulis, found.terbilang
                    ),
                )
                .at(node.span.clone())
                .help(format!(
                    "samakan angka dan terbilangnya: {number} ({})",
                    terbilang(number)
                )),
            );
        }
    });
}

/// Indonesian words for a number: 25 → `dua puluh lima`, 1500 → `seribu lima ratus`.
pub fn terbilang(n: u64) -> String {
    const ONES: [&str; 12] = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ];
    fn words(n: u64) -> String {
        match n {
            0..=11 => ONES[n as usize].to_string(),
            12..=19 => format!("{} belas", ONES[(n - 10) as usize]),
            20..=99 => join(format!("{} puluh", ONES[(n / 10) as usize]), n % 10),
            100..=199 => join("seratus".to_string(), n - 100),
            200..=999 => join(format!("{} ratus", ONES[(n / 100) as usize]), n % 100),
            1000..=1999 => join("seribu".to_string(), n - 1000),
            2000..=999_999 => join(format!("{} ribu", words(n / 1000)), n % 1000),
            1_000_000..=999_999_999 => {
                join(format!("{} juta", words(n / 1_000_000)), n % 1_000_000)
            }
            _ => join(
                format!("{} miliar", words(n / 1_000_000_000)),
                n % 1_000_000_000,
            ),
        }
    }
    fn join(head: String, rest: u64) -> String {
        if rest == 0 {
            head
        } else {
            format!("{head} {}", words(rest))
        }
    }
    words(n)
}

/// The number some Indonesian words name, or `None` if they are not (only) number words.
pub fn parse_words(text: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for token in text
        .to_lowercase()
        .split([' ', '-'])
        .filter(|t| !t.is_empty())
    {
        any = true;
        let digit = |word: &str| -> Option<u64> {
            Some(match word {
                "nol" => 0,
                "satu" | "se" => 1,
                "dua" => 2,
                "tiga" => 3,
                "empat" => 4,
                "lima" => 5,
                "enam" => 6,
                "tujuh" => 7,
                "delapan" => 8,
                "sembilan" => 9,
                _ => return None,
            })
        };
        match token {
            "sepuluh" => current += 10,
            "sebelas" => current += 11,
            "seratus" => current += 100,
            "seribu" => total += 1000,
            "belas" => current = current.checked_add(10)?,
            "puluh" => current = (current % 10) * 10 + (current / 10) * 10,
            "ratus" => current = current.checked_mul(100)?,
            "ribu" => {
                total = total.checked_add(current.max(1).checked_mul(1000)?)?;
                current = 0;
            }
            "juta" => {
                total = total.checked_add(current.max(1).checked_mul(1_000_000)?)?;
                current = 0;
            }
            "miliar" => {
                total = total.checked_add(current.max(1).checked_mul(1_000_000_000)?)?;
                current = 0;
            }
            word => current = current.checked_add(digit(word)?)?,
        }
    }
    any.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for n in [
            0,
            1,
            7,
            10,
            11,
            12,
            19,
            20,
            25,
            60,
            99,
            100,
            101,
            115,
            250,
            999,
            1000,
            1500,
            2024,
            14_000,
            1_500_000,
            2_000_000_000,
        ] {
            let text = terbilang(n);
            assert_eq!(parse_words(&text), Some(n), "{n} → {text}");
        }
        assert_eq!(terbilang(14), "empat belas");
        assert_eq!(terbilang(60), "enam puluh");
        assert_eq!(terbilang(1500), "seribu lima ratus");
    }

    #[test]
    fn non_number_words_are_not_numbers() {
        assert_eq!(parse_words("bila diperlukan"), None);
        assert_eq!(parse_words("dua orang"), None);
        assert_eq!(parse_words("Sepuluh"), Some(10));
    }
}
