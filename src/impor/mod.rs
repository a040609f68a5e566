//! `standar impor`: an existing published standard, as text copied from its page or read
//! from its saved page, Word document or PDF ([`berkas`]), turned into a YAML draft that
//! passes `standar check` without errors. The pipeline mirrors the compiler's: lines ([`baris`]) → parts ([`pecah`]: opening, one block per component,
//! furniture) → identity ([`identitas`]) → typed components ([`susun`]) → YAML ([`yaml`]),
//! then the draft is checked and, if a structured value is refused, made again with only
//! the forms that cannot fail. Nothing of the source is dropped silently: what has no place
//! is a comment at the end of the draft, page furniture is listed in the report.

pub mod asal;
pub mod baris;
mod bentuk;
pub mod berkas;
mod biaya;
#[cfg(feature = "docx")]
mod docx;
pub mod html;
pub mod identitas;
mod jam;
mod jenis;
mod judul_terlipat;
#[cfg(feature = "dokumen")]
mod kolom;
mod label;
mod label_sebaris;
mod layanan;
#[cfg(feature = "dokumen")]
mod lembar;
#[cfg(feature = "dokumen")]
pub mod pdf;
pub mod pecah;
mod pelaksana;
mod pengaduan;
mod penyelenggara;
pub mod susun;
mod tebak;
pub mod tinjau;
mod vertikal;
mod waktu;
pub mod yaml;

use std::collections::BTreeMap;

use regex::Regex;
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::komponen::Komponen;
use crate::parse::Limits;
use crate::pipeline::compile;
use baris::Baris;
use bentuk::Aman;
use susun::Hasil;
use yaml::{ButirDraf, Nilai, Peta};

/// A regular expression of this module: a constant pattern, compiled by the tests of the
/// file that holds it.
fn pola(pattern: &str) -> Regex {
    #[allow(
        clippy::expect_used,
        reason = "a constant pattern, covered by the tests"
    )]
    Regex::new(pattern).expect("a constant pattern")
}

/// What the command line may override.
#[derive(Debug, Clone, Default)]
pub struct Pilihan {
    /// The unit folder's name.
    pub unit: Option<String>,
    /// The standard's file name (without `.yaml`).
    pub slug: Option<String>,
    /// Text the source hides from its readers (see [`berkas::Dokumen`]): written as a
    /// comment at the end of the first draft for the officer, never as content.
    pub tersembunyi: Vec<String>,
    /// The decree of the document, for the services after its first.
    pub sk_dokumen: Option<identitas::SkDokumen>,
}

/// One component in the report.
#[derive(Debug, Clone, Serialize)]
pub struct KomponenLaporan {
    /// Its YAML key.
    pub kunci: &'static str,
    /// How it was carried over.
    pub hasil: Hasil,
    /// Found by content and order, not by a heading.
    pub ditebak: bool,
}

/// A source line, as the report names it.
#[derive(Debug, Clone, Serialize)]
pub struct BarisLaporan {
    /// Line number in the source.
    pub baris: usize,
    /// Its text.
    pub teks: String,
}

impl From<&Baris> for BarisLaporan {
    fn from(line: &Baris) -> Self {
        BarisLaporan {
            baris: line.nomor,
            teks: line.teks.clone(),
        }
    }
}

/// What the import did with one document.
#[derive(Debug, Clone, Serialize)]
pub struct Laporan {
    /// The service's name.
    pub nama: String,
    /// Each component, in the order of the standard.
    pub komponen: Vec<KomponenLaporan>,
    /// Page furniture left out.
    pub perabot: Vec<BarisLaporan>,
    /// The title block's lines read as the document's structure (its decree, `LAMPIRAN`,
    /// a table's header row), not as content.
    pub kepala: Vec<BarisLaporan>,
    /// Lines listed under `belum_dipetakan` at the end of the draft: no component fits them,
    /// and the draft is not published until an officer has moved or deleted each one.
    pub tidak_terpetakan: Vec<BarisLaporan>,
    /// Passages the source hides from its readers, kept as a comment at the end of the draft.
    pub tersembunyi: Vec<String>,
    /// How many `# PERIKSA:` lines the draft has.
    pub periksa: usize,
    /// Whether durations, amounts and contacts had to be left as text because a check
    /// refused their structured form.
    pub aman: bool,
    /// The draft's values by how they were placed.
    pub hitungan: asal::Hitungan,
}

