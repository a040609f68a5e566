//! The options of `standar build` as the command line gives them. What they settle with
//! `_situs.yaml` (options, logo, templates) is the library's `pipeline::situs`.

use std::path::PathBuf;

use standar::model::situs::{Bahasa, UkuranPapan};
use standar::render::Overrides;

use super::{FormatArg, pipeline::Verbosity};

/// Options of `standar build` given on the command line.
pub struct BuildArgs {
    pub paths: Vec<PathBuf>,
    pub out: PathBuf,
    pub papan: Option<UkuranPapan>,
    pub lang: Option<Bahasa>,
    pub url_dasar: Option<String>,
    pub templates: Option<PathBuf>,
    pub format: Option<FormatArg>,
    pub deny_warnings: bool,
    pub verbosity: Verbosity,
    /// Replace an output folder even if it holds files `standar build` did not write.
    pub force: bool,
    /// Also print every board to `papan.pdf`.
    pub pdf: bool,
    /// Print boards without a QR code and address when no `url_dasar` is known.
    pub no_qr: bool,
    /// Also a one-sheet summary poster of every standard on this paper.
    pub ringkas: Option<UkuranPapan>,
    /// The Chromium to print with (else found on `PATH`).
    pub chromium: Option<PathBuf>,
    /// Build everything again, forgetting the cache.
    pub clean: bool,
    /// Where the cache is kept (else `.<out>.tembolok` beside the site).
    pub cache: Option<PathBuf>,
}

impl BuildArgs {
    /// What the command line sets over `_situs.yaml`.
    pub(super) fn overrides(&self) -> Overrides {
        Overrides {
            url_dasar: self.url_dasar.clone(),
            bahasa: self.lang,
            papan: self.papan,
            pdf: self.pdf,
            ringkas: self.ringkas,
        }
    }
}
