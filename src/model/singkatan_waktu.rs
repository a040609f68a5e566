//! Units of time written as abbreviations (`3 HK`, `15 mnt`, `2 bln`): a citizen at the
//! counter may not know that "HK" means *hari kerja*, so a standard writes the word. This
//! finds them, in any text, and writes them out.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Abbreviations offices use for units of time, longest first, with the word they stand for.
const SINGKATAN: &[(&str, &str)] = &[
    ("h.k.", "hari kerja"),
    ("hrk", "hari kerja"),
    ("hk", "hari kerja"),
    ("hr", "hari"),
    ("mnt", "menit"),
    ("mn", "menit"),
    ("jm", "jam"),
    ("mgg", "minggu"),
    ("mg", "minggu"),
    ("bln", "bulan"),
    ("thn", "tahun"),
    ("th", "tahun"),
];

#[allow(clippy::panic, reason = "a constant pattern, compiled by the tests")]
static NUMBER_AND_ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = SINGKATAN.iter().map(|(a, _)| regex::escape(a)).collect();
    let pattern = format!(r"(?i)\b[0-9]{{1,6}} ?({})", words.join("|"));
    Regex::new(&pattern).unwrap_or_else(|e| panic!("abbreviation pattern: {e}"))
});

/// One abbreviated unit after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Singkatan {
    /// Byte range of the abbreviation in the text.
    pub letak: Range<usize>,
    /// The abbreviation as written (`HK`).
    pub tertulis: String,
    /// The word it stands for (`hari kerja`).
    pub kata: &'static str,
}

/// Every unit of time written as an abbreviation after a number in `text`.
pub fn cari(text: &str) -> Vec<Singkatan> {
    NUMBER_AND_ABBREVIATION
        .captures_iter(text)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            let unit = captures.get(1)?;
            // A whole word only: "15 mnt" but not "3 menit" or "2 hrs".
            if text[whole.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                return None;
            }
            let written = unit.as_str();
            let kata = SINGKATAN
                .iter()
                .find(|(a, _)| a.eq_ignore_ascii_case(written))
                .map(|(_, w)| *w)?;
            Some(Singkatan {
                letak: unit.start()..whole.end(),
                tertulis: text[unit.start()..whole.end()].to_string(),
                kata,
            })
        })
        .collect()
}

/// `text` with every abbreviated unit written out, or `None` when it has none.
pub fn tulis_lengkap(text: &str) -> Option<String> {
    let found = cari(text);
    if found.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for s in &found {
        let before = &text[at..s.letak.start];
        out.push_str(before);
        if before.ends_with(|c: char| c.is_ascii_digit()) {
            out.push(' ');
        }
        out.push_str(s.kata);
        at = s.letak.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviated_units_are_found_and_written_out() {
        assert_eq!(tulis_lengkap("3 HK").as_deref(), Some("3 hari kerja"));
        assert_eq!(
            tulis_lengkap("15 mnt sejak berkas lengkap, paling lama 2 bln.").as_deref(),
            Some("15 menit sejak berkas lengkap, paling lama 2 bulan.")
        );
        assert_eq!(tulis_lengkap("1-3 h.k.").as_deref(), Some("1-3 hari kerja"));
        assert_eq!(tulis_lengkap("5hr").as_deref(), Some("5 hari"));
    }

    #[test]
    fn words_and_other_letters_are_left_alone() {
        for text in [
            "3 hari kerja",
            "15 menit",
            "2 jam",
            "nomor 3 mgr",
            "Kelas 1 thnx",
            "Jl. Merdeka 12",
            "2 hrs",
        ] {
            assert_eq!(tulis_lengkap(text), None, "{text}");
        }
    }
}
