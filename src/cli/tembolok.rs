//! The build cache (`--cache`, by default `.<site>.tembolok` beside the site): the records of
//! the builds (what produced every file), and the spare site, a second copy of the site that
//! the next build brings up to date and then exchanges with the published one.
//!
//! ```text
//! <cache>/kunci                 lock: one build at a time
//! <cache>/situs/                the spare site (its files mostly hard links to the site's)
//! <cache>/jurnal                paths of the spare site touched since its list was written
//! <cache>/catatan/<gen>.berkas  every file of a site generation with its hash
//! <cache>/catatan/<gen>.json    the units of that generation: inputs, outputs, index part
//! ```
//!
//! A site's `.standar-situs` names its generation, so the site and the spare each find their
//! record after they were exchanged. A path is written to the journal before the spare's
//! file there is touched: after a kill, the spare's record minus the journal is still true.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use standar::pipeline::record::{self, Hash, Record};

use super::write::{MANIFEST, MANIFEST_HEADER, parent_and_name};

/// The line of `.standar-situs` that names the site's generation.
const GENERATION: &str = "# generasi ";

/// An open cache, locked for this build.
pub struct Cache {
    dir: PathBuf,
    _lock: fs::File,
}

/// What the spare site holds: the files of its record, except those the journal names.
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

/// The default cache of a site folder: `.<name>.tembolok` beside it.
pub fn default_dir(out: &Path) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.tembolok"))
}

impl Cache {
    /// Opens (creating it) and locks the cache; waits, saying so, while another build holds it.
    pub fn open(dir: &Path) -> std::io::Result<Cache> {
        fs::create_dir_all(dir.join("catatan"))?;
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("kunci"))?;
        if lock.try_lock().is_err() {
            eprintln!(
                "standar: menunggu build lain yang memakai tembolok `{}` selesai…",
                super::discover::display(dir)
            );
            lock.lock()?;
        }
        Ok(Cache {
            dir: dir.to_path_buf(),
            _lock: lock,
        })
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The spare site.
    pub fn spare(&self) -> PathBuf {
        self.dir.join("situs")
    }

    fn journal(&self) -> PathBuf {
        self.dir.join("jurnal")
    }

    fn record_path(&self, generation: Hash, extension: &str) -> PathBuf {
        self.dir
            .join("catatan")
            .join(format!("{generation:016x}.{extension}"))
    }

    /// Forgets the spare site: the next build makes it again from the site.
    pub fn forget_spare(&self) -> std::io::Result<()> {
        remove_if_present(&self.spare())?;
        remove_if_present(&self.journal())
    }

    /// The record of the site in `root` (its files and, with `units`, its units), when its
    /// `.standar-situs` names a generation whose record is in the cache.
    pub fn record_of(&self, root: &Path, units: bool) -> Option<Record> {
        let generation = generation_of(root)?;
        let mut record = Record::default();
        if units {
            let text = fs::read(self.record_path(generation, "json")).ok()?;
            record = serde_json::from_slice(&text).ok()?;
        }
        let text = fs::read_to_string(self.record_path(generation, "berkas")).ok()?;
        // Written sorted: collected into the map in one pass.
        record.berkas = text
            .lines()
            .map(|line| {
                let (hash, path) = line.split_once(' ')?;
                Some((path.to_string(), Hash::from_str_radix(hash, 16).ok()?))
            })
            .collect::<Option<_>>()?;
        (record.generation() == generation).then_some(record)
    }

    /// What the spare site holds; a spare whose record is lost is removed. `known` is a
    /// record already read, with its generation: when the spare is that generation, its files
    /// are taken from there rather than read again.
    pub fn spare_state(&self, known: Option<(Hash, &Record)>) -> std::io::Result<SpareState> {
        let spare = self.spare();
        let record = match known {
            Some((generation, record)) if generation_of(&spare) == Some(generation) => {
                Some(Record {
                    berkas: record.berkas.clone(),
                    ..Record::default()
                })
            }
            _ => self.record_of(&spare, false),
        };
        if record.is_none() {
            remove_if_present(&spare)?;
            remove_if_present(&self.journal())?;
        }
        let touched: HashSet<String> = fs::read_to_string(self.journal())
            .map(|text| text.lines().map(str::to_string).collect())
            .unwrap_or_default();
        let mut found = Vec::new();
        for folder in touched.iter().filter(|p| p.ends_with('/')) {
            let Ok(entries) = fs::read_dir(spare.join(folder)) else {
                continue;
            };
            for entry in entries.flatten() {
                if entry.file_type().is_ok_and(|t| !t.is_dir()) {
                    found.push(format!("{folder}{}", entry.file_name().to_string_lossy()));
                }
            }
        }
        Ok(SpareState {
            record,
            touched,
            found,
        })
    }

    /// Saves `record` (files and units) under its generation.
    pub fn save(&self, record: &Record) -> std::io::Result<Hash> {
        let generation = record.generation();
        write_atomic_with(&self.record_path(generation, "json"), |out| {
            // The files are stored apart, as lines.
            let units = RecordUnits {
                format: record.format,
                kunci: record.kunci,
                unit: &record.unit,
            };
            serde_json::to_writer(out, &units).map_err(std::io::Error::other)
        })?;
        write_atomic_with(&self.record_path(generation, "berkas"), |out| {
            for (path, hash) in &record.berkas {
                writeln!(out, "{hash:016x} {path}")?;
            }
            Ok(())
        })?;
        Ok(generation)
    }

