//! The incremental build: after any sequence of edits, additions, deletions and renames of
//! standards, unit files, unit folders and the site file, a rebuild gives a site byte-identical
//! to a clean build, and only the unit folders that changed are built again. Also: a CI's
//! fresh checkout with its cache restored, and a build killed while it updates the site.

// Tests read and write files and start the program.

use crate::common;

use crate::korpus;

use common::copy_tree;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// Runs `standar` in `dir`; returns the exit code and stderr.
fn standar(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let output = common::standar_in(dir)
        .args(args)
        .args(["--format", "short"])
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("the binary starts");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Every file and folder below `root`, with the bytes of each file.
fn tree(root: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("readable"))
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            let bytes = e
                .file_type()
                .is_file()
                .then(|| fs::read(e.path()).expect("readable"));
            (relative, bytes)
        })
        .collect()
}

/// Asserts that two sites hold the same files and folders, byte for byte.
fn assert_same_site(built: &Path, clean: &Path, step: &str) {
    let (a, b) = (tree(built), tree(clean));
    let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    let differ: Vec<_> = a
        .iter()
        .filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
        "{step}: only in the incremental build {only_a:?}, only in the clean one {only_b:?}, different {differ:?}"
    );
}

/// How many unit folders the build says it built again, and of how many.
fn rebuilt(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.contains("unit dibangun ulang"))
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    let numbers: Vec<usize> = line
        .split("; ")
        .nth(1)
        .expect("the units part")
        .split(' ')
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// SplitMix64, for a sequence of steps that is the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn standards(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .map(|e| e.path().to_path_buf())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        })
        .collect();
    found.sort();
    found
}

fn units(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(root)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    found.sort();
    found
}

/// Changes the name of a standard, or of the unit in a unit file.
fn rename_service(path: &Path, suffix: &str) {
    let text = fs::read_to_string(path).expect("read");
    let edited = if path.ends_with("_unit.yaml") {
        text.replacen("\n  unit: ", &format!("\n  unit: {suffix} "), 1)
    } else {
        text.replacen("nama: \"", &format!("nama: \"{suffix} "), 1)
    };
    assert_ne!(text, edited, "{} has a name to change", path.display());
    fs::write(path, edited).expect("write");
}

/// One random change to the corpus; returns what it was, and whether only one unit folder
/// (or none) changed.
fn change(rng: &mut Rng, root: &Path, step: usize) -> (String, bool) {
    let all = standards(root);
    let pick = &all[rng.below(all.len())];
    let unit_folders = units(root);
    let unit = &unit_folders[rng.below(unit_folders.len())];
    match rng.below(10) {
        0 | 1 => {
            rename_service(pick, &format!("Diubah {step}"));
            (format!("edit {}", pick.display()), true)
        }
        2 => {
            let copy = pick.with_file_name(format!("tambahan-{step}.yaml"));
            fs::copy(pick, &copy).expect("copy");
            rename_service(&copy, &format!("Baru {step}"));
            (format!("add {}", copy.display()), true)
        }
        3 if all.len() > 5 => {
            fs::remove_file(pick).expect("remove");
            (format!("delete {}", pick.display()), true)
        }
        4 => {
            let to = pick.with_file_name(format!("pindahan-{step}.yaml"));
            fs::rename(pick, &to).expect("rename");
            (
                format!("rename {} → {}", pick.display(), to.display()),
                true,
            )
        }
        5 => {
            rename_service(&unit.join("_unit.yaml"), &format!("Unit {step}"));
            (format!("edit the unit file of {}", unit.display()), true)
        }
        6 => {
            let site = root.join("_situs.yaml");
            fs::write(
                &site,
                format!("versi_format: 1\njudul: \"Situs langkah {step}\"\n"),
            )
            .expect("write");
            ("edit the site file".to_string(), false)
        }
        7 if unit_folders.len() > 2 => {
            fs::remove_dir_all(unit).expect("remove");
            (format!("delete the unit folder {}", unit.display()), true)
        }
        8 => {
            let copy = root.join(format!("unit-salinan-{step}"));
            copy_tree(unit, &copy);
            (format!("add the unit folder {}", copy.display()), true)
        }
        _ => {
            // Saved again without change: a new time, the same bytes.
            let bytes = fs::read(pick).expect("read");
            std::thread::sleep(std::time::Duration::from_millis(5));
            fs::write(pick, bytes).expect("write");
            (format!("touch {}", pick.display()), true)
        }
    }
}

fn generated(dir: &Path, count: usize) -> PathBuf {
    let root = dir.join("korpus");
    let texts = korpus::harvest(&Path::new(env!("CARGO_MANIFEST_DIR")).join("standards"));
    korpus::generate(&texts, count, 7, 10, &root);
    root
}

#[test]
fn after_random_changes_the_site_is_byte_identical_to_a_clean_build() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = generated(dir.path(), 90);
    let (code, stderr) = standar(dir.path(), &["build", "korpus", "--out", "site"], &[]);
    assert_eq!(code, Some(0), "{stderr}");
    let mut rng = Rng(2026);
    for step in 0..24 {
        let (what, one_unit) = change(&mut rng, &root, step);
        eprintln!("step {step}: {what}");
        let (code, stderr) = standar(dir.path(), &["build", "korpus", "--out", "site"], &[]);
        assert_eq!(code, Some(0), "{what}: {stderr}");
        let clean = format!("bersih-{step}");
        let (code, clean_stderr) = standar(
            dir.path(),
            &["build", "korpus", "--out", &clean, "--clean"],
            &[],
        );
        assert_eq!(code, Some(0), "{what}: {clean_stderr}");
        assert_same_site(&dir.path().join("site"), &dir.path().join(&clean), &what);
        let (again, units) = rebuilt(&stderr);
        if one_unit {
            assert!(again <= 1, "{what}: {again} of {units} units built again");
        }
        if what.starts_with("touch") {
            assert_eq!(again, 0, "{what}: nothing changed, nothing built");
        }
        fs::remove_dir_all(dir.path().join(&clean)).expect("remove");
    }
}

