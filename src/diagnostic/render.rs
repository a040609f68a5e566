//! Output formats for diagnostics: human (miette), short, JSON, GitHub Actions annotations
//! and GitLab's Code Quality report ([`super::gitlab`]).

use std::fmt::{self, Write as _};
use std::io;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use serde::Serialize;

use super::{Diagnostic, Severity};

/// How diagnostics are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// miette's graphical report with the source snippet.
    Human {
        /// Use colours (only on a terminal).
        color: bool,
        /// Wrap width in columns.
        width: usize,
    },
    /// `file:line:col: severity[code]: message`, one per line.
    Short,
    /// One JSON document holding every diagnostic.
    Json,
    /// GitHub Actions workflow commands (`::error file=…`).
    Github,
    /// GitLab Code Quality (Code Climate JSON).
    Gitlab,
}

/// Renders all diagnostics in the given format. Nothing is written for an empty list, except
/// in JSON and GitLab's report, which always print a document.
pub fn render(diagnostics: &[Diagnostic], format: Format) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and every piece written is UTF-8.
    let _ = write(diagnostics, format, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes all diagnostics in the given format to `out`, one at a time (a run with many
/// diagnostics never holds the whole report in memory).
pub fn write(
    diagnostics: &[Diagnostic],
    format: Format,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    // Whatever came from a file is printed with its terminal controls made visible.
    let safe: Vec<std::borrow::Cow<'_, Diagnostic>> = diagnostics
        .iter()
        .map(super::printable::printable)
        .collect();
    let diagnostics: Vec<Diagnostic> = safe.into_iter().map(std::borrow::Cow::into_owned).collect();
    let diagnostics = diagnostics.as_slice();
    match format {
        Format::Human { color, width } => write_human(diagnostics, color, width, out),
        Format::Short => diagnostics
            .iter()
            .try_for_each(|d| writeln!(out, "{}", super::printable::inert_lines(&short_line(d)))),
        Format::Json => write_json(diagnostics, out),
        Format::Github => diagnostics
            .iter()
            .try_for_each(|d| writeln!(out, "{}", github_line(d))),
        Format::Gitlab => super::gitlab::write(diagnostics, out),
    }
}

fn write_human(
    diagnostics: &[Diagnostic],
    color: bool,
    width: usize,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    for diagnostic in diagnostics {
        let view = MietteView::new(diagnostic);
        let mut report = String::new();
        // A miette formatting error would only lose this one report: fall back to one line.
        if handler.render_report(&mut report, &view).is_err() {
            report = short_line(diagnostic);
        }
        // A value of several lines is shown as written; none of them may read as a command.
        writeln!(out, "{}", super::printable::inert_lines(&report))?;
    }
    Ok(())
}

/// `path:line:col: error[code]: message`, always one line: a line break from a file (in a
/// value, a key or a file name) is written `\n`, so that no text from a file can start a line
/// of the log a CI system reads commands from (`::error`, `::add-mask::`).
pub fn short_line(d: &Diagnostic) -> String {
    let (line, col) = d.line_col();
    let mut text = format!(
        "{}:{}:{}: {}[{}]: {}",
        one_line(&d.file.path),
        line,
        col,
        d.severity().as_str(),
        d.code,
        one_line(&d.message)
    );
    if let Some(help) = &d.help {
        let _ = write!(text, " ({})", one_line(help));
    }
    text
}

/// The text with its line breaks written `\n` (carriage returns are escaped before, as
/// control characters).
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\n', "\\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn github_line(d: &Diagnostic) -> String {
    let (line, col) = d.line_col();
    let kind = match d.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        let _ = write!(message, "\n{help}");
    }
    format!(
        "::{kind} file={},line={line},col={col},title={}::{}",
        escape_property(&d.file.path),
        escape_property(d.code.as_str()),
        escape_data(&message)
    )
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    /// Byte offset of the start of the span.
    offset: usize,
    /// Length of the span in bytes.
    length: usize,
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    label: Option<&'a str>,
}

fn write_json(diagnostics: &[Diagnostic], out: &mut dyn io::Write) -> io::Result<()> {
    let document = JsonDocument {
        errors: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count(),
        warnings: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Warning)
            .count(),
        diagnostics: diagnostics
            .iter()
            .map(|d| {
                let (line, column) = d.line_col();
                let (offset, length) = d.span.as_ref().map_or((0, 0), |s| (s.start, s.len()));
                let (end_line, end_column) = d.file.line_col(offset + length);
                JsonDiagnostic {
                    file: &d.file.path,
                    line,
                    column,
                    end_line,
                    end_column,
                    offset,
                    length,
                    severity: d.severity().as_str(),
                    code: d.code.as_str(),
                    message: &d.message,
                    help: d.help.as_deref(),
                    label: d.label.as_deref(),
                }
            })
            .collect(),
    };
    let mut json = super::printable::InertJson::new(out);
    serde_json::to_writer_pretty(&mut json, &document)?;
    io::Write::write_all(&mut json, b"\n")?;
    json.finish()
}

