//! The README starts with the two set-up commands and every link in it leads to a file.

use pulldown_cmark::{Event, Parser, Tag};

use crate::common::repo;

#[test]
fn readme_starts_with_the_two_commands() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let first_block = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a sh block");
    assert!(first_block.contains("cargo run --release -- build standards --out site"));
    assert!(first_block.contains("cargo test --locked"));
}

#[test]
fn every_link_of_the_readme_leads_to_a_file() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let mut broken = Vec::new();
    for event in Parser::new(&readme) {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event
            && !dest_url.contains("://")
        {
            let file = dest_url.split('#').next().unwrap_or_default();
            if !file.is_empty() && !repo().join(file).exists() {
                broken.push(dest_url.to_string());
            }
        }
    }
    assert!(broken.is_empty(), "README links to nothing: {broken:?}");
}
