//! The `standar` binary: commands, output formats and exit codes.

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn standar(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn shipped_standards_exit_zero_and_deny_warnings_exits_one() {
    let output = standar(&["check", "standards", "--format", "short"], repo());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("5 standar lolos"));
    let output = standar(&["check", "--deny-warnings"], repo());
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_single_file_is_checked_with_its_unit_file() {
    let output = standar(
        &[
            "check",
            "standards/kalbar-diskopukm/fasilitasi-rapat-audiensi.yaml",
            "--format",
            "short",
        ],
        repo(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    // Inherits penyelenggara, SK and pengaduan from _unit.yaml; the source document states
    // no opening hours and no maklumat, which the board and page cannot show.
    let printed = stdout(&output);
    let codes: Vec<&str> = printed
        .lines()
        .filter_map(|l| l.split("warning[").nth(1)?.split(']').next())
        .collect();
    assert_eq!(
        codes,
        ["jam-pelayanan-tidak-ada", "maklumat-tidak-ada"],
        "{}",
        stdout(&output)
    );
}

#[test]
fn broken_files_exit_one_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("dinas");
    std::fs::create_dir(&unit).expect("mkdir");
    std::fs::copy(
        repo().join("tests/fixtures/_unit.yaml"),
        unit.join("_unit.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        repo().join("tests/fixtures/invalid/kunci-tidak-dikenal-atas.yaml"),
        unit.join("layanan.yaml"),
    )
    .expect("copy");
    let output = standar(&["check", ".", "--format", "short"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("./dinas/layanan.yaml:6:1: error[kunci-tidak-dikenal]: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn missing_paths_exit_two() {
    let output = standar(&["check", "tidak-ada", "--format", "short"], repo());
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).contains("tidak-ada:1:1: error[berkas-tidak-terbaca]"));
}

#[test]
fn usage_errors_exit_two() {
    let output = standar(&["check", "--format", "xml"], repo());
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn json_and_github_formats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("dinas");
    std::fs::create_dir(&unit).expect("mkdir");
    std::fs::copy(
        repo().join("tests/fixtures/_unit.yaml"),
        unit.join("_unit.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        repo().join("tests/fixtures/invalid/waktu-tidak-sesuai.yaml"),
        unit.join("a.yaml"),
    )
    .expect("copy");
    let output = standar(&["check", "dinas", "--format", "json"], dir.path());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["errors"], 1);
    assert_eq!(value["diagnostics"][0]["code"], "waktu-tidak-sesuai");
    assert_eq!(value["diagnostics"][0]["line"], 18);
    let output = standar(&["check", "dinas", "--format", "github"], dir.path());
    assert!(
        stdout(&output)
            .starts_with("::error file=dinas/a.yaml,line=18,col=10,title=waktu-tidak-sesuai::")
    );
}

#[test]
fn new_writes_a_scaffold_that_only_needs_its_name_and_its_blanks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dir.path().join("standards/dinas-baru/_unit.yaml").is_file());
    let scaffold =
        std::fs::read_to_string(dir.path().join("standards/dinas-baru/layanan-baru.yaml"))
            .expect("scaffold");
    let prefilled: Vec<&str> = scaffold
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter(|line| line.contains("Undang-Undang") || line.contains("2009"))
        .collect();
    assert!(
        prefilled.is_empty(),
        "examples belong in comments: {prefilled:?}"
    );
    // Until it has a name the scaffold does not publish; everything else is a warning.
    let output = standar(&["check", "--format", "short"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("warning[teks-kosong]"));
    let printed = stdout(&output);
    let errors: Vec<&str> = printed.lines().filter(|l| l.contains("error[")).collect();
    assert!(
        errors.len() == 1 && errors[0].contains("error[nama-kosong]"),
        "{errors:?}"
    );
    let again = standar(&["new", "dinas-baru/layanan-baru"], dir.path());
    assert_eq!(again.status.code(), Some(2), "never overwrites");
    let bad = standar(&["new", "Dinas Baru/x"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn schema_prints_the_committed_schema_of_each_kind() {
    for kind in ["standar", "unit", "situs"] {
        let output = standar(&["schema", kind], repo());
        assert_eq!(output.status.code(), Some(0), "{kind}");
        let committed = std::fs::read_to_string(repo().join(format!("schema/{kind}.schema.json")))
            .expect("committed");
        assert!(stdout(&output) == committed, "`standar schema {kind}`");
    }
    let output = standar(&["schema"], repo());
    let committed =
        std::fs::read_to_string(repo().join("schema/standar.schema.json")).expect("committed");
    assert!(
        stdout(&output) == committed,
        "`standar schema` is the standard's"
    );
    let help = stdout(&standar(&["schema", "--help"], repo()));
    assert!(help.contains("standar, unit, situs"), "{help}");
    assert_eq!(standar(&["schema", "papan"], repo()).status.code(), Some(2));
}

fn tree(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
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
            (relative, std::fs::read(e.path()).expect("readable"))
        })
        .collect()
}

fn copy_shipped(into: &Path) {
    for entry in walkdir::WalkDir::new(repo().join("standards"))
        .into_iter()
        .flatten()
    {
        let relative = entry
            .path()
            .strip_prefix(repo().join("standards"))
            .expect("inside");
        let target = into.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn the_command_line_writes_the_site_the_library_builds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("situs");
    let built = standar(
        &["build", "standards", "--out", &out.to_string_lossy()],
        repo(),
    );
    assert_eq!(built.status.code(), Some(0));
    let mut written = tree(&out);
    assert!(written.remove(".standar-situs").is_some(), "the manifest");
    // The browser editor is the program's, not the library's (the library is its engine).
    for file in ["editor/index.html", "editor/editor.js", "editor/editor.css"] {
        assert!(written.remove(file).is_some(), "{file}");
    }
    let library = common::build_with_site_file(&common::shipped_inputs());
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        library.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &library {
        assert!(written[path] == *bytes, "{path} differs");
    }
}

/// A quiet run that fails only because warnings are denied says so in one line.
#[test]
fn quiet_runs_failing_on_warnings_say_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("situs");
    for args in [
        vec!["check", "standards", "-q", "--deny-warnings"],
        vec![
            "build",
            "standards",
            "-q",
            "--deny-warnings",
            "--out",
            out.to_str().expect("UTF-8"),
        ],
    ] {
        let output = standar(&args, repo());
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("peringatan dianggap galat (`--deny-warnings`)"),
            "{stderr}"
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
    assert!(!out.exists(), "nothing written");
    let quiet = standar(&["check", "standards", "-q"], repo());
    assert_eq!(quiet.status.code(), Some(0));
    assert!(quiet.stderr.is_empty() && quiet.stdout.is_empty());
}

/// One vocabulary: English flags and format names; the Indonesian spellings of earlier
/// releases still work, hidden from `--help`, and do exactly the same.
#[test]
fn the_earlier_flag_spellings_are_hidden_aliases() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = |name: &str, flags: &[&str]| {
        let out = dir.path().join(name);
        let out = out.to_string_lossy().into_owned();
        let mut args = vec!["build", "standards", "--out", &out];
        args.extend(flags);
        let built = standar(&args, repo());
        assert_eq!(built.status.code(), Some(0), "{flags:?}");
        // Twice: the second build replaces the first.
        let again = standar(&args, repo());
        assert_eq!(again.status.code(), Some(0), "{flags:?}");
        tree(Path::new(&out))
    };
    let english = site(
        "en",
        &[
            "--board",
            "a4",
            "--base-url",
            "https://a.go.id/",
            "--lang",
            "en",
            "--force",
        ],
    );
    let indonesian = site(
        "id",
        &[
            "--papan",
            "a4",
            "--url-dasar",
            "https://a.go.id/",
            "--bahasa",
            "en",
            "--paksa",
        ],
    );
    assert!(english == indonesian, "the same site either way");
    assert!(english.contains_key("sitemap.xml"));

    for (new, old) in [("human", "tabel"), ("markdown", "md")] {
        let a = standar(&["audit", "standards", "--format", new], repo());
        let b = standar(&["audit", "standards", "--format", old], repo());
        assert_eq!(stdout(&a), stdout(&b), "{new} = {old}");
        assert!(!stdout(&a).is_empty());
    }

    let help = stdout(&standar(&["build", "--help"], repo()));
    for flag in ["--board", "--base-url", "--lang", "--force", "--templates"] {
        assert!(help.contains(flag), "{flag} in --help");
    }
    for alias in ["--papan", "--url-dasar", "--paksa", "--bahasa"] {
        assert!(!help.contains(alias), "{alias} hidden from --help");
    }
    let help = stdout(&standar(&["audit", "--help"], repo()));
    assert!(help.contains("human") && help.contains("markdown"));
    assert!(!help.contains("tabel") && !help.contains(" md"), "{help}");
}

#[test]
fn build_writes_the_same_site_twice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = standar(
        &[
            "build",
            "standards",
            "--out",
            &dir.path().join("a").to_string_lossy(),
        ],
        repo(),
    );
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(
        summary.contains("5 standar, 13 peringatan; 5 dari 5 unit dibangun ulang; 62 berkas baru atau berubah, 0 dihapus; situs 62 berkas"),
        "{summary}"
    );
    // The sheets of the boards are counted (the summary across sheet 1 of each), and a site
    // without its address warns once that the boards have no QR code.
    assert!(
        summary.contains("papan A3 (297 × 420 mm): 5 standar, 9 lembar"),
        "{summary}"
    );
    let printed = stdout(&first);
    assert_eq!(
        printed.matches("warning[papan-tanpa-alamat]").count(),
        1,
        "{printed}"
    );
    let second = standar(
        &[
            "build",
            "standards",
            "--out",
            &dir.path().join("b").to_string_lossy(),
        ],
        repo(),
    );
    assert_eq!(second.status.code(), Some(0));
    let (a, b) = (tree(&dir.path().join("a")), tree(&dir.path().join("b")));
    // 62 published files (the editor's three among them) plus the `.standar-situs` manifest.
    assert_eq!(a.len(), 63);
    assert!(a.contains_key(".standar-situs"));
    assert!(a == b, "two builds differ");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    // The two sites and their build caches, no staging folder.
    assert_eq!(leftovers.len(), 4, "no staging folders left: {leftovers:?}");
}

#[test]
fn a_broken_standard_leaves_the_previous_site_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("standards");
    copy_shipped(&corpus);
    let ok = standar(&["build", "standards", "--out", "site"], dir.path());
    assert_eq!(ok.status.code(), Some(0));
    let before = tree(&dir.path().join("site"));
    let broken = corpus.join("gianyar-setda/konsultasi-pelayanan-publik.yaml");
    let text = std::fs::read_to_string(&broken).expect("read");
    std::fs::write(&broken, text.replace("total: 60 Menit", "total: 50 menit")).expect("write");
    let failed = standar(
        &["build", "standards", "--out", "site", "--format", "short"],
        dir.path(),
    );
    assert_eq!(failed.status.code(), Some(1));
    assert!(stdout(&failed).contains("error[waktu-tidak-sesuai]"));
    assert!(
        before == tree(&dir.path().join("site")),
        "the previous site changed"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.starts_with('.') || n == ".site.tembolok"),
        "staging left behind: {names:?}"
    );
}

#[test]
fn templates_can_be_overridden_and_their_errors_name_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let templates = dir.path().join("templat");
    std::fs::create_dir(&templates).expect("mkdir");
    std::fs::write(
        templates.join("unit.md"),
        "# Unit kustom: {{ unit.nama }}\n",
    )
    .expect("write");
    let out = dir.path().join("site");
    let ok = standar(
        &[
            "build",
            "standards",
            "--out",
            &out.to_string_lossy(),
            "--templates",
            &templates.to_string_lossy(),
        ],
        repo(),
    );
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    let unit = std::fs::read_to_string(out.join("kalbar-diskopukm/README.md")).expect("written");
    assert!(
        unit.starts_with("# Unit kustom: Dinas Koperasi dan UKM (DISKOPUKM)"),
        "{unit}"
    );

    std::fs::write(
        templates.join("standar.html"),
        "<p>\n{{ standar.nama | tidak_ada }}\n</p>\n",
    )
    .expect("write");
    let failed = standar(
        &[
            "build",
            "standards",
            "--out",
            &out.to_string_lossy(),
            "--templates",
            &templates.to_string_lossy(),
            "--format",
            "short",
        ],
        repo(),
    );
    assert_eq!(failed.status.code(), Some(1));
    let report = stdout(&failed);
    assert!(report.contains("templat/standar.html:2:"), "{report}");
    assert!(report.contains("error[templat-galat]"), "{report}");
}

