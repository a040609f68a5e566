//! Replays every input the fuzzer kept (`fuzz/corpus/`) and every crash it found and we fixed
//! (`fuzz/regresi/`) through the fuzzing harness, so what fuzzing found stays fixed under a
//! plain `cargo test`.

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn replay(folder: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let Ok(entries) = std::fs::read_dir(&root) else {
        return 0;
    };
    let mut count = 0;
    for entry in entries.flatten() {
        // A file can vanish while the fuzzer is minimising the corpus beside this test.
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        let outcome = std::panic::catch_unwind(|| run(&bytes));
        assert!(
            outcome.is_ok(),
            "{} fails the harness",
            entry.path().display()
        );
        count += 1;
    }
    count
}

#[test]
fn the_fuzz_corpus_of_standards_survives() {
    let kept = replay("fuzz/corpus/standar", harness::standard)
        + replay("fuzz/regresi/standar", harness::standard);
    assert!(kept >= 5, "the corpus holds at least the shipped standards");
}

#[test]
fn the_fuzz_corpus_of_units_survives() {
    let kept =
        replay("fuzz/corpus/unit", harness::unit) + replay("fuzz/regresi/unit", harness::unit);
    assert!(
        kept >= 5,
        "the corpus holds at least the shipped unit files"
    );
}
