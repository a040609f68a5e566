//! The chart's layout before drawing: its columns (number, one lane per actor, the corridor
//! for decision branches, the quality columns), its rows with their wrapped texts, the
//! branches that jump, and the pages the rows are split into.

use super::text::wrap;
use super::{
    BOX_W, CORRIDOR_STEP, DECISION_GAP, DIAMOND_W, FONT, LANE_W, LINE, NO_W, PAD, PAGE_ROWS_H,
    QUALITY, ROW_MARGIN, TERMINATOR,
};
use crate::render::labels::Labels;
use crate::render::view::StepView;

/// What a row of the chart holds.
pub(super) enum ChartRow<'a> {
    Start,
    Step(&'a StepView),
    End,
}

/// A laid-out row: its kind, the lane of its symbol, its height, and for steps the wrapped
/// texts.
pub(super) struct Placed<'a> {
    pub(super) row: ChartRow<'a>,
    pub(super) lane: usize,
    /// The other lanes of a step done by several actors together.
    pub(super) co_lanes: Vec<usize>,
    pub(super) height: f64,
    pub(super) box_lines: Vec<String>,
    pub(super) box_h: f64,
    pub(super) diamond: Option<(Vec<String>, f64)>,
    pub(super) cells: Vec<Vec<String>>,
}

impl Placed<'_> {
    /// Height of the symbols, from the row's first symbol's top.
    pub(super) fn symbols_h(&self) -> f64 {
        match self.row {
            ChartRow::Start | ChartRow::End => TERMINATOR.1,
            ChartRow::Step(_) => {
                self.box_h + self.diamond.as_ref().map_or(0.0, |(_, h)| DECISION_GAP + h)
            }
        }
    }
}

/// Horizontal layout shared by every page.
pub(super) struct Columns {
    pub(super) lanes: Vec<String>,
    /// Whether each lane is an electronic system.
    pub(super) systems: Vec<bool>,
    pub(super) lane_header: Vec<Vec<String>>,
    pub(super) quality: bool,
    pub(super) corridor_w: f64,
    pub(super) header_h: f64,
}

impl Columns {
    pub(super) fn lane_x(&self, lane: usize) -> f64 {
        NO_W + LANE_W * lane as f64
    }
    pub(super) fn lane_center(&self, lane: usize) -> f64 {
        self.lane_x(lane) + LANE_W / 2.0
    }
    pub(super) fn lanes_right(&self) -> f64 {
        self.lane_x(self.lanes.len())
    }
    pub(super) fn corridor_x(&self, index: usize) -> f64 {
        self.lanes_right() + 10.0 + CORRIDOR_STEP * index as f64
    }
    pub(super) fn quality_x(&self) -> f64 {
        self.lanes_right() + self.corridor_w
    }
    pub(super) fn width(&self) -> f64 {
        self.quality_x()
            + if self.quality {
                QUALITY.iter().map(|(_, w)| w).sum()
            } else {
                0.0
            }
    }
}

/// A branch of a decision that does not simply go on to the next step.
pub(super) struct Jump {
    pub(super) from: usize,
    /// Target step number; `None` is the end terminator.
    pub(super) to: Option<usize>,
    pub(super) label: &'static str,
    pub(super) corridor: usize,
}

/// Lays out one step (or the start or end terminator) in its lane.
pub(super) fn place(row: ChartRow<'_>, lane: usize, quality: bool) -> Placed<'_> {
    let (box_lines, diamond, cells) = match &row {
        ChartRow::Start | ChartRow::End => (Vec::new(), None, Vec::new()),
        ChartRow::Step(step) => {
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
        co_lanes: Vec::new(),
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

/// Branches that leave a decision for somewhere other than the next step, each with its own
/// corridor.
pub(super) fn jumps(steps: &[StepView], t: &Labels) -> Vec<Jump> {
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
    jumps
}

/// The columns: one lane per actor (one unnamed lane without actors), the corridor when
/// branches jump, the quality columns when a step has them.
pub(super) fn columns(
    actors: &[String],
    systems: &[bool],
    named: bool,
    quality: bool,
    jumps: usize,
    t: &Labels,
) -> Columns {
    // Without named actors the single column needs no name below the group label.
    let lane_header: Vec<Vec<String>> = actors
        .iter()
        .map(|a| match named {
            true => wrap(a, LANE_W - 2.0 * PAD, FONT),
            false => Vec::new(),
        })
        .collect();
    let header_lines = lane_header.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let connector_w = super::text::text_width(t.selesai, FONT) + 24.0;
    Columns {
        corridor_w: if jumps == 0 {
            0.0
        } else {
            (20.0 + CORRIDOR_STEP * jumps as f64).max(connector_w + 16.0)
        },
        lanes: actors.to_vec(),
        systems: systems.to_vec(),
        lane_header,
        quality,
        header_h: (header_lines + 1) as f64 * LINE + 3.0 * PAD,
    }
}

/// Pages: as many rows as fit, at least one step per page.
pub(super) fn pages(rows: &[Placed<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut pages: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut height = 0.0;
    for (i, row) in rows.iter().enumerate() {
        if i > start && height + row.height > PAGE_ROWS_H && !matches!(row.row, ChartRow::End) {
            pages.push(start..i);
            start = i;
            height = 0.0;
        }
        height += row.height;
    }
    pages.push(start..rows.len());
    pages
}
