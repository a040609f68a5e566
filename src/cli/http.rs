//! The preview's HTTP server: HTTP/1.x `GET` and `HEAD`, one response per connection, with a
//! limit on everything a client can push against. A fixed pool of workers answers; a few
//! connections may wait for a free one, any more get 503 at once; the request head must
//! arrive within a deadline, its request line within 8 KiB (414), its fields within 64 and
//! 32 KiB (431); a `Host` that does not name this machine gets 421 (DNS rebinding). Every
//! response, the server's own refusals included, carries the security headers.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Threads answering requests.
pub const WORKERS: usize = 16;
/// Accepted connections waiting for a worker; beyond this they get 503.
const WAITING: usize = 32;
/// The longest request line (method, target, version).
const REQUEST_LINE: usize = 8 * 1024;
/// The longest request head (request line and fields).
const HEAD: usize = 32 * 1024;
/// The most header fields.
const FIELDS: usize = 64;
/// The time a client has to send its whole request head (against slow-drip clients).
const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// The time a response may take to be taken up by the client.
const WRITE_DEADLINE: Duration = Duration::from_secs(30);
/// After a refusal, how long and how much of the client's unread request is read and
/// dropped, so that closing does not reset the connection before the refusal is read.
const DRAIN_TIME: Duration = Duration::from_secs(2);
const DRAIN_BYTES: usize = 1 << 20;

/// A request the server accepted: its method was `GET` or `HEAD` and its `Host` names this
/// machine.
pub struct Request {
    target: String,
}

impl Request {
    /// The path of the target, without the query.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(&self.target, |(p, _)| p)
    }

    /// The query of the target (after `?`), or "".
    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }
}

/// A response: status, media type and body.
pub struct Response {
    status: u16,
    kind: &'static str,
    body: Vec<u8>,
    /// May compile WebAssembly (the editor's page).
    wasm: bool,
}

impl Response {
    /// A response with the given status, `Content-Type` and body.
    pub fn new(status: u16, kind: &'static str, body: Vec<u8>) -> Response {
        Response {
            status,
            kind,
            body,
            wasm: false,
        }
    }

    /// The same response, allowed to compile WebAssembly (`'wasm-unsafe-eval'`).
    pub fn with_wasm(mut self) -> Response {
        self.wasm = true;
        self
    }

    /// A plain-text response.
    pub fn text(status: u16, text: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            text.as_bytes().to_vec(),
        )
    }
}

/// The policy every response carries: the preview's pages may load the site's own files and
/// ask the server for changes; an SVG opened on its own may style itself but run nothing;
/// the editor may also compile its WebAssembly.
fn policy(kind: &str, wasm: bool) -> &'static str {
    if kind.starts_with("image/svg") {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
    } else if wasm {
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    } else {
        "default-src 'none'; connect-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }
}

/// A listening server, not yet answering.
pub struct Server {
    listener: TcpListener,
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
}

/// Stops a running server from another thread (Ctrl-C).
#[derive(Clone)]
pub struct Stopper {
    stopping: Arc<AtomicBool>,
    address: SocketAddr,
}

impl Stopper {
    /// Makes [`Server::serve`] return: the flag, then a connection to wake the accept.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        let mut wake = self.address;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake.ip() {
                IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
                IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
    }
}

impl Server {
    /// Listens on `address` (port 0: any free port).
    pub fn bind(address: SocketAddr) -> io::Result<Server> {
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        Ok(Server {
            listener,
            address,
            stopping: Arc::new(AtomicBool::new(false)),
        })
    }

    /// The address it listens on, with the port the system picked.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// What stops it.
    pub fn stopper(&self) -> Stopper {
        Stopper {
            stopping: Arc::clone(&self.stopping),
            address: self.address,
        }
    }

