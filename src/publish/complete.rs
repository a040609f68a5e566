//! From a build to a published site: completing the spare site once every unit is built
//! (extra files such as the browser editor, links to unchanged files, board PDFs, removing
//! what is gone), then saving the record and putting the spare in place of the site.

use std::path::Path;
use std::sync::Arc;

use standar::diagnostic::{Code, Diagnostic};
use standar::pipeline::build::{Built, Recorder};
use standar::pipeline::record::{self, Record};
use standar::render::Output;
use standar::source::SourceFile;

use super::exchange::publish;
use super::folder::Folder;
use super::site::{generation_of, write_manifest};
use super::spare::SpareSite;
use super::start::Start;

/// The spare site as the library's output: errors become diagnostics naming the site folder.
pub struct SpareOutput {
    pub spare: SpareSite,
    pub out: std::path::PathBuf,
}

impl Output for SpareOutput {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.spare
            .write(path, bytes)
            .map_err(|error| output_problem(&self.out, &format!("{path}: {error}")))
    }
}

/// A problem with the site folder.
pub fn output_problem(out: &Path, message: &str) -> Diagnostic {
    let file = SourceFile::new(out.display().to_string(), "");
    Diagnostic::new(Code::SiteOutput, &file, message.to_string())
        .help("pilih folder keluaran lain dengan `--out`, di luar folder standar")
}

/// What changed in the published site.
pub struct Changed {
    /// Files new or with other bytes.
    pub written: usize,
    /// Files gone.
    pub removed: usize,
}

/// Completes the spare site of a build without errors: `extra` files (the browser editor),
/// links to the site's files of units carried over, the board PDFs, and the removal of files
/// that are gone. Adds warnings (a PDF with other pages than planned) to the build's
/// diagnostics.
pub fn complete(
    built: &mut Built<SpareOutput>,
    start: &Start,
    extra: &[(&str, &[u8])],
    chromium: Option<&Path>,
) -> Result<(), Diagnostic> {
    let Some(setup) = &built.setup else {
        return Ok(());
    };
    let out = setup.output.out.clone();
    let site = &setup.output.spare;
    let present = |path: &str| start.spare.hash(path);
    let recorder = Recorder::new(&setup.output, &present);
    for (path, bytes) in extra {
        recorder.write(path, bytes)?;
    }
    Arc::make_mut(&mut built.record.berkas).extend(recorder.finish());
    let stale = |e: std::io::Error, path: &str| {
        output_problem(&out, &format!("{path}: {e}"))
            .help("berkas situs diubah di luar standar; jalankan `standar build --clean` untuk membangun semuanya")
    };
    let (unfilled, _) = start.spare.differences(&built.record.berkas);
    let unfilled: Vec<&String> = unfilled.into_iter().filter(|p| !site.wrote(p)).collect();
    if !unfilled.is_empty() {
        let live = Folder::open(&out).map_err(|e| stale(e, "."))?;
        for path in unfilled {
            site.link(&live, path).map_err(|e| stale(e, path))?;
        }
    }
    if let Some(chromium) = chromium {
        let warnings = print_boards(chromium, site, &mut built.record, start, &out)?;
        built.run.diagnostics.extend(warnings);
    }
    let (_, gone) = start.spare.differences(&built.record.berkas);
    for path in gone {
        site.remove(path).map_err(|e| stale(e, path))?;
    }
    Ok(())
}

