//! Generates a large, realistic corpus of valid standards for benchmarks.
//!
//! ```sh
//! cargo run --release --example korpus -- --jumlah 10000 --benih 1 --out /tmp/korpus
//! ```
//!
//! The texts come from the shipped standards in `standards/` (every text of at least a few
//! words), varied and mixed with multi-byte characters. Units hold 20–60 standards; standards
//! have 3–40 requirements and steps (most short, as in real standards: median about 9), fees with a legal basis or none, one or two flows, and
//! step times that add up to the declared total, so that every generated standard checks
//! without errors. The same seed always gives the same files.
//!
//! `--panjang P` makes P % of the standards long, for testing boards and pages: 40–110
//! requirements (notes, a group with sub-items), 25–40 steps with actors, times and a decision
//! with a note, several fees with payer categories and notes, named complaint officers, a
//! link in Markdown and an unbreakable address. Without it the corpus is the one the
//! benchmarks measure.

// Tests and tools read and write files and start the program; the library does not.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;
use std::path::{Path, PathBuf};

use standar::parse::{Limits, parse};
use standar::source::SourceFile;

/// SplitMix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    /// A list length from 3 to 40, most often short as in real standards (median about 9).
    fn length(&mut self) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        3 + (37.0 * u.powf(2.5)).round() as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }
}

const REGIONS: &[&str] = &[
    "Kabupaten Jember",
    "Kabupaten Gianyar",
    "Kabupaten Solok",
    "Kabupaten Bengkulu Selatan",
    "Provinsi Kalimantan Barat",
    "Kota Pontianak",
    "Kabupaten Sleman",
    "Kota Makassar",
    "Kabupaten Banyuwangi",
    "Kota Denpasar",
    "Provinsi Nusa Tenggara Timur",
    "Kabupaten Jayapura",
];
const UNITS: &[&str] = &[
    "Dinas Kesehatan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Penanaman Modal dan PTSP",
    "Sekretariat Daerah",
    "Dinas Koperasi dan UKM",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Perhubungan",
    "Badan Pendapatan Daerah",
    "Dinas Sosial",
    "RSUD",
];
const ACTORS: &[&str] = &[
    "Pemohon",
    "Petugas loket",
    "Verifikator",
    "Kasubag",
    "Kabid",
    "Kepala Dinas",
];
const UNITS_OF_TIME: &[(&str, u32)] = &[("menit", 1), ("jam", 60)];
const DECORATIONS: &[&str] = &[
    "",
    " — asli",
    " ± 2 lembar",
    " (café & ruang tunggu)",
    " – rangkap 2",
    " untuk Warga Négara Asing",
];

fn main() {
    let mut count = 1000usize;
    let mut seed = 1u64;
    let mut out = PathBuf::from("korpus");
    let mut long = 0u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--jumlah" => count = value.parse().unwrap_or(count),
            "--benih" => seed = value.parse().unwrap_or(seed),
            "--out" => out = PathBuf::from(value),
            "--panjang" => long = value.parse().unwrap_or(long),
            _ => {
                eprintln!("pemakaian: korpus --jumlah N --benih S --out FOLDER [--panjang PERSEN]");
                std::process::exit(2);
            }
        }
    }
    let texts = harvest(Path::new("standards"));
    if texts.len() < 20 {
        eprintln!("korpus: jalankan dari akar repositori (perlu standards/)");
        std::process::exit(2);
    }
    if out.exists() {
        eprintln!("korpus: {} sudah ada; pilih folder baru", out.display());
        std::process::exit(2);
    }
    let (files, bytes) = generate(&texts, count, seed, long, &out);
    println!(
        "korpus: {count} standar, {files} berkas, {:.1} MB di {}",
        bytes as f64 / 1e6,
        out.display()
    );
}

/// Every text of the shipped standards that is a sentence or a phrase of a few words.
pub(crate) fn harvest(root: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for entry in walk(root) {
        let Ok(text) = fs::read_to_string(&entry) else {
            continue;
        };
        let file = SourceFile::new(entry.display().to_string(), text);
        let (Some(doc), _) = parse(&file, &Limits::default()) else {
            continue;
        };
        let mut pointer = String::new();
        doc.root.walk_scalars(&mut pointer, &mut |_, _, scalar| {
            let t = scalar.text.trim();
            if t.split_whitespace().count() >= 3
                && t.len() < 300
                && !t.contains("://")
                && !t.contains('@')
            {
                texts.push(t.replace('\n', " "));
            }
        });
    }
    texts.sort();
    texts.dedup();
    texts
}