#[test]
fn a_fresh_checkout_with_the_cache_restored_builds_only_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    generated(dir.path(), 60);
    let first = ["build", "korpus", "--out", "public", "--cache", "tembolok"];
    let (code, stderr) = standar(dir.path(), &first, &[]);
    assert_eq!(code, Some(0), "{stderr}");

    // The next CI job: the repository checked out anew (every file a new time), the cache
    // restored by copying (no links to an earlier site), no site folder.
    let next = tempfile::tempdir().expect("temp dir");
    copy_tree(&dir.path().join("korpus"), &next.path().join("korpus"));
    copy_tree(&dir.path().join("tembolok"), &next.path().join("tembolok"));
    let standard = standards(&next.path().join("korpus"))[3].clone();
    rename_service(&standard, "Sesudah checkout");
    let (code, stderr) = standar(next.path(), &first, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(rebuilt(&stderr).0, 1, "{stderr}");
    let (code, stderr) = standar(
        next.path(),
        &["build", "korpus", "--out", "bersih", "--clean"],
        &[],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_same_site(
        &next.path().join("public"),
        &next.path().join("bersih"),
        "checkout",
    );
}

#[test]
fn a_build_killed_while_updating_leaves_the_old_site_and_the_next_one_is_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = generated(dir.path(), 60);
    let build = ["build", "korpus", "--out", "site"];
    let (code, stderr) = standar(dir.path(), &build, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    // Two builds, so that the spare site is an older generation with a record.
    rename_service(&standards(&root)[0], "Pertama");
    assert_eq!(standar(dir.path(), &build, &[]).0, Some(0));
    let before = tree(&dir.path().join("site"));

    for (step, after) in ["1", "3", "9"].iter().enumerate() {
        rename_service(&standards(&root)[step + 1], &format!("Terhenti {step}"));
        rename_service(&units(&root)[1].join("_unit.yaml"), &format!("Unit {step}"));
        let (code, _) = standar(dir.path(), &build, &[("STANDAR_UJI_HENTI_SETELAH", after)]);
        assert_eq!(code, None, "ended by a signal after {after} files");
        assert!(
            before == tree(&dir.path().join("site")),
            "killed after {after} files, the site changed"
        );
    }
    let (code, stderr) = standar(dir.path(), &build, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = standar(
        dir.path(),
        &["build", "korpus", "--out", "bersih", "--clean"],
        &[],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_same_site(
        &dir.path().join("site"),
        &dir.path().join("bersih"),
        "after the kills",
    );

    // Killed right after the exchange: the new site is in place, whole.
    rename_service(&standards(&root)[5], "Ditukar");
    let (code, _) = standar(dir.path(), &build, &[("STANDAR_UJI_TUKAR", "henti")]);
    assert_eq!(code, None);
    let (code, _) = standar(
        dir.path(),
        &["build", "korpus", "--out", "bersih2", "--clean"],
        &[],
    );
    assert_eq!(code, Some(0));
    assert_same_site(
        &dir.path().join("site"),
        &dir.path().join("bersih2"),
        "after the exchange",
    );
    let (code, stderr) = standar(dir.path(), &build, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(rebuilt(&stderr).0, 0, "{stderr}");
    assert_same_site(
        &dir.path().join("site"),
        &dir.path().join("bersih2"),
        "the build after",
    );
}

#[test]
fn a_failed_build_changes_nothing_and_the_next_one_catches_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = generated(dir.path(), 50);
    let build = ["build", "korpus", "--out", "site"];
    assert_eq!(standar(dir.path(), &build, &[]).0, Some(0));
    let before = tree(&dir.path().join("site"));
    let all = standards(&root);
    rename_service(&all[0], "Benar");
    fs::write(&all[1], "nama: [rusak\n").expect("write");
    let (code, stderr) = standar(dir.path(), &build, &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("situs lama tetap utuh"), "{stderr}");
    assert!(
        before == tree(&dir.path().join("site")),
        "a failed build changed the site"
    );
    fs::remove_file(&all[1]).expect("remove");
    assert_eq!(standar(dir.path(), &build, &[]).0, Some(0));
    let (code, _) = standar(
        dir.path(),
        &["build", "korpus", "--out", "bersih", "--clean"],
        &[],
    );
    assert_eq!(code, Some(0));
    assert_same_site(
        &dir.path().join("site"),
        &dir.path().join("bersih"),
        "after the fix",
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_cache_must_be_on_the_site_disk() {
    use std::os::unix::fs::MetadataExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let elsewhere = Path::new("/dev/shm");
    let device = |p: &Path| fs::metadata(p).map(|m| m.dev()).ok();
    if device(elsewhere).is_none() || device(elsewhere) == device(dir.path()) {
        eprintln!("no second file system here; skipped");
        return;
    }
    generated(dir.path(), 20);
    let cache = tempfile::tempdir_in(elsewhere).expect("temp dir");
    let cache_arg = cache.path().join("tembolok");
    let (code, stderr) = standar(
        dir.path(),
        &[
            "build",
            "korpus",
            "--out",
            "site",
            "--cache",
            &cache_arg.to_string_lossy(),
        ],
        &[],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(!dir.path().join("site").exists());
    assert!(!cache_arg.exists(), "nothing created");
}
