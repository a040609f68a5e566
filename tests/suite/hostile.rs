//! Broken and hostile input through the real binary: every case ends within seconds with a
//! message naming the file, the documented exit code, no panic, and nothing written.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common;
use common::{repo, tree};

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the binary, killing it (and failing) if it takes longer than 30 s. Its output is read
/// while it runs, so that a long report cannot fill a pipe and stall it.
fn standar(args: &[&str], dir: &Path) -> Outcome {
    let mut child = common::standar_in(dir)
        .args(args)
        .arg("--format")
        .arg("short")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut text);
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("standar {args:?} did not finish in 30 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let outcome = Outcome {
        code: status.code(),
        stdout: stdout.join().expect("stdout read"),
        stderr: stderr.join().expect("stderr read"),
    };
    assert!(
        !outcome.stderr.contains("panicked"),
        "panic: {}",
        outcome.stderr
    );
    outcome
}

const STANDARD: &str = "tests/fixtures/valid/minimal.yaml";
const UNIT: &str = "tests/fixtures/_unit.yaml";

/// A corpus `standards/dinas/` holding the shared unit file and one valid standard.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("standards/dinas");
    fs::create_dir_all(&unit).expect("mkdir");
    fs::copy(repo().join(UNIT), unit.join("_unit.yaml")).expect("copy");
    fs::copy(repo().join(STANDARD), unit.join("layanan.yaml")).expect("copy");
    dir
}

/// Builds into `site` and checks the exit code, that the report names `names`, and that
/// no site was written.
fn refused(dir: &Path, code: i32, names: &[&str]) -> Outcome {
    let outcome = standar(&["build", "standards", "--out", "site"], dir);
    assert_eq!(
        outcome.code,
        Some(code),
        "{}\n{}",
        outcome.stdout,
        outcome.stderr
    );
    for name in names {
        assert!(
            outcome.stdout.contains(name),
            "no `{name}` in:\n{}",
            outcome.stdout
        );
    }
    assert!(!dir.join("site").exists(), "a site was written");
    let leftovers: Vec<_> = fs::read_dir(dir)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left: {leftovers:?}"
    );
    outcome
}

#[test]
fn every_invalid_fixture_fails_the_build_with_a_location() {
    for entry in fs::read_dir(repo().join("tests/fixtures/invalid")).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let dir = tempfile::tempdir().expect("temp dir");
        let unit = dir.path().join("standards/dinas");
        fs::create_dir_all(&unit).expect("mkdir");
        if name.starts_with("unit-") {
            fs::copy(&path, unit.join("_unit.yaml")).expect("copy");
            fs::copy(repo().join(STANDARD), unit.join("layanan.yaml")).expect("copy");
        } else {
            if !name.starts_with("tanpa-unit-") {
                fs::copy(repo().join(UNIT), unit.join("_unit.yaml")).expect("copy");
            }
            fs::copy(&path, unit.join(&name)).expect("copy");
        }
        let outcome = refused(dir.path(), 1, &["error["]);
        let located = outcome
            .stdout
            .lines()
            .filter(|l| l.contains("error["))
            .all(|l| {
                l.starts_with("standards/dinas/")
                    && l.split(':')
                        .nth(1)
                        .is_some_and(|n| n.parse::<usize>().is_ok())
            });
        assert!(
            located,
            "{name}: every error names file:line:col\n{}",
            outcome.stdout
        );
    }
}

#[test]
fn names_that_cannot_be_published() {
    for bad in [
        "dinas baru/layanan.yaml",
        "dinas/layanan baru.yaml",
        "dinas/layanan-é.yaml",
        "dinas/layanan..baru.yaml",
        "dinas/Layanan.yaml",
        "layanan.yaml",
    ] {
        let dir = corpus();
        let target = dir.path().join("standards").join(bad);
        fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        fs::copy(repo().join(STANDARD), &target).expect("copy");
        let outcome = refused(dir.path(), 1, &["error[nama-berkas]"]);
        assert!(
            outcome.stdout.contains(&format!("standards/{bad}")),
            "{bad}: {}",
            outcome.stdout
        );
    }
}

