//! The options of `standar build` as the command line gives them. What they settle with
//! `_situs.yaml` (options, logo, templates) is the library's `pipeline::situs`.

use std::path::PathBuf;

use standar::model::situs::{Bahasa, UkuranPapan};
use standar::model::waktu::Tanggal;
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
    /// `--hari-ini`: the day to build for.
    pub hari_ini: Option<Tanggal>,
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
            hari_ini: Some(hari_ini(self.hari_ini)),
        }
    }
}

/// Western Indonesian Time is seven hours ahead of UTC: the day changes at midnight in
/// Jakarta, not in Greenwich.
const WIB_DETIK: i64 = 7 * 3600;

/// The day a build is for: `--hari-ini` when given, else the day of `SOURCE_DATE_EPOCH` (the
/// reproducible-builds convention, seconds since 1970) when set, else today in Western
/// Indonesian Time.
pub fn hari_ini(given: Option<Tanggal>) -> Tanggal {
    if let Some(day) = given {
        return day;
    }
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        });
    Tanggal::dari_hari_unix(seconds.saturating_add(WIB_DETIK).div_euclid(86_400))
}

/// Reads `--hari-ini`: a date `TTTT-BB-HH` that is in the calendar.
pub fn parse_hari_ini(text: &str) -> Result<Tanggal, String> {
    let day: Tanggal = text.parse()?;
    if day.ada_di_kalender() {
        Ok(day)
    } else {
        Err(format!("tanggal {day} tidak ada di kalender"))
    }
}
