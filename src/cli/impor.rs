//! `standar impor SUMBER… --out FOLDER`: published standards (text copied from their pages)
//! turned into YAML drafts, each checked, with a report of what went where.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use standar::corpus::UNIT_FILE;
use standar::diagnostic::Severity;
use standar::diagnostic::printable::escaped;
use standar::diagnostic::render::{Format, render};
use standar::impor::berkas::{self, DIKENAL};
use standar::impor::susun::Hasil;
use standar::impor::{Draf, Laporan, Pilihan, impor};
use standar::schema::FileKind;

use super::Exit;
use super::new::schema_reference;
use super::pipeline::{Progress, Verbosity};
use standar::pipeline::Progress as _;

/// Options of `standar impor`.
pub struct ImporArgs {
    pub sources: Vec<PathBuf>,
    pub out: PathBuf,
    pub unit: Option<String>,
    pub slug: Option<String>,
    pub json: bool,
    pub verbosity: Verbosity,
}

/// One imported document, as the JSON report gives it.
#[derive(Serialize)]
struct Hasilnya<'a> {
    sumber: String,
    berkas: String,
    unit_baru: bool,
    galat: usize,
    peringatan: usize,
    laporan: &'a Laporan,
}

/// The documents named: files as given, folders' text files in name order.
fn documents(sources: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for source in sources {
        if source.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(source)
                .follow_links(false)
                .sort_by_file_name()
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| DIKENAL.contains(&e.to_lowercase().as_str()))
                })
                .collect();
            out.append(&mut found);
        } else {
            out.push(source.clone());
        }
    }
    out
}

/// A free file name in `folder`: `slug.yaml`, else `slug-2.yaml`, …
fn free_name(folder: &Path, slug: &str) -> PathBuf {
    let first = folder.join(format!("{slug}.yaml"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| folder.join(format!("{slug}-{n}.yaml")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

fn label(hasil: Hasil) -> &'static str {
    match hasil {
        Hasil::Terstruktur => "terstruktur",
        Hasil::Catatan => "disimpan sebagai keterangan",
        Hasil::TidakTercantum => "tidak ada di sumber",
    }
}

/// One document, imported and written.
struct Imported {
    sumber: String,
    berkas: String,
    unit_baru: bool,
    draf: Draf,
    galat: usize,
    peringatan: usize,
}

/// The text of a document, or why it cannot be imported (said on the terminal).
fn read_text(path: &Path, shown: &str) -> Result<String, Exit> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let bytes = fs::read(path).map_err(|error| {
        eprintln!("standar: {shown}: tidak dapat dibaca: {error}");
        Exit::Usage
    })?;
    berkas::teks(&bytes, &extension)
        .map(|(text, _)| text)
        .map_err(|problem| {
            eprintln!("standar: {shown}: {problem}");
            Exit::Usage
        })
}

/// Writes the draft (and the unit file when the folder has none); returns the standard's
/// path and whether the unit file was written.
fn write_draft(out: &Path, draf: &Draf) -> Result<(PathBuf, bool), Exit> {
    let folder = out.join(&draf.unit);
    let fail = |path: &Path, error: std::io::Error| {
        eprintln!(
            "standar: `{}` tidak dapat ditulis: {error}",
            escaped(&path.display().to_string())
        );
        Exit::Usage
    };
    fs::create_dir_all(&folder).map_err(|e| fail(&folder, e))?;
    let modeline = |kind: FileKind| {
        format!(
            "# yaml-language-server: $schema={}\n",
            schema_reference(&folder, kind)
        )
    };
    let unit_file = folder.join(UNIT_FILE);
    let new_unit = !unit_file.exists();
    if new_unit {
        fs::write(&unit_file, modeline(FileKind::Unit) + &draf.unit_yaml)
            .map_err(|e| fail(&unit_file, e))?;
    }
    let file = free_name(&folder, &draf.slug);
    fs::write(&file, modeline(FileKind::Standar) + &draf.standar).map_err(|e| fail(&file, e))?;
    Ok((file, new_unit))
}

/// Keeps the PDF reader's panics off the terminal: the importer catches them and says the
/// file is damaged. Every other panic is printed as before.
fn quiet_pdf_reader_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !standar::impor::pdf::membaca_pdf() {
            default(info);
        }
    }));
}

