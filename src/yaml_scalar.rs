//! Writing text as a YAML scalar that reads back as the same text: for importer drafts and for
//! the examples in messages, which officers copy into their files.

/// Text as a scalar YAML reads back unchanged: plain when that is certain, else quoted.
pub fn scalar(text: &str) -> String {
    if plain_is_safe(text) {
        text.to_string()
    } else {
        serde_json::Value::String(text.to_string()).to_string()
    }
}

/// Words YAML 1.1 or 1.2 would read as something other than text.
const SPECIAL: &[&str] = &[
    "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
];

fn plain_is_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if text.trim() != text
        || text.contains(": ")
        || text.contains(" #")
        || text.ends_with(':')
        || text.chars().any(|c| c.is_control() || c == '\t')
        || SPECIAL.contains(&text.to_ascii_lowercase().as_str())
    {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    // Anything that starts like a number, a date or a time is quoted: `027.58`, `1e3`,
    // `2024-01-02`, `12:30`, `0812…`.
    if first.is_ascii_digit() || first == '.' || first == '+' {
        return text.split_whitespace().next().is_some_and(|word| {
            word.chars().any(|c| c.is_alphabetic()) && !word.contains(['e', 'E'])
        }) && text.contains(' ')
            && !text
                .chars()
                .take_while(|c| !c.is_whitespace())
                .any(|c| c == ':');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_the_same_text() {
        for (text, plain) in [
            ("Surat permohonan", true),
            ("027.58", false),
            ("yes", false),
            ("Nama : isi", false),
            ("- butir", false),
            ("60 Menit", false),
            ("3 hari kerja", false),
            ("1a. Formulir", true),
            ("Biaya #1", false),
            ("Catatan #penting", false),
            ("", false),
            (" spasi", false),
            ("Tanya?", true),
            ("\"kutip\"", false),
        ] {
            assert_eq!(plain_is_safe(text), plain, "{text}");
            let written = scalar(text);
            let back: String = serde_json::from_str(&written).unwrap_or(written.clone());
            assert_eq!(back, text);
        }
    }
}
