//! `standar serve`: a live preview on 127.0.0.1 (see [`super::http`] for the server). The corpus is compiled once and kept in
//! memory; a saved change recompiles only the unit folders whose files changed, and pages
//! are rendered when the browser asks for them, so an edited standard's page is ready in
//! milliseconds even with tens of thousands of standards loaded. Open pages reload by
//! themselves; while a file has an error, every page shows the diagnostics instead. Nothing
//! is written to disk.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::Serialize;

use standar::corpus::SiteConfig;
use standar::diagnostic::Diagnostic;
use standar::diagnostic::render::{Format, render};
use standar::parse::Limits;
use standar::pipeline::preview::Preview;
use standar::pipeline::situs::{settings_templates, site_options};
use standar::render::fixed;
use standar::render::templates::Templates;
use standar::render::{Overrides, SiteOptions};

use super::Exit;
use super::discover::DiskFiles;
use super::http::{self, Request, Response, Server, Stopper};
use super::pipeline::Verbosity;

/// Options of `standar serve`.
pub struct ServeArgs {
    pub paths: Vec<PathBuf>,
    pub port: u16,
    /// The address to listen on; anything but loopback needs `allow_network`.
    pub bind: IpAddr,
    pub allow_network: bool,
    pub verbosity: Verbosity,
}

/// How long a browser's wait for a change is held open before it asks again.
const LONG_POLL: Duration = Duration::from_secs(20);

/// The preview of the corpus on disk: the library's incremental cache, the files it reads,
/// and which found file each watched path is.
struct Live {
    files: DiskFiles,
    preview: Preview<PathBuf>,
    /// Found files by their canonical path, for the paths the watcher reports.
    owners: HashMap<PathBuf, PathBuf>,
}

impl Live {
    fn new(paths: &[PathBuf]) -> Self {
        Live {
            files: DiskFiles::new(paths),
            preview: Preview::new(Limits::default()),
            owners: HashMap::new(),
        }
    }

    /// Looks at every file again and recompiles what changed.
    fn refresh(&mut self) -> Vec<String> {
        let files = &self.files;
        let changed = self
            .preview
            .refresh(files, &|situs, problems| configure(files, situs, problems));
        self.owners = self
            .preview
            .entries()
            .filter_map(|e| Some((e.payload.canonicalize().ok()?, e.payload.clone())))
            .collect();
        changed
    }

    /// Recompiles only the units of files modified in place; `None` when a full refresh is
    /// needed.
    fn refresh_modified(&mut self, changed: &[PathBuf]) -> Option<Vec<String>> {
        let found: Vec<PathBuf> = changed
            .iter()
            .map(|path| self.owners.get(&path.canonicalize().ok()?).cloned())
            .collect::<Option<_>>()?;
        self.preview
            .refresh_modified(&self.files, &found, |entry, path| entry.payload == *path)
    }
}

/// The site settings and templates of the preview, as `standar build` would have them
/// without options on its command line.
fn configure(
    files: &DiskFiles,
    situs: Option<&SiteConfig>,
    problems: &mut Vec<Diagnostic>,
) -> Option<(SiteOptions, Templates)> {
    let overrides = Overrides {
        hari_ini: Some(super::setelan::hari_ini(None)),
        ..Overrides::default()
    };
    let options = site_options(files, &overrides, situs).unwrap_or_else(|problem| {
        problems.push(problem);
        SiteOptions::default()
    });
    let templates = settings_templates(files, situs)
        .and_then(|o| Templates::new(&o))
        .map_err(|found| problems.extend(found))
        .ok()?;
    Some((options, templates))
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

/// The page shown instead of the site while a file has errors.
fn error_page(errors: &[Diagnostic]) -> Result<String, Diagnostic> {
    #[derive(Serialize)]
    struct ErrorPage {
        jumlah: usize,
        laporan: String,
    }
    let laporan = render(
        errors,
        Format::Human {
            color: false,
            width: 100,
        },
    );
    fixed::render(
        "pratinjau-galat.html",
        &ErrorPage {
            jumlah: errors.len(),
            laporan,
        },
    )
}

/// The page for an address the site does not have.
fn not_found_page(path: &str) -> Result<String, Diagnostic> {
    #[derive(Serialize)]
    struct NotFound<'a> {
        alamat: &'a str,
    }
    fixed::render("pratinjau-tidak-ada.html", &NotFound { alamat: path })
}

