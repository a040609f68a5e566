//! UU 25/2009 Pasal 21: the fourteen components a service standard contains at least, read
//! per standard from what its file (with its unit file) writes.

use super::{Capaian, Indikator};
use crate::audit::{StandardAudit, Status};
use crate::corpus::CompiledStandard;
use crate::corpus::survei::HasilSurvei;

/// What this regime cannot judge.
pub(super) const BATAS: &[&str] = &[
    "Hanya ada-tidaknya isi tiap komponen yang diperiksa, bukan kebenaran atau kecukupannya (misalnya apakah biaya sesuai peraturan daerahnya).",
    "Komponen yang dicatat `tidak_tercantum` dihitung belum: pasal ini mewajibkannya, walaupun dokumen sumbernya tidak menyebut.",
];

const SUMBER: &str = "UU 25/2009 Pasal 21";

/// The fourteen components of `audit`, in the order of the article.
pub(super) fn indicators(
    _standard: &CompiledStandard,
    audit: &StandardAudit,
    _survei: &[HasilSurvei],
) -> Vec<Indikator> {
    audit
        .komponen
        .iter()
        .map(|c| {
            let (keadaan, keterangan) = match c.status {
                Status::Ada => (Capaian::Terpenuhi, String::new()),
                Status::Kosong => (Capaian::Belum, format!("`{}` ditulis tanpa isi", c.kunci)),
                Status::TidakAda => (Capaian::Belum, format!("tulis `{}`", c.kunci)),
                Status::TidakTercantum => (
                    Capaian::Belum,
                    format!(
                        "dicatat tidak tercantum di dokumen sumber; tetapkan dan tulis `{}`",
                        c.kunci
                    ),
                ),
            };
            Indikator::new((c.kunci, c.nama, SUMBER), keadaan, keterangan)
        })
        .collect()
}
