//! The build record: what produced each file of a built site (the input files of every unit,
//! with their size, time and content hash) and the hash of every file written, so that the
//! next build reads, checks and renders again only the units whose files changed, and writes
//! only the files whose bytes changed.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::corpus::{Entry, Files, Stamp, UnitFiles};
use crate::model::waktu::Tanggal;
use crate::parse::Limits;
use crate::render::{BoardTally, IndexPart};

/// A content hash (XXH3, 64 bits): equal hashes of the same path mean equal bytes.
pub type Hash = u64;

/// The hash of some bytes.
pub fn hash(bytes: &[u8]) -> Hash {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// The version of the record's layout; a record of another version is not used.
pub const RECORD_FORMAT: u32 = 1;

/// What a build produced and from what.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    /// [`RECORD_FORMAT`] when written.
    pub format: u32,
    /// Everything that affects every page at once: the program, the site file, the templates,
    /// the options. A record with another key is not used.
    pub kunci: Hash,
    /// Every file of the site (path relative to the site root) with the hash of its bytes;
    /// shared, not copied, by the steps that read it (half a million paths at 100,000
    /// standards). Stored apart from the JSON, as lines (see the cache).
    #[serde(skip)]
    pub berkas: Arc<BTreeMap<String, Hash>>,
    /// The unit folders that were built without any problem, by folder path.
    pub unit: BTreeMap<String, UnitRecord>,
}

/// One unit folder as it was built.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UnitRecord {
    /// Its unit file and standards, in the order the layout lists them.
    pub masukan: Vec<InputRecord>,
    /// The files its rendering produced; shared with the build that carries the unit over.
    pub keluaran: Arc<Vec<String>>,
    /// Its part of the index pages (none when it has no standard); shared with the build
    /// that carries the unit over, not copied.
    pub bagian: Option<Arc<IndexPart>>,
    /// Its boards' sheets.
    pub papan: BoardTally,
    /// Its standards.
    pub standar: usize,
    /// The first day its pages are right for (a version started, a review fell due); none:
    /// any day before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sejak: Option<Tanggal>,
    /// The first day they are no longer right for (a version starts or ends, a review falls
    /// due); none: any day after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hingga: Option<Tanggal>,
    /// The hash of its standards' history when it was rendered ([`history_hash`]).
    #[serde(default)]
    pub riwayat: Hash,
}

/// The hash of the history of a unit folder's standards (by slug): a unit whose history
/// changed without its files changing (a history rewritten, a clone that now has it all) is
/// rendered again.
pub fn history_hash<'a>(
    history: &crate::render::view::Riwayat,
    folder: &str,
    slugs: impl Iterator<Item = &'a str>,
) -> Hash {
    let mut text = String::new();
    for slug in slugs {
        if let Some(entries) = history.get(&format!("{folder}/{slug}")) {
            text.push_str(slug);
            text.push('\0');
            text.push_str(&serde_json::to_string(entries).unwrap_or_default());
            text.push('\0');
        }
    }
    hash(text.as_bytes())
}

impl UnitRecord {
    /// Whether the pages recorded are right on `day` (any day, when the build has none).
    pub fn right_on(&self, day: Option<Tanggal>) -> bool {
        day.is_none_or(|d| self.sejak.is_none_or(|s| s <= d) && self.hingga.is_none_or(|h| d < h))
    }
}

/// One input file: where it is, its stamp when read, and the hash of its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputRecord {
    /// Path relative to the corpus root.
    pub path: String,
    /// Size in bytes.
    pub ukuran: u64,
    /// Modification time in nanoseconds since 1970 (0 when unknown).
    pub waktu: u64,
    /// Hash of the bytes.
    pub hash: Hash,
}

impl InputRecord {
    /// The record of a file with this stamp and these bytes.
    pub fn new(path: &str, stamp: Stamp, bytes: &[u8]) -> Self {
        InputRecord {
            path: path.to_string(),
            ukuran: stamp.0,
            waktu: u64::try_from(stamp.1).unwrap_or(u64::MAX),
            hash: hash(bytes),
        }
    }

    fn same_stamp(&self, stamp: Stamp) -> bool {
        self.ukuran == stamp.0 && u128::from(self.waktu) == stamp.1 && self.waktu != 0
    }
}

