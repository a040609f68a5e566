//! Filling columns: where the next atom goes, and the space before it.

use super::css;
use super::measure::Geometry;
use crate::render::board::content::AtomKind;

/// Where an atom goes: its section and index; `repeated` for a flow's name repeated at the top
/// of a new sheet.
#[derive(Debug, Clone, Copy)]
pub(super) struct Slot {
    pub(super) section: usize,
    pub(super) atom: usize,
    pub(super) repeated: bool,
}

/// A section's part on one column, as indices.
#[derive(Debug, Clone)]
pub(super) struct DraftFragment {
    pub(super) section: usize,
    /// `Some(continued)` when the fragment has a heading.
    pub(super) heading: Option<bool>,
    pub(super) groups: Vec<(AtomKind, Vec<Slot>)>,
}

/// Sheets × columns × fragments.
pub(super) type Draft = Vec<Vec<Vec<DraftFragment>>>;

/// The state of pagination: where the next atom goes.
pub(super) struct Pager {
    pub(super) g: Geometry,
    pub(super) sheets: Draft,
    pub(super) column: usize,
    pub(super) used: f64,
}

impl Pager {
    /// The fragments of the current column, opening the first sheet if needed.
    pub(super) fn current(&mut self) -> &mut Vec<DraftFragment> {
        let columns = self.g.columns;
        if self.sheets.is_empty() {
            self.sheets.push(vec![Vec::new(); columns]);
        }
        let last = self.sheets.len() - 1;
        &mut self.sheets[last][self.column]
    }

    /// Whether `need` mm more fit in the current column.
    pub(super) fn fits(&self, need: f64) -> bool {
        self.used + need <= self.height()
    }

    /// The height of the current column: sheet 1's body under its full header and the
    /// summary, or the taller body of a later sheet under its slim header.
    fn height(&self) -> f64 {
        if self.sheets.len() <= 1 {
            self.g.body - self.g.band
        } else {
            self.g.later
        }
    }

    /// Whether a later column may be taller than the current one (an atom that does not fit
    /// an empty column here may fit there).
    pub(super) fn shorter_than_later(&self) -> bool {
        self.height() < self.g.tallest()
    }

    /// The space before an atom of kind `next` (`None`: a new section) in the current column.
    pub(super) fn gap_before(&self, next: Option<AtomKind>) -> f64 {
        if self.used == 0.0 {
            return 0.0;
        }
        let last = self
            .sheets
            .last()
            .and_then(|s| s.get(self.column))
            .and_then(|k| k.last())
            .and_then(|f| f.groups.last())
            .map(|(jenis, _)| *jenis);
        match (next, last) {
            (None, _) => css::SECTION_GAP * self.g.e,
            (Some(next), Some(last)) if same_group(next, last) => css::ITEM_GAP * self.g.e,
            _ => css::GROUP_GAP * self.g.e,
        }
    }

    /// Moves to the next column, or to the first column of a new sheet.
    pub(super) fn next_column(&mut self) {
        self.column += 1;
        if self.column == self.g.columns {
            self.column = 0;
            self.sheets.push(vec![Vec::new(); self.g.columns]);
        }
        self.used = 0.0;
    }

    /// Starts a section's part in the current column, `height` mm for its heading if any.
    pub(super) fn start_fragment(&mut self, section: usize, heading: Option<bool>, height: f64) {
        let gap = if self.used == 0.0 {
            0.0
        } else {
            css::SECTION_GAP * self.g.e
        };
        self.used += gap + height;
        self.current().push(DraftFragment {
            section,
            heading,
            groups: Vec::new(),
        });
    }

    /// Places an atom of `height` mm in the current fragment, in its list or a new group.
    pub(super) fn push(&mut self, slot: Slot, jenis: AtomKind, height: f64) {
        let e = self.g.e;
        let Some(fragment) = self.current().last_mut() else {
            return;
        };
        let has_heading = fragment.heading.is_some();
        let gap = match fragment.groups.last_mut() {
            Some((last, slots)) if same_group(*last, jenis) => {
                slots.push(slot);
                css::ITEM_GAP * e
            }
            last => {
                let gap = if last.is_some() || has_heading {
                    css::GROUP_GAP * e
                } else {
                    0.0
                };
                fragment.groups.push((jenis, vec![slot]));
                gap
            }
        };
        self.used += gap + height;
    }
}

/// The group an atom belongs to: consecutive atoms of one list kind share a list.
pub(super) fn same_group(a: AtomKind, b: AtomKind) -> bool {
    a == b && matches!(a, AtomKind::Nomor | AtomKind::Butir | AtomKind::Paragraf)
}
