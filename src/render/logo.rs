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

/// Why an SVG logo may not be published, in Indonesian; `None` when it only draws.
pub fn svg_problem(bytes: &[u8]) -> Option<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some("berkas SVG-nya bukan teks UTF-8".to_string());
    };
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
    for node in document.descendants().filter(roxmltree::Node::is_element) {
        let name = node.tag_name().name();
        if !ELEMENTS.contains(&name) {
            return Some(format!(
                "logo SVG memuat elemen `<{name}>`, yang tidak diperlukan untuk menggambar logo"
            ));
        }
        for attribute in node.attributes() {
            let key = attribute.name();
            let value = attribute.value().trim().to_ascii_lowercase();
            if key.to_ascii_lowercase().starts_with("on") {
                return Some(format!(
                    "logo SVG memuat atribut `{key}` yang menjalankan skrip"
                ));
            }
            let external_link = key == "href" && !value.starts_with('#');
            let external_url = value.match_indices("url(").any(|(at, _)| {
                !value[at + 4..]
                    .trim_start_matches(['\'', '"', ' '])
                    .starts_with('#')
            });
            if external_link
                || external_url
                || value.contains("javascript:")
                || value.contains("data:")
            {
                return Some(format!(
                    "logo SVG merujuk ke luar dirinya (`{key}=\"{}\"`)",
                    attribute.value()
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_passes_and_anything_active_is_refused() {
        let fine = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><title>Logo</title><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>"##;
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
        ] {
            assert!(svg_problem(hostile.as_bytes()).is_some(), "{hostile}");
        }
    }
}
