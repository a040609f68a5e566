//! From a build to a published site: what the previous build left (the records, the spare
//! site), completing the spare site once every unit is built (the browser editor, links to
//! unchanged files, board PDFs, removing what is gone), and putting it in place.

use std::fs;
use std::path::Path;
use std::sync::LazyLock;

use standar::corpus::SiteConfig;
use standar::diagnostic::{Code, Diagnostic};
use standar::pipeline::build::{Built, Recorder};
use standar::pipeline::record::{self, Hash, Record};
use standar::render::templates::TemplateOverride;
use standar::render::{Output, SiteOptions};
use standar::source::SourceFile;

use super::build::{SpareOutput, output_problem};
use super::tembolok::{Cache, SpareState, generation_of, link_copy, write_manifest};
use super::write::{self, MANIFEST, SpareSite};

/// What a build starts from.
pub struct Start {
    cache: Cache,
    /// The cache folder did not exist before this build.
    created: bool,
    /// What the spare site holds.
    pub spare: SpareState,
    /// The record whose unchanged units are carried over: the published site's, else (a fresh
    /// checkout with a restored cache) the spare's.
    pub base: Option<Record>,
    /// The files in the site folder that standar did not write: looked for before the build
    /// when the site is not of a known generation, else alongside it.
    foreign: Foreign,
    /// Whether `base` is the published site's record.
    base_is_live: bool,
    live_generation: Option<Hash>,
    spare_generation: Option<Hash>,
}

impl Start {
    /// Opens the cache and finds what the site and the spare hold; `clean` forgets the spare
    /// and builds everything.
    pub fn open(cache_dir: &Path, out: &Path, clean: bool) -> std::io::Result<Start> {
        let created = fs::symlink_metadata(cache_dir).is_err();
        let cache = Cache::open(cache_dir)?;
        if clean {
            cache.forget_spare()?;
        }
        let live = if clean {
            None
        } else {
            cache.record_of(out, true)
        };
        let foreign = if live.is_some() {
            let out = out.to_path_buf();
            Foreign::Pending(std::thread::spawn(move || write::foreign_files(&out)))
        } else {
            Foreign::Found(write::foreign_files(out))
        };
        let live_generation = live.as_ref().and_then(|_| generation_of(out));
        let known = live.as_ref().zip(live_generation);
        let mut spare =
            cache.spare_state(known.map(|(record, generation)| (generation, record)))?;
        if spare.record.is_none()
            && let Some(live) = &live
        {
            // No spare yet: one made of links to the site's files; where that fails (a file
            // of the site removed by hand), an empty one that gets every file.
            if link_copy(out, &cache.spare(), live.berkas.keys()).is_ok() {
                spare.record = Some(Record {
                    berkas: live.berkas.clone(),
                    ..Record::default()
                });
            } else {
                cache.forget_spare()?;
            }
        }
        let base_is_live = live.is_some();
        let base = match live {
            Some(live) => Some(live),
            None if fs::symlink_metadata(out).is_err() && !clean => cache
                .record_of(&cache.spare(), true)
                .map(|record| without_touched(record, &spare)),
            None => None,
        };
        Ok(Start {
            live_generation,
            spare_generation: generation_of(&cache.spare()),
            base_is_live,
            cache,
            created,
            spare,
            base,
            foreign,
        })
    }

    /// Why the site folder may not be replaced, when that is known before the build.
    pub fn foreign_before(&self) -> Option<String> {
        match &self.foreign {
            Foreign::Found(found) => write::foreign_reason(found),
            Foreign::Pending(_) => None,
        }
    }

    /// Why the site folder may not be replaced, once the look alongside the build is done.
    pub fn foreign_after(&mut self) -> Option<String> {
        if let Foreign::Pending(_) = self.foreign {
            let Foreign::Pending(handle) =
                std::mem::replace(&mut self.foreign, Foreign::Found(Ok(Vec::new())))
            else {
                return None;
            };
            let found = handle
                .join()
                .unwrap_or_else(|_| Err("tidak dapat diperiksa isinya".to_string()));
            self.foreign = Foreign::Found(found);
        }
        match &self.foreign {
            Foreign::Found(found) => write::foreign_reason(found),
            Foreign::Pending(_) => None,
        }
    }

    /// After a failed build: a cache this build made is removed, and so is a spare it began
    /// (its files were not known before), so that a failed build leaves nothing behind.
    pub fn abandon(self) {
        if self.created {
            let _ = fs::remove_dir_all(self.cache.dir());
        } else if self.spare.fresh() {
            let _ = self.cache.forget_spare();
        }
    }

    /// The spare site, to be written.
    pub fn spare_site(&self) -> std::io::Result<SpareSite> {
        let journal = match self.spare.fresh() {
            true => None,
            false => Some(self.cache.open_journal()?),
        };
        SpareSite::new(&self.cache.spare(), journal, self.base.is_some())
    }
}

/// The files of the site folder that standar did not write.
enum Foreign {
    Found(Result<Vec<String>, String>),
    Pending(std::thread::JoinHandle<Result<Vec<String>, String>>),
}

/// A record without the units that have a file the journal names (their files in the spare
/// are not known): they are built again.
fn without_touched(mut record: Record, spare: &SpareState) -> Record {
    record
        .unit
        .retain(|_, unit| unit.keluaran.iter().all(|path| !spare.is_touched(path)));
    record
}

