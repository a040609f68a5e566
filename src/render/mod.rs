//! Stage 5: render compiled standards into a site — HTML pages, Markdown, JSON, notice boards,
//! sitemap and assets — handing every file to a sink as soon as it is rendered.
//!
//! Nothing here touches the disk; the CLI's sink writes the files.

pub mod bagan;
pub mod board;
pub mod escape;
pub mod fixed;
mod format;
pub mod json;
pub mod jsonld;
pub mod labels;
mod options;
mod sitemap;
pub mod templates;
pub mod text;
pub mod view;

use serde::Serialize;
use serde_json::value::RawValue;
use tera::Context;

use crate::audit::UnitAudit;
use crate::corpus::{CompiledStandard, CompiledUnit};
use crate::diagnostic::{Code, Diagnostic};

use crate::source::SourceFile;
use labels::Labels;
pub use options::{Overrides, SiteOptions};
use templates::Templates;
use text::Rich;
use view::{ProviderView, StandardView};

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
#[derive(Debug, Default, Clone)]
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
}

#[derive(Serialize)]
struct PageView {
    deskripsi: Option<String>,
    kanonik: Option<String>,
}

/// A standard's board, ready for `papan-lembar.html`, and its number of sheets.
struct BoardEntry {
    value: tera::Value,
    lembar: usize,
}

/// What `papan-lembar.html` gets as `p`: the standard and its sheets.
#[derive(Serialize)]
struct BoardView {
    /// The standard's view, as the page has it.
    standar: tera::Value,
    /// The CSS class `skala-N`.
    skala: usize,
    /// Columns per sheet (the CSS class `kolom-N`).
    kolom: usize,
    /// Whether the footer is printed.
    kaki: bool,
    /// The footer's text: SK number and date, the page's address.
    catatan_kaki: Option<String>,
    qr: Option<String>,
    url: Option<String>,
    lembar: Vec<SheetView>,
}

/// One sheet of a board.
#[derive(Serialize)]
struct SheetView {
    nomor: usize,
    /// "Lembar 1 dari 2", when there is more than one sheet.
    label: Option<String>,
    kolom: Vec<board::layout::Kolom>,
}

/// One standard as listed on the index and unit pages.
#[derive(Debug, Clone, Serialize)]
pub struct StandardEntry {
    nama: String,
    href: String,
    md: String,
    deskripsi: Option<String>,
}

/// One unit with its standards, for the unit page and the unit's part of the index.
#[derive(Debug, Clone, Serialize)]
struct UnitEntry {
    /// The path with `/` replaced, usable as an HTML id.
    id: String,
    path: String,
    nama: String,
    pemerintah: Option<String>,
    href: String,
    md: String,
    penyelenggara: Option<ProviderView>,
    standar: Vec<StandardEntry>,
}

/// What the index keeps of a rendered unit: its parts of the index pages, already rendered.
///
/// A few large strings per unit rather than small ones per standard: these live until the end
/// of the build, and many small long-lived allocations among the render's short-lived ones
/// would keep the freed memory around them from being reused (at 100,000 standards that cost
/// over 250 MB).
#[derive(Debug, Clone, Default)]
pub struct IndexPart {
    jumlah: usize,
    html: String,
    md: String,
    /// The unit's entry in `index.json`, already written.
    json: Option<Box<RawValue>>,
    /// Absolute URLs for the sitemap, one per line.
    urls: String,
    /// The unit's row of the audit report.
    audit: AuditSummary,
    /// Sum of its standards' audit scores.
    skor: u64,
}

/// One standard on a unit's audit page.
#[derive(Serialize)]
struct AuditRow<'a> {
    /// Link to the standard's page, relative to the unit folder.
    href: String,
    nama: &'a str,
    skor: u32,
    komponen_ada: usize,
    tampilan_ada: usize,
    /// What it lacks, as sanitised HTML (the keys to write in `<code>`).
    kurang: Vec<String>,
}

