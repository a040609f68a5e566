//! A standard's own outputs: its page, Markdown, `standar.json` and flowcharts.

use serde::Serialize;

use super::board_pages::BoardEntry;
use super::unit_pages::UnitEntry;
use super::view::StandardView;
use super::{Emitter, Renderer, bagan, json, jsonld};
use crate::corpus::CompiledStandard;
use crate::diagnostic::Diagnostic;

impl Renderer<'_> {
    /// Renders a standard's page, Markdown, JSON and, when it has one, its board; returns the
    /// board's sheets.
    pub(super) fn standard(
        &self,
        compiled: &CompiledStandard,
        view: &StandardView,
        value: &tera::Value,
        board: Option<&BoardEntry>,
        unit: &UnitEntry,
        out: &mut Emitter<'_, '_>,
    ) -> Result<Option<String>, Diagnostic> {
        let dir = format!("{}/{}", view.unit, view.slug);
        let root = "../".repeat(dir.split('/').count());
        let url = self.url(&format!("{dir}/"));
        let mut context = self.context(
            &root,
            view.deskripsi.as_ref().map(|d| d.plain.clone()),
            url.clone(),
        );
        if view.masa.as_ref().is_some_and(|m| m.noindex) {
            context.insert(
                "halaman",
                &super::PageView {
                    deskripsi: view.deskripsi.as_ref().map(|d| d.plain.clone()),
                    kanonik: url.clone(),
                    noindex: true,
                },
            );
        }
        context.insert_value("standar", value.clone());
        context.insert("unit_nama", &unit.nama);
        context.insert(
            "kepuasan",
            &unit.survei.as_ref().and_then(|s| s.untuk(&view.slug)),
        );
        context.insert(
            "jsonld",
            &jsonld::government_service(
                view,
                &compiled.standar,
                url.as_deref(),
                self.options.bahasa,
            ),
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
            keadaan: view.masa.as_ref().map_or("berlaku", |m| m.keadaan),
            papan: board.map(|board| BoardJson {
                ukuran: self.options.papan.name(),
                lembar: board.lembar,
            }),
            standar: &compiled.standar,
        };
        let json = json::pretty_sorted(&format!("{dir}/standar.json"), &document)?;
        out.emit(&format!("{dir}/standar.json"), json.as_bytes())?;
        let Some(board) = board else {
            return Ok(None);
        };
        let sheet = self.board_sheet(&root, &board.value)?;
        let board = self.board(
            &root,
            &view.nama,
            std::slice::from_ref(&sheet),
            board.lembar,
        )?;
        out.emit(&format!("{dir}/papan.html"), board.as_bytes())?;
        Ok(Some(sheet))
    }

    /// The SOP-AP flowchart of each flow of a standard.
    pub(super) fn charts(&self, view: &StandardView) -> Vec<bagan::Chart> {
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
}

/// `standar.json`: one standard as compiled, with where it is published and its board.
#[derive(Serialize)]
pub(super) struct StandardJson<'a> {
    pub(super) format: &'static str,
    pub(super) id: &'a str,
    pub(super) unit: &'a str,
    pub(super) slug: &'a str,
    pub(super) url: Option<&'a str>,
    /// Where it stands on the day of the build: `berlaku`, `akan_berlaku`, `digantikan`,
    /// `berakhir` or `rancangan`.
    pub(super) keadaan: &'static str,
    /// Its board; none for a draft or a version no longer in force.
    pub(super) papan: Option<BoardJson>,
    pub(super) standar: &'a crate::model::Standar,
}

/// The board of a standard in `standar.json`.
#[derive(Serialize)]
pub(super) struct BoardJson {
    pub(super) ukuran: &'static str,
    pub(super) lembar: usize,
}