    /// Answers requests with `handle` until stopped.
    pub fn serve(self, handle: impl Fn(&Request) -> Response + Send + Sync + 'static) {
        let handle = Arc::new(handle);
        let (sender, waiting) = sync_channel::<TcpStream>(WAITING);
        let waiting = Arc::new(Mutex::new(waiting));
        for _ in 0..WORKERS {
            let waiting = Arc::clone(&waiting);
            let handle = Arc::clone(&handle);
            let address = self.address;
            std::thread::spawn(move || {
                while let Some(stream) = next(&waiting) {
                    answer(stream, address, handle.as_ref());
                }
            });
        }
        for stream in self.listener.incoming() {
            if self.stopping.load(Ordering::SeqCst) {
                break;
            }
            let Ok(stream) = stream else { continue };
            match sender.try_send(stream) {
                Ok(()) => {}
                Err(TrySendError::Full(mut stream)) => {
                    // A fresh connection's send buffer is empty: this write does not block.
                    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                    let busy = Response::text(503, "pratinjau sedang sibuk; coba lagi\n");
                    let _ = write_response(&mut stream, &busy, false);
                }
                Err(TrySendError::Disconnected(_)) => break,
            }
        }
    }
}

/// The next connection for a worker; `None` once the server has stopped.
fn next(waiting: &Mutex<Receiver<TcpStream>>) -> Option<TcpStream> {
    let receiver = waiting
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    receiver.recv().ok()
}

/// Why a request head is not answered by the handler.
enum Refusal {
    /// The client went away or sent nothing in time: nothing to answer.
    Gone,
    /// Answered with this status.
    Status(u16),
}

/// Reads one request, answers it and closes the connection.
fn answer(mut stream: TcpStream, address: SocketAddr, handle: &dyn Fn(&Request) -> Response) {
    let _ = stream.set_write_timeout(Some(WRITE_DEADLINE));
    let (response, head_only) = match read_request(&mut stream, address) {
        Ok((request, head_only)) => (handle(&request), head_only),
        Err(Refusal::Gone) => return,
        Err(Refusal::Status(status)) => {
            let response = Response::text(status, refusal_text(status));
            if write_response(&mut stream, &response, false).is_ok() {
                drain(&mut stream);
            }
            return;
        }
    };
    let _ = write_response(&mut stream, &response, head_only);
}

/// Reads the rest of what the client sends, within bounds, after the answer has gone out.
fn drain(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + DRAIN_TIME;
    let mut buffer = [0u8; 8192];
    let mut read = 0;
    while read < DRAIN_BYTES {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
}

fn refusal_text(status: u16) -> &'static str {
    match status {
        405 => "pratinjau hanya menjawab GET dan HEAD\n",
        408 => "permintaan tidak selesai dikirim tepat waktu\n",
        414 => "alamat permintaan terlalu panjang\n",
        421 => "pratinjau hanya melayani alamat mesin ini (localhost)\n",
        431 => "kepala permintaan terlalu besar\n",
        _ => "permintaan tidak dapat dibaca\n",
    }
}

/// Reads a request head, within the limits; the flag says whether it was `HEAD`.
fn read_request(stream: &mut TcpStream, address: SocketAddr) -> Result<(Request, bool), Refusal> {
    let deadline = Instant::now() + HEAD_DEADLINE;
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(parsed) = parse_head(&buffer, address)? {
            return Ok(parsed);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return Err(if buffer.is_empty() {
                Refusal::Gone
            } else {
                Refusal::Status(408)
            });
        }
        let room = (HEAD + 1 - buffer.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]) {
            Ok(0) => return Err(Refusal::Gone),
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(_) if buffer.is_empty() => return Err(Refusal::Gone),
            Err(_) => return Err(Refusal::Status(408)),
        }
    }
}

/// Parses what has arrived: a request, `None` when more is needed, or the refusal.
fn parse_head(buffer: &[u8], address: SocketAddr) -> Result<Option<(Request, bool)>, Refusal> {
    let line = buffer.iter().position(|&b| b == b'\n');
    if line.unwrap_or(buffer.len()) > REQUEST_LINE {
        return Err(Refusal::Status(414));
    }
    let mut fields = [httparse::EMPTY_HEADER; FIELDS];
    let mut request = httparse::Request::new(&mut fields);
    match request.parse(buffer) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) if buffer.len() > HEAD => {
            return Err(Refusal::Status(431));
        }
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(Refusal::Status(431)),
        Err(_) => return Err(Refusal::Status(400)),
    }
    let head_only = match request.method {
        Some("GET") => false,
        Some("HEAD") => true,
        _ => return Err(Refusal::Status(405)),
    };
    let mut hosts = request
        .headers
        .iter()
        .filter(|field| field.name.eq_ignore_ascii_case("host"));
    let host = hosts.next().map(|field| field.value);
    let names_this_machine = match (host, hosts.next()) {
        (_, Some(_)) => false,
        (Some(host), None) => std::str::from_utf8(host).is_ok_and(|h| local_host(h, address)),
        // Only HTTP/1.0 may leave it out; a browser always sends it.
        (None, None) => request.version == Some(0),
    };
    if !names_this_machine {
        return Err(Refusal::Status(421));
    }
    let target = request.path.unwrap_or("/").to_string();
    Ok(Some((Request { target }, head_only)))
}

