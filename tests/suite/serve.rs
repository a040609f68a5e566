//! `standar serve`: the preview answers on 127.0.0.1, pages carry the reload script, a saved
//! change reaches the browser's wait, a broken file shows its diagnostics instead of the site
//! until fixed, nothing is written into the corpus, and Ctrl-C stops it cleanly.

#![cfg(unix)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::copy_shipped;

/// Starts `standar serve` on a port the system picks (`--port 0`) and returns it with the
/// port it printed; the rest of its log is collected in the background.
fn start(dir: &Path) -> (Serve, u16, std::sync::Arc<std::sync::Mutex<String>>) {
    start_with(dir, &[])
}

/// [`start`], with more arguments.
fn start_with(dir: &Path, more: &[&str]) -> (Serve, u16, std::sync::Arc<std::sync::Mutex<String>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["serve", "standards", "--port", "0"])
        .args(more)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let stderr = child.stderr.take().expect("stderr");
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let (port_sender, port) = std::sync::mpsc::channel();
    {
        let log = std::sync::Arc::clone(&log);
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                let address = line
                    .split("http://")
                    .nth(1)
                    .and_then(|a| a.rsplit_once(':'));
                if let Some((_, rest)) = address {
                    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    let _ = port_sender.send(digits.parse::<u16>().ok());
                }
                let mut log = log.lock().expect("log");
                log.push_str(&line);
                log.push('\n');
            }
        });
    }
    let port = port
        .recv_timeout(Duration::from_secs(30))
        .ok()
        .flatten()
        .expect("serve prints its address");
    (Serve(child), port, log)
}

/// GET over HTTP/1.0; returns (status, body).
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1.to_string();
    Some((status, body))
}

/// The response head of a GET, in lower case.
fn head(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").expect("writes");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).to_lowercase();
    text.split_once("\r\n\r\n")
        .map_or(text.clone(), |(h, _)| h.to_string())
}

struct Serve(Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Names of other hosts are refused; every response carries a policy and no sniffing.
fn answers_are_guarded(port: u16, page: &str) {
    // A page elsewhere whose name points at this machine (DNS rebinding) is refused.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    write!(
        stream,
        "GET {page} HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"
    )
    .expect("writes");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 421"), "{answer}");
    assert!(!answer.contains("<html"), "nothing of the site is sent");
    let local = head(port, page);
    assert!(
        local.starts_with("http/1.1 200") || local.starts_with("http/1.0 200"),
        "{local}"
    );
    // Every response, error pages and SVG included, carries a policy and no sniffing.
    for path in [
        page,
        "/tidak/ada.html",
        "/gianyar-setda/konsultasi-pelayanan-publik/alur.svg",
    ] {
        let head = head(port, path);
        assert!(
            head.contains("content-security-policy: default-src 'none'"),
            "{path}: {head}"
        );
        assert!(head.contains("x-content-type-options: nosniff"), "{path}");
        assert!(head.contains("referrer-policy: no-referrer"), "{path}");
        if path.ends_with(".svg") {
            assert!(head.contains("content-type: image/svg+xml"), "{head}");
            assert!(!head.contains("script-src"), "an SVG runs nothing: {head}");
        }
    }
}

