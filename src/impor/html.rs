//! A saved web page as the text a reader copies from it: one line per paragraph, heading,
//! list item and table row (rows as `| cell | cell |`, which the line reader splits),
//! numbered list items with their numbers, and without the page's navigation, footer,
//! scripts, styles and forms. Read with a real HTML parser (html5ever, through scraper).

use scraper::Html;
use scraper::node::Node;

/// Elements whose content is page furniture or code, never the standard.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "iframe", "svg", "select", "head",
];

/// Elements that start a line of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "blockquote",
    "pre",
    "address",
    "figure",
    "figcaption",
    "details",
    "summary",
    "hr",
    "caption",
];

/// The deepest nesting of elements a page may have: html5ever looks through the open
/// elements for every tag it reads, so a page nested tens of thousands deep takes minutes.
pub const NESTING_LIMIT: usize = 512;

/// Elements that never hold others, and elements whose end tag may be left out (the parser
/// closes them itself): neither makes the nesting deeper by being left open.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
    "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
];

/// How deep the page's elements nest, counted from its tags before parsing (at most
/// `limit + 1`: counting stops there). Elements that close themselves are not counted, so
/// this never counts less than the parser will nest.
pub fn nesting(html: &str, limit: usize) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(open) = memchr_lt(&bytes[at..]) {
        at += open + 1;
        let closing = bytes.get(at) == Some(&b'/');
        let start = at + usize::from(closing);
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
            .map_or(bytes.len(), |n| start + n);
        let name = html[start..end].to_ascii_lowercase();
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        // The tag ends at its `>`, looked for only up to the next `<`: each byte is looked
        // at a bounded number of times however the tags are broken.
        let self_closing = bytes[end..]
            .iter()
            .position(|&b| b == b'>' || b == b'<')
            .is_some_and(|n| bytes[end + n] == b'>' && n > 0 && bytes[end + n - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > limit {
                break;
            }
        }
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// The page's text, line by line.
pub fn teks(html: &str) -> String {
    baca(html).0
}

/// Whether a browser hides the element from its readers: the `hidden` attribute, or an
/// inline style with `display: none`, `visibility: hidden` or a font size of zero.
fn hidden(element: &scraper::node::Element) -> bool {
    if element.attr("hidden").is_some() {
        return true;
    }
    let style: String = element
        .attr("style")
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let zero_font = style.split(';').any(|rule| {
        rule.strip_prefix("font-size:").is_some_and(|size| {
            let number: String = size
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            number.parse::<f64>().is_ok_and(|n| n == 0.0)
        })
    });
    zero_font
        || style.split(';').any(|rule| {
            matches!(
                rule.trim_end_matches("!important"),
                "display:none" | "visibility:hidden"
            )
        })
}

/// The page's text, line by line, and the text of the elements it hides from its readers,
/// one element's worth each.
pub fn baca(html: &str) -> (String, Vec<String>) {
    let page = Html::parse_document(html);
    let mut out = String::new();
    let mut hidden_texts = Vec::new();
    // Numbers of the ordered lists being walked, innermost last.
    let mut numbers: Vec<Option<u32>> = Vec::new();
    // Each node with whether the walk is leaving it (its children done).
    let mut stack = vec![(page.tree.root(), false)];
    while let Some((node, leaving)) = stack.pop() {
        if leaving {
            if let Node::Element(element) = node.value() {
                let name = element.name();
                match name {
                    "ol" | "ul" => {
                        numbers.pop();
                    }
                    "td" | "th" => {
                        // The cell's last block ended its line: the cell ends on it.
                        while out.ends_with('\n') {
                            out.pop();
                        }
                        out.push_str(" |");
                    }
                    "tr" => out.push('\n'),
                    _ => {}
                }
                if BLOCKS.contains(&name) || name == "li" {
                    line_break(&mut out);
                }
            }
            continue;
        }
        match node.value() {
            Node::Text(text) => push_words(&mut out, text),
            Node::Element(element) => {
                let name = element.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                if hidden(element) {
                    let text = scraper::ElementRef::wrap(node)
                        .map(|e| {
                            e.text()
                                .flat_map(str::split_whitespace)
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .unwrap_or_default();
                    if !text.is_empty() {
                        hidden_texts.push(text);
                    }
                    continue;
                }
                match name {
                    "br" => line_break(&mut out),
                    "ol" => numbers.push(Some(
                        element
                            .attr("start")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(1),
                    )),
                    "ul" => numbers.push(None),
                    "li" => {
                        line_break(&mut out);
                        match numbers.last_mut() {
                            Some(Some(n)) => {
                                out.push_str(&format!("{n}. "));
                                *n += 1;
                            }
                            _ => out.push_str("- "),
                        }
                    }
                    "tr" => {
                        line_break(&mut out);
                        out.push('|');
                    }
                    "td" | "th" => out.push(' '),
                    _ if BLOCKS.contains(&name) => line_break(&mut out),
                    _ => {}
                }
                stack.push((node, true));
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            Node::Document | Node::Fragment => {
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            _ => {}
        }
    }
    let text = out
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    (text, hidden_texts)
}

/// Ends the current line, once; not at the start of a table cell, so that a cell's lists
/// and paragraphs stay inside its row (`| 1 | Persyaratan | 1. KTP` … `3. KK |`).
fn line_break(out: &mut String) {
    let at_cell_start = out.ends_with("| ") || out.ends_with('|');
    if !out.is_empty() && !out.ends_with('\n') && !at_cell_start {
        out.push('\n');
    }
}

/// Text as a browser shows it: runs of spaces and line breaks one space.
fn push_words(out: &mut String, text: &str) {
    let starts_with_space = text.starts_with(char::is_whitespace);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        if starts_with_space && !out.ends_with([' ', '\n']) && !out.is_empty() {
            out.push(' ');
        }
        return;
    }
    if starts_with_space && !out.ends_with([' ', '\n']) && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&words.join(" "));
    if text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_elements_are_kept_apart() {
        let (text, hidden) = baca(
            "<ol><li>Surat <span hidden>A</span></li><li style=\"display: none\">B</li>\
             <li>KTP <span style=\"font-size:0px\">C</span><span style=\"font-size:0.9em\">asli</span></li>\
             <li style=\"visibility:hidden !important\">D</li></ol>",
        );
        assert_eq!(text, "1. Surat\n2. KTP asli");
        assert_eq!(hidden, ["A", "B", "C", "D"]);
    }

    #[test]
    fn nesting_is_counted_before_parsing() {
        assert_eq!(
            nesting("<div><p>a<p>b<ul><li>c<li>d</ul></div><br><img/>", 10),
            2
        );
        assert_eq!(nesting(&"<p>x".repeat(10_000), 10), 0);
        assert_eq!(nesting(&"<ol><li>x".repeat(40_000), 512), 513);
        assert_eq!(nesting(&"<div/>".repeat(1000), 10), 0);
        // Broken tags are read in one pass.
        assert_eq!(nesting(&"<a".repeat(200_000), 1_000_000), 200_000);
    }

    #[test]
    fn a_page_reads_as_its_lines() {
        let html = r#"<html><head><title>x</title><style>p{}</style></head><body>
            <nav><a href="/">Beranda</a></nav>
            <h1>Pelayanan  Akta
              Kelahiran</h1>
            <p>No. SK: 470/5/2024</p>
            <h2>Persyaratan</h2>
            <ol><li>Surat keterangan <b>lahir</b></li><li>KK orang tua</li></ol>
            <table><tr><td>4.</td><td>Biaya/Tarif</td><td>Tidak dipungut biaya</td></tr>
            <tr><td>5.</td><td>Produk</td><td><ol><li>Surat</li><li>Salinan</li></ol></td></tr></table>
            <ul><li>Email: a@b.go.id</li></ul>
            <script>alert(1)</script><footer>Hak cipta</footer>
        </body></html>"#;
        assert_eq!(
            teks(html),
            "Pelayanan Akta Kelahiran\nNo. SK: 470/5/2024\nPersyaratan\n1. Surat keterangan lahir\n2. KK orang tua\n| 4. | Biaya/Tarif | Tidak dipungut biaya |\n| 5. | Produk | 1. Surat\n2. Salinan |\n- Email: a@b.go.id"
        );
    }
}
