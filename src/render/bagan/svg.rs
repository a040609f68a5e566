//! Drawing a page of the chart as SVG: its title, the table with its header and column lines,
//! each row's number, symbols and quality cells, and the five SOP-AP symbols. The arrows
//! between symbols are in [`super::routing`].

use std::fmt::Write;

use super::layout::{ChartRow, Columns, Jump, Placed};
use super::text::{n, text_width};
use super::{
    BOX_W, CONNECTOR_H, DECISION_GAP, DIAMOND_W, FONT, LANE_W, LINE, NO_W, PAD, QUALITY, TERMINATOR,
};
use crate::render::escape::markup;
use crate::render::labels::Labels;

/// One page of the chart.
pub(super) struct Page<'a> {
    pub(super) columns: &'a Columns,
    pub(super) rows: &'a [Placed<'a>],
    pub(super) range: std::ops::Range<usize>,
    pub(super) top: f64,
    pub(super) jumps: &'a [Jump],
    pub(super) t: &'a Labels,
    pub(super) index: usize,
    pub(super) title: &'a [String],
    pub(super) pages_of: &'a [std::ops::Range<usize>],
}

/// Where a row's symbols are on its page.
#[derive(Clone, Copy)]
pub(super) struct Anchor {
    /// Top of the row.
    pub(super) row_top: f64,
    /// Top of the first symbol.
    pub(super) top: f64,
    /// Bottom of the last symbol (the diamond's lower vertex for a decision).
    pub(super) bottom: f64,
    pub(super) x: f64,
    /// Vertical middle of the diamond, for decisions.
    pub(super) diamond_mid: Option<f64>,
}

/// The rows of a page as drawn: where each row's symbols are, and the bottom of the last row.
pub(super) struct Drawn {
    pub(super) anchors: Vec<Option<Anchor>>,
    pub(super) bottom: f64,
    /// Top of the table.
    pub(super) table_top: f64,
}

