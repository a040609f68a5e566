//! What a board carries: the standard's public facts cut into atoms, pieces of text that are
//! never split across columns or sheets.
//!
//! A board holds, in this order: the six service components in full (every requirement with
//! its group and note; every step of every flow with its actor, time, decision and note; the
//! completion time with its parts; every fee with its payer category, price and note, the
//! formula, legal basis and notes; every product; every complaint channel with its contact,
//! the national SP4N-LAPOR! channel when the standard names none, the complaint flow,
//! deadlines and named officers), then the opening hours and the maklumat with its signer.
//! The header of every sheet names the service and the unit and carries the QR code; the
//! footer carries the SK number and date and the page's address. A section with nothing to
//! say is left out: a board never prints a placeholder. What a board leaves to the web page:
//! the description, the SOP-AP quality columns (kelengkapan, output), the provider's address
//! and the eight management components.

use serde::Serialize;

use super::super::labels::Labels;
use super::super::text::Rich;
use super::super::view::{ActorView, ItemView, StandardView, StepView};
use super::metrics::Measured;

mod contact;
mod summary;

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gaya {
    /// Body text.
    Biasa,
    /// Bold: labels and names.
    Tebal,
    /// A note, in a quieter colour.
    Catatan,
}

/// A run of text in one style.
#[derive(Debug, Clone, Serialize)]
pub struct TextRun {
    pub teks: String,
    pub gaya: Gaya,
}

/// One line-broken block of an atom: body text, or a key fact printed large and bold.
#[derive(Debug, Clone, Serialize)]
pub struct TextBlock {
    pub isi: Vec<TextRun>,
    /// A key fact (total time, fee), at [`super::paper::KEY_FACT_SCALE`] times the body size.
    pub penting: bool,
    /// A key fact of the summary on sheet 1, at the paper's summary size
    /// ([`super::paper::Paper::summary_pt`]) or the key-fact size, whichever is larger.
    pub utama: bool,
    #[serde(skip)]
    pub(super) measured: Measured,
}

/// What kind of element an atom is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AtomKind {
    /// An item of a numbered list.
    Nomor,
    /// An item of a bulleted list.
    Butir,
    /// A paragraph.
    Paragraf,
    /// A heading inside a section (the name of a flow); kept with what follows.
    Subjudul,
    /// A flowchart image.
    Bagan,
}

/// A piece of text that stays whole on one column of one sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Atom {
    pub jenis: AtomKind,
    /// The item's number as printed (`10.`, `b.`), for numbered items.
    pub nomor: Option<String>,
    /// Characters of the widest number in its list: sets the width of the number column.
    pub lebar_nomor: usize,
    /// 1 for a sub-item (a requirement inside a group), else 0.
    pub tingkat: usize,
    /// Characters of the parent list's widest number, for a sub-item's indent.
    pub lebar_induk: usize,
    pub baris: Vec<TextBlock>,
    /// For a flowchart: the image and its size in CSS pixels.
    pub gambar: Option<Gambar>,
}

/// A flowchart placed on a board.
#[derive(Debug, Clone, Serialize)]
pub struct Gambar {
    /// The image as a `data:` URL (filled in only once the chart is placed).
    pub src: String,
    /// Which flow's chart it is.
    #[serde(skip)]
    pub alur: usize,
    pub alt: String,
    pub lebar: u32,
    pub tinggi: u32,
    /// The smallest text in the chart at its natural size, in CSS pixels.
    #[serde(skip)]
    pub min_text_px: f64,
}

/// A section of the board: a heading and its atoms.
#[derive(Debug, Clone, Serialize)]
pub struct BoardSection {
    /// Its HTML id suffix and CSS class.
    pub kunci: &'static str,
    /// Component number 1–6, if it is one of the six.
    pub nomor: Option<usize>,
    pub judul: String,
    #[serde(skip)]
    pub atoms: Vec<Atom>,
}

impl TextBlock {
    /// A block of runs, measured once.
    pub fn new(isi: Vec<TextRun>, penting: bool) -> Self {
        let measured = Measured::new(
            isi.iter()
                .map(|r| (r.teks.as_str(), r.gaya == Gaya::Tebal || penting)),
        );
        TextBlock {
            isi,
            penting,
            utama: false,
            measured,
        }
    }

    /// A key fact of the summary, measured once.
    pub fn summary(isi: Vec<TextRun>) -> Self {
        TextBlock {
            utama: true,
            ..TextBlock::new(isi, true)
        }
    }
}

fn run(teks: impl Into<String>, gaya: Gaya) -> TextRun {
    TextRun {
        teks: teks.into(),
        gaya,
    }
}

fn plain(teks: impl Into<String>) -> TextRun {
    run(teks, Gaya::Biasa)
}

