//! Laying a board out on sheets: the size of the text and the number of columns, then which
//! atoms go on which column of which sheet. The heights come from the board's font metrics and
//! the spacing declared in `papan.css` (the `.lembar` rule's custom properties, pinned by a
//! test), so the plan is what the browser prints.
//!
//! The rule: as few sheets as possible, then the largest text, never smaller than the paper's
//! minimum. Atoms are placed in reading order, top to bottom, column after column; a heading
//! stays with what follows it; a section that continues on a new sheet repeats its heading
//! marked "(lanjutan)".

use serde::Serialize;

use super::content::{Atom, Jenis, Section};
use super::metrics::Measured;
use super::paper::{KEY_FACT_SCALE, MM_PER_PT, Paper};

/// Font scale factors of the classes `skala-0` … `skala-11` in `papan.css`; `skala-11` is the
/// paper's minimum body size.
pub const SCALES: [f64; 12] = [
    2.2, 2.0, 1.8, 1.65, 1.5, 1.4, 1.3, 1.2, 1.15, 1.1, 1.05, 1.0,
];

/// Spacing and type sizes of `papan.css`, in multiples of the sheet's base size (`--e`).
pub mod css {
    /// Line height of all text.
    pub const LINE: f64 = 1.3;
    /// Space between the header, the body and the footer.
    pub const SHEET_GAP: f64 = 0.8;
    /// Space between the logo, the title and the QR code.
    pub const HEADER_GAP: f64 = 0.8;
    /// The label above the title.
    pub const LABEL_SIZE: f64 = 1.0;
    /// The service name.
    pub const TITLE_SIZE: f64 = 1.9;
    pub const TITLE_LINE: f64 = 1.15;
    /// The unit under the title.
    pub const UNIT_SIZE: f64 = 1.1;
    /// Padding and rule under the header, and over the footer.
    pub const RULE_PAD: f64 = 0.4;
    pub const RULE: f64 = 0.25;
    /// Side of the logo box.
    pub const LOGO: f64 = 4.0;
    /// Space between columns.
    pub const COLUMN_GAP: f64 = 1.5;
    /// Space between sections in a column.
    pub const SECTION_GAP: f64 = 0.7;
    /// Space between a section's heading and its lists and paragraphs.
    pub const GROUP_GAP: f64 = 0.3;
    /// Space between items of a list.
    pub const ITEM_GAP: f64 = 0.25;
    /// Section headings.
    pub const H2_SIZE: f64 = 1.2;
    /// Width of the bullet column.
    pub const BULLET: f64 = 1.0;
    /// Width of the number column for numbers of 1, 2, … characters (`no-1`, `no-2`, …).
    pub const NUMBER: [f64; 6] = [1.0, 1.3, 1.9, 2.5, 3.1, 3.7];
    /// Space between the footer's text and the sheet number.
    pub const FOOTER_GAP: f64 = 1.5;
    /// The component number's badge before a section heading, with the space after it, in
    /// the heading's em.
    pub const BADGE: f64 = 1.9;
}

/// The part of a board that does not depend on the layout: what the header and footer say.
#[derive(Debug, Clone)]
pub struct Frame {
    /// "STANDAR PELAYANAN", as printed (upper case).
    pub label: String,
    /// The service name.
    pub nama: String,
    /// The unit and government.
    pub unit: Option<String>,
    /// The footer's text (SK and address), if any.
    pub footer: Option<String>,
    /// The widest sheet number the footer may show ("Lembar 99 dari 99").
    pub sheet_label: String,
    pub qr: bool,
    pub logo: bool,
    /// Added to a heading repeated on a new sheet: " (lanjutan)".
    pub lanjutan: String,
}

/// One list, paragraph run, subheading or chart inside a section on one column.
#[derive(Debug, Clone, Serialize)]
pub struct Kelompok {
    pub jenis: Jenis,
    pub atom: Vec<Atom>,
}

/// The part of a section that is on one column.
#[derive(Debug, Clone, Serialize)]
pub struct Potongan {
    pub kunci: &'static str,
    pub nomor: Option<usize>,
    /// The heading, when the section starts here or continues on a new sheet.
    pub judul: Option<String>,
    /// The heading is a repeat on a new sheet.
    pub lanjutan: bool,
    pub kelompok: Vec<Kelompok>,
}