/// A unit's audit page.
#[derive(Serialize)]
struct AuditPage<'a> {
    nama: &'a str,
    skor: Option<u32>,
    standar: Vec<AuditRow<'a>>,
}

/// A unit's row in the site's audit report, which links to the unit's own audit page: the
/// report stays one short row per unit however many standards there are.
#[derive(Clone, Debug, Default, Serialize)]
struct AuditSummary {
    path: String,
    nama: String,
    jumlah: usize,
    skor: Option<u32>,
    terendah: Option<u32>,
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

    fn context(&self, root: &str, deskripsi: Option<String>, kanonik: Option<String>) -> Context {
        let mut context = Context::new();
        context.insert_value("site", self.site_value.clone());
        context.insert_value("t", self.t_value.clone());
        context.insert("root", root);
        context.insert("halaman", &PageView { deskripsi, kanonik });
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
        let mut views: Vec<StandardView> = standards
            .iter()
            .map(|s| view::standard(s, self.t, self.options.bahasa))
            .collect();
        let entry = unit_entry(unit, &views);
        let unit_root = "../".repeat(entry.path.split('/').count());
        let mut sheets = Vec::with_capacity(views.len());
        for (compiled, view) in standards.iter().zip(&mut views) {
            if only.is_some_and(|slug| slug != view.slug) {
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
            let board = self.lay_out_board(compiled, view, &value, &charts)?;
            for (flow, chart) in view.prosedur.alur.iter().zip(&charts) {
                out.emit(
                    &format!("{}/{}/{}", view.unit, view.slug, flow.bagan),
                    chart.svg.as_bytes(),
                )?;
            }
            let sheet = self.standard(compiled, view, &value, &board, &entry, &mut out)?;
            out.summary.papan.add(&view.id, board.lembar);
            // Sheets only refer to the site root for the logo; without one they are reused as is.
            sheets.push(match self.site.logo {
                None => sheet,
                Some(_) => self.board_sheet(&unit_root, &board.value)?,
            });
        }
        if only.is_some() {
            return Ok((IndexPart::default(), out.summary));
        }
        self.unit_pages(&entry, sheets, out.summary.papan.lembar, &mut out)?;
        let audit = crate::audit::audit_unit(unit, standards);
        self.unit_audit(&audit, &entry, &mut out)?;
        let part = self.part(&audit, &entry)?;
        Ok((part, out.summary))
    }

    /// What the index needs of a unit, without rendering its pages (for the live preview,
    /// which renders pages only when they are asked for).
    pub fn unit_index(
        &self,
        unit: &CompiledUnit,
        standards: &[&CompiledStandard],
    ) -> Result<IndexPart, Diagnostic> {
        let views: Vec<StandardView> = standards
            .iter()
            .map(|s| view::standard(s, self.t, self.options.bahasa))
            .collect();
        let entry = unit_entry(unit, &views);
        let audit = crate::audit::audit_unit(unit, standards);
        self.part(&audit, &entry)
    }

    /// The unit's part of the index pages and of the audit report.
    fn part(&self, audit: &UnitAudit, entry: &UnitEntry) -> Result<IndexPart, Diagnostic> {
        let mut part = self.index_part(entry)?;
        part.skor = audit.standar.iter().map(|s| u64::from(s.skor)).sum();
        part.audit = AuditSummary {
            path: entry.path.clone(),
            nama: entry.nama.clone(),
            jumlah: audit.standar.len(),
            skor: audit.skor,
            terendah: audit.standar.iter().map(|s| s.skor).min(),
        };
        Ok(part)
    }

    /// The unit's audit page: every standard, its score and what it lacks.
    fn unit_audit(
        &self,
        audit: &UnitAudit,
        entry: &UnitEntry,
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let prefix = format!("{}/", entry.path);
        let page = AuditPage {
            nama: &entry.nama,
            skor: audit.skor,
            standar: audit
                .standar
                .iter()
                .map(|s| AuditRow {
                    href: format!("{}/index.html", s.id.strip_prefix(&prefix).unwrap_or(&s.id)),
                    nama: &s.nama,
                    skor: s.skor,
                    komponen_ada: s.components_present(),
                    tampilan_ada: s.items_met(),
                    kurang: s
                        .kurang()
                        .iter()
                        .map(|k| text::to_html(&k.to_string()))
                        .collect(),
                })
                .collect(),
        };
        let root = "../".repeat(entry.path.split('/').count());
        let mut context = self.context(&root, None, None);
        context.insert("a", &page);
        context.insert("aturan", crate::audit::ATURAN_SKOR);
        let html = self.templates.html("audit-unit.html", &context)?;
        out.emit(&format!("{}/audit.html", entry.path), html.as_bytes())
    }

    /// Renders a standard's page, Markdown, JSON and board; returns the board's sheets.
    fn standard(
        &self,
        compiled: &CompiledStandard,
        view: &StandardView,
        value: &tera::Value,
        board: &BoardEntry,
        unit: &UnitEntry,
        out: &mut Emitter<'_, '_>,
    ) -> Result<String, Diagnostic> {
        let dir = format!("{}/{}", view.unit, view.slug);
        let root = "../".repeat(dir.split('/').count());
        let url = self.url(&format!("{dir}/"));
        let mut context = self.context(
            &root,
            view.deskripsi.as_ref().map(|d| d.plain.clone()),
            url.clone(),
        );
        context.insert_value("standar", value.clone());
        context.insert("unit_nama", &unit.nama);
        context.insert(
            "jsonld",
            &jsonld::government_service(view, url.as_deref(), self.options.bahasa),
        );
        let html = self.templates.html("standar.html", &context)?;
        out.emit(&format!("{dir}/index.html"), html.as_bytes())?;

        let markdown = self.templates.markdown("standar.md", &context)?;
        out.emit(&format!("{dir}/README.md"), markdown.as_bytes())?;
        let document = StandardJson {
            format: "standar/1",
            id: &view.id,
            unit: &view.unit,
            slug: &view.slug,
            url: url.as_deref(),
            papan: BoardJson {
                ukuran: self.options.papan.name(),
                lembar: board.lembar,
            },
            standar: &compiled.standar,
        };
        let json = json::pretty_sorted(&format!("{dir}/standar.json"), &document)?;
        out.emit(&format!("{dir}/standar.json"), json.as_bytes())?;
        let sheet = self.board_sheet(&root, &board.value)?;
        let board = self.board(
            &root,
            &view.nama,
            std::slice::from_ref(&sheet),
            board.lembar,
        )?;
        out.emit(&format!("{dir}/papan.html"), board.as_bytes())?;
        Ok(sheet)
    }

    /// The SOP-AP flowchart of each flow of a standard.
    fn charts(&self, view: &StandardView) -> Vec<bagan::Chart> {
        let flows = &view.prosedur.alur;
        flows
            .iter()
            .enumerate()
            .map(|(i, flow)| {
                let title = match (&flow.nama, flows.len()) {
                    (Some(name), _) => format!("{} — {name}", view.nama),
                    (None, 1) => view.nama.clone(),
                    (None, _) => format!("{} — {} {}", view.nama, self.t.alur, i + 1),
                };
                bagan::svg(flow, &title, self.t)
            })
            .collect()
    }

    /// Lays out a standard's board and prepares it for `papan-lembar.html`; an item taller than
    /// a whole sheet is an error pointing at the item.
    fn lay_out_board(
        &self,
        compiled: &CompiledStandard,
        view: &StandardView,
        value: &tera::Value,
        charts: &[bagan::Chart],
    ) -> Result<BoardEntry, Diagnostic> {
        let url = self.url(&format!("{}/{}/", view.unit, view.slug));
        let qr = url
            .as_deref()
            .and_then(|u| board::qr::qr_svg(u, &format!("{}: {u}", self.t.pindai_qr)));
        let frame = board::frame(
            view,
            self.t,
            url.as_deref(),
            qr.is_some(),
            self.site.logo.is_some(),
        );
        let paper = board::paper::Paper::of(self.options.papan);
        let laid = board::board(view, self.t, &paper, &frame, charts)
            .map_err(|too_tall| self.too_tall(compiled, &too_tall))?;
        let total = laid.plan.lembar.len();
        let sheets: Vec<SheetView> = laid
            .plan
            .lembar
            .into_iter()
            .enumerate()
            .map(|(i, lembar)| SheetView {
                nomor: i + 1,
                label: (total > 1).then(|| board::sheet_label(self.t, i + 1, total)),
                kolom: lembar.kolom,
            })
            .collect();
        let entry = BoardView {
            standar: value.clone(),
            skala: laid.plan.skala,
            kolom: laid.plan.kolom,
            kaki: laid.plan.kaki,
            catatan_kaki: frame.footer,
            qr,
            url,
            lembar: sheets,
        };
        let value =
            tera::Value::try_from_serializable(&entry).map_err(|e| template_data_problem(&e))?;
        Ok(BoardEntry {
            value,
            lembar: total,
        })
    }

    fn too_tall(
        &self,
        compiled: &CompiledStandard,
        problem: &board::layout::TooTall,
    ) -> Diagnostic {
        let text = &compiled.file.text;
        // Point at the item as written, found by its first words.
        let words: Vec<&str> = problem.teks.split_whitespace().take(4).collect();
        let span = (!words.is_empty())
            .then(|| text.find(&words.join(" ")))
            .flatten()
            .map(|start| start..start + words.join(" ").len());
        let preview: String = problem.teks.chars().take(60).collect();
        let diagnostic = Diagnostic::new(
            Code::BoardOverflow,
            &compiled.file,
            format!(
                "butir {}\"{preview}…\" di bagian \"{}\" lebih panjang dari satu lembar papan {} pada ukuran huruf terkecil yang masih terbaca, jadi tidak dapat dicetak utuh",
                problem.nomor.as_deref().map(|n| format!("{n} ")).unwrap_or_default(),
                problem.bagian,
                self.options.papan.name().to_uppercase()
            ),
        )
        .help("pecah butir itu menjadi beberapa butir yang lebih pendek (setiap butir dicetak utuh dalam satu kolom), atau pilih papan `--papan banner` yang lebih tinggi");
        match span {
            Some(span) => diagnostic.at(span),
            None => diagnostic,
        }
    }

    /// One board sheet (`papan-lembar.html`).
    fn board_sheet(&self, root: &str, entry: &tera::Value) -> Result<String, Diagnostic> {
        let mut context = self.context(root, None, None);
        context.insert("ukuran", self.options.papan.name());
        context.insert_value("p", entry.clone());
        self.templates.html("papan-lembar.html", &context)
    }

    /// A printable page of board sheets (`papan.html`): `count` sheets in all.
    fn board(
        &self,
        root: &str,
        judul: &str,
        sheets: &[String],
        count: usize,
    ) -> Result<String, Diagnostic> {
        let mut context = self.context(root, None, None);
        context.insert("judul", &format!("{} — {}", self.t.papan, judul));
        context.insert("ukuran", self.options.papan.name());
        context.insert("kertas", &self.options.papan.label());
        context.insert("jumlah_lembar", &count);
        context.insert("papan", sheets);
        self.templates.html("papan.html", &context)
    }

    fn unit_pages(
        &self,
        entry: &UnitEntry,
        sheets: Vec<String>,
        sheet_count: usize,
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let root = "../".repeat(entry.path.split('/').count());
        let prefix = format!("{}/", entry.path);
        let local = UnitEntry {
            standar: entry
                .standar
                .iter()
                .map(|s| StandardEntry {
                    href: s.href.strip_prefix(&prefix).unwrap_or(&s.href).to_string(),
                    md: s.md.strip_prefix(&prefix).unwrap_or(&s.md).to_string(),
                    ..s.clone()
                })
                .collect(),
            ..entry.clone()
        };
        let mut context = self.context(&root, None, self.url(&prefix));
        context.insert("unit", &local);
        let html = self.templates.html("unit.html", &context)?;
        out.emit(&format!("{}/index.html", entry.path), html.as_bytes())?;
        let markdown = self.templates.markdown("unit.md", &context)?;
        out.emit(&format!("{}/README.md", entry.path), markdown.as_bytes())?;
        let html = self.board(&root, &entry.nama, &sheets, sheet_count)?;
        out.emit(&format!("{}/papan.html", entry.path), html.as_bytes())
    }

    /// The unit's part of the index pages, JSON and sitemap.
    fn index_part(&self, entry: &UnitEntry) -> Result<IndexPart, Diagnostic> {
        let mut context = self.context("", None, None);
        context.insert("u", entry);
        let html = self.templates.html("indeks-unit.html", &context)?;
        let md = self.templates.markdown("indeks-unit.md", &context)?;
        let base = self.options.url_dasar.as_deref();
        let mut urls = String::new();
        if let Some(base) = base {
            urls.push_str(&format!("{base}{}/\n", entry.path));
        }
        let standar: Vec<IndexJsonStandard<'_>> = entry
            .standar
            .iter()
            .map(|s| {
                let id = s.href.trim_end_matches("/index.html");
                let url = base.map(|b| format!("{b}{id}/"));
                if let Some(url) = &url {
                    urls.push_str(url);
                    urls.push('\n');
                }
                IndexJsonStandard {
                    id,
                    nama: &s.nama,
                    url,
                }
            })
            .collect();
        let item = IndexJsonUnit {
            path: &entry.path,
            nama: &entry.nama,
            pemerintah: entry.pemerintah.as_deref(),
            url: base.map(|b| format!("{b}{}/", entry.path)),
            standar,
        };
        let json = json::raw("index.json", &item)?;
        // Parts live until the end of the build: keep only what they hold.
        let shrink = |mut text: String| {
            text.shrink_to_fit();
            text
        };
        Ok(IndexPart {
            jumlah: entry.standar.len(),
            html: shrink(html),
            md: shrink(md),
            json: Some(json),
            urls: shrink(urls),
            audit: AuditSummary::default(),
            skor: 0,
        })
    }

    /// Renders the index (HTML, Markdown, JSON) and, with a base URL, the sitemap.
    pub fn index(&self, parts: &[IndexPart], sink: &Sink<'_>) -> Result<RenderSummary, Diagnostic> {
        let mut out = Emitter {
            sink,
            summary: RenderSummary::default(),
        };
        let count: usize = parts.iter().map(|u| u.jumlah).sum();
        let mut context = self.context(
            "",
            self.options.deskripsi.clone(),
            self.options.url_dasar.clone(),
        );
        context.insert("jumlah", &count);
        context.insert("jumlah_unit", &parts.len());
        context.insert("ada_sitemap", &self.options.url_dasar.is_some());
        let html: Vec<&str> = parts.iter().map(|p| p.html.as_str()).collect();
        context.insert("units", &html);
        let page = self.templates.html("indeks.html", &context)?;
        out.emit("index.html", page.as_bytes())?;
        drop(page);
        let md: Vec<&str> = parts.iter().map(|p| p.md.as_str()).collect();
        context.insert("units", &md);
        let page = self.templates.markdown("indeks.md", &context)?;
        out.emit("README.md", page.as_bytes())?;
        drop(page);
        let base = self.options.url_dasar.as_deref();
        let index = IndexJson {
            format: "standar-indeks/1",
            judul: &self.options.judul,
            url_dasar: base,
            jumlah: count,
            unit: parts.iter().filter_map(|p| p.json.as_deref()).collect(),
        };
        let json = json::pretty("index.json", &index)?;
        out.emit("index.json", json.as_bytes())?;
        drop(json);
        let mut context = self.context("../", None, None);
        context.insert("jumlah", &count);
        context.insert("jumlah_unit", &parts.len());
        context.insert("aturan", crate::audit::ATURAN_SKOR);
        let total: u64 = parts.iter().map(|p| p.skor).sum();
        let mean = (count > 0).then(|| (total as f64 / count as f64).round() as u64);
        context.insert("skor_rata", &mean);
        let rows: Vec<&AuditSummary> = parts
            .iter()
            .map(|p| &p.audit)
            .filter(|a| !a.path.is_empty())
            .collect();
        context.insert("units", &rows);
        let page = self.templates.html("audit.html", &context)?;
        out.emit("audit/index.html", page.as_bytes())?;
        drop(page);
        if let Some(base) = base {
            let mut urls = vec![base.to_string()];
            urls.extend(
                parts
                    .iter()
                    .flat_map(|p| p.urls.lines().map(str::to_string)),
            );
            for (name, xml) in sitemap::sitemaps(&urls, base)? {
                out.emit(&name, xml.as_bytes())?;
            }
        }
        Ok(out.summary)
    }
}

/// `index.json`: the site's standards for programs, each unit already written by its part.
#[derive(Serialize)]
struct IndexJson<'a> {
    format: &'static str,
    judul: &'a str,
    url_dasar: Option<&'a str>,
    jumlah: usize,
    unit: Vec<&'a RawValue>,
}

