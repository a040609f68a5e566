//! The house rules, kept by a test so that they stay true: no two source files import each
//! other (directly or round a longer loop), no layer of the pipeline uses a higher one, and
//! no source file is longer than 600 lines. (Functions longer than 100 lines are refused by
//! clippy: `too_many_lines` in Cargo.toml, the limit in clippy.toml.)

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use regex::Regex;

/// The top-level modules from the bottom up. A module may use those in lower layers only;
/// modules in one layer do not use each other. `lib.rs` and `main.rs` sit above all.
const LAYERS: &[&[&str]] = &[
    &["source", "yaml_scalar", "xml", "parallel"],
    &["diagnostic"],
    &["parse"],
    &["model"],
    &["schema"],
    &["validate"],
    &["check"],
    &["corpus"],
    &["audit"],
    &["render"],
    &["pipeline"],
    &["sunting"],
    &["impor"],
    // The command line's crate (main.rs): what touches files, processes and the network.
    &["waktu_habis", "git"],
    &["riwayat"],
    &["publish"],
    &["cli"],
];

/// The most lines a source file may have.
const FILE_LINES: usize = 600;

/// The Rust files beneath `dir`, by path.
fn rust_files(dir: &Path) -> BTreeMap<PathBuf, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let text = fs::read_to_string(e.path()).expect("source file");
            (e.path().to_path_buf(), text)
        })
        .collect()
}

/// `src/render/view/mod.rs` → `["render", "view"]`.
fn module_path(root: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root).expect("beneath the root");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|p| ["mod", "lib", "main"].contains(&p.as_str()))
    {
        parts.pop();
    }
    parts
}

/// The files each file uses through `crate::…`, `standar::…`, `super::…` and `self::…`
/// paths (unit tests at the end of a file may reach anywhere and are left out).
fn imports(root: &Path, files: &BTreeMap<PathBuf, String>) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let by_module: BTreeMap<Vec<String>, &PathBuf> = files
        .keys()
        .map(|file| (module_path(root, file), file))
        .collect();
    let resolve = |parts: &[String]| {
        (1..=parts.len())
            .rev()
            .find_map(|n| by_module.get(&parts[..n]).copied())
    };
    let tests = Regex::new(r"(?s)#\[cfg\(test\)\]\s*mod tests\s*\{.*").expect("pattern");
    let comments = Regex::new(r"//[^\n]*").expect("pattern");
    let paths =
        Regex::new(r"\b((?:crate|standar|super|self)(?:::(?:\w+|\{[^;]*?\}))+)").expect("pattern");
    let word = Regex::new(r"\b\w+\b").expect("pattern");
    let mut edges = BTreeMap::new();
    for (file, text) in files {
        let text = tests.replace(text, "");
        let text = comments.replace_all(&text, "");
        let here = module_path(root, file);
        let mut used = BTreeSet::new();
        for path in paths.captures_iter(&text) {
            let segments: Vec<&str> = path[1].split("::").collect();
            let (mut base, rest) = match segments[0] {
                "crate" | "standar" => (Vec::new(), &segments[1..]),
                "self" => (here.clone(), &segments[1..]),
                _ => {
                    let ups = segments.iter().take_while(|s| **s == "super").count();
                    let keep = here.len().saturating_sub(ups);
                    (here[..keep].to_vec(), &segments[ups..])
                }
            };
            let mut groups = Vec::new();
            for segment in rest {
                if segment.starts_with('{') {
                    groups.push(*segment);
                } else if groups.is_empty() {
                    base.push((*segment).to_string());
                }
            }
            let mut candidates = vec![base.clone()];
            for group in groups {
                for name in word.find_iter(group) {
                    let mut candidate = base.clone();
                    candidate.push(name.as_str().to_string());
                    candidates.push(candidate);
                }
            }
            for candidate in candidates {
                if let Some(target) = resolve(&candidate)
                    && target != file
                {
                    used.insert(target.clone());
                }
            }
        }
        edges.insert(file.clone(), used);
    }
    edges
}

