//! Command-line interface: argument parsing, file discovery, output and exit codes.

mod aset;
mod audit;
mod build;
mod check;
mod diff;
mod diff_rev;
mod discover;
mod dokumen;
mod editor;
mod http;
mod impor;
mod impor_ringkasan;
mod init;
mod jalur;
mod new;
mod pipeline;
mod report;
mod schema;
mod serve;
mod setelan;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use standar::diagnostic::Code;
use standar::model::situs::{Bahasa, UkuranPapan};
use standar::schema::FileKind;

/// Exit codes, documented in the book (Perintah dan kode keluar); the larger is the worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// No errors (warnings allowed unless denied).
    Clean = 0,
    /// Errors found, or warnings with `--deny-warnings`.
    Problems = 1,
    /// Wrong usage, or a file or folder that could not be read or written.
    Usage = 2,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}

/// Kompilator Standar Pelayanan: memeriksa berkas YAML standar pelayanan dan
/// menerbitkannya sebagai halaman web, Markdown dan papan informasi.
#[derive(Debug, Parser)]
#[command(name = "standar", version, about, long_about = None)]
struct Cli {
    /// Hanya tampilkan galat: tanpa peringatan, tanpa bilah kemajuan dan ringkasan.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Tampilkan juga lama setiap tahap.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Periksa berkas standar dan laporkan setiap masalah dengan baris dan kolomnya.
    Check(CheckArgs),
    /// Periksa lalu terbitkan situs: halaman HTML, Markdown, JSON dan papan informasi.
    Build(BuildCliArgs),
    /// Cetak JSON Schema berkas standar, `_unit.yaml` atau `_situs.yaml`, atau tulis ketiganya ke
    /// folder.
    Schema(SchemaArgs),
    /// Siapkan repositori standar: `_situs.yaml`, unit pertama, schema untuk editor, pengaturan
    /// VS Code, `.gitignore` dan templat CI.
    Init(InitArgs),
    /// Buat berkas standar baru `<unit>/<slug>` berisi semua komponen dengan penjelasannya.
    New(NewArgs),
    /// Nilai kepatuhan setiap standar dan unit: 14 komponen UU 25/2009 Pasal 21 dan butir
    /// penilaian Ombudsman, dengan skor.
    Audit(AuditArgs),
    /// Impor standar yang sudah terbit (teks halaman .txt, halaman web .html, Word .docx, PDF, Excel .xlsx) menjadi draf YAML
    /// yang lolos `standar check`, dengan laporan apa masuk ke mana.
    Impor(ImporCliArgs),
    /// Pratinjau langsung di peramban (127.0.0.1): dibangun ulang dan dimuat ulang sendiri
    /// setiap kali berkas disimpan.
    Serve(ServeCliArgs),
    /// Tunjukkan perubahan isi antara dua versi berkas standar dengan kata-kata halaman
    /// (biaya, persyaratan, jangka waktu, …), bukan baris YAML.
    Diff(DiffCliArgs),
    /// Jelaskan sebuah kode diagnostik: artinya, cara memperbaikinya dan contohnya.
    Jelaskan(JelaskanArgs),
    /// (internal) Reads a PDF from standard input for `impor`, within limits.
    #[command(name = "__baca-pdf", hide = true)]
    BacaPdf {
        /// The limits are in force already.
        #[arg(long = "terbatas")]
        limited: bool,
    },
}

#[derive(Debug, clap::Args)]
struct ImporCliArgs {
    /// Dokumen standar (.txt, .html, .docx, .pdf), atau folder berisi dokumen-dokumen itu.
    #[arg(required = true, value_name = "SUMBER")]
    sources: Vec<PathBuf>,
    /// Folder tujuan draf: `FOLDER/<unit>/<layanan>.yaml`, dengan `_unit.yaml` bila unitnya baru.
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
    /// Nama folder unit (bawaan: dari pemerintah dan unit yang disebut dokumen).
    #[arg(long, value_name = "UNIT")]
    unit: Option<String>,
    /// Nama berkas standar tanpa `.yaml` (bawaan: dari nama layanan).
    #[arg(long, value_name = "NAMA")]
    slug: Option<String>,
    /// Format laporan: `human` (bawaan) atau `json`.
    #[arg(long, value_parser = ["human", "json"], default_value = "human")]
    format: String,
}

