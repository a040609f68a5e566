//! The build cache (`--cache`, by default `.<site>.tembolok` beside the site): the records of
//! the builds (what produced every file), and the spare site, a second copy of the site that
//! the next build brings up to date and then exchanges with the published one.
//!
//! ```text
//! <cache>/.standar-tembolok     what the folder is, and whose: standar's version and the site
//! <cache>/kunci                 lock: one build at a time
//! <cache>/situs/                the spare site (its files mostly hard links to the site's)
//! <cache>/jurnal                paths of the spare site touched since its list was written
//! <cache>/catatan/<gen>.berkas  every file of a site generation with its hash
//! <cache>/catatan/<gen>.json    the units of that generation: inputs, outputs, index part
//! ```
//!
//! Everything here is input: a CI cache may be restored from anywhere. A cache folder not
//! marked as one is never emptied; a cache of another site or version is emptied; a record
//! whose checksum or paths are wrong is refused whole, with a warning, and the build starts
//! afresh. Every file operation goes through the cache's [`Folder`].

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write as _};
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use standar::pipeline::record::{self, Hash, Record, site_path_problem};

use super::folder::{EntryKind, Folder};
use super::journal::Journal;
use super::site::generation_of;

/// The layout of the cache; a cache of another layout is emptied.
const FORMAT: u32 = 2;
/// The file marking a folder as a cache of `standar build`.
pub const MARK: &str = ".standar-tembolok";
const LOCK: &str = "kunci";
const SPARE: &str = "situs";
const JOURNAL: &str = "jurnal";
const RECORDS: &str = "catatan";
/// What earlier builds found in the repository's history (see `riwayat`).
const HISTORY: &str = "riwayat";
/// Everything a cache folder may hold; anything else means it is someone else's folder.
const OWN: [&str; 6] = [MARK, LOCK, SPARE, JOURNAL, RECORDS, HISTORY];
/// The largest record file read (100,000 standards write about 80 MB).
const RECORD_LIMIT: u64 = 2 << 30;

/// An open cache, locked for this build.
pub struct Cache {
    folder: Folder,
    /// This program, this site, this layout: in every record's first line.
    identity: Hash,
    _lock: std::fs::File,
}

/// Why a folder cannot be used as the cache.
#[derive(Debug)]
pub enum CacheError {
    /// It holds files that are not a cache's (a few of them).
    NotACache(Vec<String>),
    /// It could not be read, created or locked.
    Io(io::Error),
}

impl From<io::Error> for CacheError {
    fn from(error: io::Error) -> Self {
        CacheError::Io(error)
    }
}

/// What [`Cache::open`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// A cache of this site and program: kept.
    Kept,
    /// A new cache (or one of the layout before this one).
    New,
    /// A cache of another site or another program: emptied.
    Foreign,
    /// A cache whose entry of this name was not a plain folder or file (a link): emptied.
    Misshapen(&'static str),
}

/// The first line of a cache folder's mark and of every record: which program, for which site.
fn identity(program: Hash, site: Hash) -> Hash {
    record::hash(format!("{FORMAT}\0{program:016x}\0{site:016x}").as_bytes())
}

