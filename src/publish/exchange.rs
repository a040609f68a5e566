//! Putting the spare site in place of the published one with no moment where the site is
//! missing or partly new: on Linux the two folders are exchanged in one step (`renameat2`
//! with `RENAME_EXCHANGE`), and the previous site, now in the cache, is the next build's
//! spare. Where the file system cannot exchange, the previous site is renamed aside to
//! `.<name>.lama-<pid>` first; a kill between the renames leaves it there, and the next
//! build puts it back ([`recover`]). Without a site yet, the new one is made of links to the
//! spare's files, in a staging folder renamed into place. Every step goes through handles to
//! the folder above the site and to the cache.

use std::io;
use std::path::Path;
use std::sync::LazyLock;

use super::cache::Cache;
use super::folder::{EntryKind, Folder};
use super::site::{listed, parent_and_name};
use super::spare::link_copy;

/// The staging folder's infix, and the previous site's (set aside in a two-step swap).
const BARU: &str = "baru";
const LAMA: &str = "lama";

/// A lock on one site folder: two builds never write the same site at once, whatever
/// caches they use. Held until dropped.
pub struct SiteLock {
    _file: std::fs::File,
}

/// Locks the site `target` by locking the folder above it (the site itself is exchanged, so
/// it cannot hold the lock; where a folder cannot be opened as a file, as on Windows, the
/// file `.<name>.kunci` beside the site is locked instead). Waits, saying so, while another
/// build holds it.
pub fn lock_site(target: &Path) -> io::Result<SiteLock> {
    let (parent, name) = parent_and_name(target);
    let folder = Folder::create(parent)?;
    let file = match std::fs::File::open(folder.path()) {
        Ok(file) if cfg!(unix) => file,
        _ => folder.append(&format!(".{name}.kunci"))?,
    };
    if file.try_lock().is_err() {
        eprintln!(
            "standar: menunggu build lain yang menulis situs `{}` selesai…",
            target.display()
        );
        file.lock()?;
    }
    Ok(SiteLock { _file: file })
}

/// Puts the spare site of `cache` (whose `.standar-situs` is written) in place of `target`.
pub fn publish(cache: &Cache, target: &Path) -> io::Result<()> {
    let (parent_path, name) = parent_and_name(target);
    let parent = Folder::create(parent_path)?;
    remove_stale(&parent, &name);
    let spare_name = Cache::spare_name();
    if parent.kind(&name).is_none() {
        let staging = own_name(&name, BARU);
        parent.remove_all(&staging)?;
        let spare = cache.spare()?;
        let files = listed(&spare)
            .ok_or_else(|| io::Error::other("daftar berkas situs cadangan tidak terbaca"))?;
        link_copy(&spare, &parent.sub(&staging)?, files.iter())?;
        return parent.rename_to(&staging, &parent, &name);
    }
    if !test_hook("dua-langkah") && cache.folder().exchange(spare_name, &parent, &name)? {
        stop_at_swap_for_test();
        return Ok(());
    }
    let old = own_name(&name, LAMA);
    parent.rename_to(&name, &parent, &old)?;
    stop_at_swap_for_test();
    if let Err(error) = cache.folder().rename_to(spare_name, &parent, &name) {
        let _ = parent.rename_to(&old, &parent, &name);
        return Err(error);
    }
    parent.rename_to(&old, cache.folder(), spare_name)
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
pub fn recover(target: &Path) -> io::Result<Option<String>> {
    let (parent_path, name) = parent_and_name(target);
    let Ok(parent) = Folder::open(parent_path) else {
        return Ok(None);
    };
    if parent.kind(&name).is_some() {
        return Ok(None);
    }
    // The newest left-behind site, if a build was killed more than once.
    let newest = left_behind(&parent, &name)
        .into_iter()
        .filter(|(kind, entry)| *kind == LAMA && parent.kind(entry) == Some(EntryKind::Folder))
        .max_by_key(|(_, entry)| parent.modified(entry).ok());
    let Some((_, entry)) = newest else {
        return Ok(None);
    };
    parent.rename_to(&entry, &parent, &name)?;
    Ok(Some(entry))
}

/// Removes `.<name>.baru-<pid>` and `.<name>.lama-<pid>` folders of builds that no longer run
/// (killed before they could clean up). A previous site is never removed while the site
/// itself is missing: [`recover`] puts it back instead.
fn remove_stale(parent: &Folder, name: &str) {
    let site_missing = parent.kind(name).is_none();
    for (kind, entry) in left_behind(parent, name) {
        if !(site_missing && kind == LAMA) {
            let _ = parent.remove_all(&entry);
        }
    }
}

/// This build's `.<name>.<kind>-<pid>`.
fn own_name(name: &str, kind: &str) -> String {
    format!(".{name}.{kind}-{}", std::process::id())
}

/// The `.<name>.baru-<pid>` and `.<name>.lama-<pid>` entries of builds that no longer run,
/// with which of the two each is.
fn left_behind(parent: &Folder, name: &str) -> Vec<(&'static str, String)> {
    let Ok(names) = parent.names() else {
        return Vec::new();
    };
    names
        .into_iter()
        .filter_map(|entry| {
            let (kind, pid) = [BARU, LAMA].into_iter().find_map(|kind| {
                let pid = entry.strip_prefix(&format!(".{name}.{kind}-"))?;
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
