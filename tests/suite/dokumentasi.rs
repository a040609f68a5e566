//! The documentation book (`docs/book/`) stays true: the page of every diagnostic code and
//! of every command is generated (from the code registry and `--help`) and committed, each
//! example of a code is checked (the wrong lines report the code, the right lines are clean),
//! and every link between the book's pages leads to a page and a heading that exist.
//!
//! `STANDAR_TULIS_DOKUMEN=1 cargo test --test suite dokumentasi` rewrites the generated pages.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use standar::corpus::{Compilation, InputFile};
use standar::diagnostic::penjelasan::{halaman, penjelasan};
use standar::diagnostic::render::{Format, render};
use standar::diagnostic::{Code, Severity};
use standar::parse::Limits;
use standar::pipeline::compile;

use crate::common::{local_links, repo, standar};

const BOOK: &str = "docs/book/src";

/// `base` with the top-level keys of `fragment` replaced by the fragment's lines.
fn with_keys(base: &str, fragment: &str) -> String {
    let top_key = |line: &str| {
        let key = line.split(':').next()?;
        let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        plain.then(|| key.to_string())
    };
    let replaced: BTreeSet<String> = fragment.lines().filter_map(top_key).collect();
    let mut out = String::new();
    let mut skipping = false;
    for line in base.lines() {
        if !line.starts_with([' ', '\t']) {
            skipping = top_key(line).is_some_and(|k| replaced.contains(&k));
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out + fragment
}

/// The example standard of a code, checked with the fixtures' unit file.
fn check_example(lines: &str) -> Compilation {
    let base = fs::read_to_string(repo().join("tests/fixtures/valid/minimal.yaml"))
        .expect("the minimal standard");
    let unit = fs::read(repo().join("tests/fixtures/_unit.yaml")).expect("the unit file");
    let inputs = vec![
        InputFile {
            path: "dinas-contoh/_unit.yaml".to_string(),
            relative: "dinas-contoh/_unit.yaml".to_string(),
            bytes: unit,
        },
        InputFile {
            path: "dinas-contoh/contoh.yaml".to_string(),
            relative: "dinas-contoh/contoh.yaml".to_string(),
            bytes: with_keys(&base, lines).into_bytes(),
        },
    ];
    compile(inputs, &Limits::default())
}

/// What `standar check` says about the wrong lines of an example, as the officer sees it.
fn message_of(compilation: &Compilation, code: Code) -> String {
    let own: Vec<_> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .cloned()
        .collect();
    render(
        &own,
        Format::Human {
            color: false,
            width: 80,
        },
    )
}

/// The generated page of a code: the registry's page and the message its example gives.
fn code_page(code: Code) -> String {
    let mut page = halaman(code);
    if let Some(contoh) = penjelasan(code).contoh {
        let message = message_of(&check_example(contoh.salah), code);
        page.push_str(&format!(
            "\nYang dilaporkan `standar check` untuk contoh yang salah (di dalam standar lengkap):\n\n```text\n{}\n```\n",
            message.trim_end()
        ));
    }
    page
}

/// The subcommands `standar --help` lists.
fn commands() -> Vec<String> {
    let help = String::from_utf8_lossy(&standar(&["--help"], repo()).stdout).into_owned();
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

/// The generated page of a command: its `--help`.
fn command_page(command: &str) -> String {
    let output = standar(&[command, "--help"], repo());
    let help = String::from_utf8_lossy(&output.stdout);
    format!(
        "# `standar {command}`\n\nHalaman ini dibuat dari `standar {command} --help`.\n\n```text\n{}\n```\n",
        help.trim_end()
    )
}

/// Every generated page, by its path in the book.
fn generated() -> Vec<(PathBuf, String)> {
    let mut pages = Vec::new();
    let mut index = String::from(
        "# Kode diagnostik\n\nSetiap masalah yang dilaporkan `standar` punya kode tetap. Galat menggagalkan pemeriksaan; peringatan tidak, kecuali dengan `--deny-warnings`. Di terminal, `standar jelaskan <kode>` menampilkan halaman kode itu.\n\n| kode | jenis | arti |\n|---|---|---|\n",
    );
    for code in Code::ALL {
        let kind = match code.severity() {
            Severity::Error => "galat",
            Severity::Warning => "peringatan",
        };
        index.push_str(&format!(
            "| [`{0}`]({0}.md) | {kind} | {1} |\n",
            code.as_str(),
            code.summary().replace('|', "\\|")
        ));
        pages.push((
            PathBuf::from(format!("kode/{}.md", code.as_str())),
            code_page(*code),
        ));
    }
    pages.push((PathBuf::from("kode/README.md"), index));
    let mut list = String::from(
        "# Rujukan perintah\n\nSetiap halaman dibuat dari `--help` perintahnya, jadi selalu sama dengan program.\n\n",
    );
    for command in commands() {
        list.push_str(&format!("- [`standar {command}`]({command}.md)\n"));
        pages.push((
            PathBuf::from(format!("perintah/{command}.md")),
            command_page(&command),
        ));
    }
    pages.push((PathBuf::from("perintah/README.md"), list));
    pages
}

#[test]
fn every_example_reports_its_code_and_its_fix_is_clean() {
    let mut wrong = Vec::new();
    for code in Code::ALL {
        let Some(contoh) = penjelasan(*code).contoh else {
            continue;
        };
        let salah = check_example(contoh.salah);
        if !salah.diagnostics.iter().any(|d| d.code == *code) {
            wrong.push(format!(
                "{code}: the wrong lines do not report it:\n{}",
                render(&salah.diagnostics, Format::Short)
            ));
        }
        let benar = check_example(contoh.benar);
        let unclean: Vec<_> = benar
            .diagnostics
            .iter()
            .filter(|d| d.code == *code || d.severity() == Severity::Error)
            .cloned()
            .collect();
        if !unclean.is_empty() {
            wrong.push(format!(
                "{code}: the right lines are not clean:\n{}",
                render(&unclean, Format::Short)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_generated_pages_of_the_book_are_current() {
    let write = std::env::var_os("STANDAR_TULIS_DOKUMEN").is_some();
    let mut stale = Vec::new();
    for (path, text) in generated() {
        let file = repo().join(BOOK).join(&path);
        if write {
            fs::create_dir_all(file.parent().expect("in a folder")).expect("folder");
            fs::write(&file, &text).expect("written");
        } else if fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "generated pages out of date (run `STANDAR_TULIS_DOKUMEN=1 cargo test --test suite dokumentasi`): {stale:?}"
    );
    // Every generated page is in the table of contents.
    let summary = fs::read_to_string(repo().join(BOOK).join("SUMMARY.md")).expect("SUMMARY.md");
    for code in Code::ALL {
        let entry = format!("(kode/{}.md)", code.as_str());
        assert!(summary.contains(&entry), "SUMMARY.md lacks {entry}");
    }
    for command in commands() {
        let entry = format!("(perintah/{command}.md)");
        assert!(summary.contains(&entry), "SUMMARY.md lacks {entry}");
    }
}

/// The anchors of a page's headings, as mdBook makes them: lower case, spaces to `-`,
/// punctuation dropped.
fn anchors(markdown: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut heading: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = &mut heading {
                    h.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = heading.take() {
                    let id: String = h
                        .trim()
                        .to_lowercase()
                        .chars()
                        .filter_map(|c| match c {
                            ' ' => Some('-'),
                            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                            _ => None,
                        })
                        .collect();
                    out.insert(id);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_link_of_the_book_leads_somewhere() {
    let root = repo().join(BOOK);
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(&root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().to_path_buf())
        .collect();
    assert!(pages.len() > 10, "the book is at {}", root.display());
    let mut broken = Vec::new();
    for page in &pages {
        let text = fs::read_to_string(page).expect("page");
        for dest_url in local_links(&text) {
            let (file, anchor) = dest_url.split_once('#').unwrap_or((&dest_url, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                page.parent().expect("in a folder").join(file)
            };
            let shown = format!(
                "{} → {dest_url}",
                page.strip_prefix(&root).unwrap_or(page).display()
            );
            let Ok(target_text) = fs::read(&target) else {
                broken.push(format!("{shown}: no such file"));
                continue;
            };
            let is_markdown = target.extension().is_some_and(|x| x == "md");
            if !anchor.is_empty()
                && is_markdown
                && !anchors(&String::from_utf8_lossy(&target_text)).contains(anchor)
            {
                broken.push(format!("{shown}: no such heading"));
            }
        }
    }
    assert!(broken.is_empty(), "broken links: {broken:#?}");
}

#[test]
fn anchors_are_made_as_mdbook_makes_them() {
    let found =
        anchors("# `standar build`\n\n## Cara memperbaiki\n\n### Berkas unit `_unit.yaml`\n");
    assert!(found.contains("standar-build"), "{found:?}");
    assert!(found.contains("cara-memperbaiki"), "{found:?}");
    assert!(found.contains("berkas-unit-_unityaml"), "{found:?}");
}
