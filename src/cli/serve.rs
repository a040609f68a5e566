//! `standar serve`: a live preview on 127.0.0.1. The corpus is compiled once and kept in
//! memory; a saved change recompiles only the unit folders whose files changed, and pages
//! are rendered when the browser asks for them, so an edited standard's page is ready in
//! milliseconds even with tens of thousands of standards loaded. Open pages reload by
//! themselves; while a file has an error, every page shows the diagnostics instead. Nothing
//! is written to disk.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use rayon::prelude::*;
use standar::corpus::{self, UnitCompilation, UnitFiles};
use standar::diagnostic::render::{Format, render};
use standar::diagnostic::{Diagnostic, Severity, sort_and_dedup};
use standar::parse::Limits;
use standar::render::templates::Templates;
use standar::render::{IndexPart, Renderer, SiteOptions};

use super::Exit;
use super::build::{BuildArgs, load_templates, site_options};
use super::discover::{discover, read};
use super::pipeline::{Verbosity, compile_unit};

/// Options of `standar serve`.
pub struct ServeArgs {
    pub paths: Vec<PathBuf>,
    pub port: u16,
    pub verbosity: Verbosity,
}

/// The script every served page loads: it waits for the next change and reloads.
const RELOAD_SCRIPT: &str = r#"(function () {
  var seen = null;
  function wait() {
    fetch("/_standar/versi" + (seen === null ? "" : "?sejak=" + seen), { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) { location.reload(); return; }
        seen = v;
        wait();
      })
      .catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
"#;

/// How long a browser's wait for a change is held open before it asks again.
const LONG_POLL: Duration = Duration::from_secs(20);

/// What identifies the contents of a unit's files without reading them.
type Fingerprint = Vec<(PathBuf, u64, Option<SystemTime>)>;

/// One unit folder, compiled, with its pages once asked for.
struct LoadedUnit {
    files: UnitFiles<PathBuf>,
    fingerprint: Fingerprint,
    compiled: UnitCompilation,
    part: Option<IndexPart>,
    /// Pages rendered so far: a standard's when it is asked for, the unit's own on demand.
    pages: BTreeMap<String, Vec<u8>>,
    rendered: std::collections::BTreeSet<String>,
    complete: bool,
}

/// The whole preview: settings, units, and the site-wide pages once asked for.
struct Preview {
    paths: Vec<PathBuf>,
    limits: Limits,
    settings_fingerprint: Fingerprint,
    templates: Option<Templates>,
    options: SiteOptions,
    /// Problems of the site configuration and templates.
    settings_problems: Vec<Diagnostic>,
    /// Problems of discovery: unreadable folders, links, names that cannot be published.
    layout_problems: Vec<Diagnostic>,
    units: BTreeMap<String, LoadedUnit>,
    /// Which unit folder each file belongs to, by canonical path.
    owners: std::collections::HashMap<PathBuf, String>,
    index: Option<BTreeMap<String, Vec<u8>>>,
}

fn fingerprint<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> Fingerprint {
    paths
        .map(|path| {
            let meta = std::fs::metadata(path).ok();
            (
                path.clone(),
                meta.as_ref().map_or(0, std::fs::Metadata::len),
                meta.and_then(|m| m.modified().ok()),
            )
        })
        .collect()
}

fn unit_fingerprint(unit: &UnitFiles<PathBuf>) -> Fingerprint {
    fingerprint(
        unit.unit_file
            .iter()
            .map(|e| &e.payload)
            .chain(unit.standards.iter().map(|(_, e)| &e.payload)),
    )
}

impl Preview {
    fn new(paths: Vec<PathBuf>) -> Self {
        Self {
            paths,
            limits: Limits::default(),
            settings_fingerprint: Vec::new(),
            templates: None,
            options: SiteOptions::default(),
            settings_problems: Vec::new(),
            layout_problems: Vec::new(),
            units: BTreeMap::new(),
            owners: std::collections::HashMap::new(),
            index: None,
        }
    }

