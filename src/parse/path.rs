//! Typed paths to the nodes of a document. A check names where its diagnostic points with the
//! keys the model declares ([`crate::model::keys`]) and list indices, never with a pointer
//! formatted by hand, so a typo cannot silently move the underline to a parent.

use super::node::escape_pointer_segment;

/// A key of the YAML format. The constants in [`crate::model::keys`] are the only ones; a test
/// checks that each is a key of the generated schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(&'static str);

impl Key {
    /// A key named by the model.
    pub(crate) const fn new(name: &'static str) -> Key {
        Key(name)
    }

    /// The key as written in YAML.
    pub fn name(self) -> &'static str {
        self.0
    }
}

/// A path from a document's root to one of its nodes (kept as a JSON Pointer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodePath {
    pointer: String,
}

impl NodePath {
    /// The document itself.
    pub fn root() -> NodePath {
        NodePath::default()
    }

    /// The value of `key` in the mapping at this path.
    #[must_use]
    pub fn key(&self, key: Key) -> NodePath {
        NodePath {
            pointer: format!("{}/{}", self.pointer, key.0),
        }
    }

    /// Item `index` (from 0) of the list at this path.
    #[must_use]
    pub fn index(&self, index: usize) -> NodePath {
        NodePath {
            pointer: format!("{}/{index}", self.pointer),
        }
    }

    /// A path the document itself reported: a validator's instance path, a key found while
    /// walking the tree, a position serde stopped at.
    pub fn found(pointer: impl Into<String>) -> NodePath {
        NodePath {
            pointer: pointer.into(),
        }
    }

    /// The path to a key read from the document (not one the model names).
    #[must_use]
    pub fn found_key(&self, key: &str) -> NodePath {
        NodePath {
            pointer: format!("{}/{}", self.pointer, escape_pointer_segment(key)),
        }
    }

    /// The path as a JSON Pointer (`/prosedur/alur/0/langkah`).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keys;

    #[test]
    fn paths_read_like_pointers() {
        let step = NodePath::root()
            .key(keys::PROSEDUR)
            .key(keys::ALUR)
            .index(0)
            .key(keys::LANGKAH)
            .index(2);
        assert_eq!(step.pointer(), "/prosedur/alur/0/langkah/2");
        assert_eq!(NodePath::root().pointer(), "");
        assert_eq!(NodePath::root().found_key("a/b").pointer(), "/a~1b");
    }
}