#[derive(Debug, clap::Args)]
struct ServeCliArgs {
    /// Folder korpus standar.
    #[arg(default_value = "standards")]
    paths: Vec<PathBuf>,
    /// Porta di 127.0.0.1 (`0`: porta bebas mana saja, yang dicetak saat mulai).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Alamat yang didengarkan; selain loopback (127.0.0.1, ::1) perlu `--allow-network`.
    #[arg(
        long,
        alias = "alamat",
        value_name = "ALAMAT-IP",
        default_value = "127.0.0.1"
    )]
    bind: std::net::IpAddr,
    /// Izinkan pratinjau dibuka dari jaringan (tanpa sandi; hanya di jaringan tepercaya).
    #[arg(long, alias = "izinkan-jaringan")]
    allow_network: bool,
}

#[derive(Debug, clap::Args)]
struct AuditArgs {
    /// Berkas atau folder yang dinilai.
    #[arg(default_value = "standards")]
    paths: Vec<PathBuf>,
    /// Format laporan.
    #[arg(long, value_enum, default_value = "human")]
    format: audit::AuditFormat,
    /// Gagal (kode keluar 1) bila skor satu standar atau unit di bawah angka ini (0–100).
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=100), conflicts_with = "rezim")]
    min_score: Option<u32>,
    /// Nilai menurut satu rezim penilaian: daftar butir dengan dasar hukumnya dan keadaannya
    /// (terpenuhi, belum, perlu bukti di luar berkas), tanpa skor. Tanpa opsi ini: audit
    /// kepatuhan bawaan dengan skornya.
    #[arg(long, value_enum)]
    rezim: Option<audit::RezimArg>,
    /// Nilai peninjauan berkala pada hari ini (bawaan: tanggal hari ini WIB, atau
    /// `SOURCE_DATE_EPOCH` bila diisi).
    #[arg(long = "hari-ini", alias = "today", value_name = "TTTT-BB-HH", value_parser = setelan::parse_hari_ini)]
    hari_ini: Option<standar::model::waktu::Tanggal>,
}

