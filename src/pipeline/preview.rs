//! The live preview's memory: the corpus compiled once, then only the unit folders whose files
//! changed compiled again, and pages rendered when they are asked for. `standar serve` serves
//! it over HTTP; the browser editor can hold one too.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use super::compile_unit;
use crate::corpus::{self, Entry, Files, SiteConfig, Stamp, UnitCompilation, UnitFiles};
use crate::diagnostic::{Diagnostic, Severity, sort_and_dedup};
use crate::model::pencabutan::TabelPencabutan;
use crate::parse::Limits;
use crate::render::templates::Templates;
use crate::render::{IndexPart, Renderer, SiteOptions};

/// Turns the site configuration into settings and templates, adding its problems; `None` when
/// the templates cannot be used.
pub type Configure<'a> =
    dyn Fn(Option<&SiteConfig>, &mut Vec<Diagnostic>) -> Option<(SiteOptions, Templates)> + 'a;

/// One unit folder, compiled, with its pages once asked for.
struct LoadedUnit<H> {
    files: UnitFiles<H>,
    stamps: Vec<Stamp>,
    compiled: UnitCompilation,
    part: Option<Arc<IndexPart>>,
    /// Pages rendered so far: a standard's when it is asked for, the unit's own on demand.
    pages: BTreeMap<String, Vec<u8>>,
    rendered: BTreeSet<String>,
    complete: bool,
}

/// The whole preview: settings, units, and the site-wide pages once asked for.
pub struct Preview<H> {
    limits: Limits,
    settings_stamp: Option<Vec<Stamp>>,
    settings: Option<(SiteOptions, Templates)>,
    /// The revoked regulations the standards are checked against.
    pencabutan: TabelPencabutan,
    /// Problems of the site configuration and templates.
    settings_problems: Vec<Diagnostic>,
    /// Problems of discovery: unreadable folders, links, names that cannot be published.
    layout_problems: Vec<Diagnostic>,
    units: BTreeMap<String, LoadedUnit<H>>,
    index: Option<BTreeMap<String, Vec<u8>>>,
}

fn stamps<F: Files>(files: &F, unit: &UnitFiles<F::Handle>) -> Vec<Stamp> {
    unit.entries().map(|e| files.stamp(e)).collect()
}

impl<H: Send + Sync + Clone> Preview<H> {
    /// An empty preview; [`Preview::refresh`] loads it.
    pub fn new(limits: Limits) -> Self {
        Preview {
            limits,
            pencabutan: TabelPencabutan::default(),
            settings_stamp: None,
            settings: None,
            settings_problems: Vec::new(),
            layout_problems: Vec::new(),
            units: BTreeMap::new(),
            index: None,
        }
    }

    /// Looks at every file again and recompiles what changed. Returns the unit folders that
    /// were rebuilt (`_situs` when the site settings changed), empty when nothing did.
    pub fn refresh<F: Files<Handle = H>>(
        &mut self,
        files: &F,
        configure: &Configure<'_>,
    ) -> Vec<String> {
        let discovered = files.discover();
        let layout = corpus::layout(discovered.entries);
        let mut problems = discovered.problems;
        problems.extend(layout.problems);
        let mut changed = Vec::new();

        // The site configuration (and the templates it names) affects every page.
        let settings_stamp: Vec<Stamp> = layout.site.iter().map(|e| files.stamp(e)).collect();
        if self.settings_stamp.as_ref() != Some(&settings_stamp) || self.settings.is_none() {
            self.settings_stamp = Some(settings_stamp);
            let mut settings_problems = Vec::new();
            let config =
                layout
                    .site
                    .and_then(|entry| match super::read(files, entry, &self.limits) {
                        Ok(input) => {
                            let (config, found) = corpus::compile_site(input, &self.limits);
                            settings_problems.extend(found);
                            config
                        }
                        Err(problem) => {
                            settings_problems.push(problem);
                            None
                        }
                    });
            self.pencabutan = SiteConfig::pencabutan(config.as_ref());
            self.settings = configure(config.as_ref(), &mut settings_problems);
            self.settings_problems = settings_problems;
            // Every unit's pages and index part depend on the settings.
            self.units.clear();
            changed.push("_situs".to_string());
        }
        self.layout_problems = problems;

        let folders: BTreeSet<String> = layout.units.iter().map(|u| u.folder.clone()).collect();
        let stale: Vec<UnitFiles<H>> = layout
            .units
            .into_iter()
            .filter(|unit| {
                self.units
                    .get(&unit.folder)
                    .is_none_or(|loaded| loaded.stamps != stamps(files, unit))
            })
            .collect();
        let present: Vec<String> = self.units.keys().cloned().collect();
        for folder in present {
            if !folders.contains(&folder) {
                self.units.remove(&folder);
                changed.push(folder);
            }
        }
        for (folder, loaded) in self.load(files, stale) {
            self.units.insert(folder.clone(), loaded);
            changed.push(folder);
        }
        if !changed.is_empty() {
            self.index = None;
        }
        changed
    }

