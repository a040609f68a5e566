//! Site-wide settings: `_situs.yaml`, overridden by what the command line (or another caller)
//! says, checked once.

use crate::check::kontak::base_url_problem;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Situs;
use crate::model::situs::{Bahasa, UkuranPapan};
use crate::model::waktu::Tanggal;
use crate::render::view::Riwayat;
use crate::source::SourceFile;
use std::sync::Arc;

/// Site-wide settings, from `_situs.yaml` and the command line.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Site title.
    pub judul: String,
    /// Site description (Markdown).
    pub deskripsi: Option<String>,
    /// Where the site is published, ending in `/`; enables sitemap, canonical links and QR codes.
    pub url_dasar: Option<String>,
    /// Label language.
    pub bahasa: Bahasa,
    /// Board paper size.
    pub papan: UkuranPapan,
    /// Logo file name (e.g. `logo.png`) and bytes, copied to `aset/`.
    pub logo: Option<(String, Vec<u8>)>,
    /// Every board is also printed to `papan.pdf` beside its page, so pages link it.
    pub pdf: bool,
    /// Also a one-sheet summary poster of every standard on paper of this size
    /// (`ringkas/papan.html`).
    pub ringkas: Option<UkuranPapan>,
    /// The day the site is built for: which version of a standard applies, whether a review
    /// is overdue. Not part of what decides whether a page must be rendered again: each unit
    /// records the days its pages stay right. Without a day (a preview of one file), each
    /// unit is shown as on the first day of its newest version, and no review is overdue.
    pub hari_ini: Option<Tanggal>,
    /// Months between reviews, when a standard does not name its next review.
    pub selang_tinjauan: u32,
    /// What changed in each standard, from the repository's history (empty without one).
    pub riwayat: Arc<Riwayat>,
}

/// Months between reviews when the site does not say.
pub const SELANG_TINJAUAN_BAWAAN: u32 = 12;

impl Default for SiteOptions {
    fn default() -> Self {
        Self {
            judul: "Standar Pelayanan Publik".to_string(),
            deskripsi: None,
            url_dasar: None,
            bahasa: Bahasa::Id,
            papan: UkuranPapan::A3,
            logo: None,
            pdf: false,
            ringkas: None,
            hari_ini: None,
            selang_tinjauan: SELANG_TINJAUAN_BAWAAN,
            riwayat: Arc::default(),
        }
    }
}

/// What a caller sets over `_situs.yaml`.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--base-url`.
    pub url_dasar: Option<String>,
    /// `--lang`.
    pub bahasa: Option<Bahasa>,
    /// `--board`.
    pub papan: Option<UkuranPapan>,
    /// `--pdf`.
    pub pdf: bool,
    /// `--ringkas`.
    pub ringkas: Option<UkuranPapan>,
    /// `--hari-ini`, or the clock (none: see [`SiteOptions::hari_ini`]).
    pub hari_ini: Option<Tanggal>,
}

impl SiteOptions {
    /// The settings of a site: `situs` (if the corpus has one), overridden, with the logo the
    /// caller read (its file name and bytes). An unusable base address is an error.
    pub fn settle(
        situs: Option<&Situs>,
        overrides: &Overrides,
        logo: Option<(String, Vec<u8>)>,
    ) -> Result<SiteOptions, Diagnostic> {
        let defaults = SiteOptions::default();
        let mut url = overrides
            .url_dasar
            .clone()
            .or_else(|| situs.and_then(|s| s.url_dasar.clone()));
        if let Some(u) = &mut url {
            if !u.ends_with('/') {
                u.push('/');
            }
            if base_url_problem(u).is_some() {
                return Err(Diagnostic::new(
                    Code::InvalidUrl,
                    &SourceFile::new("--base-url", ""),
                    format!("`{u}` bukan alamat situs yang lengkap"),
                )
                .help(
                    "tulis alamat lengkap, misalnya `--base-url https://standar.jemberkab.go.id/`",
                ));
            }
        }
        Ok(SiteOptions {
            judul: situs
                .and_then(|s| s.judul.clone())
                .unwrap_or(defaults.judul),
            deskripsi: situs.and_then(|s| s.deskripsi.clone()),
            url_dasar: url,
            bahasa: overrides
                .bahasa
                .or_else(|| situs.and_then(|s| s.bahasa))
                .unwrap_or_default(),
            papan: overrides
                .papan
                .or_else(|| situs.and_then(|s| s.papan))
                .unwrap_or_default(),
            logo: logo.map(|(name, bytes)| (format!("logo-{name}"), bytes)),
            pdf: overrides.pdf,
            ringkas: overrides.ringkas,
            hari_ini: overrides.hari_ini,
            selang_tinjauan: situs
                .and_then(|s| s.selang_tinjauan)
                .unwrap_or(SELANG_TINJAUAN_BAWAAN),
            riwayat: Arc::default(),
        })
    }
}

impl SiteOptions {
    /// Everything but the day and the history, for the key of what every page depends on
    /// (each unit's record holds the hash of its standards' history instead).
    pub fn without_day(&self) -> SiteOptions {
        SiteOptions {
            hari_ini: None,
            riwayat: Arc::default(),
            ..self.clone()
        }
    }
}
