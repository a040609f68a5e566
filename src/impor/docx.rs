//! A Word document (`.docx`) as the text a reader copies from it: one line per paragraph,
//! automatic list numbers written out (`1.`, `a.`, `-`), tables as `| cell | cell |` rows
//! whose cells keep their paragraphs on lines of their own — the form the line reader
//! splits, as it does for a saved web page. Headers, footers, comments, deleted text and
//! field codes are not part of the text. The package is read with `zip`, its XML with
//! `roxmltree` (which refuses DTDs, so no entity expansion).

use std::collections::HashMap;
use std::io::{Cursor, Read};

use roxmltree::{Document, Node};

use super::jenis::BacaGalat;

/// WordprocessingML's namespace.
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The most a part of the package may hold once uncompressed (a zip bomb stops here).
const PART_LIMIT: u64 = 64 * 1024 * 1024;

/// Elements nested deeper than this are not walked into (no stack runs out).
const DEPTH_LIMIT: usize = 64;

/// A part nesting deeper than this is refused before parsing (Word writes a few dozen).
const XML_DEPTH: usize = 256;

/// The document's text, line by line, and the text of its hidden runs (`w:vanish`), which
/// Word does not show or print, one paragraph's worth each.
pub fn baca(bytes: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    let mut package = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| BacaGalat::BukanDocx)?;
    let body = part(&mut package, "word/document.xml")?.ok_or(BacaGalat::BukanDocx)?;
    let numbering = part(&mut package, "word/numbering.xml")?;
    let body = parse(&body)?;
    let numbering = match &numbering {
        Some(xml) => Penomoran::baca(&parse(xml)?),
        None => Penomoran::default(),
    };
    let mut reader = PembacaDocx {
        numbering,
        counters: HashMap::new(),
        hidden: Vec::new(),
    };
    let mut lines = Vec::new();
    if let Some(body) = child(body.root_element(), "body") {
        reader.blocks(body, 0, &mut lines);
    }
    Ok((lines.join("\n"), reader.hidden))
}

/// One part of the package as text, if the package has it.
fn part(
    package: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, BacaGalat> {
    let file = match package.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(BacaGalat::BukanDocx),
    };
    let mut text = String::new();
    file.take(PART_LIMIT + 1)
        .read_to_string(&mut text)
        .map_err(|_| BacaGalat::BukanDocx)?;
    if text.len() as u64 > PART_LIMIT {
        return Err(BacaGalat::TerlaluBesar);
    }
    Ok(Some(text))
}

fn parse(xml: &str) -> Result<Document<'_>, BacaGalat> {
    if crate::xml::nesting(xml, XML_DEPTH) > XML_DEPTH {
        return Err(BacaGalat::Rusak(format!(
            "isinya bersarang lebih dari {XML_DEPTH} tingkat"
        )));
    }
    Document::parse(xml).map_err(|e| BacaGalat::Rusak(e.to_string()))
}

/// Whether a run is hidden text (`<w:rPr><w:vanish/>`, not `w:val="0"` or `"false"`).
fn vanished(run: Node) -> bool {
    child(run, "rPr")
        .and_then(|properties| child(properties, "vanish"))
        .is_some_and(|vanish| !matches!(val(vanish), Some("0" | "false" | "off")))
}

/// Whether `node` is the WordprocessingML element `name`.
fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(W)
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(*c, name))
}

/// A `w:val` attribute.
fn val<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

/// How each list level is numbered: `numId` → its levels.
#[derive(Default)]
struct Penomoran {
    lists: HashMap<String, Vec<Tingkat>>,
}

/// One level of a list: its number format, its text (`%1.`, `%1.%2`) and first number.
#[derive(Clone)]
struct Tingkat {
    format: String,
    text: String,
    start: u32,
}

impl Penomoran {
    fn baca(doc: &Document) -> Penomoran {
        let root = doc.root_element();
        let abstracts: HashMap<&str, Vec<Tingkat>> = root
            .children()
            .filter(|n| is(*n, "abstractNum"))
            .filter_map(|n| Some((n.attribute((W, "abstractNumId"))?, levels(n))))
            .collect();
        let lists = root
            .children()
            .filter(|n| is(*n, "num"))
            .filter_map(|n| {
                let id = n.attribute((W, "numId"))?;
                let abstract_id = child(n, "abstractNumId").and_then(val)?;
                Some((id.to_string(), abstracts.get(abstract_id)?.clone()))
            })
            .collect();
        Penomoran { lists }
    }
}

/// The levels of an abstract list, by `w:ilvl`.
fn levels(list: Node) -> Vec<Tingkat> {
    let mut levels = vec![
        Tingkat {
            format: "decimal".into(),
            text: String::new(),
            start: 1,
        };
        9
    ];
    for level in list.children().filter(|n| is(*n, "lvl")) {
        let Some(index) = level
            .attribute((W, "ilvl"))
            .and_then(|i| i.parse::<usize>().ok())
            .filter(|i| *i < 9)
        else {
            continue;
        };
        levels[index] = Tingkat {
            format: child(level, "numFmt")
                .and_then(val)
                .unwrap_or("decimal")
                .to_string(),
            text: child(level, "lvlText")
                .and_then(val)
                .unwrap_or("")
                .to_string(),
            start: child(level, "start")
                .and_then(val)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1),
        };
    }
    levels
}

