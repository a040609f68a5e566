//! A folder the build may change, held as a handle: every operation names a path relative to
//! it, checked to be a clean relative path, and resolved beneath the handle by `cap-std`, so
//! that no path read from disk (a record, a journal, a site list) and no symbolic link found
//! inside can make an operation reach a file outside the folder.

use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use cap_std::ambient_authority;
use cap_std::fs::{Dir, OpenOptions};
use standar::pipeline::record::site_path_problem;

/// An open folder, and the path it was opened at (for messages, and for Chromium, which
/// writes board PDFs by path).
pub struct Folder {
    dir: Dir,
    path: PathBuf,
}

/// What an entry of a folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular file.
    File,
    /// A folder.
    Folder,
    /// Anything else: a symbolic link, a pipe, a socket, a device.
    Other,
}

/// One entry found by [`Folder::walk`].
#[derive(Debug, Clone)]
pub struct FoundEntry {
    /// `/`-separated, relative to the folder walked.
    pub path: String,
    pub kind: EntryKind,
    /// When last modified (files only, when asked for).
    pub modified: Option<SystemTime>,
}

/// A path that is not a clean relative path: refused before any system call.
fn checked(relative: &str) -> io::Result<&Path> {
    match site_path_problem(relative) {
        None => Ok(Path::new(relative)),
        Some(why) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("jalur `{}` ditolak: {why}", relative.escape_debug()),
        )),
    }
}

/// A path found by walking a folder (not read from a record): any names, but only names, so
/// that it stays inside.
fn checked_found(relative: &str) -> io::Result<&Path> {
    let path = Path::new(relative);
    let names_only = !relative.is_empty()
        && !relative.contains('\0')
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    if names_only {
        Ok(path)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("jalur `{}` ditolak", relative.escape_debug()),
        ))
    }
}

