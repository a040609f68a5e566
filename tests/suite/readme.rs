//! The README documents every diagnostic code and starts with the two set-up commands.

use standar::diagnostic::Code;

#[test]
fn readme_documents_every_code() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    for code in Code::ALL {
        let row = format!("| `{}` |", code.as_str());
        assert!(readme.contains(&row), "README has no row for {code}");
        assert!(
            readme.contains(code.summary()),
            "README summary of {code} is out of date"
        );
    }
}