impl Laporan {
    /// Whether the document gave no component at all: most likely not a standard's page.
    pub fn tanpa_komponen(&self) -> bool {
        self.komponen
            .iter()
            .all(|k| matches!(k.hasil, Hasil::TidakTercantum | Hasil::TidakDitemukan))
    }
}

/// A draft: the unit folder and file names, the standard and the unit file, the report.
#[derive(Debug, Clone)]
pub struct Draf {
    /// The unit folder's name.
    pub unit: String,
    /// The standard's file name, without `.yaml`.
    pub slug: String,
    /// The standard's YAML.
    pub standar: String,
    /// The unit file's YAML.
    pub unit_yaml: String,
    /// The report.
    pub laporan: Laporan,
    /// Where each value of `standar` came from, in the order written.
    pub asal: Vec<yaml::Jejak>,
    /// The decree the standard was read with.
    pub sk: identitas::SkDokumen,
}

/// The most services one document may hold: a unit's whole book of standards has a few
/// dozen; a document splitting into thousands is not one to draft from.
pub const MAKS_LAYANAN: usize = 200;

/// A document that splits into more than [`MAKS_LAYANAN`] services (how many).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerlaluBanyakLayanan(pub usize);

impl std::fmt::Display for TerlaluBanyakLayanan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "dokumen ini terbaca sebagai {} layanan, lebih dari {MAKS_LAYANAN} dalam satu dokumen; tidak ada draf yang ditulis. Pisahkan dokumennya per unit atau per layanan, lalu impor bagian-bagiannya",
            self.0
        )
    }
}

/// Imports the text of one page (`sumber` names it in the drafts' header): one draft per
/// service the page holds (a page may list several, one after another), each checked.
/// The services after the first share the first one's unit.
pub fn impor(
    text: &str,
    sumber: &str,
    pilihan: &Pilihan,
) -> Result<Vec<(Draf, Vec<Diagnostic>)>, TerlaluBanyakLayanan> {
    let services = layanan::layanan(baris::baca(text));
    if services.len() > MAKS_LAYANAN {
        return Err(TerlaluBanyakLayanan(services.len()));
    }
    let mut drafts: Vec<(Draf, Vec<Diagnostic>)> = Vec::with_capacity(services.len());
    for lines in services {
        let first = drafts.first().map(|(d, _)| d);
        let mut pilihan = pilihan.clone();
        if let Some(first) = first {
            pilihan.unit = Some(first.unit.clone());
            pilihan.sk_dokumen = Some(first.sk.clone());
            // A given file name is the first service's; the others are named after theirs.
            pilihan.slug = None;
            pilihan.tersembunyi.clear();
        }
        let shared_unit = first.map(|d| d.unit_yaml.clone());
        drafts.push(satu(lines, text, sumber, &pilihan, shared_unit.as_deref()));
    }
    Ok(drafts)
}

/// One service's draft, beside the unit file it will share (`shared_unit`, else its own):
/// structured, each component a check refuses in the form that cannot fail (every one,
/// when a refusal cannot be traced to a component).
fn satu(
    lines: Vec<Baris>,
    whole: &str,
    sumber: &str,
    pilihan: &Pilihan,
    shared_unit: Option<&str>,
) -> (Draf, Vec<Diagnostic>) {
    let made = |lines, aman: &Aman| {
        let mut draf = susun_draf(lines, whole, sumber, pilihan, aman);
        if let Some(unit) = shared_unit {
            draf.unit_yaml = unit.to_string();
        }
        let diagnostics = periksa(&draf);
        (draf, diagnostics)
    };
    let mut aman = Aman::default();
    loop {
        let (draf, diagnostics) = made(lines.clone(), &aman);
        // A decision left to the officer is no reason to give up the structured draft.
        let refused = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error && !d.code.awaits_decision())
            // The unit file has no structured form to give up.
            .filter(|d| !d.file.path.ends_with(crate::corpus::UNIT_FILE));
        let before = aman.clone();
        for diagnostic in refused {
            aman.tolak(diagnostic);
        }
        if aman == before {
            return (draf, diagnostics);
        }
    }
}

