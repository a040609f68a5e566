//! The *Riwayat perubahan* of each standard's page, read from the corpus's git history:
//! a scripted repository with three commits on three days, built with `standar build`.

use std::path::Path;

use crate::common;

/// The first SK (1 March 2024), its revision (15 January 2026: fee, time, a requirement, a
/// channel), then the unit's Friday hours and a new standard (30 June 2026).
fn history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let unit = root.join("standards/dinas-contoh");
    std::fs::create_dir_all(&unit).expect("folders");
    let fixtures = Path::new("tests/fixtures/diff");
    let copy = |from: &str, to: &str| {
        std::fs::copy(fixtures.join(from), unit.join(to)).expect("copied");
    };
    common::git_on(root, "2024-03-01", &["init", "-q", "-b", "main"]);
    copy("lama/_unit.yaml", "_unit.yaml");
    copy("lama/surat.yaml", "surat.yaml");
    common::git_on(root, "2024-03-01", &["add", "-A"]);
    common::git_on(root, "2024-03-01", &["commit", "-q", "-m", "SK 2024"]);
    copy("baru/surat.yaml", "surat.yaml");
    common::git_on(root, "2026-01-15", &["commit", "-q", "-am", "SK 2026"]);
    std::fs::copy(
        "tests/fixtures/valid/minimal.yaml",
        unit.join("minimal.yaml"),
    )
    .expect("copied");
    let hours = std::fs::read_to_string(unit.join("_unit.yaml")).expect("unit");
    std::fs::write(
        unit.join("_unit.yaml"),
        hours.replace("08.00-11.00", "08.00-11.30"),
    )
    .expect("written");
    common::git_on(root, "2026-06-30", &["add", "-A"]);
    common::git_on(
        root,
        "2026-06-30",
        &["commit", "-q", "-m", "Layanan baru, jam Jumat"],
    );
    dir
}

