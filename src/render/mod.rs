//! Stage 5: render compiled standards into a site — HTML pages, Markdown, JSON, notice boards,
//! sitemap and assets — handing every file to a sink as soon as it is rendered.
//!
//! Nothing here touches the disk; the CLI's sink writes the files.

pub mod board;
mod format;
pub mod jsonld;
pub mod labels;
mod sitemap;
pub mod templates;
pub mod text;
pub mod view;

use serde::Serialize;
use serde_json::json;
use tera::Context;

use crate::corpus::{Compilation, CompiledStandard, CompiledUnit};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::situs::{Bahasa, UkuranPapan};
use labels::Labels;
use templates::Templates;
use text::Rich;
use view::{ProviderView, StandardView};

/// Site-wide settings, from `_situs.yaml` and the command line.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Site title.
    pub judul: String,
    /// Site description (Markdown).
    pub deskripsi: Option<String>,
    /// Where the site is published, ending in `/`; enables sitemap, canonical links and QR codes.
    pub url_dasar: Option<String>,
    /// Label language.
    pub bahasa: Bahasa,
    /// Board paper size.
    pub papan: UkuranPapan,
    /// Logo file name (e.g. `logo.png`) and bytes, copied to `aset/`.
    pub logo: Option<(String, Vec<u8>)>,
}

impl Default for SiteOptions {
    fn default() -> Self {
        Self {
            judul: "Standar Pelayanan Publik".to_string(),
            deskripsi: None,
            url_dasar: None,
            bahasa: Bahasa::Id,
            papan: UkuranPapan::A3,
            logo: None,
        }
    }
}

/// What a render produced.
#[derive(Debug, Default)]
pub struct RenderSummary {
    /// Files handed to the sink.
    pub files: usize,
    /// Bytes handed to the sink.
    pub bytes: u64,
    /// Warnings found while rendering (boards that do not fit).
    pub warnings: Vec<Diagnostic>,
}

/// Receives each output file (path relative to the site root, `/`-separated) as it is rendered.
pub type Sink<'a> = dyn FnMut(&str, &[u8]) -> Result<(), Diagnostic> + 'a;

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

#[derive(Debug, Clone, Serialize)]
struct StandardEntry {
    nama: String,
    href: String,
    md: String,
    deskripsi: Option<String>,
    cari: String,
}

#[derive(Debug, Clone, Serialize)]
struct UnitEntry {
    path: String,
    nama: String,
    pemerintah: Option<String>,
    href: String,
    md: String,
    penyelenggara: Option<ProviderView>,
    standar: Vec<StandardEntry>,
}

#[derive(Serialize)]
struct BoardEntry<'a> {
    standar: &'a StandardView,
    skala: usize,
    kolom: usize,
    qr: Option<String>,
    url: Option<String>,
}

/// Renders the whole site into `sink`.
pub fn render_site(
    compilation: &Compilation,
    templates: &Templates,
    options: &SiteOptions,
    sink: &mut Sink<'_>,
) -> Result<RenderSummary, Diagnostic> {
    let mut renderer = Renderer {
        templates,
        options,
        t: labels::labels(options.bahasa),
        site: SiteView {
            judul: options.judul.clone(),
            deskripsi: Rich::maybe(options.deskripsi.as_deref()),
            logo: options
                .logo
                .as_ref()
                .map(|(name, _)| format!("aset/{name}")),
        },
        summary: RenderSummary::default(),
        sink,
    };
    renderer.assets()?;
    let mut units = Vec::new();
    let mut urls = Vec::new();
    if let Some(base) = &options.url_dasar {
        urls.push(base.clone());
    }
    for unit in &compilation.units {
        let standards: Vec<&CompiledStandard> = compilation
            .standards
            .iter()
            .filter(|s| s.id.unit == unit.path)
            .collect();
        if standards.is_empty() {
            continue;
        }
        let views: Vec<StandardView> = standards
            .iter()
            .map(|s| view::standard(s, renderer.t, options.bahasa))
            .collect();
        let entry = unit_entry(unit, &views);
        for (compiled, view) in standards.iter().zip(&views) {
            renderer.standard(compiled, view, &entry)?;
            if let Some(url) = renderer.url(&format!("{}/{}/", view.unit, view.slug)) {
                urls.push(url);
            }
        }
        renderer.unit(&entry, &views)?;
        if let Some(url) = renderer.url(&format!("{}/", unit.path)) {
            urls.push(url);
        }
        units.push(entry);
    }
    renderer.index(&units, compilation.standards.len())?;
    if options.url_dasar.is_some() {
        urls.sort();
        renderer.emit("sitemap.xml", sitemap::sitemap(&urls).as_bytes())?;
    }
    Ok(renderer.summary)
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
                cari: [
                    Some(v.nama.as_str()),
                    v.penyelenggara.as_ref().map(|p| p.nama.as_str()),
                    v.penyelenggara.as_ref().map(|p| p.pemerintah.as_str()),
                    v.deskripsi.as_ref().map(|d| d.plain.as_str()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
            })
            .collect(),
    }
}

