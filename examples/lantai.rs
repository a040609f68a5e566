//! The floor of a build: only read every input file and write the same output files (same
//! paths, same sizes), in parallel like `standar build`, with no parsing or rendering.
//!
//! ```sh
//! cargo run --release --example lantai -- KORPUS SITUS-ACUAN KELUARAN
//! ```
//!
//! `SITUS-ACUAN` is a site built by `standar build` from `KORPUS`; its file list and sizes are
//! read first (not timed by the benchmark's comparison, which times the whole process, so the
//! listing is part of the floor too — it is a few milliseconds).

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let [input, reference, output] = args.as_slice() else {
        eprintln!("pemakaian: lantai KORPUS SITUS-ACUAN KELUARAN");
        std::process::exit(2);
    };
    let inputs = files(input);
    let read: u64 = inputs
        .par_iter()
        .map(|p| fs::read(p).map(|b| b.len() as u64).unwrap_or(0))
        .sum();
    let outputs: Vec<(PathBuf, u64)> = files(reference)
        .into_iter()
        .filter_map(|p| {
            let size = fs::metadata(&p).ok()?.len();
            Some((p.strip_prefix(reference).ok()?.to_path_buf(), size))
        })
        .collect();
    let filler = vec![b'x'; outputs.iter().map(|(_, s)| *s).max().unwrap_or(0) as usize];
    let written: u64 = outputs
        .par_iter()
        .map(|(relative, size)| {
            let path = output.join(relative);
            let bytes = &filler[..*size as usize];
            if fs::write(&path, bytes).is_err() {
                if let Some(parent) = path.parent() {
                    let _ = fs::create_dir_all(parent);
                }
                let _ = fs::write(&path, bytes);
            }
            *size
        })
        .sum();
    println!(
        "lantai: {} berkas dibaca ({:.1} MB), {} berkas ditulis ({:.1} MB)",
        inputs.len(),
        read as f64 / 1e6,
        outputs.len(),
        written as f64 / 1e6
    );
}