impl Page<'_> {
    /// Which page holds a row.
    pub(super) fn page_of(&self, row: usize) -> usize {
        self.pages_of
            .iter()
            .position(|r| r.contains(&row))
            .unwrap_or(0)
    }

    /// Draws the page, `height` px tall.
    pub(super) fn draw(&self, out: &mut String, height: f64) {
        let _ = write!(out, r#"<g class="halaman">"#);
        // Title lines.
        let _ = write!(out, r#"<g font-weight="bold">"#);
        text_block(out, 1.0, self.top + PAD + FONT * 0.85, self.title, "start");
        out.push_str("</g>");
        let table_top = self.top + self.title.len() as f64 * LINE + 2.0 * PAD;
        self.table(out, table_top, self.top + height);
        let drawn = self.draw_rows(out, table_top);
        self.route_rows(out, &drawn);
        self.route_jumps(out, &drawn);
        out.push_str("</g>");
    }

    /// The table's frame, header and column lines.
    fn table(&self, out: &mut String, table_top: f64, table_bottom: f64) {
        let c = self.columns;
        let width = c.width();
        let _ = write!(
            out,
            r#"<rect class="kisi" x="1" y="{}" width="{}" height="{}"/>"#,
            n(table_top),
            n(width),
            n(table_bottom - table_top)
        );
        let _ = write!(
            out,
            r#"<rect class="kepala" x="1" y="{}" width="{}" height="{}"/>"#,
            n(table_top),
            n(width),
            n(c.header_h)
        );
        // A system's lane is shaded, so an automated step reads as one at a glance.
        for (lane, _) in c.systems.iter().enumerate().filter(|(_, system)| **system) {
            let _ = write!(
                out,
                r#"<rect class="sistem" x="{}" y="{}" width="{}" height="{}"/>"#,
                n(1.0 + c.lane_x(lane)),
                n(table_top + c.header_h),
                n(LANE_W),
                n(table_bottom - table_top - c.header_h)
            );
        }
        self.header(out, table_top);
        // Column lines.
        let mut xs = vec![NO_W];
        xs.extend((1..=c.lanes.len()).map(|lane| c.lane_x(lane)));
        if c.quality {
            let mut x = c.quality_x();
            xs.push(x);
            for (_, w) in &QUALITY[..2] {
                x += w;
                xs.push(x);
            }
        }
        for x in xs {
            let _ = write!(
                out,
                r#"<path class="kisi" d="M{},{}V{}"/>"#,
                n(x + 1.0),
                n(table_top + if x > NO_W { LINE + PAD } else { 0.0 }),
                n(table_bottom)
            );
        }
        let _ = write!(
            out,
            r#"<path class="kisi" d="M{},{}H{}"/>"#,
            n(1.0 + NO_W),
            n(table_top + LINE + PAD),
            n(1.0 + width)
        );
    }

    /// The header: group labels on the first line, column names below.
    fn header(&self, out: &mut String, table_top: f64) {
        let c = self.columns;
        // The line between the group labels and the column names.
        let header_mid = table_top + LINE + PAD;
        let names_baseline = header_mid + PAD + FONT * 0.85;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>"#,
            n(1.0 + NO_W / 2.0),
            n(table_top + c.header_h / 2.0 + FONT / 3.0),
            markup(self.t.no)
        );
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>"#,
            n(1.0 + (c.lane_x(0) + c.lanes_right()) / 2.0),
            n(table_top + PAD + FONT * 0.85),
            markup(self.t.pelaksana)
        );
        for (lane, lines) in c.lane_header.iter().enumerate() {
            text_block(
                out,
                1.0 + c.lane_center(lane),
                names_baseline,
                lines,
                "middle",
            );
        }
        if !c.quality {
            return;
        }
        let qx = c.quality_x();
        let total: f64 = QUALITY.iter().map(|(_, w)| w).sum();
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>"#,
            n(1.0 + qx + total / 2.0),
            n(table_top + PAD + FONT * 0.85),
            markup(self.t.mutu_baku)
        );
        let mut x = qx;
        for (key, w) in QUALITY {
            let label = match key {
                "kelengkapan" => self.t.kelengkapan,
                "waktu" => self.t.waktu,
                _ => self.t.output,
            };
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                n(1.0 + x + w / 2.0),
                n(names_baseline),
                markup(label)
            );
            x += w;
        }
    }

    /// Every row of the page: its line, number, symbols and quality cells; with the connector
    /// from the previous page on top when the page continues a flow.
    fn draw_rows(&self, out: &mut String, table_top: f64) -> Drawn {
        let c = self.columns;
        let mut y = table_top + c.header_h;
        let incoming = self.range.start > 0;
        let mut anchors: Vec<Option<Anchor>> = vec![None; self.rows.len()];
        let mut first_symbol_top = y;
        if incoming {
            // Continued from the previous page: a connector above the first row.
            let row = &self.rows[self.range.start];
            let x = 1.0 + c.lane_center(row.lane);
            connector(out, x, y + PAD, &self.step_label(self.range.start));
            first_symbol_top = y + PAD + CONNECTOR_H;
            y += CONNECTOR_H + 2.0 * PAD;
        }
        for index in self.range.clone() {
            let row = &self.rows[index];
            anchors[index] = Some(self.draw_row(out, row, y));
            y += row.height;
        }
        if incoming && let Some(first) = anchors[self.range.start] {
            arrow(
                out,
                &format!("M{},{}V{}", n(first.x), n(first_symbol_top), n(first.top)),
            );
        }
        Drawn {
            anchors,
            bottom: y,
            table_top,
        }
    }

    /// One row, its top at `row_top`.
    fn draw_row(&self, out: &mut String, row: &Placed<'_>, row_top: f64) -> Anchor {
        let c = self.columns;
        let symbols_top = row_top + (row.height - row.symbols_h()) / 2.0;
        let x = 1.0 + c.lane_center(row.lane);
        let _ = write!(
            out,
            r#"<path class="kisi" d="M1,{}H{}"/>"#,
            n(row_top),
            n(1.0 + c.width())
        );
        let mut anchor = Anchor {
            row_top,
            top: symbols_top,
            bottom: symbols_top + row.symbols_h(),
            x,
            diamond_mid: None,
        };
        let step = match &row.row {
            ChartRow::Start => {
                terminator(out, x, symbols_top, self.t.mulai);
                return anchor;
            }
            ChartRow::End => {
                terminator(out, x, symbols_top, self.t.selesai);
                return anchor;
            }
            ChartRow::Step(step) => step,
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            n(1.0 + NO_W / 2.0),
            n(row_top + row.height / 2.0 + FONT / 3.0),
            step.nomor
        );
        process(out, x, symbols_top, row.box_h, &row.box_lines, false);
        // Done together with other actors: the same step, dashed, in each of their lanes.
        for lane in &row.co_lanes {
            let other = 1.0 + c.lane_center(*lane);
            let (from, to) = if other > x {
                (x + BOX_W / 2.0, other - BOX_W / 2.0)
            } else {
                (x - BOX_W / 2.0, other + BOX_W / 2.0)
            };
            let _ = write!(
                out,
                r#"<path class="garis bersama" d="M{},{}H{}"/>"#,
                n(from),
                n(symbols_top + row.box_h / 2.0),
                n(to)
            );
            process(out, other, symbols_top, row.box_h, &row.box_lines, true);
        }
        if let Some((lines, h)) = &row.diamond {
            let diamond_top = symbols_top + row.box_h + DECISION_GAP;
            arrow(
                out,
                &format!(
                    "M{},{}V{}",
                    n(x),
                    n(symbols_top + row.box_h),
                    n(diamond_top)
                ),
            );
            decision(out, x, diamond_top, *h, lines);
            anchor.diamond_mid = Some(diamond_top + h / 2.0);
            // Label the branch that goes on to the next step, below the diamond.
            if let Some(decision) = &step.keputusan {
                let next = decision
                    .ke
                    .iter()
                    .position(|to| *to == Some(step.nomor + 1));
                if let Some(branch) = next {
                    let label = if branch == 0 { self.t.ya } else { self.t.tidak };
                    label_at(out, x + 6.0, diamond_top + h + 12.0, label, "start");
                }
            }
        }
        if c.quality {
            let mut cx = c.quality_x();
            for (lines, (_, w)) in row.cells.iter().zip(QUALITY) {
                text_block(out, 1.0 + cx + PAD, row_top + PAD + FONT, lines, "start");
                cx += w;
            }
        }
        anchor
    }

    /// The connector label for a row: its step number, or `Selesai` for the end.
    pub(super) fn step_label(&self, row: usize) -> String {
        match &self.rows[row].row {
            ChartRow::Step(step) => step.nomor.to_string(),
            ChartRow::End => self.t.selesai.to_string(),
            ChartRow::Start => self.t.mulai.to_string(),
        }
    }
}