fn note(teks: impl Into<String>) -> TextRun {
    run(teks, Gaya::Catatan)
}

fn bold(teks: impl Into<String>) -> TextRun {
    run(teks, Gaya::Tebal)
}

impl Atom {
    fn new(jenis: AtomKind, baris: Vec<TextBlock>) -> Self {
        Atom {
            jenis,
            nomor: None,
            lebar_nomor: 0,
            tingkat: 0,
            lebar_induk: 0,
            baris,
            gambar: None,
        }
    }

    fn paragraph(isi: Vec<TextRun>) -> Self {
        Self::new(AtomKind::Paragraf, vec![TextBlock::new(isi, false)])
    }

    fn key(teks: &str) -> Self {
        Self::new(
            AtomKind::Paragraf,
            vec![TextBlock::new(vec![bold(teks)], true)],
        )
    }

    fn bullet(isi: Vec<TextRun>) -> Self {
        Self::new(AtomKind::Butir, vec![TextBlock::new(isi, false)])
    }

    fn subheading(teks: &str) -> Self {
        Self::new(
            AtomKind::Subjudul,
            vec![TextBlock::new(vec![bold(teks)], false)],
        )
    }

    /// A flowchart atom.
    pub fn chart(gambar: Gambar) -> Self {
        Atom {
            gambar: Some(gambar),
            ..Self::new(AtomKind::Bagan, Vec::new())
        }
    }

    /// The text of the atom without its number.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for baris in &self.baris {
            for r in &baris.isi {
                out.push_str(&r.teks);
            }
            out.push(' ');
        }
        out.trim_end().to_string()
    }
}

/// A free-text field's note appended to an item: " (…)".
fn note_runs(keterangan: Option<&Rich>) -> Option<TextRun> {
    keterangan.map(|k| note(format!(" ({})", k.cetak.join(" "))))
}

/// The paragraphs of a free-text field, one atom each.
fn paragraphs(text: Option<&Rich>) -> impl Iterator<Item = Atom> + '_ {
    text.into_iter()
        .flat_map(|t| t.cetak.iter())
        .map(|block| Atom::paragraph(vec![plain(block.as_str())]))
}

/// Numbers the numbered atoms of a list in order and gives them a common number width.
fn number(atoms: &mut [Atom], labels: impl Fn(usize) -> String) {
    let labels: Vec<String> = (1..=atoms.len()).map(labels).collect();
    let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1);
    for (atom, label) in atoms.iter_mut().zip(labels) {
        atom.nomor = Some(label);
        atom.lebar_nomor = widest;
    }
}

/// `a.`, `b.`, … `z.`, `aa.`, … for sub-items.
fn letters(n: usize) -> String {
    let mut n = n;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    out.iter().rev().collect::<String>() + "."
}

/// The summary that opens sheet 1, across its full width; a long requirement list points to
/// section 1.
pub fn summary(view: &StandardView, t: &Labels) -> BoardSection {
    BoardSection {
        kunci: "ringkasan",
        nomor: None,
        judul: t.ringkasan.to_string(),
        atoms: summary::summary(view, t, &format!("{} 1", t.lihat_bagian)),
    }
}

/// The summary poster's sections besides the summary: the opening hours, then where the rest
/// is (the page at `url`, behind the QR code, else the counter's board).
pub fn poster(
    view: &StandardView,
    t: &Labels,
    url: Option<&str>,
) -> (BoardSection, Vec<BoardSection>) {
    let summary = BoardSection {
        atoms: summary::summary(view, t, t.pindai_qr_rincian),
        ..summary(view, t)
    };
    let mut sections = Vec::new();
    let hours = contact::hours(view, t);
    if !hours.is_empty() {
        sections.push(BoardSection {
            kunci: "jam-pelayanan",
            nomor: None,
            judul: t.jam_pelayanan.to_string(),
            atoms: hours,
        });
    }
    let rest = match url {
        Some(url) => Atom::paragraph(vec![
            plain(format!("{} ", t.selengkapnya_qr)),
            bold(super::unbroken_url(url)),
        ]),
        None => Atom::paragraph(vec![plain(t.selengkapnya_loket)]),
    };
    sections.push(BoardSection {
        kunci: "selengkapnya",
        nomor: None,
        judul: t.selengkapnya.to_string(),
        atoms: vec![rest],
    });
    (summary, sections)
}

