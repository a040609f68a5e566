//! Lines an import could not place (`belum_dipetakan`): an error until an officer has moved
//! or deleted each one, so that an unreviewed draft is never published.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// One error at the key, with the number of lines still to place.
pub fn check(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    let Some(lines) = &standar.belum_dipetakan else {
        return;
    };
    let count = lines.iter().filter(|l| !l.trim().is_empty()).count();
    out.push(
        doc.diagnostic(
            Code::NotYetPlaced,
            &NodePath::root().key(keys::BELUM_DIPETAKAN),
            Target::Key,
            format!(
                "{count} baris dokumen sumber belum dimasukkan ke komponen mana pun; standar ini tidak diterbitkan sebelum diputuskan"
            ),
        )
        .help("pindahkan setiap baris ke komponennya (misalnya ke `persyaratan:` atau `biaya:`), atau hapus bila memang tidak perlu diumumkan; setelah kosong, hapus kunci `belum_dipetakan:`"),
    );
}