/// The walk over the body, with the list counters it has reached.
struct PembacaDocx {
    numbering: Penomoran,
    counters: HashMap<String, [u32; 9]>,
    /// The text of hidden runs, a paragraph's at a time.
    hidden: Vec<String>,
}

impl PembacaDocx {
    /// Paragraphs and tables in document order; wrappers (content controls, custom XML)
    /// are walked through.
    fn blocks(&mut self, node: Node, depth: usize, out: &mut Vec<String>) {
        for block in node.children().filter(Node::is_element) {
            if is(block, "p") {
                out.push(self.paragraph(block));
            } else if is(block, "tbl") {
                self.table(block, depth, out);
            } else if !skipped(block) && depth < DEPTH_LIMIT {
                self.blocks(block, depth + 1, out);
            }
        }
    }

    /// A paragraph: its list number, then its text.
    fn paragraph(&mut self, paragraph: Node) -> String {
        let (mut text, mut hidden) = (String::new(), String::new());
        runs(paragraph, &mut text, &mut hidden, 0);
        let hidden = hidden.split_whitespace().collect::<Vec<_>>().join(" ");
        if !hidden.is_empty() {
            self.hidden.push(hidden);
        }
        match self.number(paragraph) {
            Some(number) if !number.is_empty() => format!("{number} {text}"),
            _ => text,
        }
    }

    /// The list number of a numbered paragraph, counting on from the list's last one.
    fn number(&mut self, paragraph: Node) -> Option<String> {
        let numbered = child(child(paragraph, "pPr")?, "numPr")?;
        let id = child(numbered, "numId").and_then(val)?;
        let level: usize = child(numbered, "ilvl")
            .and_then(val)
            .and_then(|l| l.parse().ok())
            .filter(|l| *l < 9)
            .unwrap_or(0);
        let levels = self.numbering.lists.get(id)?;
        let counters = self.counters.entry(id.to_string()).or_insert([0; 9]);
        counters[level] = if counters[level] == 0 {
            levels[level].start
        } else {
            counters[level] + 1
        };
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        let own = &levels[level];
        if own.format == "bullet" {
            return Some("-".into());
        }
        if own.format == "none" {
            return Some(String::new());
        }
        let mut text = if own.text.is_empty() {
            format!("%{}.", level + 1)
        } else {
            own.text.clone()
        };
        for (index, format) in levels.iter().enumerate().take(level + 1) {
            let count = counters[index].max(format.start);
            text = text.replace(&format!("%{}", index + 1), &written(&format.format, count));
        }
        Some(text)
    }

    /// A table: one `| cell | cell |` line per row; a cell's paragraphs on lines of their
    /// own inside it, a nested table's rows likewise.
    fn table(&mut self, table: Node, depth: usize, out: &mut Vec<String>) {
        for row in within(table, "tr", depth) {
            let cells: Vec<String> = within(row, "tc", depth)
                .into_iter()
                .map(|cell| {
                    let mut inner = Vec::new();
                    self.blocks(cell, depth + 1, &mut inner);
                    let lines: Vec<String> = inner
                        .iter()
                        .map(|l| l.replace('|', "/").trim().to_string())
                        .filter(|l| !l.is_empty())
                        .collect();
                    lines.join("\n")
                })
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                out.push(format!("| {} |", cells.join(" | ")));
            }
        }
    }
}

/// Parts of the body that are not its text: deleted or moved-away revisions.
fn skipped(node: Node) -> bool {
    [
        "del", "moveFrom", "sectPr", "pPr", "rPr", "tblPr", "tcPr", "trPr",
    ]
    .iter()
    .any(|name| is(node, name))
}

/// The `name` elements under `node`, looking through wrappers but not into other elements.
fn within<'a, 'i>(node: Node<'a, 'i>, name: &str, depth: usize) -> Vec<Node<'a, 'i>> {
    let mut found = Vec::new();
    for c in node.children().filter(Node::is_element) {
        if is(c, name) {
            found.push(c);
        } else if !skipped(c) && !is(c, "tbl") && !is(c, "p") && depth < DEPTH_LIMIT {
            found.extend(within(c, name, depth + 1));
        }
    }
    found
}

/// A paragraph's visible text: text runs, tabs and breaks; field codes, deleted text and
/// properties left out.
fn runs(node: Node, out: &mut String, hidden: &mut String, depth: usize) {
    for c in node.children().filter(Node::is_element) {
        if is(c, "r") && vanished(c) && depth < DEPTH_LIMIT {
            let mut text = String::new();
            runs(c, &mut text, &mut String::new(), depth + 1);
            hidden.push_str(&text);
            hidden.push(' ');
        } else if is(c, "t") {
            out.push_str(c.text().unwrap_or(""));
        } else if is(c, "tab") || is(c, "ptab") {
            out.push('\t');
        } else if is(c, "br") || is(c, "cr") {
            out.push('\n');
        } else if is(c, "noBreakHyphen") {
            out.push('-');
        } else if is(c, "instrText") || is(c, "delText") || skipped(c) {
        } else if depth < DEPTH_LIMIT {
            runs(c, out, hidden, depth + 1);
        }
    }
}

