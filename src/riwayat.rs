//! The history of a corpus's standards from its git repository: for each standard file, the
//! versions the branch's history holds (following first parents: the history as merged),
//! and what each changed from the one before, in the words of its page. A version that does
//! not compile is passed over (the next is compared with the last that did).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

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

/// The version of the memo's layout; a memo of another is not used.
const MEMO_FORMAT: u32 = 2;

/// What earlier builds computed, by the ids of the versions (a standard's blob and its unit
/// file's): whether a version compiles, and what changed between two. Versions are content
/// addressed, so an entry stays right for as long as it is used; a build keeps the entries
/// it used. The finished history is kept too, under the commit it was read at: a build at the
/// same commit (a rebuild with nothing committed since) reads nothing from the repository.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Memo {
    format: u32,
    bahasa: String,
    /// `blob:unit` → whether that version compiles.
    kompilasi: BTreeMap<String, bool>,
    /// `old>new` → the changes, one sentence each.
    pasangan: BTreeMap<String, Vec<String>>,
    /// The history as read at one commit.
    kepala: Option<HistoryAtHead>,
}

/// The finished history of a corpus folder at one commit.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct HistoryAtHead {
    /// The commit `HEAD` named, in hex.
    commit: String,
    /// The corpus folder within the repository.
    folder: String,
    riwayat: Riwayat,
}

impl Memo {
    /// The memo saved by an earlier build, when it is one for `bahasa` in this layout with
    /// entries of the right shape; else an empty one (everything is computed again).
    pub fn read(bytes: Option<&[u8]>, bahasa: Bahasa) -> Memo {
        bytes
            .and_then(|b| serde_json::from_slice::<Memo>(b).ok())
            .filter(|m| m.format == MEMO_FORMAT && m.bahasa == bahasa.name() && m.well_formed())
            .unwrap_or_default()
    }

    /// Every key names versions by their ids, and no sentence is longer than a page's.
    fn well_formed(&self) -> bool {
        let version = |v: &str| {
            v.split(':').count() == 2
                && v.chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '-')
        };
        let sentences_fit = |sentences: &[String]| sentences.iter().all(|s| s.len() <= 64 * 1024);
        self.kompilasi.keys().all(|k| version(k))
            && self.pasangan.iter().all(|(k, sentences)| {
                k.split_once('>')
                    .is_some_and(|(a, b)| version(a) && version(b))
                    && sentences_fit(sentences)
            })
            && self.kepala.as_ref().is_none_or(|k| {
                k.commit.chars().all(|c| c.is_ascii_hexdigit())
                    && k.riwayat.iter().all(|(id, entries)| {
                        id.contains('/') && entries.iter().all(|e| sentences_fit(&e.perubahan))
                    })
            })
    }

    /// The memo as saved.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// A version's key in the memo.
fn version_key(a: &Appearance) -> String {
    let unit = a.unit.map_or_else(|| "-".to_string(), |u| u.to_string());
    format!("{}:{unit}", a.blob)
}