impl Cache {
    /// Opens (creating it) and locks the cache of the site `site` built by `program`; waits,
    /// saying so, while another build holds it. A folder holding anything but a cache's own
    /// files is refused, untouched. A cache of another site or program is emptied first, and
    /// so is one whose own entries are not what they should be (a link where a folder
    /// belongs): says which.
    pub fn open(dir: &Path, program: Hash, site: Hash) -> Result<(Cache, Opened), CacheError> {
        if let Ok(meta) = std::fs::symlink_metadata(dir) {
            if !meta.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "bukan folder (atau tautan simbolik)",
                )
                .into());
            }
            let names = Folder::open(dir)?.names()?;
            let has = |name: &str| names.iter().any(|n| n == name);
            // Marked, or as the previous layout always left it (its lock and records), or
            // empty: anything else is someone's folder, and is left as it is.
            let ours = names.is_empty() || has(MARK) || (has(LOCK) && has(RECORDS));
            let strangers: Vec<String> = names
                .iter()
                .filter(|name| !ours || !OWN.contains(&name.as_str()))
                .take(3)
                .cloned()
                .collect();
            if !strangers.is_empty() {
                return Err(CacheError::NotACache(strangers));
            }
        }
        let folder = Folder::create(dir)?;
        if folder
            .kind(LOCK)
            .is_some_and(|kind| kind != EntryKind::File)
        {
            folder.remove_all(LOCK)?;
        }
        let lock = folder.append(LOCK)?;
        if lock.try_lock().is_err() {
            eprintln!(
                "standar: menunggu build lain yang memakai tembolok `{}` selesai…",
                dir.display()
            );
            lock.lock()?;
        }
        let cache = Cache {
            folder,
            identity: identity(program, site),
            _lock: lock,
        };
        let mark = format!(
            "# Tembolok `standar build`; boleh dihapus kapan saja (build berikutnya membangun semuanya).\n{:016x}\n",
            cache.identity
        );
        let same = cache
            .folder
            .read(MARK, 4096)
            .is_ok_and(|bytes| bytes == mark.as_bytes());
        let misshapen = [
            (SPARE, EntryKind::Folder),
            (RECORDS, EntryKind::Folder),
            (JOURNAL, EntryKind::File),
        ]
        .into_iter()
        .chain([(HISTORY, EntryKind::File)])
        .find(|(name, kind)| cache.folder.kind(name).is_some_and(|found| found != *kind));
        let opened = match (same, misshapen) {
            (true, None) => Opened::Kept,
            (true, Some((name, _))) => Opened::Misshapen(name),
            (false, _) if cache.folder.kind(MARK).is_some() => Opened::Foreign,
            (false, _) => Opened::New,
        };
        if opened != Opened::Kept {
            for name in [SPARE, JOURNAL, RECORDS, HISTORY, MARK] {
                cache.folder.remove_all(name)?;
            }
            cache
                .folder
                .write_atomic(MARK, |out| out.write_all(mark.as_bytes()))?;
        }
        cache.folder.sub(RECORDS)?;
        Ok((cache, opened))
    }

    /// The cache folder.
    pub fn folder(&self) -> &Folder {
        &self.folder
    }

    /// The spare site, created when missing.
    pub fn spare(&self) -> io::Result<Folder> {
        self.folder.sub(SPARE)
    }

    /// The path of the spare site (it may not exist).
    pub fn spare_path(&self) -> std::path::PathBuf {
        self.folder.path().join(SPARE)
    }

    /// The spare's name inside the cache folder, for the exchange.
    pub fn spare_name() -> &'static str {
        SPARE
    }

    fn record_name(generation: Hash, extension: &str) -> String {
        format!("{RECORDS}/{generation:016x}.{extension}")
    }

    /// Forgets the spare site: the next build makes it again from the site.
    pub fn forget_spare(&self) -> io::Result<()> {
        self.folder.remove_all(SPARE)?;
        self.folder.remove_file(JOURNAL)
    }

    /// Reads one record file: its first line must name this cache and the checksum of the
    /// rest. `Ok(None)` when there is none.
    fn read_checked(&self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let bytes = match self.folder.read(name, RECORD_LIMIT) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(format!("`{name}`: {error}")),
        };
        let Some(end) = bytes.iter().position(|&b| b == b'\n') else {
            return Err(format!("`{name}` tidak utuh"));
        };
        let (head, body) = (&bytes[..end], &bytes[end + 1..]);
        let expected = format!(
            "# standar-tembolok {:016x} {:016x}",
            self.identity,
            record::hash(body)
        );
        if head != expected.as_bytes() {
            return Err(format!(
                "`{name}` tidak ditulis `standar` untuk situs ini, atau diubah sesudahnya"
            ));
        }
        // The body, without a second copy of it.
        let mut body = bytes;
        body.drain(..=end);
        Ok(Some(body))
    }

    /// The record of the site in `root` (its files and, with `units`, its units) when its
    /// `.standar-situs` names a generation whose record is in the cache, and when it was
    /// saved. `Err` (why) when that record is there but not one this program wrote for this
    /// site, unchanged.
    pub fn record_of(
        &self,
        root: &Path,
        units: bool,
    ) -> Result<Option<(Record, SystemTime)>, String> {
        let Some(generation) = generation_of(root) else {
            return Ok(None);
        };
        let files_name = Cache::record_name(generation, "berkas");
        let Some(files) = self.read_checked(&files_name)? else {
            return Ok(None);
        };
        let saved = self
            .folder
            .modified(&files_name)
            .map_err(|e| e.to_string())?;
        let mut record = Record::default();
        if units {
            let name = Cache::record_name(generation, "json");
            let Some(json) = self.read_checked(&name)? else {
                return Ok(None);
            };
            record = serde_json::from_slice(&json).map_err(|e| format!("`{name}`: {e}"))?;
        }
        let text = String::from_utf8(files).map_err(|_| format!("`{files_name}` bukan UTF-8"))?;
        // Written sorted: collected into the map in one pass.
        record.berkas = text
            .lines()
            .map(|line| {
                let (hash, path) = line.split_once(' ')?;
                let hash = (hash.len() == 16).then(|| Hash::from_str_radix(hash, 16).ok())??;
                Some((path.to_string(), hash))
            })
            .collect::<Option<BTreeMap<_, _>>>()
            .map(Arc::new)
            .ok_or_else(|| format!("`{files_name}` memuat baris yang rusak"))?;
        if let Some(problem) = record.problem() {
            return Err(format!("`{files_name}`: {problem}"));
        }
        if record.generation() != generation {
            return Err(format!("`{files_name}` tidak cocok dengan generasinya"));
        }
        Ok(Some((record, saved)))
    }

    /// When the spare site of `generation` was last checked whole (see
    /// [`Cache::mark_checked`]), if it was.
    pub fn checked_at(&self, generation: Hash) -> Option<SystemTime> {
        let body = self
            .read_checked(&Cache::record_name(generation, "diperiksa"))
            .ok()??;
        let nanos: u64 = std::str::from_utf8(&body).ok()?.trim().parse().ok()?;
        Some(SystemTime::UNIX_EPOCH + std::time::Duration::from_nanos(nanos))
    }

    /// Notes that the spare site of `generation` is whole as of now: the next build reads it
    /// again only if one of its folders changed since.
    pub fn mark_checked(&self, generation: Hash) -> io::Result<()> {
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_err(io::Error::other)?;
        let nanos = u64::try_from(now.as_nanos()).map_err(io::Error::other)?;
        self.write_checked(
            &Cache::record_name(generation, "diperiksa"),
            format!("{nanos}\n").as_bytes(),
        )
    }

    /// What earlier builds found in the history, as they saved it: `None` when there is none,
    /// or when it is not one this program wrote for this site, unchanged.
    pub fn history(&self) -> Option<Vec<u8>> {
        self.read_checked(HISTORY).ok().flatten()
    }

    /// Saves what this build found in the history.
    pub fn save_history(&self, body: &[u8]) -> io::Result<()> {
        self.write_checked(HISTORY, body)
    }

    /// Saves `record` (files and units) under its generation. Each part is written as it
    /// is produced, not gathered first (at 100,000 standards the units' JSON is 80 MB).
    pub fn save(&self, record: &Record) -> io::Result<Hash> {
        let generation = record.generation();
        let units = RecordUnits {
            format: record.format,
            kunci: record.kunci,
            unit: &record.unit,
        };
        self.write_streamed(&Cache::record_name(generation, "json"), &|out| {
            serde_json::to_writer(out, &units).map_err(io::Error::other)
        })?;
        // The files are stored apart, as lines.
        self.write_streamed(&Cache::record_name(generation, "berkas"), &|out| {
            for (path, hash) in record.berkas.iter() {
                writeln!(out, "{hash:016x} {path}")?;
            }
            Ok(())
        })?;
        Ok(generation)
    }

    fn write_checked(&self, name: &str, body: &[u8]) -> io::Result<()> {
        self.write_streamed(name, &|out| out.write_all(body))
    }

    /// Writes the body `write` produces behind the line that names this cache and the
    /// body's hash: produced twice, once into the hash and once into the file, so that
    /// the body is never held whole.
    fn write_streamed(
        &self,
        name: &str,
        write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut hasher = HashingWriter(xxhash_rust::xxh3::Xxh3::new());
        let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut hasher);
        write(&mut buffered)?;
        buffered.flush()?;
        drop(buffered);
        let digest = hasher.0.digest();
        self.folder.write_atomic(name, |out| {
            writeln!(
                out,
                "# standar-tembolok {:016x} {digest:016x}",
                self.identity
            )?;
            write(out)
        })
    }

    /// Removes the records of every generation but these (and anything else in `catatan/`).
    pub fn keep_only(&self, generations: &[Hash]) -> io::Result<()> {
        let keep: Vec<String> = generations.iter().map(|g| format!("{g:016x}.")).collect();
        let records = self.folder.sub(RECORDS)?;
        for name in records.names()? {
            if !keep.iter().any(|k| name.starts_with(k)) || name.contains(".tmp-") {
                records.remove_all(&name)?;
            }
        }
        Ok(())
    }

    /// The journal of the spare site: the paths it names, each checked. `Err` when any is
    /// not a path a build writes.
    pub fn journal_entries(&self) -> Result<HashSet<String>, String> {
        let bytes = match self.folder.read(JOURNAL, RECORD_LIMIT) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(HashSet::new()),
            Err(error) => return Err(format!("`{JOURNAL}`: {error}")),
        };
        let text = String::from_utf8(bytes).map_err(|_| format!("`{JOURNAL}` bukan UTF-8"))?;
        text.lines()
            .map(
                |line| match site_path_problem(line.strip_suffix('/').unwrap_or(line)) {
                    None => Ok(line.to_string()),
                    Some(why) => Err(format!("`{JOURNAL}`: `{}`: {why}", line.escape_debug())),
                },
            )
            .collect()
    }

    /// Opens the journal of the spare site for appending.
    pub fn open_journal(&self) -> io::Result<Journal> {
        Ok(Journal::new(self.folder.append(JOURNAL)?))
    }

    /// Ends the journal: the spare's `.standar-situs` now names its record.
    pub fn close_journal(&self) -> io::Result<()> {
        self.folder.remove_file(JOURNAL)
    }
}

