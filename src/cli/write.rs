//! Writing a site. A build brings the spare site in the cache up to date (writing only files
//! whose bytes changed, linking unchanged ones from the published site, removing what is
//! gone), then exchanges it with the published site in one atomic step: whenever the build
//! stops, the published site is the old one or the new one, whole. The site records the
//! files it holds, so that a later build can tell its own output from files put there by
//! someone else, and never replaces a folder it did not write.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};

use super::tembolok::{Journal, link_copy};

/// The file in a site's root listing every file `standar build` wrote there.
pub const MANIFEST: &str = ".standar-situs";

/// The first line of [`MANIFEST`].
pub const MANIFEST_HEADER: &str = "# Berkas yang ditulis `standar build`. Jangan diubah: standar hanya mengganti folder yang seluruh isinya tercantum di sini.";

/// The spare site being brought up to date: every path is noted in the journal before it is
/// touched, and a file is replaced, never written into (it may be a link to the published
/// site's file).
pub struct SpareSite {
    root: PathBuf,
    /// None for a spare with nothing known in it: a kill leaves it without a record, and the
    /// next build starts it afresh, so nothing needs noting (or removing before writing).
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
    /// The spare site at `root` (created when missing), its changes noted in `journal`; with
    /// `track`, which paths were written is kept for [`SpareSite::wrote`].
    pub fn new(root: &Path, journal: Option<Journal>, track: bool) -> std::io::Result<Self> {
        fs::create_dir_all(root)?;
        Ok(Self {
            root: root.to_path_buf(),
            journal,
            written: track.then(|| Mutex::new(HashSet::new())),
            touched: AtomicBool::new(false),
            files_written: AtomicUsize::new(0),
        })
    }

    /// The spare site's folder.
    pub fn root(&self) -> &Path {
        &self.root
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
    pub fn expect(&self, relative: &str) -> std::io::Result<()> {
        self.clear(relative)?;
        self.mark(relative);
        Ok(())
    }

    fn mark(&self, relative: &str) {
        if let Some(Ok(mut written)) = self.written.as_ref().map(Mutex::lock) {
            written.insert(relative.to_string());
        }
    }

    /// Notes `relative` in the journal and removes the spare's file there, if any (a fresh
    /// spare has none).
    fn clear(&self, relative: &str) -> std::io::Result<()> {
        self.touched.store(true, Ordering::SeqCst);
        match &self.journal {
            Some(journal) => {
                journal.note(relative)?;
                unlink(&self.root.join(relative))
            }
            None => Ok(()),
        }
    }

    /// Writes one file (path relative to the site root, `/`-separated). Safe to call from
    /// several threads; folders are created on the first file written into them.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.clear(relative)?;
        let path = self.root.join(relative);
        match fs::write(&path, bytes) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(path, bytes)?;
            }
            other => other?,
        }
        self.mark(relative);
        stop_for_test(&self.files_written);
        Ok(())
    }

    /// Makes `relative` a link to the same file of the published site `from`.
    pub fn link(&self, from: &Path, relative: &str) -> std::io::Result<()> {
        self.clear(relative)?;
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::hard_link(from.join(relative), path)?;
        stop_for_test(&self.files_written);
        Ok(())
    }

    /// Removes `relative`, and the folders it leaves empty.
    pub fn remove(&self, relative: &str) -> std::io::Result<()> {
        self.clear(relative)?;
        remove_pruning(&self.root, relative)?;
        stop_for_test(&self.files_written);
        Ok(())
    }
}

/// Removes a file, if there is one.
fn unlink(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Puts the spare site (whose `.standar-situs` is written) in place of `target`, with no
/// moment where `target` is missing or partly new: on Linux the two folders are exchanged in
/// one step (`renameat2` with `RENAME_EXCHANGE`), and the previous site, now at the spare's
/// path, is the next build's spare. Where the file system cannot exchange, the previous site
/// is renamed aside to `.<name>.lama-<pid>` first; a kill between the renames leaves it
/// there, and the next build puts it back ([`recover`]). Without a site yet, the new one is
/// made of links to the spare's files, in a staging folder renamed into place.
pub fn publish(spare: &Path, target: &Path) -> std::io::Result<()> {
    let (parent, name) = parent_and_name(target);
    fs::create_dir_all(parent)?;
    remove_stale(parent, &name);
    if fs::symlink_metadata(target).is_err() {
        let staging = own_folder(target, BARU);
        if staging.exists() {
            fs::remove_dir_all(&staging)?;
        }
        let files = listed(spare)?;
        link_copy(spare, &staging, files.iter())?;
        return fs::rename(&staging, target);
    }
    if !test_hook("dua-langkah") {
        match exchange(spare, target) {
            Ok(()) => {
                stop_at_swap_for_test();
                return Ok(());
            }
            Err(Exchange::Failed(error)) => return Err(error),
            Err(Exchange::Unsupported) => {}
        }
    }
    let old = own_folder(target, LAMA);
    fs::rename(target, &old)?;
    stop_at_swap_for_test();
    if let Err(error) = fs::rename(spare, target) {
        let _ = fs::rename(&old, target);
        return Err(error);
    }
    fs::rename(&old, spare)
}

/// The files a site's `.standar-situs` lists.
fn listed(root: &Path) -> std::io::Result<Vec<String>> {
    let text = fs::read_to_string(root.join(MANIFEST))?;
    Ok(text
        .lines()
        .filter(|line| !line.starts_with("# "))
        .map(str::to_string)
        .collect())
}

/// Why two folders were not exchanged.
enum Exchange {
    /// The file system or system cannot exchange: rename in two steps instead.
    Unsupported,
    /// It can, and failed.
    Failed(std::io::Error),
}

/// Exchanges two existing paths in one step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<(), Exchange> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(|errno| match errno {
        Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP => Exchange::Unsupported,
        other => Exchange::Failed(other.into()),
    })
}