    /// Removes the records of every generation but these.
    pub fn keep_only(&self, generations: &[Hash]) {
        let keep: Vec<String> = generations.iter().map(|g| format!("{g:016x}.")).collect();
        let Ok(entries) = fs::read_dir(self.dir.join("catatan")) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !keep.iter().any(|k| name.starts_with(k)) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// Opens the journal of the spare site for appending.
    pub fn open_journal(&self) -> std::io::Result<Journal> {
        let file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.journal())?;
        Ok(Journal {
            file: Mutex::new((file, HashSet::new())),
        })
    }

    /// Ends the journal: the spare's `.standar-situs` now names its record.
    pub fn close_journal(&self) -> std::io::Result<()> {
        remove_if_present(&self.journal())
    }
}

/// The paths of the spare site about to be touched, each written before it is: a file of the
/// site's root by its name, any other by its folder (`unit/layanan/`), once.
pub struct Journal {
    file: Mutex<(fs::File, HashSet<String>)>,
}

impl Journal {
    /// Notes that `path` is about to change.
    pub fn note(&self, path: &str) -> std::io::Result<()> {
        let entry = match path.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/"),
            None => path.to_string(),
        };
        let mut guard = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("jurnal tembolok tidak dapat ditulis"))?;
        let (file, noted) = &mut *guard;
        if noted.contains(&entry) {
            return Ok(());
        }
        // One write per line, unbuffered: the line is in the file before the path changes.
        file.write_all(format!("{entry}\n").as_bytes())?;
        noted.insert(entry);
        Ok(())
    }
}

/// The generation named in the `.standar-situs` of the site in `root` (its second line: the
/// list after it runs to half a million lines, and is not read).
pub fn generation_of(root: &Path) -> Option<Hash> {
    use std::io::BufRead as _;
    let file = std::io::BufReader::new(fs::File::open(root.join(MANIFEST)).ok()?);
    file.lines().take(3).map_while(Result::ok).find_map(|line| {
        line.strip_prefix(GENERATION)
            .and_then(|hex| Hash::from_str_radix(hex.trim(), 16).ok())
    })
}

/// Writes the `.standar-situs` of a site: its generation, then every file, sorted.
pub fn write_manifest(path: &Path, record: &Record, generation: Hash) -> std::io::Result<()> {
    write_atomic_with(path, |out| {
        writeln!(out, "{MANIFEST_HEADER}")?;
        writeln!(out, "{GENERATION}{generation:016x}")?;
        for file in record.berkas.keys() {
            writeln!(out, "{file}")?;
        }
        Ok(())
    })
}

/// Fills the empty folder `to` with hard links to the files `paths` of the site in `from`,
/// its `.standar-situs` last (a copy stopped halfway has none, so is never taken for whole).
pub fn link_copy<'a>(
    from: &Path,
    to: &Path,
    paths: impl Iterator<Item = &'a String>,
) -> std::io::Result<()> {
    let paths: Vec<&String> = paths.collect();
    let folders: BTreeSet<&str> = paths
        .iter()
        .filter_map(|p| p.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    fs::create_dir_all(to)?;
    for folder in folders {
        fs::create_dir_all(to.join(folder))?;
    }
    let chunks: Vec<&[&String]> = paths.chunks(4096).collect();
    let results = standar::parallel::map(chunks, |chunk| {
        chunk
            .iter()
            .try_for_each(|path| fs::hard_link(from.join(path), to.join(path)))
    });
    results.into_iter().collect::<std::io::Result<()>>()?;
    fs::hard_link(from.join(MANIFEST), to.join(MANIFEST))
}

/// A record without its files, as stored in `<gen>.json` (the files go to `<gen>.berkas`).
#[derive(serde::Serialize)]
struct RecordUnits<'a> {
    format: u32,
    kunci: Hash,
    unit: &'a BTreeMap<String, record::UnitRecord>,
}

/// Writes a file through a temporary one, buffered, so that it is whole or absent.
fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut out = std::io::BufWriter::with_capacity(1 << 20, fs::File::create(&temporary)?);
    write(&mut out)?;
    out.into_inner().map_err(|e| e.into_error())?;
    fs::rename(&temporary, path)
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    let result = match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(_) => return Ok(()),
    };
    match result {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_found_again_by_the_generation_its_site_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = Cache::open(&dir.path().join("t")).expect("opens");
        let mut record = Record::default();
        record.berkas.insert("a/index.html".into(), 7);
        record.berkas.insert("index.html".into(), 9);
        let generation = cache.save(&record).expect("saved");
        let site = dir.path().join("site");
        fs::create_dir_all(&site).expect("mkdir");
        write_manifest(&site.join(MANIFEST), &record, generation).expect("write");
        let found = cache.record_of(&site, true).expect("found");
        assert_eq!(found.berkas, record.berkas);
        // A damaged list is not taken for the record.
        fs::write(
            cache.record_path(generation, "berkas"),
            "0000000000000007 a/index.html\n",
        )
        .expect("write");
        assert!(cache.record_of(&site, true).is_none());
    }

    #[test]
    fn the_journal_makes_touched_paths_unknown() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = Cache::open(dir.path()).expect("opens");
        let journal = cache.open_journal().expect("journal");
        journal.note("a/index.html").expect("noted");
        let mut record = Record::default();
        record.berkas.insert("a/index.html".into(), 7);
        record.berkas.insert("b/index.html".into(), 8);
        let generation = cache.save(&record).expect("saved");
        fs::create_dir_all(cache.spare()).expect("mkdir");
        write_manifest(&cache.spare().join(MANIFEST), &record, generation).expect("write");
        let state = cache.spare_state(None).expect("state");
        assert_eq!(state.hash("a/index.html"), None);
        assert_eq!(state.hash("a/index.md"), None);
        assert_eq!(state.hash("b/index.html"), Some(8));
        cache.close_journal().expect("closed");
        assert_eq!(
            cache.spare_state(None).expect("state").hash("a/index.html"),
            Some(7)
        );
    }
}
