//! Fees: a priced service names its legal basis; a free one cannot list a price; every tariff
//! item says what is paid and how much (or by which regulation).

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::biaya::{Biaya, Tarif};
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Checks the fee component.
pub fn check(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    check_at(doc, &standar.biaya, &NodePath::root().key(keys::BIAYA), out);
}

/// Checks a fee component written at `fee_at` (the standard's own, or a scheduled one).
pub fn check_at(doc: &Document, biaya: &Biaya, fee_at: &NodePath, out: &mut Vec<Diagnostic>) {
    let tarif = fee_at.key(keys::TARIF);
    let mut items = Vec::new();
    for (i, item) in biaya.tarif.iter().flatten().enumerate() {
        located(item, tarif.index(i), &mut items);
    }
    for (item, at) in &items {
        check_item(doc, item, at, out);
    }
    if let Some(words) = biaya.kata_gratis()
        && YES_NO.contains(&words.to_lowercase().as_str())
    {
        out.push(
            doc.diagnostic(
                Code::WrongType,
                &fee_at.key(keys::GRATIS),
                Target::Value,
                format!("`gratis: {words}` dibaca sebagai teks, bukan ya/tidak"),
            )
            .help("tulis `gratis: true` bila tidak dipungut biaya (atau kata-kata dokumennya, misalnya `gratis: Bebas biaya`); bila ada biaya, hapus `gratis:`"),
        );
        return;
    }
    if biaya.is_gratis() {
        for (item, at) in &items {
            for price in priced(item, at).filter(|(rupiah, _)| *rupiah > 0) {
                out.push(
                    doc.diagnostic(
                        Code::FeeContradiction,
                        &price.1,
                        Target::Value,
                        "biaya dinyatakan gratis, tetapi tarif ini lebih dari nol",
                    )
                    .related(
                        doc.span(&fee_at.key(keys::GRATIS), Target::Value),
                        "dinyatakan gratis di sini",
                    )
                    .help("hapus `biaya.gratis`, atau hapus tarif ini"),
                );
            }
        }
        return;
    }
    combination(doc, biaya, fee_at, out);
    if biaya.punya_dasar_hukum() {
        return;
    }
    let has_price = items
        .iter()
        .any(|(item, at)| priced(item, at).any(|(rupiah, _)| rupiah > 0));
    if has_price {
        out.push(
            doc.diagnostic(
                Code::FeeWithoutBasis,
                fee_at,
                Target::Key,
                "layanan ini memungut biaya, tetapi dasar hukum tarifnya tidak disebut",
            )
            .label("biaya tanpa dasar hukum")
            .help("tambahkan `dasar_hukum:` di bawah `biaya:` (atau di butir tarifnya) dengan Perda/Perbup yang menetapkan tarif (jenis, nomor, tahun); pungutan tanpa dasar hukum adalah temuan Ombudsman"),
        );
    } else if biaya.ada_rumus() {
        out.push(
            doc.diagnostic(
                Code::FeeCalculatedWithoutBasis,
                &fee_at.key(keys::RUMUS),
                Target::Key,
                "biaya dihitung tersendiri, tetapi peraturan yang menjadi dasar perhitungannya tidak disebut",
            )
            .help("bila dokumen sumber menyebut peraturannya, tulis `dasar_hukum:` di bawah `biaya:`; bila tidak, peringatan ini boleh dibiarkan"),
        );
    }
}

/// Several priced items must say how they combine, or a summary would have to guess whether
/// they are alternatives, add up, or are paid per use.
fn combination(doc: &Document, biaya: &Biaya, at: &NodePath, out: &mut Vec<Diagnostic>) {
    let priced = biaya.tarif_berharga();
    if priced.len() < 2 || biaya.gabungan.is_some() {
        return;
    }
    let names: Vec<String> = priced
        .iter()
        .take(3)
        .map(|t| {
            let name = t.uraian.as_deref().or(t.kategori.as_deref()).unwrap_or("?");
            format!("`{}`", name.trim())
        })
        .collect();
    out.push(
        doc.diagnostic(
            Code::FeesWithoutCombination,
            &at.key(keys::TARIF),
            Target::Key,
            format!(
                "ada {} tarif ({}{}), tetapi tidak disebut apakah pemohon membayar salah satunya, semuanya, atau sesuai yang dipakai",
                priced.len(),
                names.join(", "),
                if priced.len() > 3 { ", …" } else { "" }
            ),
        )
        .label("cara tarif berlaku belum disebut")
        .help("tulis di bawah `biaya:` salah satu: `gabungan: salah_satu` (hanya satu yang dibayar, menurut kategori atau pilihan), `gabungan: dijumlahkan` (semuanya dibayar bersama) atau `gabungan: sesuai_pemakaian` (dibayar untuk yang dipakai saja); ringkasan di halaman dan papan tidak ditulis sebelum ini jelas"),
    );
}

/// Words YAML 1.2 reads as text that an author meant as yes or no.
const YES_NO: &[&str] = &[
    "yes", "no", "y", "n", "ya", "tidak", "on", "off", "benar", "salah", "iya",
];

/// Each item with its place, sub-items (`rincian`) after their heading.
fn located<'a>(item: &'a Tarif, at: NodePath, out: &mut Vec<(&'a Tarif, NodePath)>) {
    for (j, sub) in item.rincian.iter().flatten().enumerate() {
        located(sub, at.key(keys::RINCIAN).index(j), out);
    }
    out.push((item, at));
}

/// The item's own prices with the place of each amount.
fn priced<'a>(item: &'a Tarif, at: &'a NodePath) -> impl Iterator<Item = (u64, NodePath)> + 'a {
    let own = item.rupiah.map(|r| (r, at.key(keys::RUPIAH)));
    let listed = item
        .harga
        .iter()
        .flatten()
        .enumerate()
        .map(move |(k, h)| (h.rupiah, at.key(keys::HARGA).index(k).key(keys::RUPIAH)));
    own.into_iter().chain(listed)
}

fn check_item(doc: &Document, item: &Tarif, at: &NodePath, out: &mut Vec<Diagnostic>) {
    let blank = |text: &Option<String>| text.as_deref().is_none_or(|t| t.trim().is_empty());
    if blank(&item.uraian) && blank(&item.kategori) {
        out.push(
            doc.diagnostic(
                Code::MissingKey,
                at,
                Target::Value,
                "butir tarif ini tidak menyebut apa yang dibayar",
            )
            .help("tulis `uraian:` (apa yang dibayar) atau `kategori:` (siapa yang membayar, misalnya Umum atau BPJS)"),
        );
    }
    let says_something = item.rupiah.is_some()
        || item.harga.as_ref().is_some_and(|h| !h.is_empty())
        || item.punya_dasar_hukum()
        || item.rincian.as_ref().is_some_and(|r| !r.is_empty())
        || !blank(&item.keterangan);
    if !says_something {
        out.push(
            doc.diagnostic(
                Code::TariffWithoutPrice,
                at,
                Target::Value,
                "butir tarif ini tidak menyebut berapa yang dibayar",
            )
            .help("tulis `rupiah:` (misalnya `rupiah: 50000`), `harga:` bila ada beberapa harga, `dasar_hukum:` bila tarifnya \"sesuai Perda …\", atau `rincian:` bila ini judul kelompok"),
        );
    }
}