    /// Looks at every file again and recompiles what changed. Returns the unit folders that
    /// were rebuilt (`_situs` when the site settings changed), empty when nothing did.
    fn refresh(&mut self) -> Vec<String> {
        let discovered = discover(&self.paths);
        let layout = corpus::layout(discovered.entries);
        let mut problems = discovered.problems;
        problems.extend(layout.problems);
        let mut changed = Vec::new();

        // The site configuration (and the templates it names) affects every page.
        let settings = fingerprint(layout.site.iter().map(|e| &e.payload));
        if settings != self.settings_fingerprint || self.templates.is_none() {
            self.settings_fingerprint = settings;
            let mut settings_problems = Vec::new();
            let config = layout
                .site
                .and_then(|entry| match read(entry, &self.limits) {
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
            let args = BuildArgs {
                paths: self.paths.clone(),
                out: PathBuf::from("-"),
                papan: None,
                lang: None,
                url_dasar: None,
                templates: None,
                format: None,
                deny_warnings: false,
                verbosity: Verbosity::Quiet,
                force: false,
                pdf: false,
                chromium: None,
            };
            self.options = site_options(&args, config.as_ref()).unwrap_or_else(|problem| {
                settings_problems.push(problem);
                SiteOptions::default()
            });
            self.templates =
                match load_templates(&args, config.as_ref()).and_then(|o| Templates::new(&o)) {
                    Ok(templates) => Some(templates),
                    Err(found) => {
                        settings_problems.extend(found);
                        None
                    }
                };
            self.settings_problems = settings_problems;
            // Every unit's pages and index part depend on the settings.
            self.units.clear();
            changed.push("_situs".to_string());
        }
        self.layout_problems = problems;

        let folders: std::collections::BTreeSet<String> =
            layout.units.iter().map(|u| u.folder.clone()).collect();
        let stale: Vec<UnitFiles<PathBuf>> = layout
            .units
            .into_iter()
            .filter(|unit| {
                self.units
                    .get(&unit.folder)
                    .is_none_or(|loaded| loaded.fingerprint != unit_fingerprint(unit))
            })
            .collect();
        let present: Vec<String> = self.units.keys().cloned().collect();
        for folder in present {
            if !folders.contains(&folder) {
                self.units.remove(&folder);
                changed.push(folder);
            }
        }
        let rebuilt = self.load(stale);
        for (folder, loaded) in rebuilt {
            self.units.insert(folder.clone(), loaded);
            changed.push(folder);
        }
        self.owners = self
            .units
            .iter()
            .flat_map(|(folder, unit)| {
                unit.fingerprint
                    .iter()
                    .filter_map(|(path, _, _)| path.canonicalize().ok())
                    .map(move |path| (path, folder.clone()))
            })
            .collect();
        if !changed.is_empty() {
            self.index = None;
        }
        changed
    }

    /// Compiles unit folders (in parallel) and computes their index parts.
    fn load(&self, units: Vec<UnitFiles<PathBuf>>) -> Vec<(String, LoadedUnit)> {
        let templates = self.templates.as_ref();
        let options = &self.options;
        let limits = &self.limits;
        units
            .into_par_iter()
            .map(|unit| {
                let fingerprint = unit_fingerprint(&unit);
                let folder = unit.folder.clone();
                let (mut compiled, _, read_problems) = compile_unit(unit.clone(), limits);
                compiled.diagnostics.extend(read_problems);
                let part = templates.and_then(|templates| {
                    let standards: Vec<_> = compiled.standards.iter().collect();
                    (!standards.is_empty()).then(|| {
                        Renderer::new(templates, options)
                            .unit_index(&compiled.unit, &standards)
                            .map_err(|problem| compiled.diagnostics.push(problem))
                            .ok()
                    })?
                });
                let loaded = LoadedUnit {
                    files: unit,
                    fingerprint,
                    compiled,
                    part,
                    pages: BTreeMap::new(),
                    rendered: std::collections::BTreeSet::new(),
                    complete: false,
                };
                (folder, loaded)
            })
            .collect()
    }

    /// Recompiles only the units owning `paths`, when every path is a file of a known unit
    /// that was modified in place. Returns `None` when a full [`Preview::refresh`] is needed
    /// (a file added, removed or renamed, or the site settings changed).
    fn refresh_modified(&mut self, paths: &[PathBuf]) -> Option<Vec<String>> {
        let mut folders = std::collections::BTreeSet::new();
        for path in paths {
            let canonical = path.canonicalize().ok()?;
            folders.insert(self.owners.get(&canonical)?.clone());
        }
        let stale: Vec<UnitFiles<PathBuf>> = folders
            .iter()
            .filter_map(|folder| self.units.get(folder).map(|u| u.files.clone()))
            .collect();
        let rebuilt = self.load(stale);
        let mut changed = Vec::new();
        for (folder, loaded) in rebuilt {
            let same = self
                .units
                .get(&folder)
                .is_some_and(|old| old.fingerprint == loaded.fingerprint);
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

    /// Every error, sorted; the preview shows these instead of the site.
    fn errors(&self) -> Vec<Diagnostic> {
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

    fn standards(&self) -> usize {
        self.units
            .values()
            .map(|u| u.compiled.standards.len())
            .sum()
    }

    /// The bytes of a site path, rendering the unit or index it belongs to on first use.
    fn page(&mut self, path: &str) -> Option<Vec<u8>> {
        let templates = self.templates.as_ref()?;
        let renderer = Renderer::new(templates, &self.options);
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
            let rest = &path[folder.len() + 1..];
            let slug = rest
                .split_once('/')
                .map(|(slug, _)| slug)
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
            let parts: Vec<IndexPart> =
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

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The change counter browsers wait on.
#[derive(Default)]
struct Version {
    number: Mutex<u64>,
    changed: Condvar,
}

impl Version {
    fn current(&self) -> u64 {
        *lock(&self.number)
    }

    fn bump(&self) {
        *lock(&self.number) += 1;
        self.changed.notify_all();
    }

    /// Waits until the version differs from `seen`, or the long-poll time is up.
    fn wait_past(&self, seen: u64) -> u64 {
        let guard = lock(&self.number);
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, LONG_POLL, |n| *n == seen)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page shown instead of the site while a file has errors.
fn error_page(errors: &[Diagnostic]) -> String {
    let report = render(
        errors,
        Format::Human {
            color: false,
            width: 100,
        },
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Ada galat — standar</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#111}}h1{{color:#b91c1c}}\
         pre{{background:#f8fafc;border:1px solid #cbd5e1;padding:1rem;overflow-x:auto;line-height:1.35}}</style></head>\
         <body><h1>Ada {} galat</h1><p>Situs ditampilkan lagi begitu berkasnya diperbaiki dan disimpan; halaman ini \
         diperbarui sendiri.</p><pre>{}</pre><script src=\"/_standar/muat-ulang.js\"></script></body></html>\n",
        errors.len(),
        escape_html(&report)
    )
}

/// Adds the reload script to a page and lets its Content-Security-Policy reach this server.
fn with_reload(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html)
        .replacen(
            "default-src 'none';",
            "default-src 'none'; connect-src 'self';",
            1,
        )
        .replacen(
            "</body>",
            "<script src=\"/_standar/muat-ulang.js\"></script></body>",
            1,
        );
    text.into_bytes()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(request: tiny_http::Request, status: u16, kind: &str, body: Vec<u8>) {
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    for (name, value) in [("Content-Type", kind), ("Cache-Control", "no-store")] {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // The browser may have gone away; nothing to do about it.
    let _ = request.respond(response);
}

fn handle(request: tiny_http::Request, preview: &Mutex<Preview>, version: &Version) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let mut path = path.trim_start_matches('/').to_string();
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    if path.split('/').any(|segment| segment == "..") {
        return respond(
            request,
            400,
            "text/plain; charset=utf-8",
            b"alamat tidak sah\n".to_vec(),
        );
    }
    match path.as_str() {
        "_standar/muat-ulang.js" => {
            return respond(
                request,
                200,
                content_type(&path),
                RELOAD_SCRIPT.as_bytes().to_vec(),
            );
        }
        "_standar/versi" => {
            let seen = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("sejak="))
                .and_then(|n| n.parse().ok());
            let now = match seen {
                Some(seen) => version.wait_past(seen),
                None => version.current(),
            };
            return respond(
                request,
                200,
                "text/plain; charset=utf-8",
                now.to_string().into_bytes(),
            );
        }
        _ => {}
    }
    let mut preview = lock(preview);
    let errors = preview.errors();
    if !errors.is_empty() && (path.ends_with(".html") || !path.contains('.')) {
        let page = error_page(&errors);
        drop(preview);
        return respond(request, 200, "text/html; charset=utf-8", page.into_bytes());
    }
    let page = preview.page(&path);
    drop(preview);
    match page {
        Some(bytes) if path.ends_with(".html") => {
            respond(request, 200, content_type(&path), with_reload(&bytes));
        }
        Some(bytes) => respond(request, 200, content_type(&path), bytes),
        None => respond(
            request,
            404,
            "text/html; charset=utf-8",
            format!(
                "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Tidak ada</title></head>\
                 <body><h1>Halaman tidak ada</h1><p><code>/{}</code> tidak ada di situs ini. \
                 <a href=\"/\">Kembali ke daftar standar</a>.</p>\
                 <script src=\"/_standar/muat-ulang.js\"></script></body></html>\n",
                escape_html(&path)
            )
            .into_bytes(),
        ),
    }
}

/// Runs the preview until Ctrl-C.
pub fn run(args: ServeArgs) -> Exit {
    let quiet = args.verbosity == Verbosity::Quiet;
    let started = Instant::now();
    let mut preview = Preview::new(args.paths.clone());
    preview.refresh();
    let address = format!("127.0.0.1:{}", args.port);
    let server = match tiny_http::Server::http(&address) {
        Ok(server) => Arc::new(server),
        Err(error) => {
            eprintln!(
                "standar: tidak dapat membuka {address}: {error} (pilih porta lain dengan `--port`, misalnya `--port 8081`)"
            );
            return Exit::Usage;
        }
    };
    let errors = preview.errors().len();
    if !quiet {
        eprintln!(
            "standar: {} standar dimuat dalam {:.2} s{}; pratinjau di http://{address}/ (Ctrl-C untuk berhenti)",
            preview.standards(),
            started.elapsed().as_secs_f64(),
            if errors > 0 {
                format!(", {errors} galat ditampilkan di peramban")
            } else {
                String::new()
            }
        );
    }
    let preview = Arc::new(Mutex::new(preview));
    let version = Arc::new(Version::default());

    // Watch the corpus; rebuild on every saved change.
    let (sender, events) = mpsc::channel();
    let mut watcher =
        match notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            use notify::EventKind;
            use notify::event::ModifyKind;
            match event {
                Ok(event) if matches!(event.kind, EventKind::Access(_)) => {}
                // A file written in place can be rebuilt alone; anything else rediscovers.
                Ok(event)
                    if matches!(
                        event.kind,
                        EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Any)
                    ) =>
                {
                    let _ = sender.send(Some(event.paths));
                }
                _ => {
                    let _ = sender.send(None);
                }
            }
        }) {
            Ok(watcher) => watcher,
            Err(error) => {
                eprintln!("standar: perubahan berkas tidak dapat dipantau: {error}");
                return Exit::Usage;
            }
        };
    for path in &args.paths {
        use notify::Watcher as _;
        if let Err(error) = watcher.watch(path, notify::RecursiveMode::Recursive) {
            eprintln!(
                "standar: `{}` tidak dapat dipantau: {error}",
                path.display()
            );
            return Exit::Usage;
        }
    }
    {
        let preview = Arc::clone(&preview);
        let version = Arc::clone(&version);
        std::thread::spawn(move || {
            while let Ok(first) = events.recv() {
                // An editor's save is often several events; take them as one change.
                let mut modified = first;
                while let Ok(next) = events.recv_timeout(Duration::from_millis(10)) {
                    modified = match (modified, next) {
                        (Some(mut paths), Some(more)) => {
                            paths.extend(more);
                            Some(paths)
                        }
                        _ => None,
                    };
                }
                let started = Instant::now();
                let mut preview = lock(&preview);
                let changed = modified
                    .and_then(|paths| preview.refresh_modified(&paths))
                    .unwrap_or_else(|| preview.refresh());
                let errors = preview.errors().len();
                drop(preview);
                if changed.is_empty() {
                    continue;
                }
                version.bump();
                if !quiet {
                    eprintln!(
                        "standar: diperbarui dalam {} ms: {}{}",
                        started.elapsed().as_millis(),
                        changed.join(", "),
                        if errors > 0 {
                            format!(" ({errors} galat)")
                        } else {
                            String::new()
                        }
                    );
                }
            }
        });
    }

    let stopping = Arc::new(AtomicBool::new(false));
    {
        let server = Arc::clone(&server);
        let stopping = Arc::clone(&stopping);
        let _ = ctrlc::set_handler(move || {
            stopping.store(true, Ordering::SeqCst);
            server.unblock();
        });
    }
    for request in server.incoming_requests() {
        let preview = Arc::clone(&preview);
        let version = Arc::clone(&version);
        std::thread::spawn(move || handle(request, &preview, &version));
    }
    drop(watcher);
    if !quiet && stopping.load(Ordering::SeqCst) {
        eprintln!("standar: pratinjau dihentikan");
    }
    Exit::Clean
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_pages_load_the_reload_script_and_may_reach_the_server() {
        let page = br#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"><body>x</body>"#;
        let served = String::from_utf8(with_reload(page)).expect("UTF-8");
        assert!(served.contains("default-src 'none'; connect-src 'self';"));
        assert!(served.contains("<script src=\"/_standar/muat-ulang.js\"></script></body>"));
    }

    #[test]
    fn the_error_page_escapes_what_it_shows() {
        let file = standar::source::SourceFile::new("a.yaml", "nama: <script>\n");
        let problem = Diagnostic::new(standar::diagnostic::Code::YamlSyntax, &file, "<b>x</b>");
        let page = error_page(&[problem]);
        assert!(page.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(!page.contains("<b>x</b>"));
    }
}
