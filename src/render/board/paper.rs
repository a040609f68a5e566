//! The paper sizes of a board and what follows from each: the sheet, its margin, the smallest
//! body text and the reading distance it serves, the QR code's size.
//!
//! The rule: text is comfortably read when its lower-case letters (the x-height) subtend at
//! least 0.2° at the eye, the *critical print size* of normal vision, below which reading
//! slows down (G. E. Legge and C. A. Bigelow, "Does print size matter for reading? A review
//! of findings from vision science and typography", *Journal of Vision* 11(5):8, 2011). Each
//! paper size has a reading distance for its use (a sheet on the counter is read at arm's
//! length, a poster from a step or two away); the smallest body size is the one whose
//! x-height, in the board's font, subtends 0.2° at that distance.

use super::metrics;
use crate::model::situs::UkuranPapan;

/// Millimetres per typographic point.
pub const MM_PER_PT: f64 = 25.4 / 72.0;

/// The visual angle the x-height of body text must subtend, in degrees.
pub const READING_ANGLE_DEG: f64 = 0.2;

/// Key facts (total time, fee) are printed at least this many times the body size.
pub const KEY_FACT_SCALE: f64 = 1.5;

/// One paper size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paper {
    /// Which size.
    pub size: UkuranPapan,
    /// Sheet width and height in millimetres.
    pub width_mm: f64,
    pub height_mm: f64,
    /// Margin on every side, in millimetres.
    pub margin_mm: f64,
    /// The smallest body text, in points (the CSS `--dasar` of the size).
    pub body_pt: f64,
    /// The reading distance the smallest body text serves, in metres.
    pub distance_m: f64,
    /// The size of the summary's key facts on sheet 1, in points (the CSS `--ringkas`): they
    /// are read from the queue, farther than the body.
    pub summary_pt: f64,
    /// Side of the QR code, in millimetres.
    pub qr_mm: f64,
    /// Column counts worth trying.
    pub columns: &'static [usize],
}

impl Paper {
    /// The geometry of a paper size.
    pub fn of(size: UkuranPapan) -> Paper {
        let (width, height) = size.millimetres();
        type Row = (f64, f64, f64, f64, f64, &'static [usize]);
        let (margin_mm, body_pt, distance_m, summary_pt, qr_mm, columns): Row = match size {
            UkuranPapan::A4 => (8.5, 10.0, 0.5, 20.0, 28.0, &[1, 2]),
            UkuranPapan::A3 => (12.0, 15.0, 0.75, 40.0, 36.0, &[1, 2]),
            UkuranPapan::A2 => (17.0, 20.0, 1.0, 50.0, 48.0, &[1, 2, 3]),
            UkuranPapan::A1 => (24.0, 30.0, 1.5, 60.0, 70.0, &[1, 2, 3]),
            UkuranPapan::Banner => (24.0, 30.0, 1.5, 60.0, 70.0, &[1, 2]),
        };
        Paper {
            size,
            width_mm: f64::from(width),
            height_mm: f64::from(height),
            margin_mm,
            body_pt,
            distance_m,
            summary_pt,
            qr_mm,
            columns,
        }
    }

    /// Every paper size, smallest first.
    pub fn all() -> [Paper; 5] {
        [
            UkuranPapan::A4,
            UkuranPapan::A3,
            UkuranPapan::A2,
            UkuranPapan::A1,
            UkuranPapan::Banner,
        ]
        .map(Paper::of)
    }

    /// The height of the lower-case letters of the smallest body text, in millimetres.
    pub fn x_height_mm(&self) -> f64 {
        self.body_pt * MM_PER_PT * metrics::x_height()
    }

    /// The farthest distance, in metres, at which the smallest body text still subtends the
    /// reading angle.
    pub fn legible_up_to_m(&self) -> f64 {
        reach_m(self.body_pt)
    }

    /// The farthest distance, in metres, at which the smallest key facts (total time, fee; at
    /// [`KEY_FACT_SCALE`] times the body) are read.
    pub fn key_facts_up_to_m(&self) -> f64 {
        reach_m(self.body_pt * KEY_FACT_SCALE)
    }

    /// The farthest distance, in metres, at which the summary on sheet 1 is read.
    pub fn summary_up_to_m(&self) -> f64 {
        reach_m(self.summary_pt)
    }
}

/// The farthest distance, in metres, at which text of `pt` points subtends the reading angle.
pub fn reach_m(pt: f64) -> f64 {
    pt * MM_PER_PT * metrics::x_height() / READING_ANGLE_DEG.to_radians().tan() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_body_size_is_legible_at_its_reading_distance() {
        for paper in Paper::all() {
            assert!(
                paper.legible_up_to_m() >= paper.distance_m,
                "{}: {:.2} m < {} m",
                paper.size.name(),
                paper.legible_up_to_m(),
                paper.distance_m
            );
            // …and not needlessly larger than that (within half a point).
            let smaller = Paper {
                body_pt: paper.body_pt - 0.5,
                ..paper
            };
            assert!(smaller.legible_up_to_m() < paper.distance_m);
        }
    }

    #[test]
    fn the_summary_of_the_default_a3_board_is_read_from_two_metres() {
        let a3 = Paper::of(UkuranPapan::A3);
        assert!(a3.summary_up_to_m() >= 2.0, "{}", a3.summary_up_to_m());
        for paper in Paper::all() {
            assert!(paper.summary_up_to_m() > paper.key_facts_up_to_m());
        }
    }

    #[test]
    fn the_guide_states_these_reading_distances() {
        let readme = include_str!("../../../docs/book/src/panduan/papan.md");
        let m = |metres: f64| format!("{metres:.2} m").replace('.', ",");
        let pt = |points: f64| format!("{points} pt").replace('.', ",");
        for paper in Paper::all() {
            let row = format!(
                "| {} | {} | {} | {} | {} | {} |",
                paper.size.label(),
                pt(paper.body_pt),
                m(paper.legible_up_to_m()),
                m(paper.key_facts_up_to_m()),
                pt(paper.summary_pt),
                m(paper.summary_up_to_m())
            );
            assert!(
                readme.contains(&row),
                "the boards chapter lacks the row `{row}`"
            );
        }
    }

    #[test]
    fn the_css_declares_the_same_body_sizes() {
        let css = include_str!("../../../templates/aset/papan.css");
        for paper in Paper::all() {
            let name = paper.size.name();
            let rule = css
                .lines()
                .find(|l| l.starts_with(&format!(".lembar-{name} ")))
                .unwrap_or_else(|| panic!("no .lembar-{name} rule"));
            assert!(
                rule.contains(&format!("--dasar: {}pt;", paper.body_pt)),
                "{rule}"
            );
            assert!(
                rule.contains(&format!("--tepi: {}mm;", paper.margin_mm)),
                "{rule}"
            );
            assert!(
                rule.contains(&format!("--qr: {}mm;", paper.qr_mm)),
                "{rule}"
            );
            assert!(
                rule.contains(&format!("--ringkas: {}pt;", paper.summary_pt)),
                "{rule}"
            );
        }
    }
}