/// Checks a draft as `standar check` would, beside its unit file.
pub fn periksa(draf: &Draf) -> Vec<Diagnostic> {
    let inputs = crate::sunting::inputs_in(
        &draf.unit,
        &format!("{}.yaml", draf.slug),
        &draf.standar,
        Some(&draf.unit_yaml),
    );
    compile(inputs, &Limits::default()).diagnostics
}

fn periksa_count(entries: &[(String, ButirDraf)]) -> usize {
    fn count(butir: &ButirDraf) -> usize {
        let own = butir
            .catatan
            .iter()
            .filter(|c| c.starts_with("PERIKSA"))
            .count();
        own + match &butir.nilai {
            Nilai::Daftar(items) => items.iter().map(count).sum(),
            Nilai::Peta(entries) => entries.iter().map(|(_, b)| count(b)).sum(),
            _ => 0,
        }
    }
    entries.iter().map(|(_, b)| count(b)).sum()
}

/// Numbers whose words disagree (`2 (tiga) hari`) keep their digits; the words go, and a
/// note says what the document wrote. A check refuses the disagreement, and the digits are
/// what the page's own arithmetic (totals, parts) reads.
fn digits_over_words(lines: &mut [Baris]) -> Vec<String> {
    let mut notes = Vec::new();
    for line in lines.iter_mut() {
        let found = crate::check::terbilang::selisih(&line.teks);
        for selisih in found.iter().rev() {
            notes.push(format!(
                "PERIKSA: baris {} sumber menulis {} ({}), padahal terbilangnya {}; angka {} yang dipakai",
                line.nomor, selisih.angka, selisih.tertulis, selisih.terbilang, selisih.angka
            ));
            line.teks.replace_range(selisih.kata.clone(), "");
        }
    }
    notes.reverse();
    notes
}

/// The document cut into its opening, components and closing; what the opening and closing
/// say of the standard's identity; and the lines of either that are content no component
/// took. Opening hours headed as a time are moved to the hours.
fn read_parts(lines: Vec<Baris>, text: &str) -> (pecah::Pecahan, identitas::Identitas, Vec<Baris>) {
    let mut parts = pecah::pecah(lines);
    let mut id = identitas::baca(&parts.pembuka, text);
    let mut unplaced: Vec<Baris> = id.sisa.clone();
    // The closing's signature place, page numbers and the unit's address online are read;
    // the rest is content no component took.
    for line in parts.penutup.iter().filter(|l| !l.kosong()) {
        if !identitas::baca_penutup(&mut id, line) {
            unplaced.push(line.clone());
        }
    }
    jam::hours_headed_as_time(&mut parts.blok);
    biaya::fee_basis_under_fees(&mut parts.blok);
    (parts, id, unplaced)
}

/// The draft's first entries: the format's version, the service's name and its SK; and the
/// name as text.
fn identity_entries(id: &identitas::Identitas, sumber: &str) -> (Vec<(String, ButirDraf)>, String) {
    let mut entries: Vec<(String, ButirDraf)> = Vec::new();
    entries.push(("versi_format".to_string(), ButirDraf::new(Nilai::Angka(1))));
    let (nama, nama_text) = nama(id, sumber);
    entries.push(("nama".to_string(), nama));
    let mut sk = Peta::default();
    if let Some(nomor) = &id.nomor_sk {
        sk.isi("nomor", ButirDraf::teks(nomor.clone()));
    }
    if let Some(tanggal) = &id.tanggal_sk {
        sk.isi("tanggal", ButirDraf::teks(tanggal.clone()));
    }
    if !sk.kosong() {
        entries.push(("sk".to_string(), sk.butir()));
    }
    (entries, nama_text)
}