#[test]
fn preview_rebuilds_reloads_shows_errors_and_stops_on_ctrl_c() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("standards");
    copy_shipped(&corpus);
    let (mut serve, port, log) = start(dir.path());
    eventually("the preview", || {
        get(port, "/").is_some_and(|(s, _)| s == 200)
    });

    let page = "/gianyar-setda/konsultasi-pelayanan-publik/";
    let (status, body) = get(port, page).expect("page");
    assert_eq!(status, 200);
    assert!(body.contains(r#"<script src="/_standar/muat-ulang.js"></script>"#));
    assert!(body.contains("connect-src 'self'"));
    let (_, script) = get(port, "/_standar/muat-ulang.js").expect("script");
    assert!(script.contains("location.reload()"));
    // The browser editor, whose page alone may compile WebAssembly.
    let (status, editor) = get(port, "/editor/").expect("editor");
    assert_eq!(status, 200);
    assert!(editor.contains(r#"aria-label="Masalah""#), "{editor}");
    assert!(head(port, "/editor/").contains("'wasm-unsafe-eval'"));
    assert!(head(port, "/editor/editor.js").contains("text/javascript"));
    assert!(!head(port, page).contains("wasm-unsafe-eval"));
    let (status, missing) = get(port, "/tidak/ada.html").expect("answer");
    assert_eq!(status, 404);
    assert!(
        missing.contains("<code>/tidak/ada.html</code>"),
        "{missing}"
    );
    answers_are_guarded(port, page);
    let (_, version) = get(port, "/_standar/versi").expect("version");

    // A browser waiting for a change is answered when a file is saved.
    let waiting = {
        let version = version.clone();
        std::thread::spawn(move || get(port, &format!("/_standar/versi?sejak={version}")))
    };
    std::thread::sleep(Duration::from_millis(200));
    let file = corpus.join("gianyar-setda/konsultasi-pelayanan-publik.yaml");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("total: 60 Menit", "total: 50 menit")).expect("write");
    let (_, next) = waiting.join().expect("joined").expect("answered");
    assert_ne!(next, version, "the wait ends with a new version");

    // While broken, every page shows the diagnostic with file and line.
    let (_, broken) = get(port, page).expect("page");
    assert!(broken.contains("<h1>Ada 1 galat</h1>"), "{broken}");
    assert!(broken.contains("waktu-tidak-sesuai"), "{broken}");
    // Its style comes from the preview itself, as its Content-Security-Policy allows.
    assert!(!broken.contains("<style"), "{broken}");
    let (status, style) = get(port, "/_standar/pratinjau.css").expect("style sheet");
    assert_eq!(status, 200);
    assert!(style.contains("font-family"), "{style}");
    assert!(
        broken.contains("konsultasi-pelayanan-publik.yaml:"),
        "{broken}"
    );
    // Fixed: the site is back.
    std::fs::write(&file, &text).expect("write");
    eventually("the fixed page", || {
        get(port, page).is_some_and(|(_, b)| b.contains("Konsultasi dengan Kasubag"))
    });
    // Editing a standard's name shows on its page without a restart.
    std::fs::write(
        &file,
        text.replace("Mengisi buku tamu", "Mengisi buku tamu digital"),
    )
    .expect("write");
    eventually("the edited page", || {
        get(port, page).is_some_and(|(_, b)| b.contains("Mengisi buku tamu digital"))
    });

    // Nothing was written into the corpus folder.
    let files = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .count();
    let shipped = crate::common::tree(&crate::common::repo().join("standards")).len();
    assert_eq!(files, shipped, "the copied standards only");

    // Ctrl-C stops it cleanly.
    let pid = serve.0.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = serve.0.try_wait().expect("wait") {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "did not stop on SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    eventually("the log to end", || {
        log.lock().expect("log").contains("pratinjau dihentikan")
    });
    let log = log.lock().expect("log").clone();
    assert!(log.contains("pratinjau dihentikan"), "{log}");
    assert!(log.contains("diperbarui dalam"), "{log}");
}

#[test]
fn a_port_in_use_is_reported() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["serve", "standards", "--port", &port])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--port"));
}

