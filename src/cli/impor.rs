//! `standar impor SUMBER… --out FOLDER`: published standards (text copied from their pages)
//! turned into YAML drafts, each checked, with a report of what went where.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use standar::corpus::UNIT_FILE;
use standar::corpus::identity::{slug_problem, slugify};
use standar::diagnostic::printable::{escaped, escaped_line};
use standar::diagnostic::render::{Format, render};
use standar::diagnostic::{Code, Diagnostic, Severity};
use standar::impor::berkas::{DIKENAL, Dokumen};
use standar::impor::susun::Hasil;
use standar::impor::{Draf, Laporan, Pilihan, impor};
use standar::schema::FileKind;

use super::Exit;
use super::dokumen;
use super::impor_ringkasan;
use super::pipeline::{TerminalProgress, Verbosity};
use super::schema;
use crate::publish::folder::Folder;
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
    /// Where each value of the draft came from: its draft lines and its source lines.
    asal: &'a [standar::impor::yaml::Jejak],
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

/// Where drafts are written: the `--out` folder, held as a handle (no draft is written
/// through a link or outside it), and the next free number of every file name used.
struct Drafts {
    path: PathBuf,
    /// Opened (made) when the first draft is written.
    out: Option<Folder>,
    /// Per `unit/slug`: the next number to try (`slug.yaml`, then `slug-2.yaml`, …).
    next: HashMap<String, u32>,
}

impl Drafts {
    /// The `--out` folder, made when missing.
    fn out(&mut self) -> std::io::Result<&Folder> {
        if self.out.is_none() {
            self.out = Some(Folder::create(&self.path)?);
        }
        self.out
            .as_ref()
            .ok_or_else(|| std::io::Error::other("folder keluaran"))
    }

    /// A free file name `slug.yaml`, `slug-2.yaml`, … in `unit`, and the file written there
    /// (never over anything: not a file, not a link).
    fn write_new(&mut self, unit: &str, slug: &str, bytes: &[u8]) -> std::io::Result<String> {
        self.out()?;
        let Some(out) = &self.out else {
            return Err(std::io::Error::other("folder keluaran"));
        };
        let next = self.next.entry(format!("{unit}/{slug}")).or_insert(1);
        loop {
            let name = match *next {
                1 => format!("{unit}/{slug}.yaml"),
                n => format!("{unit}/{slug}-{n}.yaml"),
            };
            *next += 1;
            match out.write_new(&name, bytes) {
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
                other => return other.map(|()| name),
            }
        }
    }
}

/// Why `--unit` (slugs joined by `/`) or `--slug` is not a name a draft can be written
/// under, with the name to use instead.
fn name_problem(unit: Option<&str>, slug: Option<&str>) -> Option<String> {
    if let Some(unit) = unit {
        let parts: Vec<&str> = unit.split('/').collect();
        if parts.iter().any(|p| slug_problem(p).is_some()) {
            let fixed: Vec<String> = parts
                .iter()
                .map(|p| slugify(p))
                .filter(|p| !p.is_empty())
                .collect();
            return Some(format!(
                "`--unit {}` bukan nama folder unit: pakai huruf kecil, angka dan tanda hubung, misalnya `--unit {}`",
                escaped(unit),
                fixed.join("/")
            ));
        }
    }
    let slug = slug?;
    slug_problem(slug).map(|fixed| {
        format!(
            "`--slug {}` bukan nama berkas standar: pakai huruf kecil, angka dan tanda hubung, misalnya `--slug {fixed}`",
            escaped(slug)
        )
    })
}

fn label(hasil: Hasil) -> &'static str {
    match hasil {
        Hasil::Terstruktur => "terstruktur",
        Hasil::Catatan => "disimpan sebagai keterangan",
        Hasil::TidakTercantum => "sumber menulis tidak ada",
        Hasil::TidakDitemukan => "tidak ditemukan",
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

/// A document read, or why it cannot be imported (said on the terminal).
fn read_text(path: &Path, shown: &str) -> Result<Dokumen, Exit> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let fail = |problem: String| {
        eprintln!("standar: {shown}: {problem}");
        Exit::Usage
    };
    let bytes = dokumen::bytes(path).map_err(fail)?;
    dokumen::read(&bytes, &extension).map_err(|problem| fail(problem.to_string()))
}

