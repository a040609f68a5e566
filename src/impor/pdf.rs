//! A PDF's text layer as positioned lines, read with `pdf-extract` (on `lopdf`): every
//! glyph with where it stands, glyphs on one baseline one line, glyphs without a gap one
//! word ([`super::kolom`] finds the columns and rebuilds the tables). A PDF
//! whose pages are pictures (a scan) has no text to read: that is said, with what to do,
//! rather than guessed at (no OCR).

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{Document, Error, MediaBox, OutputDev, OutputError, Transform};

use super::jenis::BacaGalat;
use super::kolom::{BarisHalaman, Kata};

/// Fewer letters and digits than this in the whole file: the pages are pictures.
const LEAST_TEXT: usize = 20;

/// A gap wider than this many font sizes separates words.
const WORD_GAP: f64 = 0.1;

/// The PDF's text, page after page, with its tables as `| cell | cell |` rows.
pub fn teks(bytes: &[u8]) -> Result<String, BacaGalat> {
    let lines = baris(bytes)?;
    let letters: usize = lines
        .iter()
        .flat_map(|l| &l.kata)
        .map(|p| p.teks.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if letters < LEAST_TEXT {
        return Err(BacaGalat::PdfTanpaTeks);
    }
    Ok(super::kolom::teks(&lines))
}

thread_local! {
    /// Set while this thread runs the PDF reader.
    static READING: Cell<bool> = const { Cell::new(false) };
}

/// Whether this thread is inside the PDF reader, whose crates panic on many damaged files
/// (an `expect` on a missing object, a font table that does not parse). [`teks`] catches
/// those panics and says the file is damaged; a program's panic hook may use this to keep
/// their message off the terminal.
pub fn membaca_pdf() -> bool {
    READING.with(Cell::get)
}

/// Marks this thread as inside the PDF reader until dropped.
struct Membaca;

impl Membaca {
    fn mulai() -> Membaca {
        READING.with(|r| r.set(true));
        Membaca
    }
}

impl Drop for Membaca {
    fn drop(&mut self) {
        READING.with(|r| r.set(false));
    }
}

/// The positioned lines of every page. The reader panics on some damaged files; such a
/// file is one it cannot read.
fn baris(bytes: &[u8]) -> Result<Vec<BarisHalaman>, BacaGalat> {
    let _reading = Membaca::mulai();
    catch_unwind(AssertUnwindSafe(|| read_lines(bytes)))
        .map_err(|_| BacaGalat::Rusak("isi halamannya tidak dapat diurai".into()))?
}

fn read_lines(bytes: &[u8]) -> Result<Vec<BarisHalaman>, BacaGalat> {
    let mut document = Document::load_mem(bytes).map_err(galat)?;
    if document.is_encrypted() {
        // Many PDFs are "encrypted" with an empty password only to stop editing.
        document.decrypt("").map_err(|_| BacaGalat::PdfTerkunci)?;
    }
    let mut reader = PembacaPdf::default();
    pdf_extract::output_doc(&document, &mut reader).map_err(|e| match e {
        OutputError::PdfError(e) => galat(e),
        other => BacaGalat::Rusak(other.to_string()),
    })?;
    reader
        .end_page()
        .map_err(|e| BacaGalat::Rusak(e.to_string()))?;
    Ok(reader.lines)
}

fn galat(error: Error) -> BacaGalat {
    match error {
        Error::Decryption(_) | Error::InvalidPassword => BacaGalat::PdfTerkunci,
        other => BacaGalat::Rusak(other.to_string()),
    }
}

/// One glyph where it stands: left and right edge, baseline, font size (page units).
#[derive(Debug, Clone)]
struct Huruf {
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    text: String,
}

/// Collects the glyphs of a page, then orders them into lines.
#[derive(Default)]
struct PembacaPdf {
    glyphs: Vec<Huruf>,
    lines: Vec<BarisHalaman>,
}

impl OutputDev for PembacaPdf {
    fn begin_page(
        &mut self,
        _: u32,
        _: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.end_page()
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let glyphs = std::mem::take(&mut self.glyphs);
        self.lines.extend(lines_of(glyphs));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The size of the glyph on the page: the text matrix applied to the font size.
        let across = font_size * (trm.m11 + trm.m21);
        let up = font_size * (trm.m12 + trm.m22);
        let size = (across * up).abs().sqrt();
        let (x, y) = (trm.m31, trm.m32);
        if [x, y, size, width].iter().all(|v| v.is_finite()) && size > 0.0 {
            self.glyphs.push(Huruf {
                x,
                end: x + width * size,
                y,
                size,
                text: text.to_string(),
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A page's glyphs as lines of words, top to bottom.
fn lines_of(mut glyphs: Vec<Huruf>) -> Vec<BarisHalaman> {
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Huruf>> = Vec::new();
    for glyph in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - glyph.y).abs() < row[0].size.min(glyph.size) * 0.4 => {
                row.push(glyph);
            }
            _ => rows.push(vec![glyph]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let y = row[0].y;
            let size = row.iter().map(|g| g.size).fold(0.0, f64::max);
            BarisHalaman {
                y,
                size,
                kata: words(&row),
            }
        })
        .filter(|l| !l.kata.is_empty())
        .collect()
}

/// The glyphs of one line as words, each with the gap before it.
///
/// A visible glyph of no width is a width the reader could not read (it misreads the
/// `first last width` form of a font's width table); the positions after it are off, so
/// only a space glyph ends the word it is in.
fn words(row: &[Huruf]) -> Vec<Kata> {
    let mut out: Vec<Kata> = Vec::new();
    let mut last_end = f64::NEG_INFINITY;
    let mut space = false;
    let mut unsure = false;
    for glyph in row {
        if glyph.text.trim().is_empty() {
            space = true;
            continue;
        }
        let gap = glyph.x - last_end;
        match out.last_mut() {
            Some(word) if !space && (unsure || gap <= glyph.size * WORD_GAP) => {
                word.teks.push_str(&glyph.text);
                word.akhir = glyph.end;
            }
            _ => out.push(Kata {
                x: glyph.x,
                akhir: glyph.end,
                celah: gap / glyph.size,
                teks: glyph.text.clone(),
            }),
        }
        space = false;
        unsure = glyph.end <= glyph.x;
        last_end = if unsure {
            glyph.x + glyph.size * 0.6
        } else {
            last_end.max(glyph.end)
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(x: f64, y: f64, text: &str) -> Vec<Huruf> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Huruf {
                x: x + i as f64 * 5.0,
                end: x + i as f64 * 5.0 + 5.0,
                y,
                size: 10.0,
                text: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn glyphs_become_lines_of_words() {
        let mut all = glyphs(200.0, 700.0, "Uji pertama:");
        all.extend(glyphs(50.0, 700.2, "1."));
        all.extend(glyphs(80.0, 700.0, "Persyaratan"));
        all.extend(glyphs(200.0, 688.0, "1. KTP"));
        let lines = lines_of(all);
        let texts: Vec<Vec<(f64, &str)>> = lines
            .iter()
            .map(|l| l.kata.iter().map(|p| (p.x, p.teks.as_str())).collect())
            .collect();
        assert_eq!(
            texts,
            vec![
                vec![
                    (50.0, "1."),
                    (80.0, "Persyaratan"),
                    (200.0, "Uji"),
                    (220.0, "pertama:")
                ],
                vec![(200.0, "1."), (215.0, "KTP")]
            ]
        );
        // The gap before a word, in font sizes: 80 − (50 + 2 × 5) = 20 → 2.
        assert_eq!(lines[0].kata[1].celah, 2.0);
    }

    #[test]
    fn what_is_not_a_readable_pdf_is_said() {
        assert!(matches!(teks(b"%PDF-1.4 rusak"), Err(BacaGalat::Rusak(_))));
    }
}
