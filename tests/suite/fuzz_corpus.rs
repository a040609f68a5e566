//! Replays every input the fuzzer kept (`fuzz/corpus/`) and every crash it found and we fixed
//! (`fuzz/regresi/`) through the fuzzing harness, so what fuzzing found stays fixed under a
//! plain `cargo test`.

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::path::Path;

/// Replays every file of the folder, which must exist; returns how many there were.
fn replay(folder: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let entries =
        std::fs::read_dir(&root).unwrap_or_else(|error| panic!("{}: {error}", root.display()));
    let mut count = 0;
    for entry in entries {
        let path = entry.expect("listed").path();
        let bytes =
            std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let outcome = std::panic::catch_unwind(|| run(&bytes));
        assert!(outcome.is_ok(), "{} fails the harness", path.display());
        count += 1;
    }
    count
}

/// The committed corpus, minimised: when it is minimised again, update these counts.
const STANDARD_INPUTS: usize = 4119;
const UNIT_INPUTS: usize = 2854;
const REGRESSIONS: usize = 1;
const SITE_INPUTS: usize = 2551;
const LOGO_INPUTS: usize = 3671;
const IMPORT_INPUTS: usize = 5305;
const LOGO_REGRESSIONS: usize = 1;
const IMPORT_REGRESSIONS: usize = 4;
const DOCUMENT_INPUTS: usize = 3;
const DOCUMENT_REGRESSIONS: usize = 2;

#[test]
fn the_fuzz_corpus_of_standards_survives() {
    assert_eq!(
        replay("fuzz/corpus/standar", harness::standard),
        STANDARD_INPUTS
    );
    assert_eq!(
        replay("fuzz/regresi/standar", harness::standard),
        REGRESSIONS
    );
}

#[test]
fn the_fuzz_corpus_of_units_survives() {
    assert_eq!(replay("fuzz/corpus/unit", harness::unit), UNIT_INPUTS);
}

#[test]
fn the_fuzz_corpus_of_site_files_survives() {
    assert_eq!(replay("fuzz/corpus/situs", harness::site), SITE_INPUTS);
}

#[test]
fn the_fuzz_corpus_of_logos_survives() {
    assert_eq!(replay("fuzz/corpus/logo", harness::logo), LOGO_INPUTS);
    assert_eq!(replay("fuzz/regresi/logo", harness::logo), LOGO_REGRESSIONS);
}

#[test]
fn the_fuzz_corpus_of_imported_pages_survives() {
    assert_eq!(replay("fuzz/corpus/impor", harness::import), IMPORT_INPUTS);
    assert_eq!(
        replay("fuzz/regresi/impor", harness::import),
        IMPORT_REGRESSIONS
    );
}

#[test]
fn the_fuzz_corpus_of_word_and_pdf_documents_survives() {
    assert_eq!(
        replay("fuzz/corpus/dokumen", harness::document),
        DOCUMENT_INPUTS
    );
    assert_eq!(
        replay("fuzz/regresi/dokumen", harness::document),
        DOCUMENT_REGRESSIONS
    );
}
