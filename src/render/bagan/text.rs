//! Text in a flowchart: estimated glyph widths, word wrapping, and numbers written for SVG.
//!
//! SVG does not wrap text, so text is wrapped here with a conservative estimate of glyph
//! widths for the fonts named in the drawing.

/// Estimated width of one glyph, in hundredths of an em: generous widths of Arial/Liberation
/// Sans, so that a line judged to fit does fit in the browser. Whole numbers keep the sum of
/// a line exact whichever way it is added up.
pub(super) fn glyph_width(c: char) -> u32 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '!' | '|' | ':' | ';' | 'I' => 30,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' => 40,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 95,
        c if c.is_ascii_uppercase() => 75,
        c if c.is_ascii() => 58,
        _ => 100,
    }
}

/// Estimated width of text, in hundredths of an em.
pub(super) fn text_em(text: &str) -> u32 {
    text.chars().map(glyph_width).sum()
}

/// Estimated width of `text` at `size` px.
pub(super) fn text_width(text: &str, size: f64) -> f64 {
    px(text_em(text), size)
}

/// Hundredths of an em at `size` px.
pub(super) fn px(em: u32, size: f64) -> f64 {
    f64::from(em) / 100.0 * size
}

/// Greedy word wrap to `width` px. Lines break at spaces; a word too long for the line breaks
/// after a `/`, `,` or `-` inside it, and only a part still too long for a whole line is cut
/// between letters, with a hyphen at the cut.
pub(super) fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let fits = |em: u32| px(em, size) <= width;
    let space = glyph_width(' ');
    let hyphen = glyph_width('-');
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_em = 0;
    for word in text.split_whitespace() {
        // A word that fits a line of its own is never split.
        let word_em = text_em(word);
        let parts = if fits(word_em) {
            vec![word]
        } else {
            pieces(word)
        };
        for (index, piece) in parts.into_iter().enumerate() {
            let gap = if line.is_empty() || index > 0 {
                0
            } else {
                space
            };
            let piece_em = text_em(piece);
            if fits(line_em + gap + piece_em) {
                if gap > 0 {
                    line.push(' ');
                }
                line.push_str(piece);
                line_em += gap + piece_em;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_em = 0;
            }
            if fits(piece_em) {
                line.push_str(piece);
                line_em = piece_em;
                continue;
            }
            // Longer than a whole line: cut between letters, marking each cut with a hyphen.
            for c in piece.chars() {
                let c_em = glyph_width(c);
                if !line.is_empty() && !fits(line_em + c_em + hyphen) {
                    line.push('-');
                    lines.push(std::mem::take(&mut line));
                    line_em = 0;
                }
                line.push(c);
                line_em += c_em;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word split after each `/`, `,` and `-` inside it: where it may break without a hyphen.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '/' | ',' | '-') && end < word.len() {
            out.push(&word[start..end]);
            start = end;
        }
    }
    out.push(&word[start..]);
    out
}

/// A number for SVG, rounded to a tenth so output is stable and short.
pub(super) fn n(value: f64) -> Tenths {
    // Coordinates are a few thousand pixels at most; the cast cannot saturate in practice.
    Tenths((value * 10.0).round() as i64)
}

/// A number in tenths, written as `12` or `12.5` without going through float formatting.
pub(super) struct Tenths(i64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (whole, tenth) = (self.0.unsigned_abs() / 10, self.0.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}
