//! The summary poster (`standar build --ringkas a1`): one sheet per standard at a poster size
//! for a long standard whose board takes several sheets. The summary runs across it at the
//! paper's summary size, then the opening hours and where everything else is (the page behind
//! the QR code). It is written beside the board as `ringkas/papan.html`, so that `--pdf` prints
//! it to `ringkas/papan.pdf` like any board.

use super::view::StandardView;
use super::{Emitter, Renderer, board};
use crate::corpus::CompiledStandard;
use crate::diagnostic::Diagnostic;
use crate::model::situs::UkuranPapan;

impl Renderer<'_> {
    /// Writes the summary poster of one standard on paper of `size`.
    pub(super) fn poster(
        &self,
        compiled: &CompiledStandard,
        view: &StandardView,
        value: &tera::Value,
        size: UkuranPapan,
        out: &mut Emitter<'_, '_>,
    ) -> Result<(), Diagnostic> {
        let dir = format!("{}/{}/ringkas", view.unit, view.slug);
        let (url, qr, frame) = self.board_frame(view);
        let paper = board::paper::Paper::of(size);
        let (summary, sections) = board::content::poster(view, self.t, url.as_deref());
        let (plan, _) = board::layout::plan(&sections, Some(&summary), &frame, &paper, None)
            .map_err(|too_tall| self.too_tall(compiled, &too_tall))?;
        let entry = self.board_entry(value, plan, frame.footer, qr, url)?;
        let root = "../".repeat(dir.split('/').count());
        let sheet = self.sheet_on(&root, &entry.value, size)?;
        let page = self.sheets_page(&root, &view.nama, &[sheet], entry.lembar, size)?;
        out.emit(&format!("{dir}/papan.html"), page.as_bytes())
    }
}