/// A record without its files, as stored in `<gen>.json` (the files go to `<gen>.berkas`).
#[derive(serde::Serialize)]
struct RecordUnits<'a> {
    format: u32,
    kunci: Hash,
    unit: &'a BTreeMap<String, record::UnitRecord>,
}

/// A writer that only hashes what it is given.
struct HashingWriter(xxhash_rust::xxh3::Xxh3);

impl io::Write for &mut HashingWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::site::{MANIFEST, write_manifest};

    fn saved(cache: &Cache, site: &Folder) -> Record {
        let mut record = Record::default();
        Arc::make_mut(&mut record.berkas).insert("a/index.html".into(), 7);
        Arc::make_mut(&mut record.berkas).insert("index.html".into(), 9);
        let generation = cache.save(&record).expect("saved");
        write_manifest(site, cache.folder(), &record, generation).expect("list");
        record
    }

    #[test]
    fn a_record_is_found_again_and_refused_when_changed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cache, _) = Cache::open(&dir.path().join("t"), 1, 2).expect("opens");
        let site = Folder::create(&dir.path().join("site")).expect("site");
        let record = saved(&cache, &site);
        let (found, _) = cache
            .record_of(site.path(), true)
            .expect("ok")
            .expect("found");
        assert_eq!(found.berkas, record.berkas);
        let name = Cache::record_name(record.generation(), "berkas");
        let path = cache.folder().path().join(&name);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, text.replace("a/index.html", "../../victim")).expect("forge");
        assert!(cache.record_of(site.path(), true).is_err());
    }

    #[test]
    fn another_site_or_program_empties_the_cache() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("t");
        let site = Folder::create(&dir.path().join("site")).expect("site");
        {
            let (cache, opened) = Cache::open(&path, 1, 2).expect("opens");
            assert_eq!(opened, Opened::New);
            saved(&cache, &site);
        }
        let (cache, opened) = Cache::open(&path, 1, 3).expect("opens");
        assert_eq!(opened, Opened::Foreign);
        assert!(matches!(cache.record_of(site.path(), true), Ok(None)));
        drop(cache);
        assert_eq!(Cache::open(&path, 1, 3).expect("opens").1, Opened::Kept);
    }

    #[test]
    fn a_folder_of_other_files_is_never_taken_for_a_cache() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("mycache");
        std::fs::create_dir_all(path.join("situs")).expect("mkdir");
        std::fs::write(path.join("situs/index.html"), "my website").expect("write");
        assert!(matches!(
            Cache::open(&path, 1, 2),
            Err(CacheError::NotACache(names)) if names == ["situs"]
        ));
        std::fs::write(path.join(MARK), "x").expect("write");
        std::fs::write(path.join("catatan.txt"), "notes").expect("write");
        assert!(matches!(
            Cache::open(&path, 1, 2),
            Err(CacheError::NotACache(names)) if names == ["catatan.txt"]
        ));
        assert_eq!(
            std::fs::read_to_string(path.join("situs/index.html")).expect("kept"),
            "my website"
        );
        let _ = MANIFEST;
    }

    #[cfg(unix)]
    #[test]
    fn a_records_folder_that_is_a_link_is_removed_not_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("t");
        drop(Cache::open(&path, 1, 2).expect("opens"));
        let precious = dir.path().join("precious");
        std::fs::create_dir(&precious).expect("mkdir");
        std::fs::write(precious.join("thesis.txt"), "1").expect("write");
        std::fs::remove_dir_all(path.join(RECORDS)).expect("rm");
        std::os::unix::fs::symlink(&precious, path.join(RECORDS)).expect("link");
        let (cache, opened) = Cache::open(&path, 1, 2).expect("opens");
        assert_eq!(opened, Opened::Misshapen(RECORDS));
        cache.keep_only(&[]).expect("kept");
        assert!(precious.join("thesis.txt").exists());
        assert!(!path.join(RECORDS).is_symlink());
    }

    #[test]
    fn a_journal_naming_paths_outside_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cache, _) = Cache::open(&dir.path().join("t"), 1, 2).expect("opens");
        let journal = cache.open_journal().expect("journal");
        journal.note("a/index.html").expect("noted");
        assert_eq!(
            cache.journal_entries().expect("read"),
            HashSet::from(["a/".to_string()])
        );
        std::fs::write(cache.folder().path().join(JOURNAL), "../../victim.txt\n").expect("forge");
        assert!(cache.journal_entries().is_err());
    }
}