pub fn walk(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(root) else {
        return out;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    out
}

fn q(text: &str) -> String {
    // A JSON string is a valid YAML double-quoted scalar.
    serde_json::to_string(text).unwrap_or_default()
}

pub(crate) fn generate(
    texts: &[String],
    count: usize,
    seed: u64,
    long: u64,
    out: &Path,
) -> (usize, u64) {
    let mut rng = Rng(seed);
    let mut made = 0;
    let mut files = 0;
    let mut bytes = 0u64;
    let mut unit_number = 0;
    while made < count {
        unit_number += 1;
        let size = rng.range(20, 60).min(count - made);
        let region = *rng.pick(REGIONS);
        let unit = *rng.pick(UNITS);
        let folder = out.join(format!("unit-{unit_number:05}"));
        fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        let unit_yaml = unit_file(&mut rng, region, unit, unit_number);
        bytes += unit_yaml.len() as u64;
        fs::write(folder.join("_unit.yaml"), unit_yaml).unwrap_or_else(|e| panic!("{e}"));
        files += 1;
        for i in 0..size {
            let yaml = if long > 0 && rng.chance(long) {
                long_standard(&mut rng, texts, unit_number, i)
            } else {
                standard(&mut rng, texts, unit_number, i)
            };
            bytes += yaml.len() as u64;
            fs::write(folder.join(format!("layanan-{i:03}.yaml")), yaml)
                .unwrap_or_else(|e| panic!("{e}"));
            files += 1;
        }
        made += size;
    }
    (files, bytes)
}

fn unit_file(rng: &mut Rng, region: &str, unit: &str, number: usize) -> String {
    let phone = format!(
        "\"(0{}) {}\"",
        rng.range(21, 986),
        rng.range(100_000, 999_999)
    );
    let mut y = format!(
        "versi_format: 1\npenyelenggara:\n  pemerintah: Pemerintah {region}\n  unit: {unit}\n  alamat: {}\n  telepon: {phone}\n  email: layanan{number}@contoh.go.id\n  website: unit{number}.contoh.go.id\n",
        q(&format!("Jl. Merdeka No. {} — {region}", rng.range(1, 200)))
    );
    y.push_str(&format!(
        "sk:\n  nomor: \"{}/SK/{}\"\n  tanggal: 2024-0{}-1{}\n",
        rng.range(1, 999),
        number,
        rng.range(1, 9),
        rng.range(0, 9)
    ));
    y.push_str("jam_pelayanan:\n  - hari: [senin, selasa, rabu, kamis]\n    jam: 08.00-15.30\n    istirahat: 12.00-13.00\n    zona_waktu: WITA\n  - hari: [jumat]\n    jam: 08.00-11.00\n");
    y.push_str(&format!(
        "maklumat:\n  penandatangan:\n    jabatan: Kepala {unit}\n    nama: Pejabat Nomor {number}\n    nip: \"19{:02}0101 199003 1 {:03}\"\n    tempat: {}\n    tanggal: 2024-01-02\n",
        rng.range(60, 89),
        rng.range(1, 999),
        region.rsplit(' ').next().unwrap_or("Kota")
    ));
    y.push_str(
        "pengaduan:\n  saluran:\n    - jenis: langsung\n      keterangan: Loket pengaduan\n",
    );
    if rng.chance(70) {
        y.push_str(&format!(
            "    - jenis: whatsapp\n      kontak: \"08{}\"\n",
            rng.range(1_000_000_000, 9_999_999_999)
        ));
    }
    if rng.chance(50) {
        y.push_str(&format!("    - jenis: telepon\n      kontak: {phone}\n"));
    }
    if rng.chance(60) {
        y.push_str(&format!(
            "    - jenis: email\n      kontak: pengaduan{number}@contoh.go.id\n"
        ));
    }
    y.push_str("    - jenis: sp4n_lapor\n      kontak: https://www.lapor.go.id\n");
    if rng.chance(50) {
        y.push_str("  tenggat:\n    - tingkat: Pengaduan ringan\n      waktu: selambat-lambatnya 3 jam\n    - tingkat: Pengaduan normatif\n      waktu: selambat-lambatnya 5 hari kerja\n    - tingkat: Pengaduan berkadar pengawasan\n      waktu: selambat-lambatnya 60 hari kerja\n");
    }
    y
}

fn text(rng: &mut Rng, texts: &[String]) -> String {
    let base = rng.pick(texts).clone();
    let decoration = *rng.pick(DECORATIONS);
    format!("{base}{decoration}")
}

fn standard(rng: &mut Rng, texts: &[String], unit: usize, index: usize) -> String {
    let mut y = String::from("versi_format: 1\n");
    y.push_str(&format!(
        "nama: {}\n",
        q(&format!(
            "Layanan {} nomor {unit}-{index}",
            text(rng, texts)
        ))
    ));
    if rng.chance(60) {
        y.push_str(&format!("deskripsi: {}\n", q(&text(rng, texts))));
    }
    y.push_str("persyaratan:\n");
    for _ in 0..rng.length() {
        if rng.chance(15) {
            y.push_str(&format!(
                "  - uraian: {}\n    keterangan: {}\n",
                q(&text(rng, texts)),
                q(&text(rng, texts))
            ));
        } else {
            y.push_str(&format!("  - {}\n", q(&text(rng, texts))));
        }
    }
    if rng.chance(10) {
        y.push_str(&format!(
            "  - kelompok: Kasus khusus\n    daftar:\n      - {}\n      - {}\n",
            q(&text(rng, texts)),
            q(&text(rng, texts))
        ));
    }
    let (timed, total) = procedure(rng, texts, &mut y);
    y.push_str("jangka_waktu:\n");
    if timed {
        y.push_str(&format!("  total: {total} menit\n"));
    } else if rng.chance(50) {
        y.push_str(&format!(
            "  total: paling lambat {} hari kerja\n  mulai: {}\n  perpanjangan: {} hari kerja\n",
            rng.range(1, 30),
            rng.pick(&["setelah berkas lengkap", "sejak pengaduan diterima"]),
            rng.range(1, 10)
        ));
    } else {
        y.push_str(&format!("  keterangan: {}\n", q(&text(rng, texts))));
    }
    if rng.chance(10) {
        y.push_str(&format!(
            "  tenggat_pemohon:\n    uraian: {}\n    waktu: paling lambat {} hari\n    mulai: sejak peristiwa terjadi\n",
            q(&text(rng, texts)),
            rng.range(10, 60)
        ));
    }
    fee(rng, texts, &mut y);
    y.push_str("produk:\n");
    for _ in 0..rng.range(1, 3) {
        y.push_str(&format!("  - {}\n", q(&text(rng, texts))));
    }
    if rng.chance(40) {
        y.push_str("dasar_hukum:\n  - jenis: Undang-Undang\n    nomor: \"25\"\n    tahun: 2009\n    tentang: Pelayanan Publik\n");
        y.push_str(&format!(
            "sarana_prasarana:\n  - {}\n",
            q(&text(rng, texts))
        ));
        y.push_str("jumlah_pelaksana:\n  jumlah: 3\n");
        y.push_str(&format!("evaluasi_kinerja: {}\n", q(&text(rng, texts))));
    }
    y
}

/// A long standard with every kind of public fact a board must carry.
fn long_standard(rng: &mut Rng, texts: &[String], unit: usize, index: usize) -> String {
    let mut y = String::from("versi_format: 1\n");
    y.push_str(&format!(
        "nama: {}\n",
        q(&format!(
            "Layanan panjang {} nomor {unit}-{index}",
            text(rng, texts)
        ))
    ));
    y.push_str("persyaratan:\n");
    let requirements = rng.range(40, 110);
    for i in 0..requirements {
        match i % 9 {
            4 => y.push_str(&format!(
                "  - uraian: {}\n    keterangan: {}\n",
                q(&text(rng, texts)),
                q(&format!(
                    "Lihat [contoh formulir](https://contoh.go.id/formulir/{unit}-{index}) dan {}",
                    text(rng, texts)
                ))
            )),
            7 => y.push_str(&format!(
                "  - kelompok: {}\n    daftar:\n      - {}\n      - {}\n      - {}\n",
                q(&format!("Untuk pemohon kategori {i}")),
                q(&text(rng, texts)),
                q(&text(rng, texts)),
                q(&text(rng, texts))
            )),
            8 => y.push_str(&format!(
                "  - {}\n",
                q(&format!(
                    "Unggah berkas di https://layanan.contoh.go.id/unggah/permohonan/{unit}/{index}/berkas-persyaratan-lengkap-{i}"
                ))
            )),
            _ => y.push_str(&format!("  - {}\n", q(&text(rng, texts)))),
        }
    }
    let total = long_procedure(rng, texts, &mut y);
    y.push_str(&format!("jangka_waktu:\n  total: {total} menit\n"));
    long_fee(rng, texts, &mut y);
    y.push_str("produk:\n");
    for _ in 0..rng.range(2, 6) {
        y.push_str(&format!(
            "  - uraian: {}\n    keterangan: {}\n",
            q(&text(rng, texts)),
            q(&text(rng, texts))
        ));
    }
    long_complaints(rng, texts, &mut y, unit, index);
    y
}

/// The procedure: actors, one or two flows of steps; whether steps are timed, and their total.
fn procedure(rng: &mut Rng, texts: &[String], y: &mut String) -> (bool, u32) {
    let actors: Vec<&str> = ACTORS.iter().copied().filter(|_| rng.chance(70)).collect();
    let flows = if rng.chance(20) { 2 } else { 1 };
    let steps_total = rng.length();
    let timed = rng.chance(60);
    let (unit_name, unit_minutes) = *rng.pick(UNITS_OF_TIME);
    let mut total = 0u32;
    y.push_str("prosedur:\n");
    if !actors.is_empty() {
        y.push_str("  pelaksana:\n");
        for a in &actors {
            y.push_str(&format!("    - {a}\n"));
        }
    }
    y.push_str("  alur:\n");
    for flow in 0..flows {
        y.push_str(&format!(
            "    - nama: {}\n      langkah:\n",
            q(if flow == 0 {
                "Datang langsung"
            } else {
                "Melalui aplikasi daring"
            })
        ));
        let steps = if flow == 0 {
            steps_total
        } else {
            rng.range(3, 10)
        };
        let mut flow_total = 0u32;
        for _ in 0..steps {
            let uraian = text(rng, texts);
            if actors.is_empty() && !timed {
                y.push_str(&format!("        - {}\n", q(&uraian)));
                continue;
            }
            y.push_str(&format!("        - uraian: {}\n", q(&uraian)));
            if !actors.is_empty() {
                y.push_str(&format!("          pelaksana: {}\n", rng.pick(&actors)));
            }
            if timed && flow == 0 {
                let n = rng.range(1, 30) as u32;
                flow_total += n * unit_minutes;
                y.push_str(&format!("          waktu: {n} {unit_name}\n"));
            }
            if rng.chance(20) {
                y.push_str(&format!(
                    "          mutu_baku:\n            kelengkapan: {}\n            output: {}\n",
                    q(&text(rng, texts)),
                    q(&text(rng, texts))
                ));
            }
        }
        if flow == 0 {
            total = flow_total;
        }
    }
    (timed, total)
}

/// The fee: free, a formula, or tariff items with their regulation.
fn fee(rng: &mut Rng, texts: &[String], y: &mut String) {
    y.push_str("biaya:\n");
    if rng.chance(70) {
        y.push_str(if rng.chance(20) {
            "  gratis: Bebas biaya\n"
        } else {
            "  gratis: true\n"
        });
    } else if rng.chance(10) {
        y.push_str(&format!(
            "  rumus: {}\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"{}\"\n      tahun: {}\n",
            q(&text(rng, texts)),
            rng.range(1, 20),
            rng.range(2010, 2024)
        ));
    } else {
        y.push_str(&format!(
            "  gabungan: {}\n  tarif:\n",
            rng.pick(&["salah_satu", "dijumlahkan", "sesuai_pemakaian"])
        ));
        for _ in 0..rng.range(1, 4) {
            y.push_str(&format!(
                "    - uraian: {}\n      rupiah: {}\n      per: {}\n      kategori: {}\n",
                q(&text(rng, texts)),
                rng.range(1, 300) * 5000,
                rng.pick(&["hari", "6 jam", "lembar", "dokumen"]),
                rng.pick(&["Umum", "BPJS", "Pelajar"])
            ));
        }
        y.push_str(&format!(
            "  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"{}\"\n      tahun: {}\n      tentang: Retribusi Jasa Umum\n",
            rng.range(1, 20),
            rng.range(2010, 2024)
        ));
    }
}

/// A long procedure of timed steps with one decision; the total minutes.
fn long_procedure(rng: &mut Rng, texts: &[String], y: &mut String) -> usize {
    let steps = rng.range(25, 40);
    let decision = rng.range(3, steps - 1);
    let mut total = 0;
    y.push_str("prosedur:\n  pelaksana:\n");
    for actor in ACTORS {
        y.push_str(&format!("    - {actor}\n"));
    }
    y.push_str("  alur:\n    - nama: Datang langsung\n      langkah:\n");
    for i in 1..=steps {
        let minutes = rng.range(1, 30);
        total += minutes;
        y.push_str(&format!(
            "        - uraian: {}\n          pelaksana: {}\n          waktu: {minutes} menit\n",
            q(&text(rng, texts)),
            rng.pick(ACTORS)
        ));
        if i == decision {
            y.push_str(&format!(
                "          keputusan:\n            pertanyaan: Berkas lengkap?\n            tidak: 1\n          keterangan: {}\n",
                q(&text(rng, texts))
            ));
        }
    }
    total
}

/// Several tariffs, a heading over items with several prices, and a category priced by a regulation.
fn long_fee(rng: &mut Rng, texts: &[String], y: &mut String) {
    y.push_str(&format!(
        "biaya:\n  gabungan: {}\n  tarif:\n",
        rng.pick(&["salah_satu", "dijumlahkan", "sesuai_pemakaian"])
    ));
    for _ in 0..rng.range(2, 5) {
        y.push_str(&format!(
            "    - uraian: {}\n      rupiah: {}\n      per: {}\n      kategori: {}\n      keterangan: {}\n",
            q(&text(rng, texts)),
            rng.range(1, 400) * 2500,
            rng.pick(&["hari", "6 jam", "per lembar", "sampai dengan 6 jam"]),
            rng.pick(&["Umum", "BPJS", "Pelajar", "Badan usaha"]),
            q(&text(rng, texts))
        ));
    }
    // A heading over items with several prices, and a payer category priced by a regulation.
    y.push_str(&format!(
        "    - uraian: {}\n      rincian:\n",
        q(&text(rng, texts))
    ));
    for _ in 0..rng.range(2, 4) {
        y.push_str(&format!(
            "        - uraian: {}\n          harga:\n            - rupiah: {}\n              per: hari\n            - rupiah: {}\n              per: sampai dengan 6 jam\n              keterangan: {}\n",
            q(&text(rng, texts)),
            rng.range(1, 400) * 2500,
            rng.range(1, 200) * 2500,
            q(&text(rng, texts))
        ));
    }
    y.push_str(&format!(
        "    - kategori: {}\n      dasar_hukum:\n        - jenis: Peraturan\n          penerbit: Menteri Kesehatan\n          nomor: \"{}\"\n          tahun: {}\n",
        rng.pick(&["Peserta BPJS", "Peserta Jamkesda"]),
        rng.range(1, 20),
        rng.range(2010, 2024)
    ));
    y.push_str(&format!(
        "  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"{}\"\n      tahun: {}\n      tentang: Retribusi Jasa Umum\n",
        rng.range(1, 20),
        rng.range(2010, 2024)
    ));
}

/// Complaint handling with every kind of channel and officer.
fn long_complaints(rng: &mut Rng, texts: &[String], y: &mut String, unit: usize, index: usize) {
    y.push_str(&format!(
        "pengaduan:\n  pelaksana:\n    - nama: Koordinator Pengaduan\n      keterangan: {}\n  saluran:\n    - jenis: langsung\n      keterangan: Loket pengaduan\n    - jenis: whatsapp\n      kontak: \"08{}\"\n    - jenis: email\n      kontak: aduan{unit}@contoh.go.id\n    - jenis: faks\n      kontak: \"(0361) {}\"\n    - jenis: instagram\n      kontak: \"@aduan_{unit}\"\n  petugas:\n    - nama: {}\n      jabatan: Pengelola Pengaduan\n      telepon: \"08{}\"\n    - nama: {}\n      email: petugas{index}@contoh.go.id\n    - jabatan: Koordinator Pengaduan\n      telepon: \"08{}\"\n      keterangan: {}\n",
        q(&text(rng, texts)),
        rng.range(1_000_000_000, 9_999_999_999),
        rng.range(100_000, 999_999),
        q(&format!("Petugas Pengaduan {unit}-{index}")),
        rng.range(1_000_000_000, 9_999_999_999),
        q(&format!("Pejabat Pengaduan {unit}-{index}")),
        rng.range(1_000_000_000, 9_999_999_999),
        q(&text(rng, texts))
    ));
}
