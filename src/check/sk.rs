//! The adopting decree: missing or draft (warnings), and a date that exists.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::sk::{StatusSk, SuratKeputusan};
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Checks a decree written in `doc` (standard or unit file).
pub fn check_written(doc: &Document, sk: &SuratKeputusan, out: &mut Vec<Diagnostic>) {
    if sk.status == StatusSk::Rancangan {
        out.push(
            doc.diagnostic(
                Code::DecreeDraft,
                &NodePath::root().key(keys::SK).key(keys::STATUS),
                Target::Value,
                "SK penetapan standar ini masih rancangan",
            )
            .help(
                "setelah SK ditetapkan, tulis nomor dan tanggalnya lalu hapus `status: rancangan`",
            ),
        );
    } else if sk.nomor.as_deref().is_none_or(|n| n.trim().is_empty()) {
        out.push(
            doc.diagnostic(Code::DecreeMissing, &NodePath::root().key(keys::SK), Target::Key, "nomor SK penetapan tidak ditulis")
                .help("tulis `nomor:` SK persis seperti tertulis, dalam tanda kutip, misalnya `nomor: \"027.58\"`"),
        );
    }
    let at = NodePath::root().key(keys::SK).key(keys::TANGGAL);
    super::masa::check_date(doc, &at, sk.tanggal, out);
}

/// Warns when neither the standard nor its unit names a decree.
pub fn check_missing(doc: &Document, out: &mut Vec<Diagnostic>) {
    out.push(
        doc.diagnostic(
            Code::DecreeMissing,
            &NodePath::root(),
            Target::Key,
            "standar ini tidak menyebut SK penetapannya",
        )
        .help("tambahkan `sk:` dengan `nomor:` (dan `tanggal:`) di berkas ini atau di `_unit.yaml`; bila SK belum ada, tulis `sk: {status: rancangan}`"),
    );
}