struct Renderer<'a, 's> {
    templates: &'a Templates,
    options: &'a SiteOptions,
    t: &'static Labels,
    site: SiteView,
    summary: RenderSummary,
    sink: &'a mut Sink<'s>,
}

impl Renderer<'_, '_> {
    fn emit(&mut self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        (self.sink)(path, bytes)?;
        self.summary.files += 1;
        self.summary.bytes += bytes.len() as u64;
        Ok(())
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
        context.insert("site", &self.site);
        context.insert("t", self.t);
        context.insert("root", root);
        context.insert("halaman", &PageView { deskripsi, kanonik });
        context
    }

    fn assets(&mut self) -> Result<(), Diagnostic> {
        let names: Vec<String> = self.templates.asset_names().map(str::to_string).collect();
        for name in names {
            let text = self.templates.asset(&name).unwrap_or_default().to_string();
            self.emit(&name, text.as_bytes())?;
        }
        if let Some((name, bytes)) = &self.options.logo {
            let path = format!("aset/{name}");
            self.emit(&path, bytes)?;
        }
        Ok(())
    }

    fn standard(
        &mut self,
        compiled: &CompiledStandard,
        view: &StandardView,
        unit: &UnitEntry,
    ) -> Result<(), Diagnostic> {
        let dir = format!("{}/{}", view.unit, view.slug);
        let root = "../".repeat(dir.split('/').count());
        let url = self.url(&format!("{dir}/"));
        let mut context = self.context(
            &root,
            view.deskripsi.as_ref().map(|d| d.plain.clone()),
            url.clone(),
        );
        context.insert("standar", view);
        context.insert("unit_nama", &unit.nama);
        context.insert(
            "jsonld",
            &jsonld::government_service(view, url.as_deref(), self.options.bahasa),
        );
        let html = self.templates.html("standar.html", &context)?;
        self.emit(&format!("{dir}/index.html"), html.as_bytes())?;
        let markdown = self.templates.markdown("standar.md", &context)?;
        self.emit(&format!("{dir}/README.md"), markdown.as_bytes())?;
        let document = json!({
            "format": "standar/1",
            "id": view.id,
            "unit": view.unit,
            "slug": view.slug,
            "url": url,
            "standar": compiled.standar,
        });
        let json = serde_json::to_string_pretty(&document).unwrap_or_default() + "\n";
        self.emit(&format!("{dir}/standar.json"), json.as_bytes())?;
        let fit = board::fit(view, self.t, self.options.papan);
        if !fit.muat {
            self.summary.warnings.push(
                Diagnostic::new(
                    Code::BoardOverflow,
                    &compiled.file,
                    format!(
                        "papan {} untuk \"{}\" tidak muat satu lembar pada ukuran huruf terkecil yang masih terbaca",
                        self.options.papan.name(),
                        view.nama
                    ),
                )
                .help("pilih kertas yang lebih besar (`--papan a2`, `a1` atau `banner`), atau ringkas uraiannya (misalnya dengan `uraian_singkat`)"),
            );
        }
        let entry = self.board_entry(view, fit);
        let html = self.board(&root, &view.nama, &[entry])?;
        self.emit(&format!("{dir}/papan.html"), html.as_bytes())
    }

