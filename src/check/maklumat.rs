//! The pledge's signer (and any named official): an 18-digit NIP and a date that exists.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::maklumat::Maklumat;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Checks the signer of the maklumat.
pub fn check(doc: &Document, maklumat: &Maklumat, out: &mut Vec<Diagnostic>) {
    let signer = &maklumat.penandatangan;
    let at = NodePath::root()
        .key(keys::MAKLUMAT)
        .key(keys::PENANDATANGAN);
    if let Some(nip) = &signer.nip {
        check_nip(doc, &at.key(keys::NIP), nip, out);
    }
    if let Some(date) = signer.tanggal
        && !date.ada_di_kalender()
    {
        out.push(
            doc.diagnostic(
                Code::InvalidDate,
                &at.key(keys::TANGGAL),
                Target::Value,
                format!("tanggal {date} tidak ada di kalender"),
            )
            .help("periksa bulan (01–12) dan tanggalnya"),
        );
    }
}

/// A NIP has 18 digits, spaces allowed between them.
pub fn check_nip(doc: &Document, at: &NodePath, nip: &str, out: &mut Vec<Diagnostic>) {
    let digits = nip.chars().filter(char::is_ascii_digit).count();
    let only_digits_and_spaces = nip.chars().all(|c| c.is_ascii_digit() || c == ' ');
    if digits != 18 || !only_digits_and_spaces {
        out.push(
            doc.diagnostic(
                Code::InvalidNip,
                at,
                Target::Value,
                format!("NIP `{nip}` berisi {digits} angka; NIP terdiri dari 18 angka"),
            )
            .help("tulis NIP dalam tanda kutip, boleh dengan spasi: \"19700101 199003 1 001\""),
        );
    }
}
