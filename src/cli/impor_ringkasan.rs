//! The summary table after importing several documents at once: one row per draft, so that
//! the officer sees at a glance which drafts need the most review.

use standar::impor::Laporan;
use standar::impor::susun::Hasil;
use standar::model::komponen::Komponen;

/// One row: the draft's file, its report, its errors and warnings.
pub struct DraftRow<'a> {
    pub berkas: &'a str,
    pub laporan: &'a Laporan,
    pub galat: usize,
    pub peringatan: usize,
}

/// Prints the table: the draft, how many components went into their form, how many were
/// guessed without a heading, which required ones were not found, how many lines await a
/// place, the errors awaiting a decision and the warnings.
pub fn print(rows: &[DraftRow<'_>]) {
    println!(
        "\n{:<44} {:>6} {:>7} {:<28} {:>7} {:>6} {:>6}",
        "draf", "bentuk", "ditebak", "tidak ditemukan (wajib)", "belum", "galat", "peri."
    );
    for one in rows {
        let laporan = one.laporan;
        let count = |f: &dyn Fn(Hasil, bool) -> bool| {
            laporan
                .komponen
                .iter()
                .filter(|k| f(k.hasil, k.ditebak))
                .count()
        };
        let structured = count(&|h, _| h == Hasil::Terstruktur);
        let guessed = count(&|_, g| g);
        let required: Vec<&str> = laporan
            .komponen
            .iter()
            .filter(|k| k.hasil == Hasil::TidakDitemukan && required(k.kunci))
            .map(|k| k.kunci)
            .collect();
        let missing = if required.is_empty() {
            "-".to_string()
        } else {
            required.join(", ")
        };
        println!(
            "{:<44} {:>6} {:>7} {:<28} {:>7} {:>6} {:>6}",
            short(one.berkas, 44),
            structured,
            guessed,
            short(&missing, 28),
            laporan.tidak_terpetakan.len(),
            one.galat,
            one.peringatan
        );
    }
}

/// Whether a component must be stated (the public ones; complaints may come from the unit).
pub fn required(kunci: &str) -> bool {
    Komponen::WAJIB
        .iter()
        .chain(std::iter::once(&Komponen::Pengaduan))
        .any(|k| k.kunci() == kunci)
}

/// The end of a long text, which holds its distinguishing part (a file name).
fn short(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        return text.to_string();
    }
    let tail: String = text.chars().skip(count + 1 - width).collect();
    format!("…{tail}")
}