/// Output format of diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Laporan lengkap dengan cuplikan berkas (bawaan di terminal).
    Human,
    /// Satu baris per masalah: `berkas:baris:kolom: error[kode]: pesan` (bawaan bila tidak di terminal).
    Short,
    /// Satu dokumen JSON.
    Json,
    /// Anotasi GitHub Actions.
    Github,
    /// Laporan Code Quality GitLab (JSON Code Climate): `standar check --format gitlab > gl-code-quality-report.json`.
    Gitlab,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Berkas atau folder yang diperiksa.
    #[arg(default_value = "standards")]
    paths: Vec<PathBuf>,
    /// Format laporan.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Anggap peringatan sebagai kegagalan (kode keluar 1).
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Debug, clap::Args)]
struct BuildCliArgs {
    /// Folder korpus standar (atau berkas).
    #[arg(default_value = "standards")]
    paths: Vec<PathBuf>,
    /// Folder keluaran situs.
    #[arg(long, default_value = "site")]
    out: PathBuf,
    /// Ukuran papan informasi (menggantikan `papan` di `_situs.yaml`).
    #[arg(long, alias = "papan", value_name = "UKURAN", value_parser = named(&UkuranPapan::ALL, UkuranPapan::name))]
    board: Option<UkuranPapan>,
    /// Bahasa label halaman (menggantikan `bahasa` di `_situs.yaml`).
    #[arg(long, alias = "bahasa", value_name = "BAHASA", value_parser = named(&Bahasa::ALL, Bahasa::name))]
    lang: Option<Bahasa>,
    /// Alamat terbit situs, untuk sitemap, alamat kanonik dan kode QR (menggantikan `url_dasar`
    /// di `_situs.yaml`).
    #[arg(long, alias = "url-dasar", value_name = "URL")]
    base_url: Option<String>,
    /// Folder templat pengganti (berkas dengan nama sama menggantikan templat bawaan).
    #[arg(long, value_name = "FOLDER")]
    templates: Option<PathBuf>,
    /// Format laporan masalah.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Anggap peringatan sebagai kegagalan (situs tidak ditulis).
    #[arg(long)]
    deny_warnings: bool,
    /// Ganti folder keluaran walaupun berisi berkas yang bukan buatan standar.
    #[arg(long, alias = "paksa")]
    force: bool,
    /// Cetak juga setiap papan ke `papan.pdf` di sampingnya (memerlukan Chromium).
    #[arg(long)]
    pdf: bool,
    /// Izinkan `--pdf` mencetak papan tanpa kode QR dan alamat halaman bila `url_dasar` belum
    /// diketahui (bawaan: galat).
    #[arg(long, alias = "tanpa-qr")]
    no_qr: bool,
    /// Buat juga poster ringkas satu lembar setiap standar pada ukuran ini (`ringkas/papan.html`;
    /// dengan `--pdf` juga `ringkas/papan.pdf`), misalnya `a1` untuk standar yang panjang.
    #[arg(long, alias = "poster", value_name = "UKURAN", value_parser = named(&UkuranPapan::ALL, UkuranPapan::name))]
    ringkas: Option<UkuranPapan>,
    /// Lokasi Chromium untuk `--pdf` (bawaan: dicari di PATH).
    #[arg(long, env = "STANDAR_CHROMIUM", value_name = "PATH")]
    chromium: Option<PathBuf>,
    /// Bangun semuanya dari awal, tanpa memakai hasil build sebelumnya.
    #[arg(long, alias = "bersih")]
    clean: bool,
    /// Folder tembolok build (bawaan: `.<situs>.tembolok` di samping folder situs); simpan di
    /// CI agar build berikutnya hanya mengerjakan yang berubah.
    #[arg(long, alias = "tembolok", value_name = "FOLDER")]
    cache: Option<PathBuf>,
    /// Bangun situs untuk hari ini (bawaan: tanggal hari ini WIB, atau `SOURCE_DATE_EPOCH` bila
    /// diisi): menentukan versi standar yang berlaku dan peninjauan yang terlambat.
    #[arg(long = "hari-ini", alias = "today", value_name = "TTTT-BB-HH", value_parser = setelan::parse_hari_ini)]
    hari_ini: Option<standar::model::waktu::Tanggal>,
}

/// A value parser for one of a model enum's values by name: the model keeps the names, the
/// command line lists them in `--help` and its error messages.
fn named<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(all.iter().map(|value| name(*value))).try_map(
        move |chosen: String| {
            all.iter()
                .copied()
                .find(|value| name(*value) == chosen)
                .ok_or(clap::Error::new(clap::error::ErrorKind::InvalidValue))
        },
    )
}

