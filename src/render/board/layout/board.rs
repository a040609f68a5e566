//! One board's layout attempts: each scale and column count tried, the best kept, the
//! winner turned into the plan the template prints.

use super::band;
use super::measure::{
    Geometry, IDEAL_LINE_EM, WIDTH_SAFETY, atom_height, chart_size, column_width, lines,
};
use super::pager::{Draft, DraftFragment, Pager, Slot};
use super::{Column, ColumnPart, Frame, Kelompok, Lembar, Plan, SCALES, TooTall, css};
use crate::render::board::content::{Atom, AtomKind, BoardSection};
use crate::render::board::metrics::{self, Measured, NO_BREAK_SPACE};
use crate::render::board::paper::{KEY_FACT_SCALE, MM_PER_PT, Paper};

/// One board to lay out: its sections and the texts of its frame, measured once.
pub(super) struct MeasuredBoard<'a> {
    pub(super) sections: Vec<&'a BoardSection>,
    pub(super) frame: &'a Frame,
    pub(super) paper: &'a Paper,
    pub(super) label: Measured,
    pub(super) nama: Measured,
    pub(super) unit: Option<Measured>,
    pub(super) footer: Option<Measured>,
    /// The slim header of later sheets: the name and the widest sheet number.
    pub(super) slim: Measured,
    /// Each section's heading, and the heading repeated on a new sheet.
    pub(super) headings: Vec<(Measured, Measured)>,
    /// The summary set across the top of sheet 1, with its heading measured.
    pub(super) band: Option<(&'a BoardSection, Measured)>,
    /// The summary set as the first section instead of a band: it must start on sheet 1.
    pub(super) summary_first: bool,
}

/// One layout tried: its scale, columns, footer, geometry and placement.
#[derive(Debug, Clone)]
pub(super) struct Attempt {
    pub(super) skala: usize,
    pub(super) kaki: bool,
    pub(super) g: Geometry,
    pub(super) draft: Draft,
}

impl Attempt {
    /// Whether anything of the section with this index was placed.
    pub(super) fn places(&self, section: usize) -> bool {
        self.draft
            .iter()
            .flatten()
            .flatten()
            .any(|f| f.section == section)
    }
}

impl<'a> MeasuredBoard<'a> {
    /// The board of these sections, its frame's texts measured once.
    pub(super) fn new(sections: Vec<&'a BoardSection>, frame: &'a Frame, paper: &'a Paper) -> Self {
        let headings = sections
            .iter()
            .map(|s| {
                (
                    Measured::text(&s.judul, true),
                    Measured::text(&format!("{}{}", s.judul, frame.lanjutan), true),
                )
            })
            .collect();
        MeasuredBoard {
            sections,
            frame,
            paper,
            label: Measured::text(&frame.label, false),
            nama: Measured::text(&frame.nama, true),
            unit: frame.unit.as_deref().map(|u| Measured::text(u, false)),
            footer: frame.footer.as_deref().map(|f| Measured::text(f, true)),
            slim: Measured::text(
                &format!(
                    "{} · {}",
                    frame.nama,
                    frame.sheet_label.replace(' ', &NO_BREAK_SPACE.to_string())
                ),
                true,
            ),
            headings,
            band: None,
            summary_first: false,
        }
    }

    /// The same board with `summary` across the top of sheet 1.
    pub(super) fn with_band(mut self, summary: Option<&'a BoardSection>) -> Self {
        self.band = summary.map(|s| (s, Measured::text(&s.judul, true)));
        self
    }

    /// The same board with its first section the summary, which must start on sheet 1.
    pub(super) fn with_summary_first(mut self, first: bool) -> Self {
        self.summary_first = first;
        self
    }

    /// Whether `summary` across the top of sheet 1 leaves at least half of the sheet's body
    /// to the rest, at the smallest scale.
    pub(super) fn band_fits(&self, summary: &'a BoardSection) -> bool {
        let board = MeasuredBoard {
            band: Some((summary, Measured::text(&summary.judul, true))),
            ..MeasuredBoard::new(Vec::new(), self.frame, self.paper)
        };
        // `attempt` refuses a band taller than half the body.
        board.attempt(SCALES.len() - 1, None).is_ok()
    }

    /// The height the summary takes across a sheet `inner` mm wide, with the gap under it.
    fn band_height(&self, g: &Geometry, inner: f64) -> f64 {
        match &self.band {
            Some((summary, heading)) => band::height(summary, heading, g, inner),
            None => 0.0,
        }
    }