#[test]
fn names_that_collide() {
    let dir = corpus();
    fs::copy(
        repo().join(STANDARD),
        dir.path().join("standards/dinas/layanan.yml"),
    )
    .expect("copy");
    refused(dir.path(), 1, &["error[nama-berkas]", "alamat yang sama"]);
}

#[cfg(unix)]
#[test]
fn links_are_never_followed() {
    use std::os::unix::fs::symlink;
    let dir = corpus();
    symlink("..", dir.path().join("standards/dinas/putaran")).expect("loop");
    refused(
        dir.path(),
        2,
        &["standards/dinas/putaran", "tautan simbolik"],
    );
    let dir = corpus();
    symlink(
        "/etc/hostname",
        dir.path().join("standards/dinas/luar.yaml"),
    )
    .expect("link out");
    refused(
        dir.path(),
        2,
        &["standards/dinas/luar.yaml", "tautan simbolik"],
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_is_refused_without_blocking() {
    let dir = corpus();
    let pipe = dir.path().join("standards/dinas/pipa.yaml");
    let made = Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    refused(
        dir.path(),
        2,
        &["standards/dinas/pipa.yaml", "bukan berkas biasa"],
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = corpus();
    let file = dir.path().join("standards/dinas/layanan.yaml");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&file).is_ok() {
        // Running as root: permissions do not stop reading; the pipe case covers unreadable files.
        return;
    }
    refused(
        dir.path(),
        2,
        &["standards/dinas/layanan.yaml", "izin ditolak"],
    );
}

#[test]
fn a_hundred_megabyte_file_is_refused_before_reading() {
    let dir = corpus();
    let file = fs::File::create(dir.path().join("standards/dinas/besar.yaml")).expect("create");
    file.set_len(100 * 1024 * 1024).expect("sparse file");
    let started = Instant::now();
    refused(
        dir.path(),
        1,
        &["standards/dinas/besar.yaml", "error[berkas-terlalu-besar]"],
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn generated_monsters_are_stopped_by_the_limits() {
    let deep = format!(
        "versi_format: 1\nnama: {}x{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let long_list = format!("versi_format: 1\npersyaratan:\n{}", "  - x\n".repeat(6_000));
    let long_text = format!("versi_format: 1\nnama: \"{}\"\n", "panjang ".repeat(10_000));
    for (name, text) in [("dalam", deep), ("daftar", long_list), ("teks", long_text)] {
        let dir = corpus();
        fs::write(
            dir.path().join(format!("standards/dinas/{name}.yaml")),
            text,
        )
        .expect("write");
        refused(
            dir.path(),
            1,
            &[
                &format!("standards/dinas/{name}.yaml:"),
                "error[yaml-batas]",
            ],
        );
    }
}

#[test]
fn a_broken_unit_file_is_reported_once_and_alone() {
    let dir = corpus();
    fs::write(
        dir.path().join("standards/dinas/_unit.yaml"),
        "versi_format: 1\npenyelenggara: [\n",
    )
    .expect("write");
    let outcome = refused(dir.path(), 1, &["standards/dinas/_unit.yaml:"]);
    assert!(
        !outcome.stdout.contains("layanan.yaml"),
        "no follow-up errors on the standards:\n{}",
        outcome.stdout
    );
}

#[test]
fn a_missing_unit_file_is_named() {
    let dir = corpus();
    fs::remove_file(dir.path().join("standards/dinas/_unit.yaml")).expect("remove");
    refused(
        dir.path(),
        1,
        &[
            "standards/dinas/layanan.yaml:",
            "error[penyelenggara-tidak-ada]",
            "_unit.yaml",
        ],
    );
}

#[test]
fn the_output_folder_may_not_be_the_input_folder_or_hold_it() {
    let dir = corpus();
    for out in ["standards", "standards/dinas", "."] {
        let outcome = standar(&["build", "standards", "--out", out], dir.path());
        assert_eq!(outcome.code, Some(1), "{out}: {}", outcome.stdout);
        assert!(
            outcome.stdout.contains("error[keluaran-galat]"),
            "{out}: {}",
            outcome.stdout
        );
    }
    assert!(dir.path().join("standards/dinas/layanan.yaml").is_file());
    assert_eq!(
        fs::read_dir(dir.path().join("standards/dinas"))
            .expect("list")
            .count(),
        2
    );
}

#[test]
fn a_folder_of_other_files_is_never_replaced_unless_told() {
    let dir = corpus();
    let out = dir.path().join("dokumen");
    fs::create_dir(&out).expect("mkdir");
    fs::write(out.join("laporan.docx"), "penting").expect("write");
    let outcome = standar(&["build", "standards", "--out", "dokumen"], dir.path());
    assert_eq!(outcome.code, Some(1));
    assert!(
        outcome.stdout.contains("error[keluaran-galat]") && outcome.stdout.contains("laporan.docx"),
        "{}",
        outcome.stdout
    );
    assert_eq!(
        fs::read_to_string(out.join("laporan.docx")).expect("kept"),
        "penting"
    );

    // A site written by standar may be rebuilt; a file added to it afterwards stops that.
    let ok = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(ok.code, Some(0), "{}", ok.stdout);
    let again = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(again.code, Some(0), "{}", again.stdout);
    fs::write(dir.path().join("site/CNAME"), "standar.example.go.id").expect("write");
    let refused = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(refused.code, Some(1));
    assert!(refused.stdout.contains("CNAME"));
    let forced = standar(
        &["build", "standards", "--out", "site", "--force"],
        dir.path(),
    );
    assert_eq!(forced.code, Some(0), "{}", forced.stdout);
    assert!(!dir.path().join("site/CNAME").exists());

    // A file in the output's place is never replaced, not even with --force, and nothing is
    // left beside it.
    fs::write(dir.path().join("afile"), "penting").expect("write");
    let file = standar(
        &["build", "standards", "--out", "afile", "--force"],
        dir.path(),
    );
    assert_eq!(file.code, Some(2), "{}", file.stdout);
    assert!(file.stdout.contains("bukan folder"), "{}", file.stdout);
    assert_eq!(
        fs::read_to_string(dir.path().join("afile")).expect("still there"),
        "penting"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".afile"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_killed_build_leaves_the_previous_site_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    // 20 units of the shipped standards: more files than the build writes before it dies.
    for i in 0..20 {
        for entry in fs::read_dir(repo().join("standards/kalbar-diskopukm")).expect("unit") {
            let path = entry.expect("entry").path();
            let target = dir.path().join(format!("standards/unit-{i:03}"));
            fs::create_dir_all(&target).expect("mkdir");
            fs::copy(&path, target.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let first = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(first.code, Some(0), "{}", first.stdout);
    let before = tree(&dir.path().join("site"));

    // Every standard changes; the build dies at once after its 40th file, as a kill would
    // (fault injection), while it brings the spare site up to date.
    for entry in walkdir::WalkDir::new(dir.path().join("standards"))
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_file() && entry.file_name() != "_unit.yaml" {
            let text = fs::read_to_string(entry.path()).expect("read");
            fs::write(entry.path(), text.replacen("nama: ", "nama: Baru ", 1)).expect("write");
        }
    }
    let killed = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["build", "standards", "--out", "site", "--format", "short"])
        .env("STANDAR_UJI_HENTI_SETELAH", "40")
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(killed.code(), None, "ended by a signal, not an exit");
    assert!(
        dir.path().join(".site.tembolok/jurnal").exists(),
        "killed mid-build, the journal names what it touched"
    );
    assert!(
        before == tree(&dir.path().join("site")),
        "the previous site changed"
    );

    // The next build finishes the work and gives what a clean build gives.
    let next = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(next.code, Some(0));
    let clean = standar(
        &["build", "standards", "--out", "bersih", "--clean"],
        dir.path(),
    );
    assert_eq!(clean.code, Some(0));
    assert!(
        tree(&dir.path().join("bersih")) == tree(&dir.path().join("site")),
        "same input, same site"
    );
    assert!(before != tree(&dir.path().join("site")));
}

/// The build killed in the middle of replacing the site (fault injection at the swap).
fn killed_at_swap(dir: &Path, hooks: &str) {
    let killed = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["build", "standards", "--out", "site", "--format", "short"])
        .env("STANDAR_UJI_TUKAR", hooks)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(killed.code(), None, "ended by a signal, not an exit");
}

fn left_beside(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".site.") && name != ".site.tembolok")
        .collect();
    names.sort();
    names
}

#[cfg(target_os = "linux")]
#[test]
fn the_site_is_never_missing_whenever_the_build_is_killed_during_the_swap() {
    let dir = corpus();
    let first = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(first.code, Some(0), "{}", first.stdout);
    let old = tree(&dir.path().join("site"));
    let file = dir.path().join("standards/dinas/layanan.yaml");
    let text = fs::read_to_string(&file).expect("read");
    fs::write(
        &file,
        text.replace("Surat permohonan", "Surat permohonan bermeterai"),
    )
    .expect("write");

    // Exchanged in one step: killed right after, the new site is in place and the previous
    // one is the spare site in the cache.
    killed_at_swap(dir.path(), "henti");
    let new = tree(&dir.path().join("site"));
    assert_ne!(old, new, "the exchange happened");
    assert!(left_beside(dir.path()).is_empty());
    let next = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(next.code, Some(0), "{}", next.stdout);
    assert!(left_beside(dir.path()).is_empty());
    assert!(new == tree(&dir.path().join("site")));

    // Where the folders cannot be exchanged, a kill between the two renames leaves the
    // previous site aside and none in place; the next build, even one that fails on a YAML
    // error, puts it back first and says so.
    fs::write(&file, &text).expect("write");
    killed_at_swap(dir.path(), "dua-langkah,henti");
    assert!(
        !dir.path().join("site").exists(),
        "killed between the renames"
    );
    let aside = left_beside(dir.path());
    assert!(
        aside.iter().any(|n| n.starts_with(".site.lama-")),
        "{aside:?}"
    );
    fs::write(&file, "nama: [rusak\n").expect("write");
    let broken = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(broken.code, Some(1), "{}", broken.stdout);
    assert!(
        broken.stderr.contains("situs lama dipulihkan dari"),
        "{}",
        broken.stderr
    );
    assert!(
        broken.stderr.contains("situs lama tetap utuh"),
        "{}",
        broken.stderr
    );
    assert!(
        new == tree(&dir.path().join("site")),
        "the previous site is back, byte for byte"
    );
    assert!(
        left_beside(dir.path()).is_empty(),
        "{:?}",
        left_beside(dir.path())
    );

    // The two-step swap itself, not killed, also completes.
    fs::write(&file, &text).expect("write");
    let two_step = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["build", "standards", "--out", "site", "--quiet"])
        .env("STANDAR_UJI_TUKAR", "dua-langkah")
        .current_dir(dir.path())
        .status()
        .expect("runs");
    assert_eq!(two_step.code(), Some(0));
    assert!(old == tree(&dir.path().join("site")));
    assert!(left_beside(dir.path()).is_empty());
}

/// Terminal controls written into a value as YAML escapes, and into a file name, are shown
/// escaped (`\u{1B}`) by every command and every output format: none reaches the terminal.
#[cfg(unix)]
#[test]
fn nothing_from_a_file_reaches_the_terminal_unescaped() {
    let dir = corpus();
    let unit = dir.path().join("standards/dinas");
    let text = fs::read_to_string(unit.join("layanan.yaml")).expect("read");
    fs::write(
        unit.join("layanan.yaml"),
        text.replace(
            "nama: Layanan minimal",
            r#"nama: "Layanan \u001b[2J\u001b]8;;https://evil.example\u0007klik\u009b31m""#,
        ),
    )
    .expect("write");
    fs::copy(repo().join(STANDARD), unit.join("lain\u{1b}[31m\u{7}.yaml")).expect("copy");
    for args in [
        &["check", "standards", "--format", "human"][..],
        &["check", "standards", "--format", "short"],
        &["check", "standards", "--format", "json"],
        &["check", "standards", "--format", "github"],
        &["build", "standards", "--out", "site", "--format", "human"],
        &["audit", "standards"],
        &["audit", "standards", "--format", "json"],
        &["audit", "standards", "--format", "markdown"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_standar"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("runs");
        for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let raw = text
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\t'));
            assert!(
                raw.is_none(),
                "{args:?} {stream} prints {raw:?} raw:\n{text}"
            );
        }
        let all = String::from_utf8_lossy(&output.stdout);
        assert!(
            args[0] == "audit" || all.contains("\\u{1B}"),
            "{args:?} shows the control escaped:\n{all}"
        );
    }
}
