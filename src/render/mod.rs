//! Stage 5: render compiled standards into a site — HTML pages, Markdown, JSON, notice boards,
//! sitemap and assets — handing every file to a sink as soon as it is rendered.
//!
//! Nothing here touches the disk; the CLI's sink writes the files.

pub mod audit_report;
pub mod audit_rezim;
pub mod bagan;
pub mod board;
mod board_pages;
pub mod escape;
pub mod fixed;
mod format;
mod grafik_ikm;
pub mod json;
pub mod jsonld;
pub mod labels;
pub mod logo;
pub mod masa;
mod options;
pub mod perubahan;
mod poster;
mod site_index;
mod sitemap;
mod standard_page;
pub mod templates;
pub mod text;
mod umpan;
mod unit_pages;
pub mod view;

use serde::Serialize;
use tera::Context;

use crate::corpus::{CompiledStandard, CompiledUnit};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::situs::UkuranPapan;

use crate::source::SourceFile;
use labels::Labels;
pub use options::{Overrides, SELANG_TINJAUAN_BAWAAN, SiteOptions};
pub use site_index::IndexPart;
use templates::Templates;
use text::Rich;
use unit_pages::unit_entry;
use view::StandardView;

/// The smallest text of a flowchart on a page, in CSS pixels: readable on a phone, where the
/// chart scrolls sideways rather than shrinking.
const PAGE_CHART_TEXT_PX: f64 = 12.0;

/// What a render produced.
#[derive(Debug, Default)]
pub struct RenderSummary {
    /// Files handed to the sink.
    pub files: usize,
    /// Bytes handed to the sink.
    pub bytes: u64,
    /// Warnings found while rendering.
    pub warnings: Vec<Diagnostic>,
    /// How many sheets the boards take.
    pub papan: BoardTally,
}

/// How many sheets the boards of a render take, and which standards need more than one.
#[derive(Debug, Default, Clone, Serialize, serde::Deserialize)]
pub struct BoardTally {
    /// Standards with a board.
    pub standar: usize,
    /// Sheets in all.
    pub lembar: usize,
    /// The standards (`unit/slug`) whose board takes more than one sheet, with their count.
    pub lebih_dari_satu: Vec<(String, usize)>,
}

impl BoardTally {
    /// Counts one standard's board.
    pub fn add(&mut self, id: &str, sheets: usize) {
        self.standar += 1;
        self.lembar += sheets;
        if sheets > 1 {
            self.lebih_dari_satu.push((id.to_string(), sheets));
        }
    }

    /// Adds another tally to this one.
    pub fn absorb(&mut self, other: BoardTally) {
        self.standar += other.standar;
        self.lembar += other.lembar;
        self.lebih_dari_satu.extend(other.lebih_dari_satu);
    }
}

impl RenderSummary {
    /// Adds another summary to this one.
    pub fn absorb(&mut self, other: RenderSummary) {
        self.files += other.files;
        self.bytes += other.bytes;
        self.warnings.extend(other.warnings);
        self.papan.absorb(other.papan);
    }
}

/// Receives each output file (path relative to the site root, `/`-separated) as it is
/// rendered; called from several threads at once. A closure is one.
pub trait Output: Sync {
    /// Takes one file.
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic>;
}

impl<T: Fn(&str, &[u8]) -> Result<(), Diagnostic> + Sync> Output for T {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self(path, bytes)
    }
}

/// Where rendered files go.
pub type Sink<'a> = dyn Output + 'a;

#[derive(Serialize)]
struct SiteView {
    judul: String,
    deskripsi: Option<Rich>,
    logo: Option<String>,
    /// Boards are printed to `papan.pdf`, on this paper (`A3`, `Banner`).
    pdf: bool,
    kertas: String,
    /// The summary poster's paper (`A1`), when one is made.
    ringkas: Option<String>,
    /// The site and its units have Atom feeds (`feed.xml`): it has a base URL.
    umpan: bool,
}

#[derive(Serialize)]
struct PageView {
    deskripsi: Option<String>,
    kanonik: Option<String>,
    /// Search engines are asked not to index it: a draft, or a version not shown at its
    /// standard's address.
    noindex: bool,
}

/// Renders units, the index and the assets; shared by all threads of a build.
pub struct Renderer<'a> {
    templates: &'a Templates,
    options: &'a SiteOptions,
    t: &'static Labels,
    site: SiteView,
    /// `t` and `site` as template values, converted once (cloning them is cheap).
    t_value: tera::Value,
    site_value: tera::Value,
}