    /// Recompiles only the units that own `paths`, when every path is a file of a known unit
    /// (`owns` tells whether an entry is that path). Returns `None` when a full
    /// [`Preview::refresh`] is needed: a file added, removed or renamed, or the settings.
    pub fn refresh_modified<F: Files<Handle = H>, P>(
        &mut self,
        files: &F,
        paths: &[P],
        owns: impl Fn(&Entry<H>, &P) -> bool,
    ) -> Option<Vec<String>> {
        let mut folders = BTreeSet::new();
        for path in paths {
            let (folder, _) = self
                .units
                .iter()
                .find(|(_, unit)| unit.files.entries().any(|e| owns(e, path)))?;
            folders.insert(folder.clone());
        }
        let stale: Vec<UnitFiles<H>> = folders
            .iter()
            .filter_map(|folder| self.units.get(folder).map(|u| u.files.clone()))
            .collect();
        let mut changed = Vec::new();
        for (folder, loaded) in self.load(files, stale) {
            let same = self
                .units
                .get(&folder)
                .is_some_and(|old| old.stamps == loaded.stamps);
            if !same {
                self.units.insert(folder.clone(), loaded);
                changed.push(folder);
            }
        }
        if !changed.is_empty() {
            self.index = None;
        }
        Some(changed)
    }

    /// Compiles unit folders (in parallel) and computes their index parts.
    fn load<F: Files<Handle = H>>(
        &self,
        files: &F,
        units: Vec<UnitFiles<H>>,
    ) -> Vec<(String, LoadedUnit<H>)> {
        let settings = self.settings.as_ref();
        let limits = &self.limits;
        let pencabutan = &self.pencabutan;
        crate::parallel::map(units, |unit| {
            let stamps = stamps(files, &unit);
            let folder = unit.folder.clone();
            let (mut compiled, _, read_problems) =
                compile_unit(files, unit.clone(), limits, pencabutan);
            compiled.diagnostics.extend(read_problems);
            let part = settings.and_then(|(options, templates)| {
                let standards: Vec<_> = compiled.standards.iter().collect();
                if standards.is_empty() {
                    return None;
                }
                Renderer::new(templates, options)
                    .unit_index(&compiled.unit, &standards)
                    .map_err(|problem| compiled.diagnostics.push(problem))
                    .ok()
                    .map(Arc::new)
            });
            let loaded = LoadedUnit {
                files: unit,
                stamps,
                compiled,
                part,
                pages: BTreeMap::new(),
                rendered: BTreeSet::new(),
                complete: false,
            };
            (folder, loaded)
        })
    }

    /// Every file of every loaded unit.
    pub fn entries(&self) -> impl Iterator<Item = &Entry<H>> {
        self.units.values().flat_map(|unit| unit.files.entries())
    }

    /// Every error, sorted; the preview shows these instead of the site.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let mut errors: Vec<Diagnostic> = self
            .settings_problems
            .iter()
            .chain(&self.layout_problems)
            .chain(self.units.values().flat_map(|u| &u.compiled.diagnostics))
            .filter(|d| d.severity() == Severity::Error)
            .cloned()
            .collect();
        sort_and_dedup(&mut errors);
        errors
    }

    /// Standards loaded without errors.
    pub fn standards(&self) -> usize {
        self.units
            .values()
            .map(|u| u.compiled.standard_files())
            .sum()
    }

    /// The bytes of a site path, rendering the unit or index it belongs to on first use.
    pub fn page(&mut self, path: &str) -> Option<Vec<u8>> {
        let (options, templates) = self.settings.as_ref()?;
        let renderer = Renderer::new(templates, options);
        let folder = self
            .units
            .keys()
            .filter(|folder| path.starts_with(&format!("{folder}/")))
            .max_by_key(|folder| folder.len())
            .cloned();
        if let Some(folder) = folder
            && let Some(unit) = self.units.get_mut(&folder)
        {
            // `<unit>/<slug>/…` needs only that standard; anything else in the folder, the unit.
            // A folder with versions of a standard is rendered whole: which file is at an
            // address, and which under `versi/`, depends on the day.
            let rest = &path[folder.len() + 1..];
            let versions = unit
                .compiled
                .standards
                .iter()
                .any(|s| s.standar.versi_dari.is_some());
            let slug = rest
                .split_once('/')
                .map(|(slug, _)| slug)
                .filter(|_| !versions)
                .filter(|slug| unit.compiled.standards.iter().any(|s| s.id.slug == *slug));
            let standards: Vec<_> = unit.compiled.standards.iter().collect();
            let pages = Mutex::new(std::mem::take(&mut unit.pages));
            let sink = |name: &str, bytes: &[u8]| {
                lock(&pages).insert(name.to_string(), bytes.to_vec());
                Ok(())
            };
            let rendered = match slug {
                _ if unit.complete || standards.is_empty() => Ok(()),
                Some(slug) if unit.rendered.contains(slug) => Ok(()),
                Some(slug) => renderer
                    .one_standard(&unit.compiled.unit, &standards, slug, &sink)
                    .map(|_| {
                        unit.rendered.insert(slug.to_string());
                    }),
                None => renderer
                    .unit(&unit.compiled.unit, &standards, &sink)
                    .map(|_| {
                        unit.complete = true;
                    }),
            };
            unit.pages = pages.into_inner().unwrap_or_else(|e| e.into_inner());
            rendered.ok()?;
            if let Some(bytes) = unit.pages.get(path) {
                return Some(bytes.clone());
            }
        }
        if self.index.is_none() {
            let parts: Vec<Arc<IndexPart>> =
                self.units.values().filter_map(|u| u.part.clone()).collect();
            let pages = Mutex::new(BTreeMap::new());
            let sink = |name: &str, bytes: &[u8]| {
                lock(&pages).insert(name.to_string(), bytes.to_vec());
                Ok(())
            };
            renderer.assets(&sink).ok()?;
            renderer.index(&parts, &sink).ok()?;
            self.index = Some(pages.into_inner().unwrap_or_else(|e| e.into_inner()));
        }
        self.index.as_ref().and_then(|p| p.get(path)).cloned()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