/// The history of every standard below `corpus`, by `unit/slug`, and the memo to keep (none
/// when `memo` is kept as it was); empty when the folder is not in a git repository or has no
/// commits. The history cannot stop a build: a repository that cannot be read gives none.
pub fn of_corpus(
    corpus: &Path,
    bahasa: Bahasa,
    limits: &Limits,
    memo: &Memo,
) -> (Riwayat, Option<Memo>) {
    let mut used = Memo {
        format: MEMO_FORMAT,
        bahasa: bahasa.name().to_string(),
        ..Memo::default()
    };
    let Ok(repo) = Repository::discover(corpus) else {
        return (Riwayat::new(), Some(used));
    };
    let Some(folder) = repo.relative(corpus) else {
        return (Riwayat::new(), Some(used));
    };
    let head = repo.head().map(|id| id.to_string());
    if let Some(kept) = &memo.kepala
        && head.as_deref() == Some(kept.commit.as_str())
        && kept.folder == folder
    {
        return (kept.riwayat.clone(), None);
    }
    let Ok(mut commits) = repo.first_parents(MAKS_COMMIT) else {
        return (Riwayat::new(), Some(used));
    };
    commits.reverse();
    let versions = appearances(&repo, &folder, &commits);
    let t = labels(bahasa);
    let work: Vec<(String, Vec<Appearance>)> = versions.into_iter().collect();
    let shared = repo.shared();
    let results = standar::parallel::map(work, |(path, list)| {
        let file = History {
            repo: &shared.local(),
            path: &path,
            bahasa,
            limits,
            t,
            memo,
        };
        let (entries, memo) = file.entries(&list);
        (id_of(&folder, &path), entries, memo)
    });
    let mut riwayat = Riwayat::new();
    for (id, entries, memo) in results {
        used.kompilasi.extend(memo.kompilasi);
        used.pasangan.extend(memo.pasangan);
        if let Some(id) = id.filter(|_| !entries.is_empty()) {
            riwayat.insert(id, entries);
        }
    }
    used.kepala = head.map(|commit| HistoryAtHead {
        commit,
        folder,
        riwayat: riwayat.clone(),
    });
    (riwayat, Some(used))
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
            let unit = snapshot.get(&unit_file_beside(path)).copied();
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

/// The unit file in the folder of the standard file `path`.
fn unit_file_beside(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{UNIT_FILE}"),
        None => UNIT_FILE.to_string(),
    }
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

/// One standard file's history being read.
struct History<'a> {
    repo: &'a Repository,
    path: &'a str,
    bahasa: Bahasa,
    limits: &'a Limits,
    t: &'a standar::render::labels::Labels,
    memo: &'a Memo,
}

impl History<'_> {
    /// The entries of the file's history (its first version, then each that changed
    /// something) and what was computed or looked up for them.
    fn entries(&self, list: &[Appearance]) -> (Vec<EntriRiwayat>, Memo) {
        let mut used = Memo::default();
        let mut entries = Vec::new();
        // The last version that compiles, with its view once it was needed.
        let mut last: Option<(&Appearance, Option<StandardView>)> = None;
        for appearance in list {
            let key = version_key(appearance);
            let mut view = None;
            let compiles = match self.memo.kompilasi.get(&key) {
                Some(known) => *known,
                None => {
                    view = self.view_at(appearance);
                    view.is_some()
                }
            };
            used.kompilasi.insert(key.clone(), compiles);
            if !compiles {
                continue;
            }
            let tanggal = day_of(appearance.commit);
            let Some((before, before_view)) = last.take() else {
                entries.push(EntriRiwayat {
                    tanggal,
                    baru: true,
                    perubahan: Vec::new(),
                });
                last = Some((appearance, view));
                continue;
            };
            let pair = format!("{}>{key}", version_key(before));
            let changes = match self.memo.pasangan.get(&pair) {
                Some(known) => known.clone(),
                None => {
                    let old = before_view.or_else(|| self.view_at(before));
                    if view.is_none() {
                        view = self.view_at(appearance);
                    }
                    match (&old, &view) {
                        (Some(old), Some(new)) => perubahan::between(old, new, self.t)
                            .iter()
                            .map(|c| c.kalimat(self.t))
                            .collect(),
                        _ => Vec::new(),
                    }
                }
            };
            used.pasangan.insert(pair, changes.clone());
            if !changes.is_empty() {
                entries.push(EntriRiwayat {
                    tanggal,
                    baru: false,
                    perubahan: changes,
                });
            }
            last = Some((appearance, view));
        }
        (entries, used)
    }

    /// The page's view of the file as it was in a commit; none when it does not compile.
    fn view_at(&self, appearance: &Appearance) -> Option<StandardView> {
        view_at(self.repo, self.path, appearance, self.bahasa, self.limits)
    }
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
        let unit_path = unit_file_beside(path);
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
