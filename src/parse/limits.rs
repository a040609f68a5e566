//! Limits that keep hostile or broken files from exhausting time or memory.

/// Upper bounds applied while reading and parsing a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: usize,
    /// Deepest nesting of sequences and mappings.
    pub max_depth: usize,
    /// Most nodes in one document after aliases are expanded.
    pub max_nodes: usize,
    /// Most items in one sequence or keys in one mapping.
    pub max_items: usize,
    /// Longest scalar, in bytes.
    pub max_scalar_bytes: usize,
}

impl Default for Limits {
    /// Generous for any real standard (a long one is ~20 KB, depth 8, ~2,000 nodes).
    fn default() -> Self {
        Self {
            max_file_bytes: 2 * 1024 * 1024,
            max_depth: 32,
            max_nodes: 100_000,
            max_items: 5_000,
            max_scalar_bytes: 64 * 1024,
        }
    }
}
