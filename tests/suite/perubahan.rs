//! The change list between two versions of a standard (`standar diff`): on a generated
//! corpus, a standard compared with itself has no change, and every requirement, product or
//! step taken out, and every fee or time changed, is named in its own section and nowhere
//! else; the command's three formats on a worked example.

use std::path::Path;

use serde_json::{Value, json};
use standar::corpus::UNIT_FILE;
use standar::model::situs::Bahasa;
use standar::parse::{Limits, parse};
use standar::pipeline::compile;
use standar::pipeline::perubahan::{Versi, between};
use standar::render::perubahan::{JenisPerubahan, Perubahan};
use standar::source::SourceFile;

use crate::common;
use crate::korpus;

/// A standard's data as its file holds it, and its unit file.
struct Written {
    data: Value,
    unit: Vec<u8>,
}

/// A version with `data` written as JSON, which is YAML too, beside the unit file.
fn version(data: &Value, unit: &[u8]) -> Versi {
    Versi {
        path: "versi/standar.yaml".into(),
        bytes: serde_json::to_vec(data).expect("serialisable"),
        unit: Some(("versi/_unit.yaml".into(), unit.to_vec())),
    }
}

fn changes(old: &Value, new: &Value, unit: &[u8]) -> Vec<Perubahan> {
    between(version(old, unit), version(new, unit), Bahasa::Id)
        .unwrap_or_else(|problems| panic!("a version does not compile: {problems:#?}"))
}

/// The changes, all in the section titled `section`, of which at least one is `jenis`.
fn assert_only_in(found: &[Perubahan], section: &str, jenis: JenisPerubahan, what: &str) {
    assert!(!found.is_empty(), "{what}: no change found");
    assert!(
        found.iter().all(|c| c.bagian.starts_with(section)),
        "{what}: changes outside {section}: {found:#?}"
    );
    assert!(
        found.iter().any(|c| c.jenis == jenis),
        "{what}: no {jenis:?} change: {found:#?}"
    );
}

/// Every standard of a generated corpus, as its file's data, with its unit file.
fn generated_standards() -> Vec<Written> {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("korpus");
    let harvested = korpus::harvest(Path::new("standards"));
    korpus::generate(&harvested, 40, 8, 12, &root);
    let inputs = common::inputs_under(&root);
    let compilation = compile(inputs.clone(), &Limits::default());
    assert_eq!(compilation.errors(), 0, "{:#?}", compilation.diagnostics);
    let unit_of = |relative: &str| {
        let folder = relative.rsplit_once('/').map_or("", |(folder, _)| folder);
        let unit = format!("{folder}/{UNIT_FILE}");
        inputs
            .iter()
            .find(|i| i.relative == unit)
            .map(|i| i.bytes.clone())
    };
    inputs
        .iter()
        .filter(|input| !input.relative.ends_with(UNIT_FILE) && input.relative.contains('/'))
        .map(|input| {
            let text = String::from_utf8(input.bytes.clone()).expect("UTF-8");
            let file = SourceFile::new(input.path.clone(), text);
            let (document, _) = parse(&file, &Limits::default());
            Written {
                data: document.expect("parses").json,
                unit: unit_of(&input.relative).unwrap_or_default(),
            }
        })
        .collect()
}

#[test]
fn every_removed_item_and_changed_fee_or_time_is_named_in_its_section_only() {
    let standards = generated_standards();
    assert!(standards.len() >= 30, "only {} standards", standards.len());
    let mut steps_removed = 0;
    for Written {
        data: standard,
        unit,
    } in &standards
    {
        let changes = |old: &Value, new: &Value| changes(old, new, unit);
        let name = standard["nama"].as_str().unwrap_or_default();
        assert_eq!(
            changes(standard, standard),
            Vec::new(),
            "{name}: compared with itself"
        );
        for (list, section) in [("persyaratan", "Persyaratan"), ("produk", "Produk")] {
            let count = standard[list].as_array().map_or(0, Vec::len);
            // The first, second, middle and last item: each place in a list.
            let mut places = vec![0, 1, count / 2, count.saturating_sub(1)];
            places.dedup();
            for index in places.into_iter().filter(|&i| count > 1 && i < count) {
                let mut fewer = standard.clone();
                fewer[list].as_array_mut().expect("list").remove(index);
                let found = changes(standard, &fewer);
                assert_only_in(
                    &found,
                    section,
                    JenisPerubahan::Dihapus,
                    &format!("{name}: {list}[{index}]"),
                );
            }
        }
        let flow = &standard["prosedur"]["alur"][0];
        let steps = flow["langkah"].as_array().map_or(0, Vec::len);
        // Step times add up to the total and decisions point at steps: a flow with either
        // would no longer compile with a step fewer.
        let plain =
            !flow.to_string().contains("\"waktu\"") && !flow.to_string().contains("\"keputusan\"");
        if steps > 2 && plain {
            let mut fewer = standard.clone();
            fewer["prosedur"]["alur"][0]["langkah"]
                .as_array_mut()
                .expect("steps")
                .remove(steps - 1);
            let found = changes(standard, &fewer);
            assert_only_in(
                &found,
                "Sistem, mekanisme",
                JenisPerubahan::Dihapus,
                &format!("{name}: last step"),
            );
            steps_removed += 1;
        }
        let mut paid = standard.clone();
        paid["biaya"] = json!({
            "tarif": [{"uraian": "Biaya baru", "rupiah": 12345}],
            "dasar_hukum": [{"jenis": "Peraturan Daerah", "nomor": "9", "tahun": 2026, "tentang": "Retribusi"}]
        });
        let found = changes(standard, &paid);
        assert!(
            found
                .iter()
                .any(|c| c.sesudah.as_deref().is_some_and(|s| s.contains("Rp12.345"))),
            "{name}: {found:#?}"
        );
        assert!(
            found.iter().all(|c| c.bagian.starts_with("Biaya")),
            "{name}: {found:#?}"
        );
    }
    assert!(
        steps_removed >= 5,
        "only {steps_removed} flows had a step taken out"
    );
}