/// Counts what one task hands to the sink.
struct Emitter<'a, 's> {
    sink: &'a Sink<'s>,
    summary: RenderSummary,
}

impl Emitter<'_, '_> {
    /// Hands one file to the sink and counts it.
    fn emit(&mut self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.sink.write(path, bytes)?;
        self.summary.files += 1;
        self.summary.bytes += bytes.len() as u64;
        Ok(())
    }
}

impl<'a> Renderer<'a> {
    /// A renderer for the given templates and options.
    pub fn new(templates: &'a Templates, options: &'a SiteOptions) -> Self {
        let t = labels::labels(options.bahasa);
        let site = SiteView {
            judul: options.judul.clone(),
            deskripsi: Rich::maybe(options.deskripsi.as_deref()),
            logo: options
                .logo
                .as_ref()
                .map(|(name, _)| format!("aset/{name}")),
            pdf: options.pdf,
            kertas: paper_name(options.papan),
            ringkas: options.ringkas.map(paper_name),
            umpan: options.url_dasar.is_some(),
        };
        Self {
            templates,
            options,
            t,
            t_value: tera::Value::from_serializable(t),
            site_value: tera::Value::from_serializable(&site),
            site,
        }
    }

    /// The absolute URL of a site path, when a base URL is configured.
    fn url(&self, path: &str) -> Option<String> {
        self.options
            .url_dasar
            .as_ref()
            .map(|base| format!("{base}{path}"))
    }

    /// The template context every page starts from: site, labels, root path and page data.
    fn context(&self, root: &str, deskripsi: Option<String>, kanonik: Option<String>) -> Context {
        let mut context = Context::new();
        context.insert_value("site", self.site_value.clone());
        context.insert_value("t", self.t_value.clone());
        context.insert("root", root);
        context.insert(
            "halaman",
            &PageView {
                deskripsi,
                kanonik,
                noindex: false,
            },
        );
        context
    }

    /// Writes the CSS, scripts and logo.
    pub fn assets(&self, sink: &Sink<'_>) -> Result<RenderSummary, Diagnostic> {
        let mut out = Emitter {
            sink,
            summary: RenderSummary::default(),
        };
        for name in self.templates.asset_names() {
            out.emit(
                name,
                self.templates.asset(name).unwrap_or_default().as_bytes(),
            )?;
        }
        for (name, bytes) in templates::FONTS {
            out.emit(name, bytes)?;
        }
        if let Some((name, bytes)) = &self.options.logo {
            out.emit(&format!("aset/{name}"), bytes)?;
        }
        Ok(out.summary)
    }

    /// Renders every page of one unit folder: its standards (page, Markdown, JSON, board), the
    /// unit page and the unit's boards. Returns what the index needs to list the unit.
    pub fn unit(
        &self,
        unit: &CompiledUnit,
        standards: &[&CompiledStandard],
        sink: &Sink<'_>,
    ) -> Result<(IndexPart, RenderSummary), Diagnostic> {
        self.render_unit(unit, standards, sink, None)
    }

    /// Renders only the outputs of the standard `slug` of a unit (page, Markdown, JSON, board,
    /// flowcharts): what the live preview needs after that standard was edited.
    pub fn one_standard(
        &self,
        unit: &CompiledUnit,
        standards: &[&CompiledStandard],
        slug: &str,
        sink: &Sink<'_>,
    ) -> Result<RenderSummary, Diagnostic> {
        self.render_unit(unit, standards, sink, Some(slug))
            .map(|(_, summary)| summary)
    }

