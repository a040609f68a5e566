//! The tera templates: embedded in the binary, overridable file by file.

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::{Context, ErrorKind, Tera};

use super::escape::markdown_to;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::SourceFile;

/// The templates and assets shipped in `templates/`, by name.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("dasar.html", include_str!("../../templates/dasar.html")),
    ("standar.html", include_str!("../../templates/standar.html")),
    ("indeks.html", include_str!("../../templates/indeks.html")),
    (
        "indeks-unit.html",
        include_str!("../../templates/indeks-unit.html"),
    ),
    ("unit.html", include_str!("../../templates/unit.html")),
    ("audit.html", include_str!("../../templates/audit.html")),
    (
        "audit-unit.html",
        include_str!("../../templates/audit-unit.html"),
    ),
    ("papan.html", include_str!("../../templates/papan.html")),
    (
        "papan-lembar.html",
        include_str!("../../templates/papan-lembar.html"),
    ),
    ("standar.md", include_str!("../../templates/standar.md")),
    ("indeks.md", include_str!("../../templates/indeks.md")),
    (
        "indeks-unit.md",
        include_str!("../../templates/indeks-unit.md"),
    ),
    ("unit.md", include_str!("../../templates/unit.md")),
    (
        "aset/gaya.css",
        include_str!("../../templates/aset/gaya.css"),
    ),
    (
        "aset/papan.css",
        include_str!("../../templates/aset/papan.css"),
    ),
    ("aset/cari.js", include_str!("../../templates/aset/cari.js")),
    (
        "aset/gulir.js",
        include_str!("../../templates/aset/gulir.js"),
    ),
    (
        "aset/papan.js",
        include_str!("../../templates/aset/papan.js"),
    ),
];

/// The board font and its licence, copied to every site as they are (not overridable: the
/// board layout is computed with this font's metrics).
pub const FONTS: &[(&str, &[u8])] = &[
    (
        "aset/huruf/atkinson-hyperlegible-next-400.ttf",
        super::board::metrics::REGULAR_TTF,
    ),
    (
        "aset/huruf/atkinson-hyperlegible-next-700.ttf",
        super::board::metrics::BOLD_TTF,
    ),
    (
        "aset/huruf/OFL.txt",
        include_bytes!("../../templates/aset/huruf/OFL.txt"),
    ),
];

/// A template given by the user to replace or add to the embedded ones.
#[derive(Debug, Clone)]
pub struct TemplateOverride {
    /// Name relative to the templates folder, `/`-separated (`standar.html`, `aset/gaya.css`).
    pub name: String,
    /// Path shown in diagnostics.
    pub path: String,
    /// The template's text.
    pub text: String,
}

/// The compiled templates.
pub struct Templates {
    html: Tera,
    markdown: Tera,
    sources: BTreeMap<String, Arc<SourceFile>>,
}

impl Templates {
    /// Compiles the embedded templates with the overrides applied. Every problem is a
    /// diagnostic naming the template file and line.
    pub fn new(overrides: &[TemplateOverride]) -> Result<Self, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, Arc<SourceFile>> = EMBEDDED
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    SourceFile::new(format!("templates/{name} (bawaan)"), *text),
                )
            })
            .collect();
        for o in overrides {
            sources.insert(
                o.name.clone(),
                SourceFile::new(o.path.clone(), o.text.clone()),
            );
        }
        let mut html = Tera::new();
        html.autoescape_on([".html", ".xml"]);
        let mut markdown = Tera::new();
        markdown.autoescape_on([".md"]);
        markdown.set_escape_fn(markdown_to);
        let templates = |suffixes: &[&str]| {
            sources
                .iter()
                .filter(|(name, _)| {
                    !name.starts_with("aset/") && suffixes.iter().any(|s| name.ends_with(s))
                })
                .map(|(name, file)| (name.clone(), file.text.clone()))
                .collect::<Vec<_>>()
        };
        let mut problems = Vec::new();
        if let Err(error) = html.add_raw_templates(templates(&[".html", ".xml"])) {
            problems.push(diagnostic(&error, &sources));
        }
        if let Err(error) = markdown.add_raw_templates(templates(&[".md"])) {
            problems.push(diagnostic(&error, &sources));
        }
        if problems.is_empty() {
            Ok(Self {
                html,
                markdown,
                sources,
            })
        } else {
            Err(problems)
        }
    }

    /// Renders an HTML (or XML) template.
    pub fn html(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.html
            .render(name, context)
            .map_err(|e| diagnostic(&e, &self.sources))
    }

    /// Renders a Markdown template (its variables are Markdown-escaped).
    pub fn markdown(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.markdown
            .render(name, context)
            .map_err(|e| diagnostic(&e, &self.sources))
    }

    /// An asset (CSS or script) by name, e.g. `aset/gaya.css`.
    pub fn asset(&self, name: &str) -> Option<&str> {
        self.sources.get(name).map(|f| f.text.as_str())
    }

    /// The names of all assets, sorted.
    pub fn asset_names(&self) -> impl Iterator<Item = &str> {
        self.sources
            .keys()
            .filter(|name| name.starts_with("aset/"))
            .map(String::as_str)
    }
}