/// The board's sections for one standard, in print order. A section the source document does
/// not give (`tidak_tercantum`) says so, as the page does; other empty sections are left out.
pub fn sections(view: &StandardView, t: &Labels) -> Vec<BoardSection> {
    let mut out = Vec::new();
    let mut push = |kunci: &'static str, nomor, judul: &str, mut atoms: Vec<Atom>| {
        let key = kunci.replace('-', "_");
        if view.tidak_tercantum.contains(&key.as_str())
            && (atoms.is_empty() || kunci == "pengaduan")
        {
            atoms.insert(0, Atom::paragraph(vec![note(t.tidak_tercantum)]));
        }
        if !atoms.is_empty() {
            out.push(BoardSection {
                kunci,
                nomor,
                judul: judul.to_string(),
                atoms,
            });
        }
    };
    let online = view.layanan_daring.iter().map(|link| {
        Atom::paragraph(vec![
            plain(format!("{}: ", t.ajukan_daring)),
            bold(super::unbroken_url(&link.teks)),
        ])
    });
    push("layanan-daring", None, t.layanan_daring, online.collect());
    push(
        "persyaratan",
        Some(1),
        t.persyaratan,
        requirements(&view.persyaratan),
    );
    push("prosedur", Some(2), t.prosedur, procedure(view, t));
    push("jangka-waktu", Some(3), t.jangka_waktu, time(view, t));
    push("biaya", Some(4), t.biaya, fee(view, t));
    push("produk", Some(5), t.produk, products(&view.produk));
    push(
        "pengaduan",
        Some(6),
        t.pengaduan,
        contact::complaints(view, t),
    );
    push(
        "jam-pelayanan",
        None,
        t.jam_pelayanan,
        contact::hours(view, t),
    );
    push("maklumat", None, t.maklumat, contact::pledge(view, t));
    out
}

fn item_runs(item: &ItemView) -> Vec<TextRun> {
    let first = if item.kelompok {
        bold(item.teks.as_str())
    } else {
        plain(item.teks.as_str())
    };
    std::iter::once(first)
        .chain(item.berlaku.as_ref().map(|b| plain(format!(" ({b})"))))
        .chain(note_runs(item.keterangan.as_ref()))
        .collect()
}

/// An item's lines: its text, then one line per part (`rincian`), so the item and its parts
/// stay together on one column.
fn item_lines(item: &ItemView) -> Vec<TextBlock> {
    std::iter::once(TextBlock::new(item_runs(item), false))
        .chain(item.rincian.iter().map(|part| {
            let mut runs = vec![plain("– ")];
            runs.extend(item_runs(part));
            TextBlock::new(runs, false)
        }))
        .collect()
}

fn requirements(items: &[ItemView]) -> Vec<Atom> {
    let mut top: Vec<Atom> = items
        .iter()
        .map(|item| Atom::new(AtomKind::Nomor, item_lines(item)))
        .collect();
    number(&mut top, |n| format!("{n}."));
    let mut out = Vec::new();
    for (atom, item) in top.into_iter().zip(items) {
        let parent = atom.lebar_nomor;
        out.push(atom);
        let mut children: Vec<Atom> = item
            .daftar
            .iter()
            .map(|child| Atom {
                tingkat: 1,
                lebar_induk: parent,
                ..Atom::new(AtomKind::Nomor, item_lines(child))
            })
            .collect();
        number(&mut children, letters);
        out.extend(children);
    }
    out
}

fn step_atom(step: &StepView, t: &Labels) -> Atom {
    let mut first = vec![plain(step.uraian.as_str())];
    let meta: Vec<&str> = [step.pelaksana.as_deref(), step.waktu.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        first.push(note(format!(" ({})", meta.join(", "))));
    }
    let mut baris = vec![TextBlock::new(first, false)];
    if let Some(d) = &step.keputusan {
        baris.push(TextBlock::new(
            vec![
                bold(d.pertanyaan.as_str()),
                plain(format!(
                    " {}: {}; {}: {}.",
                    t.jika_ya, d.ya, t.jika_tidak, d.tidak
                )),
            ],
            false,
        ));
    }
    if let Some(k) = &step.keterangan {
        baris.push(TextBlock::new(vec![note(k.cetak.join(" "))], false));
    }
    Atom::new(AtomKind::Nomor, baris)
}

fn procedure(view: &StandardView, t: &Labels) -> Vec<Atom> {
    let p = &view.prosedur;
    let mut out: Vec<Atom> = paragraphs(p.keterangan.as_ref()).collect();
    let named = p.alur.len() > 1;
    for (i, flow) in p.alur.iter().enumerate() {
        match (&flow.nama, named) {
            (Some(name), true) => {
                out.push(Atom::subheading(&format!("{} {}: {name}", t.alur, i + 1)))
            }
            (Some(name), false) => out.push(Atom::subheading(name)),
            (None, true) => out.push(Atom::subheading(&format!("{} {}", t.alur, i + 1))),
            (None, false) => {}
        }
        out.extend(paragraphs(flow.keterangan.as_ref()));
        let mut steps: Vec<Atom> = flow.langkah.iter().map(|s| step_atom(s, t)).collect();
        number(&mut steps, |n| format!("{n}."));
        out.extend(steps);
    }
    let described: Vec<_> = p
        .pelaksana
        .iter()
        .filter(|a| a.keterangan.is_some() || a.sistem)
        .collect();
    if !described.is_empty() {
        out.push(actors_paragraph(t.pelaksana, t.sistem, &described));
    }
    out
}

