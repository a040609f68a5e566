//! What a site is built with besides its standards: the options of `_situs.yaml` under what
//! the caller sets, its logo (checked to only draw) and its override templates, all read
//! through the corpus's [`Files`], so the command line, the preview and the browser read
//! them alike.

use crate::corpus::aset::{Asset, AssetLimits};
use crate::corpus::{Files, SiteConfig};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{self as parse, Limits, Target};
use crate::render::templates::TemplateOverride;
use crate::render::{Overrides, SiteOptions};
use crate::source::SourceFile;

/// The options: `_situs.yaml` with its logo, overridden by `overrides`.
pub fn site_options(
    files: &impl Files,
    overrides: &Overrides,
    config: Option<&SiteConfig>,
) -> Result<SiteOptions, Diagnostic> {
    let logo = match (config, config.and_then(|c| c.situs.logo.as_deref())) {
        (Some(config), Some(name)) => Some(logo(files, config, name)?),
        _ => None,
    };
    SiteOptions::settle(config.map(|c| &c.situs), overrides, logo)
}

/// The logo `_situs.yaml` names: its file name and bytes, an SVG only if it just draws.
fn logo(
    files: &impl Files,
    config: &SiteConfig,
    name: &str,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let mut found = files
        .assets(config, name, &AssetLimits::LOGO)
        .map_err(|problems| {
            let why = problems
                .first()
                .map_or(String::new(), |p| p.message.clone());
            Diagnostic::new(
                Code::FileUnreadable,
                &config.file,
                format!("logo `{name}` tidak dapat dibaca: {why}"),
            )
            .help("letakkan berkas logo di samping `_situs.yaml`, atau hapus kunci `logo`")
        })?;
    let Some(Asset { bytes, .. }) = found.pop().filter(|a| a.name.is_empty()) else {
        return Err(Diagnostic::new(
            Code::FileUnreadable,
            &config.file,
            format!("logo `{name}` adalah folder, bukan berkas gambar"),
        )
        .help("tulis nama berkas logo (SVG atau PNG) di kunci `logo`"));
    };
    let file_name = name.rsplit('/').next().unwrap_or(name).to_string();
    if file_name.to_lowercase().ends_with(".svg")
        && let Some(problem) = crate::render::logo::svg_problem(&bytes)
    {
        return Err(unsafe_logo(config, &problem));
    }
    Ok((file_name, bytes))
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

/// The override templates `_situs.yaml` names (`templat:`); none when it names none.
pub fn settings_templates(
    files: &impl Files,
    config: Option<&SiteConfig>,
) -> Result<Vec<TemplateOverride>, Vec<Diagnostic>> {
    let Some((config, name)) = config.and_then(|c| Some((c, c.situs.templat.as_deref()?))) else {
        return Ok(Vec::new());
    };
    as_templates(files.assets(config, name, &AssetLimits::TEMPLATES)?)
}

/// The files of a template folder as override templates: every one must be UTF-8 text.
pub fn as_templates(assets: Vec<Asset>) -> Result<Vec<TemplateOverride>, Vec<Diagnostic>> {
    let mut templates = Vec::with_capacity(assets.len());
    let mut problems = Vec::new();
    for asset in assets {
        match String::from_utf8(asset.bytes) {
            Ok(text) => templates.push(TemplateOverride {
                name: asset.name,
                path: asset.path,
                text,
            }),
            Err(_) => problems.push(
                Diagnostic::new(
                    Code::FileNotUtf8,
                    &SourceFile::new(&asset.path, ""),
                    "templat bukan teks UTF-8",
                )
                .help("simpan ulang templat sebagai UTF-8, atau pindahkan berkas lain keluar dari folder templat"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(templates)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{InputFile, MemoryFiles};
    use crate::model::situs::Situs;

    fn file(path: &str, bytes: &[u8]) -> InputFile {
        InputFile {
            path: path.to_string(),
            relative: path.trim_start_matches("std/").to_string(),
            bytes: bytes.to_vec(),
        }
    }

    fn settings(logo: Option<&str>, templat: Option<&str>) -> SiteConfig {
        SiteConfig {
            situs: Situs {
                logo: logo.map(str::to_string),
                templat: templat.map(str::to_string),
                ..Situs::default()
            },
            file: SourceFile::new("std/_situs.yaml", "logo: x\n"),
        }
    }

    const DRAWING: &[u8] =
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";

    #[test]
    fn the_logo_and_templates_are_read_through_the_corpus_files() {
        let files = MemoryFiles::new(vec![
            file("std/logo.svg", DRAWING),
            file("std/templat/standar.html", b"{{ nama }}"),
            file("std/templat/aset/gaya.css", b"body {}"),
            file("std/templat-lain/x.html", b"not this"),
        ]);
        let config = settings(Some("logo.svg"), Some("templat"));
        let options = site_options(&files, &Overrides::default(), Some(&config));
        assert!(options.is_ok_and(|o| o.logo.is_some()));
        let templates = settings_templates(&files, Some(&config)).unwrap_or_default();
        let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["standar.html", "aset/gaya.css"]);
    }

    #[test]
    fn a_logo_that_runs_something_missing_or_outside_is_refused() {
        let files = MemoryFiles::new(vec![file(
            "std/logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        )]);
        let refused = |name: &str| {
            site_options(
                &files,
                &Overrides::default(),
                Some(&settings(Some(name), None)),
            )
            .err()
            .map(|d| d.code)
        };
        assert_eq!(refused("logo.svg"), Some(Code::UnsafeLogo));
        assert_eq!(refused("tidak-ada.png"), Some(Code::FileUnreadable));
        assert_eq!(refused("../logo.svg"), Some(Code::FileUnreadable));
    }

    #[test]
    fn a_template_folder_beyond_its_limits_or_not_text_is_refused() {
        let many: Vec<InputFile> = (0..=AssetLimits::TEMPLATES.files)
            .map(|i| file(&format!("std/templat/{i}.html"), b"x"))
            .collect();
        let config = settings(None, Some("templat"));
        let problems = settings_templates(&MemoryFiles::new(many), Some(&config)).err();
        assert!(problems.is_some_and(|p| p[0].code == Code::FileTooLarge));
        let binary = MemoryFiles::new(vec![file("std/templat/x.html", &[0xff, 0xfe])]);
        let problems = settings_templates(&binary, Some(&config)).err();
        assert!(problems.is_some_and(|p| p[0].code == Code::FileNotUtf8));
        assert!(
            settings_templates(&binary, Some(&settings(None, None))).is_ok_and(|t| t.is_empty())
        );
    }
}