#[derive(Debug, clap::Args)]
struct SchemaArgs {
    /// Jenis berkas: `standar` (berkas standar), `unit` (`_unit.yaml`) atau `situs`
    /// (`_situs.yaml`).
    #[arg(value_name = "JENIS", default_value = "standar", value_parser = named(&FileKind::ALL, FileKind::name))]
    kind: FileKind,
    /// Tulis ketiga schema ke folder ini alih-alih mencetak satu.
    #[arg(long, value_name = "FOLDER")]
    out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct DiffCliArgs {
    /// Dua berkas standar (lama lalu baru); dengan `--rev`, folder standar yang dibandingkan
    /// (bawaan: `standards`).
    paths: Vec<PathBuf>,
    /// Bandingkan revisi git: `A..B` (misalnya `HEAD~1..HEAD`), `A...B` (dari titik cabang B
    /// berpisah dari A, seperti pull request: `main...HEAD`), `A..` (sampai `HEAD`), atau `A`
    /// (dengan berkas di disk sekarang).
    #[arg(long, value_name = "REVISI")]
    rev: Option<String>,
    /// Format keluaran.
    #[arg(long, value_enum, default_value = "human")]
    format: diff::DiffFormat,
    /// Bahasa kalimat perubahan.
    #[arg(long, alias = "bahasa", value_name = "BAHASA", default_value = "id", value_parser = named(&Bahasa::ALL, Bahasa::name))]
    lang: Bahasa,
}

#[derive(Debug, clap::Args)]
struct JelaskanArgs {
    /// Kode yang dilaporkan, misalnya `kunci-tidak-dikenal`.
    #[arg(value_name = "KODE", value_parser = named(Code::ALL, Code::as_str))]
    code: Code,
}

#[derive(Debug, clap::Args)]
struct InitArgs {
    /// Folder repositori (bawaan: folder ini).
    #[arg(default_value = ".")]
    folder: PathBuf,
    /// Buat juga folder unit pertama `standards/<UNIT>/` dengan `_unit.yaml`-nya.
    #[arg(long, value_name = "UNIT")]
    unit: Option<String>,
    /// Tulis juga templat CI: `github` (GitHub Actions) atau `gitlab` (GitLab CI).
    #[arg(long, value_enum)]
    ci: Option<init::Ci>,
}

#[derive(Debug, clap::Args)]
struct NewArgs {
    /// `<unit>/<slug>`, misalnya `dinas-koperasi/fasilitasi-rapat`.
    name: String,
    /// Folder korpus standar.
    #[arg(long, default_value = "standards")]
    root: PathBuf,
}

/// Parses the arguments and runs the command.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => pipeline::Verbosity::Quiet,
        (_, true) => pipeline::Verbosity::Verbose,
        _ => pipeline::Verbosity::Normal,
    };
    let exit = match cli.command {
        Command::Check(args) => check::run(&args.paths, args.format, args.deny_warnings, verbosity),
        Command::Build(args) => build::run(&setelan::BuildArgs {
            paths: args.paths,
            out: args.out,
            papan: args.board,
            lang: args.lang,
            url_dasar: args.base_url,
            templates: args.templates,
            format: args.format,
            deny_warnings: args.deny_warnings,
            verbosity,
            force: args.force,
            pdf: args.pdf,
            no_qr: args.no_qr,
            ringkas: args.ringkas,
            clean: args.clean,
            cache: args.cache,
            chromium: args.chromium,
            hari_ini: args.hari_ini,
        }),
        Command::Schema(args) => schema::run(args.kind, args.out.as_deref()),
        Command::Init(args) => init::run(&args.folder, args.unit.as_deref(), args.ci),
        Command::New(args) => new::run(&args.name, &args.root),
        Command::Impor(args) => impor::run(&impor::ImporArgs {
            sources: args.sources,
            out: args.out,
            unit: args.unit,
            slug: args.slug,
            json: args.format == "json",
            verbosity,
        }),
        Command::Serve(args) => serve::run(serve::ServeArgs {
            paths: args.paths,
            port: args.port,
            bind: args.bind,
            allow_network: args.allow_network,
            verbosity,
        }),
        Command::Audit(args) => match args.rezim {
            Some(rezim) => audit::run_rezim(
                &args.paths,
                args.format,
                rezim,
                setelan::hari_ini(args.hari_ini),
                verbosity,
            ),
            None => audit::run(
                &args.paths,
                args.format,
                args.min_score,
                setelan::hari_ini(args.hari_ini),
                verbosity,
            ),
        },
        Command::Diff(args) => diff::run(&diff::DiffArgs {
            paths: args.paths,
            rev: args.rev,
            format: args.format,
            bahasa: args.lang,
        }),
        Command::Jelaskan(args) => {
            print!("{}", standar::diagnostic::penjelasan::halaman(args.code));
            Exit::Clean
        }
        Command::BacaPdf { limited } => return dokumen::run_child(limited),
    };
    exit.into()
}
