//! `standar impor` on hostile documents (`tests/fixtures/impor/berbahaya/`, written by its
//! `buat.py`, and large ones made here): a PDF whose objects recurse or loop, a compressed
//! stream that expands to gigabytes, a zip bomb, XML nested a hundred thousand deep or full
//! of entities, zip members named `../`, a page with scripts, `javascript:` links and
//! hidden text, HTML nested forty thousand deep, text that looks like YAML. Each ends with a
//! clear message or an inert draft, its memory within bounds, nothing written outside
//! `--out`, and never a crash. (Times on a release build: `bench/impor`.)

// Tests read and write files and start the program.

use crate::common;

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The most memory the importer's own process may hold (the PDF reader's process is held
/// to 300 MB by its own limit), over what the test binary itself maps.
const MEMORY_LIMIT_KB: u64 = 300 * 1024;
/// A run that takes longer than this is killed and fails the test.
const WATCHDOG: Duration = Duration::from_secs(120);

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/impor/berbahaya")
        .join(name)
}

/// What a run of `standar impor` did.
struct Run {
    code: Option<i32>,
    output: String,
    /// Peak resident memory of the process, over what it held when it started (kB).
    grown_kb: u64,
}

/// Kilobytes in a `/proc/<pid>/status` field.
fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Imports `source` into `dir/o`, watching the process's memory as it runs.
fn impor(dir: &Path, source: &Path) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_standar"))
        .arg("impor")
        .arg(source)
        .args(["--out", "o"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let pid = child.id();
    let mut stderr = child.stderr.take().expect("stderr");
    let mut stdout = child.stdout.take().expect("stdout");
    let readers = [
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        }),
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text);
            text
        }),
    ];
    let started = Instant::now();
    let (mut first, mut peak) = (None, 0);
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if let Some(hwm) = status_kb(pid, "VmHWM:") {
            first.get_or_insert(status_kb(pid, "VmRSS:").unwrap_or(hwm));
            peak = peak.max(hwm);
        }
        assert!(
            started.elapsed() < WATCHDOG,
            "{} ran for more than {WATCHDOG:?}",
            source.display()
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = readers.map(|r| r.join().expect("read")).concat();
    Run {
        code: status.code(),
        output,
        grown_kb: peak.saturating_sub(first.unwrap_or(0)),
    }
}

/// Imports a document that must be refused: exit 2, a message naming it and saying
/// `because`, memory within bounds, nothing written.
fn refused(name: &Path, because: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = impor(dir.path(), name);
    assert_eq!(run.code, Some(2), "{}: {}", name.display(), run.output);
    let shown = name.file_name().expect("name").to_string_lossy();
    assert!(
        run.output.contains(&*shown) && run.output.contains(because),
        "{}: {}",
        name.display(),
        run.output
    );
    assert!(!run.output.contains("panicked"), "{}", run.output);
    assert!(
        run.grown_kb < MEMORY_LIMIT_KB,
        "{}: {} kB",
        name.display(),
        run.grown_kb
    );
    assert!(!dir.path().join("o").exists(), "nothing written");
}

#[test]
fn pdfs_that_recurse_loop_or_expand_are_refused() {
    for (name, because) in [
        ("pdf-xobject-berulang.pdf", "batas pembaca"),
        ("pdf-induk-melingkar.pdf", "batas pembaca"),
        ("pdf-bom-glif.pdf", "batas pembaca"),
        ("pdf-xref-rusak.pdf", "rusak"),
    ] {
        refused(&fixture(name), because);
    }
    // 256 MiB of spaces behind the text: read within the limits (a release build reads the
    // text in a tenth of a second), or refused at them (a debug build runs out of time).
    let dir = tempfile::tempdir().expect("temp dir");
    let run = impor(dir.path(), &fixture("pdf-bom-flate.pdf"));
    assert!(matches!(run.code, Some(0..=2)), "{}", run.output);
    assert!(
        run.code != Some(2) || run.output.contains("batas pembaca"),
        "{}",
        run.output
    );
    assert!(run.grown_kb < MEMORY_LIMIT_KB, "{} kB", run.grown_kb);
}

#[test]
fn word_and_excel_files_that_expand_nest_or_declare_entities_are_refused() {
    for (name, because) in [
        ("docx-bom-zip.docx", "terlalu besar"),
        ("docx-bersarang.docx", "bersarang"),
        ("docx-entitas.docx", "rusak"),
        ("xlsx-bom-zip.xlsx", "terlalu besar"),
        ("xlsx-entitas.xlsx", "baris judul kolom"),
    ] {
        refused(&fixture(name), because);
    }
}

#[test]
fn pipes_devices_and_huge_files_are_refused_without_reading_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    #[cfg(unix)]
    {
        let fifo = dir.path().join("pipa.txt");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            refused(&fifo, "bukan berkas biasa");
        }
        refused(Path::new("/dev/zero"), "bukan berkas biasa");
    }
    let huge = dir.path().join("besar.txt");
    let file = fs::File::create(&huge).expect("create");
    file.set_len(65 << 20).expect("sparse");
    refused(&huge, "lebih dari 64 MB");
}

