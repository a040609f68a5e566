//! What one fuzz input must survive: parse → validate → model → check → render, with the
//! invariants every input must keep. Shared by the fuzz targets and by `tests/suite/fuzz_corpus.rs`,
//! which replays the committed corpus under `cargo test`.

use std::sync::atomic::{AtomicUsize, Ordering};

use standar::corpus::{InputFile, MemoryFiles};
use standar::diagnostic::{Code, Diagnostic, Severity};
use standar::parse::Limits;
use standar::pipeline::Silent;
use standar::pipeline::build::{Setup, build};
use standar::render::logo::svg_problem;
use standar::render::templates::Templates;
use standar::render::{Overrides, SiteOptions};

/// The unit file the fuzzed standards inherit.
const UNIT: &[u8] = include_bytes!("../tests/fixtures/_unit.yaml");
/// The standard the fuzzed unit files are used with.
const STANDARD: &[u8] = include_bytes!("../tests/fixtures/valid/minimal.yaml");

fn input(relative: &str, bytes: &[u8]) -> InputFile {
    InputFile {
        path: format!("korpus/{relative}"),
        relative: relative.to_string(),
        bytes: bytes.to_vec(),
    }
}

/// `data` as a standard, beside a valid unit file.
pub fn standard(data: &[u8]) {
    survive(vec![
        input("dinas/_unit.yaml", UNIT),
        input("dinas/layanan.yaml", data),
    ]);
}

/// `data` as a unit file, beside a valid standard.
pub fn unit(data: &[u8]) {
    survive(vec![
        input("dinas/_unit.yaml", data),
        input("dinas/layanan.yaml", STANDARD),
    ]);
}

/// `data` as the site file `_situs.yaml`, beside a valid unit and standard. The settings are
/// settled as `standar build` settles them, without the logo (fuzzed on its own).
pub fn site(data: &[u8]) {
    survive(vec![
        input("_situs.yaml", data),
        input("dinas/_unit.yaml", UNIT),
        input("dinas/layanan.yaml", STANDARD),
    ]);
}

/// `data` as an SVG logo: whatever [`svg_problem`] lets through is read again by a second,
/// lenient parser (html5ever, as a browser reads SVG inside HTML) and must hold nothing
/// that runs, fetches or embeds.
pub fn logo(data: &[u8]) {
    if svg_problem(data).is_some() {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        panic!("a logo that is not UTF-8 was accepted");
    };
    let page = scraper::Html::parse_fragment(text);
    for element in page
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let element = element.value();
        let name = element.name().to_ascii_lowercase();
        assert!(
            !matches!(
                name.as_str(),
                "script"
                    | "foreignobject"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "image"
                    | "feimage"
                    | "a"
                    | "style"
                    | "animate"
                    | "set"
                    | "animatemotion"
                    | "animatetransform"
            ),
            "an accepted logo holds <{name}>"
        );
        for (key, value) in element.attrs() {
            let key = key.to_ascii_lowercase();
            let value = value.to_ascii_lowercase();
            assert!(!key.starts_with("on"), "an accepted logo has `{key}`");
            assert!(
                !value.contains("javascript:") && !value.contains("data:"),
                "an accepted logo has the URL `{value}`"
            );
            if key == "href" || key.ends_with(":href") {
                assert!(
                    value.trim().starts_with('#'),
                    "an accepted logo links to `{value}`"
                );
            }
        }
    }
}

/// `data` as the text of a copied page, or a saved one when it starts with `<`: whatever it
/// holds, the draft `standar impor` makes checks without errors (the YAML it writes always
/// reads back, every value it types passes).
pub fn import(data: &[u8]) {
    let mut text = String::from_utf8_lossy(data).into_owned();
    if text.trim_start().starts_with('<') {
        text = standar::impor::html::teks(&text);
    }
    import_text(&text);
}

/// Any bytes read as a Word document and as a PDF: an error or a text, never a panic or a
/// hang; a text read imports as any text does.
pub fn document(data: &[u8]) {
    // The PDF reader panics on damaged files and the importer catches it: let those panics
    // unwind to it; any other panic is a finding, as libFuzzer's own hook makes it.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            if !standar::impor::pdf::membaca_pdf() {
                eprintln!("{info}");
                std::process::abort();
            }
        }));
    });
    for extension in ["docx", "pdf"] {
        if let Ok((text, _)) = standar::impor::berkas::teks(data, extension) {
            import_text(&text);
        }
    }
}

