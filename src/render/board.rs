//! Notice boards: which font scale and column count make a standard fill exactly one sheet,
//! and the QR code to its web page.
//!
//! The estimate mirrors `templates/aset/papan.css`: a sheet of the chosen paper size, a header
//! with the service name, the six components (plus opening hours) in CSS columns, and a footer
//! with the maklumat, SK number and QR code. Characters are taken as 0.55 em wide, which is
//! wider than the average of the sans-serif fonts the boards use, so the estimate errs on the
//! side of fitting. A small script on the board page shrinks the text further if a browser
//! still overflows.

use qrcode::QrCode;
use qrcode::render::svg;

use super::labels::Labels;
use super::view::StandardView;
use crate::model::situs::UkuranPapan;

/// Font scale factors of the classes `skala-0` … `skala-7` in `papan.css`; `skala-7` (the base
/// size: 14 pt on A3) is the smallest still legible from 1–2 m.
pub const SCALES: [f64; 8] = [2.2, 1.9, 1.6, 1.45, 1.3, 1.2, 1.1, 1.0];

/// The layout chosen for one board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Index into [`SCALES`] (the CSS class `skala-N`).
    pub skala: usize,
    /// Number of text columns (the CSS class `kolom-N`).
    pub kolom: usize,
    /// False when the standard does not fit even at the smallest legible size.
    pub muat: bool,
    /// Whether the procedure flowcharts are on the board too.
    pub bagan: bool,
}

const MM_PER_PT: f64 = 25.4 / 72.0;
const CHAR_EM: f64 = 0.55;
const LINE: f64 = 1.3;

/// Size-dependent constants: base font (pt), margin (mm), column counts to try.
fn geometry(size: UkuranPapan) -> (f64, f64, &'static [usize]) {
    match size {
        UkuranPapan::A4 => (9.9, 8.5, &[1, 2]),
        UkuranPapan::A3 => (14.0, 12.0, &[1, 2]),
        UkuranPapan::A2 => (19.8, 17.0, &[2, 3]),
        UkuranPapan::A1 => (28.0, 24.0, &[2, 3]),
        UkuranPapan::Banner => (28.0, 24.0, &[1, 2]),
    }
}