    /// The attempt with the fewest sheets and then the largest scale.
    pub(super) fn best(&self) -> Result<Attempt, TooTall> {
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
    pub(super) fn attempt(&self, skala: usize, columns: Option<usize>) -> Result<Attempt, TooTall> {
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
        let slim = self.slim_header_height(e, inner);
        let geometry = |footer: bool| {
            let footer_height = if footer {
                self.footer_height(e, inner) + css::SHEET_GAP * e
            } else {
                0.0
            };
            let page = paper.height_mm - 2.0 * paper.margin_mm - css::SHEET_GAP * e - footer_height;
            let mut g = Geometry {
                e,
                column: column_width(inner, e, columns),
                body: page - header,
                later: page - slim,
                columns,
                summary: (paper.summary_pt * MM_PER_PT / e).max(KEY_FACT_SCALE),
                band: 0.0,
            };
            g.band = self.band_height(&g, inner);
            g
        };
        let always = self.frame.footer.is_some();
        let mut g = geometry(always);
        // The summary leaves at least half of sheet 1 to the rest at every size, as at the
        // smallest (where `band_fits` decided to set it as a band): a larger size whose band
        // would fill sheet 1 is not tried.
        if let Some((summary, _)) = &self.band
            && g.band > g.body / 2.0
        {
            return Err(TooTall {
                bagian: summary.judul.clone(),
                nomor: None,
                teks: String::new(),
            });
        }
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

    /// The header's height at base size `e` on a sheet `inner` mm wide.
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

    /// The slim header's height (name and sheet number, then the rule) at base size `e`.
    fn slim_header_height(&self, e: f64, inner: f64) -> f64 {
        lines(&self.slim, inner, e, css::SLIM_SIZE) * css::SLIM_SIZE * css::LINE * e
            + (css::RULE_PAD + css::RULE) * e
    }

    /// The footer's height (its text and the sheet number) at base size `e`.
    fn footer_height(&self, e: f64, inner: f64) -> f64 {
        let reserved = metrics::width(&self.frame.sheet_label, false) * e + css::FOOTER_GAP * e;
        let text_lines = self
            .footer
            .as_ref()
            .map_or(1.0, |text| lines(text, inner - reserved, e, 1.0).max(1.0));
        (css::RULE + css::RULE_PAD) * e + text_lines * css::LINE * e
    }

    /// A section heading's height, or that of its repeat on a new sheet.
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
                let keep = if atom.jenis == AtomKind::Subjudul {
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
                    // The summary starts on sheet 1 or the layout fails (a smaller size
                    // is tried); any other section may wait for a later, taller column.
                    if s == 0
                        && self.summary_first
                        && heading_h + css::GROUP_GAP * g.e + height > g.body - g.band
                    {
                        return Err(too_tall(section, atom));
                    }
                    let need =
                        pager.gap_before(None) + heading_h + css::GROUP_GAP * g.e + height + keep;
                    while !pager.fits(need) && (pager.used > 0.0 || pager.shorter_than_later()) {
                        pager.next_column();
                    }
                    if heading_h + css::GROUP_GAP * g.e + height > g.tallest() {
                        return Err(too_tall(section, atom));
                    }
                    pager.start_fragment(s, Some(false), heading_h);
                } else if !pager.fits(pager.gap_before(Some(atom.jenis)) + height + keep)
                    && pager.used > 0.0
                {
                    // A section that goes on in another column, on this sheet or the next,
                    // repeats its heading marked "(lanjutan)", and a flow's name with it.
                    pager.next_column();
                    let top = self.heading_height(s, true, &g);
                    let repeat = subheading.filter(|_| atom.jenis != AtomKind::Subjudul);
                    let sub_h = repeat.map_or(0.0, |sub| {
                        atom_height(&section.atoms[sub], &g) + css::GROUP_GAP * g.e
                    });
                    let need = top + sub_h + css::GROUP_GAP * g.e + height;
                    while pager.shorter_than_later() && !pager.fits(need + keep) {
                        pager.next_column();
                    }
                    if need > g.tallest() {
                        return Err(too_tall(section, atom));
                    }
                    pager.start_fragment(s, Some(true), top);
                    if let Some(sub) = repeat {
                        let slot = Slot {
                            section: s,
                            atom: sub,
                            repeated: true,
                        };
                        pager.push(slot, AtomKind::Subjudul, sub_h - css::GROUP_GAP * g.e);
                    }
                }
                if atom.jenis == AtomKind::Subjudul {
                    subheading = Some(i);
                }
                pager.push(slot, atom.jenis, height);
            }
        }
        Ok(pager.sheets)
    }

    /// The plan of an attempt, with the atoms themselves.
    pub(super) fn materialize(&self, attempt: Attempt) -> Plan {
        let g = attempt.g;
        let lembar = attempt
            .draft
            .into_iter()
            .map(|columns| Lembar {
                kolom: columns
                    .into_iter()
                    .map(|fragments| Column {
                        bagian: fragments
                            .into_iter()
                            .map(|f| self.fragment(f, &g))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let inner = self.paper.width_mm - 2.0 * self.paper.margin_mm;
        let ringkasan = self
            .band
            .as_ref()
            .map(|(summary, _)| band::pita(summary, &g, inner));
        Plan {
            ringkasan,
            skala: attempt.skala,
            kolom: g.columns,
            lembar,
            kaki: attempt.kaki,
        }
    }

    /// A section's part on a column, from indices to the atoms the template prints.
    fn fragment(&self, draft: DraftFragment, g: &Geometry) -> ColumnPart {
        let section = self.sections[draft.section];
        ColumnPart {
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

    /// The atom in a slot; a chart gets its printed size, a repeated flow name its marker.
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

/// The error for an atom taller than an empty column.
fn too_tall(section: &BoardSection, atom: &Atom) -> TooTall {
    TooTall {
        bagian: section.judul.clone(),
        nomor: atom.nomor.clone(),
        teks: atom.text(),
    }
}