/// Sends `request` raw and returns the whole answer (lossy text).
fn exchange(port: u16, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

/// The threads of a process, from `/proc`.
fn threads(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("thread count")
}

#[test]
fn the_preview_holds_its_limits_against_a_hostile_client() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_shipped(&dir.path().join("standards"));
    let (serve, port, _log) = start(dir.path());
    eventually("the preview", || {
        get(port, "/").is_some_and(|(s, _)| s == 200)
    });
    // A client that starts a request and stops is cut off after the head deadline.
    let stalled = std::thread::spawn(move || exchange(port, b"GET / HTTP/1.1\r\n"));

    let long_line = format!(
        "GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(9000)
    );
    assert!(exchange(port, long_line.as_bytes()).starts_with("HTTP/1.1 414"));
    let many = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\n{}\r\n",
        "X-A: b\r\n".repeat(200)
    );
    let refused = exchange(port, many.as_bytes());
    assert!(refused.starts_with("HTTP/1.1 431"), "{refused}");
    for header in [
        "content-security-policy: default-src 'none'",
        "x-content-type-options: nosniff",
        "referrer-policy: no-referrer",
    ] {
        assert!(
            refused.to_lowercase().contains(header),
            "the refusal carries {header}"
        );
    }
    // A 32 MB header field: refused after the first 32 KiB, the rest is not kept.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut writer = stream.try_clone().expect("clone");
    let flood = std::thread::spawn(move || {
        let _ = writer.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-A: ");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..32 {
            if writer.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    assert!(
        answer.starts_with(b"HTTP/1.1 431"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    drop(stream);
    flood.join().expect("flood ends");
    assert!(
        exchange(port, b"POST / HTTP/1.1\r\nHost: localhost\r\n\r\n").starts_with("HTTP/1.1 405")
    );

    // Twenty tabs waiting for a change: eight are held, the rest are told at once to come back.
    let (_, version) = get(port, "/_standar/versi").expect("version");
    let (sender, answers) = std::sync::mpsc::channel();
    for _ in 0..20 {
        let sender = sender.clone();
        let path = format!("/_standar/versi?sejak={version}");
        std::thread::spawn(move || {
            let _ = sender.send(get(port, &path).map(|(status, _)| status));
        });
    }
    let mut busy = 0;
    while let Ok(answer) = answers.recv_timeout(Duration::from_secs(3)) {
        assert_eq!(answer, Some(503), "only refusals come before a change");
        busy += 1;
    }
    assert_eq!(busy, 12, "eight waits held, twelve refused");
    // Pages are still served while they wait.
    assert_eq!(get(port, "/").map(|(s, _)| s), Some(200));

    // Three hundred silent connections: the server's threads stay bounded, and what it cannot
    // take is refused at once instead of piling up.
    let before = threads(serve.0.id());
    let silent: Vec<_> = (0..300)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).expect("connects"))
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let during = threads(serve.0.id());
    assert!(
        during <= before + 2,
        "threads grew from {before} to {during}"
    );
    assert!(
        exchange(port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").starts_with("HTTP/1.1 503")
    );
    drop(silent);
    eventually("the server to recover", || {
        get(port, "/").is_some_and(|(s, _)| s == 200)
    });

    let stalled = stalled.join().expect("stalled client");
    assert!(stalled.starts_with("HTTP/1.1 408"), "{stalled}");
}

#[test]
fn listening_beyond_this_machine_needs_an_explicit_flag() {
    let output = Command::new(env!("CARGO_BIN_EXE_standar"))
        .args(["serve", "standards", "--port", "0", "--bind", "0.0.0.0"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--allow-network"));

    let dir = tempfile::tempdir().expect("temp dir");
    copy_shipped(&dir.path().join("standards"));
    let (_serve, port, log) = start_with(dir.path(), &["--bind", "0.0.0.0", "--allow-network"]);
    assert!(
        log.lock()
            .expect("log")
            .contains("peringatan: pratinjau dapat dibuka siapa saja")
    );
    let by_address = format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    assert!(exchange(port, by_address.as_bytes()).starts_with("HTTP/1.1 200"));
    let by_name = format!("GET / HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n");
    assert!(exchange(port, by_name.as_bytes()).starts_with("HTTP/1.1 421"));
}

/// The live preview serves every version of a standard: the one at its address today and
/// the other under `versi/` (which one that is depends on the day it runs).
#[test]
fn the_preview_serves_each_version_of_a_standard() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::common::copy_tree(
        Path::new("tests/fixtures/masa"),
        &dir.path().join("standards"),
    );
    let (_serve, port, log) = start(dir.path());
    let status = |path: &str| get(port, path).map(|(status, _)| status);
    assert_eq!(
        status("/dinas/sku/index.html"),
        Some(200),
        "{}",
        log.lock().expect("log")
    );
    let versions = [
        status("/dinas/sku/versi/sku-2027/index.html"),
        status("/dinas/sku/versi/sku/index.html"),
    ];
    assert_eq!(
        versions.iter().filter(|s| **s == Some(200)).count(),
        1,
        "{versions:?}"
    );
    assert_eq!(status("/dinas/izin-reklame/index.html"), Some(200));
}