fn import_text(text: &str) {
    // A document of too many services is refused whole, with its own message.
    let Ok(drafts) = standar::impor::impor(text, "sumber.txt", &standar::impor::Pilihan::default())
    else {
        return;
    };
    assert!(!drafts.is_empty(), "no draft");
    for (draf, diagnostics) in drafts {
        // A decision left to the officer (marked PERIKSA) is the only error a draft may carry.
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error && !d.code.awaits_decision())
            .map(|d| format!("{}: {}", d.code, d.message))
            .collect();
        assert!(
            errors.is_empty(),
            "the draft has errors: {errors:?}\n{}\n{}",
            draf.unit_yaml,
            draf.standar
        );
    }
}

fn survive(inputs: Vec<InputFile>) {
    let Ok(templates) = Templates::new(&[]) else {
        panic!("the built-in templates compile");
    };
    let written = AtomicUsize::new(0);
    let output = |path: &str, bytes: &[u8]| {
        written.fetch_add(1, Ordering::Relaxed);
        if path.ends_with(".html") {
            only_the_sites_own_scripts(path, bytes);
        }
        Ok(())
    };
    // The same pipeline as `standar build`, in memory.
    let built = build(
        &MemoryFiles::new(inputs),
        &Limits::default(),
        &Silent,
        |config, diagnostics| {
            let options =
                match SiteOptions::settle(config.map(|c| &c.situs), &Overrides::default(), None) {
                    Ok(options) => options,
                    Err(problem) => {
                        diagnostics.push(problem);
                        return None;
                    }
                };
            Some(Setup {
                options,
                templates,
                output: &output,
                key: 0,
            })
        },
    );
    let diagnostics = &built.run.diagnostics;
    diagnostics_point_into_their_file(diagnostics);
    // The one error rendering adds: an item too long to print whole on a board sheet.
    let check_errors = diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error && d.code != Code::BoardOverflow);
    if check_errors {
        // An input with errors is never rendered.
        assert_eq!(
            written.load(Ordering::Relaxed),
            0,
            "a broken standard was rendered"
        );
    } else if !built.complete() {
        assert!(
            diagnostics.iter().any(|d| d.code == Code::BoardOverflow),
            "a valid standard must render: {:?}",
            diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
    }
}

fn diagnostics_point_into_their_file(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        assert!(!diagnostic.message.is_empty());
        if let Some(span) = &diagnostic.span {
            let text = &diagnostic.file.text;
            assert!(
                span.start <= span.end && span.end <= text.len(),
                "span outside the file"
            );
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "span inside a character"
            );
        }
    }
}

/// Every script in a page is one the templates wrote (the JSON-LD block or a script file of
/// the site), no element carries an event handler and no link a script URL: anything else
/// means text from the YAML reached the page as markup.
fn only_the_sites_own_scripts(path: &str, bytes: &[u8]) {
    let html = String::from_utf8_lossy(bytes);
    let page = scraper::Html::parse_document(&html);
    for element in page
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let element = element.value();
        if element.name() == "script" {
            let own = element.attr("type") == Some("application/ld+json")
                || element.attr("src").is_some_and(|src| src.ends_with(".js"));
            assert!(own, "{path}: a script the templates did not write");
        }
        for (name, value) in element.attrs() {
            assert!(!name.starts_with("on"), "{path}: event handler `{name}`");
            // An image cannot run script, and the boards carry their flowcharts as
            // `data:image/svg+xml` images.
            let image =
                element.name() == "img" && name == "src" && value.starts_with("data:image/");
            if matches!(
                name,
                "href" | "src" | "action" | "formaction" | "xlink:href"
            ) && !image
            {
                let scheme = value.trim().to_ascii_lowercase();
                assert!(
                    !["javascript:", "vbscript:", "data:"]
                        .iter()
                        .any(|s| scheme.starts_with(s)),
                    "{path}: script URL `{value}`"
                );
            }
        }
    }
}