impl Record {
    /// Whether the record can be used for a build with `key`.
    pub fn usable(&self, key: Hash) -> bool {
        self.format == RECORD_FORMAT && self.kunci == key
    }

    /// The record's identity: the hash of every path and file hash, so that two sites with
    /// the same files have the same identity.
    pub fn generation(&self) -> Hash {
        let mut bytes = Vec::with_capacity(self.berkas.len() * 48);
        for (path, hash) in self.berkas.iter() {
            bytes.extend_from_slice(path.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(&hash.to_le_bytes());
        }
        hash(&bytes)
    }
}

/// The longest path (in bytes) a record, a journal or a site list may name; every path a
/// build writes is far shorter.
pub const MAKS_JALUR: usize = 1024;

/// Why a path read back from disk (a record, a journal, a site list) cannot be one a build
/// wrote: such a file was not written by `standar` and is not used at all.
pub fn site_path_problem(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("jalur kosong");
    }
    if path.len() > MAKS_JALUR {
        return Some("jalur terlalu panjang");
    }
    if path.starts_with('/') || path.ends_with('/') {
        return Some("jalur harus relatif, tanpa `/` di awal atau di akhir");
    }
    if path
        .chars()
        .any(|c| c.is_control() || matches!(c, '\\' | ':'))
    {
        return Some("jalur memuat karakter kendali, `\\` atau `:`");
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == ".." || part.len() > 255)
    {
        return Some("jalur memuat bagian kosong, `.` atau `..`, atau nama lebih dari 255 bita");
    }
    None
}

impl Record {
    /// Why the record cannot be one a build wrote: any path in it (a file, a unit folder, an
    /// output, an input) that [`site_path_problem`] refuses. Such a record is discarded
    /// whole, never partly used.
    pub fn problem(&self) -> Option<String> {
        let units = self.unit.iter().flat_map(|(folder, unit)| {
            std::iter::once(folder.as_str())
                .filter(|f| !f.is_empty())
                .chain(unit.keluaran.iter().map(String::as_str))
                .chain(unit.masukan.iter().map(|m| m.path.as_str()))
        });
        self.berkas
            .keys()
            .map(String::as_str)
            .chain(units)
            .find_map(|path| site_path_problem(path).map(|why| format!("`{path}`: {why}")))
    }
}

/// How `new` differs from `old`, two lists of files sorted by path: the paths of `new` whose
/// hash is not the one in `old` (new or changed), and the paths of `old` that `new` lacks.
/// One pass over both, without a lookup per path.
pub fn differences<'a>(
    old: &'a BTreeMap<String, Hash>,
    new: &'a BTreeMap<String, Hash>,
) -> (Vec<&'a String>, Vec<&'a String>) {
    let (mut changed, mut gone) = (Vec::new(), Vec::new());
    let mut old_files = old.iter().peekable();
    for (path, hash) in new {
        while let Some((before, _)) = old_files.next_if(|(before, _)| *before < path) {
            gone.push(before);
        }
        match old_files.next_if(|(before, _)| *before == path) {
            Some((_, old_hash)) if old_hash == hash => {}
            _ => changed.push(path),
        }
    }
    gone.extend(old_files.map(|(before, _)| before));
    (changed, gone)
}

