//! What a site is built with besides its standards: the options (`_situs.yaml` and the
//! command line, the logo checked to only draw) and the override templates (`--templates` or
//! `templat:`), read within limits and never through a link.

use std::fs;
use std::path::{Path, PathBuf};

use standar::corpus::SiteConfig;
use standar::diagnostic::{Code, Diagnostic};
use standar::model::keys;
use standar::model::situs::{Bahasa, UkuranPapan};
use standar::parse::path::NodePath;
use standar::parse::{self as parse, Limits, Target};
use standar::render::templates::TemplateOverride;
use standar::render::{Overrides, SiteOptions};
use standar::source::SourceFile;

use super::discover::display;
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

/// The options: `_situs.yaml` with its logo, overridden by `overrides`.
pub(super) fn site_options(
    overrides: &Overrides,
    config: Option<&SiteConfig>,
) -> Result<SiteOptions, Diagnostic> {
    let logo = match (config, config.and_then(|c| c.situs.logo.as_deref())) {
        (Some(config), Some(name)) => {
            let path = Path::new(&config.file.path)
                .parent()
                .unwrap_or(Path::new("."))
                .join(name);
            let bytes = fs::read(&path).map_err(|error| {
                Diagnostic::new(
                    Code::FileUnreadable,
                    &config.file,
                    format!("logo `{}` tidak dapat dibaca: {error}", display(&path)),
                )
                .help("letakkan berkas logo di samping `_situs.yaml`, atau hapus kunci `logo`")
            })?;
            let file_name = Path::new(name)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if file_name.to_lowercase().ends_with(".svg")
                && let Some(problem) = standar::render::logo::svg_problem(&bytes)
            {
                return Err(unsafe_logo(config, &problem));
            }
            Some((file_name, bytes))
        }
        _ => None,
    };
    SiteOptions::settle(config.map(|c| &c.situs), overrides, logo)
}

/// An SVG logo that would run or fetch something, located at `logo:` in `_situs.yaml`.
fn unsafe_logo(config: &SiteConfig, problem: &str) -> Diagnostic {
    let at = NodePath::root().key(keys::LOGO);
    let diagnostic = match parse::parse(&config.file, &Limits::default()) {
        (Some(document), _) => document.diagnostic(Code::UnsafeLogo, &at, Target::Value, problem),
        _ => Diagnostic::new(Code::UnsafeLogo, &config.file, problem),
    };
    diagnostic.help("simpan ulang logo sebagai gambar saja (misalnya \"Plain SVG\" di Inkscape, atau PNG); skrip, tautan dan isi dari luar tidak diterbitkan")
}

/// Limits of a template folder: files, bytes per file, bytes in all.
const TEMPLATE_FILES: usize = 500;
const TEMPLATE_FILE_BYTES: u64 = 8 << 20;
const TEMPLATE_BYTES: u64 = 64 << 20;

/// Reads the override templates from `given` (`--templates`) or the config's `templat`.
pub(super) fn load_templates(
    given: Option<&Path>,
    config: Option<&SiteConfig>,
) -> Result<Vec<TemplateOverride>, Vec<Diagnostic>> {
    // From `_situs.yaml`, the folder lies below the standards folder: no link on the way.
    let from_config = given
        .is_none()
        .then_some(config)
        .flatten()
        .and_then(|config| {
            let name = config.situs.templat.as_deref()?;
            let base = Path::new(&config.file.path)
                .parent()
                .unwrap_or(Path::new("."))
                .to_path_buf();
            Some((base.join(name), base))
        });
    let folder = given
        .map(Path::to_path_buf)
        .or_else(|| from_config.as_ref().map(|(folder, _)| folder.clone()));
    let Some(folder) = folder else {
        return Ok(Vec::new());
    };
    let linked = from_config.as_ref().is_some_and(|(folder, base)| {
        folder
            .ancestors()
            .take_while(|a| *a != base.as_path())
            .any(|a| fs::symlink_metadata(a).is_ok_and(|m| m.file_type().is_symlink()))
    });
    if linked {
        let file = SourceFile::new(display(&folder), "");
        return Err(vec![
            Diagnostic::new(
                Code::FileUnreadable,
                &file,
                format!(
                    "folder templat `{}` melewati tautan simbolik; standar tidak mengikutinya",
                    display(&folder)
                ),
            )
            .help("salin folder templat yang sebenarnya ke dalam folder standar"),
        ]);
    }
    if !folder.is_dir() {
        let file = SourceFile::new(display(&folder), "");
        return Err(vec![
            Diagnostic::new(
                Code::FileUnreadable,
                &file,
                format!("folder templat `{}` tidak ada", display(&folder)),
            )
            .help("periksa `--templates` atau kunci `templat` di `_situs.yaml`"),
        ]);
    }
    read_templates(&folder)
}

/// Every file of the template folder, within its limits; only regular files and folders.
fn read_templates(folder: &Path) -> Result<Vec<TemplateOverride>, Vec<Diagnostic>> {
    let mut overrides = Vec::new();
    let mut problems = Vec::new();
    let mut total = 0u64;
    for entry in walkdir::WalkDir::new(folder)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_symlink()
            || !(entry.file_type().is_file() || entry.file_type().is_dir())
        {
            let file = SourceFile::new(display(entry.path()), "");
            problems.push(
                Diagnostic::new(
                    Code::FileUnreadable,
                    &file,
                    "isi folder templat hanya boleh berkas dan folder biasa, bukan tautan simbolik, pipa atau perangkat",
                )
                .help("ganti dengan salinan berkasnya, atau hapus"),
            );
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let size = entry.metadata().map_or(0, |m| m.len());
        total += size;
        if overrides.len() >= TEMPLATE_FILES || size > TEMPLATE_FILE_BYTES || total > TEMPLATE_BYTES
        {
            let file = SourceFile::new(display(entry.path()), "");
            problems.push(
                Diagnostic::new(
                    Code::FileTooLarge,
                    &file,
                    format!(
                        "folder templat melampaui batas: paling banyak {TEMPLATE_FILES} berkas, {} MB per berkas, {} MB seluruhnya",
                        TEMPLATE_FILE_BYTES >> 20,
                        TEMPLATE_BYTES >> 20
                    ),
                )
                .help("simpan hanya templat dan aset yang dipakai situs di folder templat"),
            );
            break;
        }
        let name = entry
            .path()
            .strip_prefix(folder)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        match fs::read_to_string(entry.path()) {
            Ok(text) => overrides.push(TemplateOverride {
                name,
                path: display(entry.path()),
                text,
            }),
            Err(error) => {
                let file = SourceFile::new(display(entry.path()), "");
                problems.push(Diagnostic::new(
                    Code::FileUnreadable,
                    &file,
                    format!("templat tidak dapat dibaca: {error}"),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(overrides)
    } else {
        Err(problems)
    }
}