/// `standar.json`: one standard as compiled, with where it is published and its board.
#[derive(Serialize)]
struct StandardJson<'a> {
    format: &'static str,
    id: &'a str,
    unit: &'a str,
    slug: &'a str,
    url: Option<&'a str>,
    papan: BoardJson,
    standar: &'a crate::model::Standar,
}

/// The board of a standard in `standar.json`.
#[derive(Serialize)]
struct BoardJson {
    ukuran: &'static str,
    lembar: usize,
}

/// One unit in `index.json`, with its standards.
#[derive(Serialize)]
struct IndexJsonUnit<'a> {
    path: &'a str,
    nama: &'a str,
    pemerintah: Option<&'a str>,
    url: Option<String>,
    standar: Vec<IndexJsonStandard<'a>>,
}

/// One standard in `index.json`; its files are `<id>/index.html`, `<id>/README.md`,
/// `<id>/standar.json` and `<id>/papan.html`.
#[derive(Serialize)]
struct IndexJsonStandard<'a> {
    id: &'a str,
    nama: &'a str,
    url: Option<String>,
}

fn template_data_problem(error: &tera::Error) -> Diagnostic {
    Diagnostic::new(
        Code::Template,
        &SourceFile::new("templates", ""),
        format!("data halaman tidak dapat disiapkan: {error}"),
    )
}

