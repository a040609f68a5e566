//! Writing a site: every file goes into a staging folder beside the output folder, which
//! replaces the previous site only once the whole build succeeded, in one atomic exchange. The site records the files
//! it holds, so that a later build can tell its own output from files put there by someone
//! else, and never replaces a folder it did not write.

use std::collections::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};

/// The file in a site's root listing every file `standar build` wrote there.
pub const MANIFEST: &str = ".standar-situs";

const MANIFEST_HEADER: &str = "# Berkas yang ditulis `standar build`. Jangan diubah: standar hanya mengganti folder yang seluruh isinya tercantum di sini.";

/// A site being written into a staging folder.
pub struct StagedSite {
    staging: PathBuf,
    target: PathBuf,
    /// Paths written, one per line, in the order they were written (sorted on commit).
    written: Mutex<std::io::BufWriter<fs::File>>,
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

impl StagedSite {
    /// Creates an empty staging folder next to `target`, removing what earlier builds that
    /// were killed left behind.
    pub fn new(target: &Path) -> std::io::Result<Self> {
        let (parent, name) = parent_and_name(target);
        fs::create_dir_all(parent)?;
        remove_stale(parent, &name);
        let staging = own_folder(target, BARU);
        if staging.exists() {
            fs::remove_dir_all(&staging)?;
        }
        fs::create_dir(&staging)?;
        let list = fs::File::create(staging.join(MANIFEST))?;
        Ok(Self {
            staging,
            target: target.to_path_buf(),
            written: Mutex::new(std::io::BufWriter::new(list)),
            files_written: AtomicUsize::new(0),
        })
    }

    /// The staging folder, where the site is being written.
    pub fn root(&self) -> &Path {
        &self.staging
    }

    /// Records a file written into the staging folder by another program.
    pub fn record(&self, relative: &str) -> std::io::Result<()> {
        let mut list = self
            .written
            .lock()
            .map_err(|_| std::io::Error::other("daftar berkas tidak dapat dicatat"))?;
        writeln!(list, "{relative}")
    }

    /// Writes one file (path relative to the site root, `/`-separated). Safe to call from
    /// several threads; folders are created on the first file written into them.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = self.staging.join(relative);
        match fs::write(&path, bytes) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(path, bytes)?;
            }
            other => other?,
        }
        self.record(relative)?;
        stop_for_test(&self.files_written);
        Ok(())
    }

    /// Replaces the target with the staged site, with no moment where the target is missing:
    /// on Linux the two folders are exchanged in one step (`renameat2` with
    /// `RENAME_EXCHANGE`) and the previous site, now at the staging path, is removed. Where
    /// the file system cannot exchange, the previous site is renamed aside to
    /// `.<name>.lama-<pid>` first; a kill between the two renames leaves it there, and the
    /// next build puts it back ([`recover`]).
    pub fn commit(self) -> std::io::Result<()> {
        self.finish_manifest()?;
        if fs::symlink_metadata(&self.target).is_err() {
            return fs::rename(&self.staging, &self.target);
        }
        if !test_hook("dua-langkah") {
            match exchange(&self.staging, &self.target) {
                Ok(()) => {
                    stop_at_swap_for_test();
                    // The staging path now holds the previous site.
                    return fs::remove_dir_all(&self.staging);
                }
                Err(Exchange::Failed(error)) => return Err(error),
                Err(Exchange::Unsupported) => {}
            }
        }
        let old = own_folder(&self.target, LAMA);
        fs::rename(&self.target, &old)?;
        stop_at_swap_for_test();
        if let Err(error) = fs::rename(&self.staging, &self.target) {
            // Put the previous site back; the staging folder is removed on drop.
            let _ = fs::rename(&old, &self.target);
            return Err(error);
        }
        fs::remove_dir_all(&old)
    }

    /// Rewrites the list of written files sorted, so that it is the same for the same input.
    fn finish_manifest(&self) -> std::io::Result<()> {
        let mut list = self
            .written
            .lock()
            .map_err(|_| std::io::Error::other("daftar berkas tidak dapat dicatat"))?;
        list.flush()?;
        let path = self.staging.join(MANIFEST);
        let text = fs::read_to_string(&path)?;
        let mut lines: Vec<&str> = text.lines().collect();
        lines.sort_unstable();
        let mut sorted = String::with_capacity(text.len() + MANIFEST_HEADER.len() + 1);
        sorted.push_str(MANIFEST_HEADER);
        sorted.push('\n');
        for line in lines {
            sorted.push_str(line);
            sorted.push('\n');
        }
        fs::write(path, sorted)
    }
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

impl Drop for StagedSite {
    /// An abandoned staging folder (failed build) is removed.
    fn drop(&mut self) {
        if self.staging.exists() {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
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
fn parent_and_name(target: &Path) -> (&Path, String) {
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

/// Why `target` may not be replaced by a build: it holds files `standar build` did not write.
pub fn foreign_files(target: &Path) -> Option<String> {
    let meta = fs::symlink_metadata(target).ok()?;
    if !meta.is_dir() {
        return Some("sudah ada dan bukan folder".to_string());
    }
    let listed: HashSet<String> = fs::read_to_string(target.join(MANIFEST))
        .map(|text| text.lines().skip(1).map(str::to_string).collect())
        .unwrap_or_default();
    let mut foreign = Vec::new();
    let mut count = 0usize;
    for entry in walkdir::WalkDir::new(target)
        .min_depth(1)
        .sort_by_file_name()
    {
        let Ok(entry) = entry else {
            return Some("tidak dapat diperiksa isinya".to_string());
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
        count += 1;
        if foreign.len() < 3 {
            foreign.push(format!("`{relative}`"));
        }
    }
    (count > 0).then(|| {
        format!(
            "berisi {count} berkas yang tidak ditulis `standar build` (misalnya {})",
            foreign.join(", ")
        )
    })
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
