//! A source document's text, whatever it came as: plain text, a saved web page, a Word
//! document (`.docx`) or a PDF with a text layer. The kind is recognised by the file's
//! first bytes, then by its extension; formats that cannot be read are named with what to
//! do instead.

pub use super::jenis::{BacaGalat, Jenis};

/// Extensions `standar impor` takes from a folder.
pub const DIKENAL: &[&str] = &["txt", "text", "md", "html", "htm", "docx", "pdf", "xlsx"];

/// A document's text as its readers see it, and the text it hides from them (hidden
/// elements of a page, hidden runs of a Word file), which an import never takes for content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dokumen {
    /// The text, line by line.
    pub teks: String,
    /// What it was read as.
    pub jenis: Jenis,
    /// Each hidden passage.
    pub tersembunyi: Vec<String>,
}

/// The document's text and what it was read as. `extension` (lower case, without the dot)
/// decides only where the bytes do not.
pub fn teks(bytes: &[u8], extension: &str) -> Result<(String, Jenis), BacaGalat> {
    baca(bytes, extension).map(|d| (d.teks, d.jenis))
}

/// The document, read: see [`Dokumen`].
pub fn baca(bytes: &[u8], extension: &str) -> Result<Dokumen, BacaGalat> {
    let jenis = jenis_dokumen(bytes, extension)?;
    let (teks, tersembunyi) = match jenis {
        Jenis::Teks => (
            std::str::from_utf8(bytes)
                .map_err(|_| BacaGalat::BukanUtf8)?
                .to_string(),
            Vec::new(),
        ),
        Jenis::Html => {
            let text = std::str::from_utf8(bytes).map_err(|_| BacaGalat::BukanUtf8)?;
            let limit = super::html::NESTING_LIMIT;
            if super::html::nesting(text, limit) > limit {
                return Err(BacaGalat::Rusak(format!(
                    "unsur halamannya bersarang lebih dari {limit} tingkat"
                )));
            }
            super::html::baca(text)
        }
        Jenis::Docx => docx(bytes)?,
        Jenis::Pdf => (pdf(bytes)?, Vec::new()),
        Jenis::Xlsx => xlsx(bytes)?,
    };
    Ok(Dokumen {
        teks,
        jenis,
        tersembunyi,
    })
}

#[cfg(feature = "docx")]
fn docx(bytes: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    super::docx::baca(bytes)
}

#[cfg(not(feature = "docx"))]
fn docx(_: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    Err(BacaGalat::TidakDidukung(Jenis::Docx))
}

#[cfg(feature = "dokumen")]
fn xlsx(bytes: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    super::lembar::teks(bytes)
}

#[cfg(not(feature = "dokumen"))]
fn xlsx(_: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    Err(BacaGalat::TidakDidukung(Jenis::Xlsx))
}

#[cfg(feature = "dokumen")]
fn pdf(bytes: &[u8]) -> Result<String, BacaGalat> {
    super::pdf::teks(bytes)
}

#[cfg(not(feature = "dokumen"))]
fn pdf(_: &[u8]) -> Result<String, BacaGalat> {
    Err(BacaGalat::TidakDidukung(Jenis::Pdf))
}

/// What the bytes are, as [`teks`] reads them; a kind it cannot read is an error.
pub fn jenis_dokumen(bytes: &[u8], extension: &str) -> Result<Jenis, BacaGalat> {
    jenis(bytes, extension)?.map_err(BacaGalat::FormatLain)
}

/// What the bytes are: a kind this module reads, or the extension of one it does not.
fn jenis(bytes: &[u8], extension: &str) -> Result<Result<Jenis, &'static str>, BacaGalat> {
    let start = &bytes[..bytes.len().min(1024)];
    // A PDF's header may follow a little junk (the format allows 1024 bytes).
    if start.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Ok(Jenis::Pdf));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // An OpenDocument package names its type in its first, stored entry.
        let odt = start
            .windows(b"opendocument".len())
            .any(|w| w == b"opendocument");
        // A workbook and a Word document are both zip packages: the workbook's parts are
        // under `xl/`, which its first entries usually name.
        let workbook = start.windows(3).any(|w| w == b"xl/");
        return Ok(if odt || extension == "odt" {
            Err("odt")
        } else if workbook || matches!(extension, "xlsx" | "xlsm") {
            Ok(Jenis::Xlsx)
        } else {
            Ok(Jenis::Docx)
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // The old Office formats share one container: the extension tells them apart.
        return Ok(Err(if extension == "xls" { "xls" } else { "doc" }));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Ok(Err("rtf"));
    }
    match extension {
        "docx" => return Err(BacaGalat::BukanDocx),
        "pdf" => return Err(BacaGalat::Rusak("tidak ada kepala %PDF".into())),
        "doc" => return Ok(Err("doc")),
        "xls" => return Ok(Err("xls")),
        "ods" => return Ok(Err("ods")),
        "odt" => return Ok(Err("odt")),
        "rtf" => return Ok(Err("rtf")),
        _ => {}
    }
    let text = String::from_utf8_lossy(start);
    let opening = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .to_lowercase();
    let html = ["html", "htm"].contains(&extension)
        || opening.starts_with("<!doctype html")
        || opening.starts_with("<html");
    Ok(Ok(if html { Jenis::Html } else { Jenis::Teks }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_before_the_extension() {
        assert_eq!(jenis(b"%PDF-1.7\n", "txt"), Ok(Ok(Jenis::Pdf)));
        assert_eq!(jenis(b"PK\x03\x04....", "bin"), Ok(Ok(Jenis::Docx)));
        assert_eq!(
            jenis(
                b"PK\x03\x04\0\0mimetypeapplication/vnd.oasis.opendocument.text",
                "zip"
            ),
            Ok(Err("odt"))
        );
        assert_eq!(
            jenis(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "docx"),
            Ok(Err("doc"))
        );
        assert_eq!(jenis(b"{\\rtf1\\ansi", "txt"), Ok(Err("rtf")));
        assert_eq!(
            jenis(b"\xef\xbb\xbf <!DOCTYPE html><p>", ""),
            Ok(Ok(Jenis::Html))
        );
        assert_eq!(jenis(b"<p>x</p>", "htm"), Ok(Ok(Jenis::Html)));
        assert_eq!(jenis(b"Persyaratan\n", "txt"), Ok(Ok(Jenis::Teks)));
        assert_eq!(jenis(b"Persyaratan\n", "docx"), Err(BacaGalat::BukanDocx));
    }

    #[test]
    fn text_that_is_not_utf8_is_said() {
        assert_eq!(teks(b"Biaya \xff", "txt"), Err(BacaGalat::BukanUtf8));
        assert_eq!(
            teks(b"Biaya", "txt"),
            Ok(("Biaya".to_string(), Jenis::Teks))
        );
    }
}