/// The *Riwayat perubahan* section of a page.
fn section(html: &str) -> &str {
    let start = html
        .find(r#"<section aria-labelledby="riwayat""#)
        .expect("a history section");
    let end = start + html[start..].find("</section>").expect("its end") + "</section>".len();
    &html[start..end]
}

fn build(root: &Path) -> String {
    let output = common::standar(&["build", "--hari-ini", "2026-12-07", "--quiet"], root);
    assert!(output.status.success(), "{output:?}");
    std::fs::read_to_string(root.join("site/dinas-contoh/surat/index.html")).expect("the page")
}

#[test]
fn each_page_says_what_changed_version_by_version() {
    let repo = history();
    let page = build(repo.path());
    let whole = section(&page);
    let history = &whole[whole.find("Perubahan isi").expect("the list of changes")..];
    let at = |text: &str| {
        history
            .find(text)
            .unwrap_or_else(|| panic!("{text} in {history}"))
    };
    // Newest first, each version's changes under its day.
    assert!(
        at("<strong>30 Juni 2026</strong>") < at("<strong>15 Januari 2026</strong>")
            && at("<strong>15 Januari 2026</strong>") < at("<strong>1 Maret 2024</strong>")
    );
    assert!(
        at("Jam pelayanan — Jumat: 08.00–11.00 → 08.00–11.30")
            > at("<strong>30 Juni 2026</strong>")
    );
    assert!(
        at("Biaya/tarif — Penerbitan surat: Rp10.000 → Rp15.000")
            > at("<strong>15 Januari 2026</strong>")
    );
    assert!(
        at("Persyaratan ditambah: Foto tempat usaha") < at("<strong>1 Maret 2024</strong>"),
        "{history}"
    );
    assert!(history.contains("<strong>1 Maret 2024</strong>: pertama diterbitkan"));
    insta::assert_snapshot!("riwayat_halaman", whole);
    let new = std::fs::read_to_string(repo.path().join("site/dinas-contoh/minimal/index.html"))
        .expect("the new standard's page");
    assert!(section(&new).contains("<strong>30 Juni 2026</strong>: pertama diterbitkan"));
    let markdown = std::fs::read_to_string(repo.path().join("site/dinas-contoh/surat/README.md"))
        .expect("Markdown");
    assert!(markdown.contains("### Perubahan isi"));
    assert!(markdown.contains("- **15 Januari 2026**\n"));
    assert!(markdown.contains("  - Jangka waktu penyelesaian: 5 hari kerja → 3 hari kerja\n"));
}

#[test]
fn without_git_there_is_no_history_and_the_rest_is_the_same() {
    let repo = history();
    let page = build(repo.path());
    let plain = tempfile::tempdir().expect("temp dir");
    common::copy_tree(
        &repo.path().join("standards"),
        &plain.path().join("standards"),
    );
    let without = build(plain.path());
    assert!(!without.contains("Perubahan isi"));
    // Line by line, blank lines aside: the page with history has the list's lines only.
    let lines = |html: &str| -> Vec<String> {
        html.lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect()
    };
    let extra: Vec<String> = lines(&page)
        .into_iter()
        .filter(|l| !lines(&without).contains(l))
        .collect();
    assert_eq!(extra.len(), 2, "{extra:#?}");
    assert!(
        extra[0] == "<h3>Perubahan isi</h3>" && extra[1].starts_with("<ul class=\"riwayat-isi\">")
    );
}

#[test]
fn what_was_compared_is_kept_and_a_tampered_memo_changes_nothing() {
    let repo = history();
    let first = build(repo.path());
    let memo = repo.path().join(".site.tembolok/riwayat");
    let saved = std::fs::read_to_string(&memo).expect("the memo is saved in the build cache");
    assert!(saved.starts_with("# standar-tembolok "), "{saved}");
    assert!(saved.contains("Rp10.000 → Rp15.000"));
    // A second build reads it and says the same.
    assert_eq!(build(repo.path()), first);
    // A memo changed by hand (or restored from elsewhere) is not used: the history is read
    // again from the repository.
    std::fs::write(&memo, saved.replace("Rp15.000", "Rp99.000")).expect("written");
    let again = build(repo.path());
    assert_eq!(again, first);
    assert!(!again.contains("Rp99.000"));
}

#[test]
fn the_feeds_list_each_change_of_the_history() {
    let repo = history();
    let output = common::standar(
        &[
            "build",
            "--hari-ini",
            "2026-12-07",
            "--quiet",
            "--base-url",
            "https://standar.contoh.go.id/",
        ],
        repo.path(),
    );
    assert!(output.status.success(), "{output:?}");
    let feed = std::fs::read_to_string(repo.path().join("site/feed.xml")).expect("the feed");
    let entries = common::atom_entries(&feed);
    let titles: Vec<&str> = entries.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Surat Keterangan Usaha — Perubahan isi",
            "Layanan minimal — pertama diterbitkan",
            "Surat Keterangan Usaha — Perubahan isi",
            "Surat Keterangan Usaha — pertama diterbitkan",
        ]
    );
    assert_eq!(
        entries[0].0,
        "https://standar.contoh.go.id/dinas-contoh/surat/#ubah-2026-06-30"
    );
    assert!(
        entries[2]
            .2
            .contains("- Jangka waktu penyelesaian: 5 hari kerja → 3 hari kerja\n")
    );
    let unit = std::fs::read_to_string(repo.path().join("site/dinas-contoh/feed.xml"))
        .expect("the unit's feed");
    assert_eq!(common::atom_entries(&unit), entries);
}

#[test]
fn a_history_rewritten_without_a_file_changing_is_rendered_again() {
    let repo = history();
    let first = build(repo.path());
    assert!(first.contains("<strong>30 Juni 2026</strong>"));
    // The last commit made again on another day: the same files, another history.
    common::git_on(
        repo.path(),
        "2026-07-01",
        &["commit", "-q", "--amend", "--no-edit", "--reset-author"],
    );
    let again = build(repo.path());
    assert!(
        again.contains("<strong>1 Juli 2026</strong>"),
        "{}",
        section(&again)
    );
    assert!(!again.contains("<strong>30 Juni 2026</strong>"));
}

#[test]
fn a_rebuild_at_the_same_commit_reads_nothing_from_the_repository() {
    let repo = history();
    let first = build(repo.path());
    // Without its objects the repository can name its HEAD but not read a commit: a build
    // that read it would find no history.
    let objects = repo.path().join(".git/objects");
    for entry in std::fs::read_dir(&objects).expect("objects") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.len() == 2 {
            std::fs::remove_dir_all(&path).expect("removed");
        }
    }
    let memo = repo.path().join(".site.tembolok/riwayat");
    let kept = std::fs::metadata(&memo)
        .and_then(|m| m.modified())
        .expect("a memo");
    assert_eq!(build(repo.path()), first, "the history kept at this commit");
    let after = std::fs::metadata(&memo)
        .and_then(|m| m.modified())
        .expect("a memo");
    assert_eq!(after, kept, "a memo used as it was is not written again");
}