/// A tera error as a diagnostic in the template file, at the line tera points to.
fn diagnostic(error: &tera::Error, sources: &BTreeMap<String, Arc<SourceFile>>) -> Diagnostic {
    if let ErrorKind::Msg(text) = error.kind()
        && let Some(located) = from_report(text, sources)
    {
        return located;
    }
    let unknown = || SourceFile::new("templates", "");
    match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let file = sources
                .get(report.filename())
                .cloned()
                .unwrap_or_else(unknown);
            let range = report.span().range.clone();
            let end = range
                .end
                .min(file.text.len())
                .max(range.start.min(file.text.len()));
            let start = range.start.min(end);
            let kind = if matches!(error.kind(), ErrorKind::SyntaxError(_)) {
                "penulisan templat salah"
            } else {
                "templat gagal dijalankan"
            };
            Diagnostic::new(
                Code::Template,
                &file,
                format!("{kind}: {}", report.message()),
            )
            .at(start..end)
            .help(
                "perbaiki templat ini, atau hapus berkas pengganti ini agar templat bawaan dipakai",
            )
        }
        other => {
            let name = match other {
                ErrorKind::TemplateNotFound(name) => Some(name.as_str()),
                ErrorKind::MissingParent { current, .. } => Some(current.as_str()),
                ErrorKind::CircularExtend { tpl, .. } | ErrorKind::CircularInclude { tpl, .. } => {
                    Some(tpl.as_str())
                }
                _ => None,
            };
            let file = name
                .and_then(|n| sources.get(n))
                .cloned()
                .unwrap_or_else(unknown);
            Diagnostic::new(Code::Template, &file, format!("templat gagal: {other}"))
                .help("periksa nama templat di `{% extends %}` dan `{% include %}`")
        }
    }
}

/// Reads a report tera has already formatted (`error: …` then `--> name:line:col` and a caret
/// line). tera 2 gives only that text for a reference to an unknown filter, test, function,
/// component or template; this is the one place that reads it, and a test covers each kind.
fn from_report(text: &str, sources: &BTreeMap<String, Arc<SourceFile>>) -> Option<Diagnostic> {
    let message = text.lines().next()?.strip_prefix("error: ")?;
    let location = text
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = location.rsplitn(3, ':');
    let column: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let file = sources.get(parts.next()?.trim())?.clone();
    let carets = text
        .lines()
        .find(|l| l.contains('^'))
        .map_or(1, |l| l.chars().filter(|c| *c == '^').count());
    let line_text = file.text.split_inclusive('\n').nth(line.checked_sub(1)?)?;
    let line_start = file
        .text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>();
    let start = line_start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i);
    let end = line_start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1) + carets)
            .map_or(line_text.trim_end().len(), |(i, _)| i);
    Some(
        Diagnostic::new(
            Code::Template,
            &file,
            format!("penulisan templat salah: {message}"),
        )
        .at(start..end.max(start))
        .help("perbaiki templat ini, atau hapus berkas pengganti ini agar templat bawaan dipakai"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_templates_compile() {
        assert!(Templates::new(&[]).is_ok());
    }

    #[test]
    fn every_unknown_reference_points_at_its_line_and_column() {
        for (what, call) in [
            ("filter", "{{ unit.nama | huruf_besar }}"),
            ("test", "{% if unit.nama is huruf_besar %}x{% endif %}"),
            ("function", "{{ huruf_besar() }}"),
            ("component", "{{ <HurufBesar /> }}"),
            ("template", "{% include \"tidak-ada.html\" %}"),
        ] {
            let text = format!(
                "{{% extends \"dasar.html\" %}}\n{{% block isi %}}\n   {call}\n{{% endblock isi %}}\n"
            );
            let broken = TemplateOverride {
                name: "unit.html".into(),
                path: "tpl/unit.html".into(),
                text,
            };
            let problems = Templates::new(&[broken])
                .err()
                .unwrap_or_else(|| panic!("an unknown {what} is an error"));
            assert_eq!(problems[0].file.path, "tpl/unit.html", "{what}");
            assert_eq!(
                problems[0].line_col().0,
                3,
                "{what}: {}",
                problems[0].message
            );
            assert!(problems[0].span.is_some(), "{what}");
        }
    }

    #[test]
    fn errors_in_an_override_point_at_its_line() {
        let broken = TemplateOverride {
            name: "unit.html".into(),
            path: "tpl/unit.html".into(),
            text: "{% extends \"dasar.html\" %}\n{% block isi %}\n{{ unit.nama | huruf_besar }}\n{% endblock isi %}\n".into(),
        };
        let problems = Templates::new(&[broken])
            .err()
            .expect("unknown filter is an error");
        assert_eq!(problems[0].file.path, "tpl/unit.html");
        assert_eq!(problems[0].line_col(), (3, 16));
        let syntax = TemplateOverride {
            name: "unit.html".into(),
            path: "tpl/unit.html".into(),
            text: "<p>\n{% if %}\n".into(),
        };
        let problems = Templates::new(&[syntax]).err().expect("syntax error");
        assert_eq!(problems[0].file.path, "tpl/unit.html");
        assert_eq!(problems[0].line_col().0, 2);
    }
}
