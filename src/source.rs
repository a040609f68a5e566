//! Source files held in memory, and conversion of byte offsets to line and column.

use std::sync::Arc;

/// One input file: the path shown to users and its full text.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown in diagnostics, with `/` separators (e.g. `standards/jember/protokol.yaml`).
    pub path: String,
    /// The file's text, exactly as read (BOM and line ends untouched).
    pub text: String,
}

impl SourceFile {
    /// Wraps a path and its text.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            path: path.into(),
            text: text.into(),
        })
    }

    /// 1-based line and column of a byte offset; the column counts characters, as editors do.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let mut line = 1;
        let mut line_start = 0;
        let bytes = before.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let is_break = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if is_break {
                line += 1;
                line_start = i + 1;
            }
        }
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

/// The largest char boundary at or below `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Converts character indices (as counted by the YAML scanner) into byte offsets.
///
/// Lookups are usually in increasing order, so a forward cursor makes them linear overall.
pub struct CharToByte<'a> {
    text: &'a str,
    char_index: usize,
    byte_index: usize,
}

impl<'a> CharToByte<'a> {
    /// Starts a cursor at the beginning of `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            char_index: 0,
            byte_index: 0,
        }
    }

    /// Byte offset of the character with index `target`, or the text length past the end.
    pub fn byte_offset(&mut self, target: usize) -> usize {
        if target < self.char_index {
            self.char_index = 0;
            self.byte_index = 0;
        }
        let mut chars = self.text[self.byte_index..].chars();
        while self.char_index < target {
            match chars.next() {
                Some(c) => {
                    self.byte_index += c.len_utf8();
                    self.char_index += 1;
                }
                None => break,
            }
        }
        self.byte_index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let file = SourceFile::new("a.yaml", "a: —±\nb: x\r\nc: y\rd: z");
        assert_eq!(file.line_col(0), (1, 1));
        let x = file.text.find('x').unwrap();
        assert_eq!(file.line_col(x), (2, 4));
        let y = file.text.find('y').unwrap();
        assert_eq!(file.line_col(y), (3, 4));
        let z = file.text.find('z').unwrap();
        assert_eq!(file.line_col(z), (4, 4));
        // The column after two multi-byte characters is 6, not 8.
        assert_eq!(file.line_col("a: —±".len()), (1, 6));
    }

    #[test]
    fn char_cursor_matches_char_indices() {
        let text = "—±ab—";
        let mut cursor = CharToByte::new(text);
        for (i, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(cursor.byte_offset(i), byte);
        }
        assert_eq!(cursor.byte_offset(0), 0);
        assert_eq!(cursor.byte_offset(99), text.len());
    }
}
