//! `standar impor SUMBER… --out FOLDER`: published standards (text copied from their pages)
//! turned into YAML drafts, each checked, with a report of what went where.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use standar::corpus::UNIT_FILE;
use standar::diagnostic::Severity;
use standar::diagnostic::printable::escaped;
use standar::diagnostic::render::{Format, render};
use standar::impor::susun::Hasil;
use standar::impor::{Draf, Laporan, Pilihan, impor};
use standar::schema::FileKind;

use super::Exit;
use super::new::schema_reference;
use super::pipeline::Verbosity;

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

/// Extensions read as plain text.
const TEXT: &[&str] = &["txt", "text", "md"];
/// Extensions recognised but not read yet, with what to do instead.
const NOT_YET: &[&str] = &["html", "htm", "docx", "doc", "pdf", "odt", "rtf"];

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
                        .is_some_and(|e| TEXT.contains(&e.to_lowercase().as_str()))
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

/// Imports every document; returns the exit code.
pub fn run(args: &ImporArgs) -> Exit {
    let documents = documents(&args.sources);
    if documents.is_empty() {
        eprintln!(
            "standar: tidak ada dokumen untuk diimpor di {}; beri berkas .txt berisi teks halaman standar, atau foldernya",
            args.sources
                .iter()
                .map(|p| format!("`{}`", p.display()))
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
    let mut results = Vec::new();
    let mut drafts: Vec<(String, String, bool, Draf, usize, usize)> = Vec::new();
    for path in &documents {
        let shown = escaped(&path.display().to_string()).into_owned();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .unwrap_or_default();
        if NOT_YET.contains(&extension.as_str()) {
            eprintln!(
                "standar: {shown}: berkas .{extension} belum dapat diimpor; buka dokumennya, salin seluruh teksnya ke berkas .txt, lalu impor berkas itu"
            );
            exit = Exit::Usage;
            continue;
        }
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("standar: {shown}: tidak dapat dibaca: {error}");
                exit = Exit::Usage;
                continue;
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            eprintln!(
                "standar: {shown}: bukan teks UTF-8; simpan ulang sebagai teks UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)"
            );
            exit = Exit::Usage;
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (draf, diagnostics) = impor(&text, &name, &pilihan);
        let folder = args.out.join(&draf.unit);
        if let Err(error) = fs::create_dir_all(&folder) {
            eprintln!(
                "standar: folder `{}` tidak dapat dibuat: {error}",
                folder.display()
            );
            return Exit::Usage;
        }
        let unit_file = folder.join(UNIT_FILE);
        let new_unit = !unit_file.exists();
        let modeline = |kind: FileKind| {
            format!(
                "# yaml-language-server: $schema={}\n",
                schema_reference(&folder, kind)
            )
        };
        if new_unit
            && let Err(error) = fs::write(&unit_file, modeline(FileKind::Unit) + &draf.unit_yaml)
        {
            eprintln!(
                "standar: `{}` tidak dapat ditulis: {error}",
                unit_file.display()
            );
            return Exit::Usage;
        }
        let file = free_name(&folder, &draf.slug);
        if let Err(error) = fs::write(&file, modeline(FileKind::Standar) + &draf.standar) {
            eprintln!("standar: `{}` tidak dapat ditulis: {error}", file.display());
            return Exit::Usage;
        }
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count();
        let warnings = diagnostics.len() - errors;
        if errors > 0 {
            // The importer promises drafts without errors: say so loudly.
            eprint!("{}", render(&diagnostics, Format::Short));
            eprintln!(
                "standar: {shown}: draf masih memuat {errors} galat; ini kekeliruan `standar impor`, mohon laporkan dengan dokumennya"
            );
            exit = Exit::Problems;
        }
        drafts.push((
            shown,
            file.display().to_string(),
            new_unit,
            draf,
            errors,
            warnings,
        ));
    }
    if args.json {
        for (sumber, berkas, unit_baru, draf, galat, peringatan) in &drafts {
            results.push(Hasilnya {
                sumber: sumber.clone(),
                berkas: berkas.clone(),
                unit_baru: *unit_baru,
                galat: *galat,
                peringatan: *peringatan,
                laporan: &draf.laporan,
            });
        }
        match serde_json::to_string_pretty(&results) {
            Ok(json) => println!("{json}"),
            Err(error) => {
                eprintln!("standar: laporan JSON tidak dapat dibuat: {error}");
                return Exit::Usage;
            }
        }
    } else if args.verbosity != Verbosity::Quiet {
        for (sumber, berkas, unit_baru, draf, galat, peringatan) in &drafts {
            print_report(
                sumber,
                berkas,
                *unit_baru,
                &draf.laporan,
                *galat,
                *peringatan,
            );
        }
        if !drafts.is_empty() {
            println!(
                "\nLangkah berikutnya: buka setiap draf, periksa baris `# PERIKSA:` dan `# TIDAK TERPETAKAN`, jalankan `standar check {}` dan selesaikan peringatannya, lalu `standar build`.",
                args.out.display()
            );
        }
    }
    exit
}

fn print_report(
    sumber: &str,
    berkas: &str,
    unit_baru: bool,
    laporan: &Laporan,
    galat: usize,
    peringatan: usize,
) {
    println!(
        "{sumber} → {berkas}{}",
        if unit_baru {
            " (dengan _unit.yaml baru)"
        } else {
            ""
        }
    );
    println!("  {}", laporan.nama);
    for komponen in &laporan.komponen {
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
