//! The site's own files that `_situs.yaml` names beside it, its logo and its template
//! folder: read through [`Files`](super::Files) like the standards, within limits, never
//! through a link and never outside the corpus.

use crate::diagnostic::{Code, Diagnostic};
use crate::source::SourceFile;

/// One file of a named asset.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Its path below the folder named, `/`-separated (`aset/gaya.css`); empty for a file
    /// named itself.
    pub name: String,
    /// Its path as messages show it.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// How much of an asset may be read.
#[derive(Debug, Clone, Copy)]
pub struct AssetLimits {
    /// Files, at most.
    pub files: usize,
    /// Bytes of one file, at most.
    pub file_bytes: u64,
    /// Bytes of all files, at most.
    pub total_bytes: u64,
}

impl AssetLimits {
    /// A logo: one picture.
    pub const LOGO: AssetLimits = AssetLimits {
        files: 1,
        file_bytes: 4 << 20,
        total_bytes: 4 << 20,
    };

    /// A template folder: the site's templates and the assets they use.
    pub const TEMPLATES: AssetLimits = AssetLimits {
        files: 500,
        file_bytes: 8 << 20,
        total_bytes: 64 << 20,
    };

    /// Whether one more file of `size` bytes may be read after `read` files of `total`
    /// bytes (`total` already counting it).
    pub fn admits(&self, read: usize, size: u64, total: u64) -> bool {
        read < self.files && size <= self.file_bytes && total <= self.total_bytes
    }

    /// The problem of an asset beyond these limits.
    pub fn exceeded(&self, path: &str) -> Diagnostic {
        Diagnostic::new(
            Code::FileTooLarge,
            &SourceFile::new(path, ""),
            format!(
                "`{path}` melampaui batas: paling banyak {} berkas, {} MB per berkas, {} MB seluruhnya",
                self.files,
                self.file_bytes >> 20,
                self.total_bytes >> 20
            ),
        )
        .help("simpan hanya logo, templat dan aset yang dipakai situs")
    }
}

/// Whether `name` is a clean path below the folder of `_situs.yaml`: relative, without
/// `.`, `..` or an empty part.
pub fn stays_inside(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// The problem of an asset that cannot be read: missing, a link, not a regular file.
pub fn unreadable(path: &str, why: &str, help: &str) -> Diagnostic {
    Diagnostic::new(
        Code::FileUnreadable,
        &SourceFile::new(path, ""),
        format!("`{path}` tidak dapat dipakai: {why}"),
    )
    .help(help.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_clean_relative_paths_stay_inside() {
        for inside in ["logo.svg", "templat", "aset/templat/x.html"] {
            assert!(stays_inside(inside), "{inside}");
        }
        for outside in [
            "",
            "/etc",
            "../x",
            "a/../../x",
            "a//b",
            "./x",
            "a\\b",
            "~/x/..",
        ] {
            assert!(!stays_inside(outside), "{outside}");
        }
    }
}
