//! The survey periods of a unit file, each on its own: real days in order, exactly one source
//! of scores (averages with their respondents, or a file of answers), a report link that is a
//! web address, and no two periods of the same services that overlap.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::survei::PeriodeSurvei;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

use super::{kontak, masa};

/// Checks every period of `survei_kepuasan`.
pub fn check(doc: &Document, periods: &[PeriodeSurvei], out: &mut Vec<Diagnostic>) {
    let list = NodePath::root().key(keys::SURVEI_KEPUASAN);
    for (i, period) in periods.iter().enumerate() {
        let at = list.index(i);
        masa::check_date(doc, &at.key(keys::MULAI), Some(period.mulai), out);
        masa::check_date(doc, &at.key(keys::SAMPAI), Some(period.sampai), out);
        if period.sampai < period.mulai {
            out.push(
                doc.diagnostic(
                    Code::ValidityReversed,
                    &at.key(keys::SAMPAI),
                    Target::Value,
                    format!(
                        "periode survei berakhir {} sebelum mulai {}",
                        period.sampai.indonesia(),
                        period.mulai.indonesia()
                    ),
                )
                .help("tukar kedua tanggal, atau perbaiki salah satunya"),
            );
        }
        source(doc, period, &at, out);
        kontak::check_link(doc, &at.key(keys::LAPORAN), period.laporan.as_deref(), out);
        for (j, step) in period.tindak_lanjut.iter().flatten().enumerate() {
            let target = at.key(keys::TINDAK_LANJUT).index(j).key(keys::TARGET);
            masa::check_date(doc, &target, step.target, out);
        }
        if let Some(earlier) = periods[..i].iter().position(|p| overlaps(p, period)) {
            out.push(
                doc.diagnostic(
                    Code::SurveyOverlap,
                    &at.key(keys::MULAI),
                    Target::Value,
                    format!(
                        "periode `{}` bertumpang tindih dengan periode `{}` untuk layanan yang sama",
                        period.periode, periods[earlier].periode
                    ),
                )
                .help("satu periode survei per layanan per waktu: perbaiki tanggalnya, atau sebut layanan yang berbeda di `layanan`"),
            );
        }
    }
}

/// Exactly one of: averages with their respondents, or a file of answers.
fn source(doc: &Document, period: &PeriodeSurvei, at: &NodePath, out: &mut Vec<Diagnostic>) {
    match (&period.nilai_unsur, &period.jawaban) {
        (Some(_), Some(_)) => out.push(
            doc.diagnostic(
                Code::SurveySource,
                &at.key(keys::JAWABAN),
                Target::Key,
                "periode ini menulis `nilai_unsur` dan `jawaban` sekaligus",
            )
            .help("pakai salah satu: `jawaban` (berkas CSV) bila ada, dan hapus `nilai_unsur`"),
        ),
        (None, None) => out.push(
            doc.diagnostic(
                Code::SurveySource,
                at,
                Target::Value,
                format!("periode `{}` tidak menulis hasil surveinya", period.periode),
            )
            .help("tulis `nilai_unsur` (sembilan nilai rata-rata) dengan `responden`, atau `jawaban: <nama berkas>.csv`"),
        ),
        (Some(_), None) if period.responden.is_none() => out.push(
            doc.diagnostic(
                Code::MissingKey,
                &at.key(keys::NILAI_UNSUR),
                Target::Key,
                "nilai rata-rata ditulis tanpa jumlah responden",
            )
            .help("tambahkan `responden: <jumlah>` di periode ini"),
        ),
        (None, Some(_)) if period.responden.is_some() => out.push(
            doc.diagnostic(
                Code::SurveySource,
                &at.key(keys::RESPONDEN),
                Target::Key,
                "jumlah responden dihitung dari berkas jawaban, bukan ditulis",
            )
            .help("hapus `responden` dari periode ini"),
        ),
        _ => {}
    }
}

/// Whether two periods share a day and a service. A survey of the whole unit (no `layanan`)
/// and one of some of its services may run side by side; two of the whole unit may not.
fn overlaps(a: &PeriodeSurvei, b: &PeriodeSurvei) -> bool {
    let days = a.mulai <= b.sampai && b.mulai <= a.sampai;
    let services = match (&a.layanan, &b.layanan) {
        (Some(x), Some(y)) => x.iter().any(|s| y.contains(s)),
        (None, None) => true,
        _ => false,
    };
    days && services
}
