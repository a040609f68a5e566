//! The build cache under attack: a cache is input (CI restores it from a store others may
//! write), and so are the published site's list and the spare site. Whatever they hold — a
//! journal or record naming `../` or absolute paths, a link planted in the spare site or in
//! place of the records, a folder of someone else's files given as `--cache`, a list edited by
//! hand — no file outside the site and cache folders is touched, the site built is the one a
//! clean build gives, and the officer is told. Also: files added or edited by hand in the
//! published site are kept, and two builds at once never mix their sites.

use crate::common;

use common::copy_tree;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use standar::pipeline::record;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `standar` in `dir`.
fn standar(dir: &Path, args: &[&str]) -> Output {
    common::standar_in(dir)
        .args(args)
        .args(["--format", "short"])
        .output()
        .expect("the binary starts")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A folder holding a copy of the shipped standards (`corpus/`), built once into `site`
/// with its cache in `cache`.
fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&repo("standards"), &dir.path().join("corpus"));
    build_ok(dir.path());
    dir
}

const BUILD: [&str; 6] = ["build", "corpus", "--out", "site", "--cache", "cache"];

fn build_ok(dir: &Path) -> String {
    let output = standar(dir, &BUILD);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    text(&output)
}

/// Every file and folder below `root` (links as links), with the bytes of each file.
fn tree(root: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .map(|e| e.expect("readable"))
        .map(|e| {
            let relative = e.path().strip_prefix(root).expect("inside");
            let bytes = e
                .file_type()
                .is_file()
                .then(|| fs::read(e.path()).expect("readable"));
            assert!(!e.file_type().is_symlink(), "a link in {}", root.display());
            (relative.to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// The site is what a clean build of the corpus gives, byte for byte.
fn assert_clean_site(dir: &Path) {
    let output = standar(dir, &["build", "corpus", "--out", "bersih", "--clean"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let (built, clean) = (tree(&dir.join("site")), tree(&dir.join("bersih")));
    let keys = |t: &BTreeMap<String, Option<Vec<u8>>>| t.keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&built), keys(&clean));
    assert!(built == clean, "the site differs from a clean build");
    fs::remove_dir_all(dir.join("bersih")).expect("rm");
}

/// Changes one standard's name, so that the next build has something to do.
fn edit(dir: &Path, step: usize) {
    let path = dir.join("corpus/gianyar-setda/konsultasi-pelayanan-publik.yaml");
    let yaml = fs::read_to_string(&path).expect("read");
    let (first, rest) = yaml.split_once("\nnama: ").expect("a name");
    let (_, rest) = rest.split_once('\n').expect("a line");
    fs::write(&path, format!("{first}\nnama: Konsultasi {step}\n{rest}")).expect("write");
}

/// Files outside the site and cache, to be kept whatever the cache says.
fn victims(dir: &Path) -> Vec<PathBuf> {
    let scratch = tempfile::Builder::new()
        .prefix("standar-korban")
        .tempfile()
        .expect("temp file")
        .keep()
        .expect("kept")
        .1;
    fs::write(&scratch, "keep").expect("write");
    fs::write(dir.join("victim.txt"), "keep").expect("write");
    fs::create_dir_all(dir.join("victimdir")).expect("mkdir");
    fs::write(dir.join("victimdir/a"), "keep").expect("write");
    vec![dir.join("victim.txt"), dir.join("victimdir/a"), scratch]
}

fn assert_kept(victims: &[PathBuf]) {
    for victim in victims {
        assert_eq!(
            fs::read_to_string(victim).ok().as_deref(),
            Some("keep"),
            "{} was touched",
            victim.display()
        );
    }
}

#[test]
fn a_journal_naming_paths_outside_deletes_nothing_there() {
    let dir = built();
    let victims = victims(dir.path());
    let journal = format!(
        "../../victim.txt\n{}\n../../victimdir/\n../victimdir/\n",
        victims[2].display()
    );
    fs::write(dir.path().join("cache/jurnal"), journal).expect("forge");
    edit(dir.path(), 1);
    let report = build_ok(dir.path());
    assert!(report.contains("warning[tembolok-ditolak]"), "{report}");
    assert_kept(&victims);
    assert_clean_site(dir.path());
    // The one outside the test's folder is the test's own to remove.
    let _ = fs::remove_file(&victims[2]);
}

/// Rewrites a record file of the cache with `change` applied to its body, the checksum line
/// made right again (as a forger who read this code would).
fn forge(record: &Path, change: impl Fn(&str) -> String) {
    let text = fs::read_to_string(record).expect("read");
    let (head, body) = text.split_once('\n').expect("a head line");
    let body = change(body);
    let identity = head.split(' ').nth(2).expect("identity");
    let head = format!(
        "# standar-tembolok {identity} {:016x}",
        record::hash(body.as_bytes())
    );
    fs::write(record, format!("{head}\n{body}")).expect("forge");
}

fn records(dir: &Path, extension: &str) -> Vec<PathBuf> {
    fs::read_dir(dir.join("cache/catatan"))
        .expect("records")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect()
}

#[test]
fn a_record_naming_paths_outside_is_refused_whole() {
    let dir = built();
    let victims = victims(dir.path());
    let scratch = victims[2].display().to_string();
    let long = format!("{}x.html", "a/".repeat(600));
    // Each forged alone, the checksum made right: a relative path out, an absolute one, one
    // too long; and outputs of a unit that lie outside.
    for (step, bad) in ["../../victim.txt", scratch.as_str(), long.as_str()]
        .iter()
        .enumerate()
    {
        for record in records(dir.path(), "berkas") {
            forge(&record, |body| format!("{body}0000000000000001 {bad}\n"));
        }
        edit(dir.path(), step + 1);
        let report = build_ok(dir.path());
        assert!(
            report.contains("warning[tembolok-ditolak]"),
            "{bad}: {report}"
        );
        assert_kept(&victims);
        assert_clean_site(dir.path());
    }
    for record in records(dir.path(), "json") {
        forge(&record, |body| {
            body.replacen("\"keluaran\":[", "\"keluaran\":[\"../../victimdir/a\",", 1)
        });
    }
    edit(dir.path(), 4);
    let report = build_ok(dir.path());
    assert!(report.contains("warning[tembolok-ditolak]"), "{report}");
    assert_kept(&victims);
    assert_clean_site(dir.path());
    // A record changed without its checksum is refused too.
    for record in records(dir.path(), "berkas") {
        let text = fs::read_to_string(&record).expect("read");
        fs::write(&record, text.replacen("index.html", "index.htm", 1)).expect("edit");
    }
    edit(dir.path(), 5);
    let report = build_ok(dir.path());
    assert!(report.contains("warning[tembolok-ditolak]"), "{report}");
    assert_clean_site(dir.path());
    let _ = fs::remove_file(&victims[2]);
}

#[cfg(unix)]
#[test]
fn a_link_planted_in_the_spare_site_is_never_published_or_followed() {
    let dir = built();
    edit(dir.path(), 1);
    build_ok(dir.path());
    let outside = dir.path().join("outside");
    fs::create_dir(&outside).expect("mkdir");
    fs::write(outside.join("private.txt"), "secret").expect("write");
    let unit = dir.path().join("cache/situs/gianyar-setda");
    fs::remove_dir_all(&unit).expect("rm");
    std::os::unix::fs::symlink(&outside, &unit).expect("link");
    edit(dir.path(), 2);
    let report = build_ok(dir.path());
    assert!(report.contains("warning[tembolok-ditolak]"), "{report}");
    assert_eq!(
        fs::read_dir(&outside).expect("outside").count(),
        1,
        "nothing written into the linked folder"
    );
    assert!(!dir.path().join("site/gianyar-setda/private.txt").exists());
    assert_clean_site(dir.path());
}

#[cfg(unix)]
#[test]
fn a_records_folder_that_is_a_link_is_not_emptied() {
    let dir = built();
    let precious = dir.path().join("precious");
    fs::create_dir(&precious).expect("mkdir");
    fs::write(precious.join("thesis.txt"), "1").expect("write");
    for record in fs::read_dir(dir.path().join("cache/catatan")).expect("records") {
        let record = record.expect("entry").path();
        fs::copy(&record, precious.join(record.file_name().expect("name"))).expect("copy");
    }
    fs::remove_dir_all(dir.path().join("cache/catatan")).expect("rm");
    std::os::unix::fs::symlink(&precious, dir.path().join("cache/catatan")).expect("link");
    edit(dir.path(), 1);
    let report = build_ok(dir.path());
    assert!(report.contains("warning[tembolok-ditolak]"), "{report}");
    assert!(precious.join("thesis.txt").exists());
    assert!(fs::read_dir(&precious).expect("precious").count() > 1);
    assert_clean_site(dir.path());
}

#[test]
fn a_folder_of_other_files_is_never_used_as_the_cache() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&repo("standards"), &dir.path().join("corpus"));
    fs::create_dir_all(dir.path().join("mycache/situs")).expect("mkdir");
    fs::write(dir.path().join("mycache/situs/index.html"), "my website").expect("write");
    let output = standar(
        dir.path(),
        &["build", "corpus", "--out", "site", "--cache", "mycache"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(text(&output).contains("mycache"), "{}", text(&output));
    assert_eq!(
        fs::read_to_string(dir.path().join("mycache/situs/index.html")).expect("kept"),
        "my website"
    );
    assert!(!dir.path().join("site").exists());
}

#[test]
fn files_added_listed_or_edited_by_hand_are_kept_until_forced() {
    let dir = built();
    let site = dir.path().join("site");
    fs::write(site.join("forged.html"), "<h1>FORGED</h1>").expect("write");
    let mut list = fs::read_to_string(site.join(".standar-situs")).expect("list");
    list.push_str("forged.html\n");
    fs::write(site.join(".standar-situs"), list).expect("list");
    for step in 1..=2 {
        edit(dir.path(), step);
        let output = standar(dir.path(), &BUILD);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output));
        assert!(text(&output).contains("forged.html"), "{}", text(&output));
        assert!(site.join("forged.html").exists(), "build {step}");
    }
    let output = standar(dir.path(), &[&BUILD[..], &["--force"]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(!site.join("forged.html").exists());
    assert_clean_site(dir.path());
    // A page edited by hand after the build is found, and kept.
    let page = site.join("gianyar-setda/index.html");
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&page, "<h1>diubah</h1>").expect("edit");
    let other = dir.path().join("corpus/jember-prokopim/keprotokolan.yaml");
    let rename = |name: &str| {
        let yaml = fs::read_to_string(&other).expect("read");
        let (first, rest) = yaml.split_once("\nnama: ").expect("a name");
        let (_, rest) = rest.split_once('\n').expect("a line");
        fs::write(&other, format!("{first}\nnama: {name}\n{rest}")).expect("write");
    };
    rename("Keprotokolan A");
    let output = standar(dir.path(), &BUILD);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains("diubah dengan tangan"),
        "{}",
        text(&output)
    );
    assert_eq!(fs::read_to_string(&page).expect("kept"), "<h1>diubah</h1>");
    let output = standar(dir.path(), &[&BUILD[..], &["--force"]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert_clean_site(dir.path());
    // The spare site left by --force holds only what its record names: the edited page,
    // which the build left as it was, is not carried into a later site.
    rename("Keprotokolan B");
    let report = build_ok(dir.path());
    assert!(!report.contains("tembolok-ditolak"), "{report}");
    assert_clean_site(dir.path());
}

#[test]
fn two_builds_at_once_publish_one_whole_site_each_in_turn() {
    let dir = built();
    edit(dir.path(), 1);
    // The same site with two caches, and the same cache for two sites: all at once.
    let runs = [
        vec!["build", "corpus", "--out", "site", "--cache", "cache"],
        vec!["build", "corpus", "--out", "site", "--cache", "cache-2"],
        vec!["build", "corpus", "--out", "site-2", "--cache", "cache"],
    ];
    let children: Vec<_> = runs
        .iter()
        .map(|args| {
            Command::new(env!("CARGO_BIN_EXE_standar"))
                .args(args)
                .current_dir(dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starts")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("ends");
        assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    }
    assert_clean_site(dir.path());
    let (a, b) = (
        tree(&dir.path().join("site")),
        tree(&dir.path().join("site-2")),
    );
    assert!(a == b, "both sites are whole and the same");
}
