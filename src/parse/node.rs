//! The YAML document tree with a byte span on every node and key.

use std::fmt::Write;
use std::ops::Range;

/// One YAML node and where it stands in the file.
#[derive(Debug, Clone)]
pub struct Node {
    /// The node's content.
    pub value: NodeValue,
    /// Byte range of the node in the source.
    pub span: Range<usize>,
}

/// The content of a node.
#[derive(Debug, Clone)]
pub enum NodeValue {
    /// A scalar, kept as written.
    Scalar(Scalar),
    /// A sequence (`- a`, `[a, b]`).
    Sequence(Vec<Node>),
    /// A mapping, in source order; keys are unique.
    Mapping(Vec<MapEntry>),
}

/// A scalar as written in the source.
#[derive(Debug, Clone)]
pub struct Scalar {
    /// The scalar's text after YAML unescaping and folding.
    pub text: String,
    /// True for a plain (unquoted, non-block) scalar, whose type YAML decides from its text.
    pub plain: bool,
    /// True for a block scalar (`|` or `>`), the only kind where tabs and line breaks belong.
    pub block: bool,
    /// An explicit tag such as `!!str`, if any.
    pub tag: Option<String>,
}

/// One key of a mapping and its value.
#[derive(Debug, Clone)]
pub struct MapEntry {
    /// The key's text.
    pub key: String,
    /// Byte range of the key.
    pub key_span: Range<usize>,
    /// The value.
    pub value: Node,
}

/// What a JSON Pointer resolves to in the tree: the deepest node reached and, when the last
/// step reached was a mapping key, that key's span.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    /// The deepest node that exists on the pointer's path.
    pub node: &'a Node,
    /// Span of the key under which `node` stands, if it is a mapping value.
    pub key_span: Option<&'a Range<usize>>,
    /// True when every segment of the pointer was found.
    pub exact: bool,
}

impl Node {
    /// The mapping entries, if this node is a mapping.
    pub fn entries(&self) -> Option<&[MapEntry]> {
        match &self.value {
            NodeValue::Mapping(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of `key`, if this node is a mapping holding it.
    pub fn get(&self, key: &str) -> Option<&MapEntry> {
        self.entries()?.iter().find(|e| e.key == key)
    }

    /// Follows a JSON Pointer (`/prosedur/alur/0/langkah/2`) as far as the tree allows.
    pub fn locate(&self, pointer: &str) -> Located<'_> {
        let mut located = Located {
            node: self,
            key_span: None,
            exact: true,
        };
        for segment in pointer.split('/').skip(1) {
            let segment = unescape_pointer_segment(segment);
            let next = match &located.node.value {
                NodeValue::Mapping(entries) => entries
                    .iter()
                    .find(|e| e.key == segment)
                    .map(|e| (&e.value, Some(&e.key_span))),
                NodeValue::Sequence(items) => segment
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| items.get(i))
                    .map(|n| (n, None)),
                NodeValue::Scalar(_) => None,
            };
            match next {
                Some((node, key_span)) => {
                    located.node = node;
                    located.key_span = key_span;
                }
                None => {
                    located.exact = false;
                    break;
                }
            }
        }
        located
    }

    /// Calls `visit` with the JSON Pointer and node of every scalar below this node.
    pub fn walk_scalars<'a>(
        &'a self,
        pointer: &mut String,
        visit: &mut dyn FnMut(&str, &'a Node, &'a Scalar),
    ) {
        match &self.value {
            NodeValue::Scalar(scalar) => visit(pointer, self, scalar),
            NodeValue::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push('/');
                    let _ = write!(pointer, "{i}");
                    item.walk_scalars(pointer, visit);
                    pointer.truncate(len);
                }
            }
            NodeValue::Mapping(entries) => {
                for entry in entries {
                    let len = pointer.len();
                    pointer.push('/');
                    push_segment(pointer, &entry.key);
                    entry.value.walk_scalars(pointer, visit);
                    pointer.truncate(len);
                }
            }
        }
    }
}

/// Escapes a key for use as a JSON Pointer segment (RFC 6901).
pub fn escape_pointer_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends a key to a JSON Pointer, escaped, allocating only when it needs escaping.
pub fn push_segment(pointer: &mut String, key: &str) {
    if key.contains(['~', '/']) {
        pointer.push_str(&escape_pointer_segment(key));
    } else {
        pointer.push_str(key);
    }
}

/// Undoes [`escape_pointer_segment`].
pub fn unescape_pointer_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(text: &str, span: Range<usize>) -> Node {
        Node {
            value: NodeValue::Scalar(Scalar {
                text: text.into(),
                plain: true,
                block: false,
                tag: None,
            }),
            span,
        }
    }

    #[test]
    fn locate_follows_keys_and_indices_and_stops_at_the_deepest_node() {
        let tree = Node {
            value: NodeValue::Mapping(vec![MapEntry {
                key: "a/b".into(),
                key_span: 0..3,
                value: Node {
                    value: NodeValue::Sequence(vec![scalar("x", 10..11)]),
                    span: 8..11,
                },
            }]),
            span: 0..11,
        };
        let found = tree.locate("/a~1b/0");
        assert!(found.exact);
        assert_eq!(found.node.span, 10..11);
        let partial = tree.locate("/a~1b/0/uraian");
        assert!(!partial.exact);
        assert_eq!(partial.node.span, 10..11);
        let key = tree.locate("/a~1b");
        assert_eq!(key.key_span, Some(&(0..3)));
    }
}
