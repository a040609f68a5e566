//! A unit's survey periods joined to the folder's other files: each period's index computed
//! from its averages or from its file of answers, the services it names found among the
//! folder's standards, too few respondents for the population warned of, and a file of
//! answers that no period names warned of (its answers would otherwise count for nothing).

use std::sync::Arc;

use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::ikm::{Indeks, Jumlah, sampel_minimum};
use crate::model::keys;
use crate::model::survei::{PeriodeSurvei, TindakLanjut};
use crate::model::waktu::Tanggal;
use crate::parse::path::NodePath;
use crate::parse::{self, Document, Limits, Target};
use crate::source::SourceFile;

use super::{InputFile, jawaban};

/// One period's result, as published.
#[derive(Debug, Clone, Serialize)]
pub struct HasilSurvei {
    /// The period's name (`Semester I 2026`).
    pub periode: String,
    pub mulai: Tanggal,
    pub sampai: Tanggal,
    /// The services surveyed (their slugs); `None` for every service of the unit.
    pub layanan: Option<Vec<String>>,
    /// How many answered.
    pub responden: u64,
    /// The users of the period, when written.
    pub populasi: Option<u64>,
    /// The fewest respondents the population needs (Krejcie and Morgan).
    pub sampel_minimum: Option<u64>,
    pub indeks: Indeks,
    /// The file of answers it was computed from; `None` for averages written in the unit file.
    pub berkas_jawaban: Option<String>,
    /// The full report.
    pub laporan: Option<String>,
    /// What the office does about it.
    pub tindak_lanjut: Vec<TindakLanjut>,
}

impl HasilSurvei {
    /// Whether it surveyed the service `slug`.
    pub fn mencakup(&self, slug: &str) -> bool {
        self.layanan
            .as_ref()
            .is_none_or(|list| list.iter().any(|s| s == slug))
    }

    /// Whether fewer answered than the population needs.
    pub fn responden_kurang(&self) -> bool {
        self.sampel_minimum.is_some_and(|s| self.responden < s)
    }
}

/// The results of the periods of `periods`, written in `unit_file`, with `answers` the folder's
/// CSV files and `slugs` its standards; problems go to `out`.
pub(super) fn results(
    periods: &[PeriodeSurvei],
    unit_file: &Arc<SourceFile>,
    answers: Vec<InputFile>,
    slugs: &[&str],
    limits: &Limits,
    out: &mut Vec<Diagnostic>,
) -> Vec<HasilSurvei> {
    let mut unused: Vec<Option<InputFile>> = answers.into_iter().map(Some).collect();
    let mut results = Vec::new();
    if !periods.is_empty() {
        // Parsed again only to point at a period's keys: once per unit that records a survey.
        let (doc, _) = parse::parse(unit_file, limits);
        if let Some(doc) = doc {
            for (i, period) in periods.iter().enumerate() {
                let at = NodePath::root().key(keys::SURVEI_KEPUASAN).index(i);
                services(&doc, period, &at, slugs, out);
                if let Some(result) = result(&doc, period, &at, &mut unused, out) {
                    results.push(result);
                }
            }
        }
    }
    let named = |f: &InputFile| {
        periods
            .iter()
            .filter_map(|p| p.jawaban.as_deref())
            .any(|name| f.relative.rsplit('/').next() == Some(name))
    };
    // A file a period names but could not use (the period has another problem) is not unused.
    for file in unused.into_iter().flatten().filter(|f| !named(f)) {
        let file = SourceFile::new(&file.path, "");
        out.push(
            Diagnostic::new(
                Code::SurveyFileUnused,
                &file,
                format!("berkas `{}` tidak dirujuk periode survei mana pun", file.path),
            )
            .help("sebut nama berkasnya di `jawaban:` periode surveinya di `_unit.yaml`, atau pindahkan berkas ini dari folder unit"),
        );
    }
    results.sort_by(|a, b| (a.mulai, &a.periode).cmp(&(b.mulai, &b.periode)));
    results
}

