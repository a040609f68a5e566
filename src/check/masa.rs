//! The life of a standard: its dates of validity and review exist and run forward, and a
//! draft tells the public until when and where to respond.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::konsultasi::Konsultasi;
use crate::model::masa_berlaku::MasalahSeri;
use crate::model::sk::{StatusSk, SuratKeputusan};
use crate::model::tinjauan::Tinjauan;
use crate::model::waktu::Tanggal;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

use super::kontak;

/// A date written at `at` that is not in the calendar.
pub(super) fn check_date(
    doc: &Document,
    at: &NodePath,
    date: Option<Tanggal>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(date) = date
        && !date.ada_di_kalender()
    {
        out.push(
            doc.diagnostic(
                Code::InvalidDate,
                at,
                Target::Value,
                format!("tanggal {date} tidak ada di kalender"),
            )
            .help("periksa bulan (01–12) dan tanggalnya"),
        );
    }
}

/// The decree's days of validity: each exists, and the last is not before the first.
pub fn check_validity(doc: &Document, sk: &SuratKeputusan, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::SK);
    check_date(doc, &at.key(keys::BERLAKU_MULAI), sk.berlaku_mulai, out);
    check_date(doc, &at.key(keys::BERLAKU_SAMPAI), sk.berlaku_sampai, out);
    if let (Some(from), Some(until)) = (sk.mulai(), sk.berlaku_sampai)
        && until < from
    {
        out.push(
            doc.diagnostic(
                Code::ValidityReversed,
                &at.key(keys::BERLAKU_SAMPAI),
                Target::Value,
                format!(
                    "standar ini berlaku sampai {} tetapi baru mulai berlaku {}",
                    until.indonesia(),
                    from.indonesia()
                ),
            )
            .help("periksa `sk.berlaku_mulai` (atau `sk.tanggal`) dan `sk.berlaku_sampai`: hari terakhir tidak boleh sebelum hari pertama"),
        );
    }
}

/// The review dates exist, and the next review is not before the last.
pub fn check_review(doc: &Document, tinjauan: &Tinjauan, out: &mut Vec<Diagnostic>) {
    let at = NodePath::root().key(keys::TINJAUAN);
    check_date(doc, &at.key(keys::TERAKHIR), Some(tinjauan.terakhir), out);
    check_date(doc, &at.key(keys::BERIKUTNYA), tinjauan.berikutnya, out);
    if let Some(next) = tinjauan.berikutnya.filter(|n| *n < tinjauan.terakhir) {
        out.push(
            doc.diagnostic(
                Code::ValidityReversed,
                &at.key(keys::BERIKUTNYA),
                Target::Value,
                format!(
                    "peninjauan berikutnya ({}) sebelum peninjauan terakhir ({})",
                    next.indonesia(),
                    tinjauan.terakhir.indonesia()
                ),
            )
            .help("tulis `tinjauan.berikutnya` sesudah `tinjauan.terakhir`, atau hapus `tinjauan.berikutnya` agar dihitung dari selang peninjauan situs"),
        );
    }
}

/// The consultation's dates and links; for a draft (its own decree or its unit's, `sk`), a
/// closing day and a channel for responses.
pub fn check_consultation(
    doc: &Document,
    konsultasi: Option<&Konsultasi>,
    sk: Option<&SuratKeputusan>,
    out: &mut Vec<Diagnostic>,
) {
    let at = NodePath::root().key(keys::KONSULTASI);
    if let Some(k) = konsultasi {
        check_date(doc, &at.key(keys::DITUTUP), k.ditutup, out);
        for (i, event) in k.kegiatan.iter().flatten().enumerate() {
            let here = at.key(keys::KEGIATAN).index(i);
            check_date(doc, &here.key(keys::TANGGAL), Some(event.tanggal), out);
            kontak::check_link(doc, &here.key(keys::NOTULEN), event.notulen.as_deref(), out);
        }
    }
    if sk.is_none_or(|s| s.status != StatusSk::Rancangan) {
        return;
    }
    let lacking: Vec<&str> = [
        (
            "`konsultasi.ditutup` (hari terakhir menanggapi)",
            konsultasi.and_then(|k| k.ditutup).is_none(),
        ),
        (
            "`konsultasi.tanggapan` (saluran tanggapan)",
            konsultasi
                .and_then(|k| k.tanggapan.as_ref())
                .is_none_or(Vec::is_empty),
        ),
    ]
    .into_iter()
    .filter_map(|(what, missing)| missing.then_some(what))
    .collect();
    if lacking.is_empty() {
        return;
    }
    let (path, target) = match konsultasi {
        Some(_) => (at, Target::Key),
        None => (NodePath::root().key(keys::SK), Target::Key),
    };
    let path = if doc.contains(&path) {
        path
    } else {
        NodePath::root()
    };
    out.push(
        doc.diagnostic(
            Code::ConsultationIncomplete,
            &path,
            target,
            format!(
                "rancangan ini diterbitkan untuk konsultasi publik, tetapi tidak menyebut {}",
                lacking.join(" dan ")
            ),
        )
        .help("tulis `konsultasi.ditutup` (hari terakhir menanggapi, TTTT-BB-HH) dan `konsultasi.tanggapan` (saluran tanggapan, ditulis seperti saluran pengaduan), agar masyarakat tahu sampai kapan dan ke mana menanggapi"),
    );
}

/// The diagnostic of a problem of a folder's series, at the standard's `versi_dari` (or its
/// decree) when the document is at hand.
pub fn versi_problem(
    doc: Option<&Document>,
    file: &std::sync::Arc<crate::source::SourceFile>,
    problem: &MasalahSeri,
) -> Diagnostic {
    let (code, path, message, help) = match problem {
        MasalahSeri::Melingkar => (
            Code::VersionCircle,
            NodePath::root().key(keys::VERSI_DARI),
            "`versi_dari` standar ini kembali ke dirinya sendiri (langsung atau lewat standar lain), jadi alamat terbitnya tidak dapat ditentukan".to_string(),
            "standar yang paling lama tidak menulis `versi_dari`; versi-versi sesudahnya menulis nama berkas standar yang paling lama itu (tanpa `.yaml`) di `versi_dari`".to_string(),
        ),
        MasalahSeri::MulaiSama { lain } => (
            Code::VersionSameStart,
            NodePath::root().key(keys::SK).key(keys::BERLAKU_MULAI),
            format!("versi ini dan `{lain}.yaml` mulai berlaku pada hari yang sama, jadi tidak jelas mana yang berlaku"),
            "tulis `sk.berlaku_mulai` pada versi yang baru: hari ia menggantikan versi sebelumnya".to_string(),
        ),
    };
    match doc {
        Some(doc) => {
            let path = if doc.contains(&path) {
                path
            } else if doc.contains(&NodePath::root().key(keys::VERSI_DARI)) {
                NodePath::root().key(keys::VERSI_DARI)
            } else {
                NodePath::root()
            };
            doc.diagnostic(code, &path, Target::Key, message).help(help)
        }
        None => Diagnostic::new(code, file, message).help(help),
    }
}
