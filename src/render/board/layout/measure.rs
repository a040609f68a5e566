//! Heights and widths on a sheet, in millimetres: a column's width, a text's lines, an
//! atom's height, a chart's size at the body text size.

use super::css;
use crate::render::board::content::{Atom, AtomKind, Gambar};
use crate::render::board::metrics::Measured;
use crate::render::board::paper::KEY_FACT_SCALE;

/// Sizes of one layout attempt, in millimetres.
#[derive(Debug, Clone, Copy)]
pub(super) struct Geometry {
    /// The base size (1 e).
    pub(super) e: f64,
    pub(super) column: f64,
    pub(super) body: f64,
    /// The body's height on the sheets after the first, under their slim header.
    pub(super) later: f64,
    pub(super) columns: usize,
    /// The size of the summary's key facts, in e.
    pub(super) summary: f64,
    /// The height the summary takes across the top of sheet 1, gap included (0 without).
    pub(super) band: f64,
}

impl Geometry {
    /// The tallest column of any sheet.
    pub(super) fn tallest(&self) -> f64 {
        self.body.max(self.later)
    }
}

/// Narrower than the real column by this share: rounding in the browser never makes a line
/// the estimate thought would fit wrap after all.
pub(super) const WIDTH_SAFETY: f64 = 0.985;

/// The ideal line length, in em: about 55–65 characters of running text.
pub(super) const IDEAL_LINE_EM: f64 = 28.0;

/// Millimetres per CSS pixel.
pub(super) const MM_PER_PX: f64 = 25.4 / 96.0;

/// A column's width when `columns` share `inner` mm with the gaps between them.
pub(super) fn column_width(inner: f64, e: f64, columns: usize) -> f64 {
    (inner - css::COLUMN_GAP * e * (columns as f64 - 1.0)) / columns as f64
}

/// Lines of `text` set at `size` e in a box `width` mm wide.
pub(super) fn lines(text: &Measured, width: f64, e: f64, size: f64) -> f64 {
    text.lines(width * WIDTH_SAFETY / (e * size)) as f64
}

/// The height of an atom on a column of the given width, in millimetres.
pub(super) fn atom_height(atom: &Atom, g: &Geometry) -> f64 {
    if let Some(image) = &atom.gambar {
        return chart_size(image, g).map_or(f64::INFINITY, |(_, _, h)| h);
    }
    let indent = match atom.jenis {
        AtomKind::Nomor => {
            css::NUMBER[atom.lebar_nomor.min(5)]
                + if atom.tingkat > 0 {
                    css::NUMBER[atom.lebar_induk.min(5)]
                } else {
                    0.0
                }
        }
        AtomKind::Butir => css::BULLET,
        _ => 0.0,
    };
    let width = g.column - indent * g.e;
    atom.baris
        .iter()
        .map(|b| {
            let size = match (b.utama, b.penting) {
                (true, _) => g.summary,
                (false, true) => KEY_FACT_SCALE,
                (false, false) => 1.0,
            };
            lines(&b.measured, width, g.e, size) * size * css::LINE * g.e
        })
        .sum()
}

/// A chart drawn so that its smallest text is the body size: its width and height in CSS
/// pixels and its height in mm, or `None` when it would then be wider than a column.
pub(super) fn chart_size(image: &Gambar, g: &Geometry) -> Option<(u32, u32, f64)> {
    let body_px = g.e / MM_PER_PX;
    let scale = body_px / image.min_text_px.max(1.0);
    let width = (f64::from(image.lebar) * scale).ceil();
    let height = (f64::from(image.tinggi) * scale).ceil();
    (width * MM_PER_PX <= g.column).then_some((width as u32, height as u32, height * MM_PER_PX))
}
