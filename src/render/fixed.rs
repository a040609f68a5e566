//! Documents whose form is fixed by a protocol or by the tool rather than by a site's look:
//! the sitemap, the audit report in Markdown and the live preview's own pages. Their templates
//! are embedded from `templates/tetap/` and, unlike the site's, cannot be replaced.

use std::sync::LazyLock;

use serde::Serialize;
use tera::{Context, Tera};

use super::escape::{markdown_to, markup_to};
use crate::diagnostic::{Code, Diagnostic};
use crate::source::SourceFile;

/// The fixed templates, by name.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "sitemap.xml",
        include_str!("../../templates/tetap/sitemap.xml"),
    ),
    (
        "sitemap-indeks.xml",
        include_str!("../../templates/tetap/sitemap-indeks.xml"),
    ),
    ("atom.xml", include_str!("../../templates/tetap/atom.xml")),
    (
        "laporan-audit.md",
        include_str!("../../templates/tetap/laporan-audit.md"),
    ),
    (
        "laporan-rezim.md",
        include_str!("../../templates/tetap/laporan-rezim.md"),
    ),
    (
        "pratinjau-galat.html",
        include_str!("../../templates/tetap/pratinjau-galat.html"),
    ),
    (
        "pratinjau-tidak-ada.html",
        include_str!("../../templates/tetap/pratinjau-tidak-ada.html"),
    ),
];

/// The script every page of the live preview loads: it waits for the next change and reloads.
pub const RELOAD_SCRIPT: &str = include_str!("../../templates/tetap/muat-ulang.js");

/// The style sheet of the live preview's own pages (errors, an address that does not exist).
pub const PREVIEW_STYLE: &str = include_str!("../../templates/tetap/pratinjau.css");

/// The two engines: markup templates escape for HTML/XML, Markdown ones for Markdown.
struct Engines {
    markup: Tera,
    markdown: Tera,
}

static ENGINES: LazyLock<Result<Engines, String>> = LazyLock::new(|| {
    let mut markup_engine = Tera::new();
    markup_engine.autoescape_on([".html", ".xml"]);
    markup_engine.set_escape_fn(markup_to);
    let mut markdown_engine = Tera::new();
    markdown_engine.autoescape_on([".md"]);
    markdown_engine.set_escape_fn(markdown_to);
    let (markdown, markup): (Vec<_>, Vec<_>) = TEMPLATES
        .iter()
        .partition(|(name, _)| name.ends_with(".md"));
    markup_engine
        .add_raw_templates(markup.iter().copied())
        .map_err(|error| error.to_string())?;
    markdown_engine
        .add_raw_templates(markdown.iter().copied())
        .map_err(|error| error.to_string())?;
    Ok(Engines {
        markup: markup_engine,
        markdown: markdown_engine,
    })
});

/// Renders the fixed template `name` with the given data.
pub fn render(name: &str, data: &impl Serialize) -> Result<String, Diagnostic> {
    let engines = ENGINES.as_ref().map_err(|error| problem(name, error))?;
    let context = Context::from_serialize(data).map_err(|e| problem(name, &e.to_string()))?;
    let engine = if name.ends_with(".md") {
        &engines.markdown
    } else {
        &engines.markup
    };
    engine
        .render(name, &context)
        .map_err(|error| problem(name, &error.to_string()))
}

/// A failure of a fixed template: a bug in this tool, reported like any other problem.
fn problem(name: &str, error: &str) -> Diagnostic {
    Diagnostic::new(
        Code::Template,
        &SourceFile::new(format!("templates/tetap/{name} (bawaan)"), ""),
        format!("dokumen bawaan `{name}` tidak dapat dibuat: {error}"),
    )
    .help("ini galat di standar sendiri, bukan di berkas Anda: mohon laporkan")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fixed_template_compiles() {
        assert!(ENGINES.is_ok(), "{:?}", ENGINES.as_ref().err());
    }

    #[test]
    fn markup_templates_escape_for_xml_and_html() {
        #[derive(Serialize)]
        struct Urls<'a> {
            urls: &'a [&'a str],
        }
        let xml = render(
            "sitemap.xml",
            &Urls {
                urls: &["https://a.go.id/x?a=1&b=<2>"],
            },
        )
        .expect("renders");
        assert!(xml.contains("<loc>https://a.go.id/x?a=1&amp;b=&lt;2&gt;</loc>"));
    }
}