fn unit_entry(unit: &CompiledUnit, views: &[StandardView]) -> UnitEntry {
    let provider = views.first().and_then(|v| v.penyelenggara.clone());
    let nama = unit
        .unit
        .as_ref()
        .map(|u| {
            u.penyelenggara
                .subunit
                .clone()
                .filter(|s| !s.trim().is_empty())
                .map_or_else(
                    || u.penyelenggara.unit.clone(),
                    |sub| format!("{sub}, {}", u.penyelenggara.unit),
                )
        })
        .or_else(|| provider.as_ref().map(|p| p.nama.clone()))
        .unwrap_or_else(|| unit.path.clone());
    UnitEntry {
        id: unit.path.replace('/', "--"),
        path: unit.path.clone(),
        nama,
        pemerintah: provider.as_ref().map(|p| p.pemerintah.clone()),
        href: format!("{}/index.html", unit.path),
        md: format!("{}/README.md", unit.path),
        penyelenggara: provider,
        standar: views
            .iter()
            .map(|v| StandardEntry {
                nama: v.nama.clone(),
                href: format!("{}/{}/index.html", v.unit, v.slug),
                md: format!("{}/{}/README.md", v.unit, v.slug),
                deskripsi: v.deskripsi.as_ref().map(|d| d.plain.clone()),
            })
            .collect(),
    }
}