/// An arrow along the path `d`.
pub(super) fn arrow(out: &mut String, d: &str) {
    let _ = write!(
        out,
        r#"<path class="garis" d="{d}" marker-end="url(#panah)"/>"#
    );
}

/// A small label (a branch's ya/tidak).
pub(super) fn label_at(out: &mut String, x: f64, y: f64, text: &str, anchor: &str) {
    let _ = write!(
        out,
        r#"<text class="label" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
        n(x),
        n(y),
        markup(text)
    );
}

/// Lines of text, the first baseline at `y`.
pub(super) fn text_block(out: &mut String, x: f64, y: f64, lines: &[String], anchor: &str) {
    if lines.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="{anchor}">"#,
        n(x),
        n(y)
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { LINE };
        let _ = write!(
            out,
            r#"<tspan x="{}" dy="{}">{}</tspan>"#,
            n(x),
            n(dy),
            markup(line)
        );
    }
    out.push_str("</text>");
}

/// Opens a symbol group; `area` is where its text must stay (x, y, width, height).
fn symbol(out: &mut String, kind: &str, area: (f64, f64, f64, f64)) {
    let _ = write!(
        out,
        r#"<g class="simbol {kind}" data-kotak="{} {} {} {}">"#,
        n(area.0),
        n(area.1),
        n(area.2),
        n(area.3)
    );
}