#[test]
fn a_shorter_time_is_said_before_and_after() {
    let Written {
        data: standard,
        unit,
    } = generated_standards().remove(0);
    let mut slower = standard.clone();
    slower["jangka_waktu"] = json!({"total": "99 hari kerja"});
    let mut faster = standard.clone();
    faster["jangka_waktu"] = json!({"total": "3 hari kerja"});
    let found = changes(&slower, &faster, &unit);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].jenis, JenisPerubahan::Diubah);
    assert_eq!(found[0].sebelum.as_deref(), Some("99 hari kerja"));
    assert_eq!(found[0].sesudah.as_deref(), Some("3 hari kerja"));
}

/// `standar diff` on the worked example in `tests/fixtures/diff/`, in each format.
#[test]
fn the_command_says_the_changes_in_each_format() {
    let dir = Path::new("tests/fixtures/diff");
    for format in ["human", "markdown", "json"] {
        let output = common::standar(
            &[
                "diff",
                "lama/surat.yaml",
                "baru/surat.yaml",
                "--format",
                format,
            ],
            dir,
        );
        assert!(output.status.success(), "{format}: {output:?}");
        insta::assert_snapshot!(format!("diff_{format}"), common::stdout(&output));
    }
}

#[test]
fn the_command_says_the_changes_in_english_when_asked() {
    let dir = Path::new("tests/fixtures/diff");
    let output = common::standar(
        &["diff", "lama/surat.yaml", "baru/surat.yaml", "--lang", "en"],
        dir,
    );
    let said = common::stdout(&output);
    assert!(said.contains("(7 changes):"), "{said}");
    assert!(
        said.contains("Fee — Penerbitan surat: Rp10.000 → Rp15.000"),
        "{said}"
    );
    assert!(
        said.contains("Requirements added: Foto tempat usaha"),
        "{said}"
    );
}

#[test]
fn the_command_refuses_a_version_with_errors_and_says_where() {
    let dir = Path::new("tests/fixtures/diff");
    let output = common::standar(&["diff", "lama/surat.yaml", "rusak/surat.yaml"], dir);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let said = common::stdout(&output);
    assert!(said.contains("rusak/surat.yaml:"), "{said}");
}

/// Runs `git` in `dir` on one fixed day, so that the history is the same on every machine.
fn git(dir: &Path, args: &[&str]) {
    common::git_on(dir, "2026-01-15", args);
}

/// A repository with three commits: the first SK, its revision (fee, time, a requirement,
/// a channel), then a new standard with the unit's opening hours changed.
fn scripted_history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let unit = root.join("standards/dinas-contoh");
    std::fs::create_dir_all(&unit).expect("folders");
    let fixtures = Path::new("tests/fixtures/diff");
    let copy = |from: &str, to: &str| {
        std::fs::copy(fixtures.join(from), unit.join(to)).expect("copied");
    };
    git(root, &["init", "-q", "-b", "main"]);
    copy("lama/_unit.yaml", "_unit.yaml");
    copy("lama/surat.yaml", "surat.yaml");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "SK 2024"]);
    copy("baru/surat.yaml", "surat.yaml");
    git(root, &["commit", "-q", "-am", "SK 2026"]);
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
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "Layanan baru, jam Jumat"]);
    dir
}

