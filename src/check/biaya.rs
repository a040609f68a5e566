//! Fees: a paid service needs a legal basis; a free one cannot list a price.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Checks the fee component.
pub fn check(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    let biaya = &standar.biaya;
    if biaya.is_gratis() {
        for (i, tarif) in biaya.tarif.iter().flatten().enumerate() {
            if tarif.rupiah > 0 {
                out.push(
                    doc.diagnostic(
                        Code::FeeContradiction,
                        &NodePath::root()
                            .key(keys::BIAYA)
                            .key(keys::TARIF)
                            .index(i)
                            .key(keys::RUPIAH),
                        Target::Value,
                        "biaya dinyatakan gratis, tetapi tarif ini lebih dari nol",
                    )
                    .related(
                        doc.span(
                            &NodePath::root().key(keys::BIAYA).key(keys::GRATIS),
                            Target::Value,
                        ),
                        "dinyatakan gratis di sini",
                    )
                    .help("hapus `gratis: true`, atau hapus tarif ini"),
                );
            }
        }
        return;
    }
    let has_basis = biaya.dasar_hukum.as_ref().is_some_and(|d| !d.is_empty());
    if biaya.berbayar() && !has_basis {
        out.push(
            doc.diagnostic(
                Code::FeeWithoutBasis,
                &NodePath::root().key(keys::BIAYA),
                Target::Key,
                "layanan ini memungut biaya, tetapi dasar hukum tarifnya tidak disebut",
            )
            .label("biaya tanpa dasar hukum")
            .help("tambahkan `dasar_hukum:` di bawah `biaya:` dengan Perda/Perbup yang menetapkan tarif (jenis, nomor, tahun, tentang); pungutan tanpa dasar hukum adalah temuan Ombudsman"),
        );
    }
}