/// One column of a sheet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Kolom {
    pub bagian: Vec<Potongan>,
}

/// One printed sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Lembar {
    pub kolom: Vec<Kolom>,
}

/// A board laid out.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Index into [`SCALES`].
    pub skala: usize,
    /// Columns per sheet.
    pub kolom: usize,
    pub lembar: Vec<Lembar>,
    /// Whether the footer is printed (SK, address or a sheet number to show).
    pub kaki: bool,
}

/// An atom that does not fit on an empty column of a sheet at the smallest legible size.
#[derive(Debug, Clone, PartialEq)]
pub struct TooTall {
    /// The section it belongs to.
    pub bagian: String,
    /// Its number, if it is a numbered item.
    pub nomor: Option<String>,
    /// Its text, for the message.
    pub teks: String,
}

/// Sizes of one layout attempt, in millimetres.
#[derive(Debug, Clone, Copy)]
struct Geometry {
    /// The base size (1 e).
    e: f64,
    column: f64,
    body: f64,
    columns: usize,
}

/// Narrower than the real column by this share: rounding in the browser never makes a line
/// the estimate thought would fit wrap after all.
const WIDTH_SAFETY: f64 = 0.985;

/// The ideal line length, in em: about 55–65 characters of running text.
const IDEAL_LINE_EM: f64 = 28.0;

/// Millimetres per CSS pixel.
const MM_PER_PX: f64 = 25.4 / 96.0;

/// Lays the board out: the fewest sheets, then the largest text. `chart` is placed only where
/// its smallest text is at least the body size and it adds no sheet. Returns the plan and
/// whether the chart is on it.
pub fn plan(
    sections: &[Section],
    frame: &Frame,
    paper: &Paper,
    chart: Option<&Section>,
) -> Result<(Plan, bool), TooTall> {
    let plain = Board::new(sections.iter().collect(), frame, paper);
    let fewest = plain.best()?;
    if let Some(chart) = chart {
        let with_chart = Board::new(
            sections.iter().chain(std::iter::once(chart)).collect(),
            frame,
            paper,
        );
        if let Ok(attempt) = with_chart.best()
            && attempt.draft.len() <= fewest.draft.len()
            && attempt.places(sections.len())
        {
            return Ok((with_chart.materialize(attempt), true));
        }
    }
    Ok((plain.materialize(fewest), false))
}

/// One board to lay out: its sections and the texts of its frame, measured once.
struct Board<'a> {
    sections: Vec<&'a Section>,
    frame: &'a Frame,
    paper: &'a Paper,
    label: Measured,
    nama: Measured,
    unit: Option<Measured>,
    footer: Option<Measured>,
    /// Each section's heading, and the heading repeated on a new sheet.
    headings: Vec<(Measured, Measured)>,
}

/// Where an atom goes: its section and index; `repeated` for a flow's name repeated at the top
/// of a new sheet.
#[derive(Debug, Clone, Copy)]
struct Slot {
    section: usize,
    atom: usize,
    repeated: bool,
}

/// A section's part on one column, as indices.
#[derive(Debug, Clone)]
struct DraftFragment {
    section: usize,
    /// `Some(continued)` when the fragment has a heading.
    heading: Option<bool>,
    groups: Vec<(Jenis, Vec<Slot>)>,
}

/// Sheets × columns × fragments.
type Draft = Vec<Vec<Vec<DraftFragment>>>;

/// One layout tried: its scale, columns, footer, geometry and placement.
#[derive(Debug, Clone)]
struct Attempt {
    skala: usize,
    kaki: bool,
    g: Geometry,
    draft: Draft,
}

impl Attempt {
    /// Whether anything of the section with this index was placed.
    fn places(&self, section: usize) -> bool {
        self.draft
            .iter()
            .flatten()
            .flatten()
            .any(|f| f.section == section)
    }
}