/// Exchanges two existing paths in one step.
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> Result<(), Exchange> {
    Err(Exchange::Unsupported)
}

/// Fault injection for the tests of the swap: `STANDAR_UJI_TUKAR` holds `dua-langkah` (swap
/// in two renames, as on a file system that cannot exchange) and/or `henti` (end the process
/// right after the first rename or the exchange, as a kill would).
fn test_hook(name: &str) -> bool {
    static HOOKS: LazyLock<String> =
        LazyLock::new(|| std::env::var("STANDAR_UJI_TUKAR").unwrap_or_default());
    HOOKS.split(',').any(|hook| hook.trim() == name)
}

fn stop_at_swap_for_test() {
    if test_hook("henti") {
        std::process::abort();
    }
}

/// Puts back a previous site that a build killed in the middle of a two-step swap left at
/// `.<name>.lama-<pid>` when `target` is missing; returns the folder it came from. Runs
/// before anything else a build does, whether that build then succeeds or not.
pub fn recover(target: &Path) -> std::io::Result<Option<PathBuf>> {
    if fs::symlink_metadata(target).is_ok() {
        return Ok(None);
    }
    let (parent, name) = parent_and_name(target);
    // The newest left-behind site, if a build was killed more than once.
    let newest = left_behind(parent, &name)
        .into_iter()
        .filter(|(kind, entry)| *kind == LAMA && entry.file_type().is_ok_and(|t| t.is_dir()))
        .max_by_key(|(_, entry)| entry.metadata().and_then(|m| m.modified()).ok());
    let Some((_, entry)) = newest else {
        return Ok(None);
    };
    fs::rename(entry.path(), target)?;
    Ok(Some(entry.path()))
}

/// Removes `.<name>.baru-<pid>` and `.<name>.lama-<pid>` folders of builds that no longer run
/// (killed before they could clean up). A previous site is never removed while the site
/// itself is missing: [`recover`] puts it back instead.
fn remove_stale(parent: &Path, name: &str) {
    let site_missing = fs::symlink_metadata(parent.join(name)).is_err();
    for (kind, entry) in left_behind(parent, name) {
        if !(site_missing && kind == LAMA) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// The staging folder's infix, and the previous site's (set aside in a two-step swap).
const BARU: &str = "baru";
const LAMA: &str = "lama";

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

/// This build's `.<name>.<kind>-<pid>` beside `target`.
fn own_folder(target: &Path, kind: &str) -> PathBuf {
    let (parent, name) = parent_and_name(target);
    parent.join(format!(".{name}.{kind}-{}", std::process::id()))
}

/// `.<name>.baru-<pid>` and `.<name>.lama-<pid>` entries of builds that no longer run, with
/// which of the two each is.
fn left_behind(parent: &Path, name: &str) -> Vec<(&'static str, fs::DirEntry)> {
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let (kind, pid) = [BARU, LAMA].into_iter().find_map(|kind| {
                let pid = file_name.strip_prefix(&format!(".{name}.{kind}-"))?;
                Some((kind, pid.parse::<u32>().ok()?))
            })?;
            (pid != std::process::id() && !process_running(pid)).then_some((kind, entry))
        })
        .collect()
}

fn process_running(pid: u32) -> bool {
    let proc_root = Path::new("/proc");
    // Without /proc (not Linux) every build is assumed alive: nothing is removed.
    !proc_root.is_dir() || proc_root.join(pid.to_string()).exists()
}

/// The files in the folder `target` that `standar build` did not write (relative paths), or
/// why it cannot be told. Nothing when `target` does not exist.
pub fn foreign_files(target: &Path) -> Result<Vec<String>, String> {
    let Ok(meta) = fs::symlink_metadata(target) else {
        return Ok(Vec::new());
    };
    if !meta.is_dir() {
        return Err("sudah ada dan bukan folder".to_string());
    }
    let listed: HashSet<String> = listed(target)
        .map(|files| files.into_iter().collect())
        .unwrap_or_default();
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(target).min_depth(1) {
        let Ok(entry) = entry else {
            return Err("tidak dapat diperiksa isinya".to_string());
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let relative = entry
            .path()
            .strip_prefix(target)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        if relative == MANIFEST || listed.contains(&relative) && entry.file_type().is_file() {
            continue;
        }
        foreign.push(relative);
    }
    foreign.sort();
    Ok(foreign)
}

/// Why a site folder may not be replaced, given what [`foreign_files`] found.
pub fn foreign_reason(found: &Result<Vec<String>, String>) -> Option<String> {
    match found {
        Err(reason) => Some(reason.clone()),
        Ok(paths) if paths.is_empty() => None,
        Ok(paths) => {
            let examples: Vec<String> = paths.iter().take(3).map(|p| format!("`{p}`")).collect();
            Some(format!(
                "berisi {} berkas yang tidak ditulis `standar build` (misalnya {})",
                paths.len(),
                examples.join(", ")
            ))
        }
    }
}

/// Removes files standar did not write from a site folder (the previous site, now the spare,
/// after a build with `--force`), and the folders they leave empty.
pub fn remove_foreign(root: &Path, paths: &[String]) -> std::io::Result<()> {
    paths.iter().try_for_each(|path| remove_pruning(root, path))
}

/// Removes the file `relative` of the site in `root`, if there is one, and the folders it
/// leaves empty.
fn remove_pruning(root: &Path, relative: &str) -> std::io::Result<()> {
    unlink(&root.join(relative))?;
    let mut folder = root.join(relative);
    while folder.pop() && folder != root {
        if fs::remove_dir(&folder).is_err() {
            break;
        }
    }
    Ok(())
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