/// A page, or the report of why it could not be made.
fn html_or_report(page: Result<String, Diagnostic>) -> (&'static str, Vec<u8>) {
    match page {
        Ok(html) => ("text/html; charset=utf-8", html.into_bytes()),
        Err(problem) => (
            "text/plain; charset=utf-8",
            render(&[problem], Format::Short).into_bytes(),
        ),
    }
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

/// How many browser tabs may wait for a change at once: half the workers, so that pages
/// are still served while they wait. A tab beyond that is told to ask again later.
const LONG_POLLS: usize = http::WORKERS / 2;

/// The waits for a change currently held open.
#[derive(Default)]
struct Waits(AtomicUsize);

impl Waits {
    /// Holds one wait open while `wait` runs, or returns `None` when all are taken.
    fn hold<T>(&self, wait: impl FnOnce() -> T) -> Option<T> {
        let taken = self
            .0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < LONG_POLLS).then_some(n + 1)
            })
            .is_ok();
        if !taken {
            return None;
        }
        let result = wait();
        self.0.fetch_sub(1, Ordering::SeqCst);
        Some(result)
    }
}

fn handle(request: &Request, live: &Mutex<Live>, version: &Version, waits: &Waits) -> Response {
    let mut path = request.path().trim_start_matches('/').to_string();
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    if path.split('/').any(|segment| segment == "..") {
        return Response::text(400, "alamat tidak sah\n");
    }
    match path.as_str() {
        "_standar/muat-ulang.js" => {
            return Response::new(
                200,
                content_type(&path),
                fixed::RELOAD_SCRIPT.as_bytes().to_vec(),
            );
        }
        "_standar/pratinjau.css" => {
            return Response::new(
                200,
                content_type(&path),
                fixed::PREVIEW_STYLE.as_bytes().to_vec(),
            );
        }
        "_standar/versi" => {
            let seen = request
                .query()
                .split('&')
                .find_map(|pair| pair.strip_prefix("sejak="))
                .and_then(|n| n.parse().ok());
            let now = match seen {
                Some(seen) => match waits.hold(|| version.wait_past(seen)) {
                    Some(now) => now,
                    None => return Response::text(503, "terlalu banyak tab menunggu\n"),
                },
                None => version.current(),
            };
            return Response::text(200, &now.to_string());
        }
        _ => {}
    }
    if let Some(bytes) = super::editor::file(&path) {
        return Response::new(200, content_type(&path), bytes.to_vec()).with_wasm();
    }
    let mut live = lock(live);
    let errors = live.preview.errors();
    if !errors.is_empty() && (path.ends_with(".html") || !path.contains('.')) {
        drop(live);
        let (kind, body) = html_or_report(error_page(&errors));
        return Response::new(200, kind, body);
    }
    let page = live.preview.page(&path);
    drop(live);
    match page {
        Some(bytes) if path.ends_with(".html") => {
            Response::new(200, content_type(&path), with_reload(&bytes))
        }
        Some(bytes) => Response::new(200, content_type(&path), bytes),
        None => {
            let (kind, body) = html_or_report(not_found_page(&path));
            Response::new(404, kind, body)
        }
    }
}

