//! The spare site: a second copy of the site in the cache, which a build brings up to date
//! (writing only files whose bytes changed, linking unchanged ones from the published site,
//! removing what is gone) and then exchanges with the published site. What it holds is read
//! back from disk, so it is checked: its record, its journal, and every entry in it (only
//! regular files and folders, only files its record or journal names). A spare that fails
//! is removed with a warning, and the build fills a new one.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};

use standar::pipeline::record::{self, Hash, Record};

use super::cache::Cache;
use super::folder::{EntryKind, Folder};
use super::journal::Journal;
use super::site::{MANIFEST, generation_of};

/// What the spare site holds: the files of its record, except those the journal names.
#[derive(Default)]
pub struct SpareState {
    /// Its record's files, when its record is known.
    pub record: Option<Record>,
    /// What the journal names: files, and folders (ending in `/`) whose files are all unknown.
    pub touched: HashSet<String>,
    /// The files found in the folders the journal names.
    found: Vec<String>,
}

impl SpareState {
    /// The hash of the spare's file at `path`, when known.
    pub fn hash(&self, path: &str) -> Option<Hash> {
        if self.is_touched(path) {
            return None;
        }
        self.record.as_ref()?.berkas.get(path).copied()
    }

    /// Whether the journal names `path` or its folder.
    pub fn is_touched(&self, path: &str) -> bool {
        if self.touched.is_empty() {
            return false;
        }
        self.touched.contains(path)
            || path
                .rsplit_once('/')
                .is_some_and(|(folder, _)| self.touched.contains(&format!("{folder}/")))
    }

    /// How the site `new` differs from the spare: the paths whose file the spare lacks or
    /// may not have right, and the paths that may hold a file in the spare but not in `new`.
    pub fn differences<'a>(
        &'a self,
        new: &'a BTreeMap<String, Hash>,
    ) -> (Vec<&'a String>, Vec<&'a String>) {
        static NOTHING: BTreeMap<String, Hash> = BTreeMap::new();
        let known = self.record.as_ref().map_or(&NOTHING, |r| &r.berkas);
        let (mut changed, mut gone) = record::differences(known, new);
        if !self.touched.is_empty() {
            // Unknown contents: every touched path of `new` is filled again.
            changed = new
                .iter()
                .filter(|(path, hash)| self.hash(path) != Some(**hash))
                .map(|(path, _)| path)
                .collect();
            let unknown = self.touched.iter().filter(|p| !p.ends_with('/'));
            gone.extend(unknown.chain(&self.found).filter(|p| !new.contains_key(*p)));
            gone.sort_unstable();
            gone.dedup();
        }
        (changed, gone)
    }

    /// A spare with nothing known in it (new, or made empty).
    pub fn fresh(&self) -> bool {
        self.record.is_none()
    }
}

/// What the spare site of `cache` holds, and why it was removed when it could not be
/// believed (a warning for the officer). `known` is a record already read, with its
/// generation: when the spare is that generation, its files are taken from there.
pub fn spare_state(
    cache: &Cache,
    known: Option<(Hash, &Record)>,
) -> io::Result<(SpareState, Option<String>)> {
    let spare = cache.spare_path();
    let record = match known {
        Some((generation, record)) if generation_of(&spare) == Some(generation) => {
            Ok(Some(Record {
                berkas: record.berkas.clone(),
                ..Record::default()
            }))
        }
        _ => cache
            .record_of(&spare, false)
            .map(|found| found.map(|(record, _)| record)),
    };
    let checked = record.and_then(|record| {
        let Some(record) = record else {
            return Ok(None);
        };
        let touched = cache.journal_entries()?;
        let folder = cache.spare().map_err(|e| e.to_string())?;
        let generation = record.generation();
        let found = match cache.checked_at(generation) {
            Some(at) if touched.is_empty() && unchanged_since(&folder, &record, at) => Vec::new(),
            _ => strangers(&folder, &record, &touched)?,
        };
        Ok(Some(SpareState {
            record: Some(record),
            touched,
            found,
        }))
    });
    match checked {
        Ok(Some(state)) => Ok((state, None)),
        Ok(None) => {
            cache.forget_spare()?;
            Ok((SpareState::default(), None))
        }
        Err(why) => {
            cache.forget_spare()?;
            Ok((SpareState::default(), Some(why)))
        }
    }
}

