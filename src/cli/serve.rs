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

use standar::corpus::SiteConfig;
use standar::diagnostic::Diagnostic;
use standar::diagnostic::render::{Format, render};
use standar::parse::Limits;
use standar::pipeline::preview::Preview;
use standar::render::SiteOptions;
use standar::render::escape::markup;
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
        markup(&report)
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

fn handle(request: tiny_http::Request, live: &Mutex<Live>, version: &Version) {
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
    let mut live = lock(live);
    let errors = live.preview.errors();
    if !errors.is_empty() && (path.ends_with(".html") || !path.contains('.')) {
        let page = error_page(&errors);
        drop(live);
        return respond(request, 200, "text/html; charset=utf-8", page.into_bytes());
    }
    let page = live.preview.page(&path);
    drop(live);
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
                markup(&path)
            )
            .into_bytes(),
        ),
    }
}

/// Runs the preview until Ctrl-C.
pub fn run(args: ServeArgs) -> Exit {
    let quiet = args.verbosity == Verbosity::Quiet;
    let started = Instant::now();
    let mut preview = Live::new(args.paths.clone());
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
    // With `--port 0` the system picks a free port: say which.
    let address = server
        .server_addr()
        .to_ip()
        .map_or(address, |a| a.to_string());
    let errors = preview.preview.errors().len();
    if !quiet {
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
                let errors = preview.preview.errors().len();
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
