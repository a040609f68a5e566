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
//! SVG does not wrap text, so text is wrapped here with a conservative estimate of glyph
//! widths for the fonts named in the drawing; boxes grow to hold every line.

use std::fmt::Write;

use super::escape::markup;
use super::labels::Labels;
use super::view::{FlowView, StepView};

const FONT: f64 = 12.0;
/// The smallest text in a chart (the labels of the quality columns), in CSS pixels.
pub const SMALLEST_TEXT_PX: f64 = 11.0;
/// How much wider bold text is than regular.
const BOLD: f64 = 1.1;
const LINE: f64 = 15.0;
const PAD: f64 = 8.0;
const NO_W: f64 = 40.0;
const LANE_W: f64 = 184.0;
const BOX_W: f64 = 142.0;
const DIAMOND_W: f64 = 176.0;
const TERMINATOR: (f64, f64) = (96.0, 30.0);
const CONNECTOR_H: f64 = 26.0;
const CORRIDOR_STEP: f64 = 14.0;
/// Vertical room above and below a row's symbols, where the arrows turn.
const ROW_MARGIN: f64 = 22.0;
/// Gap between a process box and its decision diamond.
const DECISION_GAP: f64 = 20.0;
/// Rows of one page, in pixels, before the flow continues on the next page.
const PAGE_ROWS_H: f64 = 1600.0;
const PAGE_GAP: f64 = 40.0;
const FONT_FAMILY: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/// Quality-standard columns: label, width.
const QUALITY: [(&str, f64); 3] = [("kelengkapan", 150.0), ("waktu", 92.0), ("output", 150.0)];

/// Estimated width of one glyph, in hundredths of an em: generous widths of Arial/Liberation
/// Sans, so that a line judged to fit does fit in the browser. Whole numbers keep the sum of
/// a line exact whichever way it is added up.
fn glyph_width(c: char) -> u32 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '!' | '|' | ':' | ';' | 'I' => 30,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' => 40,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 95,
        c if c.is_ascii_uppercase() => 75,
        c if c.is_ascii() => 58,
        _ => 100,
    }
}

/// Estimated width of text, in hundredths of an em.
fn text_em(text: &str) -> u32 {
    text.chars().map(glyph_width).sum()
}

/// Estimated width of `text` at `size` px.
fn text_width(text: &str, size: f64) -> f64 {
    px(text_em(text), size)
}

/// Hundredths of an em at `size` px.
fn px(em: u32, size: f64) -> f64 {
    f64::from(em) / 100.0 * size
}

