//! `standar build --pdf`: prints every board page to `papan.pdf` beside it with a headless
//! Chromium found on the machine, from the same HTML and CSS as the page (one layout, the
//! board's `@page` size), several at a time.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use rayon::prelude::*;
use standar::diagnostic::{Code, Diagnostic};
use standar::source::SourceFile;

use super::folder::Folder;
use crate::waktu_habis::{NotEnded, wait_within};

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// The largest board page or PDF read back (a board of many sheets is a few megabytes).
pub const PDF_LIMIT: u64 = 512 << 20;

/// Program names tried on `PATH`, in order.
const CANDIDATES: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// Longest a single board may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

fn problem(subject: &str, message: String, help: &'static str) -> Diagnostic {
    Diagnostic::new(Code::BoardPdf, &SourceFile::new(subject, ""), message).help(help)
}

/// The Chromium to print with: `explicit` (`--chromium` or `STANDAR_CHROMIUM`), else the
/// first of the usual names found on `PATH`.
pub fn find_chromium(explicit: Option<&Path>) -> Result<PathBuf, Diagnostic> {
    if let Some(path) = explicit {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(problem(
                &display(path),
                format!("Chromium tidak ditemukan di `{}`", display(path)),
                "periksa jalur `--chromium` (atau `STANDAR_CHROMIUM`), misalnya `/usr/bin/chromium`",
            ))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in CANDIDATES {
        for folder in std::env::split_paths(&path) {
            let candidate = folder.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(problem(
        "--pdf",
        "`--pdf` memerlukan Chromium, tetapi Chromium tidak ditemukan di PATH".to_string(),
        "pasang paket Debian/Ubuntu `chromium` (`sudo apt-get install chromium`), atau tunjukkan lokasinya dengan `--chromium /jalur/ke/chromium`",
    ))
}

/// Whether this process runs as root, where Chromium refuses to start with its sandbox.
fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// The number of pages of a PDF as Chromium writes it (an uncompressed page tree: the
/// `/Type /Pages` object with the largest `/Count`).
pub fn page_count(pdf: &[u8]) -> Option<usize> {
    let key = b"/Type /Pages";
    let mut best = None;
    let mut from = 0;
    while let Some(at) = pdf[from..].windows(key.len()).position(|w| w == key) {
        let start = from + at + key.len();
        let window = &pdf[start..pdf.len().min(start + 256)];
        if let Some(count) = window.windows(7).position(|w| w == b"/Count ") {
            let digits: String = window[count + 7..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .map(|&b| char::from(b))
                .collect();
            if let Ok(n) = digits.parse::<usize>() {
                best = Some(best.map_or(n, |b: usize| b.max(n)));
            }
        }
        from = start;
    }
    best
}

/// Prints each board (paths relative to `site`, ending in `papan.html`) to `papan.pdf` in
/// the same folder, `jobs` at a time. Returns the PDFs written, relative to `site`.
pub fn print_boards(
    chromium: &Path,
    site: &Folder,
    boards: &[String],
    jobs: usize,
) -> Result<Vec<String>, Diagnostic> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(|e| {
            problem(
                "--pdf",
                format!("tidak dapat menyiapkan pencetakan: {e}"),
                "coba lagi",
            )
        })?;
    let profiles = std::env::temp_dir().join(format!("standar-chromium-{}", std::process::id()));
    let printed = pool.install(|| {
        boards
            .par_iter()
            .enumerate()
            .map(|(i, board)| print_one(chromium, site, board, &profiles.join(i.to_string())))
            .collect::<Result<Vec<_>, _>>()
    });
    let _ = std::fs::remove_dir_all(&profiles);
    printed
}

/// Chromium occasionally crashes on start in containers; a board is tried this many times.
const ATTEMPTS: usize = 3;

fn print_one(
    chromium: &Path,
    site: &Folder,
    board: &str,
    profile: &Path,
) -> Result<String, Diagnostic> {
    let mut outcome = print_once(chromium, site.path(), board, profile);
    for _ in 1..ATTEMPTS {
        if outcome.is_ok() {
            break;
        }
        outcome = print_once(chromium, site.path(), board, profile);
    }
    let relative = outcome?;
    if let Ok(mut bytes) = site.read(&relative, PDF_LIMIT) {
        clear_dates(&mut bytes);
        let _ = site.write_atomic(&relative, |out| out.write_all(&bytes));
    }
    Ok(relative)
}

/// Overwrites the print time Chromium stamps into the PDF (`/CreationDate`, `/ModDate`)
/// with the Unix epoch, digit for digit so that no offset moves: the same site then gives
/// the same PDF.
fn clear_dates(pdf: &mut [u8]) {
    for key in [&b"/CreationDate (D:"[..], &b"/ModDate (D:"[..]] {
        let Some(at) = pdf.windows(key.len()).position(|w| w == key) else {
            continue;
        };
        let start = at + key.len();
        let epoch = b"19700101000000";
        for (i, digit) in epoch.iter().enumerate() {
            match pdf.get_mut(start + i) {
                Some(byte) if byte.is_ascii_digit() => *byte = *digit,
                _ => break,
            }
        }
    }
}

fn print_once(
    chromium: &Path,
    root: &Path,
    board: &str,
    profile: &Path,
) -> Result<String, Diagnostic> {
    let pdf_relative = format!("{}pdf", board.trim_end_matches("html"));
    let page = root.join(board);
    let pdf = root.join(&pdf_relative);
    let absolute = std::fs::canonicalize(&page).map_err(|e| {
        problem(
            board,
            format!("`{board}` tidak dapat dibuka: {e}"),
            "coba lagi",
        )
    })?;
    let mut command = Command::new(chromium);
    command
        .arg("--headless")
        .arg("--disable-gpu")
        .arg("--disable-quic")
        .arg("--no-first-run")
        .arg("--disable-background-networking")
        .arg("--disable-component-update")
        .arg("--disable-sync")
        .arg("--no-pdf-header-footer")
        // Print only once the page is idle: the board's script, which may wait for the fonts,
        // has then finished. Without it a busy machine printed some boards mid-way.
        .arg("--virtual-time-budget=30000")
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", absolute.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    // Chromium's messages go to a file: a pipe nobody reads could fill and block it.
    let log_path = profile.join("chromium.log");
    let log = std::fs::create_dir_all(profile)
        .and_then(|()| std::fs::File::create(&log_path))
        .map_err(|e| {
            problem(
                board,
                format!("tidak dapat menyiapkan Chromium: {e}"),
                "periksa ruang dan izin folder sementara (TMPDIR)",
            )
        })?;
    command.stderr(log);
    if running_as_root() {
        command.arg("--no-sandbox");
    }
    let failed = |why: String| {
        problem(
            board,
            format!("papan `{board}` tidak dapat dicetak ke PDF: {why}"),
            "periksa bahwa Chromium dapat berjalan tanpa layar (`chromium --headless --version`), atau buat situs tanpa `--pdf`",
        )
    };
    let mut child = command
        .spawn()
        .map_err(|e| failed(format!("Chromium tidak dapat dijalankan ({e})")))?;
    let status = match wait_within(&mut child, TIMEOUT, Duration::from_millis(25)) {
        Ok(status) => status,
        Err(NotEnded::TimedOut) => {
            return Err(failed(format!(
                "Chromium tidak selesai dalam {} detik",
                TIMEOUT.as_secs()
            )));
        }
        Err(NotEnded::Failed(e)) => return Err(failed(e.to_string())),
    };
    let written = std::fs::metadata(&pdf).is_ok_and(|m| m.len() > 0);
    if !status.success() || !written {
        let stderr = std::fs::read_to_string(&log_path).unwrap_or_default();
        // Chromium's own log lines start with `[`; prefer a line that explains the failure.
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty() && !l.starts_with('['))
            .or_else(|| stderr.lines().rev().find(|l| !l.trim().is_empty()))
            .unwrap_or("tanpa pesan");
        return Err(failed(format!("Chromium berhenti dengan {status}: {last}")));
    }
    Ok(pdf_relative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_count_is_read_from_the_page_tree() {
        let pdf = b"1 0 obj\n<</Type /Catalog /Pages 7 0 R>>\n7 0 obj\n<</Type /Pages\n/Count 3\n/Kids [2 0 R 3 0 R 4 0 R]>>\nendobj\n2 0 obj <</Type /Page /Parent 7 0 R>>";
        assert_eq!(page_count(pdf), Some(3));
        assert_eq!(page_count(b"%PDF-1.4 nothing"), None);
    }

    #[test]
    fn print_dates_are_cleared_in_place() {
        let mut pdf =
            b"<</CreationDate (D:20261122221540+00'00')\n/ModDate (D:20261122221541+00'00')>>"
                .to_vec();
        let length = pdf.len();
        clear_dates(&mut pdf);
        assert_eq!(pdf.len(), length);
        let text = String::from_utf8(pdf).expect("ASCII");
        assert!(
            text.contains("/CreationDate (D:19700101000000+00'00')"),
            "{text}"
        );
        assert!(
            text.contains("/ModDate (D:19700101000000+00'00')"),
            "{text}"
        );
    }

    #[test]
    fn a_missing_chromium_names_the_package() {
        let problem = find_chromium(Some(Path::new("/tidak/ada/chromium"))).expect_err("missing");
        assert_eq!(problem.code, Code::BoardPdf);
        assert!(problem.message.contains("/tidak/ada/chromium"));
    }
}