/// Prints to PDF the boards whose page changed (or that have no PDF yet), into the spare
/// site; keeps the others' PDFs. Returns a warning for every PDF whose page count differs
/// from the sheets the build laid out.
fn print_boards(
    chromium: &Path,
    site: &SpareSite,
    record: &mut Record,
    start: &Start,
    out: &Path,
) -> Result<Vec<Diagnostic>, Diagnostic> {
    let base = start.base.as_ref().filter(|b| b.usable(record.kunci));
    let mut boards = Vec::new();
    let boards_found: Vec<(String, record::Hash)> = record
        .berkas
        .iter()
        .filter(|(path, _)| path.ends_with("papan.html"))
        .map(|(path, hash)| (path.clone(), *hash))
        .collect();
    let problem = |pdf: &str, e: std::io::Error| output_problem(out, &format!("{pdf}: {e}"));
    let mut live = None;
    for (board, hash) in boards_found {
        let pdf = format!("{}papan.pdf", board.trim_end_matches("papan.html"));
        let kept = base
            .filter(|b| b.berkas.get(&board) == Some(&hash))
            .and_then(|b| b.berkas.get(&pdf).copied());
        match kept {
            Some(pdf_hash) if !site.wrote(&board) => {
                if start.spare.hash(&pdf) != Some(pdf_hash) {
                    if live.is_none() {
                        live = Some(Folder::open(out).map_err(|e| problem(&pdf, e))?);
                    }
                    if let Some(live) = &live {
                        site.link(live, &pdf).map_err(|e| problem(&pdf, e))?;
                    }
                }
                Arc::make_mut(&mut record.berkas).insert(pdf, pdf_hash);
            }
            _ => {
                site.expect(&pdf).map_err(|e| problem(&pdf, e))?;
                boards.push(board);
            }
        }
    }
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let folder = site.folder();
    let pdfs = super::pdf::print_boards(chromium, folder, &boards, jobs)?;
    let mut warnings = Vec::new();
    for (relative, board) in pdfs.iter().zip(&boards) {
        let printed = folder
            .read(relative, super::pdf::PDF_LIMIT)
            .unwrap_or_default();
        Arc::make_mut(&mut record.berkas).insert(relative.clone(), record::hash(&printed));
        let planned = folder
            .read(board, super::pdf::PDF_LIMIT)
            .map_or(0, |html| count(&html, b"<article class=\"lembar "));
        if let Some(pages) = super::pdf::page_count(&printed).filter(|&pages| pages != planned) {
            warnings.push(
                Diagnostic::new(
                    Code::BoardLayout,
                    &SourceFile::new(board.clone(), ""),
                    format!(
                        "`{relative}` tercetak {pages} lembar, padahal tata letaknya {planned} lembar: peramban mengukur huruf atau jarak yang berbeda (templat pengganti?) dan memindahkan isi yang meluap ke lembar berikutnya"
                    ),
                )
                .help("isi papan tetap lengkap; periksa PDF-nya, dan bila memakai `papan.css` pengganti, samakan ukuran huruf dan jaraknya dengan bawaan"),
            );
        }
    }
    Ok(warnings)
}

/// How often `needle` occurs in `haystack`.
fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| w == &needle)
        .count()
}

/// Saves the record, writes the spare's `.standar-situs`, and puts the spare in place of the
/// site (unless the site is that generation already). Returns what changed in the site.
pub fn finish(built: &Built<SpareOutput>, start: &Start, out: &Path) -> std::io::Result<Changed> {
    let cache = &start.cache;
    let generation = built.record.generation();
    let live = start.base.as_ref().filter(|_| start.base_is_live);
    // With nothing changed (the usual rebuild of a large corpus that nobody touched), the
    // records, lists and folders all stay as they are.
    let same_record = live.is_some_and(|live| same_units(live, &built.record));
    let spare_current = start.spare_generation == Some(generation)
        && built
            .setup
            .as_ref()
            .is_some_and(|setup| !setup.output.spare.touched());
    if !(same_record && spare_current) {
        cache.save(&built.record)?;
        write_manifest(&cache.spare()?, cache.folder(), &built.record, generation)?;
    }
    cache.close_journal()?;
    let mut changed = Changed {
        written: built.record.berkas.len(),
        removed: 0,
    };
    if let Some(live) = live {
        let (written, removed) = record::differences(&live.berkas, &built.record.berkas);
        changed.written = written.len();
        changed.removed = removed.len();
    }
    let changes = start.changes().filter(|c| c.reason().is_some());
    if start.live_generation != Some(generation) || changes.is_some() {
        publish(cache, out)?;
        // The previous site is the spare now: without what someone else put there, and
        // forgotten if someone edited its files (`--force`), since its record is not true.
        if let Some(changes) = changes {
            if changes.edited.is_empty() {
                let spare = cache.spare()?;
                for path in &changes.added {
                    spare.remove_found(path)?;
                }
            } else {
                cache.forget_spare()?;
            }
        }
    }
    let mut keep = vec![generation];
    let spare_generation = generation_of(&cache.spare_path());
    keep.extend(spare_generation);
    cache.keep_only(&keep)?;
    // The spare is whole now: the previous site, checked at the start of this build, or the
    // spare checked then and brought up to date since.
    if let Some(spare_generation) = spare_generation {
        cache.mark_checked(spare_generation)?;
    }
    Ok(changed)
}

/// Whether two records have the same units from the same input files (stamps included).
fn same_units(a: &Record, b: &Record) -> bool {
    a.kunci == b.kunci
        && a.unit.len() == b.unit.len()
        && a.unit.iter().zip(&b.unit).all(|((fa, ua), (fb, ub))| {
            fa == fb && ua.masukan == ub.masukan && ua.keluaran == ub.keluaran
        })
}
