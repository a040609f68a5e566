//! `standar impor` from the command line: checked drafts, the report of what went where,
//! Word and PDF sources, and what it cannot read.

use crate::common;
use common::{repo, standar, stdout};

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