impl<'a> Board<'a> {
    fn new(sections: Vec<&'a Section>, frame: &'a Frame, paper: &'a Paper) -> Self {
        let headings = sections
            .iter()
            .map(|s| {
                (
                    Measured::text(&s.judul, true),
                    Measured::text(&format!("{}{}", s.judul, frame.lanjutan), true),
                )
            })
            .collect();
        Board {
            sections,
            frame,
            paper,
            label: Measured::text(&frame.label, false),
            nama: Measured::text(&frame.nama, true),
            unit: frame.unit.as_deref().map(|u| Measured::text(u, false)),
            footer: frame.footer.as_deref().map(|f| Measured::text(f, true)),
            headings,
        }
    }

    /// The attempt with the fewest sheets and then the largest scale.
    fn best(&self) -> Result<Attempt, TooTall> {
        let smallest = SCALES.len() - 1;
        let minimum = match self.attempt(smallest, None) {
            Ok(attempt) => attempt,
            // An item too tall for a column of the ideal width may fit a wider one.
            Err(too_tall) => {
                return self
                    .paper
                    .columns
                    .iter()
                    .find_map(|&k| self.attempt(smallest, Some(k)).ok())
                    .ok_or(too_tall);
            }
        };
        let fewest = minimum.draft.len();
        for skala in 0..smallest {
            if let Ok(attempt) = self.attempt(skala, None)
                && attempt.draft.len() <= fewest
            {
                return Ok(attempt);
            }
        }
        Ok(minimum)
    }

    /// One scale, with the given number of columns or else the count whose lines come closest
    /// to the ideal length.
    fn attempt(&self, skala: usize, columns: Option<usize>) -> Result<Attempt, TooTall> {
        let paper = self.paper;
        let e = paper.body_pt * SCALES[skala] * MM_PER_PT;
        let inner = paper.width_mm - 2.0 * paper.margin_mm;
        let columns = columns.unwrap_or_else(|| {
            paper
                .columns
                .iter()
                .copied()
                .min_by(|a, b| {
                    let off = |k: usize| (column_width(inner, e, k) / e - IDEAL_LINE_EM).abs();
                    off(*a).total_cmp(&off(*b))
                })
                .unwrap_or(1)
        });
        let header = self.header_height(e, inner);
        let geometry = |footer: bool| {
            let footer_height = if footer {
                self.footer_height(e, inner) + css::SHEET_GAP * e
            } else {
                0.0
            };
            Geometry {
                e,
                column: column_width(inner, e, columns),
                body: paper.height_mm
                    - 2.0 * paper.margin_mm
                    - header
                    - css::SHEET_GAP * e
                    - footer_height,
                columns,
            }
        };
        let always = self.frame.footer.is_some();
        let mut g = geometry(always);
        let mut draft = self.paginate(g)?;
        if draft.len() > 1 && !always {
            g = geometry(true);
            draft = self.paginate(g)?;
        }
        Ok(Attempt {
            skala,
            kaki: always || draft.len() > 1,
            g,
            draft,
        })
    }

    fn header_height(&self, e: f64, inner: f64) -> f64 {
        let mut title_width = inner;
        let mut side: f64 = 0.0;
        if self.frame.qr {
            title_width -= self.paper.qr_mm + css::HEADER_GAP * e;
            side = side.max(self.paper.qr_mm);
        }
        if self.frame.logo {
            title_width -= css::LOGO * e + css::HEADER_GAP * e;
            side = side.max(css::LOGO * e);
        }
        let line = |text: &Measured, size: f64, height: f64| {
            lines(text, title_width, e, size) * size * height * e
        };
        let mut title = line(&self.label, css::LABEL_SIZE, css::LINE)
            + line(&self.nama, css::TITLE_SIZE, css::TITLE_LINE);
        if let Some(unit) = &self.unit {
            title += line(unit, css::UNIT_SIZE, css::LINE);
        }
        title.max(side) + (css::RULE_PAD + css::RULE) * e
    }

    fn footer_height(&self, e: f64, inner: f64) -> f64 {
        let reserved =
            super::metrics::width(&self.frame.sheet_label, false) * e + css::FOOTER_GAP * e;
        let text_lines = self
            .footer
            .as_ref()
            .map_or(1.0, |text| lines(text, inner - reserved, e, 1.0).max(1.0));
        (css::RULE + css::RULE_PAD) * e + text_lines * css::LINE * e
    }

