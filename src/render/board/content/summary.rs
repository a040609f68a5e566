//! The summary that opens sheet 1 of every board: what to bring, how long, how much and where
//! to complain, at key-fact size, so that a citizen in the queue reads them before anything
//! else. The QR code beside it is in the sheet's header. Every fact here is repeated in full
//! in its own section below; the summary only ever shortens a long requirement list to its
//! count and a pointer to that section.

use super::super::super::labels::Labels;
use super::super::super::view::StandardView;
use super::{Atom, AtomKind, TextBlock, bold, note, plain};

/// The summary's atoms, one per fact.
/// `pointer` says where a requirement list too long for the summary is ("lihat bagian 1").
pub(super) fn summary(view: &StandardView, t: &Labels, pointer: &str) -> Vec<Atom> {
    let r = &view.ringkasan;
    let gap = |key: &str| view.kosong.get(key).copied().unwrap_or(t.belum_dicantumkan);
    let mut out = vec![requirements(view, t, pointer)];
    out.push(fact(
        t.lama_pelayanan,
        r.waktu.as_deref(),
        gap("jangka_waktu"),
    ));
    let mut fee = fact(t.ongkos, r.biaya.as_deref(), gap("biaya"));
    if !view.biaya.gratis && !view.biaya.dasar_hukum.is_empty() {
        let titles: Vec<&str> = view
            .biaya
            .dasar_hukum
            .iter()
            .map(|d| d.judul.as_str())
            .collect();
        fee.baris.push(TextBlock::new(
            vec![plain(format!(
                "{}: {}",
                t.dasar_hukum_biaya,
                titles.join("; ")
            ))],
            false,
        ));
    }
    out.push(fee);
    // One channel: the first that says how to reach it, else the first.
    let reachable = r.pengaduan.iter().find(|c| c.kontak.is_some());
    let channel = reachable.or(r.pengaduan.first()).map(|c| match &c.kontak {
        Some(kontak) => format!("{}: {}", c.label, kontak.teks),
        None => c.label.clone(),
    });
    out.push(fact(
        t.tempat_pengaduan,
        channel.as_deref(),
        gap("pengaduan"),
    ));
    out
}

/// A label, then the fact at key-fact size, or the gap the office has to fill.
fn fact(label: &str, value: Option<&str>, gap: &str) -> Atom {
    let value = match value {
        Some(value) => TextBlock::summary(vec![bold(value)]),
        None => TextBlock::new(vec![note(gap)], false),
    };
    Atom::new(
        AtomKind::Paragraf,
        vec![TextBlock::new(vec![plain(label)], true), value],
    )
}

/// What to bring: the whole list when it is short, else its count and where it is.
fn requirements(view: &StandardView, t: &Labels, pointer: &str) -> Atom {
    let r = &view.ringkasan;
    let label = TextBlock::new(vec![plain(t.yang_disiapkan)], true);
    let mut baris = vec![label];
    if view.persyaratan.is_empty() {
        let gap = view
            .kosong
            .get("persyaratan")
            .copied()
            .unwrap_or(t.belum_dicantumkan);
        baris.push(TextBlock::new(vec![note(gap)], false));
    } else if r.persyaratan_singkat.is_empty() {
        baris.push(TextBlock::summary(vec![
            bold(format!(
                "{} {}",
                r.persyaratan,
                t.persyaratan.to_lowercase()
            )),
            plain(format!(" ({pointer})")),
        ]));
    } else {
        baris.extend(
            r.persyaratan_singkat
                .iter()
                .map(|teks| TextBlock::summary(vec![bold(format!("• {teks}"))])),
        );
    }
    Atom::new(AtomKind::Paragraf, baris)
}