/// Whether `host` (a `Host` field) names the machine the server listens on: `localhost` or
/// an address literal, with the server's port if it has one. A page that points its own name
/// at this machine (DNS rebinding) sends that name and is refused. Listening on loopback,
/// the literal must be loopback too.
fn local_host(host: &str, address: SocketAddr) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((name, after)) => (name, after.strip_prefix(':')),
            None => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host.as_str(), None),
        },
    };
    if port.is_some_and(|port| port.parse::<u16>() != Ok(address.port())) {
        return false;
    }
    if name == "localhost" {
        return true;
    }
    name.parse::<IpAddr>()
        .is_ok_and(|ip| ip.is_loopback() || !address.ip().is_loopback())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

/// Writes the response, with the security headers; closes the exchange.
fn write_response(stream: &mut TcpStream, response: &Response, head_only: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nContent-Security-Policy: {}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.kind,
        response.body.len(),
        policy(response.kind, response.wasm),
    );
    match response.status {
        405 => head.push_str("Allow: GET, HEAD\r\n"),
        503 => head.push_str("Retry-After: 1\r\n"),
        _ => {}
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loopback() -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], 8080))
    }

    fn status(head: &[u8]) -> Option<u16> {
        match parse_head(head, loopback()) {
            Ok(Some(_)) => Some(200),
            Ok(None) => None,
            Err(Refusal::Status(status)) => Some(status),
            Err(Refusal::Gone) => Some(0),
        }
    }

    #[test]
    fn only_names_of_this_machine_with_its_port_are_served() {
        for host in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:8080",
            "[::1]:8080",
            "LOCALHOST",
        ] {
            assert!(local_host(host, loopback()), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:8080",
            "localhost:9090",
            "10.0.0.5:8080",
            "localhost.evil.example",
            "[::1",
            "127.0.0.1:80800",
        ] {
            assert!(!local_host(host, loopback()), "{host}");
        }
        let network = SocketAddr::from(([0, 0, 0, 0], 8080));
        assert!(local_host("192.168.1.20:8080", network));
        assert!(!local_host("evil.example:8080", network));
    }

    #[test]
    fn request_heads_are_refused_at_their_limits() {
        assert_eq!(
            status(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Some(200)
        );
        assert_eq!(status(b"GET / HTTP/1.0\r\n\r\n"), Some(200));
        assert_eq!(status(b"GET / HTTP/1.1\r\n\r\n"), Some(421));
        assert_eq!(
            status(b"GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n"),
            Some(421)
        );
        assert_eq!(status(b"GET / HTTP/1.1\r\nHost: loc"), None);
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Some(405)
        );
        assert_eq!(status(b"\x01\x02 nonsense\r\n\r\n"), Some(400));
        let long_line = format!("GET /{} HTTP/1.1\r\n", "a".repeat(REQUEST_LINE));
        assert_eq!(status(long_line.as_bytes()), Some(414));
        assert_eq!(status(&long_line.as_bytes()[..REQUEST_LINE + 1]), Some(414));
        let many = format!(
            "GET / HTTP/1.1\r\nHost: localhost\r\n{}\r\n",
            "X-A: b\r\n".repeat(FIELDS)
        );
        assert_eq!(status(many.as_bytes()), Some(431));
        let big = format!(
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: {}",
            "b".repeat(HEAD)
        );
        assert_eq!(status(big.as_bytes()), Some(431));
    }
}
