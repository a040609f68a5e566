//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

use standar::corpus::{Compilation, InputFile, MemoryFiles};
use standar::diagnostic::Diagnostic;
use standar::parse::Limits;
use standar::pipeline::Silent;
use standar::pipeline::build::{Setup, build};
use standar::pipeline::compile;
use standar::render::templates::Templates;
use standar::render::{Overrides, SiteOptions};

/// Every file under `standards/`, with paths relative to it.
pub fn shipped_inputs() -> Vec<InputFile> {
    inputs_under(Path::new("standards"))
}

/// Every file under `root`, sorted by path, as the corpus reader would hand it over.
pub fn inputs_under(root: &Path) -> Vec<InputFile> {
    let mut inputs = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.expect("readable");
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let relative = path
            .strip_prefix(root)
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        inputs.push(InputFile {
            path: path.to_string_lossy().replace('\\', "/"),
            relative,
            bytes: fs::read(path).expect("readable"),
        });
    }
    inputs
}

/// The shipped standards, compiled.
pub fn compile_shipped() -> Compilation {
    compile(shipped_inputs(), &Limits::default())
}

/// Builds a site from files in memory through the library's pipeline, the one
/// `standar build` runs (the command line adds only the disk): every written file, or the
/// problems that stopped the build.
pub fn try_build(
    inputs: &[InputFile],
    options: &SiteOptions,
) -> Result<BTreeMap<String, Vec<u8>>, Vec<Diagnostic>> {
    let site = Mutex::new(BTreeMap::new());
    let output = |path: &str, bytes: &[u8]| {
        let mut site = site.lock().expect("not poisoned");
        assert!(
            site.insert(path.to_string(), bytes.to_vec()).is_none(),
            "{path} written twice"
        );
        Ok(())
    };
    let files = MemoryFiles::new(inputs.to_vec());
    let built = build(&files, &Limits::default(), &Silent, |_, _| {
        Some(Setup {
            options: options.clone(),
            templates: Templates::new(&[]).unwrap_or_else(|e| panic!("templates: {e:?}")),
            output: &output,
            key: 0,
        })
    });
    if !built.complete() {
        return Err(built.run.diagnostics);
    }
    drop(built);
    Ok(site.into_inner().expect("not poisoned"))
}

/// Builds a site from files in memory with the settings of their `_situs.yaml`, as
/// `standar build` does without options.
pub fn build_with_site_file(inputs: &[InputFile]) -> BTreeMap<String, Vec<u8>> {
    let site = Mutex::new(BTreeMap::new());
    let output = |path: &str, bytes: &[u8]| {
        site.lock()
            .expect("not poisoned")
            .insert(path.to_string(), bytes.to_vec());
        Ok(())
    };
    let files = MemoryFiles::new(inputs.to_vec());
    let built = build(&files, &Limits::default(), &Silent, |config, problems| {
        let options = SiteOptions::settle(config.map(|c| &c.situs), &Overrides::default(), None)
            .map_err(|problem| problems.push(problem))
            .ok()?;
        Some(Setup {
            options,
            templates: Templates::new(&[]).unwrap_or_else(|e| panic!("templates: {e:?}")),
            output: &output,
            key: 0,
        })
    });
    assert!(built.complete(), "{:?}", built.run.diagnostics);
    drop(built);
    site.into_inner().expect("not poisoned")
}

/// Builds a site from files in memory, which must have no error.
pub fn build_site(inputs: &[InputFile], options: &SiteOptions) -> BTreeMap<String, Vec<u8>> {
    try_build(inputs, options).unwrap_or_else(|problems| {
        panic!(
            "build failed: {:?}",
            problems.iter().map(|d| &d.message).collect::<Vec<_>>()
        )
    })
}

/// The facts files: the unit folder on the first line, then one fact per line.
pub fn facts() -> Vec<(String, String, Vec<String>)> {
    let mut all = Vec::new();
    let mut files: Vec<_> = fs::read_dir("tests/facts")
        .expect("tests/facts exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).expect("readable");
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let unit = lines.next().expect("unit line").to_string();
        all.push((
            path.display().to_string(),
            unit,
            lines.map(str::to_string).collect(),
        ));
    }
    all
}

