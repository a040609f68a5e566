//! `standar diff`: what changed between two versions of a standard, as a citizen would read
//! it (the fee, a requirement, the time), for a reviewer or a pull request. Two files, or
//! every standard between two revisions of the corpus's git repository (`--rev`).

use std::path::{Path, PathBuf};

use serde::Serialize;
use standar::corpus::UNIT_FILE;
use standar::diagnostic::Diagnostic;
use standar::model::situs::Bahasa;
use standar::parse::Limits;
use standar::pipeline::perubahan::{PerubahanBerkas, StatusBerkas, Versi, of_file};
use standar::render::labels::{Labels, labels};
use standar::render::perubahan;

use super::diff_rev;
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

/// What `standar diff` was asked to compare.
pub struct DiffArgs {
    /// Two files, or with `rev` the folders whose standards are compared.
    pub paths: Vec<PathBuf>,
    pub rev: Option<String>,
    pub format: DiffFormat,
    pub bahasa: Bahasa,
}

/// Compares, prints the changes; problems of a version are printed instead, with exit
/// code 1.
pub fn run(args: &DiffArgs) -> Exit {
    let limits = Limits::default();
    let pairs = match &args.rev {
        Some(spec) => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from("standards")]
            } else {
                args.paths.clone()
            };
            match diff_rev::pairs(spec, &paths, &limits) {
                Ok(pairs) => pairs,
                Err(message) => {
                    eprintln!("standar: {message}");
                    return Exit::Usage;
                }
            }
        }
        None => match two_files(&args.paths, &limits) {
            Some(pair) => vec![pair],
            None => return Exit::Usage,
        },
    };
    let mut found = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for pair in pairs {
        match of_file(&pair.path, pair.old, pair.new, args.bahasa) {
            Ok(Some(file)) => found.push(file),
            Ok(None) => {}
            Err(more) => problems.extend(more),
        }
    }
    if !problems.is_empty() {
        report::print(&problems, report::format(None), Verbosity::Normal);
        eprintln!(
            "standar: perubahan hanya dapat dihitung dari versi tanpa galat; perbaiki galat di atas lalu jalankan lagi."
        );
        return Exit::Problems;
    }
    let compared = match &args.rev {
        Some(spec) => spec.clone(),
        None => args
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" → "),
    };
    print!(
        "{}",
        shown(&found, &compared, args.format, labels(args.bahasa))
    );
    Exit::Clean
}

/// The two files named on the command line, each with the unit file beside it.
fn two_files(paths: &[PathBuf], limits: &Limits) -> Option<diff_rev::Pair> {
    let [old, new] = paths else {
        eprintln!(
            "standar: sebutkan dua berkas (`standar diff lama.yaml baru.yaml`), atau revisi git dengan `--rev` (`standar diff --rev main..HEAD standards`)"
        );
        return None;
    };
    Some(diff_rev::Pair {
        path: new.display().to_string(),
        old: Some(version(old, limits)?),
        new: Some(version(new, limits)?),
    })
}

/// The file and the unit file beside it (each within the limit of one file), or `None`
/// after saying why one cannot be read.
fn version(path: &Path, limits: &Limits) -> Option<Versi> {
    let read = |path: &Path| {
        let shown = path.display().to_string();
        diff_rev::read_disk(path, &shown, limits)
            .map(|bytes| (shown, bytes))
            .map_err(|error| eprintln!("standar: {error}"))
    };
    let (shown, bytes) = read(path).ok()?;
    let unit_path = path.with_file_name(UNIT_FILE);
    let unit = match unit_path.is_file() {
        true => Some(read(&unit_path).ok()?),
        false => None,
    };
    Some(Versi {
        path: shown,
        bytes,
        unit,
    })
}

#[derive(Serialize)]
struct DiffJson<'c> {
    /// The two files, or the revisions.
    dibandingkan: &'c str,
    berkas: Vec<FileJson<'c>>,
}

#[derive(Serialize)]
struct FileJson<'c> {
    berkas: &'c str,
    nama: &'c str,
    status: StatusBerkas,
    perubahan: Vec<perubahan::PerubahanJson<'c>>,
}

/// The changes in the chosen format.
fn shown(found: &[PerubahanBerkas], compared: &str, format: DiffFormat, t: &Labels) -> String {
    match format {
        DiffFormat::Human if found.is_empty() => {
            format!("{} ({compared}).\n", t.tidak_ada_perubahan)
        }
        DiffFormat::Human => found.iter().map(|file| human(file, t)).collect(),
        DiffFormat::Markdown if found.is_empty() => {
            format!("{} (`{compared}`).\n", t.tidak_ada_perubahan)
        }
        DiffFormat::Markdown => found.iter().map(|file| markdown(file, t)).collect(),
        DiffFormat::Json => {
            let document = DiffJson {
                dibandingkan: compared,
                berkas: found
                    .iter()
                    .map(|file| FileJson {
                        berkas: &file.berkas,
                        nama: &file.nama,
                        status: file.status,
                        perubahan: perubahan::json(&file.perubahan, t),
                    })
                    .collect(),
            };
            // Serialising strings and enums cannot fail.
            serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
        }
    }
}

/// What became of the file, in words.
fn status(file: &PerubahanBerkas, t: &Labels) -> String {
    match file.status {
        StatusBerkas::Baru => t.standar_baru.to_owned(),
        StatusBerkas::Dihapus => t.standar_dihapus.to_owned(),
        StatusBerkas::Diubah => format!("{} {}", file.perubahan.len(), t.perubahan),
    }
}

fn human(file: &PerubahanBerkas, t: &Labels) -> String {
    let mut out = format!("{} — {} ({}):\n", file.berkas, file.nama, status(file, t));
    for change in &file.perubahan {
        out.push_str(&format!("  - {}\n", change.kalimat(t)));
    }
    out
}

fn markdown(file: &PerubahanBerkas, t: &Labels) -> String {
    let name = standar::render::escape::markdown(&file.nama);
    let mut out = format!("**{name}** (`{}`, {})\n\n", file.berkas, status(file, t));
    out.push_str(&perubahan::markdown(&file.perubahan, t));
    if !file.perubahan.is_empty() {
        out.push('\n');
    }
    out
}
