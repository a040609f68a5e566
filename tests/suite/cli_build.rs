//! `standar build` from the command line: the site it writes, what it refuses, templates,
//! logos and PDF boards.

use crate::common;
use common::{copy_shipped, repo, standar, stdout, tree};

use std::process::Command;

#[test]
fn the_command_line_writes_the_site_the_library_builds() {
    // Outside this repository: the library's build has no git history to read.
    let dir = tempfile::tempdir().expect("temp dir");
    copy_shipped(&dir.path().join("standards"));
    let out = dir.path().join("situs");
    let built = standar(
        &["build", "standards", "--out", &out.to_string_lossy()],
        dir.path(),
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
        summary.contains("5 standar, 13 peringatan; 5 dari 5 unit dibangun ulang; 65 berkas baru atau berubah, 0 dihapus; situs 65 berkas"),
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
