//! Step times that do not add up to the declared total (seed 002: 5 + 30 + 25 = 60 menit).

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::durasi::{Dimensi, Durasi, Kualifikasi};
use crate::model::jangka_waktu::JangkaWaktu;
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// The time of step `s` of flow `a`.
fn step_time(a: usize, s: usize) -> NodePath {
    NodePath::root()
        .key(keys::PROSEDUR)
        .key(keys::ALUR)
        .index(a)
        .key(keys::LANGKAH)
        .index(s)
        .key(keys::WAKTU)
}

/// For every flow whose steps all carry a time, the sum must match `jangka_waktu.total`.
pub fn check(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::JANGKA_WAKTU);
    check_sum(doc, standar, &standar.jangka_waktu, &at, out);
}

/// [`check`] for a completion time written at `at` (the standard's own, or a scheduled one)
/// against the standard's steps.
pub fn check_sum(
    doc: &Document,
    standar: &Standar,
    jangka: &JangkaWaktu,
    at: &NodePath,
    out: &mut Vec<Diagnostic>,
) {
    let Some(total) = &jangka.total else {
        return;
    };
    let (dimension, total_min, total_max) = total.dalam_dimensi();
    let range = jangka.rentang_langkah();
    for (a, alur) in standar.prosedur.alur.iter().enumerate() {
        if let Some((first, last)) = range
            && (first == 0 || first > last || last > alur.langkah.len())
        {
            out.push(
                doc.diagnostic(
                    Code::UnknownStep,
                    &at.key(keys::UNTUK_LANGKAH),
                    Target::Value,
                    format!(
                        "jangka waktu ditulis untuk langkah {first} sampai {last}, tetapi alur ke-{} punya {} langkah",
                        a + 1,
                        alur.langkah.len()
                    ),
                )
                .help(format!(
                    "tulis nomor langkah pertama dan terakhir yang dicakup total, di antara 1 dan {}, misalnya `untuk_langkah: 1-{}`",
                    alur.langkah.len(),
                    alur.langkah.len()
                )),
            );
            continue;
        }
        let covered =
            |s: usize| range.is_none_or(|(first, last)| (first..=last).contains(&(s + 1)));
        let steps: Vec<_> = alur
            .langkah
            .iter()
            .enumerate()
            .filter(|(s, _)| covered(*s))
            .collect();
        let times: Vec<&Durasi> = steps.iter().filter_map(|(_, l)| l.waktu()).collect();
        if times.is_empty() || times.len() != steps.len() {
            continue;
        }
        if times.iter().any(|t| t.dalam_dimensi().0 != dimension) {
            // Minutes and working days cannot be added exactly; say nothing rather than guess.
            continue;
        }
        let sum_min: u64 = times.iter().map(|t| t.dalam_dimensi().1).sum();
        let sum_max: u64 = times.iter().map(|t| t.dalam_dimensi().2).sum();
        let consistent = match total.kualifikasi {
            Some(Kualifikasi::PalingLambat) => sum_max <= total_max,
            Some(Kualifikasi::PalingCepat) => sum_min >= total_min,
            Some(Kualifikasi::KurangLebih) | None => sum_min == total_min && sum_max == total_max,
        };
        if consistent {
            continue;
        }
        let terms: Vec<String> = times.iter().map(|t| t.to_string()).collect();
        let mut flow = alur
            .nama
            .as_deref()
            .map(|n| format!(" alur \"{n}\""))
            .unwrap_or_default();
        if let Some((first, last)) = range {
            flow.push_str(&format!(" {first} sampai {last}"));
        }
        let mut diagnostic = doc
            .diagnostic(
                Code::TimeMismatch,
                &at.key(keys::TOTAL),
                Target::Value,
                format!(
                    "jumlah waktu langkah{flow} adalah {} = {}, {} jangka waktu {total}",
                    terms.join(" + "),
                    describe_sum(dimension, sum_min, sum_max),
                    match total.kualifikasi {
                        Some(Kualifikasi::PalingLambat) => "melebihi",
                        Some(Kualifikasi::PalingCepat) => "kurang dari",
                        _ => "tidak sama dengan",
                    }
                ),
            )
            .label("jangka waktu yang dinyatakan")
            .help("perbaiki waktu langkah atau jangka waktu totalnya sehingga sama");
        for (s, langkah) in steps {
            if langkah.waktu().is_some() {
                diagnostic = diagnostic.related(
                    doc.span(&step_time(a, s), Target::Value),
                    format!("langkah {}", s + 1),
                );
            }
        }
        out.push(diagnostic);
    }
}

fn describe_sum(dimension: Dimensi, min: u64, max: u64) -> String {
    let unit = match dimension {
        Dimensi::Jam => "menit",
        Dimensi::Hari => "hari",
        Dimensi::HariKerja => "hari kerja",
        Dimensi::Bulan => "bulan",
    };
    if min == max {
        format!("{min} {unit}")
    } else {
        format!("{min}–{max} {unit}")
    }
}

/// The longest duration a standard may state: ten years.
const MAX_MINUTES: u64 = 10 * 365 * 24 * 60;

/// Every duration of a standard must be a range that runs forwards and last at most ten
/// years; anything else is a typing slip (`5-3 hari`, `999999 tahun`).
pub fn check_plausible(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    let time = NodePath::root().key(keys::JANGKA_WAKTU);
    plausible_time(doc, &standar.jangka_waktu, &time, out);
    for (a, alur) in standar.prosedur.alur.iter().enumerate() {
        for (s, step) in alur.langkah.iter().enumerate() {
            if let Some(d) = step.waktu() {
                plausible(doc, &step_time(a, s), d, out);
            }
        }
    }
}

/// Checks the durations of a completion time written at `time`.
pub fn plausible_time(doc: &Document, w: &JangkaWaktu, time: &NodePath, out: &mut Vec<Diagnostic>) {
    if let Some(total) = &w.total {
        plausible(doc, &time.key(keys::TOTAL), total, out);
    }
    if let Some(extension) = &w.perpanjangan {
        plausible(doc, &time.key(keys::PERPANJANGAN), extension, out);
    }
    if let Some(deadline) = &w.tenggat_pemohon {
        let at = time.key(keys::TENGGAT_PEMOHON).key(keys::WAKTU);
        plausible(doc, &at, &deadline.waktu, out);
    }
    for (i, part) in w.bagian.iter().flatten().enumerate() {
        if let Some(d) = &part.waktu {
            let part = time.key(keys::BAGIAN).index(i).key(keys::WAKTU);
            plausible(doc, &part, d, out);
        }
    }
}

/// Checks one duration, written at `at`.
pub fn plausible(doc: &Document, at: &NodePath, d: &Durasi, out: &mut Vec<Diagnostic>) {
    if d.sampai.is_some_and(|upper| upper < d.nilai) {
        out.push(
            doc.diagnostic(
                Code::OutOfRange,
                at,
                Target::Value,
                format!("rentang waktu `{d}` terbalik"),
            )
            .help("tulis angka yang lebih kecil dulu, misalnya `3-5 hari kerja`"),
        );
    } else if d.kira_menit_maksimum() > MAX_MINUTES {
        out.push(
            doc.diagnostic(
                Code::OutOfRange,
                at,
                Target::Value,
                format!("jangka waktu `{d}` lebih dari 10 tahun"),
            )
            .help(
                "periksa angka dan satuannya (menit, jam, hari, hari kerja, minggu, bulan, tahun)",
            ),
        );
    }
}