/// "Pelaksana: Kasubag (Kepala Subbagian Tata Laksana); Operator."
fn actors_paragraph(label: &str, system: &str, actors: &[&ActorView]) -> Atom {
    let mut runs = vec![bold(format!("{label}: "))];
    for (i, actor) in actors.iter().enumerate() {
        let separator = if i + 1 < actors.len() { "; " } else { "." };
        let name = match actor.sistem {
            true => format!("{} [{}]", actor.nama, system),
            false => actor.nama.clone(),
        };
        runs.push(plain(match &actor.keterangan {
            Some(k) => format!("{name} ({k}){separator}"),
            None => format!("{name}{separator}"),
        }));
    }
    Atom::paragraph(runs)
}

fn time(view: &StandardView, t: &Labels) -> Vec<Atom> {
    let w = &view.jangka_waktu;
    let mut out: Vec<Atom> = w.total.iter().map(|total| Atom::key(total)).collect();
    out.extend(
        w.cakupan
            .iter()
            .map(|steps| Atom::paragraph(vec![plain(steps.as_str())])),
    );
    out.extend(
        w.perpanjangan
            .iter()
            .map(|extension| Atom::paragraph(vec![plain(extension.as_str())])),
    );
    if let Some(d) = &w.tenggat_pemohon {
        let mut runs = vec![
            bold(format!("{}: ", t.tenggat_pemohon)),
            plain(format!("{}: ", d.uraian)),
            bold(d.waktu.as_str()),
        ];
        runs.extend(note_runs(d.keterangan.as_ref()));
        out.push(Atom::paragraph(runs));
    }
    for part in &w.bagian {
        let mut runs = vec![plain(part.nama.as_str())];
        if let Some(waktu) = &part.waktu {
            runs.push(plain(": "));
            runs.push(bold(waktu.as_str()));
        }
        runs.extend(note_runs(part.keterangan.as_ref()));
        out.push(Atom::bullet(runs));
    }
    out.extend(paragraphs(w.keterangan.as_ref()));
    out
}

fn fee(view: &StandardView, t: &Labels) -> Vec<Atom> {
    let b = &view.biaya;
    let mut out = Vec::new();
    if b.gratis {
        out.push(Atom::key(
            b.gratis_teks.as_deref().unwrap_or(t.tidak_dipungut_biaya),
        ));
    }
    for tariff in &b.tarif {
        let mut first = Vec::new();
        if tariff.tingkat > 0 {
            first.push(plain("– ".repeat(tariff.tingkat)));
        }
        first.push(if tariff.judul {
            bold(tariff.uraian.as_str())
        } else {
            plain(tariff.uraian.as_str())
        });
        if let Some(kategori) = &tariff.kategori {
            first.push(plain(" — "));
            first.push(bold(kategori.as_str()));
        }
        let mut baris = vec![TextBlock::new(first, false)];
        for price in &tariff.harga {
            baris.push(TextBlock::new(vec![bold(price.teks.as_str())], true));
            if let Some(k) = &price.keterangan {
                baris.push(TextBlock::new(vec![note(k.as_str())], false));
            }
        }
        for regulation in &tariff.sesuai {
            baris.push(TextBlock::new(
                vec![plain(format!("{} {}", t.sesuai, regulation.judul))],
                false,
            ));
        }
        if let Some(k) = &tariff.keterangan {
            baris.push(TextBlock::new(vec![note(k.cetak.join(" "))], false));
        }
        out.push(Atom::new(AtomKind::Butir, baris));
    }
    if let Some(rumus) = &b.rumus {
        out.extend(paragraphs(Some(rumus)));
    }
    if !b.dasar_hukum.is_empty() {
        let titles: Vec<String> = b
            .dasar_hukum
            .iter()
            .map(|r| match &r.keterangan {
                Some(k) => format!("{} ({})", r.judul, k.cetak.join(" ")),
                None => r.judul.clone(),
            })
            .collect();
        out.push(Atom::paragraph(vec![
            bold(format!("{}: ", t.dasar_hukum_biaya)),
            plain(titles.join("; ")),
        ]));
    }
    out.extend(paragraphs(b.keterangan.as_ref()));
    out
}

fn products(items: &[ItemView]) -> Vec<Atom> {
    items
        .iter()
        .map(|item| Atom::new(AtomKind::Butir, item_lines(item)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_items_are_lettered() {
        assert_eq!(letters(1), "a.");
        assert_eq!(letters(26), "z.");
        assert_eq!(letters(27), "aa.");
    }
}
