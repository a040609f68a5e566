//! The documentation of every diagnostic code beyond its one-line summary: how to fix it,
//! and, where the problem is in a standard's text, the same lines written wrong and right.
//! A unit test refuses a code without its documentation; the integration tests check the
//! examples (the wrong one reports the code, the right one is clean), and the documentation
//! book's page of each code is generated from here.

mod jenis;
mod masa;
mod survei;
mod umum;

use super::code::{Code, Severity};
use jenis::tanpa_contoh;
pub use jenis::{Contoh, Penjelasan};
use masa::PENJELASAN_MASA;
use survei::PENJELASAN_SURVEI;
use umum::PENJELASAN;

/// The page of a code in Markdown: its summary, severity, how to fix it and its example.
pub fn halaman(code: Code) -> String {
    let penjelasan = penjelasan(code);
    let jenis = match code.severity() {
        Severity::Error => "**galat** (menggagalkan `standar check` dan `standar build`)",
        Severity::Warning => {
            "**peringatan** (tidak menggagalkan, kecuali dengan `--deny-warnings`)"
        }
    };
    let mut page = format!(
        "# `{}`\n\n{}\n\nJenis: {jenis}.\n\n## Cara memperbaiki\n\n{}\n",
        code.as_str(),
        code.summary(),
        penjelasan.perbaikan
    );
    if let Some(contoh) = penjelasan.contoh {
        page.push_str(&format!(
            "\n## Contoh\n\nSalah:\n\n```yaml\n{}```\n\nBenar:\n\n```yaml\n{}```\n",
            contoh.salah, contoh.benar
        ));
    }
    page
}

/// The documentation of `code`.
pub fn penjelasan(code: Code) -> Penjelasan {
    PENJELASAN
        .iter()
        .chain(PENJELASAN_MASA)
        .chain(PENJELASAN_SURVEI)
        .find(|(c, _)| *c == code)
        .map_or(tanpa_contoh(""), |(_, p)| *p)
}

/// The documentation of the code printed as `kode`, as JSON for the browser editor:
/// `{"kode", "perbaikan", "salah", "benar"}` (the examples `null` when there are none);
/// `None` for a text that is no code.
pub fn penjelasan_json(kode: &str) -> Option<String> {
    let code = Code::ALL.iter().copied().find(|c| c.as_str() == kode)?;
    let penjelasan = penjelasan(code);
    let value = serde_json::json!({
        "kode": code.as_str(),
        "perbaikan": penjelasan.perbaikan,
        "salah": penjelasan.contoh.map(|c| c.salah),
        "benar": penjelasan.contoh.map(|c| c.benar),
    });
    Some(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_explained_and_found_by_its_text() {
        for code in Code::ALL {
            assert!(
                PENJELASAN
                    .iter()
                    .chain(PENJELASAN_MASA)
                    .chain(PENJELASAN_SURVEI)
                    .any(|(c, _)| c == code),
                "{code} has no entry in PENJELASAN"
            );
            let json = penjelasan_json(code.as_str()).unwrap_or_default();
            assert!(json.contains(code.as_str()), "{json}");
            assert!(!penjelasan(*code).perbaikan.is_empty());
            assert!(halaman(*code).contains("## Cara memperbaiki"));
        }
        assert_eq!(penjelasan_json("bukan-kode"), None);
    }
}
