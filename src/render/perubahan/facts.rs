//! A standard as the facts a citizen reads, section by section, in the words of its page:
//! what two versions are compared on.

use crate::model::biaya::Gabungan;
use crate::render::labels::Labels;
use crate::render::text::Rich;
use crate::render::view::{
    ComplaintView, FeeView, ItemView, Link, ProcedureView, ProviderView, RegulationView,
    StandardView, StepView, TimeView,
};

/// One fact of a section. Facts with the same `kunci` in two versions are the same fact,
/// changed when their `teks` differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fact {
    /// What identifies the fact across versions: a field's label, or the item's own text.
    pub kunci: String,
    /// Said after the section's title when the fact changes: `Alamat` in "Penyelenggara —
    /// Alamat: … → …". `None` when the fact is an item of a list.
    pub judul: Option<String>,
    /// The fact in full, as the page says it.
    pub teks: String,
}

impl Fact {
    /// A field with a label: the label identifies it.
    fn field(judul: &str, teks: impl Into<String>) -> Self {
        Fact {
            kunci: judul.to_owned(),
            judul: Some(judul.to_owned()),
            teks: teks.into(),
        }
    }

    /// An item of a list, identified by its main text.
    fn item(kunci: impl Into<String>, teks: impl Into<String>) -> Self {
        Fact {
            kunci: kunci.into(),
            judul: None,
            teks: teks.into(),
        }
    }
}

/// A section of the page and its facts.
#[derive(Debug)]
pub(super) struct Section {
    pub judul: String,
    pub facts: Vec<Fact>,
}

/// Every section of a standard, in the page's order.
pub(super) fn sections(view: &StandardView, t: &Labels) -> Vec<Section> {
    let section = |judul: &str, facts: Vec<Fact>| Section {
        judul: judul.to_owned(),
        facts,
    };
    let mut out = vec![
        section(
            t.nama_layanan,
            vec![Fact::field(t.nama_layanan, &view.nama)],
        ),
        section(
            t.deskripsi,
            rich_field(t.deskripsi, view.deskripsi.as_ref()),
        ),
        section(
            t.layanan_daring,
            link_field(t.layanan_daring, view.layanan_daring.as_ref()),
        ),
        section(t.penyelenggara, provider(view.penyelenggara.as_ref(), t)),
        section(t.sk, decree(view, t)),
        section(t.jam_pelayanan, hours(view, t)),
        section(t.maklumat, pledge(view, t)),
        section(t.persyaratan, items(&view.persyaratan)),
        section(t.prosedur, procedure(&view.prosedur, t)),
        section(t.jangka_waktu, time(view, t)),
        section(t.biaya, fee(view, t)),
        section(t.masa.perubahan_terjadwal, scheduled(view, t)),
        section(t.produk, items(&view.produk)),
        section(t.pengaduan, complaints(view.pengaduan.as_ref(), t)),
    ];
    for component in &view.pengelolaan {
        let mut facts = items(&component.butir);
        facts.extend(rich_field(component.judul, component.teks.as_ref()));
        facts.extend(regulations(&component.regulasi));
        out.push(section(component.judul, facts));
    }
    out
}

fn rich_field(judul: &str, rich: Option<&Rich>) -> Vec<Fact> {
    rich.map(|r| Fact::field(judul, r.plain.trim()))
        .into_iter()
        .collect()
}

fn link_field(judul: &str, link: Option<&Link>) -> Vec<Fact> {
    link.map(|l| Fact::field(judul, link_text(l)))
        .into_iter()
        .collect()
}

fn text_field(judul: &str, text: Option<&str>) -> Vec<Fact> {
    text.map(|t| Fact::field(judul, t)).into_iter().collect()
}

/// A link as a citizen reads it: what it says, and where it leads when that differs.
fn link_text(link: &Link) -> String {
    let address = link
        .href
        .trim_start_matches("mailto:")
        .trim_start_matches("tel:");
    if link.teks == address {
        link.teks.clone()
    } else {
        format!("{} ({address})", link.teks)
    }
}

fn provider(p: Option<&ProviderView>, t: &Labels) -> Vec<Fact> {
    let Some(p) = p else { return Vec::new() };
    let mut facts = vec![
        Fact::field(t.unit, &p.nama),
        Fact::field(t.pemerintah, &p.pemerintah),
    ];
    facts.extend(text_field(t.alamat, p.alamat.as_deref()));
    facts.extend(link_field(t.telepon, p.telepon.as_ref()));
    facts.extend(link_field(t.email, p.email.as_ref()));
    facts.extend(link_field(t.situs_web, p.website.as_ref()));
    if let Some(head) = &p.kepala {
        let name = [head.nama.as_deref(), Some(head.jabatan.as_str())];
        let name: Vec<&str> = name.into_iter().flatten().collect();
        facts.push(Fact::field(t.kepala_unit, name.join(", ")));
    }
    facts
}