/// The input records of a unit folder when it is unchanged since `record`: the same files,
/// each with the same stamp (size and time) or, when the stamp differs (a fresh checkout,
/// a file saved without change), the same bytes. `None` when anything differs or a file
/// cannot be read.
pub fn unchanged<F: Files>(
    files: &F,
    unit: &UnitFiles<F::Handle>,
    record: &UnitRecord,
    limits: &Limits,
) -> Option<Vec<InputRecord>> {
    let entries: Vec<&Entry<F::Handle>> = unit.entries().collect();
    if entries.len() != record.masukan.len() {
        return None;
    }
    entries
        .iter()
        .zip(&record.masukan)
        .map(|(entry, before)| {
            if entry.relative != before.path {
                return None;
            }
            let stamp = files.stamp(entry);
            if before.same_stamp(stamp) {
                return Some(before.clone());
            }
            let bytes = files.read(entry, limits).ok()?;
            let now = InputRecord::new(&entry.relative, stamp, &bytes);
            (now.hash == before.hash).then_some(now)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{InputFile, MemoryFiles, layout};

    fn unit_of(files: &MemoryFiles) -> UnitFiles<usize> {
        layout(files.discover().entries).units.remove(0)
    }

    fn recorded(files: &MemoryFiles) -> UnitRecord {
        let unit = unit_of(files);
        let masukan = unit
            .entries()
            .map(|e| {
                let bytes = files.read(e, &Limits::default()).unwrap_or_default();
                InputRecord::new(&e.relative, files.stamp(e), &bytes)
            })
            .collect();
        UnitRecord {
            masukan,
            ..UnitRecord::default()
        }
    }

    fn corpus(text: &str, extra: bool) -> MemoryFiles {
        let mut files = vec![InputFile {
            path: "u/a.yaml".into(),
            relative: "u/a.yaml".into(),
            bytes: text.as_bytes().to_vec(),
        }];
        if extra {
            files.push(InputFile {
                path: "u/b.yaml".into(),
                relative: "u/b.yaml".into(),
                bytes: b"b".to_vec(),
            });
        }
        MemoryFiles::new(files)
    }

    #[test]
    fn a_unit_is_unchanged_only_with_the_same_files_and_bytes() {
        let limits = Limits::default();
        let before = corpus("nama: a", false);
        let record = recorded(&before);
        assert!(unchanged(&before, &unit_of(&before), &record, &limits).is_some());
        let edited = corpus("nama: b", false);
        assert!(unchanged(&edited, &unit_of(&edited), &record, &limits).is_none());
        let added = corpus("nama: a", true);
        assert!(unchanged(&added, &unit_of(&added), &record, &limits).is_none());
    }

    #[test]
    fn a_stamp_of_zero_is_never_trusted() {
        let record = InputRecord::new("u/a.yaml", (3, 0), b"abc");
        assert!(!record.same_stamp((3, 0)));
        assert!(InputRecord::new("u/a.yaml", (3, 9), b"abc").same_stamp((3, 9)));
    }

    #[test]
    fn differences_are_found_in_one_pass() {
        let old: BTreeMap<String, Hash> = [("a", 1), ("b", 2), ("c", 3), ("e", 5)]
            .map(|(p, h)| (p.to_string(), h))
            .into();
        let new: BTreeMap<String, Hash> = [("b", 2), ("c", 9), ("d", 4)]
            .map(|(p, h)| (p.to_string(), h))
            .into();
        let (changed, gone) = differences(&old, &new);
        assert_eq!(changed, ["c", "d"]);
        assert_eq!(gone, ["a", "e"]);
    }

    #[test]
    fn only_clean_relative_paths_are_site_paths() {
        for good in [
            "index.html",
            "a/b/index.html",
            "aset/logo-x.svg",
            ".standar-situs",
        ] {
            assert_eq!(site_path_problem(good), None, "{good}");
        }
        let long = "a/".repeat(600) + "b";
        for bad in [
            "",
            "/etc/passwd",
            "../victim.txt",
            "a/../../b",
            "a//b",
            "./a",
            "a/",
            "a\\..\\b",
            "C:/x",
            "a\0b",
            "a\nb",
            long.as_str(),
        ] {
            assert!(site_path_problem(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn a_record_naming_any_bad_path_is_refused_whole() {
        let mut record = Record::default();
        Arc::make_mut(&mut record.berkas).insert("a/index.html".into(), 1);
        assert_eq!(record.problem(), None);
        let mut unit = UnitRecord::default();
        Arc::make_mut(&mut unit.keluaran).push("../../victim".into());
        record.unit.insert("a".into(), unit);
        assert!(record.problem().is_some_and(|p| p.contains("victim")));
    }

    #[test]
    fn the_generation_depends_on_paths_and_contents_only() {
        let mut a = Record::default();
        Arc::make_mut(&mut a.berkas).insert("x/index.html".into(), hash(b"1"));
        let mut b = a.clone();
        b.kunci = 7;
        assert_eq!(a.generation(), b.generation());
        Arc::make_mut(&mut b.berkas).insert("x/index.md".into(), hash(b"2"));
        assert_ne!(a.generation(), b.generation());
    }
}
