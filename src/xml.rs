//! XML read with `roxmltree`, which recurses once per level of nesting: the depth of a
//! document from a user (an SVG logo, a Word document) is measured first, without parsing,
//! so that a deep one is refused instead of running out of stack.

/// How deep the elements of `text` nest, read without parsing (comments, CDATA, processing
/// instructions and quoted attribute values skipped), stopping once past `limit`.
pub fn nesting(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    let skip_to = |from: usize, end: &str| {
        text[from..]
            .find(end)
            .map_or(bytes.len(), |i| from + i + end.len())
    };
    while at < bytes.len() && deepest <= limit {
        if bytes[at] != b'<' {
            at += 1;
            continue;
        }
        let rest = &text[at..];
        if rest.starts_with("<!--") {
            at = skip_to(at, "-->");
        } else if rest.starts_with("<![CDATA[") {
            at = skip_to(at, "]]>");
        } else if rest.starts_with("<?") {
            at = skip_to(at, "?>");
        } else if rest.starts_with("</") {
            depth = depth.saturating_sub(1);
            at = skip_to(at, ">");
        } else if rest.starts_with("<!") {
            at = skip_to(at, ">");
        } else {
            // An opening tag: to its `>` outside quotes; `/>` closes it at once.
            let mut quote = None;
            let mut end = at + 1;
            while end < bytes.len() {
                match (quote, bytes[end]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[end]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                end += 1;
            }
            if end > 0 && bytes.get(end - 1) != Some(&b'/') {
                depth += 1;
                deepest = deepest.max(depth);
            }
            at = end + 1;
        }
    }
    deepest
}