#[test]
fn the_output_folder_may_not_be_inside_the_standards() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_shipped(&dir.path().join("standards"));
    let output = standar(
        &[
            "build",
            "standards",
            "--out",
            "standards/site",
            "--format",
            "short",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("error[keluaran-galat]"),
        "{}",
        stdout(&output)
    );
    assert!(!dir.path().join("standards/site").exists());
}

#[test]
fn pdf_without_the_site_address_fails_unless_allowed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_standar"))
            .args(["build", "standards", "--pdf", "--format", "short", "--out"])
            .arg(&out)
            .args(extra)
            .current_dir(repo())
            .env("PATH", dir.path())
            .env_remove("STANDAR_CHROMIUM")
            .output()
            .expect("the binary runs")
    };
    // Printed boards without a QR code or address: an error, and nothing is written.
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    let report = stdout(&refused);
    assert!(report.contains("error[pdf-tanpa-alamat]"), "{report}");
    assert!(report.contains("--tanpa-qr"), "{report}");
    assert!(!out.exists(), "nothing is written");
    // Allowed: only the warning is left (here the missing Chromium then stops the build).
    let allowed = run(&["--tanpa-qr"]);
    let report = stdout(&allowed);
    assert!(!report.contains("pdf-tanpa-alamat"), "{report}");
    assert!(report.contains("warning[papan-tanpa-alamat]"), "{report}");
    // With the address, neither.
    let addressed = run(&["--base-url", "https://standar.example.go.id/"]);
    assert!(!stdout(&addressed).contains("tanpa-alamat"));
}

