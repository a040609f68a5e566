//! Writing a site: every file goes into a staging folder beside the output folder, which
//! replaces the previous site only once the whole build succeeded.

use std::fs;
use std::path::{Path, PathBuf};

/// A site being written into a staging folder.
pub struct StagedSite {
    staging: PathBuf,
    target: PathBuf,
}

impl StagedSite {
    /// Creates an empty staging folder next to `target`.
    pub fn new(target: &Path) -> std::io::Result<Self> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".to_string());
        let staging = parent.join(format!(".{name}.baru-{}", std::process::id()));
        if staging.exists() {
            fs::remove_dir_all(&staging)?;
        }
        fs::create_dir(&staging)?;
        Ok(Self {
            staging,
            target: target.to_path_buf(),
        })
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
                fs::write(path, bytes)
            }
            other => other,
        }
    }

    /// Replaces the target with the staged site. The previous site is removed only after the
    /// new one is in place.
    pub fn commit(self) -> std::io::Result<()> {
        let old = self.target.with_file_name(format!(
            ".{}.lama-{}",
            self.target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let had_previous = self.target.exists();
        if had_previous {
            fs::rename(&self.target, &old)?;
        }
        if let Err(error) = fs::rename(&self.staging, &self.target) {
            if had_previous {
                // Put the previous site back; the staging folder is removed on drop.
                let _ = fs::rename(&old, &self.target);
            }
            return Err(error);
        }
        if had_previous {
            fs::remove_dir_all(&old)?;
        }
        Ok(())
    }
}

impl Drop for StagedSite {
    /// An abandoned staging folder (failed build) is removed.
    fn drop(&mut self) {
        if self.staging.exists() {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}
