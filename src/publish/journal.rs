//! The journal of the spare site: the paths about to be touched, each written before it is,
//! so that after a kill the spare's record minus the journal is still true.

use std::collections::HashSet;
use std::io::{self, Write as _};
use std::sync::Mutex;

/// The paths of the spare site about to be touched: a file of the site's root by its name,
/// any other by its folder (`unit/layanan/`), once.
pub struct Journal {
    file: Mutex<(std::fs::File, HashSet<String>)>,
}

impl Journal {
    /// A journal appending to `file`.
    pub fn new(file: std::fs::File) -> Journal {
        Journal {
            file: Mutex::new((file, HashSet::new())),
        }
    }

    /// Notes that `path` is about to change.
    pub fn note(&self, path: &str) -> io::Result<()> {
        let entry = match path.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/"),
            None => path.to_string(),
        };
        let mut guard = self
            .file
            .lock()
            .map_err(|_| io::Error::other("jurnal tembolok tidak dapat ditulis"))?;
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