/// Imports a document that must give a draft: not refused, every draft free of what must
/// stay inert, and the site built from the drafts free of it too.
fn imported(dir: &Path, source: &Path, never: &[&str]) -> String {
    let run = impor(dir, source);
    assert!(
        matches!(run.code, Some(0 | 1)),
        "{}: {}",
        source.display(),
        run.output
    );
    assert!(!run.output.contains("panicked"), "{}", run.output);
    assert!(run.grown_kb < MEMORY_LIMIT_KB, "{} kB", run.grown_kb);
    let drafts: String = walkdir::WalkDir::new(dir.join("o"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| fs::read_to_string(e.path()).expect("draft"))
        .collect();
    // The officer's decisions (components not found, lines not placed), then the site.
    common::decide_drafts(&dir.join("o"));
    let site_dir = dir.join("situs");
    let build = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["build", "o", "--out"])
        .arg(&site_dir)
        .args(["--format", "short"])
        .current_dir(dir)
        .output()
        .expect("builds");
    assert_eq!(
        build.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&build.stdout)
    );
    let pages: String = walkdir::WalkDir::new(&site_dir)
        .into_iter()
        .flatten()
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "html" || x == "md")
        })
        .filter(|e| !e.path().starts_with(site_dir.join("editor")))
        .map(|e| fs::read_to_string(e.path()).expect("page"))
        .collect();
    for text in never {
        assert!(!pages.contains(text), "`{text}` reached a page");
    }
    drafts
}

#[test]
fn active_html_and_hidden_text_never_reach_a_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let drafts = imported(
        dir.path(),
        &fixture("html-aktif.html"),
        &[
            "alert(",
            "javascript:",
            "onerror",
            "onmouseover",
            "contoh.invalid",
        ],
    );
    assert!(drafts.contains("Surat permohonan"), "{drafts}");
    let dir = tempfile::tempdir().expect("temp dir");
    let drafts = imported(
        dir.path(),
        &fixture("html-tersembunyi.html"),
        &["TERSEMBUNYI"],
    );
    // The officer is shown the hidden text, as a comment, never as content.
    for hidden in ["TERSEMBUNYI-ATRIBUT", "TERSEMBUNYI-GAYA", "TERSEMBUNYI-NOL"] {
        assert!(drafts.contains(&format!("#   {hidden}")), "{drafts}");
    }
}

#[test]
fn zip_members_named_outside_write_nothing_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inner = dir.path().join("a/b");
    fs::create_dir_all(&inner).expect("mkdir");
    let drafts = imported(&inner, &fixture("docx-nama-keluar.docx"), &[]);
    assert!(drafts.contains("Surat permohonan"), "{drafts}");
    let stray: Vec<_> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "keluar.txt")
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
    assert!(!Path::new("/etc/keluar.txt").exists());
}

#[test]
fn text_that_looks_like_yaml_stays_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let drafts = imported(dir.path(), &fixture("teks-mirip-yaml.txt"), &[]);
    // Tags, anchors, aliases and directives from the source are written as text: quoted,
    // or inside a block, and the build (which refuses tags and anchors) took the draft.
    assert!(drafts.contains("- \"!!binary aGVsbG8=\""), "{drafts}");
    assert!(drafts.contains("- KTP *b"), "{drafts}");
    assert!(drafts.contains("\n    %YAML 1.2"), "{drafts}");
}

#[test]
fn large_generated_documents_end_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = dir.path().join("bersarang.html");
    fs::write(
        &nested,
        format!(
            "<!DOCTYPE html><body><h2>Persyaratan</h2>{}",
            "<ol><li>x".repeat(40_000)
        ),
    )
    .expect("write");
    refused(&nested, "bersarang");
    let services = dir.path().join("layanan-banyak.txt");
    fs::write(
        &services,
        "Persyaratan\n1. A\nProsedur\n1. B\nBiaya\nGratis\nProduk\nSurat\n".repeat(250),
    )
    .expect("write");
    refused(&services, "lebih dari 200");
    for (name, text) in [
        (
            "baris-panjang.txt",
            format!("Persyaratan\n{}\n", "kata ".repeat(100_000)),
        ),
        (
            "butir-banyak.txt",
            format!("Persyaratan\n{}", "1. Surat permohonan x\n".repeat(4_000)),
        ),
        (
            "tabel-besar.html",
            format!(
                "<!DOCTYPE html><body><h2>Persyaratan</h2><table>{}</table>",
                "<tr><td>1</td><td>Surat permohonan</td></tr>".repeat(4_000)
            ),
        ),
    ] {
        let source = dir.path().join(name);
        fs::write(&source, text).expect("write");
        let run = impor(dir.path(), &source);
        assert!(matches!(run.code, Some(0 | 1)), "{name}: {}", run.output);
        assert!(
            run.grown_kb < MEMORY_LIMIT_KB,
            "{name}: {} kB",
            run.grown_kb
        );
    }
}
