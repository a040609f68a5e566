//! A published site folder as the build finds it: its list of the files `standar build`
//! wrote (`.standar-situs`, naming the site's generation), and what someone else did there
//! since (files added, files edited by hand), which a build never removes or overwrites
//! without `--force`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufRead as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use standar::pipeline::record::{Hash, Record, site_path_problem};

use super::folder::{EntryKind, Folder};

/// The file in a site's root listing every file `standar build` wrote there.
pub const MANIFEST: &str = ".standar-situs";

/// The first line of [`MANIFEST`].
pub const MANIFEST_HEADER: &str = "# Berkas yang ditulis `standar build`. Jangan diubah: standar hanya mengganti folder yang seluruh isinya tercantum di sini.";

/// The line of [`MANIFEST`] that names the site's generation.
const GENERATION: &str = "# generasi ";

/// The longest site list read (half a million files take about 25 MB).
const MANIFEST_LIMIT: u64 = 512 << 20;

/// The generation named in the `.standar-situs` of the site in `root` (its second line: the
/// list after it runs to half a million lines, and is not read).
pub fn generation_of(root: &Path) -> Option<Hash> {
    if !std::fs::symlink_metadata(root.join(MANIFEST)).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let file = io::BufReader::new(std::fs::File::open(root.join(MANIFEST)).ok()?);
    file.lines().take(3).map_while(Result::ok).find_map(|line| {
        let hex = line.strip_prefix(GENERATION)?.trim();
        (hex.len() == 16)
            .then(|| Hash::from_str_radix(hex, 16).ok())
            .flatten()
    })
}

/// Writes the `.standar-situs` of a site: its generation, then every file, sorted. Written
/// through a temporary file in `temporary_in`, renamed over the list: whole or absent.
pub fn write_manifest(
    site: &Folder,
    temporary_in: &Folder,
    record: &Record,
    generation: Hash,
) -> io::Result<()> {
    let temporary = format!("{MANIFEST}.tmp-{}", std::process::id());
    temporary_in.remove_file(&temporary)?;
    temporary_in.write_atomic(&temporary, |out| {
        writeln!(out, "{MANIFEST_HEADER}")?;
        writeln!(out, "{GENERATION}{generation:016x}")?;
        for file in record.berkas.keys() {
            writeln!(out, "{file}")?;
        }
        Ok(())
    })?;
    temporary_in.rename_to(&temporary, site, MANIFEST)
}

/// The files a site's `.standar-situs` lists; `None` when it has none, or names a path no
/// build writes (it was edited by hand: nothing in it is believed).
pub fn listed(site: &Folder) -> Option<Vec<String>> {
    let bytes = site.read(MANIFEST, MANIFEST_LIMIT).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let files: Vec<String> = text
        .lines()
        .filter(|line| !line.starts_with("# "))
        .map(str::to_string)
        .collect();
    files
        .iter()
        .all(|path| site_path_problem(path).is_none())
        .then_some(files)
}

/// What someone other than `standar build` did in a site folder.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files (or links, pipes…) `standar build` did not write there.
    pub added: Vec<String>,
    /// Files it wrote that were changed after it finished.
    pub edited: Vec<String>,
}

impl Changes {
    /// Why the site folder may not be replaced, when anything was added or edited.
    pub fn reason(&self) -> Option<String> {
        let examples = |paths: &[String]| {
            let shown: Vec<String> = paths.iter().take(3).map(|p| format!("`{p}`")).collect();
            shown.join(", ")
        };
        let mut parts = Vec::new();
        if !self.added.is_empty() {
            parts.push(format!(
                "berisi {} berkas yang tidak ditulis `standar build` (misalnya {})",
                self.added.len(),
                examples(&self.added)
            ));
        }
        if !self.edited.is_empty() {
            parts.push(format!(
                "berisi {} berkas yang diubah dengan tangan setelah build terakhir (misalnya {})",
                self.edited.len(),
                examples(&self.edited)
            ));
        }
        (!parts.is_empty()).then(|| parts.join(", dan "))
    }
}

/// What was added to and edited in the site folder `target` since the build that wrote it:
/// `written` is that build's list of files and when its record was saved (after the last of
/// them was written); without it, the site's own list and when that was written. Nothing
/// when `target` does not exist; why it cannot be told when it is no folder or cannot be
/// read.
pub fn changes(
    target: &Path,
    written: Option<(&BTreeMap<String, Hash>, SystemTime)>,
) -> Result<Changes, String> {
    if std::fs::symlink_metadata(target).is_err() {
        return Ok(Changes::default());
    }
    let site = Folder::open(target).map_err(|_| "sudah ada dan bukan folder".to_string())?;
    let (expected, since) = match written {
        Some((written, since)) => (Written::Recorded(written), Some(since)),
        None => (
            Written::Listed(listed(&site).unwrap_or_default().into_iter().collect()),
            site.modified(MANIFEST).ok(),
        ),
    };
    let found = site
        .walk(since.is_some())
        .map_err(|_| "tidak dapat diperiksa isinya".to_string())?;
    let mut changes = Changes::default();
    for entry in found {
        if entry.kind == EntryKind::Folder
            || (entry.path == MANIFEST && entry.kind == EntryKind::File)
        {
            continue;
        }
        if entry.kind != EntryKind::File || !expected.contains(&entry.path) {
            changes.added.push(entry.path);
        } else if since.is_some() && entry.modified > since {
            changes.edited.push(entry.path);
        }
    }
    changes.added.sort_unstable();
    changes.edited.sort_unstable();
    Ok(changes)
}

