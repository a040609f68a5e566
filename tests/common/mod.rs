//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::sync::Mutex;

use standar::corpus::{Compilation, InputFile, compile};
use standar::parse::Limits;
use standar::render::templates::Templates;
use standar::render::{SiteOptions, render_site};

/// Every file under `standards/`, with paths relative to it.
pub fn shipped_inputs() -> Vec<InputFile> {
    let mut inputs = Vec::new();
    for entry in walkdir::WalkDir::new("standards").sort_by_file_name() {
        let entry = entry.expect("readable");
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let relative = path
            .strip_prefix("standards")
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        inputs.push(InputFile {
            path: path.to_string_lossy().replace('\\', "/"),
            relative,
            bytes: fs::read(path).expect("readable"),
        });
    }
    inputs
}

/// The shipped standards, compiled.
pub fn compile_shipped() -> Compilation {
    compile(shipped_inputs(), &Limits::default())
}

/// Renders a compilation with the embedded templates into memory.
pub fn build(compilation: &Compilation, options: &SiteOptions) -> BTreeMap<String, Vec<u8>> {
    let templates = Templates::new(&[]).unwrap_or_else(|e| panic!("templates: {e:?}"));
    let site = Mutex::new(BTreeMap::new());
    let sink = |path: &str, bytes: &[u8]| {
        let mut site = site.lock().expect("not poisoned");
        assert!(
            site.insert(path.to_string(), bytes.to_vec()).is_none(),
            "{path} written twice"
        );
        Ok(())
    };
    render_site(compilation, &templates, options, &sink)
        .unwrap_or_else(|e| panic!("render: {e:?}"));
    site.into_inner().expect("not poisoned")
}

/// The facts files: the unit folder on the first line, then one fact per line.
pub fn facts() -> Vec<(String, String, Vec<String>)> {
    let mut all = Vec::new();
    let mut files: Vec<_> = fs::read_dir("tests/facts")
        .expect("tests/facts exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).expect("readable");
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let unit = lines.next().expect("unit line").to_string();
        all.push((
            path.display().to_string(),
            unit,
            lines.map(str::to_string).collect(),
        ));
    }
    all
}