/// Runs the preview until Ctrl-C.
pub fn run(args: ServeArgs) -> Exit {
    let quiet = args.verbosity == Verbosity::Quiet;
    let started = Instant::now();
    let mut preview = Live::new(&args.paths);
    preview.refresh();
    let server = match open(&args) {
        Ok(server) => server,
        Err(exit) => return exit,
    };
    let address = server.address();
    if !quiet {
        let errors = preview.preview.errors().len();
        eprintln!(
            "standar: {} standar dimuat dalam {:.2} s{}; pratinjau di http://{address}/ (Ctrl-C untuk berhenti)",
            preview.preview.standards(),
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
    let (sender, events) = mpsc::channel();
    let watcher = match watch(&args.paths, sender) {
        Ok(watcher) => watcher,
        Err(exit) => return exit,
    };
    {
        let preview = Arc::clone(&preview);
        let version = Arc::clone(&version);
        std::thread::spawn(move || rebuild_on_change(&events, &preview, &version, quiet));
    }
    let stopping = stop_on_ctrl_c(server.stopper());
    let waits = Waits::default();
    server.serve(move |request| handle(request, &preview, &version, &waits));
    drop(watcher);
    if !quiet && stopping.load(Ordering::SeqCst) {
        eprintln!("standar: pratinjau dihentikan");
    }
    Exit::Clean
}

/// Opens the server on the loopback address, or on another one only when the user said the
/// network may reach it (with a warning: the preview has no password).
fn open(args: &ServeArgs) -> Result<Server, Exit> {
    if !args.bind.is_loopback() {
        if !args.allow_network {
            eprintln!(
                "standar: `--bind {}` membuka pratinjau untuk jaringan; tambahkan `--allow-network` bila memang itu maksudnya",
                args.bind
            );
            return Err(Exit::Usage);
        }
        eprintln!(
            "standar: peringatan: pratinjau dapat dibuka siapa saja di jaringan yang mencapai {}, tanpa sandi; hentikan dengan Ctrl-C setelah selesai",
            args.bind
        );
    }
    let address = SocketAddr::new(args.bind, args.port);
    Server::bind(address).map_err(|error| {
        eprintln!(
            "standar: tidak dapat membuka {address}: {error} (pilih porta lain dengan `--port`, misalnya `--port 8081`)"
        );
        Exit::Usage
    })
}

/// What the watcher reports: the paths of files modified in place, or `None` when files
/// appeared, disappeared or moved and the corpus must be looked at again.
type Change = Option<Vec<PathBuf>>;

/// Watches the corpus folders and sends every change.
fn watch(
    paths: &[PathBuf],
    sender: mpsc::Sender<Change>,
) -> Result<notify::RecommendedWatcher, Exit> {
    use notify::event::ModifyKind;
    use notify::{EventKind, Watcher as _};
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let change = match event {
            Ok(event) if matches!(event.kind, EventKind::Access(_)) => return,
            Ok(event)
                if matches!(
                    event.kind,
                    EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Any)
                ) =>
            {
                Some(event.paths)
            }
            _ => None,
        };
        // The preview has stopped when nobody receives; nothing to do then.
        let _ = sender.send(change);
    })
    .map_err(|error| {
        eprintln!("standar: perubahan berkas tidak dapat dipantau: {error}");
        Exit::Usage
    })?;
    for path in paths {
        watcher
            .watch(path, notify::RecursiveMode::Recursive)
            .map_err(|error| {
                eprintln!(
                    "standar: `{}` tidak dapat dipantau: {error}",
                    path.display()
                );
                Exit::Usage
            })?;
    }
    Ok(watcher)
}

/// Recompiles on every saved change and tells the waiting browsers.
fn rebuild_on_change(
    events: &mpsc::Receiver<Change>,
    preview: &Mutex<Live>,
    version: &Version,
    quiet: bool,
) {
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
        let mut live = lock(preview);
        let changed = modified
            .and_then(|paths| live.refresh_modified(&paths))
            .unwrap_or_else(|| live.refresh());
        let errors = live.preview.errors().len();
        drop(live);
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
}

/// Stops the server on Ctrl-C; the flag says whether that is why it stopped.
fn stop_on_ctrl_c(server: Stopper) -> Arc<AtomicBool> {
    let stopping = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stopping);
    // Without a handler Ctrl-C still ends the process, only without the farewell line.
    let _ = ctrlc::set_handler(move || {
        flag.store(true, Ordering::SeqCst);
        server.stop();
    });
    stopping
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
        let page = error_page(&[problem]).expect("renders");
        assert!(page.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(!page.contains("<b>x</b>"));
    }

    #[test]
    fn the_preview_pages_keep_within_their_content_security_policy() {
        let file = standar::source::SourceFile::new("a.yaml", "x\n");
        let problem = Diagnostic::new(standar::diagnostic::Code::YamlSyntax, &file, "x");
        for page in [
            error_page(&[problem]).expect("renders"),
            not_found_page("x").expect("renders"),
        ] {
            assert!(
                !page.contains("<style") && !page.contains(" style="),
                "{page}"
            );
            assert!(page.contains(r#"<link rel="stylesheet" href="/_standar/pratinjau.css">"#));
        }
    }

    #[test]
    fn the_missing_page_escapes_the_address() {
        let page = not_found_page("<img src=x onerror=alert(1)>").expect("renders");
        assert!(page.contains("<code>/&lt;img src=x onerror=alert(1)&gt;</code>"));
    }
}