/// What changed in the published site.
pub struct Changed {
    /// Files new or with other bytes.
    pub written: usize,
    /// Files gone.
    pub removed: usize,
}

/// Everything besides the corpus that the files depend on: this program (its bytes), the
/// site file, the settled options, the override templates, and `--pdf`.
pub fn key(
    situs: Option<&SiteConfig>,
    options: &SiteOptions,
    overrides: &[TemplateOverride],
    pdf: bool,
) -> Hash {
    static PROGRAM: LazyLock<Hash> = LazyLock::new(|| {
        std::env::current_exe().and_then(fs::read).map_or_else(
            |_| record::hash(env!("CARGO_PKG_VERSION").as_bytes()),
            |b| record::hash(&b),
        )
    });
    let mut text = format!("{:016x}\0{options:?}\0{pdf}\0", *PROGRAM);
    if let Some(situs) = situs {
        text.push_str(&situs.file.text);
    }
    for template in overrides {
        text.push('\0');
        text.push_str(&template.name);
        text.push('\0');
        text.push_str(&template.text);
    }
    record::hash(text.as_bytes())
}

/// Completes the spare site of a build without errors: the browser editor, links to the
/// site's files of units carried over, the board PDFs, and the removal of files that are
/// gone. Adds warnings (a PDF with other pages than planned) to the build's diagnostics.
pub fn complete(
    built: &mut Built<SpareOutput>,
    start: &Start,
    out: &Path,
    chromium: Option<&Path>,
) -> Result<(), Diagnostic> {
    let Some(setup) = &built.setup else {
        return Ok(());
    };
    let site = &setup.output.spare;
    let present = |path: &str| start.spare.hash(path);
    let recorder = Recorder::new(&setup.output, &present);
    for (path, bytes) in super::editor::FILES {
        recorder.write(path, bytes)?;
    }
    built.record.berkas.extend(recorder.finish());
    let stale = |e: std::io::Error, path: &str| {
        output_problem(out, &format!("{path}: {e}"))
            .help("berkas situs diubah di luar standar; jalankan `standar build --clean` untuk membangun semuanya")
    };
    let (unfilled, _) = start.spare.differences(&built.record.berkas);
    for path in unfilled {
        if !site.wrote(path) {
            site.link(out, path).map_err(|e| stale(e, path))?;
        }
    }
    if let Some(chromium) = chromium {
        let warnings = print_boards(chromium, site, &mut built.record, start, out)?;
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
    let root = site.root();
    let base = start.base.as_ref().filter(|b| b.usable(record.kunci));
    let mut boards = Vec::new();
    let boards_found: Vec<(String, Hash)> = record
        .berkas
        .iter()
        .filter(|(path, _)| path.ends_with("papan.html"))
        .map(|(path, hash)| (path.clone(), *hash))
        .collect();
    for (board, hash) in boards_found {
        let pdf = format!("{}papan.pdf", board.trim_end_matches("papan.html"));
        let kept = base
            .filter(|b| b.berkas.get(&board) == Some(&hash))
            .and_then(|b| b.berkas.get(&pdf).copied());
        match kept {
            Some(pdf_hash) if !site.wrote(&board) => {
                if start.spare.hash(&pdf) != Some(pdf_hash) {
                    site.link(out, &pdf)
                        .map_err(|e| output_problem(out, &format!("{pdf}: {e}")))?;
                }
                record.berkas.insert(pdf, pdf_hash);
            }
            _ => {
                site.expect(&pdf)
                    .map_err(|e| output_problem(out, &format!("{pdf}: {e}")))?;
                boards.push(board);
            }
        }
    }
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pdfs = super::pdf::print_boards(chromium, root, &boards, jobs)?;
    let mut warnings = Vec::new();
    for (relative, board) in pdfs.iter().zip(&boards) {
        let printed = fs::read(root.join(relative)).unwrap_or_default();
        record
            .berkas
            .insert(relative.clone(), record::hash(&printed));
        let planned = fs::read_to_string(root.join(board))
            .map_or(0, |html| html.matches("<article class=\"lembar ").count());
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

/// Saves the record, writes the spare's `.standar-situs`, and puts the spare in place of the
/// site (unless the site is that generation already). Returns what changed in the site.
pub fn finish(built: &Built<SpareOutput>, start: &Start, out: &Path) -> std::io::Result<Changed> {
    let spare = start.cache.spare();
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
        start.cache.save(&built.record)?;
        write_manifest(&spare.join(MANIFEST), &built.record, generation)?;
    }
    start.cache.close_journal()?;
    let mut changed = Changed {
        written: 0,
        removed: 0,
    };
    if let Some(live) = live {
        let (written, removed) = record::differences(&live.berkas, &built.record.berkas);
        changed.written = written.len();
        changed.removed = removed.len();
    } else {
        changed.written = built.record.berkas.len();
    }
    let foreign = match &start.foreign {
        Foreign::Found(Ok(paths)) => paths.as_slice(),
        _ => &[],
    };
    if start.live_generation != Some(generation) || !foreign.is_empty() {
        write::publish(&spare, out)?;
        // The previous site is the spare now: without what someone else put there (`--force`).
        write::remove_foreign(&spare, foreign)?;
    }
    let mut keep = vec![generation];
    keep.extend(generation_of(&spare));
    start.cache.keep_only(&keep);
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