/// Writes the draft (and the unit file when the folder has none); returns the standard's
/// path and whether the unit file was written.
fn write_draft(drafts: &mut Drafts, draf: &mut Draf) -> Result<(PathBuf, bool), Exit> {
    let out_path = drafts.path.clone();
    let fail = |name: &str, error: std::io::Error| {
        eprintln!(
            "standar: `{}` tidak dapat ditulis: {error}",
            escaped_line(&out_path.join(name).display().to_string())
        );
        Exit::Usage
    };
    let folder = drafts
        .out()
        .and_then(|out| out.sub(&draf.unit))
        .map_err(|e| fail(&draf.unit, e))?;
    let modeline = |kind: FileKind| {
        schema::reference(folder.path(), &out_path, kind)
            .map(|address| format!("# yaml-language-server: $schema={address}\n"))
    };
    let new_unit = folder.kind(UNIT_FILE).is_none();
    if new_unit {
        let text = modeline(FileKind::Unit)? + &draf.unit_yaml;
        folder
            .write_new(UNIT_FILE, text.as_bytes())
            .map_err(|e| fail(&format!("{}/{UNIT_FILE}", draf.unit), e))?;
    }
    draf.awali(&modeline(FileKind::Standar)?);
    let file = drafts
        .write_new(&draf.unit, &draf.slug, draf.standar.as_bytes())
        .map_err(|e| fail(&draf.unit, e))?;
    Ok((out_path.join(file), new_unit))
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
            "standar: tidak ada dokumen untuk diimpor di {}; beri dokumen standar pelayanan (.txt, .html, .docx, .pdf atau .xlsx), atau foldernya",
            args.sources
                .iter()
                .map(|p| format!("`{}`", escaped_line(&p.display().to_string())))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Exit::Usage;
    }
    if let Some(problem) = name_problem(args.unit.as_deref(), args.slug.as_deref()) {
        eprintln!("standar: {problem}");
        return Exit::Usage;
    }
    let mut writer = Drafts {
        path: args.out.clone(),
        out: None,
        next: HashMap::new(),
    };
    let mut exit = Exit::Clean;
    let mut imported = Vec::new();
    // A bar for a folder of many documents, on terminals only, after a second.
    let progress = TerminalProgress::new(args.verbosity);
    progress.found(documents.len() as u64);
    for path in &documents {
        progress.done(1);
        match import_document(path, args, &mut writer, &mut imported) {
            Ok(code) => exit = exit.max(code),
            Err(stop) => return stop,
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
        if imported.len() > 1 {
            let rows: Vec<impor_ringkasan::DraftRow<'_>> = imported
                .iter()
                .map(|one| impor_ringkasan::DraftRow {
                    berkas: &one.berkas,
                    laporan: &one.draf.laporan,
                    galat: one.galat,
                    peringatan: one.peringatan,
                })
                .collect();
            impor_ringkasan::print(&rows);
        }
        if !imported.is_empty() {
            println!(
                "\nLangkah berikutnya: buka setiap draf, periksa baris `# PERIKSA:`, pindahkan atau hapus setiap baris `belum_dipetakan`, jalankan `standar check {}` dan selesaikan galat dan peringatannya, lalu `standar build`.",
                escaped_line(&args.out.display().to_string())
            );
        }
    }
    exit
}

