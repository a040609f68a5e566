//! `standar build`: check everything, then render the site and swap it in.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use standar::corpus::SiteConfig;
use standar::corpus::aset::AssetLimits;
use standar::diagnostic::printable::escaped_line;
use standar::diagnostic::{Code, Diagnostic, Severity, sort_and_dedup};
use standar::parse::Limits;
use standar::pipeline::build::{Previous, Setup, build_from};
use standar::pipeline::situs::{as_templates, settings_templates, site_options};
use standar::render::SiteOptions;
use standar::render::templates::Templates;
use standar::source::SourceFile;

use super::discover::{DiskFiles, display};
use super::pipeline::{self, TerminalProgress, Verbosity};
use super::setelan::BuildArgs;
use super::{Exit, aset, report};
use crate::publish::complete::{self, SpareOutput, output_problem};
use crate::publish::pdf;
use crate::publish::site;
use crate::publish::start::{self, Start, StartError};
use crate::riwayat::{self, Memo};

/// The default cache of a site folder: `.<name>.tembolok` beside it.
fn default_cache(out: &Path) -> PathBuf {
    let (parent, name) = site::parent_and_name(out);
    parent.join(format!(".{name}.tembolok"))
}

/// Runs the build; returns the exit code.
pub fn run(args: &BuildArgs) -> Exit {
    let started = Instant::now();
    let format = report::format(args.format);
    if fs::symlink_metadata(&args.out).is_ok_and(|m| !m.is_dir()) {
        // A file (or a link) is never replaced, not even with --force.
        let problem = output_problem(
            &args.out,
            &format!("`{}` sudah ada dan bukan folder", display(&args.out)),
        )
        .help("pilih nama folder keluaran yang belum dipakai dengan `--out`; berkas yang sudah ada tidak pernah diganti, juga dengan `--force`");
        report::print(&[problem], format, args.verbosity);
        return Exit::Usage;
    }
    let cache_dir = args
        .cache
        .clone()
        .unwrap_or_else(|| default_cache(&args.out));
    // Nothing is created, and nothing is read, before the folders are known to be usable.
    if let Some(problem) = placement_problem(args, &cache_dir) {
        report::print(&[problem], format, args.verbosity);
        return Exit::Problems;
    }
    let start = match Start::open(&cache_dir, &args.out, args.clean, args.force) {
        Ok(start) => start,
        Err(error) => {
            let problem = match error {
                StartError::NotACache(names) => output_problem(
                    &cache_dir,
                    &format!(
                        "folder tembolok `{}` berisi berkas yang bukan milik tembolok standar ({}); isinya tidak disentuh",
                        display(&cache_dir),
                        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                    ),
                )
                .help("pilih folder tembolok yang kosong atau belum ada dengan `--cache`"),
                StartError::Io(error) => output_problem(&cache_dir, &format!("tembolok: {error}"))
                    .help("periksa izin tulis folder situs dan folder tembolok, atau hapus folder tembolok dan ulangi (build berikutnya membangun semuanya)"),
            };
            report::print(&[problem], format, args.verbosity);
            return Exit::Usage;
        }
    };
    if args.verbosity != Verbosity::Quiet {
        for note in &start.notes {
            eprintln!("standar: {}", escaped_line(note));
        }
    }
    built_and_published(args, start, started, format)
}

/// A warning for cache contents that were refused.
fn cache_refused(cache: &Path, why: &str) -> Diagnostic {
    let file = SourceFile::new(display(cache), "");
    Diagnostic::new(
        Code::CacheRefused,
        &file,
        format!("isi tembolok ditolak dan tidak dipakai sama sekali: {why}"),
    )
    .help("semuanya dibangun ulang; bila tembolok dipulihkan dari CI, periksa siapa yang dapat menulis tembolok itu, atau hapus folder tembolok")
}

