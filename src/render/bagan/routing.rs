//! The arrows of a page: from each symbol to the next step's, down to an off-page connector
//! when the flow continues on the next page, and a decision's branches that jump elsewhere,
//! run down the corridor right of the actor columns.

use std::fmt::Write;

use super::ROW_MARGIN;
use super::layout::ChartRow;
use super::svg::{Drawn, Page, arrow, connector, connector_width, label_at};
use super::text::n;
use super::{CONNECTOR_H, DIAMOND_W, PAD};

impl Page<'_> {
    /// Arrows from each row to the next, or to the connector at the page's foot.
    pub(super) fn route_rows(&self, out: &mut String, drawn: &Drawn) {
        let c = self.columns;
        let anchors = &drawn.anchors;
        let y = drawn.bottom;
        for index in self.range.clone() {
            let Some(from) = anchors[index] else { continue };
            let row = &self.rows[index];
            if matches!(row.row, ChartRow::End) {
                continue;
            }
            if let ChartRow::Step(step) = &row.row
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
    }

    /// Decision branches that jump: out of the diamond, down the corridor, to their target
    /// on this page or to a connector at the page's edge.
    pub(super) fn route_jumps(&self, out: &mut String, drawn: &Drawn) {
        let c = self.columns;
        let anchors = &drawn.anchors;
        for jump in self.jumps {
            let source = jump.from + 1;
            if !self.range.contains(&source) {
                continue;
            }
            let Some(from) = anchors[source] else {
                continue;
            };
            let (Some(mid), ChartRow::Step(_)) = (from.diamond_mid, &self.rows[source].row) else {
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
                    drawn.bottom + PAD
                } else {
                    drawn.table_top + c.header_h + PAD
                };
                let end = if forward { cy } else { cy + CONNECTOR_H };
                let _ = write!(d, "V{}H{}V{}", n(end - 8.0), n(cx), n(end));
                arrow(out, &d);
                connector(out, cx, cy, &label);
            }
        }
    }
}
