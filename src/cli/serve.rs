//! `standar serve`: a live preview on 127.0.0.1. The corpus is compiled once and kept in
//! memory; a saved change recompiles only the unit folders whose files changed, and pages
//! are rendered when the browser asks for them, so an edited standard's page is ready in
//! milliseconds even with tens of thousands of standards loaded. Open pages reload by
//! themselves; while a file has an error, every page shows the diagnostics instead. Nothing
//! is written to disk.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::Serialize;

use standar::corpus::SiteConfig;
use standar::diagnostic::Diagnostic;
use standar::diagnostic::render::{Format, render};
use standar::parse::Limits;
use standar::pipeline::preview::Preview;
use standar::render::SiteOptions;
use standar::render::fixed;
use standar::render::templates::Templates;

use super::Exit;
use super::build::{BuildArgs, load_templates, site_options};
use super::discover::DiskFiles;
use super::pipeline::Verbosity;

/// Options of `standar serve`.
pub struct ServeArgs {
    pub paths: Vec<PathBuf>,
    pub port: u16,
    pub verbosity: Verbosity,
}

/// How long a browser's wait for a change is held open before it asks again.
const LONG_POLL: Duration = Duration::from_secs(20);

/// The preview of the corpus on disk: the library's incremental cache, the files it reads,
/// and which found file each watched path is.
struct Live {
    paths: Vec<PathBuf>,
    files: DiskFiles,
    preview: Preview<PathBuf>,
    /// Found files by their canonical path, for the paths the watcher reports.
    owners: HashMap<PathBuf, PathBuf>,
}

impl Live {
    fn new(paths: Vec<PathBuf>) -> Self {
        Live {
            files: DiskFiles::new(&paths),
            paths,
            preview: Preview::new(Limits::default()),
            owners: HashMap::new(),
        }
    }

    /// Looks at every file again and recompiles what changed.
    fn refresh(&mut self) -> Vec<String> {
        let paths = self.paths.clone();
        let configure = move |situs: Option<&SiteConfig>, problems: &mut Vec<Diagnostic>| {
            configure(&paths, situs, problems)
        };
        let changed = self.preview.refresh(&self.files, &configure);
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

/// The site settings and templates of the preview, as `standar build` would have them.
fn configure(
    paths: &[PathBuf],
    situs: Option<&SiteConfig>,
    problems: &mut Vec<Diagnostic>,
) -> Option<(SiteOptions, Templates)> {
    let args = BuildArgs {
        paths: paths.to_vec(),
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
    let options = site_options(&args, situs).unwrap_or_else(|problem| {
        problems.push(problem);
        SiteOptions::default()
    });
    let templates = load_templates(&args, situs)
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

/// The policy every response carries, pages, errors and SVG included: the site's own, with
/// the preview's reload requests; an SVG opened on its own may style itself but run nothing.
fn policy(kind: &str) -> &'static str {
    if kind.starts_with("image/svg") {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
    } else {
        "default-src 'none'; connect-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }
}

fn respond(request: tiny_http::Request, status: u16, kind: &str, body: Vec<u8>) {
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    for (name, value) in [
        ("Content-Type", kind),
        ("Cache-Control", "no-store"),
        ("Content-Security-Policy", policy(kind)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // The browser may have gone away; nothing to do about it.
    let _ = request.respond(response);
}

/// Whether the request names this machine: a page elsewhere that points its own name at
/// 127.0.0.1 (DNS rebinding) sends its own name and is refused.
fn local_host(request: &tiny_http::Request) -> bool {
    let Some(host) = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_ascii_lowercase())
    else {
        // HTTP/1.0 without Host: only a local client would send that.
        return true;
    };
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default().to_string(),
        None => host.split(':').next().unwrap_or_default().to_string(),
    };
    matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1")
}

fn handle(request: tiny_http::Request, live: &Mutex<Live>, version: &Version) {
    if !local_host(&request) {
        return respond(
            request,
            421,
            "text/plain; charset=utf-8",
            b"pratinjau hanya melayani localhost\n".to_vec(),
        );
    }
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
                fixed::RELOAD_SCRIPT.as_bytes().to_vec(),
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
    let mut live = lock(live);
    let errors = live.preview.errors();
    if !errors.is_empty() && (path.ends_with(".html") || !path.contains('.')) {
        drop(live);
        let (kind, body) = html_or_report(error_page(&errors));
        return respond(request, 200, kind, body);
    }
    let page = live.preview.page(&path);
    drop(live);
    match page {
        Some(bytes) if path.ends_with(".html") => {
            respond(request, 200, content_type(&path), with_reload(&bytes));
        }
        Some(bytes) => respond(request, 200, content_type(&path), bytes),
        None => {
            let (kind, body) = html_or_report(not_found_page(&path));
            respond(request, 404, kind, body);
        }
    }
}

/// Runs the preview until Ctrl-C.
pub fn run(args: ServeArgs) -> Exit {
    let quiet = args.verbosity == Verbosity::Quiet;
    let started = Instant::now();
    let mut preview = Live::new(args.paths.clone());
    preview.refresh();
    let (server, address) = match open(args.port) {
        Ok(opened) => opened,
        Err(exit) => return exit,
    };
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
    let stopping = stop_on_ctrl_c(&server);
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

/// Opens the server on 127.0.0.1; returns it with the address it listens on (with `--port 0`
/// the system picks a free port, and this says which).
fn open(port: u16) -> Result<(Arc<tiny_http::Server>, String), Exit> {
    let address = format!("127.0.0.1:{port}");
    let server = tiny_http::Server::http(&address).map_err(|error| {
        eprintln!(
            "standar: tidak dapat membuka {address}: {error} (pilih porta lain dengan `--port`, misalnya `--port 8081`)"
        );
        Exit::Usage
    })?;
    let address = server
        .server_addr()
        .to_ip()
        .map_or(address, |a| a.to_string());
    Ok((Arc::new(server), address))
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
fn stop_on_ctrl_c(server: &Arc<tiny_http::Server>) -> Arc<AtomicBool> {
    let stopping = Arc::new(AtomicBool::new(false));
    let server = Arc::clone(server);
    let flag = Arc::clone(&stopping);
    // Without a handler Ctrl-C still ends the process, only without the farewell line.
    let _ = ctrlc::set_handler(move || {
        flag.store(true, Ordering::SeqCst);
        server.unblock();
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
    fn the_missing_page_escapes_the_address() {
        let page = not_found_page("<img src=x onerror=alert(1)>").expect("renders");
        assert!(page.contains("<code>/&lt;img src=x onerror=alert(1)&gt;</code>"));
    }
}
