//! The site logo as published: an SVG logo is copied only if it draws and does nothing else.
//! A browser runs an SVG's scripts when the file itself is opened (a link to it, `serve`),
//! and an SVG file carries no Content-Security-Policy of its own.

use roxmltree::{Document, ParsingOptions};

/// Elements a drawing needs; anything else (`script`, `foreignObject`, `style`, `iframe`,
/// `a`, `image`, animation) is refused.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "title",
    "desc",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "symbol",
    "use",
    "metadata",
    "pattern",
    "filter",
    "feGaussianBlur",
    "feOffset",
    "feBlend",
    "feColorMatrix",
    "feFlood",
    "feComposite",
    "feMerge",
    "feMergeNode",
];

/// The SVG namespace: every element that draws is in it.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Namespaces a drawing may declare besides SVG: links, and the inert data drawing programs
/// keep (Inkscape, Sodipodi, RDF licence metadata). An element in any other namespace (an
/// XHTML `<script>`, say) could run in a browser, so any other declaration is refused.
const NAMESPACES: &[&str] = &[
    SVG,
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/XML/1998/namespace",
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
];

/// The deepest nesting a logo may have; drawings need a few levels, and the XML reader
/// recurses once per level.
const DEPTH: usize = 128;

/// The first attribute of an element that runs a script or refers outside the logo.
fn attribute_problem(node: roxmltree::Node<'_, '_>) -> Option<String> {
    for attribute in node.attributes() {
        let key = attribute.name();
        let value = attribute.value().trim().to_ascii_lowercase();
        if key.to_ascii_lowercase().starts_with("on") {
            return Some(format!(
                "logo SVG memuat atribut `{key}` yang menjalankan skrip"
            ));
        }
        let external_link = key.eq_ignore_ascii_case("href") && !value.starts_with('#');
        let external_url = value.match_indices("url(").any(|(at, _)| {
            !value[at + 4..]
                .trim_start_matches(['\'', '"', ' '])
                .starts_with('#')
        });
        // A CSS escape (`u\72l(…)`) would hide a reference from the checks above.
        if external_link
            || external_url
            || value.contains('\\')
            || value.contains("javascript:")
            || value.contains("data:")
        {
            return Some(format!(
                "logo SVG merujuk ke luar dirinya (`{key}=\"{}\"`)",
                attribute.value()
            ));
        }
    }
    None
}

/// Why an SVG logo may not be published, in Indonesian; `None` when it only draws.
pub fn svg_problem(bytes: &[u8]) -> Option<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some("berkas SVG-nya bukan teks UTF-8".to_string());
    };
    if crate::xml::nesting(text, DEPTH) > DEPTH {
        return Some(format!(
            "logo SVG bersarang lebih dari {DEPTH} tingkat; simpan ulang sebagai gambar biasa"
        ));
    }
    // No DTD: no entities to expand, no external subset to fetch.
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let document = match Document::parse_with_options(text, options) {
        Ok(document) => document,
        Err(error) => {
            return Some(format!(
                "berkas SVG-nya tidak dapat dibaca sebagai XML ({error})"
            ));
        }
    };
    for node in document.descendants() {
        if node.is_pi() {
            // `<?xml-stylesheet …?>` fetches a style sheet, or an XSLT that writes a page.
            return Some(
                "logo SVG memuat instruksi pemrosesan (`<?…?>`), misalnya lembar gaya dari luar"
                    .to_string(),
            );
        }
        // A comment or text holding `<` is read as markup by an HTML parser (`<!-->` ends a
        // comment there), so the logo would differ if ever placed inside a page.
        if (node.is_comment() || node.is_text()) && node.text().is_some_and(|t| t.contains('<')) {
            return Some(
                "logo SVG memuat `<` di dalam teks atau komentar; hapus komentar atau teks itu"
                    .to_string(),
            );
        }
        if !node.is_element() {
            continue;
        }
        if let Some(namespace) = node
            .namespaces()
            .find(|namespace| !NAMESPACES.contains(&namespace.uri()))
        {
            return Some(format!(
                "logo SVG memakai ruang nama `{}`, yang tidak diperlukan untuk menggambar logo",
                namespace.uri()
            ));
        }
        let name = node.tag_name().name();
        let namespace = node.tag_name().namespace();
        let in_svg = namespace == Some(SVG);
        // Links and `xml:` are namespaces of attributes: an element in them draws nothing,
        // and an HTML parser would read it by its bare name (`<animate>`).
        if matches!(
            namespace,
            Some("http://www.w3.org/1999/xlink" | "http://www.w3.org/XML/1998/namespace")
        ) {
            return Some(format!(
                "logo SVG memuat elemen `<{name}>` di luar ruang nama SVG; tambahkan `xmlns=\"{SVG}\"` pada `<svg>`"
            ));
        }
        if namespace.is_none() {
            return Some(format!(
                "logo SVG memuat elemen `<{name}>` tanpa ruang nama SVG; tambahkan `xmlns=\"{SVG}\"` pada `<svg>`"
            ));
        }
        if in_svg && !ELEMENTS.contains(&name) {
            return Some(format!(
                "logo SVG memuat elemen `<{name}>`, yang tidak diperlukan untuk menggambar logo"
            ));
        }
        if let Some(problem) = attribute_problem(node) {
            return Some(problem);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_without_parsing() {
        assert_eq!(
            crate::xml::nesting(r#"<svg a="x>y"><g><rect/></g><!-- <g><g> --></svg>"#, 10),
            2
        );
        let deep = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}",
            "<g>".repeat(100_000)
        );
        assert!(svg_problem(deep.as_bytes()).is_some_and(|p| p.contains("bersarang")));
    }

    #[test]
    fn a_drawing_passes_and_anything_active_is_refused() {
        let inkscape = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" inkscape:version="1.3"><sodipodi:namedview id="n" inkscape:zoom="1"/><metadata><rdf:RDF><cc:Work rdf:about=""/></rdf:RDF></metadata><g inkscape:label="Layer 1"><rect width="1" height="1"/></g></svg>"#;
        assert_eq!(svg_problem(inkscape.as_bytes()), None);
        let fine = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><!-- Created with Inkscape --><title>Logo &amp; nama</title><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>"##;
        assert_eq!(svg_problem(fine.as_bytes()), None);
        for hostile in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/x.svg#a"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="javascript:alert(1)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://evil.example/p)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(x)</style></svg>"#,
            r#"<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><metadata><h:b xmlns:h="http://www.w3.org/1999/xhtml"/></metadata></svg>"#,
            r#"<svg xmlns="javascript:alert(1)"/>"#,
            r#"<svg><rect/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/1999/xlink"><animate/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><use Href="https://evil.example/x.svg#a"/></svg>"#,
            r#"<?xml-stylesheet type="text/xsl" href="x.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><!--><script>alert(1)</script>--></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><![CDATA[<img src=x onerror=alert(1)>]]></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: u\72l(https://evil.example/p)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="&#x75;rl(https://evil.example/p)"/></svg>"#,
        ] {
            assert!(svg_problem(hostile.as_bytes()).is_some(), "{hostile}");
        }
    }
}
