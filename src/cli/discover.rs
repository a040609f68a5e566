//! The corpus on disk: the YAML files named on the command line, read when asked.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use standar::corpus::aset::{Asset, AssetLimits};
use standar::corpus::{
    Discovered, Entry, Files, SITE_FILE, SiteConfig, Stamp, UNIT_FILE, too_large,
};
use standar::diagnostic::{Code, Diagnostic};
use standar::parse::Limits;
use standar::source::SourceFile;

pub use super::jalur::display;

/// The files and folders named on the command line.
pub struct DiskFiles {
    paths: Vec<PathBuf>,
}

impl DiskFiles {
    /// The corpus below these files and folders.
    pub fn new(paths: &[PathBuf]) -> Self {
        DiskFiles {
            paths: paths.to_vec(),
        }
    }
}

impl Files for DiskFiles {
    type Handle = PathBuf;

    fn discover(&self) -> Discovered<PathBuf> {
        discover(&self.paths)
    }

    fn read(&self, entry: &Entry<PathBuf>, limits: &Limits) -> Result<Vec<u8>, Diagnostic> {
        read(entry, limits)
    }

    fn stamp(&self, entry: &Entry<PathBuf>) -> Stamp {
        let meta = fs::metadata(&entry.payload).ok();
        let modified = meta
            .as_ref()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        (meta.map_or(0, |m| m.len()), modified)
    }

    fn assets(
        &self,
        settings: &SiteConfig,
        name: &str,
        limits: &AssetLimits,
    ) -> Result<Vec<Asset>, Vec<Diagnostic>> {
        super::aset::beside_settings(settings, name, limits)
    }
}

/// Finds every `.yaml`/`.yml` file (and `.csv` file of survey answers) below the given folders, and the given files themselves.
///
/// A folder argument is a corpus root: its files are identified relative to it, unless it
/// holds standards itself (then it is a unit folder, identified by its name). A file argument
/// is identified by its folder name, and its folder's `_unit.yaml` is taken along so that
/// inheritance works when checking a single file; `_situs.yaml` is the site file of the
/// folder it lies in (a pre-commit hook passes it alone when it changes).
fn discover(paths: &[PathBuf]) -> Discovered<PathBuf> {
    let mut found: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
    let mut problems = Vec::new();
    for path in paths {
        match fs::symlink_metadata(path) {
            Err(error) => problems.push(io_problem(path, &error)),
            Ok(meta) if meta.is_dir() => walk(path, &mut found, &mut problems),
            Ok(meta) if meta.file_type().is_symlink() => problems.push(link_problem(path)),
            Ok(_) => {
                // The site file belongs to the corpus root it lies in, not to a unit folder.
                let relative = if path.file_name().is_some_and(|n| n == SITE_FILE) {
                    SITE_FILE.to_string()
                } else {
                    relative_to_parent(path)
                };
                found.insert(display(path), (path.clone(), relative));
                if let Some(folder) = path.parent() {
                    let unit = folder.join(UNIT_FILE);
                    if unit.is_file() && !unit.is_symlink() {
                        let relative = relative_to_parent(&unit);
                        found.entry(display(&unit)).or_insert((unit, relative));
                    }
                }
            }
        }
    }
    let entries = found
        .into_iter()
        .map(|(path, (payload, relative))| Entry {
            path,
            relative,
            payload,
        })
        .collect();
    Discovered { entries, problems }
}

/// Reads one found file, unless it is larger than the limit or not a regular file.
fn read(entry: &Entry<PathBuf>, limits: &Limits) -> Result<Vec<u8>, Diagnostic> {
    let meta = fs::metadata(&entry.payload).map_err(|error| io_problem(&entry.payload, &error))?;
    if !meta.is_file() {
        // A pipe or device would block or never end.
        let error = std::io::Error::new(std::io::ErrorKind::InvalidInput, "bukan berkas biasa");
        return Err(io_problem(&entry.payload, &error));
    }
    if meta.len() > limits.max_file_bytes as u64 {
        return Err(too_large(&entry.path, meta.len(), limits));
    }
    fs::read(&entry.payload).map_err(|error| io_problem(&entry.payload, &error))
}

fn walk(
    root: &Path,
    found: &mut BTreeMap<String, (PathBuf, String)>,
    problems: &mut Vec<Diagnostic>,
) {
    // A unit folder is identified by its name, so that `standar check standards/dinas-x`
    // works like `standar check standards`.
    let prefix = if is_unit_folder(root) {
        root.canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| format!("{}/", n.to_string_lossy())))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().unwrap_or(root).to_path_buf();
                let io = error
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("loop"));
                problems.push(io_problem(&path, &io));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_symlink() {
            // Links are never followed: a loop or a link out of the corpus cannot lead anywhere.
            problems.push(link_problem(path));
            continue;
        }
        // Survey answers (`.csv`) belong to the unit folder they lie in.
        let is_input = name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".csv");
        if !is_input || entry.file_type().is_dir() {
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .map(|p| format!("{prefix}{p}"))
            .unwrap_or_else(|_| name.to_string());
        found.insert(display(path), (path.to_path_buf(), relative));
    }
}

/// Whether a folder given on the command line is one unit rather than a corpus root: it holds
/// a `_unit.yaml`, or it holds standards and no subfolders. A corpus root holds `_situs.yaml`
/// or unit folders; a stray standard beside them is then reported, not made into a unit.
fn is_unit_folder(folder: &Path) -> bool {
    let Ok(entries) = fs::read_dir(folder) else {
        return false;
    };
    let (mut standards, mut subfolders) = (false, false);
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        match name.as_str() {
            SITE_FILE => return false,
            UNIT_FILE => return true,
            _ if name.ends_with(".yaml") || name.ends_with(".yml") => standards = true,
            _ => subfolders |= entry.file_type().is_ok_and(|t| t.is_dir()),
        }
    }
    standards && !subfolders
}

fn relative_to_parent(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = path.canonicalize().ok().and_then(|p| {
        p.parent()
            .and_then(|f| f.file_name())
            .map(|f| f.to_string_lossy().into_owned())
    });
    match folder {
        Some(folder) => format!("{folder}/{name}"),
        None => name,
    }
}

fn io_problem(path: &Path, error: &std::io::Error) -> Diagnostic {
    let file = SourceFile::new(display(path), "");
    let reason = match error.kind() {
        std::io::ErrorKind::NotFound => "tidak ada".to_string(),
        std::io::ErrorKind::PermissionDenied => "tidak boleh dibaca (izin ditolak)".to_string(),
        std::io::ErrorKind::InvalidInput => {
            "bukan berkas biasa (pipa, soket atau perangkat)".to_string()
        }
        _ => format!("tidak dapat dibaca ({error})"),
    };
    Diagnostic::new(
        Code::FileUnreadable,
        &file,
        format!("`{}` {reason}", display(path)),
    )
    .help("periksa nama dan izin berkas atau folder ini")
}

fn link_problem(path: &Path) -> Diagnostic {
    let file = SourceFile::new(display(path), "");
    Diagnostic::new(
        Code::FileUnreadable,
        &file,
        format!(
            "`{}` adalah tautan simbolik; `standar` tidak mengikuti tautan",
            display(path)
        ),
    )
    .help("salin berkasnya ke folder unit, jangan ditautkan")
}