/// Imports every document; returns the exit code.
pub fn run(args: &ImporArgs) -> Exit {
    quiet_pdf_reader_panics();
    let documents = documents(&args.sources);
    if documents.is_empty() {
        eprintln!(
            "standar: tidak ada dokumen untuk diimpor di {}; beri dokumen standar pelayanan (.txt, .html, .docx atau .pdf), atau foldernya",
            args.sources
                .iter()
                .map(|p| format!("`{}`", escaped(&p.display().to_string())))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Exit::Usage;
    }
    let pilihan = Pilihan {
        unit: args.unit.clone(),
        slug: args.slug.clone(),
    };
    let mut exit = Exit::Clean;
    let mut imported = Vec::new();
    // A bar for a folder of many documents, on terminals only, after a second.
    let progress = Progress::new(args.verbosity);
    progress.found(documents.len() as u64);
    for path in &documents {
        progress.done(1);
        let shown = escaped(&path.display().to_string()).into_owned();
        let text = match read_text(path, &shown) {
            Ok(text) => text,
            Err(problem) => {
                exit = exit.max(problem);
                continue;
            }
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (draf, diagnostics) in impor(&text, &name, &pilihan) {
            if draf.laporan.tanpa_komponen() {
                eprintln!(
                    "standar: {shown}: tidak ada satu pun komponen standar pelayanan (persyaratan, prosedur, waktu, biaya, produk, pengaduan) yang dikenali; tidak ada draf yang ditulis. Apakah ini teks halaman standar pelayanan yang lengkap?"
                );
                exit = exit.max(Exit::Problems);
                continue;
            }
            let (file, unit_baru) = match write_draft(&args.out, &draf) {
                Ok(written) => written,
                Err(problem) => return problem,
            };
            let galat = diagnostics
                .iter()
                .filter(|d| d.severity() == Severity::Error)
                .count();
            if galat > 0 {
                // The importer promises drafts without errors: say so loudly.
                eprint!("{}", render(&diagnostics, Format::Short));
                eprintln!(
                    "standar: {shown}: draf masih memuat {galat} galat; ini kekeliruan `standar impor`, mohon laporkan dengan dokumennya"
                );
                exit = exit.max(Exit::Problems);
            }
            imported.push(Imported {
                sumber: shown.clone(),
                berkas: escaped(&file.display().to_string()).into_owned(),
                unit_baru,
                peringatan: diagnostics.len() - galat,
                galat,
                draf,
            });
        }
    }
    progress.finish();
    if args.json {
        return print_json(&imported).map_or(Exit::Usage, |()| exit);
    }
    if args.verbosity != Verbosity::Quiet {
        for one in &imported {
            print_report(one);
        }
        if !imported.is_empty() {
            println!(
                "\nLangkah berikutnya: buka setiap draf, periksa baris `# PERIKSA:` dan `# TIDAK TERPETAKAN`, jalankan `standar check {}` dan selesaikan peringatannya, lalu `standar build`.",
                escaped(&args.out.display().to_string())
            );
        }
    }
    exit
}

fn print_json(imported: &[Imported]) -> Result<(), ()> {
    let results: Vec<Hasilnya> = imported
        .iter()
        .map(|one| Hasilnya {
            sumber: one.sumber.clone(),
            berkas: one.berkas.clone(),
            unit_baru: one.unit_baru,
            galat: one.galat,
            peringatan: one.peringatan,
            laporan: &one.draf.laporan,
        })
        .collect();
    match serde_json::to_string_pretty(&results) {
        Ok(json) => {
            println!("{json}");
            Ok(())
        }
        Err(error) => {
            eprintln!("standar: laporan JSON tidak dapat dibuat: {error}");
            Err(())
        }
    }
}

fn print_report(one: &Imported) {
    let Imported {
        sumber,
        berkas,
        unit_baru,
        draf,
        galat,
        peringatan,
    } = one;
    let laporan = &draf.laporan;
    println!(
        "{sumber} → {berkas}{}",
        if *unit_baru {
            " (dengan _unit.yaml baru)"
        } else {
            ""
        }
    );
    println!("  {}", laporan.nama);
    for komponen in laporan
        .komponen
        .iter()
        .filter(|k| k.hasil != Hasil::TidakTercantum)
    {
        println!(
            "  {:<22} {}{}",
            komponen.kunci,
            label(komponen.hasil),
            if komponen.ditebak {
                " (ditebak, tanpa judul di sumber)"
            } else {
                ""
            }
        );
    }
    let absent: Vec<&str> = laporan
        .komponen
        .iter()
        .filter(|k| k.hasil == Hasil::TidakTercantum)
        .map(|k| k.kunci)
        .collect();
    if !absent.is_empty() {
        println!("  {:<22} {}", "tidak ada di sumber", absent.join(", "));
    }
    if !laporan.perabot.is_empty() {
        println!(
            "  dibuang sebagai perabot halaman: {} baris ({})",
            laporan.perabot.len(),
            laporan
                .perabot
                .iter()
                .map(|b| format!("baris {}: \"{}\"", b.baris, shorten(&b.teks)))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    if !laporan.tidak_terpetakan.is_empty() {
        println!(
            "  tidak terpetakan, disimpan sebagai komentar di akhir draf: {} baris",
            laporan.tidak_terpetakan.len()
        );
    }
    if laporan.aman {
        println!(
            "  durasi, tarif dan kontak dibiarkan sebagai teks karena bentuk terstrukturnya ditolak pemeriksaan"
        );
    }
    println!(
        "  periksa: {} baris PERIKSA; standar check: {galat} galat, {peringatan} peringatan",
        laporan.periksa
    );
}

fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(50).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
