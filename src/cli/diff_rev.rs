//! `standar diff --rev A..B [FOLDER…]`: the standard files of two revisions of the corpus's
//! git repository (or of a revision and the files on disk), paired by path, each with the
//! unit file beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use standar::corpus::{Files, UNIT_FILE};
use standar::parse::Limits;
use standar::pipeline::perubahan::Versi;

use super::discover::DiskFiles;
use crate::git::{GitError, Repository, Snapshot};

/// One standard file at both sides; `None` where it is absent.
pub struct Pair {
    pub path: String,
    pub old: Option<Versi>,
    pub new: Option<Versi>,
}

/// Where a side of the comparison is read from.
enum Side {
    /// A commit's files (`HEAD~1:standards/…` in messages).
    Revision { label: String, files: Snapshot },
    /// The files on disk now, by their path in the repository.
    Disk(BTreeMap<String, PathBuf>),
}

/// The pairs of every standard file below `paths` that differs between the sides of `spec`
/// (`A..B`, `A..` for `A..HEAD`, `A...B` from where A and B diverged, or `A` for A against
/// the files on disk).
pub fn pairs(spec: &str, paths: &[PathBuf], limits: &Limits) -> Result<Vec<Pair>, String> {
    let repo = Repository::discover(paths.first().map_or(Path::new("."), PathBuf::as_path))
        .map_err(|e| e.to_string())?;
    let folders = paths
        .iter()
        .map(|path| {
            repo.relative(path).ok_or_else(|| {
                format!(
                    "`{}` tidak ada atau tidak berada di repositori git yang sama",
                    path.display()
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let head = |side: &str| {
        if side.is_empty() {
            "HEAD".to_owned()
        } else {
            side.to_owned()
        }
    };
    let (old, new) = if let Some((old, new)) = spec.split_once("...") {
        // From where the branches diverged, as a pull request shows its changes.
        let (old, new) = (head(old), head(new));
        (
            repo.merge_base(&old, &new).map_err(|e| e.to_string())?,
            Some(new),
        )
    } else if let Some((old, new)) = spec.split_once("..") {
        (head(old), Some(head(new)))
    } else {
        (spec.to_owned(), None)
    };
    let old = revision(&repo, &old, &folders).map_err(|e| e.to_string())?;
    let new = match new {
        Some(new) => revision(&repo, &new, &folders).map_err(|e| e.to_string())?,
        None => on_disk(&repo, paths),
    };
    let mut found = Vec::new();
    for path in standard_paths(&old).union(&standard_paths(&new)) {
        if unchanged(&old, &new, path) {
            continue;
        }
        found.push(Pair {
            path: path.clone(),
            old: version(&repo, &old, path, limits).map_err(|e| e.to_string())?,
            new: version(&repo, &new, path, limits).map_err(|e| e.to_string())?,
        });
    }
    Ok(found)
}

fn revision(repo: &Repository, spec: &str, folders: &[String]) -> Result<Side, GitError> {
    let mut files = Snapshot::new();
    for folder in folders {
        files.extend(repo.files(spec, folder)?);
        // A file named alone is read with the unit file beside it, as `standar check` does.
        if is_yaml(folder) {
            files.extend(repo.files(spec, &unit_of(folder))?);
        }
    }
    Ok(Side::Revision {
        label: spec.to_owned(),
        files,
    })
}

/// The YAML files below `paths` as `standar check` finds them, by path in the repository.
fn on_disk(repo: &Repository, paths: &[PathBuf]) -> Side {
    let found = DiskFiles::new(paths).discover();
    Side::Disk(
        found
            .entries
            .into_iter()
            .filter_map(|entry| Some((repo.relative(&entry.payload)?, entry.payload)))
            .collect(),
    )
}

/// The standard files of a side: YAML files other than the unit and site files.
fn standard_paths(side: &Side) -> BTreeSet<String> {
    let paths: Vec<&String> = match side {
        Side::Revision { files, .. } => files.keys().collect(),
        Side::Disk(files) => files.keys().collect(),
    };
    paths
        .into_iter()
        .filter(|path| {
            let name = path.rsplit('/').next().unwrap_or_default();
            is_yaml(name) && !name.starts_with('_')
        })
        .cloned()
        .collect()
}

/// Whether the path names a YAML file.
fn is_yaml(path: &str) -> bool {
    path.ends_with(".yaml") || path.ends_with(".yml")
}

/// The unit file beside a standard file.
fn unit_of(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/{UNIT_FILE}"),
        None => UNIT_FILE.to_owned(),
    }
}

/// Whether two revisions hold the same standard and unit file (the same objects), so that
/// nothing needs reading.
fn unchanged(old: &Side, new: &Side, path: &str) -> bool {
    let (Side::Revision { files: old, .. }, Side::Revision { files: new, .. }) = (old, new) else {
        return false;
    };
    let unit = unit_of(path);
    old.get(path) == new.get(path) && old.get(&unit) == new.get(&unit)
}

/// The standard `path` and its unit file at one side, when the side has it.
fn version(
    repo: &Repository,
    side: &Side,
    path: &str,
    limits: &Limits,
) -> Result<Option<Versi>, GitError> {
    let unit = unit_of(path);
    let read = |path: &str| -> Result<Option<(String, Vec<u8>)>, GitError> {
        match side {
            Side::Revision { label, files } => files
                .get(path)
                .map(|id| Ok((format!("{label}:{path}"), repo.read(path, *id, limits)?)))
                .transpose(),
            Side::Disk(files) => files
                .get(path)
                .map(|disk| {
                    let bytes = read_disk(disk, path, limits)?;
                    Ok((super::discover::display(disk), bytes))
                })
                .transpose(),
        }
    };
    let Some((shown, bytes)) = read(path)? else {
        return Ok(None);
    };
    Ok(Some(Versi {
        path: shown,
        bytes,
        unit: read(&unit)?,
    }))
}

/// A file on disk within the limit of one file; `path` is how messages name it.
pub fn read_disk(disk: &Path, path: &str, limits: &Limits) -> Result<Vec<u8>, GitError> {
    let object = |reason: String| GitError::Object {
        path: path.to_owned(),
        reason,
    };
    let size = fs::metadata(disk).map_err(|e| object(e.to_string()))?.len();
    if size > limits.max_file_bytes as u64 {
        return Err(GitError::TooLarge {
            path: path.to_owned(),
            size,
            limit: limits.max_file_bytes,
        });
    }
    fs::read(disk).map_err(|e| object(e.to_string()))
}