/// A list number in its format; Roman numerals as digits, which the line reader takes for
/// markers.
fn written(format: &str, n: u32) -> String {
    let letter = |base: u8| {
        let mut n = n.max(1) - 1;
        let mut s = Vec::new();
        loop {
            s.push((base + (n % 26) as u8) as char);
            if n < 26 {
                break;
            }
            n = n / 26 - 1;
        }
        s.iter().rev().collect()
    };
    match format {
        "lowerLetter" => letter(b'a'),
        "upperLetter" => letter(b'A'),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn teks(bytes: &[u8]) -> Result<String, BacaGalat> {
        baca(bytes).map(|(text, _)| text)
    }
    use std::io::Write;

    /// A package with these parts, stored without compression.
    pub(crate) fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut bytes = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(Cursor::new(&mut bytes));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            for (name, text) in parts {
                zip.start_file(*name, options).unwrap();
                zip.write_all(text.as_bytes()).unwrap();
            }
            zip.finish().unwrap();
        }
        bytes
    }

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
        )
    }

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;

    fn numbered(id: u32, level: u32, text: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    }

    #[test]
    fn paragraphs_lists_and_tables_read_as_lines() {
        let body = format!(
            r#"<w:p><w:r><w:t xml:space="preserve">STANDAR </w:t></w:r><w:proofErr/><w:r><w:t>PELAYANAN</w:t></w:r></w:p>
            <w:p><w:r><w:fldChar/><w:instrText>PAGE</w:instrText><w:t>Nomor</w:t><w:tab/><w:t>: 1</w:t></w:r></w:p>
            <w:p><w:del><w:r><w:delText>dihapus</w:delText></w:r></w:del><w:ins><w:r><w:t>disisipkan</w:t></w:r></w:ins></w:p>
            {}{}{}{}
            <w:sdt><w:sdtContent><w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>Persyaratan</w:t></w:r></w:p></w:tc>
            <w:tc>{}{}</w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"#,
            numbered(3, 0, "KTP"),
            numbered(3, 1, "asli"),
            numbered(3, 1, "fotokopi"),
            numbered(3, 0, "KK"),
            numbered(4, 0, "Surat | pengantar"),
            numbered(4, 0, "Pas foto"),
        );
        let bytes = package(&[
            ("word/document.xml", &document(&body)),
            ("word/numbering.xml", NUMBERING),
        ]);
        assert_eq!(
            teks(&bytes).unwrap(),
            "STANDAR PELAYANAN\nNomor\t: 1\ndisisipkan\n1. KTP\na) asli\nb) fotokopi\n2. KK\n| 1. | Persyaratan | - Surat / pengantar\n- Pas foto |"
        );
    }

    #[test]
    fn what_is_not_a_word_document_is_said() {
        assert!(matches!(teks(b"bukan zip"), Err(BacaGalat::BukanDocx)));
        let other = package(&[("content.xml", "<x/>")]);
        assert!(matches!(teks(&other), Err(BacaGalat::BukanDocx)));
        let broken = package(&[("word/document.xml", "<w:document")]);
        assert!(matches!(teks(&broken), Err(BacaGalat::Rusak(_))));
        let entity = package(&[(
            "word/document.xml",
            r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>"#,
        )]);
        assert!(matches!(teks(&entity), Err(BacaGalat::Rusak(_))));
    }

    #[test]
    fn deep_nesting_reads_without_running_out_of_stack() {
        let body = "<w:sdt>".repeat(5000)
            + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
            + &"</w:sdt>".repeat(5000);
        let bytes = package(&[("word/document.xml", &document(&body))]);
        assert!(matches!(teks(&bytes), Err(BacaGalat::Rusak(why)) if why.contains("bersarang")));
        let body =
            "<w:sdt>".repeat(200) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + &"</w:sdt>".repeat(200);
        let bytes = package(&[("word/document.xml", &document(&body))]);
        // Deeper than the walk goes: the text in there is not read, and nothing breaks.
        assert_eq!(teks(&bytes).unwrap(), "");
    }

    #[test]
    fn hidden_runs_are_kept_apart() {
        let body = r#"<w:p><w:r><w:t>Surat permohonan</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> TERSEMBUNYI</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>terlihat</w:t></w:r></w:p>"#;
        let bytes = package(&[("word/document.xml", &document(body))]);
        let (text, hidden) = baca(&bytes).unwrap();
        assert_eq!(text, "Surat permohonan\nterlihat");
        assert_eq!(hidden, ["TERSEMBUNYI"]);
    }

    #[test]
    fn letters_run_on_past_z() {
        assert_eq!(written("lowerLetter", 1), "a");
        assert_eq!(written("lowerLetter", 27), "aa");
        assert_eq!(written("upperLetter", 2), "B");
        assert_eq!(written("lowerRoman", 4), "4");
    }
}
