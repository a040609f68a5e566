//! A workbook of standards (`.xlsx`): SIPPN's bulk-upload template and the tables offices
//! keep like it, one row per service under a header row that names the columns. Each row is
//! written out as the text of one standard — `STANDAR PELAYANAN`, its name and unit, where
//! it is in the workbook, then each column's header as a heading over its cell — which the
//! importer reads as it reads any document: a column whose header names a component goes to
//! it, any other column's `Header: value` to `belum_dipetakan`, so that nothing in the row is
//! lost.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use super::jenis::BacaGalat;
use super::label::judul;

/// The most rows read per sheet: a unit's book of standards has a few dozen services.
const MOST_ROWS: usize = 2_000;

/// How far down a sheet its header row may be (titles above it).
const HEADER_WITHIN: usize = 15;

/// The most the workbook's parts may hold together once uncompressed (a zip bomb stops
/// here, before the workbook is parsed).
const PACKAGE_LIMIT: u64 = 64 * 1024 * 1024;

/// Refuses a package whose parts, uncompressed, hold more than [`PACKAGE_LIMIT`]: each part
/// is inflated and counted, not taken at the size it declares.
fn within_limit(bytes: &[u8]) -> Result<(), BacaGalat> {
    let unreadable = |e: zip::result::ZipError| {
        BacaGalat::Rusak(format!("lembar kerja Excel tidak terbaca: {e}"))
    };
    let mut package = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total: u64 = 0;
    for index in 0..package.len() {
        let part = package.by_index(index).map_err(unreadable)?;
        let left = PACKAGE_LIMIT - total;
        total += std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|e| BacaGalat::Rusak(format!("lembar kerja Excel tidak terbaca: {e}")))?;
        if total > PACKAGE_LIMIT {
            return Err(BacaGalat::TerlaluBesar);
        }
    }
    Ok(())
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kolom {
    /// The service's name.
    Nama,
    /// The unit providing it.
    Unit,
    /// A row number: structure, not content.
    Nomor,
    /// Anything else, under its header: a component's or not.
    Isi(String),
}

/// How many cells of a sheet not read are quoted for the officer.
const QUOTED_CELLS: usize = 40;

/// The workbook's rows, each as the text of one standard, one after another; and the
/// content of every sheet with no header row naming components (instructions, lists of
/// codes), quoted for the officer, never taken as content.
pub fn teks(bytes: &[u8]) -> Result<(String, Vec<String>), BacaGalat> {
    within_limit(bytes)?;
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| BacaGalat::Rusak(format!("lembar kerja Excel tidak terbaca: {e}")))?;
    let mut out = String::new();
    let mut not_read = Vec::new();
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else {
            continue;
        };
        let rows: Vec<Vec<String>> = range
            .rows()
            .take(MOST_ROWS)
            .map(|row| row.iter().map(cell).collect())
            .collect();
        if !sheet(&name, &rows, &mut out) {
            not_read.extend(quoted(&name, &rows));
        }
    }
    if out.is_empty() {
        return Err(BacaGalat::LembarTanpaJudul);
    }
    Ok((out, not_read))
}

/// A sheet not read, as the officer is told of it: its name and its first cells.
fn quoted(name: &str, rows: &[Vec<String>]) -> Option<String> {
    let cells: Vec<&str> = rows
        .iter()
        .flatten()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.is_empty() {
        return None;
    }
    let shown: Vec<String> = cells
        .iter()
        .take(QUOTED_CELLS)
        .map(|c| one_line(c))
        .collect();
    let more = cells.len().saturating_sub(QUOTED_CELLS);
    let rest = if more > 0 {
        format!(" … dan {more} sel lagi")
    } else {
        String::new()
    };
    Some(format!(
        "Lembar \"{name}\" tidak dibaca (tidak ada baris judul kolom komponen): {}{rest}",
        shown.join(" | ")
    ))
}

/// A cell's text: whole numbers without a decimal point (`150000`, not `150000.0`).
fn cell(data: &Data) -> String {
    match data {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty | Data::Error(_) => String::new(),
        other => other.to_string(),
    }
    .trim()
    .to_string()
}

/// What the header `text` names.
fn kolom(text: &str) -> Kolom {
    let lower = text.trim().trim_end_matches(':').trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["no" | "no." | "nomor" | "#"] => Kolom::Nomor,
        ["nama"]
        | ["layanan"]
        | ["nama", "layanan"]
        | ["jenis", "layanan"]
        | ["nama", "jenis", "layanan"]
        | ["nama", "pelayanan"]
        | ["jenis", "pelayanan"] => Kolom::Nama,
        [
            "unit" | "instansi" | "penyelenggara" | "opd" | "perangkat" | "satuan",
            ..,
        ] => Kolom::Unit,
        _ => Kolom::Isi(text.trim().to_string()),
    }
}