/// Whether an output's text holds a fact: spaces compared collapsed, durations without
/// regard to case ("60 Menit" is printed "60 menit").
pub fn contains_fact(haystack: &str, fact: &str) -> bool {
    let fact = fact.split_whitespace().collect::<Vec<_>>().join(" ");
    haystack.contains(&fact)
        || fact.parse::<standar::model::durasi::Durasi>().is_ok()
            && haystack.to_lowercase().contains(&fact.to_lowercase())
}

/// The visible text of an HTML page, whitespace collapsed.
pub fn html_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let text: Vec<&str> = document.root_element().text().collect();
    text.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of a Markdown document, whitespace collapsed; fails on live HTML.
pub fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) => out.push_str(&t),
            pulldown_cmark::Event::Html(t) | pulldown_cmark::Event::InlineHtml(t) => {
                assert!(t.trim() == "<br>", "live HTML in Markdown: {t}");
                out.push(' ');
            }
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every string of a JSON document, whitespace collapsed.
pub fn json_text(json: &str) -> String {
    fn strings(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let mut out = String::new();
    strings(&value, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Copies the folder `from` to `to`, file by file (no links), making the folders.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("mkdir");
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// An imported draft as an officer leaves it after deciding what the importer left open,
/// from the draft's diagnostics: the lines it could not place deleted (the whole
/// `belum_dipetakan` block), the components it did not find recorded in `tidak_tercantum`.
/// Facts in either are not counted by the tests that use this.
pub fn decided_text(standar: &str, diagnostics: &[Diagnostic]) -> String {
    use standar::diagnostic::Code;
    let not_found: Vec<String> = diagnostics
        .iter()
        .filter_map(|d| match d.code {
            Code::ComponentMissing => d.message.split('`').nth(1).map(str::to_string),
            Code::ComplaintsMissing => Some("pengaduan".to_string()),
            _ => None,
        })
        .collect();
    let mut text = match standar.find("\nbelum_dipetakan:") {
        Some(at) => {
            let start = standar[..at].rfind("\n\n").map_or(at, |p| p + 1);
            let end = standar[at + 1..]
                .find("\n\n")
                .map_or(standar.len(), |p| at + 1 + p + 1);
            format!("{}{}", &standar[..start], &standar[end..])
        }
        None => standar.to_string(),
    };
    if !not_found.is_empty() {
        let items: String = not_found.iter().map(|k| format!("  - {k}\n")).collect();
        match text.find("\ntidak_tercantum:\n") {
            Some(at) => text.insert_str(at + "\ntidak_tercantum:\n".len(), &items),
            None => text.push_str(&format!("\ntidak_tercantum:\n{items}")),
        }
    }
    text
}

/// Decides every imported draft under `dir` as [`decided_text`] does, in place. Schema
/// errors come before the others, so the drafts are checked and decided until nothing is
/// left to decide.
pub fn decide_drafts(dir: &Path) {
    for _ in 0..3 {
        let compiled = compile(inputs_under(dir), &Limits::default());
        let mut by_file: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
        for d in compiled.diagnostics {
            by_file.entry(d.file.path.clone()).or_default().push(d);
        }
        for (path, diagnostics) in by_file {
            if !path.ends_with(".yaml") || path.ends_with("/_unit.yaml") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("draft");
            let decided = decided_text(&text, &diagnostics);
            if decided != text {
                fs::write(&path, decided).expect("write");
            }
        }
    }
}

/// The repository's root folder.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `standar` binary, set to run in `dir` with nothing on its input.
pub fn standar_in(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_standar"));
    command.current_dir(dir).stdin(Stdio::null());
    command
}

/// Runs `standar args` in `dir`, colours as on a terminal that allows them.
pub fn standar(args: &[&str], dir: &Path) -> Output {
    standar_in(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// What a run printed on its standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every file below `root`, by its path relative to `root`, with its bytes.
pub fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            (relative, fs::read(e.path()).expect("readable"))
        })
        .collect()
}

/// A copy of the shipped standards in `into`.
pub fn copy_shipped(into: &Path) {
    copy_tree(&repo().join("standards"), into);
}

/// The links and images of a Markdown text that lead to files of the repository (not to
/// `https://…` or `mailto:`), as written.
pub fn local_links(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .filter(|url| !url.contains("://") && !url.starts_with("mailto:"))
        .collect()
}

/// Checks an Atom feed against what RFC 4287 requires (§4.1.1 feed, §4.1.2 entry, §3.3
/// dates, §4.2.7 links): well-formed XML in the Atom namespace; the feed and every entry with
/// one `id` (an absolute IRI, unique among the entries), one `title` and one `updated` (an RFC
/// 3339 date-time); an `author` on the feed (its entries have none); a `self` link and an
/// `alternate` link with `href`s that are absolute. Returns the entries' ids, titles and
/// contents, in order.
pub fn atom_entries(xml: &str) -> Vec<(String, String, String)> {
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let feed = doc.root_element();
    assert_eq!(
        feed.tag_name().namespace(),
        Some(ATOM),
        "not in the Atom namespace"
    );
    assert_eq!(feed.tag_name().name(), "feed");
    let children = |node: roxmltree::Node<'_, '_>, name: &str| -> Vec<String> {
        node.children()
            .filter(|c| {
                c.is_element()
                    && c.tag_name().name() == name
                    && c.tag_name().namespace() == Some(ATOM)
            })
            .map(|c| c.text().unwrap_or_default().to_string())
            .collect()
    };
    let rfc3339 = |text: &str| {
        let b = text.as_bytes();
        text.len() >= 20
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':'
            && (text.ends_with('Z') || text[19..].starts_with('+') || text[19..].starts_with('-'))
    };
    let one = |node: roxmltree::Node<'_, '_>, name: &str| -> String {
        let found = children(node, name);
        assert_eq!(
            found.len(),
            1,
            "exactly one atom:{name} in {}",
            node.tag_name().name()
        );
        found[0].clone()
    };
    let absolute = |iri: &str| iri.starts_with("https://") || iri.starts_with("http://");
    assert!(absolute(&one(feed, "id")));
    assert!(!one(feed, "title").is_empty());
    assert!(rfc3339(&one(feed, "updated")));
    assert_eq!(
        feed.children()
            .filter(|c| c.tag_name().name() == "author")
            .count(),
        1
    );
    let links: Vec<(String, String)> = feed
        .children()
        .filter(|c| c.tag_name().name() == "link")
        .map(|l| {
            (
                l.attribute("rel").unwrap_or("alternate").to_string(),
                l.attribute("href").unwrap_or_default().to_string(),
            )
        })
        .collect();
    for rel in ["self", "alternate"] {
        assert!(
            links.iter().any(|(r, href)| r == rel && absolute(href)),
            "a {rel} link"
        );
    }
    let mut ids = std::collections::BTreeSet::new();
    let mut entries = Vec::new();
    for entry in feed.children().filter(|c| c.tag_name().name() == "entry") {
        let id = one(entry, "id");
        assert!(
            absolute(&id) && ids.insert(id.clone()),
            "entry ids absolute and unique: {id}"
        );
        let updated = one(entry, "updated");
        assert!(rfc3339(&updated), "{updated}");
        let link = entry
            .children()
            .find(|c| c.tag_name().name() == "link")
            .and_then(|l| l.attribute("href"))
            .unwrap_or_default();
        assert!(absolute(link), "an entry links its page");
        let content = children(entry, "content").join("");
        entries.push((id, one(entry, "title"), content));
    }
    entries
}

/// Runs `git` in `dir` as one officer, committing on `day` (Western Indonesian Time), so
/// that a scripted history is the same on every machine.
pub fn git_on(dir: &Path, day: &str, args: &[&str]) {
    let when = format!("{day}T09:00:00+07:00");
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Petugas")
        .env("GIT_AUTHOR_EMAIL", "petugas@contoh.go.id")
        .env("GIT_COMMITTER_NAME", "Petugas")
        .env("GIT_COMMITTER_EMAIL", "petugas@contoh.go.id")
        .env("GIT_AUTHOR_DATE", &when)
        .env("GIT_COMMITTER_DATE", &when)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}