/// Imports one document: its drafts written and added to `imported`. Returns the exit code
/// it calls for, or `Err` when a draft could not be written (the import stops there).
fn import_document(
    path: &Path,
    args: &ImporArgs,
    writer: &mut Drafts,
    imported: &mut Vec<Imported>,
) -> Result<Exit, Exit> {
    let shown = escaped_line(&path.display().to_string()).into_owned();
    let dokumen = match read_text(path, &shown) {
        Ok(dokumen) => dokumen,
        Err(problem) => return Ok(problem),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pilihan = Pilihan {
        unit: args.unit.clone(),
        slug: args.slug.clone(),
        tersembunyi: dokumen.tersembunyi,
        ..Pilihan::default()
    };
    let drafts = match impor(&dokumen.teks, &name, &pilihan) {
        Ok(drafts) => drafts,
        Err(too_many) => {
            eprintln!("standar: {shown}: {too_many}");
            return Ok(Exit::Usage);
        }
    };
    let mut exit = Exit::Clean;
    for (mut draf, diagnostics) in drafts {
        if draf.laporan.tanpa_komponen() {
            eprintln!(
                "standar: {shown}: tidak ada satu pun komponen standar pelayanan (persyaratan, prosedur, waktu, biaya, produk, pengaduan) yang dikenali; tidak ada draf yang ditulis. Apakah ini teks halaman standar pelayanan yang lengkap?"
            );
            exit = exit.max(Exit::Problems);
            continue;
        }
        let (file, unit_baru) = write_draft(writer, &mut draf)?;
        let galat = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count();
        let decisions: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.code.awaits_decision())
            .cloned()
            .collect();
        if galat == decisions.len() && !decisions.is_empty() {
            eprint!("{}", render(&decisions, Format::Short));
            eprintln!(
                "standar: {shown}: draf menunggu keputusan petugas (galat di atas, ditandai PERIKSA di draf); `standar build` tidak menerbitkannya sebelum diputuskan"
            );
            exit = exit.max(Exit::Problems);
        } else if galat > 0 {
            eprint!("{}", render(&diagnostics, Format::Short));
            if diagnostics.iter().any(|d| d.code == Code::YamlLimit) {
                eprintln!(
                    "standar: {shown}: draf melampaui batas satu berkas standar (lihat galat di atas): dokumen ini terlalu besar untuk satu standar; pisahkan bagiannya, atau periksa apakah ini memang dokumen standar pelayanan"
                );
            } else {
                // The importer promises drafts without errors: say so loudly.
                eprintln!(
                    "standar: {shown}: draf masih memuat {galat} galat; ini kekeliruan `standar impor`, mohon laporkan dengan dokumennya"
                );
            }
            exit = exit.max(Exit::Problems);
        }
        imported.push(Imported {
            sumber: shown.clone(),
            berkas: escaped_line(&file.display().to_string()).into_owned(),
            unit_baru,
            peringatan: diagnostics.len() - galat,
            galat,
            draf,
        });
    }
    Ok(exit)
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
            asal: &one.draf.asal,
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
    print_components(laporan);
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
    if !laporan.kepala.is_empty() {
        println!(
            "  kepala dokumen, dibaca sebagai susunannya: {} baris ({})",
            laporan.kepala.len(),
            laporan
                .kepala
                .iter()
                .map(|b| format!("\"{}\"", shorten(&b.teks)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if !laporan.tidak_terpetakan.is_empty() {
        println!(
            "  belum dipetakan, didaftar di `belum_dipetakan` di akhir draf: {} baris",
            laporan.tidak_terpetakan.len()
        );
    }
    if !laporan.tersembunyi.is_empty() {
        println!(
            "  tersembunyi di sumber, tidak dimasukkan, disimpan sebagai komentar di akhir draf: {} bagian",
            laporan.tersembunyi.len()
        );
    }
    if laporan.aman {
        println!(
            "  komponen yang bentuk terstrukturnya ditolak pemeriksaan disimpan sebagai teks (\"disimpan sebagai keterangan\" di atas)"
        );
    }
    let h = &laporan.hitungan;
    println!(
        "  nilai: {} pasti (di bawah judul komponennya), {} tebakan atau perlu dibandingkan dengan sumber (PERIKSA), {} baris belum dipetakan, {} komponen dinyatakan tidak ada",
        h.pasti, h.ditebak, h.belum_dipetakan, h.tidak_ada
    );
    println!(
        "  periksa: {} baris PERIKSA; standar check: {galat} galat, {peringatan} peringatan",
        laporan.periksa
    );
}

/// Each component's fate: into its form, kept as a note, stated absent, not found.
fn print_components(laporan: &Laporan) {
    for komponen in laporan
        .komponen
        .iter()
        .filter(|k| !matches!(k.hasil, Hasil::TidakTercantum | Hasil::TidakDitemukan))
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
    for hasil in [Hasil::TidakTercantum, Hasil::TidakDitemukan] {
        let keys: Vec<&str> = laporan
            .komponen
            .iter()
            .filter(|k| k.hasil == hasil)
            .filter(|k| hasil != Hasil::TidakDitemukan || impor_ringkasan::required(k.kunci))
            .map(|k| k.kunci)
            .collect();
        if !keys.is_empty() {
            println!("  {:<22} {}", label(hasil), keys.join(", "));
        }
    }
    // The management components are often not in a public document: counted, not listed.
    let internal = laporan
        .komponen
        .iter()
        .filter(|k| k.hasil == Hasil::TidakDitemukan && !impor_ringkasan::required(k.kunci))
        .count();
    if internal > 0 {
        println!("  komponen pengelolaan yang tidak ditemukan: {internal}");
    }
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
