//! Where a corpus's files come from: the disk (the command line), memory (the tests, the
//! browser). The pipeline finds the files first, then reads each when its unit is compiled,
//! so only one unit's files are in memory per task.

use super::aset::{Asset, AssetLimits, stays_inside, unreadable};
use super::{Entry, InputFile, SiteConfig};
use crate::diagnostic::{Code, Diagnostic};
use crate::parse::Limits;
use crate::source::SourceFile;

/// The files of a corpus.
pub trait Files: Sync {
    /// How a found file is read later: a path on disk, an index in memory.
    type Handle: Send + Sync + Clone;

    /// Every YAML file of the corpus, and the problems met looking for them (a folder that
    /// cannot be read, a link that is not followed).
    fn discover(&self) -> Discovered<Self::Handle>;

    /// The bytes of a found file, refused when larger than `limits` allow.
    fn read(&self, entry: &Entry<Self::Handle>, limits: &Limits) -> Result<Vec<u8>, Diagnostic>;

    /// What identifies a file's contents without reading it, to tell whether it changed (its
    /// size and modification time on a disk).
    fn stamp(&self, entry: &Entry<Self::Handle>) -> Stamp;

    /// The file, or every file of the folder, that the site settings name `name` (its logo,
    /// its template folder), below the folder of `_situs.yaml`: only regular files, never
    /// through a link, within `limits`.
    fn assets(
        &self,
        settings: &SiteConfig,
        name: &str,
        limits: &AssetLimits,
    ) -> Result<Vec<Asset>, Vec<Diagnostic>>;
}

/// What identifies a file's contents: equal stamps mean an unchanged file.
pub type Stamp = (u64, u128);

/// Files found, not yet read.
#[derive(Debug, Clone)]
pub struct Discovered<H> {
    /// The files, each once, sorted by path.
    pub entries: Vec<Entry<H>>,
    /// Unreadable folders, links.
    pub problems: Vec<Diagnostic>,
}

impl<H> Default for Discovered<H> {
    fn default() -> Self {
        Discovered {
            entries: Vec::new(),
            problems: Vec::new(),
        }
    }
}

/// A corpus held in memory: files with their bytes.
#[derive(Debug, Clone, Default)]
pub struct MemoryFiles {
    files: Vec<InputFile>,
}

impl MemoryFiles {
    /// A corpus of these files.
    pub fn new(files: Vec<InputFile>) -> Self {
        MemoryFiles { files }
    }

    /// The files.
    pub fn files(&self) -> &[InputFile] {
        &self.files
    }
}

impl Files for MemoryFiles {
    type Handle = usize;

    fn discover(&self) -> Discovered<usize> {
        let mut entries: Vec<Entry<usize>> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, file)| Entry {
                path: file.path.clone(),
                relative: file.relative.clone(),
                payload: i,
            })
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Discovered {
            entries,
            problems: Vec::new(),
        }
    }

    fn read(&self, entry: &Entry<usize>, limits: &Limits) -> Result<Vec<u8>, Diagnostic> {
        let bytes = self
            .files
            .get(entry.payload)
            .map(|f| f.bytes.clone())
            .unwrap_or_default();
        if bytes.len() > limits.max_file_bytes {
            return Err(too_large(&entry.path, bytes.len() as u64, limits));
        }
        Ok(bytes)
    }

    fn stamp(&self, entry: &Entry<usize>) -> Stamp {
        let bytes = self
            .files
            .get(entry.payload)
            .map_or(&[][..], |f| f.bytes.as_slice());
        (bytes.len() as u64, u128::from(fnv1a(bytes)))
    }

    fn assets(
        &self,
        settings: &SiteConfig,
        name: &str,
        limits: &AssetLimits,
    ) -> Result<Vec<Asset>, Vec<Diagnostic>> {
        self.assets_named(settings, name, limits)
    }
}

impl MemoryFiles {
    /// The files below the folder of the settings' own file named `name`.
    fn assets_named(
        &self,
        settings: &SiteConfig,
        name: &str,
        limits: &AssetLimits,
    ) -> Result<Vec<Asset>, Vec<Diagnostic>> {
        let folder = settings
            .file
            .path
            .rsplit_once('/')
            .map(|(folder, _)| format!("{folder}/"))
            .unwrap_or_default();
        let named = format!("{folder}{name}");
        if !stays_inside(name) {
            let help = "tulis nama berkas atau folder di dalam folder standar";
            return Err(vec![unreadable(&named, "di luar folder standar", help)]);
        }
        let inside = format!("{named}/");
        let mut found = Vec::new();
        let mut total = 0u64;
        for file in &self.files {
            let below = match file.path.strip_prefix(&inside) {
                Some(below) => below.to_string(),
                None if file.path == named => String::new(),
                None => continue,
            };
            total += file.bytes.len() as u64;
            if !limits.admits(found.len(), file.bytes.len() as u64, total) {
                return Err(vec![limits.exceeded(&named)]);
            }
            found.push(Asset {
                name: below,
                path: file.path.clone(),
                bytes: file.bytes.clone(),
            });
        }
        if found.is_empty() {
            let help = "periksa namanya di `_situs.yaml`";
            return Err(vec![unreadable(&named, "tidak ada", help)]);
        }
        Ok(found)
    }
}

/// A 64-bit FNV-1a hash: enough to tell an edited file in memory from the one before.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The problem of a file over the size limit.
pub fn too_large(path: &str, size: u64, limits: &Limits) -> Diagnostic {
    Diagnostic::new(
        Code::FileTooLarge,
        &SourceFile::new(path, ""),
        format!(
            "berkas sebesar {size} bita melebihi batas {} bita",
            limits.max_file_bytes
        ),
    )
    .help(
        "satu berkas memuat satu standar pelayanan; standar yang wajar berukuran beberapa kilobita",
    )
}
