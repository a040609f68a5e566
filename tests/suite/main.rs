//! The integration tests, one crate: each module tests one capability from the outside
//! (the command line, the library's public API, the published files), with the shared
//! helpers in `common`. Fixtures are in `tests/fixtures/`, snapshots in `snapshots/`.

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;
/// The benchmark corpus generator, shared with the tests that need many standards.
#[path = "../../examples/korpus.rs"]
#[allow(dead_code)]
mod korpus;

mod audit;
mod bagan;
mod build;
mod cli;
mod cli_build;
mod cli_impor;
mod dokumentasi;
mod editor;
mod fixtures;
mod fuzz_corpus;
mod hostile;
mod house;
mod impor;
mod impor_berbahaya;
mod impor_korpus;
mod incremental;
mod jsonld;
mod keluaran_ci;
mod korpus_utuh;
mod masa;
mod papan;
mod perubahan;
mod readme;
mod rezim;
mod ringkasan;
mod riwayat;
mod rujukan;
mod schema;
mod serve;
mod shipped;
mod survei;
mod tembolok;
mod terjadwal;
mod xss;