/// Greedy word wrap to `width` px; a word longer than a line is broken between characters.
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let fits = |em: u32| px(em, size) <= width;
    let space = glyph_width(' ');
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_em = 0;
    for word in text.split_whitespace() {
        let word_em = text_em(word);
        if line.is_empty() && fits(word_em) {
            line.push_str(word);
            line_em = word_em;
            continue;
        }
        if !line.is_empty() && fits(line_em + space + word_em) {
            line.push(' ');
            line.push_str(word);
            line_em += space + word_em;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line_em = 0;
        }
        for c in word.chars() {
            let c_em = glyph_width(c);
            if !line.is_empty() && !fits(line_em + c_em) {
                lines.push(std::mem::take(&mut line));
                line_em = 0;
            }
            line.push(c);
            line_em += c_em;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A number for SVG, rounded to a tenth so output is stable and short.
fn n(value: f64) -> Tenths {
    // Coordinates are a few thousand pixels at most; the cast cannot saturate in practice.
    Tenths((value * 10.0).round() as i64)
}

/// A number in tenths, written as `12` or `12.5` without going through float formatting.
struct Tenths(i64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (whole, tenth) = (self.0.unsigned_abs() / 10, self.0.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

/// What a row of the chart holds.
enum Row<'a> {
    Start,
    Step(&'a StepView),
    End,
}

/// A laid-out row: its kind, the lane of its symbol, its height, and for steps the wrapped
/// texts.
struct Placed<'a> {
    row: Row<'a>,
    lane: usize,
    height: f64,
    box_lines: Vec<String>,
    box_h: f64,
    diamond: Option<(Vec<String>, f64)>,
    cells: Vec<Vec<String>>,
}

impl Placed<'_> {
    /// Height of the symbols, from the row's first symbol's top.
    fn symbols_h(&self) -> f64 {
        match self.row {
            Row::Start | Row::End => TERMINATOR.1,
            Row::Step(_) => {
                self.box_h + self.diamond.as_ref().map_or(0.0, |(_, h)| DECISION_GAP + h)
            }
        }
    }
}

/// Horizontal layout shared by every page.
struct Columns {
    lanes: Vec<String>,
    lane_header: Vec<Vec<String>>,
    quality: bool,
    corridor_w: f64,
    header_h: f64,
}

impl Columns {
    fn lane_x(&self, lane: usize) -> f64 {
        NO_W + LANE_W * lane as f64
    }
    fn lane_center(&self, lane: usize) -> f64 {
        self.lane_x(lane) + LANE_W / 2.0
    }
    fn lanes_right(&self) -> f64 {
        self.lane_x(self.lanes.len())
    }
    fn corridor_x(&self, index: usize) -> f64 {
        self.lanes_right() + 10.0 + CORRIDOR_STEP * index as f64
    }
    fn quality_x(&self) -> f64 {
        self.lanes_right() + self.corridor_w
    }
    fn width(&self) -> f64 {
        self.quality_x()
            + if self.quality {
                QUALITY.iter().map(|(_, w)| w).sum()
            } else {
                0.0
            }
    }
}

/// A branch of a decision that does not simply go on to the next step.
struct Jump {
    from: usize,
    /// Target step number; `None` is the end terminator.
    to: Option<usize>,
    label: &'static str,
    corridor: usize,
}

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
    let actors: Vec<String> = flow
        .sop
        .as_ref()
        .map(|sop| sop.kolom.clone())
        .filter(|k| !k.is_empty())
        .unwrap_or_else(|| vec![t.pelaksana.to_string()]);
    let lane_of = |step: &StepView| {
        step.pelaksana
            .as_deref()
            .and_then(|p| actors.iter().position(|a| a == p))
            .unwrap_or(0)
    };
    let quality = steps
        .iter()
        .any(|s| s.kelengkapan.is_some() || s.waktu.is_some() || s.output.is_some());

    // Branches that leave a decision for somewhere other than the next step.
    let mut jumps = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        if let Some(decision) = &step.keputusan {
            for (to, label) in decision.ke.iter().zip([t.ya, t.tidak]) {
                if *to != Some(i + 2) {
                    jumps.push(Jump {
                        from: i,
                        to: *to,
                        label,
                        corridor: jumps.len(),
                    });
                }
            }
        }
    }

    let named = flow.sop.as_ref().is_some_and(|sop| !sop.kolom.is_empty());
    // Without named actors the single column needs no name below the group label.
    let lane_header: Vec<Vec<String>> = actors
        .iter()
        .map(|a| match named {
            true => wrap(a, LANE_W - 2.0 * PAD, FONT),
            false => Vec::new(),
        })
        .collect();
    let header_lines = lane_header.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let connector_w = text_width(t.selesai, FONT) + 24.0;
    let columns = Columns {
        corridor_w: if jumps.is_empty() {
            0.0
        } else {
            (20.0 + CORRIDOR_STEP * jumps.len() as f64).max(connector_w + 16.0)
        },
        lanes: actors.clone(),
        lane_header,
        quality,
        header_h: (header_lines + 1) as f64 * LINE + 3.0 * PAD,
    };

    let mut rows = Vec::with_capacity(steps.len() + 2);
    rows.push(place(Row::Start, steps.first().map_or(0, lane_of), quality));
    for step in steps {
        rows.push(place(Row::Step(step), lane_of(step), quality));
    }
    rows.push(place(Row::End, steps.last().map_or(0, lane_of), quality));

    // Pages: as many rows as fit, at least one step per page.
    let mut pages: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut height = 0.0;
    for (i, row) in rows.iter().enumerate() {
        if i > start && height + row.height > PAGE_ROWS_H && !matches!(row.row, Row::End) {
            pages.push(start..i);
            start = i;
            height = 0.0;
        }
        height += row.height;
    }
    pages.push(start..rows.len());

    let width = columns.width() + 2.0;
    let titles: Vec<Vec<String>> = (0..pages.len())
        .map(|index| {
            let mut text = title.to_string();
            if pages.len() > 1 {
                let _ = write!(
                    text,
                    " — {} {} {} {}",
                    t.halaman,
                    index + 1,
                    t.dari,
                    pages.len()
                );
            }
            wrap(&text, width - 4.0, BOLD * FONT)
        })
        .collect();
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
        r##"<style>.garis{fill:none;stroke:#1f2937;stroke-width:1.3}.kisi{stroke:#9ca3af;stroke-width:.8;fill:none}.bentuk{fill:#fff;stroke:#1f2937;stroke-width:1.3}.kepala{fill:#e5edf7}.label{font-size:11px;fill:#374151}text{fill:#111827}</style>"##
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

fn place(row: Row<'_>, lane: usize, quality: bool) -> Placed<'_> {
    let (box_lines, diamond, cells) = match &row {
        Row::Start | Row::End => (Vec::new(), None, Vec::new()),
        Row::Step(step) => {
            let box_lines = wrap(&step.singkat, BOX_W - 2.0 * PAD, FONT);
            let diamond = step.keputusan.as_ref().map(|decision| {
                // Text sits in the rectangle inscribed in the diamond: half its width and height.
                let lines = wrap(&decision.pertanyaan, DIAMOND_W / 2.0 - 4.0, FONT);
                let h = (2.0 * (lines.len() as f64 * LINE + 6.0)).max(60.0);
                (lines, h)
            });
            let cells = if quality {
                [&step.kelengkapan, &step.waktu, &step.output]
                    .iter()
                    .zip(QUALITY)
                    .map(|(text, (_, w))| {
                        text.as_deref()
                            .map(|t| wrap(t, w - 2.0 * PAD, FONT))
                            .unwrap_or_default()
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (box_lines, diamond, cells)
        }
    };
    let box_h = (box_lines.len() as f64 * LINE + 2.0 * PAD).max(36.0);
    let mut placed = Placed {
        row,
        lane,
        height: 0.0,
        box_lines,
        box_h,
        diamond,
        cells,
    };
    let cells_h = placed
        .cells
        .iter()
        .map(|c| c.len() as f64 * LINE + 2.0 * PAD)
        .fold(0.0, f64::max);
    placed.height = (placed.symbols_h() + 2.0 * ROW_MARGIN).max(cells_h);
    placed
}

/// One page of the chart.
struct Page<'a> {
    columns: &'a Columns,
    rows: &'a [Placed<'a>],
    range: std::ops::Range<usize>,
    top: f64,
    jumps: &'a [Jump],
    t: &'a Labels,
    index: usize,
    title: &'a [String],
    pages_of: &'a [std::ops::Range<usize>],
}

/// Where a row's symbols are on its page.
#[derive(Clone, Copy)]
struct Anchor {
    /// Top of the row.
    row_top: f64,
    /// Top of the first symbol.
    top: f64,
    /// Bottom of the last symbol (the diamond's lower vertex for a decision).
    bottom: f64,
    x: f64,
    /// Vertical middle of the diamond, for decisions.
    diamond_mid: Option<f64>,
}

impl Page<'_> {
    fn page_of(&self, row: usize) -> usize {
        self.pages_of
            .iter()
            .position(|r| r.contains(&row))
            .unwrap_or(0)
    }

    fn draw(&self, out: &mut String, height: f64) {
        let c = self.columns;
        let width = c.width();
        let top = self.top;
        let _ = write!(out, r#"<g class="halaman">"#);
        // Title lines.
        let _ = write!(out, r#"<g font-weight="bold">"#);
        text_block(out, 1.0, top + PAD + FONT * 0.85, self.title, "start");
        out.push_str("</g>");
        let table_top = top + self.title.len() as f64 * LINE + 2.0 * PAD;
        let table_bottom = top + height;
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
        // Header: group labels on the first line, column names below.
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
        if c.quality {
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

        // Rows.
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
            let row_top = y;
            let symbols_top = row_top + (row.height - row.symbols_h()) / 2.0;
            let x = 1.0 + c.lane_center(row.lane);
            let _ = write!(
                out,
                r#"<path class="kisi" d="M1,{}H{}"/>"#,
                n(row_top),
                n(1.0 + width)
            );
            let mut anchor = Anchor {
                row_top,
                top: symbols_top,
                bottom: symbols_top + row.symbols_h(),
                x,
                diamond_mid: None,
            };
            match &row.row {
                Row::Start => terminator(out, x, symbols_top, self.t.mulai),
                Row::End => terminator(out, x, symbols_top, self.t.selesai),
                Row::Step(step) => {
                    let _ = write!(
                        out,
                        r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                        n(1.0 + NO_W / 2.0),
                        n(row_top + row.height / 2.0 + FONT / 3.0),
                        step.nomor
                    );
                    process(out, x, symbols_top, row.box_h, &row.box_lines);
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
                }
            }
            anchors[index] = Some(anchor);
            y += row.height;
        }
        if incoming && let Some(first) = anchors[self.range.start] {
            arrow(
                out,
                &format!("M{},{}V{}", n(first.x), n(first_symbol_top), n(first.top)),
            );
        }

        // Arrows from each row to the next.
        for index in self.range.clone() {
            let Some(from) = anchors[index] else { continue };
            let row = &self.rows[index];
            if matches!(row.row, Row::End) {
                continue;
            }
            if let Row::Step(step) = &row.row
                && let Some(decision) = &step.keputusan
                && !decision.ke.contains(&Some(step.nomor + 1))
            {
                // Neither branch goes on to the next step.
                continue;
            }
            let next = index + 1;
            if next < self.range.end {
                if let Some(to) = anchors[next] {
                    let turn = to.row_top + ROW_MARGIN / 2.0;
                    let d = if (from.x - to.x).abs() < 0.5 {
                        format!("M{},{}V{}", n(from.x), n(from.bottom), n(to.top))
                    } else {
                        format!(
                            "M{},{}V{}H{}V{}",
                            n(from.x),
                            n(from.bottom),
                            n(turn),
                            n(to.x),
                            n(to.top)
                        )
                    };
                    arrow(out, &d);
                }
            } else {
                // Continues on the next page.
                let target = &self.rows[next];
                let x = 1.0 + c.lane_center(target.lane);
                let connector_top = y + PAD;
                let d = if (from.x - x).abs() < 0.5 {
                    format!("M{},{}V{}", n(from.x), n(from.bottom), n(connector_top))
                } else {
                    format!(
                        "M{},{}V{}H{}V{}",
                        n(from.x),
                        n(from.bottom),
                        n(y - ROW_MARGIN / 2.0),
                        n(x),
                        n(connector_top)
                    )
                };
                arrow(out, &d);
                connector(out, x, connector_top, &self.step_label(next));
            }
        }

        // Decision branches that jump.
        for jump in self.jumps {
            let source = jump.from + 1;
            if !self.range.contains(&source) {
                continue;
            }
            let Some(from) = anchors[source] else {
                continue;
            };
            let (Some(mid), Row::Step(_)) = (from.diamond_mid, &self.rows[source].row) else {
                continue;
            };
            let target_row = jump.to.unwrap_or(self.rows.len() - 1);
            let corridor = 1.0 + c.corridor_x(jump.corridor);
            let vertex = from.x + DIAMOND_W / 2.0;
            // A decision with two jumps sends the second from its lower vertex.
            let second = self
                .jumps
                .iter()
                .filter(|j| j.from == jump.from)
                .position(|j| j.corridor == jump.corridor)
                == Some(1);
            let mut d = if second {
                format!(
                    "M{},{}V{}H{}",
                    n(from.x),
                    n(from.bottom),
                    n(from.bottom + 10.0),
                    n(corridor)
                )
            } else {
                format!("M{},{}H{}", n(vertex), n(mid), n(corridor))
            };
            let (lx, ly) = if second {
                (from.x + 6.0, from.bottom + 22.0)
            } else {
                (vertex + 4.0, mid - 5.0)
            };
            label_at(out, lx, ly, jump.label, "start");
            if self.page_of(target_row) == self.index {
                if let Some(to) = anchors[target_row] {
                    let turn = to.row_top + ROW_MARGIN / 3.0;
                    let _ = write!(d, "V{}H{}V{}", n(turn), n(to.x), n(to.top));
                }
                arrow(out, &d);
            } else {
                // The target is on another page: end in a connector at this page's edge.
                let forward = self.page_of(target_row) > self.index;
                let label = self.step_label(target_row);
                let w = connector_width(&label);
                let cx = (c.lanes_right() + c.corridor_w / 2.0 + 1.0)
                    .max(c.lanes_right() + w / 2.0 + 4.0);
                let cy = if forward {
                    y + PAD
                } else {
                    table_top + c.header_h + PAD
                };
                let end = if forward { cy } else { cy + CONNECTOR_H };
                let _ = write!(d, "V{}H{}V{}", n(end - 8.0), n(cx), n(end));
                arrow(out, &d);
                connector(out, cx, cy, &label);
            }
        }
        out.push_str("</g>");
    }

    /// The connector label for a row: its step number, or `Selesai` for the end.
    fn step_label(&self, row: usize) -> String {
        match &self.rows[row].row {
            Row::Step(step) => step.nomor.to_string(),
            Row::End => self.t.selesai.to_string(),
            Row::Start => self.t.mulai.to_string(),
        }
    }
}

fn arrow(out: &mut String, d: &str) {
    let _ = write!(
        out,
        r#"<path class="garis" d="{d}" marker-end="url(#panah)"/>"#
    );
}

fn label_at(out: &mut String, x: f64, y: f64, text: &str, anchor: &str) {
    let _ = write!(
        out,
        r#"<text class="label" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
        n(x),
        n(y),
        markup(text)
    );
}

/// Lines of text, the first baseline at `y`.
fn text_block(out: &mut String, x: f64, y: f64, lines: &[String], anchor: &str) {
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

fn terminator(out: &mut String, x: f64, top: f64, text: &str) {
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

fn process(out: &mut String, x: f64, top: f64, h: f64, lines: &[String]) {
    symbol(out, "proses", (x - BOX_W / 2.0, top, BOX_W, h));
    let _ = write!(
        out,
        r#"<rect class="bentuk" x="{}" y="{}" width="{}" height="{}"/>"#,
        n(x - BOX_W / 2.0),
        n(top),
        n(BOX_W),
        n(h)
    );
    text_block(out, x, first_baseline(top, h, lines.len()), lines, "middle");
    out.push_str("</g>");
}

fn decision(out: &mut String, x: f64, top: f64, h: f64, lines: &[String]) {
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

fn connector_width(label: &str) -> f64 {
    (text_width(label, FONT) + 16.0).max(30.0)
}

/// The off-page connector: a pentagon pointing down, `top` at its upper edge.
fn connector(out: &mut String, x: f64, top: f64, label: &str) {
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

#[cfg(test)]
mod tests {
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
    fn a_word_longer_than_the_line_is_broken() {
        let lines = wrap(&"x".repeat(80), 100.0, FONT);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, FONT) <= 100.0));
        assert_eq!(lines.concat(), "x".repeat(80));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(markup("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
    }
}