    fn heading_height(&self, section: usize, continued: bool, g: &Geometry) -> f64 {
        let (plain, repeated) = &self.headings[section];
        let text = if continued { repeated } else { plain };
        let indent = if self.sections[section].nomor.is_some() {
            css::BADGE
        } else {
            0.0
        };
        let width = g.column * WIDTH_SAFETY / (g.e * css::H2_SIZE);
        text.lines_after(width, indent) as f64 * css::H2_SIZE * css::LINE * g.e
    }

    /// Places every atom of every section, column by column and sheet by sheet.
    fn paginate(&self, g: Geometry) -> Result<Draft, TooTall> {
        let mut pager = Pager {
            g,
            sheets: vec![vec![Vec::new(); g.columns]],
            column: 0,
            used: 0.0,
        };
        for (s, section) in self.sections.iter().enumerate() {
            let heading_h = self.heading_height(s, false, &g);
            let mut subheading: Option<usize> = None;
            for (i, atom) in section.atoms.iter().enumerate() {
                let height = atom_height(atom, &g);
                // A subheading travels with the atom after it.
                let keep = if atom.jenis == Jenis::Subjudul {
                    section
                        .atoms
                        .get(i + 1)
                        .map_or(0.0, |next| css::GROUP_GAP * g.e + atom_height(next, &g))
                } else {
                    0.0
                };
                let slot = Slot {
                    section: s,
                    atom: i,
                    repeated: false,
                };
                if i == 0 {
                    let need =
                        pager.gap_before(None) + heading_h + css::GROUP_GAP * g.e + height + keep;
                    if !pager.fits(need) && pager.used > 0.0 {
                        pager.next_column();
                    }
                    if heading_h + css::GROUP_GAP * g.e + height > g.body {
                        return Err(too_tall(section, atom));
                    }
                    pager.start_fragment(s, Some(false), heading_h);
                } else if !pager.fits(pager.gap_before(Some(atom.jenis)) + height + keep)
                    && pager.used > 0.0
                {
                    pager.next_column();
                    let new_sheet = pager.column == 0;
                    let top = if new_sheet {
                        self.heading_height(s, true, &g)
                    } else {
                        0.0
                    };
                    let repeat = subheading.filter(|_| new_sheet && atom.jenis != Jenis::Subjudul);
                    let sub_h = repeat.map_or(0.0, |sub| {
                        atom_height(&section.atoms[sub], &g) + css::GROUP_GAP * g.e
                    });
                    let gap = if new_sheet { css::GROUP_GAP * g.e } else { 0.0 };
                    if top + sub_h + gap + height > g.body {
                        return Err(too_tall(section, atom));
                    }
                    pager.start_fragment(s, new_sheet.then_some(true), top);
                    if let Some(sub) = repeat {
                        let slot = Slot {
                            section: s,
                            atom: sub,
                            repeated: true,
                        };
                        pager.push(slot, Jenis::Subjudul, sub_h - css::GROUP_GAP * g.e);
                    }
                }
                if atom.jenis == Jenis::Subjudul {
                    subheading = Some(i);
                }
                pager.push(slot, atom.jenis, height);
            }
        }
        Ok(pager.sheets)
    }