/// Adapts a [`Diagnostic`] to miette's trait for the graphical renderer.
struct MietteView<'a> {
    diagnostic: &'a Diagnostic,
    source: NamedSource<String>,
}

impl<'a> MietteView<'a> {
    fn new(diagnostic: &'a Diagnostic) -> Self {
        Self {
            diagnostic,
            source: NamedSource::new(&diagnostic.file.path, diagnostic.file.text.clone()),
        }
    }
}

impl fmt::Debug for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MietteView")
            .field("diagnostic", self.diagnostic)
            .finish()
    }
}

impl fmt::Display for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for MietteView<'_> {}

impl miette::Diagnostic for MietteView<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diagnostic
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let text_len = self.diagnostic.file.text.len();
        let clamp = |span: &std::ops::Range<usize>| {
            let start = span.start.min(text_len);
            let end = span.end.clamp(start, text_len);
            (start, end - start)
        };
        let mut labels = Vec::new();
        match &self.diagnostic.span {
            Some(span) => labels.push(LabeledSpan::new_primary_with_span(
                self.diagnostic.label.as_deref().map(str::to_string),
                clamp(span),
            )),
            // Whole-file problems still name the file: point at its start.
            None => labels.push(LabeledSpan::new_primary_with_span(
                self.diagnostic.label.as_deref().map(str::to_string),
                (0, 0),
            )),
        }
        for related in &self.diagnostic.related {
            labels.push(LabeledSpan::new_with_span(
                Some(related.text.clone()),
                clamp(&related.span),
            ));
        }
        Some(Box::new(labels.into_iter()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::source::SourceFile;

    fn sample() -> Diagnostic {
        let file = SourceFile::new("unit/a.yaml", "nama: —\npersyaratn: []\n");
        let start = file.text.find("persyaratn").unwrap_or(0);
        Diagnostic::new(Code::UnknownKey, &file, "kunci `persyaratn` tidak dikenal")
            .at(start..start + 10)
            .help("maksud Anda `persyaratan`?")
    }

    #[test]
    fn short_format_names_file_line_and_column() {
        let text = render(&[sample()], Format::Short);
        assert_eq!(
            text,
            "unit/a.yaml:2:1: error[kunci-tidak-dikenal]: kunci `persyaratn` tidak dikenal (maksud Anda `persyaratan`?)\n"
        );
    }

    #[test]
    fn short_format_is_one_line_whatever_the_file_holds() {
        let file = SourceFile::new("u/a\n::error::x.yaml", "total: |-\n  1\n");
        let d = Diagnostic::new(
            Code::WrongFormat,
            &file,
            "`60 Menit\n::add-mask::standar\n::error title=F::x` salah",
        )
        .help("a\n::warning::b");
        let text = render(&[d], Format::Short);
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(!text.lines().any(|l| l.starts_with("::")), "{text}");
        assert!(text.contains("60 Menit\\n::add-mask::standar"), "{text}");
    }

    #[test]
    fn github_format_escapes_newlines_and_commas() {
        let text = render(&[sample()], Format::Github);
        assert!(
            text.starts_with("::error file=unit/a.yaml,line=2,col=1,title=kunci-tidak-dikenal::")
        );
        assert!(text.contains("%0Amaksud Anda"));
    }

    #[test]
    fn gitlab_format_has_the_fields_gitlab_reads() {
        let text = render(&[sample(), sample()], Format::Gitlab);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let issue = &value[0];
        assert_eq!(issue["check_name"], "kunci-tidak-dikenal");
        assert_eq!(issue["description"], "kunci `persyaratn` tidak dikenal");
        assert_eq!(issue["severity"], "critical");
        assert_eq!(issue["location"]["path"], "unit/a.yaml");
        assert_eq!(issue["location"]["lines"]["begin"], 2);
        assert_eq!(issue["content"]["body"], "maksud Anda `persyaratan`?");
        // The same problem twice: two fingerprints.
        assert_ne!(value[0]["fingerprint"], value[1]["fingerprint"]);
        // Pinned: a fingerprint must not change between releases.
        assert_eq!(value[0]["fingerprint"], "4dcc6864ba8d17ca0000");
        assert_eq!(render(&[], Format::Gitlab), "[]\n");
    }

    #[test]
    fn json_format_is_parseable_and_counts() {
        let text = render(&[sample()], Format::Json);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["errors"], 1);
        assert_eq!(value["diagnostics"][0]["line"], 2);
        assert_eq!(value["diagnostics"][0]["code"], "kunci-tidak-dikenal");
    }
}
