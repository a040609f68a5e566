//! The site's index: the front page, its Markdown, `index.json`, the audit report and the
//! sitemap, assembled from the parts each unit left.

use std::sync::Arc;

use serde::Serialize;
use serde_json::value::RawValue;

use super::unit_pages::{AuditSummary, UnitEntry};
use super::{Emitter, RenderSummary, Renderer, Sink, json, sitemap};
use crate::audit::UnitAudit;
use crate::diagnostic::Diagnostic;

impl Renderer<'_> {
    /// The unit's part of the index pages and of the audit report.
    pub(super) fn part(
        &self,
        audit: &UnitAudit,
        entry: &UnitEntry,
    ) -> Result<IndexPart, Diagnostic> {
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

    /// The unit's part of the index pages, JSON and sitemap.
    pub(super) fn index_part(&self, entry: &UnitEntry) -> Result<IndexPart, Diagnostic> {
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
            umpan: Vec::new(),
        })
    }

    /// Renders the index (HTML, Markdown, JSON) and, with a base URL, the sitemap.
    pub fn index(
        &self,
        parts: &[Arc<IndexPart>],
        sink: &Sink<'_>,
    ) -> Result<RenderSummary, Diagnostic> {
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
        // The schemas, at a stable address files can name (`$schema=<url_dasar>schema/…`).
        for kind in crate::schema::FileKind::ALL {
            let path = format!("schema/{}", kind.schema_file_name());
            out.emit(&path, kind.schema_text().as_bytes())?;
        }
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
        self.site_feed(parts, &mut out)?;
        Ok(out.summary)
    }
}

/// What the index keeps of a rendered unit: its parts of the index pages, already rendered.
///
/// A few large strings per unit rather than small ones per standard: these live until the end
/// of the build, and many small long-lived allocations among the render's short-lived ones
/// would keep the freed memory around them from being reused (at 100,000 standards that cost
/// over 250 MB).
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct IndexPart {
    pub(super) jumlah: usize,
    pub(super) html: String,
    pub(super) md: String,
    /// The unit's entry in `index.json`, already written.
    pub(super) json: Option<Box<RawValue>>,
    /// Absolute URLs for the sitemap, one per line.
    pub(super) urls: String,
    /// The unit's row of the audit report.
    pub(super) audit: AuditSummary,
    /// Sum of its standards' audit scores.
    pub(super) skor: u64,
    /// Its entries of the site's feed.
    #[serde(default)]
    pub(super) umpan: Vec<super::umpan::FeedEntry>,
}

/// `index.json`: the site's standards for programs, each unit already written by its part.
#[derive(Serialize)]
pub(super) struct IndexJson<'a> {
    pub(super) format: &'static str,
    pub(super) judul: &'a str,
    pub(super) url_dasar: Option<&'a str>,
    pub(super) jumlah: usize,
    pub(super) unit: Vec<&'a RawValue>,
}

/// One unit in `index.json`, with its standards.
#[derive(Serialize)]
pub(super) struct IndexJsonUnit<'a> {
    pub(super) path: &'a str,
    pub(super) nama: &'a str,
    pub(super) pemerintah: Option<&'a str>,
    pub(super) url: Option<String>,
    pub(super) standar: Vec<IndexJsonStandard<'a>>,
}

/// One standard in `index.json`; its files are `<id>/index.html`, `<id>/README.md`,
/// `<id>/standar.json` and `<id>/papan.html`.
#[derive(Serialize)]
pub(super) struct IndexJsonStandard<'a> {
    pub(super) id: &'a str,
    pub(super) nama: &'a str,
    pub(super) url: Option<String>,
}