    /// The plan of an attempt, with the atoms themselves.
    fn materialize(&self, attempt: Attempt) -> Plan {
        let g = attempt.g;
        let lembar = attempt
            .draft
            .into_iter()
            .map(|columns| Lembar {
                kolom: columns
                    .into_iter()
                    .map(|fragments| Kolom {
                        bagian: fragments
                            .into_iter()
                            .map(|f| self.fragment(f, &g))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Plan {
            skala: attempt.skala,
            kolom: g.columns,
            lembar,
            kaki: attempt.kaki,
        }
    }

    fn fragment(&self, draft: DraftFragment, g: &Geometry) -> Potongan {
        let section = self.sections[draft.section];
        Potongan {
            kunci: section.kunci,
            nomor: section.nomor,
            judul: draft.heading.map(|continued| {
                if continued {
                    format!("{}{}", section.judul, self.frame.lanjutan)
                } else {
                    section.judul.clone()
                }
            }),
            lanjutan: draft.heading == Some(true),
            kelompok: draft
                .groups
                .into_iter()
                .map(|(jenis, slots)| Kelompok {
                    jenis,
                    atom: slots.into_iter().map(|slot| self.atom(slot, g)).collect(),
                })
                .collect(),
        }
    }

    fn atom(&self, slot: Slot, g: &Geometry) -> Atom {
        let mut atom = self.sections[slot.section].atoms[slot.atom].clone();
        if slot.repeated
            && let Some(first) = atom.baris.first_mut().and_then(|b| b.isi.first_mut())
        {
            first.teks.push_str(&self.frame.lanjutan);
        }
        if let Some(image) = &mut atom.gambar
            && let Some((width, height, _)) = chart_size(image, g)
        {
            // Drawn at the size that keeps its smallest text at the body size.
            image.lebar = width;
            image.tinggi = height;
        }
        atom
    }
}

fn column_width(inner: f64, e: f64, columns: usize) -> f64 {
    (inner - css::COLUMN_GAP * e * (columns as f64 - 1.0)) / columns as f64
}

/// Lines of `text` set at `size` e in a box `width` mm wide.
fn lines(text: &Measured, width: f64, e: f64, size: f64) -> f64 {
    text.lines(width * WIDTH_SAFETY / (e * size)) as f64
}

/// The height of an atom on a column of the given width, in millimetres.
fn atom_height(atom: &Atom, g: &Geometry) -> f64 {
    if let Some(image) = &atom.gambar {
        return chart_size(image, g).map_or(f64::INFINITY, |(_, _, h)| h);
    }
    let indent = match atom.jenis {
        Jenis::Nomor => {
            css::NUMBER[atom.lebar_nomor.min(5)]
                + if atom.tingkat > 0 {
                    css::NUMBER[atom.lebar_induk.min(5)]
                } else {
                    0.0
                }
        }
        Jenis::Butir => css::BULLET,
        _ => 0.0,
    };
    let width = g.column - indent * g.e;
    atom.baris
        .iter()
        .map(|b| {
            let size = if b.penting { KEY_FACT_SCALE } else { 1.0 };
            lines(&b.measured, width, g.e, size) * size * css::LINE * g.e
        })
        .sum()
}

/// A chart drawn so that its smallest text is the body size: its width and height in CSS
/// pixels and its height in mm, or `None` when it would then be wider than a column.
fn chart_size(image: &super::content::Gambar, g: &Geometry) -> Option<(u32, u32, f64)> {
    let body_px = g.e / MM_PER_PX;
    let scale = body_px / image.min_text_px.max(1.0);
    let width = (f64::from(image.lebar) * scale).ceil();
    let height = (f64::from(image.tinggi) * scale).ceil();
    (width * MM_PER_PX <= g.column).then_some((width as u32, height as u32, height * MM_PER_PX))
}

/// The group an atom belongs to: consecutive atoms of one list kind share a list.
fn same_group(a: Jenis, b: Jenis) -> bool {
    a == b && matches!(a, Jenis::Nomor | Jenis::Butir | Jenis::Paragraf)
}

fn too_tall(section: &Section, atom: &Atom) -> TooTall {
    TooTall {
        bagian: section.judul.clone(),
        nomor: atom.nomor.clone(),
        teks: atom.text(),
    }
}

/// The state of pagination: where the next atom goes.
struct Pager {
    g: Geometry,
    sheets: Draft,
    column: usize,
    used: f64,
}

impl Pager {
    fn current(&mut self) -> &mut Vec<DraftFragment> {
        let columns = self.g.columns;
        if self.sheets.is_empty() {
            self.sheets.push(vec![Vec::new(); columns]);
        }
        let last = self.sheets.len() - 1;
        &mut self.sheets[last][self.column]
    }

    fn fits(&self, need: f64) -> bool {
        self.used + need <= self.g.body
    }

    /// The space before an atom of kind `next` (`None`: a new section) in the current column.
    fn gap_before(&self, next: Option<Jenis>) -> f64 {
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

    fn next_column(&mut self) {
        self.column += 1;
        if self.column == self.g.columns {
            self.column = 0;
            self.sheets.push(vec![Vec::new(); self.g.columns]);
        }
        self.used = 0.0;
    }

    fn start_fragment(&mut self, section: usize, heading: Option<bool>, height: f64) {
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

    fn push(&mut self, slot: Slot, jenis: Jenis, height: f64) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::situs::UkuranPapan;
    use crate::render::board::content::{Baris, Gaya, Run};

    /// The spacing the layout assumes is the spacing `papan.css` declares.
    #[test]
    fn the_css_declares_the_spacing_the_layout_assumes() {
        let css = include_str!("../../../templates/aset/papan.css");
        let e = |x: f64| format!("calc(var(--e) * {x})");
        let rules = [
            format!("font-size: var(--e); line-height: {};", css::LINE),
            format!(
                "display: flex; flex-direction: column; gap: {};",
                e(css::SHEET_GAP)
            ),
            format!("align-items: flex-start; gap: {};", e(css::HEADER_GAP)),
            format!(
                "padding-bottom: {}; border-bottom: {} solid",
                e(css::RULE_PAD),
                e(css::RULE)
            ),
            format!(
                "width: {}; height: {}; object-fit: contain;",
                e(css::LOGO),
                e(css::LOGO)
            ),
            format!(
                ".papan-label {{ margin: 0; font-size: {}em;",
                css::LABEL_SIZE
            ),
            format!(
                "h1 {{ margin: 0; font-size: {}em; line-height: {}; }}",
                css::TITLE_SIZE,
                css::TITLE_LINE
            ),
            format!(
                ".papan-unit {{ margin: 0; font-size: {}em; }}",
                css::UNIT_SIZE
            ),
            format!("display: flex; gap: {}; }}", e(css::COLUMN_GAP)),
            format!(
                ".kolom {{ flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; gap: {}; }}",
                e(css::SECTION_GAP)
            ),
            format!(
                ".bagian {{ display: flex; flex-direction: column; gap: {}; }}",
                e(css::GROUP_GAP)
            ),
            format!(".bagian h2 {{ margin: 0; font-size: {}em;", css::H2_SIZE),
            format!(
                "list-style: none; display: flex; flex-direction: column; gap: {}; }}",
                e(css::ITEM_GAP)
            ),
            format!(
                ".paragraf {{ display: flex; flex-direction: column; gap: {}; }}",
                e(css::ITEM_GAP)
            ),
            format!("ul.daftar li {{ --no: {}em; }}", css::BULLET),
            format!(
                ".baris.penting {{ font-size: {}em; font-weight: 700; }}",
                KEY_FACT_SCALE
            ),
            format!(
                "border-top: {} solid #0b3b6f; padding-top: {};",
                e(css::RULE),
                e(css::RULE_PAD)
            ),
            format!("gap: {};\n  border-top", e(css::FOOTER_GAP)),
            "display: inline-block; width: 1.6em; margin-right: 0.3em;".to_string(),
        ];
        for rule in &rules {
            assert!(css.contains(rule.as_str()), "papan.css lacks `{rule}`");
        }
        assert!((1.6 + 0.3 - css::BADGE).abs() < 1e-9);
        for (digits, width) in css::NUMBER.iter().enumerate().skip(1) {
            assert!(css.contains(&format!(".no-{digits} {{ --no: {width}em; }}")));
            assert!(css.contains(&format!(".induk-{digits} {{ --induk: {width}em; }}")));
        }
        for (i, k) in SCALES.iter().enumerate() {
            assert!(css.contains(&format!(".skala-{i} {{ --k: {k}; }}")));
        }
    }

    #[test]
    fn number_columns_hold_their_widest_numbers() {
        for digits in 1..css::NUMBER.len() {
            let widest = format!("{}.", "0".repeat(digits));
            // Room for a small gap after the number.
            assert!(
                super::super::metrics::width(&widest, false) + 0.2 <= css::NUMBER[digits],
                "{widest}"
            );
        }
        assert!(super::super::metrics::width("mm.", false) + 0.2 <= css::NUMBER[3]);
    }

    fn paragraph(text: &str) -> Atom {
        Atom {
            jenis: Jenis::Nomor,
            nomor: Some("1.".into()),
            lebar_nomor: 2,
            tingkat: 0,
            lebar_induk: 0,
            baris: vec![Baris::new(
                vec![Run {
                    teks: text.into(),
                    gaya: Gaya::Biasa,
                }],
                false,
            )],
            gambar: None,
        }
    }

    fn frame() -> Frame {
        Frame {
            label: "STANDAR PELAYANAN".into(),
            nama: "Layanan contoh".into(),
            unit: Some("Dinas Contoh · Pemerintah Kabupaten Contoh".into()),
            footer: Some("Nomor SK: 1".into()),
            sheet_label: "Lembar 99 dari 99".into(),
            qr: true,
            logo: false,
            lanjutan: " (lanjutan)".into(),
        }
    }

    fn section(kunci: &'static str, items: usize) -> Section {
        Section {
            kunci,
            nomor: Some(1),
            judul: "Persyaratan".into(),
            atoms: (0..items)
                .map(|i| paragraph(&format!("Persyaratan nomor {i} yang cukup panjang untuk dua baris di papan informasi pelayanan")))
                .collect(),
        }
    }

    #[test]
    fn a_short_standard_takes_one_sheet_at_a_large_size() {
        let paper = Paper::of(UkuranPapan::A3);
        let (plan, _) = plan(&[section("persyaratan", 3)], &frame(), &paper, None).expect("fits");
        assert_eq!(plan.lembar.len(), 1);
        assert!(SCALES[plan.skala] > 1.5, "{}", SCALES[plan.skala]);
    }

    #[test]
    fn a_long_list_continues_on_a_new_sheet_with_its_heading_repeated() {
        let paper = Paper::of(UkuranPapan::A4);
        let (plan, _) = plan(&[section("persyaratan", 200)], &frame(), &paper, None).expect("fits");
        assert!(plan.lembar.len() > 1);
        // The largest size that still needs no more sheets.
        let sections = [section("persyaratan", 200)];
        let frame = frame();
        if plan.skala > 0 {
            let board = Board::new(sections.iter().collect(), &frame, &paper);
            let larger = board.attempt(plan.skala - 1, None);
            assert!(larger.map_or(true, |p| p.draft.len() > plan.lembar.len()));
        }
        let mut placed = 0;
        for (i, sheet) in plan.lembar.iter().enumerate() {
            let first = &sheet.kolom[0].bagian[0];
            assert!(first.judul.is_some(), "sheet {i} starts with a heading");
            assert_eq!(first.lanjutan, i > 0);
            if i > 0 {
                assert_eq!(first.judul.as_deref(), Some("Persyaratan (lanjutan)"));
            }
            for column in &sheet.kolom {
                for fragment in &column.bagian {
                    placed += fragment
                        .kelompok
                        .iter()
                        .map(|g| g.atom.len())
                        .sum::<usize>();
                }
            }
        }
        assert_eq!(placed, 200, "every item once");
    }

    #[test]
    fn a_heading_never_ends_a_column() {
        let paper = Paper::of(UkuranPapan::A4);
        let sections: Vec<Section> = (0..12).map(|_| section("persyaratan", 9)).collect();
        let (plan, _) = plan(&sections, &frame(), &paper, None).expect("fits");
        for sheet in &plan.lembar {
            for column in &sheet.kolom {
                for fragment in &column.bagian {
                    assert!(!fragment.kelompok.is_empty(), "a heading alone");
                }
            }
        }
    }

    #[test]
    fn an_item_taller_than_a_sheet_is_reported() {
        let paper = Paper::of(UkuranPapan::A4);
        let mut long = section("persyaratan", 1);
        long.atoms = vec![paragraph(&"kata ".repeat(4000))];
        let problem = plan(&[long], &frame(), &paper, None).expect_err("too tall");
        assert_eq!(problem.bagian, "Persyaratan");
        assert_eq!(problem.nomor.as_deref(), Some("1."));
    }
}