/// Groups of two or more files that import each other (Tarjan's strongly connected
/// components).
fn cycles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        index: BTreeMap<&'a PathBuf, usize>,
        low: BTreeMap<&'a PathBuf, usize>,
        stack: Vec<&'a PathBuf>,
        found: Vec<Vec<PathBuf>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a PathBuf) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in &self.edges[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self
                    .stack
                    .iter()
                    .position(|f| *f == v)
                    .expect("on the stack");
                let group: Vec<PathBuf> = self.stack.drain(at..).cloned().collect();
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_two_source_files_import_each_other() {
    let root = Path::new("src");
    let found = cycles(&imports(root, &rust_files(root)));
    assert!(found.is_empty(), "files that import each other: {found:#?}");
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    let root = Path::new("src");
    let files: BTreeMap<PathBuf, String> = [
        ("src/a.rs", "use crate::b::X;"),
        ("src/b.rs", "use super::c::{Y, d};"),
        ("src/c.rs", "fn f() { crate::a::g() }"),
        ("src/e.rs", "use crate::a::X;"),
    ]
    .into_iter()
    .map(|(p, t)| (PathBuf::from(p), t.to_string()))
    .collect();
    let found = cycles(&imports(root, &files));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 3, "{found:?}");
}

#[test]
fn no_layer_uses_a_higher_one() {
    let root = Path::new("src");
    let layer_of = |file: &Path| {
        let top = module_path(root, file).into_iter().next()?;
        LAYERS
            .iter()
            .position(|layer| layer.contains(&top.as_str()))
    };
    let files = rust_files(root);
    let mut wrong = Vec::new();
    for (file, used) in imports(root, &files) {
        let Some(mine) = layer_of(&file) else {
            assert!(
                module_path(root, &file).is_empty(),
                "{}: a top-level module missing from LAYERS",
                file.display()
            );
            continue;
        };
        for target in used {
            let same_module =
                module_path(root, &file).first() == module_path(root, &target).first();
            match layer_of(&target) {
                Some(theirs) if theirs < mine || same_module => {}
                _ => wrong.push(format!("{} uses {}", file.display(), target.display())),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a lower layer uses a higher one: {wrong:#?}"
    );
}

#[test]
fn no_source_file_is_longer_than_600_lines() {
    let mut long = Vec::new();
    for dir in [
        "src",
        "tests",
        "examples",
        "bench",
        "editor/wasm/src",
        "fuzz",
    ] {
        for (file, text) in rust_files(Path::new(dir)) {
            let lines = text.lines().count();
            if lines > FILE_LINES {
                long.push(format!("{}: {lines} lines", file.display()));
            }
        }
    }
    for file in fs::read_dir("editor/src")
        .expect("editor sources")
        .flatten()
    {
        let text = fs::read_to_string(file.path()).expect("editor source");
        if text.lines().count() > FILE_LINES {
            long.push(format!(
                "{}: {} lines",
                file.path().display(),
                text.lines().count()
            ));
        }
    }
    assert!(
        long.is_empty(),
        "split these where their flow has a seam: {long:#?}"
    );
}

#[test]
fn no_two_types_share_a_name() {
    let declared = Regex::new(
        r"(?m)^(?:pub(?:\([a-z]+\))? )?(?:struct|enum|trait|type|union) ([A-Za-z_][A-Za-z0-9_]*)",
    )
    .expect("pattern");
    let tests = Regex::new(r"(?s)#\[cfg\(test\)\]\s*mod tests\s*\{.*").expect("pattern");
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for dir in ["src", "editor/wasm/src"] {
        for (file, text) in rust_files(Path::new(dir)) {
            let text = tests.replace(&text, "");
            for name in declared.captures_iter(&text) {
                seen.entry(name[1].to_string())
                    .or_default()
                    .push(file.display().to_string());
            }
        }
    }
    let shared: Vec<_> = seen.iter().filter(|(_, files)| files.len() > 1).collect();
    assert!(shared.is_empty(), "types sharing a name: {shared:#?}");
}
