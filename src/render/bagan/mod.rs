//! Procedure flowcharts in the SOP-AP form (PermenPANRB 35/2012), drawn as SVG by `standar`.
//!
//! A table with one row per step: the step number, one column per actor (one column when no
//! step names an actor) holding the step's symbol, and the *mutu baku* columns (kelengkapan,
//! waktu, output) when the flow has them. Only the five SOP-AP symbols are used: terminator
//! (mulai/selesai), process, decision, arrow and off-page connector. A decision's branches
//! that do not lead to the next step run down a corridor right of the actor columns. Long
//! flows are split into pages, stacked in one drawing, joined by off-page connectors that
//! carry the number of the step they lead to.
//!
//! The layout ([`layout`]) is worked out first, then each page is drawn ([`svg`]) with its
//! arrows ([`routing`]); text is wrapped with estimated glyph widths ([`text`]).

mod layout;
mod routing;
mod svg;
mod text;

use std::fmt::Write;

use super::escape::markup;
use super::labels::Labels;
use super::view::{FlowView, StepView};
use layout::{ChartRow, place};
use svg::Page;
use text::{n, wrap};

pub(super) const FONT: f64 = 12.0;
/// The smallest text in a chart (the labels of the quality columns), in CSS pixels.
pub const SMALLEST_TEXT_PX: f64 = 11.0;
/// How much wider bold text is than regular.
pub(super) const BOLD: f64 = 1.1;
pub(super) const LINE: f64 = 15.0;
pub(super) const PAD: f64 = 8.0;
pub(super) const NO_W: f64 = 40.0;
pub(super) const LANE_W: f64 = 184.0;
pub(super) const BOX_W: f64 = 142.0;
pub(super) const DIAMOND_W: f64 = 176.0;
pub(super) const TERMINATOR: (f64, f64) = (96.0, 30.0);
pub(super) const CONNECTOR_H: f64 = 26.0;
pub(super) const CORRIDOR_STEP: f64 = 14.0;
/// Vertical room above and below a row's symbols, where the arrows turn.
pub(super) const ROW_MARGIN: f64 = 22.0;
/// Gap between a process box and its decision diamond.
pub(super) const DECISION_GAP: f64 = 20.0;
/// Rows of one page, in pixels, before the flow continues on the next page.
pub(super) const PAGE_ROWS_H: f64 = 1600.0;
pub(super) const PAGE_GAP: f64 = 40.0;
pub(super) const FONT_FAMILY: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/// Quality-standard columns: label, width.
pub(super) const QUALITY: [(&str, f64); 3] =
    [("kelengkapan", 150.0), ("waktu", 92.0), ("output", 150.0)];

/// A drawn flowchart.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The SVG document.
    pub svg: String,
    /// Its width and height in CSS pixels.
    pub width: f64,
    pub height: f64,
}

impl Chart {
    /// The chart as a `data:` URL, for an `<img>` that needs no file beside the page.
    pub fn data_url(&self) -> String {
        super::escape::data_url("image/svg+xml", &self.svg)
    }
}

/// Draws a flow as an SVG document. `title` names the flow (for the chart's accessible name).
pub fn svg(flow: &FlowView, title: &str, t: &Labels) -> Chart {
    let steps = &flow.langkah;
    let sop = flow.sop.as_ref().filter(|sop| !sop.kolom.is_empty());
    let actors: Vec<String> =
        sop.map_or_else(|| vec![t.pelaksana.to_string()], |s| s.kolom.clone());
    let headings: Vec<String> =
        sop.map_or_else(|| vec![t.pelaksana.to_string()], |s| s.judul_kolom.clone());
    let systems: Vec<bool> = sop.map_or_else(|| vec![false], |s| s.sistem.clone());
    // Every lane of a step, its first actor's first; a step naming no actor goes in the
    // column kept for such steps, never in someone else's.
    let lanes_of = |step: &StepView| -> Vec<usize> {
        let named: Vec<usize> = step
            .pelaksana_semua
            .iter()
            .filter_map(|p| actors.iter().position(|a| a == p))
            .collect();
        match named.is_empty() {
            false => named,
            true if sop.is_some_and(|s| s.tanpa_pelaksana) => vec![actors.len() - 1],
            true => vec![0],
        }
    };
    let lane_of = |step: &StepView| lanes_of(step)[0];
    let quality = steps
        .iter()
        .any(|s| s.kelengkapan.is_some() || s.waktu.is_some() || s.output.is_some());
    let jumps = layout::jumps(steps, t);
    let columns = layout::columns(&headings, &systems, sop.is_some(), quality, jumps.len(), t);

    let mut rows = Vec::with_capacity(steps.len() + 2);
    rows.push(place(
        ChartRow::Start,
        steps.first().map_or(0, lane_of),
        quality,
    ));
    for step in steps {
        let mut placed = place(ChartRow::Step(step), lane_of(step), quality);
        placed.co_lanes = lanes_of(step).into_iter().skip(1).collect();
        rows.push(placed);
    }
    rows.push(place(
        ChartRow::End,
        steps.last().map_or(0, lane_of),
        quality,
    ));
    let pages = layout::pages(&rows);

    let width = columns.width() + 2.0;
    let titles = page_titles(title, pages.len(), width, t);
    let page_h: Vec<f64> = pages
        .iter()
        .zip(&titles)
        .map(|(range, title)| {
            let title_h = title.len() as f64 * LINE + 2.0 * PAD;
            let rows_h: f64 = rows[range.clone()].iter().map(|r| r.height).sum();
            let connectors = if range.start > 0 { 1.0 } else { 0.0 }
                + if range.end < rows.len() { 1.0 } else { 0.0 };
            title_h + columns.header_h + rows_h + connectors * (CONNECTOR_H + 2.0 * PAD)
        })
        .collect();
    let total_h = page_h.iter().sum::<f64>() + PAGE_GAP * (pages.len() - 1) as f64 + 2.0;

    let mut out = String::with_capacity(8192);
    let name = format!("{}: {title}", t.bagan_alir);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="judul-bagan" font-family="{FONT_FAMILY}" font-size="{FONT}">"#,
        w = n(width),
        h = n(total_h),
    );
    let _ = write!(
        out,
        "<title id=\"judul-bagan\">{}</title><desc>{}</desc>",
        markup(&name),
        markup(&describe(steps, t))
    );
    out.push_str(concat!(
        r##"<defs><marker id="panah" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f2937"/></marker></defs>"##,
        r##"<style>.garis{fill:none;stroke:#1f2937;stroke-width:1.3}.kisi{stroke:#9ca3af;stroke-width:.8;fill:none}.bentuk{fill:#fff;stroke:#1f2937;stroke-width:1.3}.kepala{fill:#e5edf7}.label{font-size:11px;fill:#374151}.bersama{stroke-dasharray:5 3}.sistem{fill:#eef1f4}text{fill:#111827}</style>"##
    ));
    let mut y = 1.0;
    for (index, range) in pages.iter().enumerate() {
        let page = Page {
            columns: &columns,
            rows: &rows,
            range: range.clone(),
            top: y,
            jumps: &jumps,
            t,
            index,
            title: &titles[index],
            pages_of: &pages,
        };
        page.draw(&mut out, page_h[index]);
        y += page_h[index] + PAGE_GAP;
    }
    out.push_str("</svg>\n");
    Chart {
        svg: out,
        width,
        height: total_h,
    }
}