/// The result of one period, or `None` (its problems said) when it cannot be computed.
fn result(
    doc: &Document,
    period: &PeriodeSurvei,
    at: &NodePath,
    files: &mut [Option<InputFile>],
    out: &mut Vec<Diagnostic>,
) -> Option<HasilSurvei> {
    let (nrr, responden) = match (&period.nilai_unsur, &period.jawaban, period.responden) {
        (Some(values), None, Some(responden)) => (values.semua(), responden),
        (None, Some(name), None) => {
            let sums = answers_of(doc, name, &at.key(keys::JAWABAN), files, out)?;
            match sums.nrr() {
                Ok(nrr) => (nrr, sums.responden),
                Err(unsur) => {
                    out.push(
                        doc.diagnostic(
                            Code::SurveyAnswers,
                            &at.key(keys::JAWABAN),
                            Target::Value,
                            format!(
                                "tidak seorang responden pun menjawab unsur `{}` di `{name}`",
                                unsur.kunci()
                            ),
                        )
                        .help("periksa kolom unsur itu di berkas jawaban"),
                    );
                    return None;
                }
            }
        }
        // Said by the unit file's own checks.
        _ => return None,
    };
    let sampel = period.populasi.map(sampel_minimum);
    if let Some(needed) = sampel.filter(|n| responden < *n) {
        let where_ = if period.jawaban.is_some() {
            keys::JAWABAN
        } else {
            keys::RESPONDEN
        };
        out.push(
            doc.diagnostic(
                Code::SurveySample,
                &at.key(where_),
                Target::Value,
                format!(
                    "{responden} responden, padahal populasi {} memerlukan sedikitnya {needed}",
                    period.populasi.unwrap_or_default()
                ),
            )
            .help("tambah responden sampai jumlah sampel minimum (tabel Krejcie dan Morgan, PermenPANRB 14/2017); halaman menyebut bahwa respondennya kurang"),
        );
    }
    Some(HasilSurvei {
        periode: period.periode.clone(),
        mulai: period.mulai,
        sampai: period.sampai,
        layanan: period.layanan.clone(),
        responden,
        populasi: period.populasi,
        sampel_minimum: sampel,
        indeks: Indeks::dari_nrr(nrr),
        berkas_jawaban: period.jawaban.clone(),
        laporan: period.laporan.clone(),
        tindak_lanjut: period.tindak_lanjut.clone().unwrap_or_default(),
    })
}

/// The sums of the file of answers `name` among the folder's `files` (taken from the list of
/// files no period uses yet).
fn answers_of(
    doc: &Document,
    name: &str,
    at: &NodePath,
    files: &mut [Option<InputFile>],
    out: &mut Vec<Diagnostic>,
) -> Option<Jumlah> {
    let named = |f: &InputFile| f.relative.rsplit('/').next() == Some(name);
    let Some(slot) = files.iter_mut().find(|f| f.as_ref().is_some_and(named)) else {
        let (message, help) = if name.contains('/') || !name.ends_with(".csv") {
            (
                format!("`{name}` bukan nama berkas CSV di folder unit ini"),
                "tulis nama berkasnya saja, berakhiran `.csv`, dan letakkan berkasnya di samping `_unit.yaml`",
            )
        } else {
            (
                format!("berkas `{name}` tidak ada di folder unit ini"),
                "letakkan berkas jawabannya di samping `_unit.yaml`, atau perbaiki namanya",
            )
        };
        out.push(
            doc.diagnostic(Code::SurveyAnswers, at, Target::Value, message)
                .help(help),
        );
        return None;
    };
    let input = slot.take()?;
    let (file, decode_problem) = parse::decode(&input.path, input.bytes);
    if let Some(problem) = decode_problem {
        out.push(problem);
        return None;
    }
    match jawaban::read(&file) {
        Ok(sums) => Some(sums),
        Err(problems) => {
            out.extend(problems);
            None
        }
    }
}

/// Each service named in `layanan` is a standard of the folder.
fn services(
    doc: &Document,
    period: &PeriodeSurvei,
    at: &NodePath,
    slugs: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    for (j, slug) in period.layanan.iter().flatten().enumerate() {
        if slugs.contains(&slug.as_str()) {
            continue;
        }
        out.push(
            doc.diagnostic(
                Code::UnknownService,
                &at.key(keys::LAYANAN).index(j),
                Target::Value,
                format!("tidak ada standar `{slug}.yaml` di folder unit ini"),
            )
            .help(if slugs.is_empty() {
                "sebut nama berkas standar (tanpa `.yaml`) yang disurvei".to_string()
            } else {
                format!("standar di folder ini: {}", slugs.join(", "))
            }),
        );
    }
}
