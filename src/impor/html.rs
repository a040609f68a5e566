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

/// The page's text, line by line.
pub fn teks(html: &str) -> String {
    let page = Html::parse_document(html);
    let mut out = String::new();
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
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
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
