//! Text measurement for board layout: the advance widths of the board's own font (Atkinson
//! Hyperlegible Next, shipped in `templates/aset/huruf/` and used by `papan.css`), and line
//! breaking as a browser does it, so that the build knows how many lines every item takes.
//!
//! The board's CSS turns kerning and ligatures off, so a line's width in the browser is the
//! plain sum of the glyphs' advances, which is what is summed here. Characters the font lacks
//! are drawn by the browser in a fallback font; they are counted as a full em, wider than
//! nearly any glyph, so the estimate errs towards more lines.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The regular face (weight 400), as served to the browser.
pub const REGULAR_TTF: &[u8] =
    include_bytes!("../../../templates/aset/huruf/atkinson-hyperlegible-next-400.ttf");
/// The bold face (weight 700), as served to the browser.
pub const BOLD_TTF: &[u8] =
    include_bytes!("../../../templates/aset/huruf/atkinson-hyperlegible-next-700.ttf");

/// Width given to a character the font does not have, in em.
const FALLBACK_EM: f32 = 1.0;

/// The advance widths of one face, in em.
struct Face {
    ascii: [f32; 128],
    other: HashMap<char, f32>,
    x_height: f32,
}

impl Face {
    fn load(bytes: &[u8]) -> Self {
        let mut face = Face {
            ascii: [FALLBACK_EM; 128],
            other: HashMap::new(),
            x_height: 0.5,
        };
        let Ok(parsed) = ttf_parser::Face::parse(bytes, 0) else {
            return face;
        };
        let units = f32::from(parsed.units_per_em().max(1));
        if let Some(x) = parsed.x_height() {
            face.x_height = f32::from(x) / units;
        }
        let mut codepoints = Vec::new();
        if let Some(cmap) = parsed.tables().cmap {
            for subtable in cmap.subtables {
                if subtable.is_unicode() {
                    subtable.codepoints(|c| codepoints.push(c));
                }
            }
        }
        for c in codepoints.into_iter().filter_map(char::from_u32) {
            let Some(glyph) = parsed.glyph_index(c) else {
                continue;
            };
            let advance = f32::from(parsed.glyph_hor_advance(glyph).unwrap_or(0)) / units;
            match usize::try_from(u32::from(c)) {
                Ok(i) if i < 128 => face.ascii[i] = advance,
                _ => {
                    face.other.insert(c, advance);
                }
            }
        }
        face
    }

    fn advance(&self, c: char) -> f32 {
        match usize::try_from(u32::from(c)) {
            Ok(i) if i < 128 => self.ascii[i],
            _ if is_invisible(c) => 0.0,
            _ => self.other.get(&c).copied().unwrap_or(FALLBACK_EM),
        }
    }
}

/// Combining marks and format characters take no room of their own.
fn is_invisible(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF)
}

static REGULAR: LazyLock<Face> = LazyLock::new(|| Face::load(REGULAR_TTF));
static BOLD: LazyLock<Face> = LazyLock::new(|| Face::load(BOLD_TTF));

/// The height of the lower-case letters of the board's font, in em.
pub fn x_height() -> f64 {
    f64::from(REGULAR.x_height)
}

/// The width of `text` in em, in the regular or bold face.
pub fn width(text: &str, bold: bool) -> f64 {
    let face: &Face = if bold { &BOLD } else { &REGULAR };
    f64::from(text.chars().map(|c| face.advance(c)).sum::<f32>())
}

/// A paragraph measured once, at a font size of 1 em, so that it can be wrapped at any width
/// and size without measuring it again.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    pieces: Vec<Piece>,
}

/// Text between two break opportunities.
#[derive(Debug, Clone, Default)]
struct Piece {
    /// Width without the trailing space.
    width: f32,
    /// Width of the space after it (zero when the break is after a hyphen or slash).
    space: f32,
    /// Width of each character, kept only for pieces long enough to be split inside.
    chars: Vec<f32>,
}

/// A space the browser does not break at ("Lembar\u{a0}2\u{a0}dari\u{a0}3").
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// Pieces wider than this (in em) keep their character widths, for breaking inside them.
const SPLITTABLE_EM: f32 = 8.0;

