//! `standar build` as a library function: the corpus compiled and rendered unit by unit into
//! an [`Output`], then the index pages and assets. A unit with an error stops the rendering of
//! the units after it; nothing is rendered at all when the settings have an error.
//!
//! Given the [`Record`] of the previous build, a unit folder whose files are unchanged is not
//! read, checked or rendered again: its files, index part and board count are taken from the
//! record. Every file is hashed, and a file the output already holds with the same bytes is
//! not handed to it again.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use super::record::{self, Hash, InputRecord, Record, UnitRecord};
use super::{Run, Settled, compile_unit_seeing, settle};
use crate::corpus::{Files, SiteConfig, UnitFiles};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::pencabutan::TabelPencabutan;
use crate::parse::Limits;
use crate::render::templates::Templates;
use crate::render::{IndexPart, Output, RenderSummary, Renderer, SiteOptions};

/// What a site is rendered with and into, settled once the site configuration is read.
pub struct Setup<O> {
    /// Site-wide settings.
    pub options: SiteOptions,
    /// The templates, with any overrides.
    pub templates: Templates,
    /// Where the files go.
    pub output: O,
    /// Everything besides the corpus that the files depend on (program, templates, options):
    /// a previous build's record is used only when its key is this one.
    pub key: Hash,
}

/// What the previous build left: its record, and what the output holds already.
pub struct Previous<'a> {
    /// The record of the site the build starts from.
    pub record: Option<&'a Record>,
    /// The hash of the bytes the output already holds at a path, when known: a file rendered
    /// to the same bytes is not handed to the output again.
    pub present: &'a (dyn Fn(&str) -> Option<Hash> + Sync),
    /// When the build started, in nanoseconds since 1970: the stamp of a file changed in the
    /// two seconds before is not trusted next time (it may change again within the same
    /// stamp), its bytes are. 0: no stamp is trusted.
    pub started: u128,
}

impl Previous<'_> {
    /// Nothing: every unit is built and every file handed to the output.
    pub fn none() -> Previous<'static> {
        Previous {
            record: None,
            present: &|_| None,
            started: 0,
        }
    }
}

/// The outcome of a build.
pub struct Built<O> {
    /// Every problem of every file, sorted (render warnings included).
    pub run: Run<()>,
    /// What was rendered.
    pub summary: RenderSummary,
    /// The setup, handed back (for the caller to commit or discard what was written).
    pub setup: Option<Setup<O>>,
    /// The record of this build: every file of the site, and the units built without problems.
    pub record: Record,
    /// Unit folders compiled and rendered.
    pub rebuilt: usize,
    /// Unit folders taken unchanged from the previous record.
    pub carried: usize,
}

impl<O> Built<O> {
    /// Whether the whole site was rendered: no error anywhere.
    pub fn complete(&self) -> bool {
        self.setup.is_some() && !self.run.has_errors()
    }
}

/// An output that hashes every file, remembers it, and hands it on only when the output does
/// not hold the same bytes already.
pub struct Recorder<'a, O> {
    output: &'a O,
    present: &'a (dyn Fn(&str) -> Option<Hash> + Sync),
    files: Mutex<Vec<(String, Hash)>>,
}

impl<'a, O: Output> Recorder<'a, O> {
    /// A recorder in front of `output`.
    pub fn new(output: &'a O, present: &'a (dyn Fn(&str) -> Option<Hash> + Sync)) -> Self {
        Recorder {
            output,
            present,
            files: Mutex::new(Vec::new()),
        }
    }

    /// Every file seen, with its hash.
    pub fn finish(self) -> Vec<(String, Hash)> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl<O: Output> Output for Recorder<'_, O> {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let hash = record::hash(bytes);
        if (self.present)(path) != Some(hash) {
            self.output.write(path, bytes)?;
        }
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_string(), hash));
        Ok(())
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
    build_from(files, limits, progress, Previous::none(), setup)
}

/// What one unit folder gave.
#[derive(Default)]
struct UnitOutcome {
    folder: String,
    problems: Vec<Diagnostic>,
    bytes_read: u64,
    part: Option<Result<Arc<IndexPart>, Diagnostic>>,
    summary: RenderSummary,
    files: Vec<(String, Hash)>,
    record: Option<UnitRecord>,
    standar: usize,
    carried: bool,
}