fn decree(view: &StandardView, t: &Labels) -> Vec<Fact> {
    let Some(sk) = &view.sk else {
        return Vec::new();
    };
    let mut facts = text_field(t.nomor_sk, sk.nomor.as_deref());
    facts.extend(text_field(t.tanggal, sk.tanggal.as_deref()));
    facts.extend(text_field(t.tentang, sk.tentang.as_deref()));
    facts.extend(text_field(t.penetap_sk, sk.penetap.as_deref()));
    facts.extend(text_field(t.lampiran_sk, sk.lampiran.as_deref()));
    if sk.rancangan {
        facts.push(Fact::field(t.sk, t.sk_rancangan));
    }
    facts.extend(link_field(t.sk, sk.tautan.as_ref()));
    facts
}

fn hours(view: &StandardView, t: &Labels) -> Vec<Fact> {
    view.jam_pelayanan
        .iter()
        .map(|row| {
            let mut text = format!("{}: {}", row.hari, row.jam);
            let pause = row
                .istirahat
                .as_ref()
                .map(|p| format!("{} {p}", t.istirahat));
            append(&mut text, pause.as_deref());
            append(&mut text, row.keterangan.as_ref().map(|k| k.plain.trim()));
            Fact::item(&row.hari, text)
        })
        .collect()
}

fn pledge(view: &StandardView, t: &Labels) -> Vec<Fact> {
    let Some(m) = &view.maklumat else {
        return Vec::new();
    };
    let mut facts = vec![
        Fact::field(t.maklumat, m.teks.plain.trim()),
        Fact::field(t.jabatan, &m.jabatan),
    ];
    if !m.nama.is_empty() {
        facts.push(Fact::field(t.penetap_sk, &m.nama));
    }
    facts.extend(text_field(t.tanggal, m.tanggal.as_deref()));
    facts
}

/// Items of a list: each identified by its text (and when it applies), in full with its note,
/// parts and group members.
fn items(list: &[ItemView]) -> Vec<Fact> {
    list.iter()
        .map(|item| {
            let kunci = match &item.berlaku {
                Some(when) => format!("{} ({when})", item.teks),
                None => item.teks.clone(),
            };
            Fact::item(kunci.clone(), item_text(item, kunci))
        })
        .collect()
}

fn item_text(item: &ItemView, mut text: String) -> String {
    append(&mut text, item.keterangan.as_ref().map(|k| k.plain.trim()));
    for part in item.daftar.iter().chain(&item.rincian) {
        let part_text = item_text(part, part.teks.clone());
        text.push_str(&format!("; {part_text}"));
    }
    text
}

/// Adds `; extra` to `text` when there is something to add.
fn append(text: &mut String, extra: Option<&str>) {
    if let Some(extra) = extra.filter(|e| !e.is_empty()) {
        text.push_str(" — ");
        text.push_str(extra);
    }
}

fn regulations(list: &[RegulationView]) -> Vec<Fact> {
    list.iter()
        .map(|r| {
            let mut text = r.judul.clone();
            append(&mut text, r.keterangan.as_ref().map(|k| k.plain.trim()));
            Fact::item(&r.judul, text)
        })
        .collect()
}

/// Steps, identified by what is done, with who does it, how long it takes and what it gives.
fn procedure(p: &ProcedureView, t: &Labels) -> Vec<Fact> {
    let mut facts = rich_field(t.keterangan, p.keterangan.as_ref());
    for flow in &p.alur {
        let prefix = flow
            .nama
            .as_deref()
            .map(|n| format!("{n}: "))
            .unwrap_or_default();
        facts.extend(flow.langkah.iter().map(|step| {
            let kunci = format!("{prefix}{}", step.uraian);
            let text = step_text(step, kunci.clone());
            Fact::item(kunci, text)
        }));
    }
    facts
}

fn step_text(step: &StepView, mut text: String) -> String {
    append(&mut text, step.pelaksana.as_deref());
    append(&mut text, step.waktu.as_deref());
    append(&mut text, step.kelengkapan.as_deref());
    append(&mut text, step.output.as_deref());
    append(&mut text, step.keterangan.as_ref().map(|k| k.plain.trim()));
    if let Some(decision) = &step.keputusan {
        text.push_str(&format!(
            " — {}: {} / {}",
            decision.pertanyaan, decision.ya, decision.tidak
        ));
    }
    text
}

fn time(standard: &StandardView, t: &Labels) -> Vec<Fact> {
    time_facts(&standard.jangka_waktu, t)
}

