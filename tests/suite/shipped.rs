//! The standards shipped in `standards/`: they check without errors, point editors at the
//! committed schema, and hold every fact of the five seed documents as written.

use std::fs;
use std::path::Path;

use crate::common;

use common::{facts, shipped_inputs};
use standar::diagnostic::render::{Format, render};
use standar::model::durasi::Durasi;
use standar::parse::Limits;
use standar::pipeline::compile;

#[test]
fn shipped_standards_check_without_errors() {
    let compilation = compile(shipped_inputs(), &Limits::default());
    assert_eq!(
        compilation.errors(),
        0,
        "{}",
        render(&compilation.diagnostics, Format::Short)
    );
    assert_eq!(compilation.standards.len(), 5);
    // The warnings are real gaps of the sources, pinned so that new ones are noticed: no
    // source states opening hours or a maklumat, two state no SK number.
    let warnings: Vec<String> = compilation
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.file.path, d.code))
        .collect();
    assert_eq!(
        warnings,
        [
            "standards/bengkulu-selatan-prokopim/konsultasi-dan-keprotokolan.yaml jam-pelayanan-tidak-ada",
            "standards/bengkulu-selatan-prokopim/konsultasi-dan-keprotokolan.yaml maklumat-tidak-ada",
            "standards/gianyar-setda/konsultasi-pelayanan-publik.yaml sk-tidak-ada",
            "standards/gianyar-setda/konsultasi-pelayanan-publik.yaml jam-pelayanan-tidak-ada",
            "standards/gianyar-setda/konsultasi-pelayanan-publik.yaml maklumat-tidak-ada",
            "standards/jember-prokopim/keprotokolan.yaml jam-pelayanan-tidak-ada",
            "standards/jember-prokopim/keprotokolan.yaml maklumat-tidak-ada",
            "standards/kalbar-diskopukm/fasilitasi-rapat-audiensi.yaml jam-pelayanan-tidak-ada",
            "standards/kalbar-diskopukm/fasilitasi-rapat-audiensi.yaml maklumat-tidak-ada",
            "standards/solok-dpmn/administrasi-konsultasi-pelayanan-publik.yaml sk-tidak-ada",
            "standards/solok-dpmn/administrasi-konsultasi-pelayanan-publik.yaml jam-pelayanan-tidak-ada",
            "standards/solok-dpmn/administrasi-konsultasi-pelayanan-publik.yaml maklumat-tidak-ada",
        ]
    );
}

#[test]
fn every_shipped_file_names_the_committed_schema() {
    for input in shipped_inputs() {
        let expected = match input.relative.as_str() {
            "_situs.yaml" => "situs.schema.json",
            r if r.ends_with("/_unit.yaml") => "unit.schema.json",
            _ => "standar.schema.json",
        };
        let text = String::from_utf8(input.bytes).expect("UTF-8");
        let first = text.lines().next().unwrap_or_default();
        let reference = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{} does not start with the schema line", input.path));
        let schema = Path::new(&input.path)
            .parent()
            .expect("in a folder")
            .join(reference);
        assert!(
            schema.is_file(),
            "{}: {} does not exist",
            input.path,
            schema.display()
        );
        assert!(
            reference.ends_with(expected),
            "{}: wrong schema {reference}",
            input.path
        );
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_seed_fact_is_in_the_yaml_as_written() {
    let facts = facts();
    assert_eq!(facts.len(), 5, "one facts file per seed");
    for (file, unit, lines) in facts {
        let mut yaml = String::new();
        for entry in fs::read_dir(Path::new("standards").join(&unit)).expect("unit folder") {
            yaml.push_str(&fs::read_to_string(entry.expect("readable").path()).expect("readable"));
            yaml.push('\n');
        }
        // Folded YAML text is compared as the reader sees it: line breaks become spaces.
        let haystack = collapse_whitespace(&yaml);
        for fact in lines.iter().filter(|l| !l.starts_with("~ ")) {
            let fact = collapse_whitespace(fact);
            let found = haystack.contains(&fact)
                || fact.parse::<Durasi>().is_ok()
                    && haystack.to_lowercase().contains(&fact.to_lowercase());
            assert!(found, "{file}: fact not in standards/{unit}: {fact}");
        }
    }
}