/// [`build`], starting from what a previous build left.
pub fn build_from<F: Files, O: Output>(
    files: &F,
    limits: &Limits,
    progress: &dyn super::Progress,
    previous: Previous<'_>,
    setup: impl FnOnce(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> Option<Setup<O>>,
) -> Built<O> {
    let Settled {
        units,
        situs,
        mut diagnostics,
        files: file_count,
        mut bytes,
    } = settle(files, limits, progress);
    let setup = setup(situs.as_ref(), &mut diagnostics);
    let failed = AtomicBool::new(has_error(&diagnostics));
    let prior = setup
        .as_ref()
        .and_then(|s| previous.record.filter(|r| r.usable(s.key)));
    let pencabutan = SiteConfig::pencabutan(situs.as_ref());
    let context = UnitContext {
        limits,
        pencabutan: &pencabutan,
        setup: setup.as_ref(),
        prior,
        present: previous.present,
        failed: &failed,
        started: previous.started,
    };
    let outcomes = crate::parallel::map(units, |unit| {
        let count = 1 + unit.standards.len() as u64;
        let outcome = context.unit(files, unit);
        progress.done(count);
        outcome
    });
    let mut built = Built {
        run: Run {
            diagnostics: Vec::new(),
            files: file_count,
            bytes: 0,
            standards: 0,
            results: Vec::new(),
        },
        summary: RenderSummary::default(),
        setup: None,
        record: Record {
            format: record::RECORD_FORMAT,
            kunci: setup.as_ref().map_or(0, |s| s.key),
            ..Record::default()
        },
        rebuilt: 0,
        carried: 0,
    };
    // The units' index parts, and the folder of the recorded ones: each part goes into the
    // record once the index is rendered (moved, not copied: at 100,000 standards they are
    // over 100 MB).
    let (mut entries, mut owners) = (Vec::new(), Vec::new());
    // Every file, gathered first and sorted once: far cheaper than inserting half a million
    // paths one by one.
    let mut all_files = Vec::new();
    for mut outcome in outcomes {
        diagnostics.extend(std::mem::take(&mut outcome.problems));
        bytes += outcome.bytes_read;
        if let Some(Ok(_)) = outcome.part
            && let Some(Ok(part)) = outcome.part.take()
        {
            entries.push(part);
            owners.push(outcome.record.is_some().then(|| outcome.folder.clone()));
        }
        built.absorb(outcome, &mut all_files, &mut diagnostics);
    }
    if let Some(setup) = setup.as_ref().filter(|_| !has_error(&diagnostics)) {
        let recorder = Recorder::new(&setup.output, previous.present);
        let renderer = Renderer::new(&setup.templates, &setup.options);
        match renderer
            .assets(&recorder)
            .and_then(|a| renderer.index(&entries, &recorder).map(|i| (a, i)))
        {
            Ok((assets, index)) => {
                built.summary.absorb(assets);
                built.summary.absorb(index);
            }
            Err(problem) => diagnostics.push(problem),
        }
        all_files.extend(recorder.finish());
    }
    for (part, owner) in entries.into_iter().zip(owners) {
        if let Some(unit) = owner.and_then(|folder| built.record.unit.get_mut(&folder)) {
            unit.bagian = Some(part);
        }
    }
    all_files.sort_unstable();
    built.record.berkas = Arc::new(all_files.into_iter().collect());
    diagnostics.extend(std::mem::take(&mut built.summary.warnings));
    crate::diagnostic::sort_and_dedup(&mut diagnostics);
    built.run.diagnostics = diagnostics;
    built.run.bytes = bytes;
    built.setup = setup;
    built
}

impl<O> Built<O> {
    /// Counts one unit's outcome in (its index part taken already): files, record, summary.
    fn absorb(
        &mut self,
        outcome: UnitOutcome,
        files: &mut Vec<(String, Hash)>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        if let Some(Err(problem)) = outcome.part {
            diagnostics.push(problem);
        }
        self.run.standards += outcome.standar;
        if outcome.carried {
            self.carried += 1;
        } else {
            self.rebuilt += 1;
        }
        self.summary.absorb(outcome.summary);
        files.extend(outcome.files);
        if let Some(unit) = outcome.record {
            self.record.unit.insert(outcome.folder, unit);
        }
    }
}

/// What every unit's task shares.
struct UnitContext<'a, O> {
    limits: &'a Limits,
    pencabutan: &'a TabelPencabutan,
    setup: Option<&'a Setup<O>>,
    prior: Option<&'a Record>,
    present: &'a (dyn Fn(&str) -> Option<Hash> + Sync),
    failed: &'a AtomicBool,
    started: u128,
}

