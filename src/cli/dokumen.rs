//! Reading a document for `standar impor` within bounds: only a regular file of at most
//! [`SOURCE_LIMIT`] bytes (a pipe would block, `/dev/zero` never ends), and a PDF in a child
//! process of this program with its own limits, because the PDF reader (`pdf-extract` on
//! `lopdf`) follows a file's object graph as the file says: a form that draws itself
//! overflows the stack, a `/Parent` cycle loops for ever, a small compressed stream
//! decompresses to gigabytes. The child can run out of stack, memory or time; the import of
//! that one document then fails with a message, and the rest go on.

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use standar::impor::berkas::{self, BacaGalat, Dokumen, Jenis};

use crate::waktu_habis::{NotEnded, wait_within};

/// The largest source document read (a standard's Word file or PDF is far smaller).
pub const SOURCE_LIMIT: u64 = 64 << 20;
/// The memory (address space) a PDF reader process may take.
pub const PDF_MEMORY: u64 = 300 << 20;
/// The processor time a PDF reader process may take, in seconds (with the rest of the
/// import, a document ends within 5 s).
pub const PDF_SECONDS: u64 = 4;
/// The wall-clock time a PDF reader process may take (a busy machine gets more than the
/// processor time).
const PDF_WALL: Duration = Duration::from_secs(20);
/// The most text a PDF may give (a standard's text is a few dozen kilobytes).
const TEXT_LIMIT: u64 = 16 << 20;
/// The hidden subcommand the child runs as.
pub const CHILD_COMMAND: &str = "__baca-pdf";

/// The bytes of the source at `path`: a regular file of at most [`SOURCE_LIMIT`] bytes; or
/// why not, to be said as is.
pub fn bytes(path: &Path) -> Result<Vec<u8>, String> {
    // Opening a pipe for reading waits for a writer: its kind is looked at first.
    let meta = std::fs::metadata(path).map_err(|e| format!("tidak dapat dibaca: {e}"))?;
    if !meta.is_file() {
        return Err("bukan berkas biasa (pipa, soket atau perangkat); simpan dokumennya sebagai berkas lalu impor berkas itu".to_string());
    }
    let file = std::fs::File::open(path).map_err(|e| format!("tidak dapat dibaca: {e}"))?;
    let too_large = || {
        format!(
            "lebih dari {} MB; sebuah standar pelayanan jauh lebih kecil; salin teks standarnya saja ke berkas .txt",
            SOURCE_LIMIT >> 20
        )
    };
    if meta.len() > SOURCE_LIMIT {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(SOURCE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("tidak dapat dibaca: {e}"))?;
    if bytes.len() as u64 > SOURCE_LIMIT {
        return Err(too_large());
    }
    Ok(bytes)
}

/// A source's bytes read: a PDF in a child process, anything else here.
pub fn read(bytes: &[u8], extension: &str) -> Result<Dokumen, BacaGalat> {
    match berkas::jenis_dokumen(bytes, extension)? {
        Jenis::Pdf => pdf_in_child(bytes).map(|teks| Dokumen {
            teks,
            jenis: Jenis::Pdf,
            tersembunyi: Vec::new(),
        }),
        _ => berkas::baca(bytes, extension),
    }
}

/// The answer of the child, on its standard output.
#[derive(serde::Serialize, serde::Deserialize)]
enum Answer {
    Text(String),
    Damaged(String),
    TooLarge,
    NoText,
    Locked,
}

/// Reads a PDF in a child process of this program, within [`PDF_MEMORY`], [`PDF_SECONDS`]
/// of processor time and [`PDF_WALL`].
fn pdf_in_child(bytes: &[u8]) -> Result<String, BacaGalat> {
    let failed = |why: String| BacaGalat::Rusak(why);
    let program = std::env::current_exe().map_err(|e| failed(e.to_string()))?;
    let mut child = Command::new(program)
        .arg(CHILD_COMMAND)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| failed(format!("pembaca PDF tidak dapat dijalankan: {e}")))?;
    let (Some(mut input), Some(mut output)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        return Err(failed("pembaca PDF tidak dapat dijalankan".into()));
    };
    let document = bytes.to_vec();
    // Written and read on their own threads: neither pipe may fill while the other waits.
    let writer = std::thread::spawn(move || input.write_all(&document));
    let reader = std::thread::spawn(move || {
        let mut answer = Vec::new();
        output
            .by_ref()
            .take(2 * TEXT_LIMIT)
            .read_to_end(&mut answer)
            .map(|_| answer)
    });
    let status = match wait_within(&mut child, PDF_WALL, Duration::from_millis(5)) {
        Ok(status) => status,
        Err(NotEnded::TimedOut) => {
            return Err(failed(format!(
                "membaca PDF ini memakan lebih dari {} detik",
                PDF_WALL.as_secs()
            )));
        }
        Err(NotEnded::Failed(e)) => return Err(failed(e.to_string())),
    };
    let _ = writer.join();
    let answer = reader.join().ok().and_then(Result::ok).unwrap_or_default();
    if !status.success() {
        return Err(failed(format!(
            "susunan PDF ini melampaui batas pembaca ({} MB memori, {PDF_SECONDS} detik, kedalaman tumpukan): objeknya merujuk dirinya sendiri atau isinya mengembang terlalu besar",
            PDF_MEMORY >> 20
        )));
    }
    match serde_json::from_slice(&answer) {
        Ok(Answer::Text(text)) => Ok(text),
        Ok(Answer::Damaged(why)) => Err(BacaGalat::Rusak(why)),
        Ok(Answer::TooLarge) => Err(BacaGalat::TerlaluBesar),
        Ok(Answer::NoText) => Err(BacaGalat::PdfTanpaTeks),
        Ok(Answer::Locked) => Err(BacaGalat::PdfTerkunci),
        Err(_) => Err(failed("pembaca PDF tidak memberi jawaban".into())),
    }
}

