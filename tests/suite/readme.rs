//! The README starts with the two set-up commands and every link in it leads to a file.

use crate::common::{local_links, repo};

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
    let broken: Vec<String> = local_links(&readme)
        .into_iter()
        .filter(|url| {
            let file = url.split('#').next().unwrap_or_default();
            !file.is_empty() && !repo().join(file).exists()
        })
        .collect();
    assert!(broken.is_empty(), "README links to nothing: {broken:?}");
}