#[test]
fn pdf_without_chromium_names_the_package_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let output = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["build", "standards", "--pdf", "--format", "short", "--out"])
        .arg(&out)
        .current_dir(repo())
        .env("PATH", dir.path())
        .env_remove("STANDAR_CHROMIUM")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    assert!(report.contains("error[pdf-galat]"), "{report}");
    assert!(
        report.contains("paket Debian/Ubuntu `chromium`"),
        "{report}"
    );
    assert!(!out.exists(), "nothing is written");
    let wrong = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args([
            "build",
            "standards",
            "--pdf",
            "--chromium",
            "/tidak/ada",
            "--format",
            "short",
            "--out",
        ])
        .arg(&out)
        .current_dir(repo())
        .output()
        .expect("the binary runs");
    assert_eq!(wrong.status.code(), Some(1));
    assert!(stdout(&wrong).contains("Chromium tidak ditemukan di `/tidak/ada`"));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn an_svg_logo_is_published_only_if_it_just_draws() {
    let dir = tempfile::tempdir().expect("temp dir");
    let standards = dir.path().join("standards");
    copy_shipped(&standards);
    let config = standards.join("_situs.yaml");
    let mut text = std::fs::read_to_string(&config).expect("site file");
    text.push_str("logo: logo.svg\n");
    std::fs::write(&config, text).expect("write");
    let logo = standards.join("logo.svg");
    std::fs::write(
        &logo,
        r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
    )
    .expect("write");
    let build = |out: &str| {
        standar(
            &["build", "standards", "--out", out, "--format", "short"],
            dir.path(),
        )
    };
    let refused = build("situs-a");
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("_situs.yaml:"),
        "{}",
        stdout(&refused)
    );
    assert!(stdout(&refused).contains("error[logo-tidak-aman]"));
    assert!(!dir.path().join("situs-a").exists(), "nothing published");
    std::fs::write(
        &logo,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2" fill="#1d70b8"/></svg>"##,
    )
    .expect("write");
    let published = build("situs-b");
    assert_eq!(published.status.code(), Some(0), "{}", stdout(&published));
    assert!(dir.path().join("situs-b/aset/logo-logo.svg").is_file());
}

