//! Replays every input the fuzzer kept (`fuzz/corpus/`) and every crash it found and we fixed
//! (`fuzz/regresi/`) through the fuzzing harness, so what fuzzing found stays fixed under a
//! plain `cargo test`.

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::path::Path;

/// Replays every file of the folder, which must exist and hold at least one input (a clone
/// without the corpus would otherwise pass without testing anything).
fn replay(folder: &str, run: fn(&[u8])) {
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
    assert!(count > 0, "{} holds no input", root.display());
}

#[test]
fn the_fuzz_corpus_of_standards_survives() {
    replay("fuzz/corpus/standar", harness::standard);
    replay("fuzz/regresi/standar", harness::standard);
}

#[test]
fn the_fuzz_corpus_of_units_survives() {
    replay("fuzz/corpus/unit", harness::unit);
}

#[test]
fn the_fuzz_corpus_of_site_files_survives() {
    replay("fuzz/corpus/situs", harness::site);
}

#[test]
fn the_fuzz_corpus_of_logos_survives() {
    replay("fuzz/corpus/logo", harness::logo);
    replay("fuzz/regresi/logo", harness::logo);
}

#[test]
fn the_fuzz_corpus_of_imported_pages_survives() {
    replay("fuzz/corpus/impor", harness::import);
    replay("fuzz/regresi/impor", harness::import);
}

#[test]
fn the_fuzz_corpus_of_word_and_pdf_documents_survives() {
    replay("fuzz/corpus/dokumen", harness::document);
    replay("fuzz/regresi/dokumen", harness::document);
}