/// Builds into the spare site, then completes and publishes it.
fn built_and_published(
    args: &BuildArgs,
    mut start: Start,
    started: Instant,
    format: standar::diagnostic::render::Format,
) -> Exit {
    let limits = Limits::default();
    let files = DiskFiles::new(&args.paths);
    let progress = TerminalProgress::new(args.verbosity);
    let mut chromium = None;
    let present = |path: &str| start.spare.hash(path);
    let previous = Previous {
        record: start.base.as_ref(),
        present: &present,
        started: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    };
    let mut spare = Some(start.spare_site());
    let refused: Vec<Diagnostic> = start
        .refused
        .iter()
        .map(|why| cache_refused(&start.cache_dir(), why))
        .collect();
    let mut built = build_from(
        &files,
        &limits,
        &progress,
        previous,
        |situs, diagnostics| {
            let (setup, found) = prepare(args, &files, situs, diagnostics, &start, &mut spare);
            chromium = found;
            setup
        },
    );
    progress.finish();
    pipeline::report_time(&built.run, started, args.verbosity);
    built.run.diagnostics.extend(refused);
    if let Some(reason) = start.changes_after().filter(|_| !args.force) {
        built
            .run
            .diagnostics
            .push(foreign_problem(&args.out, &reason));
    }
    if built.complete()
        && let Err(problem) = complete::complete(
            &mut built,
            &start,
            super::editor::FILES,
            chromium.as_deref(),
        )
    {
        built.run.diagnostics.push(problem);
    }
    let mut run = std::mem::replace(
        &mut built.run,
        standar::pipeline::Run {
            diagnostics: Vec::new(),
            files: 0,
            bytes: 0,
            standards: 0,
            results: Vec::new(),
        },
    );
    sort_and_dedup(&mut run.diagnostics);
    let (errors, warnings) = report::counts(&run.diagnostics);
    let refuse = errors > 0 || (args.deny_warnings && warnings > 0);
    if refuse || built.setup.is_none() {
        drop(built);
        start.abandon();
        report::print(&run.diagnostics, format, args.verbosity);
        report::explain_quiet_failure(&run.diagnostics, args.deny_warnings, args.verbosity);
        if args.verbosity != Verbosity::Quiet {
            eprintln!(
                "standar: {errors} galat, {warnings} peringatan; tidak ada berkas yang ditulis, situs lama tetap utuh"
            );
        }
        return report::exit_code(&run.diagnostics, args.deny_warnings).max_problems();
    }
    let changed = match complete::finish(&built, &start, &args.out) {
        Ok(changed) => changed,
        Err(error) => return output_failure(&args.out, &error.to_string(), format, args.verbosity),
    };
    report::print(&run.diagnostics, format, args.verbosity);
    if args.verbosity != Verbosity::Quiet {
        report_published(args, &built, &run, &changed, started);
    }
    Exit::Clean
}

/// The summary of a published build: the boards, then what was built and written.
fn report_published(
    args: &BuildArgs,
    built: &standar::pipeline::build::Built<SpareOutput>,
    run: &standar::pipeline::Run<impl Sized>,
    changed: &complete::Changed,
    started: Instant,
) {
    if let Some(setup) = &built.setup {
        report_boards(&built.summary.papan, &setup.options, args.verbosity);
    }
    let (_, warnings) = report::counts(&run.diagnostics);
    eprintln!(
        "standar: {} standar, {warnings} peringatan; {} dari {} unit dibangun ulang; {} berkas baru atau berubah, {} dihapus; situs {} berkas di {} dalam {:.2} s",
        run.standards,
        built.rebuilt,
        built.rebuilt + built.carried,
        changed.written,
        changed.removed,
        built.record.berkas.len(),
        display(&args.out),
        started.elapsed().as_secs_f64()
    );
}

/// A site folder holding files standar did not write.
fn foreign_problem(out: &Path, reason: &str) -> Diagnostic {
    output_problem(out, &format!("folder keluaran `{}` {reason}", display(out)))
        .help("pilih folder keluaran baru dengan `--out`, atau tambahkan `--force` bila isi folder itu memang boleh diganti seluruhnya")
}