    /// Renders a unit's outputs, or with `only` the outputs of that one standard.
    fn render_unit(
        &self,
        unit: &CompiledUnit,
        standards: &[&CompiledStandard],
        sink: &Sink<'_>,
        only: Option<&str>,
    ) -> Result<(IndexPart, RenderSummary), Diagnostic> {
        let mut out = Emitter {
            sink,
            summary: RenderSummary::default(),
        };
        let (mut views, places) = self.placed_views(standards);
        let entry = unit_entry(unit, &views, &places, self.options.bahasa);
        let unit_root = "../".repeat(entry.path.split('/').count());
        let mut sheets = Vec::with_capacity(views.len());
        for ((compiled, view), place) in standards.iter().zip(&mut views).zip(&places) {
            if only.is_some_and(|slug| slug != compiled.id.slug) {
                continue;
            }
            let charts = self.charts(view);
            for (flow, chart) in view.prosedur.alur.iter_mut().zip(&charts) {
                // On the page a chart is drawn so that its smallest text is 12 px.
                let scale = PAGE_CHART_TEXT_PX / bagan::SMALLEST_TEXT_PX;
                flow.lebar = (chart.width * scale).ceil() as u32;
                flow.tinggi = (chart.height * scale).ceil() as u32;
            }
            let view = &*view;
            let value =
                tera::Value::try_from_serializable(view).map_err(|e| template_data_problem(&e))?;
            let board = match place.papan() {
                true => Some(self.lay_out_board(compiled, view, &value, &charts)?),
                false => None,
            };
            for (flow, chart) in view.prosedur.alur.iter().zip(&charts) {
                out.emit(
                    &format!("{}/{}/{}", view.unit, view.slug, flow.bagan),
                    chart.svg.as_bytes(),
                )?;
            }
            let sheet = self.standard(compiled, view, &value, board.as_ref(), &entry, &mut out)?;
            let (Some(board), Some(sheet)) = (board.filter(|_| place.terdaftar()), sheet) else {
                continue;
            };
            if let Some(size) = self.options.ringkas {
                self.poster(compiled, view, &value, size, &mut out)?;
            }
            out.summary.papan.add(&view.id, board.lembar);
            // Sheets only refer to the site root for the logo; without one they are reused as is.
            sheets.push(match self.site.logo {
                None => sheet,
                Some(_) => self.board_sheet(&unit_root, &board.value)?,
            });
        }
        masa::overdue_reviews(standards, &places, self.options, &mut out.summary);
        let feed = self.feed_entries(standards, &views, &places);
        if only.is_some() {
            return Ok((IndexPart::default(), out.summary));
        }
        self.unit_pages(&entry, sheets, out.summary.papan.lembar, &mut out)?;
        self.feed(
            &format!("{}/feed.xml", entry.path),
            &entry.nama,
            &format!("{}/", entry.path),
            &feed,
            &mut out,
        )?;
        let audit = crate::audit::audit_unit(unit, standards, self.review_clock());
        self.unit_audit(&audit, &entry, &mut out)?;
        let mut part = self.part(&audit, &entry)?;
        part.umpan = feed;
        Ok((part, out.summary))
    }

    /// What the index needs of a unit, without rendering its pages (for the live preview,
    /// which renders pages only when they are asked for).
    pub fn unit_index(
        &self,
        unit: &CompiledUnit,
        standards: &[&CompiledStandard],
    ) -> Result<IndexPart, Diagnostic> {
        let (views, places) = self.placed_views(standards);
        let entry = unit_entry(unit, &views, &places, self.options.bahasa);
        let audit = crate::audit::audit_unit(unit, standards, self.review_clock());
        self.part(&audit, &entry)
    }
}

impl Renderer<'_> {
    /// The day of the build and the months between reviews, for the audit.
    fn review_clock(&self) -> crate::audit::ReviewClock {
        crate::audit::ReviewClock {
            hari_ini: self.options.hari_ini,
            selang: self.options.selang_tinjauan,
        }
    }

    /// The views of a unit's standards on the day of the build: each with its life described
    /// and its slug the folder it is published in (below the unit), with where it stands.
    fn placed_views(
        &self,
        standards: &[&CompiledStandard],
    ) -> (Vec<StandardView>, Vec<masa::Terbit>) {
        let mut views: Vec<StandardView> = standards
            .iter()
            .map(|s| view::standard(s, self.t, self.options.bahasa))
            .collect();
        let today = masa::day_of(standards, self.options);
        let (series, places) = masa::place(standards, today);
        masa::describe(
            standards,
            &series,
            &places,
            &mut views,
            self.options,
            today,
            self.t,
        );
        for (view, place) in views.iter_mut().zip(&places) {
            view.slug.clone_from(&place.path);
            view.id = format!("{}/{}", view.unit, view.slug);
        }
        (views, places)
    }
}

/// Data that could not become template values: a bug in this tool, reported as a diagnostic.
fn template_data_problem(error: &tera::Error) -> Diagnostic {
    Diagnostic::new(
        Code::Template,
        &SourceFile::new("templates", ""),
        format!("data halaman tidak dapat disiapkan: {error}"),
    )
}

/// A paper size as a page names it: `A3`, `Banner`.
fn paper_name(size: UkuranPapan) -> String {
    match size {
        UkuranPapan::Banner => "Banner".to_string(),
        other => other.name().to_uppercase(),
    }
}