fn susun_draf(
    mut lines: Vec<Baris>,
    text: &str,
    sumber: &str,
    pilihan: &Pilihan,
    aman: &Aman,
) -> Draf {
    let corrected = digits_over_words(&mut lines);
    let (parts, mut id, mut unplaced) = read_parts(lines, text);
    if let Some(sk) = &pilihan.sk_dokumen {
        id.warisi_sk(sk);
    }
    let ranges = asal::rentang_komponen(&parts.blok);
    let mut blocks = merge_blocks(&parts.blok);
    let hours = blocks
        .remove(&Komponen::JamPelayanan)
        .and_then(|(lines, _)| {
            let (hours, rest) = jam::jam_pelayanan(&lines);
            unplaced.extend(rest);
            hours
        });
    // The pledge needs its signatory, which pages rarely give: kept for the officer.
    if let Some((lines, _)) = blocks.remove(&Komponen::Maklumat) {
        unplaced.extend(lines.into_iter().filter(|l| !l.kosong()));
    }

    let (mut entries, nama_text) = identity_entries(&id, sumber);

    let hours_found = hours.is_some();
    if let Some(hours) = hours {
        entries.push(("jam_pelayanan".to_string(), hours));
    }
    let (components, mut report, stated_none) =
        components(&mut blocks, &parts.lapor, aman, &mut unplaced);
    if hours_found {
        report.push(KomponenLaporan {
            kunci: Komponen::JamPelayanan.kunci(),
            hasil: Hasil::Terstruktur,
            ditebak: false,
        });
    }
    entries.extend(components);
    if !stated_none.is_empty() {
        entries.push((
            "tidak_tercantum".to_string(),
            ButirDraf::new(Nilai::Daftar(stated_none)).periksa(
                "dokumen menulis \"tidak ada\" atau \"-\" di bawah judul komponen ini; pastikan memang tidak ada",
            ),
        ));
    }
    unplaced.sort_by_key(|l| l.nomor);
    if !unplaced.is_empty() {
        entries.push((
            "belum_dipetakan".to_string(),
            ButirDraf::new(Nilai::Daftar(asal::belum_dipetakan(&unplaced)))
            .periksa("baris dokumen yang tidak masuk komponen mana pun: pindahkan ke komponennya atau hapus, lalu hapus kunci ini (sebelum itu standar ini tidak diterbitkan)"),
        ));
    }

    let mut header = vec![
        format!("Draf dari `{sumber}`, dibuat oleh `standar impor`."),
        "Periksa setiap baris PERIKSA dan setiap peringatan `standar check`, lalu hapus komentar ini."
            .to_string(),
    ];
    let periksa = periksa_count(&entries) + corrected.len();
    header.extend(corrected);
    asal::telusuri(&mut entries, &ranges, &id);
    let (mut standar, jejak) = yaml::dokumen_berjejak(&header, &entries);
    if !pilihan.tersembunyi.is_empty() {
        standar.push_str("\n# TERSEMBUNYI DI SUMBER: teks yang tidak tampil kepada pembaca dokumen sumber\n# (disembunyikan di halaman atau di Word), atau lembar kerja tanpa baris judul kolom\n# komponen. Tidak dimasukkan ke draf; pindahkan ke komponennya hanya bila memang\n# bagian standar yang berlaku.\n");
        standar.push_str(&yaml::komentar(2, &pilihan.tersembunyi));
    }

    // The unit file: who provides the service.
    header.truncate(1);
    let (unit_entries, unit_periksa) = penyelenggara::unit_file(&id);
    let unit_yaml = yaml::dokumen(&header, &unit_entries);

    let unit = pilihan
        .unit
        .clone()
        .unwrap_or_else(|| identitas::slug_unit(&id, &identitas::slug_layanan(&nama_text)));
    let slug = pilihan
        .slug
        .clone()
        .unwrap_or_else(|| identitas::slug_layanan(&nama_text));
    Draf {
        unit,
        slug,
        standar,
        unit_yaml,
        laporan: Laporan {
            nama: nama_text,
            komponen: report,
            perabot: parts.perabot.iter().map(BarisLaporan::from).collect(),
            kepala: id.kepala.iter().map(BarisLaporan::from).collect(),
            tidak_terpetakan: unplaced.iter().map(BarisLaporan::from).collect(),
            tersembunyi: pilihan.tersembunyi.clone(),
            periksa: periksa + unit_periksa,
            aman: aman.dipakai(),
            hitungan: asal::hitung(&entries),
        },
        asal: jejak,
        sk: id.sk(),
    }
}