/// Each page's title, wrapped to the chart's width; "— Halaman 1 dari 2" when there are
/// several pages.
fn page_titles(title: &str, pages: usize, width: f64, t: &Labels) -> Vec<Vec<String>> {
    (0..pages)
        .map(|index| {
            let mut text = title.to_string();
            if pages > 1 {
                let _ = write!(text, " — {} {} {} {pages}", t.halaman, index + 1, t.dari);
            }
            wrap(&text, width - 4.0, BOLD * FONT)
        })
        .collect()
}

/// The steps as one sentence, for the chart's description.
fn describe(steps: &[StepView], t: &Labels) -> String {
    let mut text = t.mulai.to_string();
    for step in steps {
        let _ = write!(text, " → {}. {}", step.nomor, step.singkat);
        if let Some(actor) = &step.pelaksana {
            let _ = write!(text, " ({actor})");
        }
        if let Some(decision) = &step.keputusan {
            let _ = write!(
                text,
                "; {} {}: {}; {}: {}",
                decision.pertanyaan, t.ya, decision.ya, t.tidak, decision.tidak
            );
        }
    }
    let _ = write!(text, " → {}", t.selesai);
    text
}

#[cfg(test)]
mod tests {
    use super::text::text_width;
    use super::*;

    #[test]
    fn the_smallest_text_is_the_declared_one() {
        let flow = FlowView {
            nama: None,
            keterangan: None,
            langkah: Vec::new(),
            ada_waktu: false,
            sop: None,
            bagan: String::new(),
            lebar: 0,
            tinggi: 0,
        };
        let chart = svg(
            &flow,
            "x",
            crate::render::labels::labels(crate::model::situs::Bahasa::Id),
        );
        let mut sizes: Vec<f64> = chart
            .svg
            .split("font-size")
            .skip(1)
            .filter_map(|rest| {
                let digits: String = rest
                    .trim_start_matches(['=', ':', '"'])
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                digits.parse().ok()
            })
            .collect();
        sizes.sort_by(f64::total_cmp);
        assert_eq!(sizes.first().copied(), Some(SMALLEST_TEXT_PX), "{sizes:?}");
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Konsultasi dengan Kasubag Pelayanan Publik dan Tata Laksana";
        let lines = wrap(text, 120.0, FONT);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| text_width(l, FONT) <= 120.0));
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_with_a_hyphen() {
        let lines = wrap(&"x".repeat(80), 100.0, FONT);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, FONT) <= 100.0));
        let (last, cut) = lines.split_last().expect("lines");
        assert!(cut.iter().all(|l| l.ends_with('-')), "{lines:?}");
        let joined: String = cut.iter().map(|l| l.trim_end_matches('-')).collect();
        assert_eq!(joined + last, "x".repeat(80));
    }

    #[test]
    fn a_long_word_breaks_after_a_slash_or_comma_first() {
        let text = "pejabat struktural menerima,menangani/menyelesaikan,menanggapi pengaduan";
        let lines = wrap(text, 126.0, FONT);
        assert!(
            lines.iter().all(|l| text_width(l, FONT) <= 126.0),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.ends_with('-')), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.ends_with('/') || l.ends_with(',')),
            "{lines:?}"
        );
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(markup("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
    }
}