fn ignore_missing(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

impl Folder {
    /// Opens the folder at `path`, which must be a folder and not a symbolic link.
    pub fn open(path: &Path) -> io::Result<Folder> {
        let meta = std::fs::symlink_metadata(path)?;
        if !meta.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "bukan folder (atau tautan simbolik)",
            ));
        }
        Ok(Folder {
            dir: Dir::open_ambient_dir(path, ambient_authority())?,
            path: path.to_path_buf(),
        })
    }

    /// Opens the folder at `path`, creating it (and the folders above it) when missing.
    pub fn create(path: &Path) -> io::Result<Folder> {
        if std::fs::symlink_metadata(path).is_err() {
            std::fs::create_dir_all(path)?;
        }
        Folder::open(path)
    }

    /// The path it was opened at.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder `relative` inside, created when missing; never a symbolic link.
    pub fn sub(&self, relative: &str) -> io::Result<Folder> {
        let path = checked(relative)?;
        if self.kind(relative).is_none() {
            self.dir.create_dir_all(path)?;
        }
        if self.kind(relative) != Some(EntryKind::Folder) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{relative}` bukan folder (atau tautan simbolik)"),
            ));
        }
        Ok(Folder {
            dir: self.dir.open_dir(path)?,
            path: self.path.join(path),
        })
    }

    /// What `relative` is, without following a link; `None` when nothing is there.
    pub fn kind(&self, relative: &str) -> Option<EntryKind> {
        let meta = self.dir.symlink_metadata(checked(relative).ok()?).ok()?;
        Some(if meta.is_file() {
            EntryKind::File
        } else if meta.is_dir() {
            EntryKind::Folder
        } else {
            EntryKind::Other
        })
    }

    /// Creates the folders above `relative`.
    fn parents(&self, relative: &Path) -> io::Result<()> {
        match relative.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(parent) => self.dir.create_dir_all(parent),
            None => Ok(()),
        }
    }

    /// Writes a new file at `relative` (its folders created): fails when anything is there
    /// already, a link included, so that it never writes into another file.
    pub fn write_new(&self, relative: &str, bytes: &[u8]) -> io::Result<()> {
        let path = checked(relative)?;
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        let mut file = match self.dir.open_with(path, &options) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                self.parents(path)?;
                self.dir.open_with(path, &options)?
            }
            other => other?,
        };
        file.write_all(bytes)
    }

    /// Writes `relative` whole or not at all: through a temporary file renamed over it.
    pub fn write_atomic(
        &self,
        relative: &str,
        write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let path = checked(relative)?;
        let temporary = format!("{relative}.tmp-{}", std::process::id());
        self.remove_file(&temporary)?;
        self.parents(path)?;
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        let file = self.dir.open_with(checked(&temporary)?, &options)?;
        let mut out = io::BufWriter::with_capacity(1 << 20, file);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?;
        self.dir.rename(&temporary, &self.dir, path)
    }

    /// Makes `relative` a hard link to the same file of `from` (its folders created).
    pub fn link_from(&self, from: &Folder, relative: &str) -> io::Result<()> {
        let path = checked(relative)?;
        match from.dir.hard_link(path, &self.dir, path) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                self.parents(path)?;
                from.dir.hard_link(path, &self.dir, path)
            }
            other => other,
        }
    }

    /// Removes the file (or link) at `relative`, if there is one.
    pub fn remove_file(&self, relative: &str) -> io::Result<()> {
        ignore_missing(self.dir.remove_file(checked(relative)?))
    }

    /// Removes whatever is at `relative` (a folder with everything in it; a link, never what
    /// it points to), if anything is.
    pub fn remove_all(&self, relative: &str) -> io::Result<()> {
        let path = checked(relative)?;
        match self.kind(relative) {
            Some(EntryKind::Folder) => ignore_missing(self.dir.remove_dir_all(path)),
            Some(_) => self.remove_file(relative),
            None => Ok(()),
        }
    }

    /// Removes the file `relative`, if there is one, and the folders it leaves empty.
    pub fn remove_pruning(&self, relative: &str) -> io::Result<()> {
        self.remove_and_prune(checked(relative)?)
    }

    fn remove_and_prune(&self, path: &Path) -> io::Result<()> {
        ignore_missing(self.dir.remove_file(path))?;
        let mut folder = path;
        while let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
            if self.dir.remove_dir(parent).is_err() {
                break;
            }
            folder = parent;
        }
        Ok(())
    }

    /// Removes a file found by [`Folder::walk`] (its name may be one no build writes), and
    /// the folders it leaves empty.
    pub fn remove_found(&self, relative: &str) -> io::Result<()> {
        self.remove_and_prune(checked_found(relative)?)
    }

    /// Renames `relative` to `to` inside `target` (one system call: on one disk).
    pub fn rename_to(&self, relative: &str, target: &Folder, to: &str) -> io::Result<()> {
        self.dir
            .rename(checked(relative)?, &target.dir, checked(to)?)
    }

    /// Reads the regular file `relative`, refusing one larger than `limit` bytes.
    pub fn read(&self, relative: &str, limit: u64) -> io::Result<Vec<u8>> {
        let path = checked(relative)?;
        let file = self.dir.open(path)?;
        let meta = file.metadata()?;
        if !meta.is_file() || self.kind(relative) != Some(EntryKind::File) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{relative}` bukan berkas biasa"),
            ));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(limit)).unwrap_or(0));
        file.take(limit + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > limit {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("`{relative}` lebih dari {limit} bita"),
            ));
        }
        Ok(bytes)
    }

    /// Opens the regular file `relative` for appending, creating it when missing.
    pub fn append(&self, relative: &str) -> io::Result<std::fs::File> {
        let path = checked(relative)?;
        if self.kind(relative).is_some_and(|k| k != EntryKind::File) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{relative}` bukan berkas biasa"),
            ));
        }
        let mut options = OpenOptions::new();
        options.create(true).append(true);
        Ok(self.dir.open_with(path, &options)?.into_std())
    }

    /// The names of the entries directly inside.
    pub fn names(&self) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in self.dir.entries()? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    /// Every entry below the folder, links not followed; with `times`, each file's
    /// modification time too. In no particular order.
    pub fn walk(&self, times: bool) -> io::Result<Vec<FoundEntry>> {
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&self.path)
            .follow_links(false)
            .min_depth(1)
        {
            let entry = entry.map_err(io::Error::other)?;
            let kind = match entry.file_type() {
                t if t.is_file() => EntryKind::File,
                t if t.is_dir() => EntryKind::Folder,
                _ => EntryKind::Other,
            };
            let relative = entry
                .path()
                .strip_prefix(&self.path)
                .map_err(io::Error::other)?;
            let mut path = relative.to_string_lossy().into_owned();
            if std::path::MAIN_SEPARATOR != '/' {
                path = path.replace(std::path::MAIN_SEPARATOR, "/");
            }
            let modified = if times && kind == EntryKind::File {
                Some(entry.metadata().map_err(io::Error::other)?.modified()?)
            } else {
                None
            };
            found.push(FoundEntry {
                path,
                kind,
                modified,
            });
        }
        Ok(found)
    }

    /// When the folder `relative` (`""`: this folder) last changed: an entry added, removed
    /// or replaced in it, or the folder itself renamed. No one can set this time back. An
    /// error when it is no folder, or where the system does not tell.
    #[cfg(unix)]
    pub fn changed(&self, relative: &str) -> io::Result<SystemTime> {
        use cap_std::fs::MetadataExt as _;
        let meta = if relative.is_empty() {
            self.dir.dir_metadata()?
        } else {
            self.dir.symlink_metadata(checked(relative)?)?
        };
        if !meta.is_dir() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "bukan folder"));
        }
        let seconds = u64::try_from(meta.ctime()).map_err(io::Error::other)?;
        let nanos = u32::try_from(meta.ctime_nsec()).map_err(io::Error::other)?;
        Ok(SystemTime::UNIX_EPOCH + std::time::Duration::new(seconds, nanos))
    }

    /// When the folder `relative` last changed: not told on this system.
    #[cfg(not(unix))]
    pub fn changed(&self, _relative: &str) -> io::Result<SystemTime> {
        Err(io::Error::from(io::ErrorKind::Unsupported))
    }

    /// When `relative` was last modified.
    pub fn modified(&self, relative: &str) -> io::Result<SystemTime> {
        Ok(self
            .dir
            .symlink_metadata(checked(relative)?)?
            .modified()?
            .into_std())
    }

    /// Exchanges `a` in this folder with `b` in `other` in one step (Linux `renameat2` with
    /// `RENAME_EXCHANGE`); `Ok(false)` where the file system or system cannot.
    #[cfg(target_os = "linux")]
    pub fn exchange(&self, a: &str, other: &Folder, b: &str) -> io::Result<bool> {
        use rustix::fs::{RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(
            &self.dir,
            checked(a)?,
            &other.dir,
            checked(b)?,
            RenameFlags::EXCHANGE,
        ) {
            Ok(()) => Ok(true),
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
            Err(other) => Err(other.into()),
        }
    }

    /// Exchanges two entries in one step; never possible here.
    #[cfg(not(target_os = "linux"))]
    pub fn exchange(&self, a: &str, _other: &Folder, b: &str) -> io::Result<bool> {
        checked(a)?;
        checked(b)?;
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (tempfile::TempDir, Folder) {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = Folder::create(&dir.path().join("situs")).expect("folder");
        (dir, folder)
    }

    #[test]
    fn no_path_leaves_the_folder() {
        let (dir, folder) = folder();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep").expect("write");
        for bad in ["../victim.txt", "/etc/passwd", "a/../../victim.txt", ""] {
            assert!(folder.remove_file(bad).is_err(), "{bad}");
            assert!(folder.remove_all(bad).is_err(), "{bad}");
            assert!(folder.write_new(bad, b"x").is_err(), "{bad}");
        }
        let absolute = victim.to_string_lossy().into_owned();
        assert!(folder.remove_pruning(&absolute).is_err());
        assert_eq!(std::fs::read_to_string(&victim).expect("kept"), "keep");
    }

    #[cfg(unix)]
    #[test]
    fn links_inside_never_lead_outside() {
        let (dir, folder) = folder();
        let outside = dir.path().join("outside");
        std::fs::create_dir(&outside).expect("mkdir");
        std::fs::write(outside.join("private.txt"), "secret").expect("write");
        std::os::unix::fs::symlink(&outside, folder.path().join("unit")).expect("link");
        assert!(folder.write_new("unit/index.html", b"x").is_err());
        assert!(folder.remove_file("unit/private.txt").is_err());
        assert!(folder.read("unit/private.txt", 100).is_err());
        assert!(folder.sub("unit").is_err());
        folder
            .remove_all("unit")
            .expect("the link itself is removed");
        assert_eq!(
            std::fs::read_to_string(outside.join("private.txt")).expect("kept"),
            "secret"
        );
        // A dangling link is not written through either.
        std::os::unix::fs::symlink(dir.path().join("made"), folder.path().join("a.html"))
            .expect("link");
        assert!(folder.write_new("a.html", b"x").is_err());
        assert!(!dir.path().join("made").exists());
    }

    #[test]
    fn files_are_written_linked_and_pruned_inside() {
        let (dir, folder) = folder();
        folder.write_new("a/b/index.html", b"1").expect("write");
        assert!(folder.write_new("a/b/index.html", b"2").is_err());
        let other = Folder::create(&dir.path().join("lain")).expect("folder");
        other.link_from(&folder, "a/b/index.html").expect("link");
        assert_eq!(other.read("a/b/index.html", 10).expect("read"), b"1");
        assert!(other.read("a/b/index.html", 0).is_err(), "over the limit");
        folder.remove_pruning("a/b/index.html").expect("removed");
        assert_eq!(folder.kind("a"), None);
        folder
            .write_atomic("x.txt", |out: &mut dyn io::Write| out.write_all(b"z"))
            .expect("atomic");
        let walked: Vec<String> = folder
            .walk(false)
            .expect("walk")
            .into_iter()
            .map(|f| f.path)
            .collect();
        assert_eq!(walked, ["x.txt"]);
    }
}