/// The header row: the first row (within [`HEADER_WITHIN`]) naming the service's name column
/// and a component, or two components.
fn header(rows: &[Vec<String>]) -> Option<(usize, Vec<Kolom>)> {
    rows.iter()
        .take(HEADER_WITHIN)
        .enumerate()
        .find_map(|(at, row)| {
            let columns: Vec<Kolom> = row.iter().map(|c| kolom(c)).collect();
            let named = columns.contains(&Kolom::Nama);
            let components = row.iter().filter(|c| judul(c, false).is_some()).count();
            (components >= 2 || (named && components >= 1)).then_some((at, columns))
        })
}

/// Each service row of one sheet, as the text of a standard; whether the sheet has a
/// header row to read it by.
fn sheet(name: &str, rows: &[Vec<String>], out: &mut String) -> bool {
    let Some((at, columns)) = header(rows) else {
        return false;
    };
    for (index, row) in rows.iter().enumerate().skip(at + 1) {
        let filled = |kind: &dyn Fn(&Kolom) -> bool| {
            columns
                .iter()
                .zip(row)
                .filter(|(k, v)| kind(k) && !v.is_empty())
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        let contents = filled(&|k| matches!(k, Kolom::Isi(_)));
        if contents.is_empty() {
            continue;
        }
        out.push_str("STANDAR PELAYANAN\n");
        for value in filled(&|k| *k == Kolom::Nama)
            .into_iter()
            .chain(filled(&|k| *k == Kolom::Unit))
        {
            out.push_str(&one_line(value));
            out.push('\n');
        }
        out.push_str(&format!("Lembar {name}, baris {}\n", index + 1));
        // A column that names no component (a category, a code) is a line of the title
        // block, `Header: value`: it joins no component and waits for the officer.
        for (kind, value) in columns.iter().zip(row) {
            if let Kolom::Isi(heading) = kind
                && !value.is_empty()
                && judul(heading, false).is_none()
            {
                out.push_str(&format!("{}: {}\n", one_line(heading), one_line(value)));
            }
        }
        out.push('\n');
        for (kind, value) in columns.iter().zip(row) {
            if let Kolom::Isi(heading) = kind
                && !value.is_empty()
                && judul(heading, false).is_some()
            {
                out.push_str(&one_line(heading));
                out.push('\n');
                for line in value.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    out.push_str(line);
                    out.push('\n');
                }
                out.push('\n');
            }
        }
    }
    true
}

/// A cell's lines joined: a name or header typed over two lines of its cell.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn each_row_under_the_header_is_one_standard_with_every_cell() {
        let rows = table(&[
            &["DAFTAR LAYANAN DINAS CONTOH", "", "", "", ""],
            &[
                "No",
                "Nama Layanan",
                "Persyaratan",
                "Biaya/Tarif",
                "Kategori",
            ],
            &[
                "1",
                "Izin Reklame",
                "1. KTP\n2. NPWP",
                "Rp50.000",
                "Perizinan",
            ],
            &["", "", "", "", ""],
            &["2", "Izin Keramaian", "1. KTP", "Gratis", ""],
        ]);
        let mut out = String::new();
        sheet("Layanan", &rows, &mut out);
        assert_eq!(
            out,
            "STANDAR PELAYANAN\nIzin Reklame\nLembar Layanan, baris 3\nKategori: Perizinan\n\nPersyaratan\n1. KTP\n2. NPWP\n\nBiaya/Tarif\nRp50.000\n\nSTANDAR PELAYANAN\nIzin Keramaian\nLembar Layanan, baris 5\n\nPersyaratan\n1. KTP\n\nBiaya/Tarif\nGratis\n\n"
        );
    }

    #[test]
    fn a_sheet_without_a_header_naming_components_gives_nothing() {
        let rows = table(&[&["Nama", "Alamat"], &["Budi", "Jl. Mawar"]]);
        let mut out = String::new();
        assert!(!sheet("Pegawai", &rows, &mut out));
        assert!(out.is_empty());
        assert_eq!(
            quoted("Pegawai", &rows).as_deref(),
            Some(
                "Lembar \"Pegawai\" tidak dibaca (tidak ada baris judul kolom komponen): Nama | Alamat | Budi | Jl. Mawar"
            )
        );
    }
}
