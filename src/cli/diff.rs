//! `standar diff LAMA BARU`: what changed between two versions of a standard, as a citizen
//! would read it (the fee, a requirement, the time), for a reviewer or a pull request.

use std::fs;
use std::path::Path;

use serde::Serialize;
use standar::corpus::UNIT_FILE;
use standar::model::situs::Bahasa;
use standar::pipeline::changes::{Version, between};
use standar::render::changes::{self, Change};
use standar::render::labels::labels;

use super::pipeline::Verbosity;
use super::{Exit, report};

/// Output format of `standar diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Kalimat per perubahan, untuk dibaca di terminal.
    #[value(alias = "teks")]
    Human,
    /// Satu dokumen JSON.
    Json,
    /// Daftar Markdown, misalnya untuk komentar pull/merge request.
    #[value(alias = "md")]
    Markdown,
}

/// Compares the two files and prints their changes; problems of either file are printed
/// instead, with exit code 1.
pub fn run(old: &Path, new: &Path, format: DiffFormat, bahasa: Bahasa) -> Exit {
    let (Some(old_version), Some(new_version)) = (version(old), version(new)) else {
        return Exit::Usage;
    };
    match between(old_version, new_version, bahasa) {
        Ok(found) => {
            print!("{}", shown(&found, old, new, format, bahasa));
            Exit::Clean
        }
        Err(problems) => {
            report::print(&problems, report::format(None), Verbosity::Normal);
            eprintln!(
                "standar: perubahan hanya dapat dihitung dari dua berkas tanpa galat; perbaiki galat di atas lalu jalankan lagi."
            );
            Exit::Problems
        }
    }
}

/// The file and the unit file beside it, or `None` after saying why it cannot be read.
fn version(path: &Path) -> Option<Version> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("standar: `{}` tidak dapat dibaca: {error}", path.display());
            return None;
        }
    };
    let unit_path = path.with_file_name(UNIT_FILE);
    let unit = fs::read(&unit_path)
        .ok()
        .map(|bytes| (unit_path.display().to_string(), bytes));
    Some(Version {
        path: path.display().to_string(),
        bytes,
        unit,
    })
}

#[derive(Serialize)]
struct DiffJson<'c> {
    lama: String,
    baru: String,
    perubahan: Vec<changes::ChangeJson<'c>>,
}

/// The changes in the chosen format.
fn shown(found: &[Change], old: &Path, new: &Path, format: DiffFormat, bahasa: Bahasa) -> String {
    let t = labels(bahasa);
    let (old, new) = (old.display().to_string(), new.display().to_string());
    match format {
        DiffFormat::Human if found.is_empty() => {
            format!("Tidak ada perubahan isi dari {old} ke {new}.\n")
        }
        DiffFormat::Human => {
            let mut out = format!("Perubahan dari {old} ke {new} ({}):\n", found.len());
            for change in found {
                out.push_str(&format!("  - {}\n", change.kalimat(t)));
            }
            out
        }
        DiffFormat::Markdown if found.is_empty() => {
            format!("Tidak ada perubahan isi pada `{new}`.\n")
        }
        DiffFormat::Markdown => {
            format!(
                "**Perubahan isi `{new}`**\n\n{}",
                changes::markdown(found, t)
            )
        }
        DiffFormat::Json => {
            let document = DiffJson {
                lama: old,
                baru: new,
                perubahan: changes::json(found, t),
            };
            // Serialising strings and enums cannot fail.
            serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
        }
    }
}