#[test]
fn a_template_folder_stays_inside_the_standards_and_is_never_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let standards = dir.path().join("standards");
    copy_shipped(&standards);
    let config = standards.join("_situs.yaml");
    let original = std::fs::read_to_string(&config).expect("site file");
    for outside in ["/etc", "../templat", "templat/../../x", "~/templat"] {
        std::fs::write(&config, format!("{original}templat: {outside}\n")).expect("write");
        let output = standar(&["check", "standards", "--format", "short"], dir.path());
        assert_eq!(output.status.code(), Some(1), "{outside}");
        assert!(
            stdout(&output).contains("_situs.yaml:")
                && stdout(&output).contains("di luar folder standar"),
            "{outside}: {}",
            stdout(&output)
        );
    }
    #[cfg(unix)]
    {
        let elsewhere = dir.path().join("di-luar");
        std::fs::create_dir_all(&elsewhere).expect("mkdir");
        std::fs::write(elsewhere.join("standar.html"), "x").expect("write");
        std::os::unix::fs::symlink(&elsewhere, standards.join("templat")).expect("link");
        std::fs::write(&config, format!("{original}templat: templat\n")).expect("write");
        let output = standar(
            &["build", "standards", "--out", "situs", "--format", "short"],
            dir.path(),
        );
        assert_ne!(output.status.code(), Some(0));
        let said = format!(
            "{}{}",
            stdout(&output),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(said.contains("tautan simbolik"), "{said}");
        assert!(!dir.path().join("situs").exists());
    }
}

