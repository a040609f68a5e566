//! The summary across the top of sheet 1: its facts in two columns of the sheet's full width,
//! split where the two come out most even, so that the large type takes as little height as
//! it can.

use serde::Serialize;

use super::css;
use super::measure::{Geometry, atom_height, column_width, lines};
use crate::render::board::content::{Atom, BoardSection};
use crate::render::board::metrics::Measured;

/// Columns the summary is set in.
const BAND_COLUMNS: usize = 2;

/// The summary as printed: its heading, then its facts in columns.
#[derive(Debug, Clone, Serialize)]
pub struct Pita {
    pub kunci: &'static str,
    pub judul: String,
    pub kolom: Vec<Vec<Atom>>,
}

/// Where the facts are split between the columns: the count in the first column.
fn split(heights: &[f64], gap: f64) -> usize {
    let column =
        |part: &[f64]| part.iter().sum::<f64>() + part.len().saturating_sub(1) as f64 * gap;
    (1..=heights.len())
        .min_by(|&a, &b| {
            let tallest = |k: usize| column(&heights[..k]).max(column(&heights[k..]));
            tallest(a).total_cmp(&tallest(b))
        })
        .unwrap_or(heights.len())
}

/// The facts' heights in a column of the band.
fn heights(summary: &BoardSection, g: &Geometry, inner: f64) -> Vec<f64> {
    let narrow = Geometry {
        column: column_width(inner, g.e, BAND_COLUMNS),
        ..*g
    };
    summary
        .atoms
        .iter()
        .map(|a| atom_height(a, &narrow))
        .collect()
}

/// The height the summary takes across a sheet `inner` mm wide, the gap under it included.
pub(super) fn height(summary: &BoardSection, heading: &Measured, g: &Geometry, inner: f64) -> f64 {
    let gap = css::ITEM_GAP * g.e;
    let heights = heights(summary, g, inner);
    let k = split(&heights, gap);
    let column =
        |part: &[f64]| part.iter().sum::<f64>() + part.len().saturating_sub(1) as f64 * gap;
    let body = column(&heights[..k]).max(column(&heights[k..]));
    let title = lines(heading, inner, g.e, css::H2_SIZE) * css::H2_SIZE * css::LINE * g.e;
    title + css::GROUP_GAP * g.e + body + css::SHEET_GAP * g.e
}

/// The summary cut into its columns as measured.
pub(super) fn pita(summary: &BoardSection, g: &Geometry, inner: f64) -> Pita {
    let k = split(&heights(summary, g, inner), css::ITEM_GAP * g.e);
    let (first, second) = summary.atoms.split_at(k);
    Pita {
        kunci: summary.kunci,
        judul: summary.judul.clone(),
        kolom: [first, second]
            .into_iter()
            .filter(|part| !part.is_empty())
            .map(<[Atom]>::to_vec)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_evens_out_the_columns() {
        assert_eq!(split(&[10.0, 10.0, 10.0, 10.0], 0.0), 2);
        assert_eq!(split(&[30.0, 5.0, 5.0, 10.0], 0.0), 1);
        assert_eq!(split(&[5.0, 5.0, 5.0, 30.0], 0.0), 3);
        assert_eq!(split(&[7.0], 0.0), 1);
    }
}
