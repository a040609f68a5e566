//! Notice boards as pages: a standard's board laid out into sheets, and the printable page
//! of a standard's or a whole unit's sheets.

use serde::Serialize;

use super::view::StandardView;
use super::{Renderer, bagan, board, template_data_problem};
use crate::corpus::CompiledStandard;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::situs::UkuranPapan;

impl Renderer<'_> {
    /// Lays out a standard's board and prepares it for `papan-lembar.html`; an item taller than
    /// a whole sheet is an error pointing at the item.
    pub(super) fn lay_out_board(
        &self,
        compiled: &CompiledStandard,
        view: &StandardView,
        value: &tera::Value,
        charts: &[bagan::Chart],
    ) -> Result<BoardEntry, Diagnostic> {
        let (url, qr, frame) = self.board_frame(view);
        let paper = board::paper::Paper::of(self.options.papan);
        let laid = board::board(view, self.t, &paper, &frame, charts)
            .map_err(|too_tall| self.too_tall(compiled, &too_tall))?;
        self.board_entry(value, laid.plan, frame.footer, qr, url)
    }

    /// What every sheet of a standard's board or poster carries: the page's address, its QR
    /// code, and the header and footer texts.
    pub(super) fn board_frame(
        &self,
        view: &StandardView,
    ) -> (Option<String>, Option<String>, board::layout::Frame) {
        let url = self.url(&format!("{}/{}/", view.unit, view.slug));
        let qr = url
            .as_deref()
            .and_then(|u| board::qr::qr_svg(u, &format!("{}: {u}", self.t.pindai_qr)));
        let frame = board::frame(
            view,
            self.t,
            url.as_deref(),
            qr.is_some(),
            self.site.logo.is_some(),
        );
        (url, qr, frame)
    }

    /// A laid-out board as `papan-lembar.html` takes it (`p`), and its number of sheets.
    pub(super) fn board_entry(
        &self,
        value: &tera::Value,
        plan: board::layout::Plan,
        footer: Option<String>,
        qr: Option<String>,
        url: Option<String>,
    ) -> Result<BoardEntry, Diagnostic> {
        let total = plan.lembar.len();
        let mut summary = plan.ringkasan;
        let sheets: Vec<SheetView> = plan
            .lembar
            .into_iter()
            .enumerate()
            .map(|(i, lembar)| SheetView {
                nomor: i + 1,
                label: (total > 1).then(|| board::sheet_label(self.t, i + 1, total)),
                ringkasan: summary.take(),
                kolom: lembar.kolom,
            })
            .collect();
        let entry = BoardView {
            standar: value.clone(),
            skala: plan.skala,
            kolom: plan.kolom,
            kaki: plan.kaki,
            catatan_kaki: footer,
            qr,
            url,
            lembar: sheets,
        };
        let value =
            tera::Value::try_from_serializable(&entry).map_err(|e| template_data_problem(&e))?;
        Ok(BoardEntry {
            value,
            lembar: total,
        })
    }

    /// The error for an item taller than a whole sheet, pointing at the item as written.
    pub(super) fn too_tall(
        &self,
        compiled: &CompiledStandard,
        problem: &board::layout::TooTall,
    ) -> Diagnostic {
        let text = &compiled.file.text;
        // Point at the item as written, found by its first words.
        let words: Vec<&str> = problem.teks.split_whitespace().take(4).collect();
        let span = (!words.is_empty())
            .then(|| text.find(&words.join(" ")))
            .flatten()
            .map(|start| start..start + words.join(" ").len());
        let preview: String = problem.teks.chars().take(60).collect();
        let diagnostic = Diagnostic::new(
            Code::BoardOverflow,
            &compiled.file,
            format!(
                "butir {}\"{preview}…\" di bagian \"{}\" lebih panjang dari satu lembar papan {} pada ukuran huruf terkecil yang masih terbaca, jadi tidak dapat dicetak utuh",
                problem.nomor.as_deref().map(|n| format!("{n} ")).unwrap_or_default(),
                problem.bagian,
                self.options.papan.name().to_uppercase()
            ),
        )
        .help("pecah butir itu menjadi beberapa butir yang lebih pendek (setiap butir dicetak utuh dalam satu kolom), atau pilih papan yang lebih tinggi: `--board banner` atau `papan: banner` di `_situs.yaml`");
        match span {
            Some(span) => diagnostic.at(span),
            None => diagnostic,
        }
    }

    /// One board sheet (`papan-lembar.html`) on the site's board paper.
    pub(super) fn board_sheet(
        &self,
        root: &str,
        entry: &tera::Value,
    ) -> Result<String, Diagnostic> {
        self.sheet_on(root, entry, self.options.papan)
    }

    /// One sheet (`papan-lembar.html`) on paper of `size`.
    pub(super) fn sheet_on(
        &self,
        root: &str,
        entry: &tera::Value,
        size: UkuranPapan,
    ) -> Result<String, Diagnostic> {
        let mut context = self.context(root, None, None);
        context.insert("ukuran", size.name());
        context.insert_value("p", entry.clone());
        self.templates.html("papan-lembar.html", &context)
    }

    /// A printable page of board sheets (`papan.html`): `count` sheets in all.
    pub(super) fn board(
        &self,
        root: &str,
        judul: &str,
        sheets: &[String],
        count: usize,
    ) -> Result<String, Diagnostic> {
        self.sheets_page(root, judul, sheets, count, self.options.papan)
    }

    /// A printable page of sheets on paper of `size`.
    pub(super) fn sheets_page(
        &self,
        root: &str,
        judul: &str,
        sheets: &[String],
        count: usize,
        size: UkuranPapan,
    ) -> Result<String, Diagnostic> {
        let mut context = self.context(root, None, None);
        context.insert("judul", &format!("{} — {}", self.t.papan, judul));
        context.insert("ukuran", size.name());
        context.insert("kertas", &size.label());
        context.insert("jumlah_lembar", &count);
        context.insert("pdf", &self.options.pdf);
        context.insert("papan", sheets);
        self.templates.html("papan.html", &context)
    }
}

/// A standard's board, ready for `papan-lembar.html`, and its number of sheets.
pub(super) struct BoardEntry {
    pub(super) value: tera::Value,
    pub(super) lembar: usize,
}

/// What `papan-lembar.html` gets as `p`: the standard and its sheets.
#[derive(Serialize)]
pub(super) struct BoardView {
    /// The standard's view, as the page has it.
    pub(super) standar: tera::Value,
    /// The CSS class `skala-N`.
    pub(super) skala: usize,
    /// Columns per sheet (the CSS class `kolom-N`).
    pub(super) kolom: usize,
    /// Whether the footer is printed.
    pub(super) kaki: bool,
    /// The footer's text: SK number and date, the page's address.
    pub(super) catatan_kaki: Option<String>,
    pub(super) qr: Option<String>,
    pub(super) url: Option<String>,
    pub(super) lembar: Vec<SheetView>,
}

/// One sheet of a board.
#[derive(Serialize)]
pub(super) struct SheetView {
    pub(super) nomor: usize,
    /// "Lembar 1 dari 2", when there is more than one sheet.
    pub(super) label: Option<String>,
    /// The summary across the top of sheet 1.
    pub(super) ringkasan: Option<board::layout::Pita>,
    pub(super) kolom: Vec<board::layout::Column>,
}