/// Baseline of the first of `count` lines centred vertically in a box.
fn first_baseline(top: f64, height: f64, count: usize) -> f64 {
    top + (height - count as f64 * LINE) / 2.0 + FONT * 0.85
}

/// The terminator (mulai/selesai), `top` at its upper edge.
pub(super) fn terminator(out: &mut String, x: f64, top: f64, text: &str) {
    let (w, h) = TERMINATOR;
    symbol(out, "terminator", (x - w / 2.0, top, w, h));
    let _ = write!(
        out,
        r#"<rect class="bentuk" x="{}" y="{}" width="{}" height="{}" rx="{}"/>"#,
        n(x - w / 2.0),
        n(top),
        n(w),
        n(h),
        n(h / 2.0)
    );
    text_block(
        out,
        x,
        first_baseline(top, h, 1),
        &[text.to_string()],
        "middle",
    );
    out.push_str("</g>");
}

/// A process box with its text; `shared` draws the dashed copy in the lane of an actor who
/// shares the step.
pub(super) fn process(out: &mut String, x: f64, top: f64, h: f64, lines: &[String], shared: bool) {
    let (kind, class) = match shared {
        true => ("proses bersama", "bentuk bersama"),
        false => ("proses", "bentuk"),
    };
    symbol(out, kind, (x - BOX_W / 2.0, top, BOX_W, h));
    let _ = write!(
        out,
        r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}"/>"#,
        n(x - BOX_W / 2.0),
        n(top),
        n(BOX_W),
        n(h)
    );
    text_block(out, x, first_baseline(top, h, lines.len()), lines, "middle");
    out.push_str("</g>");
}

/// A decision diamond with its question.
pub(super) fn decision(out: &mut String, x: f64, top: f64, h: f64, lines: &[String]) {
    let half = DIAMOND_W / 2.0;
    symbol(
        out,
        "keputusan",
        (x - half / 2.0 - 2.0, top + h / 4.0, half + 4.0, h / 2.0),
    );
    let _ = write!(
        out,
        r#"<path class="bentuk" d="M{},{}L{},{}L{},{}L{},{}Z"/>"#,
        n(x),
        n(top),
        n(x + half),
        n(top + h / 2.0),
        n(x),
        n(top + h),
        n(x - half),
        n(top + h / 2.0)
    );
    text_block(out, x, first_baseline(top, h, lines.len()), lines, "middle");
    out.push_str("</g>");
}

/// The width of an off-page connector for its label.
pub(super) fn connector_width(label: &str) -> f64 {
    (text_width(label, FONT) + 16.0).max(30.0)
}

/// The off-page connector: a pentagon pointing down, `top` at its upper edge.
pub(super) fn connector(out: &mut String, x: f64, top: f64, label: &str) {
    let w = connector_width(label);
    let body = CONNECTOR_H * 0.6;
    symbol(out, "penghubung", (x - w / 2.0, top, w, body));
    let _ = write!(
        out,
        r#"<path class="bentuk" d="M{},{}H{}V{}L{},{}L{},{}Z"/>"#,
        n(x - w / 2.0),
        n(top),
        n(x + w / 2.0),
        n(top + body),
        n(x),
        n(top + CONNECTOR_H),
        n(x - w / 2.0),
        n(top + body)
    );
    text_block(
        out,
        x,
        top + body / 2.0 + FONT * 0.35,
        &[label.to_string()],
        "middle",
    );
    out.push_str("</g>");
}