/// The column counts worth trying for a paper size, as `data-kolom` lists them.
pub fn column_choices(size: UkuranPapan) -> String {
    geometry(size)
        .2
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A section of the board body: its heading and the character count of each line item.
#[derive(Debug, Clone)]
struct Block {
    heading: usize,
    items: Vec<usize>,
}

/// Millimetres per CSS pixel.
const MM_PER_PX: f64 = 25.4 / 96.0;
/// Font size of a flowchart's text at its natural size, in points.
const CHART_TEXT_PT: f64 = 9.0;
/// Smallest chart text on a board, as a share of the board's base font: a chart is read
/// from closer than the text, but must still be readable.
const CHART_LEGIBLE: f64 = 0.6;

/// Chooses the largest legible font, then the fewest columns, that fit one sheet: with the
/// flowcharts (`charts`: width and height in CSS pixels) when they fit legibly, else without.
pub fn fit(view: &StandardView, t: &Labels, size: UkuranPapan, charts: &[(f64, f64)]) -> Fit {
    let (base_pt, margin, columns) = geometry(size);
    let (width, height) = size.millimetres();
    let (width, height) = (f64::from(width), f64::from(height));
    let blocks = blocks(view, t);
    let attempts: &[Option<&[(f64, f64)]>] = if charts.is_empty() {
        &[None]
    } else {
        &[Some(charts), None]
    };
    for &figures in attempts {
        for (skala, k) in SCALES.iter().enumerate() {
            let em = base_pt * k * MM_PER_PT;
            for &kolom in columns {
                let page = Page {
                    width,
                    height,
                    margin,
                    base_pt,
                };
                if fits(view, &blocks, figures, em, &page, kolom) {
                    return Fit {
                        skala,
                        kolom,
                        muat: true,
                        bagan: figures.is_some(),
                    };
                }
            }
        }
    }
    Fit {
        skala: SCALES.len() - 1,
        kolom: *columns.last().unwrap_or(&2),
        muat: false,
        bagan: false,
    }
}

/// The sheet: size and margin in millimetres, base font in points.
struct Page {
    width: f64,
    height: f64,
    margin: f64,
    base_pt: f64,
}

/// Lines of `chars` characters wrapped at `width` mm in a font of `em` mm.
fn lines(chars: usize, width: f64, em: f64, size_em: f64) -> f64 {
    let per_line = (width / (CHAR_EM * em * size_em)).floor().max(1.0);
    (chars as f64 / per_line).ceil().max(1.0)
}

fn fits(
    view: &StandardView,
    blocks: &[Block],
    charts: Option<&[(f64, f64)]>,
    em: f64,
    page: &Page,
    kolom: usize,
) -> bool {
    let (width, height, margin) = (page.width, page.height, page.margin);
    let inner = width - 2.0 * margin;
    let header = LINE * em
        + lines(view.nama.chars().count(), inner, em, 1.9) * 1.9 * 1.15 * em
        + lines(provider_len(view), inner, em, 1.1) * 1.1 * LINE * em
        + 0.8 * em;
    let qr = 9.0 * em;
    let pledge_width = inner - qr - 1.5 * em;
    let pledge = view
        .maklumat
        .as_ref()
        .map_or(0, |m| m.teks.plain.chars().count());
    let footer_text = 1.2 * LINE * em
        + lines(pledge, pledge_width, em, 1.0) * LINE * em
        + 5.0 * LINE * em
        + 0.8 * em;
    let footer = footer_text.max(qr + 3.0 * em);
    let body = height - 2.0 * margin - header - footer - 2.0 * 0.6 * margin;
    if body <= 0.0 {
        return false;
    }
    let gap = 1.5 * em;
    let column_width = (inner - gap * (kolom as f64 - 1.0)) / kolom as f64;
    // Each chart is drawn at the column's width; its text must stay legible.
    let mut figures = Vec::new();
    for &(w, h) in charts.unwrap_or_default() {
        let scale = column_width / (w * MM_PER_PX);
        if CHART_TEXT_PT * scale.min(1.0) < CHART_LEGIBLE * page.base_pt {
            return false;
        }
        figures.push(h * MM_PER_PX * scale.min(1.0));
    }
    let chart_block = (!figures.is_empty()).then(|| Block {
        heading: 12,
        items: Vec::new(),
    });
    // Pack sections into columns as `break-inside: avoid-column` does.
    let mut column = 1;
    let mut used = 0.0;
    let figures_h: f64 = figures.iter().map(|f| f + 0.3 * em).sum();
    let sections = blocks
        .iter()
        .map(|block| (block, 0.0))
        .chain(chart_block.as_ref().map(|block| (block, figures_h)));
    for (block, extra) in sections {
        let mut h = lines(block.heading, column_width, em, 1.2) * 1.2 * LINE * em
            + 0.3 * em
            + 0.8 * em
            + extra;
        for &item in &block.items {
            h += lines(item, column_width - 1.3 * em, em, 1.0) * LINE * em + 0.2 * em;
        }
        if used + h <= body {
            used += h;
            continue;
        }
        if h <= body && used > 0.0 {
            column += 1;
            used = h;
        } else {
            // Taller than a column: it breaks across columns after all.
            let mut rest = used + h;
            while rest > body {
                column += 1;
                rest -= body;
            }
            used = rest;
        }
        if column > kolom {
            return false;
        }
    }
    column <= kolom
}

fn provider_len(view: &StandardView) -> usize {
    view.penyelenggara.as_ref().map_or(0, |p| {
        p.nama.chars().count() + p.pemerintah.chars().count() + 3
    })
}

/// The text of the board body, section by section, as `papan.html` lays it out.
fn blocks(view: &StandardView, t: &Labels) -> Vec<Block> {
    let len = |s: &str| s.chars().count();
    let mut out = Vec::new();
    let mut requirements = Vec::new();
    for item in &view.persyaratan {
        requirements
            .push(len(&item.teks) + item.keterangan.as_ref().map_or(0, |k| len(&k.plain) + 3));
        for child in &item.daftar {
            requirements.push(
                len(&child.teks) + 4 + child.keterangan.as_ref().map_or(0, |k| len(&k.plain) + 3),
            );
        }
    }
    out.push(Block {
        heading: len(t.persyaratan) + 3,
        items: requirements,
    });
    let mut steps = Vec::new();
    for flow in &view.prosedur.alur {
        if let Some(name) = &flow.nama {
            steps.push(len(name));
        }
        for step in &flow.langkah {
            let meta =
                step.pelaksana.as_deref().map_or(0, len) + step.waktu.as_deref().map_or(0, len);
            let decision = step
                .keputusan
                .as_ref()
                .map_or(0, |d| len(&d.pertanyaan) + len(&d.ya) + len(&d.tidak) + 20);
            steps.push(len(&step.uraian) + meta + decision + 4);
        }
    }
    out.push(Block {
        heading: len(t.prosedur) + 3,
        items: steps,
    });
    let time = &view.jangka_waktu;
    let mut times: Vec<usize> = time.total.iter().map(|s| len(s) * 2).collect();
    times.extend(
        time.bagian
            .iter()
            .map(|b| len(&b.nama) + b.waktu.as_deref().map_or(0, len) + 2),
    );
    times.extend(time.keterangan.iter().map(|k| len(&k.plain)));
    out.push(Block {
        heading: len(t.jangka_waktu) + 3,
        items: times,
    });
    let fee = &view.biaya;
    let mut fees: Vec<usize> = if fee.gratis {
        vec![len(t.tidak_dipungut_biaya) * 2]
    } else {
        Vec::new()
    };
    fees.extend(
        fee.tarif
            .iter()
            .map(|x| len(&x.uraian) + len(&x.harga) + x.kategori.as_deref().map_or(0, len) + 5),
    );
    fees.extend(fee.rumus.iter().map(|r| len(&r.plain)));
    if !fee.dasar_hukum.is_empty() {
        fees.push(
            fee.dasar_hukum
                .iter()
                .map(|r| len(&r.judul) + 2)
                .sum::<usize>()
                + 20,
        );
    }
    fees.extend(fee.keterangan.iter().map(|k| len(&k.plain)));
    out.push(Block {
        heading: len(t.biaya) + 3,
        items: fees,
    });
    out.push(Block {
        heading: len(t.produk) + 3,
        items: view.produk.iter().map(|p| len(&p.teks)).collect(),
    });
    let mut channels = Vec::new();
    if let Some(p) = &view.pengaduan {
        for c in &p.saluran {
            channels.push(
                len(&c.label)
                    + c.kontak.as_ref().map_or(0, |k| len(&k.teks))
                    + c.keterangan.as_ref().map_or(0, |k| len(&k.plain))
                    + 3,
            );
        }
        if !p.tenggat.is_empty() {
            channels.push(
                p.tenggat
                    .iter()
                    .map(|g| len(&g.tingkat) + len(&g.waktu) + 3)
                    .sum::<usize>()
                    + 30,
            );
        }
    }
    channels.push(50);
    out.push(Block {
        heading: len(t.pengaduan) + 3,
        items: channels,
    });
    out.push(Block {
        heading: len(t.jam_pelayanan),
        items: if view.jam_pelayanan.is_empty() {
            vec![len(t.belum_dicantumkan)]
        } else {
            view.jam_pelayanan
                .iter()
                .map(|j| len(&j.hari) + len(&j.jam) + 15)
                .collect()
        },
    });
    out
}

/// An inline SVG QR code for `url`, or `None` if the URL is too long for a QR code.
pub fn qr_svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    let escaped = label
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    Some(svg[start..].replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{escaped}\""),
        1,
    ))
}