/// The child: limits itself, reads a PDF from its standard input and writes its text (or why
/// it has none) to its standard output. `limited` says the limits were set before this
/// program started (see [`limit_self`]).
pub fn run_child(limited: bool) -> std::process::ExitCode {
    if !limited {
        limit_self();
    }
    let mut bytes = Vec::new();
    if std::io::stdin()
        .take(SOURCE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .is_err()
        || bytes.len() as u64 > SOURCE_LIMIT
    {
        return std::process::ExitCode::FAILURE;
    }
    let answer = match standar::impor::pdf::teks(&bytes) {
        Ok(text) => Answer::Text(text),
        Err(BacaGalat::TerlaluBesar) => Answer::TooLarge,
        Err(BacaGalat::PdfTanpaTeks) => Answer::NoText,
        Err(BacaGalat::PdfTerkunci) => Answer::Locked,
        Err(other) => Answer::Damaged(match other {
            BacaGalat::Rusak(why) => why,
            other => other.to_string(),
        }),
    };
    let answer = match answer {
        Answer::Text(text) if text.len() as u64 > TEXT_LIMIT => Answer::TooLarge,
        other => other,
    };
    let written = serde_json::to_writer(std::io::stdout().lock(), &answer);
    if written.is_ok() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

/// The child's own limits, address space and processor time, in force from the start of the
/// program that reads: set here, then this program started again in this process (`exec`),
/// since the allocator reserves its address space as the program starts, before any limit
/// set later would count it. Linux only; elsewhere only the parent's wall-clock limit holds.
#[cfg(target_os = "linux")]
fn limit_self() {
    use rustix::process::{Resource, Rlimit, setrlimit};
    use std::os::unix::process::CommandExt as _;
    let limit = |n: u64| Rlimit {
        current: Some(n),
        maximum: Some(n),
    };
    let _ = setrlimit(Resource::As, limit(PDF_MEMORY));
    let _ = setrlimit(Resource::Cpu, limit(PDF_SECONDS));
    let _ = setrlimit(Resource::Core, limit(0));
    if let Ok(program) = std::env::current_exe() {
        // Returns only when the program could not be started again: then this process goes
        // on under the limits, which count only what it allocates from now on.
        let _ = Command::new(program).arg(CHILD_COMMAND).arg(LIMITED).exec();
    }
}

#[cfg(not(target_os = "linux"))]
fn limit_self() {}

/// The argument of the child started again under its limits (Linux, where limits are set).
#[cfg(target_os = "linux")]
const LIMITED: &str = "--terbatas";
