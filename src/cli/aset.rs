//! The site's own files on disk (its logo, its template folder, a `--templates` folder):
//! only regular files, never through a link, within limits.

use std::fs;
use std::path::Path;

use standar::corpus::SiteConfig;
use standar::corpus::aset::{Asset, AssetLimits, stays_inside, unreadable};
use standar::diagnostic::Diagnostic;

use super::jalur::display;

/// The file or folder `_situs.yaml` names `name`, below its folder, with no link on the way.
pub fn beside_settings(
    settings: &SiteConfig,
    name: &str,
    limits: &AssetLimits,
) -> Result<Vec<Asset>, Vec<Diagnostic>> {
    let base = Path::new(&settings.file.path)
        .parent()
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let target = base.join(name);
    if !stays_inside(name) {
        let help = "tulis nama berkas atau folder di dalam folder standar";
        return Err(vec![unreadable(
            &display(&target),
            "di luar folder standar",
            help,
        )]);
    }
    let linked = target
        .ancestors()
        .take_while(|a| *a != base.as_path())
        .any(|a| fs::symlink_metadata(a).is_ok_and(|m| m.file_type().is_symlink()));
    if linked {
        return Err(vec![unreadable(
            &display(&target),
            "melewati tautan simbolik; standar tidak mengikutinya",
            "salin berkas atau folder yang sebenarnya ke dalam folder standar",
        )]);
    }
    files_below(&target, limits)
}

/// `target` itself when it is a regular file, else every regular file below it in name
/// order; links, pipes and devices are refused, and so is more than `limits` allow.
pub fn files_below(target: &Path, limits: &AssetLimits) -> Result<Vec<Asset>, Vec<Diagnostic>> {
    if fs::symlink_metadata(target).is_err() {
        let help = "periksa namanya (`--templates`, atau `logo`/`templat` di `_situs.yaml`)";
        return Err(vec![unreadable(&display(target), "tidak ada", help)]);
    }
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut total = 0u64;
    for entry in walkdir::WalkDir::new(target)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            problems.push(unreadable(
                &display(entry.path()),
                "bukan berkas atau folder biasa (tautan simbolik, pipa atau perangkat)",
                "ganti dengan salinan berkasnya, atau hapus",
            ));
            continue;
        }
        let size = entry.metadata().map_or(0, |m| m.len());
        total += size;
        if !limits.admits(found.len(), size, total) {
            problems.push(limits.exceeded(&display(target)));
            break;
        }
        match fs::read(entry.path()) {
            Ok(bytes) => found.push(Asset {
                name: relative_name(target, entry.path()),
                path: display(entry.path()),
                bytes,
            }),
            Err(error) => problems.push(unreadable(
                &display(entry.path()),
                &error.to_string(),
                "periksa izin bacanya",
            )),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// `aset/gaya.css` for `<folder>/aset/gaya.css`; empty for the target itself.
fn relative_name(target: &Path, path: &Path) -> String {
    path.strip_prefix(target)
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}