#[test]
fn the_command_compares_revisions_of_a_git_history() {
    let repo = scripted_history();
    let root = repo.path();
    let run = |args: &[&str]| {
        let output = common::standar(args, root);
        assert!(output.status.success(), "{args:?}: {output:?}");
        common::stdout(&output)
    };
    let sk_2026 = run(&["diff", "--rev", "HEAD~2..HEAD~1"]);
    insta::assert_snapshot!("diff_rev_sk_2026", sk_2026);
    // One file named alone: read with the unit file beside it, the same changes.
    let file = "standards/dinas-contoh/surat.yaml";
    assert_eq!(run(&["diff", "--rev", "HEAD~2..HEAD~1", file]), sk_2026);
    insta::assert_snapshot!(
        "diff_rev_new_standard",
        run(&["diff", "--rev", "HEAD~1..", "--format", "markdown"])
    );
    assert_eq!(
        run(&["diff", "--rev", "HEAD"]),
        "Tidak ada perubahan isi standar (HEAD).\n"
    );
    // A branch, compared from where it left main, as a pull request shows it; a later
    // change on main is not the branch's.
    git(root, &["checkout", "-q", "-b", "usulan", "HEAD~1"]);
    let file = root.join("standards/dinas-contoh/surat.yaml");
    let text = std::fs::read_to_string(&file).expect("standard");
    std::fs::write(
        &file,
        text.replace("total: 3 hari kerja", "total: 2 hari kerja"),
    )
    .expect("edited");
    git(root, &["commit", "-q", "-am", "Usulan: dua hari"]);
    let said = run(&["diff", "--rev", "main...usulan"]);
    assert_eq!(said.lines().count(), 2, "{said}");
    assert!(
        said.contains("Jangka waktu penyelesaian: 3 hari kerja → 2 hari kerja"),
        "{said}"
    );
    git(root, &["checkout", "-q", "main"]);
    // Against the files on disk: an edit not yet committed.
    let file = root.join("standards/dinas-contoh/surat.yaml");
    let text = std::fs::read_to_string(&file).expect("standard");
    std::fs::write(&file, text.replace("rupiah: 15000", "rupiah: 20000")).expect("edited");
    let said = run(&["diff", "--rev", "HEAD", "standards/dinas-contoh"]);
    assert!(
        said.contains("Biaya/tarif — Penerbitan surat: Rp15.000 → Rp20.000"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 2, "{said}");
}

#[test]
fn a_revision_that_names_no_commit_is_refused_with_examples() {
    let repo = scripted_history();
    let output = common::standar(&["diff", "--rev", "tidak-ada..HEAD"], repo.path());
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("revisi `tidak-ada`") && said.contains("HEAD~1"),
        "{said}"
    );
}

/// The `standar diff` line of a CI template, split into arguments, with its variables
/// given values.
fn template_command(template: &str, variables: &[(&str, &str)]) -> Vec<String> {
    let text = std::fs::read_to_string(template).expect("template");
    let line = text
        .lines()
        .map(str::trim)
        .map(|line| line.trim_start_matches("- "))
        .find(|line| line.starts_with("standar diff "))
        .unwrap_or_else(|| panic!("{template} runs no `standar diff`"));
    let mut line = line.split(" > ").next().unwrap_or_default().to_owned();
    for (name, value) in variables {
        line = line.replace(name, value);
    }
    line.split_whitespace()
        .skip(1)
        .map(|word| word.trim_matches('"').to_owned())
        .collect()
}

/// What the CI templates run on a pull or merge request, run on one: a branch merged into
/// main as GitHub checks it out (the merge commit), and the branch itself compared from its
/// merge base as GitLab gives it.
#[test]
fn the_ci_templates_say_what_a_pull_request_changes() {
    let repo = scripted_history();
    let root = repo.path();
    git(root, &["checkout", "-q", "-b", "usulan"]);
    let file = root.join("standards/dinas-contoh/surat.yaml");
    let text = std::fs::read_to_string(&file).expect("standard");
    std::fs::write(&file, text.replace("rupiah: 15000", "rupiah: 12500")).expect("edited");
    git(root, &["commit", "-q", "-am", "Usulan: tarif turun"]);
    let expected = "- Biaya/tarif — Penerbitan surat: Rp15.000 → Rp12.500\n";
    // The one change, as the one item of the Markdown list.
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = common::standar(&args, root);
        assert!(output.status.success(), "{args:?}: {output:?}");
        let said = common::stdout(&output);
        let items: Vec<&str> = said.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(items, [expected.trim_end()], "{said}");
    };
    // GitLab: the merge request's branch, and the commit it left main at.
    let gitlab = template_command(
        "ci/gitlab-ci.yml",
        &[("$CI_MERGE_REQUEST_DIFF_BASE_SHA", "main")],
    );
    run(gitlab);
    // GitHub: the merge commit of the pull request into main.
    git(root, &["checkout", "-q", "main"]);
    git(
        root,
        &["merge", "-q", "--no-ff", "-m", "Merge usulan", "usulan"],
    );
    let github = template_command("ci/github-actions.yml", &[]);
    run(github);
}