    fn board_entry<'v>(&self, view: &'v StandardView, fit: board::Fit) -> BoardEntry<'v> {
        let url = self.url(&format!("{}/{}/", view.unit, view.slug));
        BoardEntry {
            standar: view,
            skala: fit.skala,
            kolom: fit.kolom,
            qr: url
                .as_deref()
                .and_then(|u| board::qr_svg(u, &format!("{}: {u}", self.t.pindai_qr))),
            url,
        }
    }

    fn board(
        &self,
        root: &str,
        judul: &str,
        entries: &[BoardEntry<'_>],
    ) -> Result<String, Diagnostic> {
        let mut context = self.context(root, None, None);
        context.insert("judul", &format!("{} — {}", self.t.papan, judul));
        context.insert("ukuran", self.options.papan.name());
        context.insert("kolom_pilihan", &board::column_choices(self.options.papan));
        context.insert("papan", entries);
        self.templates.html("papan.html", &context)
    }

    fn unit(&mut self, entry: &UnitEntry, views: &[StandardView]) -> Result<(), Diagnostic> {
        let root = "../".repeat(entry.path.split('/').count());
        let local = UnitEntry {
            standar: entry
                .standar
                .iter()
                .zip(views)
                .map(|(s, v)| StandardEntry {
                    href: format!("{}/index.html", v.slug),
                    md: format!("{}/README.md", v.slug),
                    ..s.clone()
                })
                .collect(),
            ..entry.clone()
        };
        let mut context = self.context(&root, None, self.url(&format!("{}/", entry.path)));
        context.insert("unit", &local);
        let html = self.templates.html("unit.html", &context)?;
        self.emit(&format!("{}/index.html", entry.path), html.as_bytes())?;
        let markdown = self.templates.markdown("unit.md", &context)?;
        self.emit(&format!("{}/README.md", entry.path), markdown.as_bytes())?;
        let boards: Vec<BoardEntry<'_>> = views
            .iter()
            .map(|v| self.board_entry(v, board::fit(v, self.t, self.options.papan)))
            .collect();
        let html = self.board(&root, &entry.nama, &boards)?;
        self.emit(&format!("{}/papan.html", entry.path), html.as_bytes())
    }

    fn index(&mut self, units: &[UnitEntry], count: usize) -> Result<(), Diagnostic> {
        let mut context = self.context(
            "",
            self.options.deskripsi.clone(),
            self.options.url_dasar.clone(),
        );
        context.insert("units", units);
        context.insert("jumlah", &count);
        context.insert("ada_sitemap", &self.options.url_dasar.is_some());
        let html = self.templates.html("indeks.html", &context)?;
        self.emit("index.html", html.as_bytes())?;
        let markdown = self.templates.markdown("indeks.md", &context)?;
        self.emit("README.md", markdown.as_bytes())?;
        let base = self.options.url_dasar.as_deref();
        let index = json!({
            "format": "standar-indeks/1",
            "judul": self.options.judul,
            "url_dasar": base,
            "standar": units.iter().flat_map(|u| u.standar.iter().map(move |s| {
                let dir = s.href.trim_end_matches("/index.html");
                json!({
                    "id": dir,
                    "nama": s.nama,
                    "unit": u.path,
                    "penyelenggara": u.nama,
                    "pemerintah": u.pemerintah,
                    "url": base.as_ref().map(|b| format!("{b}{dir}/")),
                    "html": s.href,
                    "markdown": s.md,
                    "json": format!("{dir}/standar.json"),
                    "papan": format!("{dir}/papan.html"),
                })
            })).collect::<Vec<_>>(),
        });
        let json = serde_json::to_string_pretty(&index).unwrap_or_default() + "\n";
        self.emit("index.json", json.as_bytes())
    }
}