/// The site folder must lie outside the corpus and be no folder that holds the user's work;
/// the cache must lie outside the corpus and the site.
fn placement_problem(args: &BuildArgs, cache: &Path) -> Option<Diagnostic> {
    if let Some(problem) = output_inside_input(&args.out, &args.paths) {
        return Some(problem);
    }
    if site::protected(&args.out) {
        return Some(output_problem(
            &args.out,
            &format!(
                "`{}` tidak boleh menjadi folder keluaran: isinya akan diganti seluruhnya",
                display(&args.out)
            ),
        ));
    }
    let help = "pilih folder tembolok lain dengan `--cache`, di luar folder standar dan folder situs, pada disk yang sama dengan folder situs";
    if let Some(problem) = output_inside_input(cache, &args.paths) {
        return Some(problem.help(help));
    }
    let cache_abs = std::path::absolute(cache).ok()?;
    let out_abs = std::path::absolute(&args.out).ok()?;
    if cache_abs.starts_with(&out_abs) || out_abs.starts_with(&cache_abs) {
        return Some(
            output_problem(
                cache,
                &format!(
                    "folder tembolok `{}` berada di dalam (atau memuat) folder situs `{}`",
                    display(cache),
                    display(&args.out)
                ),
            )
            .help(help),
        );
    }
    if !same_disk(cache, &args.out) {
        return Some(
            output_problem(
                cache,
                &format!(
                    "folder tembolok `{}` berada di disk (sistem berkas) lain dari folder situs `{}`: situs dan cadangannya harus dapat saling bertukar dan berbagi berkas",
                    display(cache),
                    display(&args.out)
                ),
            )
            .help(help),
        );
    }
    None
}

