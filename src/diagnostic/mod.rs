//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s that carry the file, a byte
//! span and an Indonesian message; [`render`] turns them into the output formats of the CLI.

mod code;
pub mod gitlab;
pub mod penjelasan;
pub mod printable;
pub mod render;

pub use code::{Code, Severity};

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use crate::source::SourceFile;

/// A secondary place in the same file that explains the primary one.
#[derive(Debug, Clone)]
pub struct Label {
    /// Byte range in the file.
    pub span: Range<usize>,
    /// Short text shown under the underlined span.
    pub text: String,
}

/// One problem found in one file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Stable code (also decides the severity).
    pub code: Code,
    /// What is wrong, in Indonesian.
    pub message: String,
    /// How to fix it, in Indonesian.
    pub help: Option<Box<str>>,
    /// The file the problem is in.
    pub file: Arc<SourceFile>,
    /// Byte range of the problem; `None` when it concerns the whole file.
    pub span: Option<Range<usize>>,
    /// Short text shown at the span.
    pub label: Option<Box<str>>,
    /// Other places that explain the problem.
    pub related: Box<[Label]>,
    /// For a diagnostic located by a path in a document: that node.
    pub node: Option<Box<NodeRef>>,
}

/// The node of a document a diagnostic is about.
#[derive(Debug, Clone)]
pub struct NodeRef {
    /// Its JSON Pointer.
    pub pointer: Box<str>,
    /// Whether it exists (`false` means the underline fell back to a parent, a bug in the
    /// check).
    pub found: bool,
}

impl Diagnostic {
    /// A diagnostic about the whole file.
    pub fn new(code: Code, file: &Arc<SourceFile>, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            help: None,
            file: Arc::clone(file),
            span: None,
            label: None,
            related: Box::default(),
            node: None,
        }
    }

    /// Points the diagnostic at a byte range.
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds a fix suggestion.
    pub fn help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into().into_owned().into_boxed_str());
        self
    }

    /// Sets the text shown at the span.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into().into_boxed_str());
        self
    }

    /// Adds a secondary place.
    pub fn related(mut self, span: Range<usize>, text: impl Into<String>) -> Self {
        let mut related = std::mem::take(&mut self.related).into_vec();
        related.push(Label {
            span,
            text: text.into(),
        });
        self.related = related.into_boxed_slice();
        self
    }

    /// The severity, decided by the code.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// 1-based line and column of the start of the span (1:1 for whole-file diagnostics).
    pub fn line_col(&self) -> (usize, usize) {
        match &self.span {
            Some(span) => self.file.line_col(span.start),
            None => (1, 1),
        }
    }

    /// Sort key giving a stable, readable order: by file, then position, then code.
    pub fn sort_key(&self) -> (&str, usize, Code) {
        (
            self.file.path.as_str(),
            self.span.as_ref().map_or(0, |s| s.start),
            self.code,
        )
    }
}

/// Sorts diagnostics by file and position and drops exact repeats.
pub fn sort_and_dedup(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup_by(|a, b| {
        a.sort_key() == b.sort_key() && a.message == b.message && a.span == b.span
    });
}

/// `prosedur → alur ke-1 → langkah ke-3 → waktu`, the way an officer reads the file.
pub fn place(pointer: &str) -> String {
    if pointer.is_empty() {
        return "tingkat teratas berkas".to_string();
    }
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|segment| match segment.parse::<usize>() {
            Ok(index) => format!("ke-{}", index + 1),
            Err(_) => segment.replace("~1", "/").replace("~0", "~"),
        })
        .collect();
    let mut text = String::from("`");
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            text.push_str(if segment.starts_with("ke-") {
                " "
            } else {
                " → "
            });
        }
        text.push_str(segment);
    }
    text.push('`');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_like_the_file() {
        assert_eq!(place(""), "tingkat teratas berkas");
        assert_eq!(
            place("/prosedur/alur/0/langkah/2/waktu"),
            "`prosedur → alur ke-1 → langkah ke-3 → waktu`"
        );
    }
}