impl<O: Output> UnitContext<'_, O> {
    /// Carries a unit over from the previous record, or compiles and renders it.
    fn unit<F: Files>(&self, files: &F, unit: UnitFiles<F::Handle>) -> UnitOutcome {
        self.carry(files, &unit)
            .unwrap_or_else(|| self.compile(files, unit))
    }

    /// The unit as the previous build left it, when none of its files changed.
    fn carry<F: Files>(&self, files: &F, unit: &UnitFiles<F::Handle>) -> Option<UnitOutcome> {
        let prior = self.prior?;
        let before = prior.unit.get(&unit.folder)?;
        let options = &self.setup?.options;
        let history = record::history_hash(
            &options.riwayat,
            &unit.folder,
            unit.standards.iter().map(|(id, _)| id.slug.as_str()),
        );
        if !before.right_on(options.hari_ini) || before.riwayat != history {
            return None;
        }
        let outputs: Vec<(String, Hash)> = before
            .keluaran
            .iter()
            .map(|path| prior.berkas.get(path).map(|hash| (path.clone(), *hash)))
            .collect::<Option<_>>()?;
        let masukan = record::unchanged(files, unit, before, self.limits)?;
        let summary = RenderSummary {
            papan: before.papan.clone(),
            ..RenderSummary::default()
        };
        Some(UnitOutcome {
            folder: unit.folder.clone(),
            part: before.bagian.clone().map(Ok),
            summary,
            files: outputs,
            record: Some(UnitRecord {
                masukan,
                keluaran: before.keluaran.clone(),
                bagian: None,
                papan: before.papan.clone(),
                standar: before.standar,
                sejak: before.sejak,
                hingga: before.hingga,
                riwayat: before.riwayat,
            }),
            standar: before.standar,
            carried: true,
            ..UnitOutcome::default()
        })
    }

    /// Reads, checks and renders a unit, recording its files.
    fn compile<F: Files>(&self, files: &F, unit: UnitFiles<F::Handle>) -> UnitOutcome {
        let folder = unit.folder.clone();
        let mut masukan = Vec::new();
        let (compiled, bytes_read, mut problems) =
            compile_unit_seeing(files, unit, self.limits, self.pencabutan, |entry, bytes| {
                let mut input = InputRecord::new(&entry.relative, files.stamp(entry), bytes);
                // A file changed in the second before the build may change again within the
                // same time stamp: its stamp is not trusted next time, its bytes are.
                if u128::from(input.waktu) + 2_000_000_000 > self.started {
                    input.waktu = 0;
                }
                masukan.push(input);
            });
        problems.extend(compiled.diagnostics.iter().cloned());
        if has_error(&problems) {
            self.failed.store(true, Ordering::Relaxed);
        }
        let mut outcome = UnitOutcome {
            folder,
            bytes_read,
            ..UnitOutcome::default()
        };
        let standar = compiled.standard_files();
        let rendered = self
            .setup
            .filter(|_| !self.failed.load(Ordering::Relaxed) && !compiled.standards.is_empty());
        let mut keluaran = Vec::new();
        let mut window = (None, None);
        let mut history = 0;
        if let Some(setup) = rendered {
            let renderer = Renderer::new(&setup.templates, &setup.options);
            let recorder = Recorder::new(&setup.output, self.present);
            let standards: Vec<_> = compiled.standards.iter().collect();
            window = crate::render::masa::jendela(&standards, &setup.options);
            history = record::history_hash(
                &setup.options.riwayat,
                &outcome.folder,
                standards.iter().map(|s| s.id.slug.as_str()),
            );
            let result = renderer.unit(&compiled.unit, &standards, &recorder);
            let files = recorder.finish();
            keluaran = files.iter().map(|(path, _)| path.clone()).collect();
            keluaran.sort();
            outcome.files = files;
            match result {
                Ok((part, summary)) => {
                    outcome.part = Some(Ok(Arc::new(part)));
                    outcome.summary = summary;
                }
                Err(problem) => outcome.part = Some(Err(problem)),
            }
        }
        // Only a unit built without any problem is carried over next time: the problems of
        // the others are found and reported again.
        let clean = problems.is_empty()
            && outcome.summary.warnings.is_empty()
            && !matches!(outcome.part, Some(Err(_)))
            && (rendered.is_some() || standar == 0);
        if clean {
            outcome.record = Some(UnitRecord {
                masukan,
                keluaran: Arc::new(keluaran),
                bagian: None,
                papan: outcome.summary.papan.clone(),
                standar,
                sejak: window.0,
                hingga: window.1,
                riwayat: history,
            });
        }
        outcome.problems = problems;
        outcome.standar = standar;
        outcome
    }
}

fn has_error(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}
