//! GitLab's Code Quality report: a Code Climate JSON array that GitLab shows on the lines of
//! a merge request. Each issue has the fields GitLab reads — `description`, `check_name`,
//! `fingerprint`, `severity`, `location.path`, `location.lines.begin` — plus the Code
//! Climate `type`, `categories` and `content.body` (the help).

use std::collections::HashMap;
use std::io;

use serde::Serialize;

use super::{Diagnostic, Severity};

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: &'static str,
    description: &'a str,
    content: Option<Content<'a>>,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: String,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Content<'a> {
    body: &'a str,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// FNV-1a, 64 bits: a fingerprint that stays the same from run to run and release to
/// release (GitLab compares them between the branch and its target).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Writes the report: every diagnostic an issue (an empty array when there are none).
pub fn write(diagnostics: &[Diagnostic], out: &mut dyn io::Write) -> io::Result<()> {
    // The same problem twice in one file keeps two fingerprints.
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let issues: Vec<Issue> = diagnostics
        .iter()
        .map(|d| {
            let (begin, _) = d.line_col();
            let end = d
                .span
                .as_ref()
                .map_or(begin, |s| d.file.line_col(s.end).0.max(begin));
            let base = fnv1a(&[
                d.code.as_str().as_bytes(),
                d.file.path.as_bytes(),
                d.message.as_bytes(),
            ]);
            let nth = seen.entry(base).or_default();
            *nth += 1;
            Issue {
                kind: "issue",
                check_name: d.code.as_str(),
                description: &d.message,
                content: d.help.as_deref().map(|body| Content { body }),
                categories: ["Compatibility"],
                severity: match d.severity() {
                    Severity::Error => "critical",
                    Severity::Warning => "minor",
                },
                fingerprint: format!("{base:016x}{:04x}", *nth - 1),
                location: Location {
                    path: &d.file.path,
                    lines: Lines { begin, end },
                },
            }
        })
        .collect();
    let mut json = super::printable::InertJson::new(out);
    serde_json::to_writer_pretty(&mut json, &issues)?;
    io::Write::write_all(&mut json, b"\n")?;
    json.finish()
}