/// Whether no folder of the spare (its root and every folder its record names) changed after
/// `at`, the time the build that left it last had it checked and whole: a folder's change
/// time moves whenever an entry is added, removed or replaced in it, and no one can set it
/// back (unlike the modification time, which a restored archive sets). Then the spare holds
/// what it held, and is not read again folder by folder.
fn unchanged_since(spare: &Folder, record: &Record, at: std::time::SystemTime) -> bool {
    let mut folders: BTreeSet<&str> = BTreeSet::from([""]);
    let mut previous = None;
    for path in record.berkas.keys() {
        let Some((folder, _)) = path.rsplit_once('/') else {
            continue;
        };
        // Sorted paths: a folder's files come together; its parents are added once.
        if previous == Some(folder) {
            continue;
        }
        previous = Some(folder);
        let mut parent = folder;
        while folders.insert(parent) {
            match parent.rsplit_once('/') {
                Some((up, _)) => parent = up,
                None => break,
            }
        }
    }
    folders
        .iter()
        .all(|folder| spare.changed(folder).is_ok_and(|changed| changed <= at))
}

/// Checks every entry of the spare against its record and journal: the files found in the
/// folders the journal names, or why the spare cannot be believed (a link, a pipe, a file
/// neither names).
fn strangers(
    spare: &Folder,
    record: &Record,
    touched: &HashSet<String>,
) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let entries = spare
        .walk(false)
        .map_err(|e| format!("situs cadangan tidak dapat diperiksa: {e}"))?;
    for entry in entries {
        match entry.kind {
            EntryKind::Folder => continue,
            EntryKind::Other => {
                return Err(format!(
                    "situs cadangan memuat `{}` yang bukan berkas biasa (tautan simbolik, pipa atau perangkat)",
                    entry.path.escape_debug()
                ));
            }
            EntryKind::File => {}
        }
        let in_touched = !touched.is_empty()
            && (touched.contains(&entry.path)
                || entry
                    .path
                    .rsplit_once('/')
                    .is_some_and(|(folder, _)| touched.contains(&format!("{folder}/"))));
        if in_touched {
            found.push(entry.path);
        } else if entry.path != MANIFEST && !record.berkas.contains_key(&entry.path) {
            return Err(format!(
                "situs cadangan memuat `{}` yang tidak tercatat",
                entry.path.escape_debug()
            ));
        }
    }
    Ok(found)
}

/// The spare site being brought up to date: every path is noted in the journal before it is
/// touched, and a file is replaced, never written into (it may be a link to the published
/// site's file).
pub struct SpareSite {
    folder: Folder,
    /// None for a spare with nothing known in it: a kill leaves it without a record, and the
    /// next build starts it afresh, so nothing needs noting.
    journal: Option<Journal>,
    /// Paths written by this build, when asked to keep them (not for a build that carries
    /// nothing over, where every file is written: half a million paths at 100,000 standards).
    written: Option<Mutex<HashSet<String>>>,
    /// Whether any file of the spare was replaced, linked or removed.
    touched: AtomicBool,
    files_written: AtomicUsize,
}

/// Fault injection for the tests of a build that dies while writing:
/// `STANDAR_UJI_HENTI_SETELAH=N` ends the process after N files, at once and without cleaning
/// up, as a kill would (no waiting for the right moment to kill).
fn stop_for_test(count: &AtomicUsize) {
    static AFTER: LazyLock<Option<usize>> = LazyLock::new(|| {
        std::env::var("STANDAR_UJI_HENTI_SETELAH")
            .ok()
            .and_then(|n| n.parse().ok())
    });
    if let Some(after) = *AFTER
        && count.fetch_add(1, Ordering::SeqCst) + 1 >= after
    {
        std::process::abort();
    }
}

impl SpareSite {
    /// The spare site in `folder`, its changes noted in `journal`; with `track`, which paths
    /// were written is kept for [`SpareSite::wrote`].
    pub fn new(folder: Folder, journal: Option<Journal>, track: bool) -> Self {
        Self {
            folder,
            journal,
            written: track.then(|| Mutex::new(HashSet::new())),
            touched: AtomicBool::new(false),
            files_written: AtomicUsize::new(0),
        }
    }

    /// The spare site's folder.
    pub fn folder(&self) -> &Folder {
        &self.folder
    }

    /// Whether this build changed anything in the spare site.
    pub fn touched(&self) -> bool {
        self.touched.load(Ordering::SeqCst)
    }

    /// Whether this build wrote `relative` (always, when written paths are not kept).
    pub fn wrote(&self, relative: &str) -> bool {
        self.written.as_ref().is_none_or(|written| {
            written
                .lock()
                .is_ok_and(|written| written.contains(relative))
        })
    }

    /// Notes that another program (Chromium) is about to write `relative`.
    pub fn expect(&self, relative: &str) -> io::Result<()> {
        self.clear(relative)?;
        self.mark(relative);
        Ok(())
    }

    fn mark(&self, relative: &str) {
        if let Some(Ok(mut written)) = self.written.as_ref().map(Mutex::lock) {
            written.insert(relative.to_string());
        }
    }

    /// Notes `relative` in the journal and removes the spare's file there, if any.
    fn clear(&self, relative: &str) -> io::Result<()> {
        self.touched.store(true, Ordering::SeqCst);
        if let Some(journal) = &self.journal {
            journal.note(relative)?;
        }
        self.folder.remove_file(relative)
    }