#[test]
fn impor_writes_checked_drafts_and_reports_what_went_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sources = dir.path().join("sumber");
    std::fs::create_dir(&sources).expect("mkdir");
    for name in ["001-jember.txt", "004-kalbar.txt"] {
        std::fs::copy(
            repo().join("tests/fixtures/impor").join(name),
            sources.join(name),
        )
        .expect("copy");
    }
    let imported = standar(&["impor", "sumber", "--out", "draf"], dir.path());
    assert_eq!(imported.status.code(), Some(0), "{}", stdout(&imported));
    let report = stdout(&imported);
    assert!(report.contains("sumber/001-jember.txt → draf/"), "{report}");
    assert!(
        report.contains("persyaratan            terstruktur"),
        "{report}"
    );
    assert!(
        report.contains("(ditebak, tanpa judul di sumber)"),
        "{report}"
    );
    assert!(
        report.contains("dibuang sebagai perabot halaman"),
        "{report}"
    );
    assert!(report.contains("standar check: 0 galat"), "{report}");
    let draft = dir
        .path()
        .join("draf/jember-bagian-protokol-dan-komunikasi-pimpinan");
    assert!(draft.join("_unit.yaml").is_file());
    let standard = std::fs::read_to_string(draft.join("keprotokolan.yaml")).expect("draft");
    assert!(
        standard.starts_with("# yaml-language-server: $schema="),
        "{standard}"
    );
    // The drafts check without errors where they were written.
    let checked = standar(&["check", "draf", "--format", "short"], dir.path());
    assert_eq!(checked.status.code(), Some(0), "{}", stdout(&checked));

    // Imported again: a second file beside the first, the unit file kept.
    std::fs::write(draft.join("_unit.yaml"), {
        let unit = std::fs::read_to_string(draft.join("_unit.yaml")).expect("unit");
        unit.replace("jemberkab.go.id", "www.jemberkab.go.id")
    })
    .expect("edit");
    let again = standar(
        &[
            "impor",
            "sumber/001-jember.txt",
            "--out",
            "draf",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(again.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&again.stdout).expect("JSON report");
    assert_eq!(json[0]["galat"], 0);
    assert_eq!(json[0]["unit_baru"], false);
    assert!(
        json[0]["berkas"]
            .as_str()
            .is_some_and(|b| b.ends_with("keprotokolan-2.yaml")),
        "{json}"
    );
    assert_eq!(json[0]["laporan"]["komponen"][0]["kunci"], "persyaratan");
    assert!(
        std::fs::read_to_string(draft.join("_unit.yaml"))
            .expect("unit")
            .contains("www.jemberkab.go.id"),
        "the officer's unit file is not overwritten"
    );

    // Not a standard, and a format not read yet: said, nothing written.
    std::fs::write(
        dir.path().join("lain.txt"),
        "Halaman ini sedang dalam perbaikan.\n",
    )
    .expect("write");
    let other = standar(&["impor", "lain.txt", "--out", "lain"], dir.path());
    assert_eq!(other.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&other.stderr).contains("tidak ada satu pun komponen"));
    assert!(
        !dir.path()
            .join("lain")
            .join("unit-halaman-ini-sedang-dalam-perbaikan")
            .exists()
    );
}