impl Measured {
    /// Measures text made of runs, each in the regular or bold face.
    pub fn new<'a>(runs: impl IntoIterator<Item = (&'a str, bool)>) -> Self {
        let mut pieces = Vec::new();
        let mut current = Piece::default();
        let mut widths: Vec<f32> = Vec::new();
        let mut previous: Option<char> = None;
        let mut pending_break = false;
        let finish = |current: &mut Piece, widths: &mut Vec<f32>, pieces: &mut Vec<Piece>| {
            if current.width > 0.0 || current.space > 0.0 {
                if current.width > SPLITTABLE_EM {
                    current.chars = std::mem::take(widths);
                }
                pieces.push(std::mem::take(current));
            }
            widths.clear();
        };
        for (text, bold) in runs {
            let face: &Face = if bold { &BOLD } else { &REGULAR };
            for c in text.chars() {
                if c == NO_BREAK_SPACE {
                    // As wide as a space, but the line does not break there.
                    let advance = face.advance(' ');
                    current.width += advance;
                    widths.push(advance);
                    pending_break = false;
                    previous = Some(c);
                    continue;
                }
                if c.is_whitespace() {
                    // Runs of white space collapse to one space, as in HTML.
                    if previous.is_some_and(char::is_whitespace) || previous.is_none() {
                        previous = Some(c);
                        continue;
                    }
                    current.space = face.advance(' ');
                    finish(&mut current, &mut widths, &mut pieces);
                    pending_break = false;
                    previous = Some(c);
                    continue;
                }
                if pending_break && c.is_alphabetic() {
                    finish(&mut current, &mut widths, &mut pieces);
                }
                pending_break = false;
                let advance = face.advance(c);
                current.width += advance;
                widths.push(advance);
                // A browser may break after a hyphen or dash that is followed by a letter
                // ("surat-menyurat"), but not inside numbers ("0812-3456"), and not after a
                // slash ("menangani/menyelesaikan" stays whole unless it is wider than a line).
                if matches!(c, '-' | '—' | '–') && previous.is_some_and(char::is_alphabetic) {
                    pending_break = true;
                }
                previous = Some(c);
            }
        }
        finish(&mut current, &mut widths, &mut pieces);
        Measured { pieces }
    }

    /// Measures plain text in one face.
    pub fn text(text: &str, bold: bool) -> Self {
        Self::new([(text, bold)])
    }

    /// Whether there is nothing to print.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// The number of lines the text takes when wrapped at `width` em, breaking where a browser
    /// would (and inside a word that is wider than a line on its own).
    pub fn lines(&self, width: f64) -> usize {
        self.lines_after(width, 0.0)
    }

    /// Like [`Measured::lines`], with the first line starting `indent` em in (after an
    /// inline box such as a number badge).
    pub fn lines_after(&self, width: f64, indent: f64) -> usize {
        if self.pieces.is_empty() {
            return 0;
        }
        let width = width as f32;
        let mut lines = 1;
        let mut used = indent as f32;
        for piece in &self.pieces {
            if used > 0.0 && used + piece.width > width {
                lines += 1;
                used = 0.0;
            }
            if used == 0.0 && piece.width > width {
                // Too wide for a line: broken between characters.
                let mut filled = 0.0f32;
                for &c in &piece.chars {
                    if filled > 0.0 && filled + c > width {
                        lines += 1;
                        filled = 0.0;
                    }
                    filled += c;
                }
                if piece.chars.is_empty() {
                    lines += (piece.width / width.max(0.01)).ceil() as usize - 1;
                    filled = piece.width % width.max(0.01);
                }
                used = filled + piece.space;
                continue;
            }
            used += piece.width + piece.space;
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_font_is_read() {
        // Atkinson Hyperlegible Next: 1000 units per em, "a" 525 units, x-height 496.
        assert!((width("a", false) - 0.525).abs() < 1e-6);
        assert!(width("a", true) > width("a", false));
        assert!((x_height() - 0.496).abs() < 1e-6);
        assert!((width("—", false) - FALLBACK_EM as f64).abs() > 0.01);
        assert_eq!(width("\u{200B}", false), 0.0);
        assert_eq!(width("字", false), f64::from(FALLBACK_EM));
    }

    #[test]
    fn text_wraps_at_spaces_like_a_browser() {
        let text = Measured::text("satu dua tiga empat", false);
        let one_line = width("satu dua tiga empat", false);
        assert_eq!(text.lines(one_line + 0.001), 1);
        assert_eq!(text.lines(width("satu dua tiga", false) + 0.001), 2);
        assert_eq!(text.lines(width("empat", false) + 0.001), 4);
        assert_eq!(Measured::text("   ", false).lines(10.0), 0);
    }

    #[test]
    fn no_break_spaces_hold_words_together() {
        let text = Measured::text("Lembar\u{a0}2\u{a0}dari\u{a0}3", false);
        assert_eq!(text.lines(width("Lembar 2 dari 3", false) + 0.001), 1);
        assert_eq!(
            text.lines(width("Lembar 2", false) + 0.001),
            2,
            "only by force"
        );
        let split = Measured::text("Lembar 2 dari 3", false);
        assert_eq!(split.lines(width("Lembar 2", false) + 0.001), 2);
        assert!(text.lines(width("Lembar", false)) > 1);
    }

    #[test]
    fn long_words_break_after_hyphens_between_letters_or_anywhere() {
        let text = Measured::text("surat-menyurat dan lain-lain", false);
        assert_eq!(
            text.lines(width("surat-menyurat dan lain-", false) + 0.001),
            2,
            "breaks after the hyphen"
        );
        let slash = Measured::text("menerima,menangani/menyelesaikan", false);
        assert_eq!(slash.pieces.len(), 1, "no break after a slash");
        let number = Measured::text("0812-3456-7890", false);
        assert_eq!(number.pieces.len(), 1, "no break inside a phone number");
        let long = Measured::text(&"x".repeat(100), false);
        let x = width("x", false);
        assert_eq!(long.lines(x * 10.0 + 0.001), 10);
    }
}