    /// Writes one file (path relative to the site root, `/`-separated). Safe to call from
    /// several threads; folders are created on the first file written into them.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> io::Result<()> {
        self.clear(relative)?;
        self.folder.write_new(relative, bytes)?;
        self.mark(relative);
        stop_for_test(&self.files_written);
        Ok(())
    }

    /// Makes `relative` a link to the same file of the published site `from`.
    pub fn link(&self, from: &Folder, relative: &str) -> io::Result<()> {
        self.clear(relative)?;
        self.folder.link_from(from, relative)?;
        stop_for_test(&self.files_written);
        Ok(())
    }

    /// Removes `relative`, and the folders it leaves empty.
    pub fn remove(&self, relative: &str) -> io::Result<()> {
        self.clear(relative)?;
        self.folder.remove_pruning(relative)?;
        stop_for_test(&self.files_written);
        Ok(())
    }
}

/// Fills the empty folder `to` with hard links to the files `paths` of the site in `from`,
/// its `.standar-situs` last (a copy stopped halfway has none, so is never taken for whole).
pub fn link_copy<'a>(
    from: &Folder,
    to: &Folder,
    paths: impl Iterator<Item = &'a String>,
) -> io::Result<()> {
    let paths: Vec<&String> = paths.collect();
    let folders: BTreeSet<&str> = paths
        .iter()
        .filter_map(|p| p.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    for folder in folders {
        to.sub(folder)?;
    }
    let chunks: Vec<&[&String]> = paths.chunks(4096).collect();
    let results = standar::parallel::map(chunks, |chunk| {
        chunk.iter().try_for_each(|path| to.link_from(from, path))
    });
    results.into_iter().collect::<io::Result<()>>()?;
    to.link_from(from, MANIFEST)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::site::write_manifest;

    fn spare_of(dir: &std::path::Path) -> (Cache, Record) {
        let (cache, _) = Cache::open(&dir.join("t"), 1, 2).expect("opens");
        let spare = cache.spare().expect("spare");
        let mut record = Record::default();
        for (path, hash) in [("a/index.html", 7), ("b/index.html", 8)] {
            spare.write_new(path, b"x").expect("write");
            std::sync::Arc::make_mut(&mut record.berkas).insert(path.into(), hash);
        }
        let generation = cache.save(&record).expect("saved");
        write_manifest(&spare, cache.folder(), &record, generation).expect("list");
        (cache, record)
    }

    #[test]
    fn the_journal_makes_touched_paths_unknown() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cache, _) = spare_of(dir.path());
        cache
            .open_journal()
            .expect("journal")
            .note("a/index.html")
            .expect("noted");
        let (state, warning) = spare_state(&cache, None).expect("state");
        assert_eq!(warning, None);
        assert_eq!(state.hash("a/index.html"), None);
        assert_eq!(state.hash("b/index.html"), Some(8));
        cache.close_journal().expect("closed");
        let (state, _) = spare_state(&cache, None).expect("state");
        assert_eq!(state.hash("a/index.html"), Some(7));
    }

    #[cfg(unix)]
    #[test]
    fn a_spare_marked_whole_is_read_again_once_a_folder_changed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cache, record) = spare_of(dir.path());
        cache.mark_checked(record.generation()).expect("marked");
        let (state, warning) = spare_state(&cache, None).expect("state");
        assert_eq!((state.fresh(), warning), (false, None));
        // Planted after the mark: the folder's change time moved, so it is read, and found.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(cache.spare_path().join("a/forged.html"), "x").expect("write");
        let (state, warning) = spare_state(&cache, None).expect("state");
        assert!(state.fresh() && warning.is_some_and(|w| w.contains("forged.html")));
    }

    #[cfg(unix)]
    #[test]
    fn a_spare_with_a_link_or_an_unrecorded_file_is_removed_with_a_warning() {
        let dir = tempfile::tempdir().expect("temp dir");
        let outside = dir.path().join("outside");
        std::fs::create_dir(&outside).expect("mkdir");
        std::fs::write(outside.join("private.txt"), "secret").expect("write");
        for plant in ["link", "file"] {
            let (cache, _) = spare_of(dir.path());
            let spare = cache.spare_path();
            match plant {
                "link" => {
                    std::fs::remove_dir_all(spare.join("b")).expect("rm");
                    std::os::unix::fs::symlink(&outside, spare.join("b")).expect("link");
                }
                _ => std::fs::write(spare.join("a/forged.html"), "x").expect("write"),
            }
            let (state, warning) = spare_state(&cache, None).expect("state");
            assert!(state.fresh(), "{plant}");
            assert!(warning.is_some(), "{plant}");
            assert!(!spare.exists(), "{plant}");
            assert!(outside.join("private.txt").exists(), "{plant}");
        }
    }
}