#[test]
fn impor_reads_word_and_pdf_and_says_what_it_cannot_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sources = dir.path().join("sumber");
    std::fs::create_dir(&sources).expect("mkdir");
    for name in ["sk-lampiran-word.docx", "sk-lampiran-pdf.pdf"] {
        std::fs::copy(
            repo().join("tests/fixtures/impor/varian").join(name),
            sources.join(name),
        )
        .expect("copy");
    }
    // A folder: its Word and PDF documents are imported with its text files.
    let imported = standar(&["impor", "sumber", "--out", "draf"], dir.path());
    assert_eq!(imported.status.code(), Some(0), "{}", stdout(&imported));
    let report = stdout(&imported);
    assert!(
        report.contains("sumber/sk-lampiran-word.docx → draf/"),
        "{report}"
    );
    assert!(
        report.contains("sumber/sk-lampiran-pdf.pdf → draf/"),
        "{report}"
    );
    // Several documents end with one table: a row per draft.
    let table: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.starts_with("draf "))
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(table.len(), 3, "{report}");
    assert!(table[0].contains("tidak ditemukan (wajib)"), "{report}");
    assert!(
        table[1..].iter().all(|row| row.contains(".yaml")),
        "{report}"
    );
    let checked = standar(&["check", "draf", "--format", "short"], dir.path());
    assert_eq!(checked.status.code(), Some(0), "{}", stdout(&checked));

    // What cannot be read is said with what to do, and nothing is written.
    std::fs::copy(
        repo().join("tests/fixtures/impor/tolak/pindaian.pdf"),
        dir.path().join("pindaian.pdf"),
    )
    .expect("copy");
    std::fs::write(dir.path().join("rusak.docx"), b"PK\x03\x04").expect("write");
    std::fs::write(
        dir.path().join("lama.doc"),
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
    )
    .expect("write");
    for (name, says) in [
        ("pindaian.pdf", "PDF ini tidak memuat teks"),
        ("rusak.docx", "bukan dokumen Word (.docx) yang utuh"),
        ("lama.doc", "simpan sebagai .docx"),
    ] {
        let refused = standar(&["impor", name, "--out", "lain"], dir.path());
        assert_eq!(refused.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains(&format!("standar: {name}: ")), "{stderr}");
        assert!(stderr.contains(says), "{name}: {stderr}");
    }
    assert!(!dir.path().join("lain").exists());
}

/// `--format gitlab` is a Code Quality report GitLab can read: an array of issues with a
/// description, a check name, a unique fingerprint, a severity GitLab knows, and the file's
/// path (relative, as in the repository) and line.
#[test]
fn check_writes_a_gitlab_code_quality_report() {
    for (path, exit) in [("tests/fixtures/invalid", 1), ("standards", 0)] {
        let output = standar(&["check", path, "--format", "gitlab"], repo());
        assert_eq!(output.status.code(), Some(exit), "{path}");
        let issues: Vec<serde_json::Value> =
            serde_json::from_slice(&output.stdout).expect("a JSON array");
        assert!(!issues.is_empty(), "{path}");
        let mut fingerprints = std::collections::BTreeSet::new();
        for issue in &issues {
            assert!(
                issue["description"].as_str().is_some_and(|d| !d.is_empty()),
                "{issue}"
            );
            assert!(issue["check_name"].as_str().is_some(), "{issue}");
            assert!(
                ["info", "minor", "major", "critical", "blocker"]
                    .contains(&issue["severity"].as_str().unwrap_or_default()),
                "{issue}"
            );
            let file = issue["location"]["path"].as_str().unwrap_or_default();
            assert!(
                file.starts_with(path) && repo().join(file).is_file(),
                "{issue}"
            );
            assert!(
                issue["location"]["lines"]["begin"]
                    .as_u64()
                    .is_some_and(|l| l >= 1)
            );
            assert!(
                fingerprints.insert(issue["fingerprint"].to_string()),
                "{issue}"
            );
        }
    }
}

/// The pre-commit hook passes the changed files one by one, `_situs.yaml` among them: checked
/// so, the shipped standards pass as they do when their folder is checked.
#[test]
fn files_passed_one_by_one_check_as_their_folder_does() {
    let mut files: Vec<String> = walkdir::WalkDir::new(repo().join("standards"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| {
            e.path()
                .strip_prefix(repo())
                .expect("inside")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert!(files.iter().any(|f| f.ends_with("_situs.yaml")));
    let mut args = vec!["check", "--format", "short"];
    args.extend(files.iter().map(String::as_str));
    let output = standar(&args, repo());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(!stdout(&output).contains("error["), "{}", stdout(&output));
    let alone = standar(&["check", "standards/_situs.yaml"], repo());
    assert_eq!(alone.status.code(), Some(0), "{}", stdout(&alone));
}
