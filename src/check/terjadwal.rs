//! Scheduled changes of fee or completion time: each says what changes, is checked like the
//! component it replaces, and starts on its own day after the standard starts and before it
//! ends.

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::model::sk::SuratKeputusan;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

use super::{biaya, masa, waktu};

/// Checks every scheduled change of `standar`, whose decree (its own or its unit's) is `sk`.
pub fn check(
    doc: &Document,
    standar: &Standar,
    sk: Option<&SuratKeputusan>,
    out: &mut Vec<Diagnostic>,
) {
    let mut days = BTreeMap::new();
    for (i, change) in standar.perubahan_terjadwal.iter().flatten().enumerate() {
        let at = NodePath::root().key(keys::PERUBAHAN_TERJADWAL).index(i);
        let day_at = at.key(keys::BERLAKU_MULAI);
        let day = change.berlaku_mulai;
        masa::check_date(doc, &day_at, Some(day), out);
        if change.biaya.is_none() && change.jangka_waktu.is_none() {
            out.push(
                doc.diagnostic(
                    Code::MissingKey,
                    &at,
                    Target::Value,
                    "perubahan terjadwal ini tidak menyebut apa yang berubah",
                )
                .help("tulis `biaya:` atau `jangka_waktu:` yang baru di bawahnya, utuh seperti di atas; untuk perubahan komponen lain, buat versi baru dengan `versi_dari`"),
            );
        }
        if let Some(b) = &change.biaya {
            biaya::check_at(doc, b, &at.key(keys::BIAYA), out);
        }
        if let Some(j) = &change.jangka_waktu {
            let time = at.key(keys::JANGKA_WAKTU);
            waktu::check_sum(doc, standar, j, &time, out);
            waktu::plausible_time(doc, j, &time, out);
        }
        if let Some(start) = sk.and_then(SuratKeputusan::mulai)
            && day <= start
        {
            out.push(
                doc.diagnostic(
                    Code::ValidityReversed,
                    &day_at,
                    Target::Value,
                    format!(
                        "perubahan ini mulai {}, padahal standarnya sendiri baru berlaku {}",
                        day.indonesia(),
                        start.indonesia()
                    ),
                )
                .help("bila perubahan ini sudah berlaku sejak standar ditetapkan, tulis isinya langsung di `biaya:`/`jangka_waktu:` dan hapus perubahan terjadwal ini; bila tidak, perbaiki tanggalnya"),
            );
        }
        if let Some(end) = sk.and_then(|s| s.berlaku_sampai)
            && day > end
        {
            out.push(
                doc.diagnostic(
                    Code::ValidityReversed,
                    &day_at,
                    Target::Value,
                    format!(
                        "perubahan ini mulai {}, sesudah standarnya berakhir ({})",
                        day.indonesia(),
                        end.indonesia()
                    ),
                )
                .help("tulis perubahan ini di versi standar yang berlaku sesudahnya, atau perbaiki tanggalnya"),
            );
        }
        if let Some(first) = days.insert(day, i) {
            out.push(
                doc.diagnostic(
                    Code::VersionSameStart,
                    &day_at,
                    Target::Value,
                    format!(
                        "dua perubahan terjadwal mulai {}, jadi tidak jelas mana yang berlaku",
                        day.indonesia()
                    ),
                )
                .related(
                    doc.span(
                        &NodePath::root()
                            .key(keys::PERUBAHAN_TERJADWAL)
                            .index(first)
                            .key(keys::BERLAKU_MULAI),
                        Target::Value,
                    ),
                    "perubahan lain pada hari yang sama",
                )
                .help("gabungkan keduanya menjadi satu perubahan, atau perbaiki salah satu tanggalnya"),
            );
        }
    }
}
