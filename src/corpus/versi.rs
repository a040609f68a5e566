//! The versions of a unit folder's standards: `versi_dari` that goes round in a circle, and
//! two enacted versions of one standard that start on the same day, are errors; such
//! standards are not published.

use crate::check::versi_problem;
use crate::diagnostic::Diagnostic;
use crate::model::masa_berlaku::masalah;
use crate::parse::{self, Limits};

use super::CompiledStandard;

/// Reports the problems of the folder's series and removes the standards they concern.
pub(super) fn check(
    compiled: &mut Vec<CompiledStandard>,
    limits: &Limits,
    out: &mut Vec<Diagnostic>,
) {
    if compiled.iter().all(|c| c.standar.versi_dari.is_none()) {
        return;
    }
    let list: Vec<(&str, &crate::model::Standar)> = compiled
        .iter()
        .map(|c| (c.id.slug.as_str(), &c.standar))
        .collect();
    let problems = masalah(&list);
    if problems.is_empty() {
        return;
    }
    let mut refused = vec![false; compiled.len()];
    for (i, problem) in problems {
        refused[i] = true;
        // Parsed again only to point at the key: this happens once per broken file.
        let (doc, _) = parse::parse(&compiled[i].file, limits);
        out.push(versi_problem(doc.as_ref(), &compiled[i].file, &problem));
    }
    let mut keep = refused.into_iter().map(|r| !r);
    compiled.retain(|_| keep.next().unwrap_or(true));
}