/// Whether two paths (or the nearest folders above them that exist) lie on one file system.
fn same_disk(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let device = |path: &Path| {
            let absolute = std::path::absolute(path).ok()?;
            absolute
                .ancestors()
                .find_map(|p| fs::metadata(p).ok())
                .map(|m| m.dev())
        };
        match (device(a), device(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        true
    }
}

/// Says how many sheets the boards take (and which standards need more than one), and that
/// boards have no QR code when the site's address is unknown.
fn report_boards(tally: &standar::render::BoardTally, options: &SiteOptions, verbosity: Verbosity) {
    if tally.standar == 0 {
        return;
    }
    let mut line = format!(
        "standar: papan {}: {} standar, {} lembar",
        options.papan.label(),
        tally.standar,
        tally.lembar
    );
    let mut longer = tally.lebih_dari_satu.clone();
    longer.sort();
    if !longer.is_empty() {
        let shown = if verbosity == Verbosity::Verbose {
            longer.len()
        } else {
            longer.len().min(10)
        };
        let names: Vec<String> = longer[..shown]
            .iter()
            .map(|(id, n)| format!("{id} ({n} lembar)"))
            .collect();
        line.push_str(&format!(
            "; {} standar lebih dari satu lembar: {}",
            longer.len(),
            names.join(", ")
        ));
        if shown < longer.len() {
            line.push_str(&format!(
                ", dan {} lainnya (semuanya dengan --verbose)",
                longer.len() - shown
            ));
        }
    }
    eprintln!("{line}");
}

/// Boards without the site's address have no QR code and no way back online: a warning, and
/// an error when they are printed, unless `--tanpa-qr` allows it.
fn without_address(args: &BuildArgs, situs: Option<&SiteConfig>) -> Diagnostic {
    let file = situs.map(|c| c.file.clone()).unwrap_or_else(|| {
        let folder = args.paths.first().map(|p| display(p)).unwrap_or_default();
        SourceFile::new(format!("{folder}/_situs.yaml"), "")
    });
    let printed = args.pdf && !args.no_qr;
    let code = if printed {
        Code::PdfWithoutAddress
    } else {
        Code::BoardWithoutAddress
    };
    let help = if printed {
        "tambahkan `url_dasar: https://…/` di `_situs.yaml` atau `--base-url https://…/`; bila papan memang dicetak sebelum situsnya terbit, tambahkan `--tanpa-qr`"
    } else {
        "tambahkan `url_dasar: https://…/` (alamat terbit situs) di `_situs.yaml` atau `--base-url https://…/`"
    };
    Diagnostic::new(
        code,
        &file,
        "alamat terbit situs belum diketahui, jadi papan dibuat tanpa kode QR dan tanpa alamat halamannya".to_string(),
    )
    .help(help)
}

/// Settles the options and templates once the site configuration is known, finds Chromium
/// for `--pdf`, and hands over the spare site; problems go to `diagnostics`. No setup (so
/// nothing is rendered) when any of that failed.
fn prepare(
    args: &BuildArgs,
    files: &DiskFiles,
    situs: Option<&SiteConfig>,
    diagnostics: &mut Vec<Diagnostic>,
    start: &Start,
    spare: &mut Option<std::io::Result<crate::publish::spare::SpareSite>>,
) -> (Option<Setup<SpareOutput>>, Option<PathBuf>) {
    if let Some(reason) = start.changes_before().filter(|_| !args.force) {
        diagnostics.push(foreign_problem(&args.out, &reason));
    }
    let mut options = site_options(files, &args.overrides(), situs).unwrap_or_else(|problem| {
        diagnostics.push(problem);
        SiteOptions::default()
    });
    // The history of the standards, when they are one folder in a git repository.
    if let [corpus] = args.paths.as_slice()
        && corpus.is_dir()
    {
        let memo = Memo::read(start.history().as_deref(), options.bahasa);
        let (history, memo) = riwayat::of_corpus(corpus, options.bahasa, &Limits::default(), &memo);
        options.riwayat = std::sync::Arc::new(history);
        // Only a build that goes on to publish needs it next time; a failed save costs time,
        // not correctness. A memo used as it was is not written again.
        if let Some(memo) = memo {
            let _ = start.save_history(&memo.to_bytes());
        }
    }
    let overrides = match &args.templates {
        Some(folder) => aset::files_below(folder, &AssetLimits::TEMPLATES).and_then(as_templates),
        None => settings_templates(files, situs),
    }
    .map_err(|problems| diagnostics.extend(problems))
    .ok();
    let templates = overrides.as_ref().and_then(|o| {
        Templates::new(o)
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    if options.url_dasar.is_none() {
        diagnostics.push(without_address(args, situs));
    }
    let chromium = if args.pdf {
        pdf::find_chromium(args.chromium.as_deref())
            .map_err(|problem| diagnostics.push(problem))
            .ok()
    } else {
        None
    };
    if diagnostics.iter().any(|d| d.severity() == Severity::Error) {
        return (None, chromium);
    }
    let (Some(templates), Some(overrides)) = (templates, overrides) else {
        return (None, chromium);
    };
    let key = start::key(situs, &options, &overrides, args.pdf);
    match spare.take() {
        Some(Ok(spare)) => (
            Some(Setup {
                options,
                templates,
                output: SpareOutput {
                    spare,
                    out: args.out.clone(),
                },
                key,
            }),
            chromium,
        ),
        Some(Err(error)) => {
            diagnostics.push(output_problem(&args.out, &error.to_string()));
            (None, chromium)
        }
        None => (None, chromium),
    }
}

impl Exit {
    /// A build with diagnostics but nothing unreadable still fails with 1.
    fn max_problems(self) -> Exit {
        match self {
            Exit::Clean => Exit::Problems,
            other => other,
        }
    }
}

/// The output folder must not be an input folder or lie inside one: a build would then read
/// its own output, and replacing the output would delete standards.
pub(super) fn output_inside_input(out: &Path, inputs: &[PathBuf]) -> Option<Diagnostic> {
    let out_abs = std::path::absolute(out).ok()?;
    for input in inputs {
        let input_abs = input.canonicalize().ok()?;
        let out_resolved = out_abs.canonicalize().unwrap_or_else(|_| out_abs.clone());
        if out_resolved.starts_with(&input_abs) || input_abs.starts_with(&out_resolved) {
            return Some(output_problem(
                out,
                &format!(
                    "folder keluaran `{}` berada di dalam (atau memuat) folder masukan `{}`",
                    display(out),
                    display(input)
                ),
            ));
        }
    }
    None
}

fn output_failure(
    out: &Path,
    message: &str,
    format: standar::diagnostic::render::Format,
    verbosity: Verbosity,
) -> Exit {
    let problem = output_problem(out, message);
    report::print(std::slice::from_ref(&problem), format, verbosity);
    Exit::Usage
}