/// The facts of a completion time.
fn time_facts(view: &TimeView, t: &Labels) -> Vec<Fact> {
    let total = view.total.as_ref().map(|total| match &view.cakupan {
        Some(steps) => format!("{total} ({steps})"),
        None => total.clone(),
    });
    let mut facts = text_field(t.jangka_waktu, total.as_deref());
    facts.extend(view.bagian.iter().map(|part| {
        let mut text = part.nama.clone();
        append(&mut text, part.waktu.as_deref());
        append(&mut text, part.keterangan.as_ref().map(|k| k.plain.trim()));
        Fact::item(&part.nama, text)
    }));
    facts.extend(text_field(
        t.dapat_diperpanjang,
        view.perpanjangan.as_deref(),
    ));
    if let Some(deadline) = &view.tenggat_pemohon {
        let text = format!("{}: {}", deadline.uraian, deadline.waktu);
        facts.push(Fact::field(t.tenggat_pemohon, text));
    }
    facts.extend(rich_field(t.keterangan, view.keterangan.as_ref()));
    facts
}

/// The fee's summary (what a citizen pays), then each charge with its prices.
fn fee(standard: &StandardView, t: &Labels) -> Vec<Fact> {
    fee_facts(&standard.biaya, standard.ringkasan.biaya.as_deref(), t)
}

/// The facts of a fee whose summary is `summary`.
fn fee_facts(view: &FeeView, summary: Option<&str>, t: &Labels) -> Vec<Fact> {
    // With charges listed, each says its price and the summary would say it twice.
    let mut facts = match view.tarif.is_empty() {
        true => text_field(t.biaya, summary),
        false => Vec::new(),
    };
    if let Some(gabungan) = view.gabungan {
        let text = match gabungan {
            Gabungan::SalahSatu => t.salah_satu_berlaku,
            Gabungan::Dijumlahkan => t.semua_dibayar,
            Gabungan::SesuaiPemakaian => t.sesuai_pemakaian,
        };
        facts.push(Fact::field(t.tarif, text));
    }
    facts.extend(view.tarif.iter().map(|tariff| {
        let mut kunci = tariff.uraian.clone();
        if let Some(category) = &tariff.kategori {
            kunci.push_str(&format!(" ({category})"));
        }
        let prices: Vec<&str> = tariff.harga.iter().map(|h| h.teks.as_str()).collect();
        let mut text = kunci.clone();
        append(&mut text, Some(&prices.join(", ")));
        for rule in &tariff.sesuai {
            append(&mut text, Some(&format!("{} {}", t.sesuai, rule.judul)));
        }
        append(
            &mut text,
            tariff.keterangan.as_ref().map(|k| k.plain.trim()),
        );
        Fact::item(kunci, text)
    }));
    facts.extend(rich_field(t.rumus, view.rumus.as_ref()));
    facts.extend(regulations(&view.dasar_hukum));
    facts.extend(rich_field(t.keterangan, view.keterangan.as_ref()));
    facts
}

/// Each scheduled change's facts, each said with the day it starts: a change of its day or of
/// what it changes is a change of the standard.
fn scheduled(view: &StandardView, t: &Labels) -> Vec<Fact> {
    let mut facts = Vec::new();
    for change in &view.terjadwal {
        let day = t.masa.mulai_berlaku.replacen("{}", &change.mulai, 1);
        let mut parts = Vec::new();
        if let Some(time) = &change.jangka_waktu {
            parts.extend(time_facts(time, t));
        }
        if let Some(fee) = &change.biaya {
            parts.extend(fee_facts(fee, change.ringkasan_biaya.as_deref(), t));
        }
        facts.extend(parts.into_iter().map(|fact| {
            let named = fact
                .judul
                .as_deref()
                .map_or(String::new(), |j| format!("{j}: "));
            Fact::item(
                format!("{day} — {}", fact.kunci),
                format!("{day} — {named}{}", fact.teks),
            )
        }));
    }
    facts
}

/// The channels a complaint can be made through, the deadlines and the officers.
fn complaints(view: Option<&ComplaintView>, t: &Labels) -> Vec<Fact> {
    let Some(view) = view else { return Vec::new() };
    let mut facts: Vec<Fact> = view
        .saluran
        .iter()
        .map(|channel| {
            let mut text = channel.label.clone();
            append(&mut text, channel.kontak.as_ref().map(link_text).as_deref());
            append(
                &mut text,
                channel.keterangan.as_ref().map(|k| k.plain.trim()),
            );
            Fact::item(&channel.label, text)
        })
        .collect();
    facts.extend(view.tenggat.iter().map(|tier| {
        let text = format!("{}: {}", tier.tingkat, tier.waktu);
        Fact::item(format!("{} {}", t.tenggat_pengaduan, tier.tingkat), text)
    }));
    facts.extend(view.petugas.iter().map(|officer| {
        let name = [officer.nama.as_deref(), officer.jabatan.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let mut text = name.clone();
        append(
            &mut text,
            officer.telepon.as_ref().map(link_text).as_deref(),
        );
        append(&mut text, officer.email.as_ref().map(link_text).as_deref());
        Fact::item(name, text)
    }));
    facts.extend(rich_field(t.keterangan, view.keterangan.as_ref()));
    facts
}