/// The service's name, marked when guessed, and its text.
fn nama(id: &identitas::Identitas, sumber: &str) -> (ButirDraf, String) {
    match &id.nama {
        Some((nama, false)) => (ButirDraf::teks(nama.clone()), nama.clone()),
        Some((nama, true)) => (
            ButirDraf::teks(nama.clone())
                .periksa("nama layanan ditebak dari baris sebelum nomor SK; sesuaikan bila keliru"),
            nama.clone(),
        ),
        None => {
            let nama = title_from_source(sumber);
            (
                ButirDraf::teks(nama.clone())
                    .periksa("dokumen tidak menyebut nama layanan; nama ini dari nama berkasnya"),
                nama,
            )
        }
    }
}

/// The same component's blocks together, and whether any was inferred.
fn merge_blocks(blocks: &[pecah::Blok]) -> BTreeMap<Komponen, (Vec<Baris>, bool)> {
    let mut merged: BTreeMap<Komponen, (Vec<Baris>, bool)> = BTreeMap::new();
    for blok in blocks {
        let entry = merged.entry(blok.komponen).or_default();
        if !entry.0.is_empty() {
            entry.0.push(Baris {
                nomor: blok.judul.unwrap_or(0),
                teks: String::new(),
                penanda: None,
                tabel: false,
                sel: false,
            });
        }
        entry.0.extend(blok.baris.iter().cloned());
        entry.1 |= blok.ditebak;
    }
    merged
}

/// Draft entries per component, in the standard's order; the report; the components the
/// source says it has none of, for `tidak_tercantum`. Lines of a component that gave nothing
/// go to `unplaced`.
fn components(
    blocks: &mut BTreeMap<Komponen, (Vec<Baris>, bool)>,
    lapor: &[Baris],
    aman: &Aman,
    unplaced: &mut Vec<Baris>,
) -> (
    Vec<(String, ButirDraf)>,
    Vec<KomponenLaporan>,
    Vec<ButirDraf>,
) {
    let mut entries = Vec::new();
    let mut report = Vec::new();
    let mut stated_none = Vec::new();
    // The fourteen of Pasal 21, in the standard's order; hours and pledge are read apart.
    let pasal_21 = Komponen::ALL
        .into_iter()
        .filter(|k| !matches!(k, Komponen::JamPelayanan | Komponen::Maklumat));
    for komponen in pasal_21 {
        let (lines, guessed) = blocks.remove(&komponen).unwrap_or_default();
        // "Tidak ada" or "-" under the component's own label: the source says there is none
        // (a fee's "tidak ada" is read by the fee's own reader).
        if !guessed && komponen != Komponen::Biaya && susun::says_none(&lines) {
            stated_none.push(ButirDraf::teks(komponen.kunci()));
            report.push(KomponenLaporan {
                kunci: komponen.kunci(),
                hasil: Hasil::TidakTercantum,
                ditebak: false,
            });
            continue;
        }
        // A lone dash among other lines is an empty cell, not an item.
        let lines: Vec<Baris> = lines
            .into_iter()
            .filter(|l| l.kosong() || l.teks.chars().any(char::is_alphanumeric))
            .collect();
        let lapor: &[Baris] = if komponen == Komponen::Pengaduan {
            lapor
        } else {
            &[]
        };
        match susun::komponen(komponen, &lines, lapor, aman.cara(komponen)) {
            Some((mut butir, hasil)) => {
                if guessed {
                    butir.catatan.insert(
                        0,
                        "PERIKSA: salinan tidak memuat judul komponen ini; isinya ditebak dari kata-katanya dan urutan halaman portal".to_string(),
                    );
                }
                entries.push((komponen.kunci().to_string(), butir));
                report.push(KomponenLaporan {
                    kunci: komponen.kunci(),
                    hasil,
                    ditebak: guessed,
                });
            }
            None => {
                // Not found (a stated absence was taken above): left out, and `standar
                // check` asks the officer.
                unplaced.extend(lines.into_iter().filter(|l| !l.kosong()));
                report.push(KomponenLaporan {
                    kunci: komponen.kunci(),
                    hasil: Hasil::TidakDitemukan,
                    ditebak: false,
                });
            }
        }
    }
    (entries, report, stated_none)
}

/// A name from a file name: `sp-akta-kelahiran.txt` → `Sp akta kelahiran`.
fn title_from_source(sumber: &str) -> String {
    let stem = std::path::Path::new(sumber)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Layanan".to_string(),
    }
}
