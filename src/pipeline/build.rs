//! `standar build` as a library function: the corpus compiled and rendered unit by unit into
//! an [`Output`], then the index pages and assets. A unit with an error stops the rendering of
//! the units after it; nothing is rendered at all when the settings have an error.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Run, run};
use crate::corpus::{Files, SiteConfig};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::Limits;
use crate::render::templates::Templates;
use crate::render::{Output, RenderSummary, Renderer, SiteOptions};

/// What a site is rendered with and into, settled once the site configuration is read.
pub struct Setup<O> {
    /// Site-wide settings.
    pub options: SiteOptions,
    /// The templates, with any overrides.
    pub templates: Templates,
    /// Where the files go.
    pub output: O,
}

/// The outcome of a build.
pub struct Built<O> {
    /// Every problem of every file, sorted (render warnings included).
    pub run: Run<()>,
    /// What was rendered.
    pub summary: RenderSummary,
    /// The setup, handed back (for the caller to commit or discard what was written).
    pub setup: Option<Setup<O>>,
}

impl<O> Built<O> {
    /// Whether the whole site was rendered: no error anywhere.
    pub fn complete(&self) -> bool {
        self.setup.is_some() && !self.run.has_errors()
    }
}

/// Compiles and renders the corpus. `setup` turns the site configuration into the settings
/// and output, or returns `None` (after adding its problems) when the site cannot be built.
pub fn build<F: Files, O: Output>(
    files: &F,
    limits: &Limits,
    progress: &dyn super::Progress,
    setup: impl FnOnce(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> Option<Setup<O>>,
) -> Built<O> {
    let failed = AtomicBool::new(false);
    let (mut run, setup) = run(
        files,
        limits,
        progress,
        |config, diagnostics| {
            let setup = setup(config, diagnostics);
            if diagnostics.iter().any(|d| d.severity() == Severity::Error) {
                failed.store(true, Ordering::Relaxed);
            }
            setup
        },
        |setup, unit| {
            if unit
                .diagnostics
                .iter()
                .any(|d| d.severity() == Severity::Error)
            {
                failed.store(true, Ordering::Relaxed);
            }
            let setup = setup.as_ref()?;
            if failed.load(Ordering::Relaxed) || unit.standards.is_empty() {
                return None;
            }
            let renderer = Renderer::new(&setup.templates, &setup.options);
            let standards: Vec<_> = unit.standards.iter().collect();
            Some(renderer.unit(&unit.unit, &standards, &setup.output))
        },
    );
    let mut entries = Vec::new();
    let mut summary = RenderSummary::default();
    for result in std::mem::take(&mut run.results).into_iter().flatten() {
        match result {
            Ok((entry, unit_summary)) => {
                entries.push(entry);
                summary.absorb(unit_summary);
            }
            Err(problem) => run.diagnostics.push(problem),
        }
    }
    if let Some(setup) = setup.as_ref().filter(|_| !run.has_errors()) {
        let renderer = Renderer::new(&setup.templates, &setup.options);
        match renderer
            .assets(&setup.output)
            .and_then(|a| renderer.index(&entries, &setup.output).map(|i| (a, i)))
        {
            Ok((assets, index)) => {
                summary.absorb(assets);
                summary.absorb(index);
            }
            Err(problem) => run.diagnostics.push(problem),
        }
    }
    run.diagnostics
        .extend(std::mem::take(&mut summary.warnings));
    crate::diagnostic::sort_and_dedup(&mut run.diagnostics);
    let run = Run {
        diagnostics: run.diagnostics,
        files: run.files,
        bytes: run.bytes,
        standards: run.standards,
        results: Vec::new(),
    };
    Built {
        run,
        summary,
        setup,
    }
}