/// The files a build wrote in a site: as its record says, or as the site's own list says.
enum Written<'a> {
    Recorded(&'a BTreeMap<String, Hash>),
    Listed(BTreeSet<String>),
}

impl Written<'_> {
    fn contains(&self, path: &str) -> bool {
        match self {
            Written::Recorded(files) => files.contains_key(path),
            Written::Listed(files) => files.contains(path),
        }
    }
}

/// The folder holding `target` (`.` for a bare name) and `target`'s own name.
pub fn parent_and_name(target: &Path) -> (&Path, String) {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "site".to_string(), |n| n.to_string_lossy().into_owned());
    (parent, name)
}

/// The site's identity, to which its cache is bound: where the site lies seen from the
/// cache (`../public`), hashed. Unlike an absolute path it survives a checkout in another
/// folder (CI runners build in folders of their own) with the cache restored beside it, and
/// it differs for every site that shares one cache folder.
pub fn identity(target: &Path, cache: &Path) -> Hash {
    let resolved = |path: &Path| {
        let (parent, name) = parent_and_name(path);
        let parent = std::path::absolute(parent).unwrap_or_else(|_| parent.to_path_buf());
        let parent = parent.canonicalize().unwrap_or(parent);
        // What could not be resolved on disk is resolved by its names.
        let mut names: Vec<std::path::Component> = Vec::new();
        for component in parent.components() {
            match component {
                std::path::Component::ParentDir => {
                    names.pop();
                }
                std::path::Component::CurDir => {}
                other => names.push(other),
            }
        }
        names.iter().collect::<PathBuf>().join(name)
    };
    let (site, cache) = (resolved(target), resolved(cache));
    let common = site
        .components()
        .zip(cache.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut relative: Vec<String> = vec!["..".to_string(); cache.components().count() - common];
    relative.extend(
        site.components()
            .skip(common)
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    standar::pipeline::record::hash(relative.join("/").as_bytes())
}

/// Whether `target` is a folder no build may ever replace: the file system root, the home
/// folder, or the current folder or one of its parents.
pub fn protected(target: &Path) -> bool {
    let Ok(resolved) = std::path::absolute(target) else {
        return true;
    };
    let resolved = resolved.canonicalize().unwrap_or(resolved);
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let here = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok());
    resolved.parent().is_none()
        || home.is_some_and(|h| h.canonicalize().unwrap_or(h) == resolved)
        || here.is_some_and(|h| h.starts_with(&resolved))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn built(dir: &Path) -> (Folder, Record) {
        let site = Folder::create(&dir.join("situs")).expect("folder");
        let temporary = Folder::create(&dir.join("tmp")).expect("folder");
        let mut record = Record::default();
        for path in ["index.html", "a/index.html"] {
            site.write_new(path, b"x").expect("write");
            std::sync::Arc::make_mut(&mut record.berkas).insert(path.into(), 1);
        }
        write_manifest(&site, &temporary, &record, record.generation()).expect("list");
        (site, record)
    }

    #[test]
    fn files_added_or_edited_by_hand_are_found() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (site, record) = built(dir.path());
        assert_eq!(generation_of(site.path()), Some(record.generation()));
        let saved = SystemTime::now();
        let found = changes(site.path(), Some((&record.berkas, saved))).expect("changes");
        assert!(found.reason().is_none(), "{found:?}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(site.path().join("a/index.html"), "edited").expect("edit");
        site.write_new("forged.html", b"<h1>").expect("add");
        // Listed by hand: still not written by standar, by the record.
        let mut list = std::fs::OpenOptions::new()
            .append(true)
            .open(site.path().join(MANIFEST))
            .expect("open");
        writeln!(list, "forged.html").expect("append");
        let found = changes(site.path(), Some((&record.berkas, saved))).expect("changes");
        assert_eq!(found.added, ["forged.html"]);
        assert_eq!(found.edited, ["a/index.html"]);
        assert!(found.reason().is_some_and(|r| r.contains("forged.html")));
    }

    #[test]
    fn a_site_is_known_by_where_it_lies_from_its_cache() {
        let a = identity(Path::new("/ci/1/public"), Path::new("/ci/1/.tembolok"));
        assert_eq!(
            a,
            identity(Path::new("/ci/2/x/../public"), Path::new("/ci/2/.tembolok"))
        );
        assert_ne!(
            a,
            identity(Path::new("/ci/1/public-en"), Path::new("/ci/1/.tembolok"))
        );
        assert_ne!(
            a,
            identity(Path::new("/ci/1/public"), Path::new("/ci/1/t/.tembolok"))
        );
    }

    #[test]
    fn a_list_naming_paths_outside_is_not_believed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (site, _) = built(dir.path());
        assert_eq!(listed(&site).map(|l| l.len()), Some(2));
        let mut list = std::fs::OpenOptions::new()
            .append(true)
            .open(site.path().join(MANIFEST))
            .expect("open");
        writeln!(list, "../../victim.txt").expect("append");
        assert_eq!(listed(&site), None);
        let found = changes(site.path(), None).expect("changes");
        assert_eq!(
            found.added.len(),
            2,
            "nothing is taken for standar's: {found:?}"
        );
    }
}
