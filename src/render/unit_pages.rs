//! A unit folder's own pages: its list of standards (HTML, Markdown, board) and its audit
//! page, and what the site's index keeps of it.

use serde::Serialize;

use super::labels::labels;
use super::masa::Terbit;
use super::view::{ProviderView, StandardView, SurveyView};
use super::{Emitter, Renderer, text};
use crate::audit::UnitAudit;
use crate::corpus::CompiledUnit;
use crate::diagnostic::Diagnostic;
use crate::model::masa_berlaku::Keadaan;
use crate::model::situs::Bahasa;

impl Renderer<'_> {
    /// The unit's page, its Markdown and the printable page of all its standards' boards.
    pub(super) fn unit_pages(
        &self,
        entry: &UnitEntry,
        sheets: Vec<String>,
        sheet_count: usize,
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let root = "../".repeat(entry.path.split('/').count());
        let prefix = format!("{}/", entry.path);
        let local = |list: &[StandardEntry]| -> Vec<StandardEntry> {
            list.iter()
                .map(|s| StandardEntry {
                    href: s.href.strip_prefix(&prefix).unwrap_or(&s.href).to_string(),
                    md: s.md.strip_prefix(&prefix).unwrap_or(&s.md).to_string(),
                    ..s.clone()
                })
                .collect()
        };
        let local = UnitEntry {
            standar: local(&entry.standar),
            rancangan: local(&entry.rancangan),
            tidak_berlaku: local(&entry.tidak_berlaku),
            ..entry.clone()
        };
        let mut context = self.context(&root, None, self.url(&prefix));
        context.insert("unit", &local);
        let html = self.templates.html("unit.html", &context)?;
        out.emit(&format!("{}/index.html", entry.path), html.as_bytes())?;
        if let Some(survey) = &entry.survei {
            self.survey_files(&entry.path, survey, out)?;
        }
        let markdown = self.templates.markdown("unit.md", &context)?;
        out.emit(&format!("{}/README.md", entry.path), markdown.as_bytes())?;
        let html = self.board(&root, &entry.nama, &sheets, sheet_count)?;
        out.emit(&format!("{}/papan.html", entry.path), html.as_bytes())
    }

    /// The survey's chart and its data for other systems (`survei-kepuasan.json`, format
    /// `standar-survei/1`), beside the unit page.
    fn survey_files(
        &self,
        folder: &str,
        survey: &SurveyView,
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        if let (Some(name), Some(picture)) = (&survey.grafik, &survey.gambar) {
            out.emit(&format!("{folder}/{name}"), picture.as_bytes())?;
        }
        #[derive(Serialize)]
        struct SurveyJson<'a> {
            format: &'static str,
            unit: &'a str,
            rumus: &'static str,
            periode: &'a [crate::corpus::survei::HasilSurvei],
        }
        let path = format!("{folder}/survei-kepuasan.json");
        let document = SurveyJson {
            format: "standar-survei/1",
            unit: folder,
            rumus: crate::model::ikm::RUMUS_IKM,
            periode: &survey.hasil,
        };
        out.emit(&path, super::json::pretty(&path, &document)?.as_bytes())
    }

    /// The unit's audit page: every standard, its score and what it lacks.
    pub(super) fn unit_audit(
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
                        .map(ToString::to_string)
                        .chain(s.tinjauan.catatan())
                        .map(|k| text::to_html(&k))
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
}

/// One standard as listed on the index and unit pages.
#[derive(Debug, Clone, Serialize)]
pub struct StandardEntry {
    pub(super) nama: String,
    pub(super) href: String,
    pub(super) md: String,
    pub(super) deskripsi: Option<String>,
    /// What the list says of a standard not (or not yet) in force: "Mulai berlaku …".
    pub(super) keterangan: Option<String>,
}

/// One unit with its standards, for the unit page and the unit's part of the index.
#[derive(Debug, Clone, Serialize)]
pub(super) struct UnitEntry {
    /// The path with `/` replaced, usable as an HTML id.
    pub(super) id: String,
    pub(super) path: String,
    pub(super) nama: String,
    pub(super) pemerintah: Option<String>,
    pub(super) href: String,
    pub(super) md: String,
    pub(super) penyelenggara: Option<ProviderView>,
    pub(super) standar: Vec<StandardEntry>,
    /// Drafts published for public consultation.
    pub(super) rancangan: Vec<StandardEntry>,
    /// Standards whose last day has passed.
    pub(super) tidak_berlaku: Vec<StandardEntry>,
    /// The unit's satisfaction surveys, when it records any.
    pub(super) survei: Option<SurveyView>,
}

/// One standard on a unit's audit page.
#[derive(Serialize)]
pub(super) struct AuditRow<'a> {
    /// Link to the standard's page, relative to the unit folder.
    pub(super) href: String,
    pub(super) nama: &'a str,
    pub(super) skor: u32,
    pub(super) komponen_ada: usize,
    pub(super) tampilan_ada: usize,
    /// What it lacks, as sanitised HTML (the keys to write in `<code>`).
    pub(super) kurang: Vec<String>,
}

/// A unit's audit page.
#[derive(Serialize)]
pub(super) struct AuditPage<'a> {
    pub(super) nama: &'a str,
    pub(super) skor: Option<u32>,
    pub(super) standar: Vec<AuditRow<'a>>,
}

/// A unit's row in the site's audit report, which links to the unit's own audit page: the
/// report stays one short row per unit however many standards there are.
#[derive(Clone, Debug, Default, Serialize, serde::Deserialize)]
pub(super) struct AuditSummary {
    pub(super) path: String,
    pub(super) nama: String,
    pub(super) jumlah: usize,
    pub(super) skor: Option<u32>,
    pub(super) terendah: Option<u32>,
}

/// The unit as its pages list it: its name (sub-unit first), government and standards (those
/// in force or about to be; drafts and standards no longer in force apart).
pub(super) fn unit_entry(
    unit: &CompiledUnit,
    views: &[StandardView],
    places: &[Terbit],
    bahasa: Bahasa,
) -> UnitEntry {
    let name_of = |slug: &str| {
        views
            .iter()
            .find(|v| v.slug == slug)
            .map_or_else(|| slug.to_string(), |v| v.nama.clone())
    };
    let survei = SurveyView::of(&unit.survei, name_of, labels(bahasa), bahasa);
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
        standar: listed(views, places, Terbit::terdaftar),
        rancangan: listed(views, places, |p| {
            p.tampil && p.keadaan == Keadaan::Rancangan
        }),
        tidak_berlaku: listed(views, places, |p| {
            p.tampil && matches!(p.keadaan, Keadaan::Berakhir(_))
        }),
        survei,
    }
}

/// The entries of the standards whose place passes `which`.
fn listed(
    views: &[StandardView],
    places: &[Terbit],
    which: impl Fn(&Terbit) -> bool,
) -> Vec<StandardEntry> {
    views
        .iter()
        .zip(places)
        .filter(|(_, place)| which(place))
        .map(|(v, _)| StandardEntry {
            nama: v.nama.clone(),
            href: format!("{}/{}/index.html", v.unit, v.slug),
            md: format!("{}/{}/README.md", v.unit, v.slug),
            deskripsi: v.deskripsi.as_ref().map(|d| d.plain.clone()),
            keterangan: v
                .masa
                .as_ref()
                .filter(|m| m.keadaan != "berlaku")
                .and_then(|m| m.kalimat.clone()),
        })
        .collect()
}
