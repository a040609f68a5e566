//! Nothing injected: known XSS payloads in every free-text field of a standard never reach a
//! built page as live markup (script, event handler, dangerous URL), neither in HTML, nor in
//! the JSON-LD block, nor in the Markdown.

use crate::common;

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag};
use scraper::{Html, Selector};
use serde_json::Value;
use standar::corpus::{Compilation, InputFile};
use standar::parse::Limits;
use standar::pipeline::compile;
use standar::render::SiteOptions;

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    "<svg onload=alert(4)><script>alert(5)</script></svg>",
    "<a href=\"javascript:alert(6)\">klik</a>",
    "[klik](javascript:alert(7))",
    "[klik](JaVaScRiPt:alert(8))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)",
    "<iframe src=\"javascript:alert(10)\"></iframe>",
    "&lt;script&gt;alert(11)&lt;/script&gt;",
    "<div style=\"background:url(javascript:alert(12))\">x</div>",
    "\"><script>alert(13)</script>",
    "' onmouseover='alert(14)",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(15)>",
    "<!--<script>alert(16)</script>-->",
    "![gambar](javascript:alert(17))",
    "<a href=\"&#106;avascript:alert(18)\">x</a>",
    "<object data=\"javascript:alert(19)\"></object>",
    "<form action=\"javascript:alert(20)\"><button>x</button></form>",
];

fn base() -> Value {
    let text = std::fs::read_to_string("tests/fixtures/valid/lengkap.yaml").expect("fixture");
    let file = standar::source::SourceFile::new("lengkap.yaml", text);
    let (doc, _) = standar::parse::parse(&file, &Limits::default());
    doc.expect("parses").json
}

/// The shared unit file and this standard, written as JSON (which is YAML).
fn files_with(standard: &Value) -> Vec<InputFile> {
    let unit = std::fs::read("tests/fixtures/_unit.yaml").expect("unit");
    vec![
        InputFile {
            path: "_unit.yaml".into(),
            relative: "dinas/_unit.yaml".into(),
            bytes: unit,
        },
        InputFile {
            path: "layanan.yaml".into(),
            relative: "dinas/layanan.yaml".into(),
            // JSON is YAML: the payloads go in without any YAML quoting questions.
            bytes: serde_json::to_vec_pretty(standard).expect("JSON"),
        },
    ]
}

fn compile_with(standard: &Value) -> Compilation {
    compile(files_with(standard), &Limits::default())
}

/// JSON Pointers of every string in `value`.
fn string_pointers(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(pointer),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_pointers(item, format!("{pointer}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                string_pointers(v, format!("{pointer}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// The string fields that accept any text (durations, dates, contacts and choices do not).
fn free_text_pointers(standard: &Value) -> Vec<String> {
    let mut all = Vec::new();
    string_pointers(standard, String::new(), &mut all);
    all.into_iter()
        .filter(|pointer| {
            let mut probe = standard.clone();
            if let Some(v) = probe.pointer_mut(pointer) {
                *v = Value::String("<b>uji</b> teks bebas".into());
            }
            compile_with(&probe).errors() == 0
        })
        .collect()
}

fn assert_no_live_markup(site: &BTreeMap<String, Vec<u8>>, payload: &str) {
    let scripts = Selector::parse("script").expect("selector");
    let everything = Selector::parse("*").expect("selector");
    for (path, bytes) in site {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".html") {
            let html = Html::parse_document(&text);
            for script in html.select(&scripts) {
                let kind = script.value().attr("type");
                let src = script.value().attr("src");
                assert!(
                    kind == Some("application/ld+json")
                        || src.is_some_and(|s| {
                            ["aset/cari.js", "aset/gulir.js", "aset/papan.js"]
                                .iter()
                                .any(|own| s.ends_with(own))
                        }),
                    "{path}: live script for payload {payload:?}: {}",
                    script.html()
                );
                if kind == Some("application/ld+json") {
                    let json: String = script.text().collect();
                    assert!(
                        serde_json::from_str::<Value>(&json).is_ok(),
                        "{path}: JSON-LD broken by {payload:?}"
                    );
                }
            }
            for element in html.select(&everything) {
                let name = element.value().name();
                assert!(
                    !matches!(
                        name,
                        "iframe" | "object" | "embed" | "form" | "style" | "base" | "math"
                    ),
                    "{path}: <{name}> from {payload:?}"
                );
                for (attribute, value) in element.value().attrs() {
                    assert!(
                        !attribute.starts_with("on"),
                        "{path}: {attribute}= from {payload:?}"
                    );
                    assert!(attribute != "style", "{path}: style= from {payload:?}");
                    let lower = value.trim().to_ascii_lowercase();
                    if name == "img"
                        && attribute == "src"
                        && lower.starts_with("data:image/svg+xml,")
                    {
                        // A board's flowchart: an image cannot run script, and the text the
                        // payload put in it must still be escaped inside the SVG.
                        let svg = percent_decode(&value["data:image/svg+xml,".len()..]);
                        assert!(
                            !svg.to_ascii_lowercase().contains("<script"),
                            "{path}: script in a chart from {payload:?}"
                        );
                        continue;
                    }
                    if matches!(
                        attribute,
                        "href" | "src" | "action" | "data" | "formaction" | "xlink:href"
                    ) {
                        assert!(
                            !lower.starts_with("javascript:")
                                && !lower.starts_with("data:")
                                && !lower.starts_with("vbscript:"),
                            "{path}: {attribute}={value} from {payload:?}"
                        );
                    }
                }
            }
        } else if path.ends_with(".md") {
            for event in Parser::new(&text) {
                match event {
                    Event::Html(h) | Event::InlineHtml(h) => {
                        assert_eq!(h.trim(), "<br>", "{path}: live HTML {h:?} from {payload:?}")
                    }
                    Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                        assert!(
                            standar::render::text::is_allowed_url(&dest_url)
                                || !dest_url.contains(':'),
                            "{path}: link {dest_url} from {payload:?}"
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn payloads_in_every_text_field_never_become_live_markup() {
    let standard = base();
    let pointers = free_text_pointers(&standard);
    assert!(
        pointers.len() >= 40,
        "only {} free-text fields found",
        pointers.len()
    );
    for payload in PAYLOADS {
        let mut hostile = standard.clone();
        for pointer in &pointers {
            if let Some(v) = hostile.pointer_mut(pointer) {
                *v = Value::String(format!("teks {payload} teks"));
            }
        }
        let compilation = compile_with(&hostile);
        assert_eq!(
            compilation.errors(),
            0,
            "{payload:?}: {:?}",
            compilation.diagnostics
        );
        let options = SiteOptions {
            url_dasar: Some("https://standar.example.go.id/".into()),
            ..SiteOptions::default()
        };
        let site = common::build_site(&files_with(&hostile), &options);
        assert_no_live_markup(&site, payload);
    }
}

#[test]
fn dangerous_links_in_link_fields_are_rejected_by_check() {
    let standard = base();
    for (pointer, value) in [
        ("/biaya/dasar_hukum/0/tautan", "javascript:alert(1)"),
        ("/pengaduan/saluran/2/kontak", "data:text/html,x"),
    ] {
        let mut probe = standard.clone();
        *probe.pointer_mut(pointer).expect("field exists") = Value::String(value.into());
        let compilation = compile_with(&probe);
        assert!(
            compilation
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "url-tidak-valid"),
            "{pointer}"
        );
    }
}

/// Decodes `%XX` escapes (the flowcharts' `data:` URLs).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
