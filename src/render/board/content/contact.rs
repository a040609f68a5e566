//! The board's sections after the six service components' own facts: where to complain,
//! the opening hours and the maklumat.

use super::super::super::labels::Labels;
use super::super::super::view::{ActorView, StandardView};
use super::{
    Atom, AtomKind, TextBlock, actors_paragraph, bold, note, note_runs, number, paragraphs, plain,
    step_atom,
};

pub(super) fn complaints(view: &StandardView, t: &Labels) -> Vec<Atom> {
    let Some(p) = &view.pengaduan else {
        return vec![Atom::bullet(vec![
            bold("SP4N-LAPOR!"),
            plain(": www.lapor.go.id"),
            note(format!(" ({})", t.lapor_nasional)),
        ])];
    };
    // The document's intro ("Pengaduan dapat disampaikan melalui:") is followed by the
    // channels it introduces; who handles complaints comes after them.
    let mut out: Vec<Atom> = paragraphs(p.keterangan.as_ref()).collect();
    for channel in &p.saluran {
        let mut runs = vec![bold(channel.label.as_str())];
        if let Some(kontak) = &channel.kontak {
            runs.push(plain(format!(": {}", kontak.teks)));
        }
        runs.extend(note_runs(channel.keterangan.as_ref()));
        out.push(Atom::bullet(runs));
    }
    if p.tanpa_lapor {
        out.push(Atom::bullet(vec![
            bold("SP4N-LAPOR!"),
            plain(": www.lapor.go.id"),
            note(format!(" ({})", t.lapor_nasional)),
        ]));
    }
    if !p.pelaksana.is_empty() {
        let actors: Vec<&ActorView> = p.pelaksana.iter().collect();
        out.push(actors_paragraph(t.pelaksana_pengaduan, t.sistem, &actors));
    }
    if !p.alur.is_empty() {
        out.push(Atom::subheading(t.alur_pengaduan));
        let mut steps: Vec<Atom> = p.alur.iter().map(|s| step_atom(s, t)).collect();
        number(&mut steps, |n| format!("{n}."));
        out.extend(steps);
    }
    if !p.tenggat.is_empty() {
        out.push(Atom::subheading(t.tenggat_pengaduan));
        for tier in &p.tenggat {
            let mut runs = vec![
                plain(format!("{}: ", tier.tingkat)),
                bold(tier.waktu.as_str()),
            ];
            runs.extend(note_runs(tier.keterangan.as_ref()));
            out.push(Atom::bullet(runs));
        }
    }
    if !p.petugas.is_empty() {
        out.push(Atom::subheading(t.petugas_pengaduan));
        for officer in &p.petugas {
            let mut runs = match (&officer.nama, &officer.jabatan) {
                (Some(nama), Some(jabatan)) => {
                    vec![bold(nama.as_str()), plain(format!(", {jabatan}"))]
                }
                (Some(name), None) | (None, Some(name)) => vec![bold(name.as_str())],
                (None, None) => Vec::new(),
            };
            for contact in [&officer.telepon, &officer.email].into_iter().flatten() {
                runs.push(plain(format!(" · {}", contact.teks)));
            }
            runs.extend(note_runs(officer.keterangan.as_ref()));
            out.push(Atom::bullet(runs));
        }
    }
    out
}

pub(super) fn hours(view: &StandardView, t: &Labels) -> Vec<Atom> {
    view.jam_pelayanan
        .iter()
        .map(|row| {
            let mut runs = vec![plain(format!("{}: ", row.hari)), bold(row.jam.as_str())];
            if let Some(rest) = &row.istirahat {
                runs.push(plain(format!(" ({} {rest})", t.istirahat)));
            }
            runs.extend(note_runs(row.keterangan.as_ref()));
            Atom::bullet(runs)
        })
        .collect()
}

pub(super) fn pledge(view: &StandardView, t: &Labels) -> Vec<Atom> {
    let Some(m) = &view.maklumat else {
        return Vec::new();
    };
    let mut out: Vec<Atom> = paragraphs(Some(&m.teks)).collect();
    let mut lines = Vec::new();
    let place: Vec<&str> = [m.tempat.as_deref(), m.tanggal.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        lines.push(TextBlock::new(vec![plain(place.join(", "))], false));
    }
    lines.push(TextBlock::new(vec![plain(m.jabatan.as_str())], false));
    lines.push(TextBlock::new(vec![bold(m.nama.as_str())], false));
    if let Some(pangkat) = &m.pangkat {
        lines.push(TextBlock::new(vec![plain(pangkat.as_str())], false));
    }
    if let Some(nip) = &m.nip {
        lines.push(TextBlock::new(
            vec![plain(format!("{} {nip}", t.nip))],
            false,
        ));
    }
    out.push(Atom::new(AtomKind::Paragraf, lines));
    out
}
