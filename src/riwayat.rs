//! The history of a corpus's standards from its git repository: for each standard file, the
//! versions the branch's history holds (following first parents: the history as merged),
//! and what each changed from the one before, in the words of its page. A version that does
//! not compile is passed over (the next is compared with the last that did).

use std::collections::BTreeMap;
use std::path::Path;

use gix::ObjectId;
use standar::corpus::{SITE_FILE, UNIT_FILE};
use standar::model::situs::Bahasa;
use standar::model::waktu::Tanggal;
use standar::parse::Limits;
use standar::pipeline::perubahan::{Versi, view_of};
use standar::render::labels::labels;
use standar::render::perubahan;
use standar::render::view::{EntriRiwayat, Riwayat, StandardView};

use crate::git::{Commit, Repository};

/// The most commits read: a corpus's history for years of weekly changes.
const MAKS_COMMIT: usize = 2_000;

/// One version of a standard file: the commit it appeared in, its blob and its unit file's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Appearance {
    commit: Commit,
    blob: ObjectId,
    unit: Option<ObjectId>,
}

/// The history of every standard below `corpus`, by `unit/slug`; empty when the folder is
/// not in a git repository or has no commits. The history cannot stop a build: a repository
/// that cannot be read gives none.
pub fn of_corpus(corpus: &Path, bahasa: Bahasa, limits: &Limits) -> Riwayat {
    let Ok(repo) = Repository::discover(corpus) else {
        return Riwayat::new();
    };
    let Some(folder) = repo.relative(corpus) else {
        return Riwayat::new();
    };
    let Ok(mut commits) = repo.first_parents(MAKS_COMMIT) else {
        return Riwayat::new();
    };
    commits.reverse();
    let versions = appearances(&repo, &folder, &commits);
    let t = labels(bahasa);
    let work: Vec<(String, Vec<Appearance>)> = versions.into_iter().collect();
    let shared = repo.shared();
    let entries = standar::parallel::map(work, |(path, list)| {
        let entries = entries_of(&shared.local(), &path, &list, bahasa, limits, t);
        (id_of(&folder, &path), entries)
    });
    entries
        .into_iter()
        .filter_map(|(id, entries)| Some((id?, entries)))
        .filter(|(_, entries)| !entries.is_empty())
        .collect()
}

/// Every standard file's versions, oldest first: a new one wherever the file or its unit
/// file changed.
fn appearances(
    repo: &Repository,
    folder: &str,
    commits: &[Commit],
) -> BTreeMap<String, Vec<Appearance>> {
    let mut versions: BTreeMap<String, Vec<Appearance>> = BTreeMap::new();
    let mut previous = None;
    for commit in commits {
        let Ok(snapshot) = repo.files(&commit.id.to_string(), folder) else {
            continue;
        };
        if previous.as_ref() == Some(&snapshot) {
            continue;
        }
        for (path, blob) in &snapshot {
            if !is_standard(path) {
                continue;
            }
            let unit_path = match path.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{UNIT_FILE}"),
                None => UNIT_FILE.to_string(),
            };
            let unit = snapshot.get(&unit_path).copied();
            let list = versions.entry(path.clone()).or_default();
            if list
                .last()
                .is_none_or(|last| last.blob != *blob || last.unit != unit)
            {
                list.push(Appearance {
                    commit: *commit,
                    blob: *blob,
                    unit,
                });
            }
        }
        previous = Some(snapshot);
    }
    versions
}

/// A standard file, not a unit or site file.
fn is_standard(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    (name.ends_with(".yaml") || name.ends_with(".yml")) && name != UNIT_FILE && name != SITE_FILE
}

/// `unit/slug` of a standard file below `folder`.
fn id_of(folder: &str, path: &str) -> Option<String> {
    let inside = match folder {
        "" => path,
        _ => path.strip_prefix(folder)?.strip_prefix('/')?,
    };
    let stem = inside
        .strip_suffix(".yaml")
        .or_else(|| inside.strip_suffix(".yml"))?;
    stem.contains('/').then(|| stem.to_string())
}

/// The entries of one file's history: its first version, then each that changed something.
fn entries_of(
    repo: &Repository,
    path: &str,
    list: &[Appearance],
    bahasa: Bahasa,
    limits: &Limits,
    t: &standar::render::labels::Labels,
) -> Vec<EntriRiwayat> {
    let mut entries = Vec::new();
    let mut last: Option<StandardView> = None;
    for appearance in list {
        let Some(view) = view_at(repo, path, appearance, bahasa, limits) else {
            continue;
        };
        let tanggal = day_of(appearance.commit);
        match &last {
            None => entries.push(EntriRiwayat {
                tanggal,
                baru: true,
                perubahan: Vec::new(),
            }),
            Some(before) => {
                let changes: Vec<String> = perubahan::between(before, &view, t)
                    .iter()
                    .map(|c| c.kalimat(t))
                    .collect();
                if !changes.is_empty() {
                    entries.push(EntriRiwayat {
                        tanggal,
                        baru: false,
                        perubahan: changes,
                    });
                }
            }
        }
        last = Some(view);
    }
    entries
}

/// The page's view of a file as it was in a commit; none when it does not compile.
fn view_at(
    repo: &Repository,
    path: &str,
    appearance: &Appearance,
    bahasa: Bahasa,
    limits: &Limits,
) -> Option<StandardView> {
    let bytes = repo.read(path, appearance.blob, limits).ok()?;
    let unit = appearance.unit.and_then(|id| {
        let unit_path = match path.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{UNIT_FILE}"),
            None => UNIT_FILE.to_string(),
        };
        let bytes = repo.read(&unit_path, id, limits).ok()?;
        Some((unit_path, bytes))
    });
    let version = Versi {
        path: format!("{}:{path}", appearance.commit.id.to_hex_with_len(7)),
        bytes,
        unit,
    };
    view_of(version, bahasa).ok()
}

/// The day of a commit where it was made (its committer's offset from UTC).
fn day_of(commit: Commit) -> Tanggal {
    let local = commit.detik.saturating_add(i64::from(commit.offset));
    Tanggal::dari_hari_unix(local.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standards_are_named_by_their_unit_and_slug() {
        assert_eq!(
            id_of("standards", "standards/dinas/sku.yaml").as_deref(),
            Some("dinas/sku")
        );
        assert_eq!(id_of("", "dinas/sku.yml").as_deref(), Some("dinas/sku"));
        assert_eq!(id_of("standards", "lain/dinas/sku.yaml"), None);
        assert!(is_standard("standards/dinas/sku.yaml"));
        assert!(!is_standard("standards/dinas/_unit.yaml"));
        assert!(!is_standard("standards/_situs.yaml"));
    }
}
