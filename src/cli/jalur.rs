//! Paths as messages show them.

use std::path::Path;

/// The path as shown to users, with `/` separators.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
