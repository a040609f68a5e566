//! The view model: a compiled standard turned into presentation-ready values (durations and
//! fees formatted, free text rendered and sanitised, links resolved) for the templates.

mod complaint;
mod fee;
mod link;
mod masa;
mod procedure;
mod provider;
mod survei;
mod time;

use std::collections::BTreeMap;

use serde::Serialize;

use super::labels::Labels;
use super::text::Rich;
use crate::corpus::CompiledStandard;
use crate::model::butir::Butir;
use crate::model::komponen::Komponen;
use crate::model::persyaratan::Persyaratan;
use crate::model::regulasi::Regulasi;
use crate::model::situs::Bahasa;
pub use complaint::{ChannelView, ComplaintView, OfficerView, TierView, channels};
pub use fee::{FeeView, PriceView, TariffView, total_rupiah};
pub use link::{Link, phone_link, web_link};
pub use masa::{
    EntriRiwayat, EventView, HistoryView, MasaView, ResponseView, ReviewView, Riwayat,
    UpcomingView, VersionLink,
};
pub use procedure::{
    ActorView, DecisionView, FlowView, ProcedureView, SopCell, SopTable, StepView,
};
pub use provider::{DecreeView, HeadView, HoursView, PledgeView, ProviderView};
pub use survei::{ElementView, FollowUpView, PeriodView, SurveyView};
pub use time::{ApplicantDeadlineView, TimePartView, TimeView};

/// A list item, possibly a group with its own items.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub teks: String,
    /// When the item applies, if only in some cases: `bagi penduduk yang pindah`.
    pub berlaku: Option<String>,
    pub keterangan: Option<Rich>,
    pub kelompok: bool,
    /// A group's items (`kelompok`).
    pub daftar: Vec<ItemView>,
    /// The item's own parts (`rincian`).
    pub rincian: Vec<ItemView>,
}

/// A regulation.
#[derive(Debug, Clone, Serialize)]
pub struct RegulationView {
    /// `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik`.
    pub judul: String,
    pub tautan: Option<Link>,
    pub keterangan: Option<Rich>,
}

/// One of the eight management components.
#[derive(Debug, Clone, Serialize)]
pub struct ComponentView {
    /// The YAML key, also the HTML id.
    pub kunci: &'static str,
    pub judul: &'static str,
    /// Whether anything is written for it.
    pub ada: bool,
    pub butir: Vec<ItemView>,
    pub teks: Option<Rich>,
    pub regulasi: Vec<RegulationView>,
}

/// What a citizen needs first, at the top of the page: what to bring, how long, how much, what
/// they receive and where to complain. Every value links to its full component below.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SummaryView {
    /// Number of requirements (groups count once).
    pub persyaratan: usize,
    /// Every requirement's text when the list is short enough to read in the summary (at most
    /// [`SHORT_LIST_ITEMS`] items of [`SHORT_LIST_CHARS`] characters in all, none with parts),
    /// else empty and the count stands for it.
    pub persyaratan_singkat: Vec<String>,
    /// The total time, else its parts, else its note.
    pub waktu: Option<String>,
    /// "Tidak dipungut biaya", the one price, or the range of prices.
    pub biaya: Option<String>,
    /// The first product, and how many more there are.
    pub produk: Option<String>,
    pub produk_lain: usize,
    /// The complaint channels with their contacts (the national SP4N-LAPOR! when none is
    /// named).
    pub pengaduan: Vec<ChannelView>,
}

/// Everything a template needs about one standard.
#[derive(Debug, Clone, Serialize)]
pub struct StandardView {
    /// `unit/slug`.
    pub id: String,
    pub unit: String,
    pub slug: String,
    pub nama: String,
    pub deskripsi: Option<Rich>,
    /// Where the service can be applied for online.
    pub layanan_daring: Option<Link>,
    pub penyelenggara: Option<ProviderView>,
    pub sk: Option<DecreeView>,
    pub jam_pelayanan: Vec<HoursView>,
    pub maklumat: Option<PledgeView>,
    pub persyaratan: Vec<ItemView>,
    pub prosedur: ProcedureView,
    pub jangka_waktu: TimeView,
    pub biaya: FeeView,
    pub produk: Vec<ItemView>,
    pub pengaduan: Option<ComplaintView>,
    pub pengelolaan: Vec<ComponentView>,
    pub ringkasan: SummaryView,
    /// For each component key, what to say when it has no content: "Tidak dicantumkan dalam
    /// dokumen sumber." when `tidak_tercantum` lists it, else "Belum dicantumkan.".
    pub kosong: BTreeMap<&'static str, &'static str>,
    /// The components listed in `tidak_tercantum`, by key.
    pub tidak_tercantum: Vec<&'static str>,
    /// Validity, versions, consultation and review, once the unit's versions are placed.
    pub masa: Option<MasaView>,
    /// The fee and completion time changes scheduled for later days, by day.
    pub terjadwal: Vec<ScheduledView>,
}

/// A change of fee or completion time scheduled for a later day.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduledView {
    /// The first day, as the page writes a date.
    pub mulai: String,
    /// "Mulai berlaku 1 Januari 2027".
    pub judul: String,
    /// The new fee in one line: its summary, or each charge with its prices.
    pub kalimat_biaya: Option<String>,
    /// The new completion time in one line.
    pub kalimat_waktu: Option<String>,
    /// The new fee, when it changes.
    pub biaya: Option<FeeView>,
    /// What the new fee comes to, as the summary says it.
    pub ringkasan_biaya: Option<String>,
    /// The new completion time, when it changes.
    pub jangka_waktu: Option<TimeView>,
}

/// A requirement list is written out in a summary when it has at most this many items…
pub const SHORT_LIST_ITEMS: usize = 4;
/// …and at most this many characters in all.
pub const SHORT_LIST_CHARS: usize = 240;

/// The requirements as a summary shows them in full, or nothing when they are too many.
fn short_requirements(items: &[ItemView]) -> Vec<String> {
    let all: Vec<&ItemView> = items
        .iter()
        .flat_map(|item| std::iter::once(item).chain(item.daftar.iter()))
        .collect();
    let chars: usize = all.iter().map(|i| i.teks.chars().count()).sum();
    let short = all.len() <= SHORT_LIST_ITEMS
        && chars <= SHORT_LIST_CHARS
        && all.iter().all(|i| i.rincian.is_empty() && !i.kelompok);
    if !short {
        return Vec::new();
    }
    all.iter()
        .map(|i| match &i.berlaku {
            Some(when) => format!("{} ({when})", i.teks),
            None => i.teks.clone(),
        })
        .collect()
}

/// The summary of a standard whose components are already in `view`.
fn summary(view: &StandardView, t: &Labels) -> SummaryView {
    SummaryView {
        persyaratan: view.persyaratan.len(),
        persyaratan_singkat: short_requirements(&view.persyaratan),
        waktu: view.jangka_waktu.summary(),
        biaya: view.biaya.summary(t),
        produk: view.produk.first().map(|p| p.teks.clone()),
        produk_lain: view.produk.len().saturating_sub(1),
        pengaduan: complaint::summary(view.pengaduan.as_ref()),
    }
}

/// The view with every component, the summary still empty.
fn components(compiled: &CompiledStandard, t: &Labels, bahasa: Bahasa) -> StandardView {
    let s = &compiled.standar;
    StandardView {
        id: compiled.id.to_string(),
        unit: compiled.id.unit.clone(),
        slug: compiled.id.slug.clone(),
        nama: s.nama.clone(),
        deskripsi: Rich::maybe(s.deskripsi.as_deref()),
        layanan_daring: s.layanan_daring.as_deref().and_then(web_link),
        penyelenggara: s.penyelenggara.as_ref().map(provider::provider),
        sk: s.sk.as_ref().map(|sk| provider::decree(sk, bahasa)),
        jam_pelayanan: provider::hours(s.jam_pelayanan.as_deref().unwrap_or_default(), bahasa),
        maklumat: s.maklumat.as_ref().map(|m| provider::pledge(m, bahasa)),
        persyaratan: s.persyaratan.iter().map(requirement).collect(),
        prosedur: procedure::procedure(&s.prosedur, t, bahasa),
        jangka_waktu: time::time(&s.jangka_waktu, bahasa, t),
        biaya: fee::fee(&s.biaya),
        produk: s.produk.iter().map(item).collect(),
        pengaduan: s
            .pengaduan
            .as_ref()
            .map(|p| complaint::complaints(p, t, bahasa)),
        pengelolaan: management(compiled, t),
        kosong: Komponen::ALL
            .iter()
            .map(|k| {
                let text = if s.tidak_tercantum(*k) {
                    t.tidak_tercantum
                } else {
                    t.belum_dicantumkan
                };
                (k.kunci(), text)
            })
            .collect(),
        tidak_tercantum: Komponen::ALL
            .iter()
            .filter(|k| s.tidak_tercantum(**k))
            .map(|k| k.kunci())
            .collect(),
        ringkasan: SummaryView::default(),
        masa: None,
        terjadwal: Vec::new(),
    }
}

/// The scheduled changes of a standard, each fee with the summary it would have.
fn scheduled(
    compiled: &CompiledStandard,
    view: &StandardView,
    t: &Labels,
    bahasa: Bahasa,
) -> Vec<ScheduledView> {
    let mut changes: Vec<_> = compiled
        .standar
        .perubahan_terjadwal
        .iter()
        .flatten()
        .collect();
    changes.sort_by_key(|c| c.berlaku_mulai);
    changes
        .into_iter()
        .map(|change| {
            let biaya = change.biaya.as_ref().map(fee::fee);
            let ringkasan_biaya = biaya.as_ref().and_then(|fee| {
                let mut after = view.clone();
                after.biaya = fee.clone();
                summary(&after, t).biaya
            });
            let jangka_waktu = change
                .jangka_waktu
                .as_ref()
                .map(|j| time::time(j, bahasa, t));
            let mulai = super::format::tanggal(&change.berlaku_mulai, bahasa);
            ScheduledView {
                judul: t.masa.mulai_berlaku.replacen("{}", &mulai, 1),
                mulai,
                kalimat_biaya: biaya
                    .as_ref()
                    .map(|fee| fee_line(fee, ringkasan_biaya.as_deref())),
                kalimat_waktu: jangka_waktu.as_ref().map(time_line),
                biaya,
                ringkasan_biaya,
                jangka_waktu,
            }
        })
        .collect()
}

/// A fee in one line: its summary, or each priced charge.
fn fee_line(fee: &FeeView, summary: Option<&str>) -> String {
    if let Some(summary) = summary {
        return summary.to_string();
    }
    let charges: Vec<String> = fee
        .tarif
        .iter()
        .filter(|c| !c.harga.is_empty())
        .map(|c| {
            let prices: Vec<&str> = c.harga.iter().map(|h| h.teks.as_str()).collect();
            format!("{} {}", c.uraian, prices.join(", "))
        })
        .collect();
    let rumus = fee.rumus.as_ref().map(|r| r.plain.trim().to_string());
    match (charges.is_empty(), rumus) {
        (false, _) => charges.join("; "),
        (true, Some(rumus)) => rumus,
        (true, None) => fee
            .keterangan
            .as_ref()
            .map(|k| k.plain.trim().to_string())
            .unwrap_or_default(),
    }
}

/// A completion time in one line: its total with the steps it covers, or its note.
fn time_line(time: &TimeView) -> String {
    match (&time.total, &time.cakupan) {
        (Some(total), Some(steps)) => format!("{total} ({steps})"),
        (Some(total), None) => total.clone(),
        _ => time
            .keterangan
            .as_ref()
            .map(|k| k.plain.trim().to_string())
            .unwrap_or_default(),
    }
}

/// Builds the view of one compiled standard.
pub fn standard(compiled: &CompiledStandard, t: &Labels, bahasa: Bahasa) -> StandardView {
    let mut view = components(compiled, t, bahasa);
    view.ringkasan = summary(&view, t);
    view.terjadwal = scheduled(compiled, &view, t, bahasa);
    view
}

/// The trimmed text, when there is any.
fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// A plain list item.
fn item(butir: &Butir) -> ItemView {
    ItemView {
        teks: butir.uraian().to_string(),
        berlaku: non_empty(butir.berlaku()),
        keterangan: Rich::maybe(butir.keterangan()),
        kelompok: false,
        daftar: Vec::new(),
        rincian: butir
            .rincian()
            .iter()
            .map(|part| ItemView {
                teks: part.uraian().to_string(),
                berlaku: non_empty(part.berlaku()),
                keterangan: Rich::maybe(part.keterangan()),
                kelompok: false,
                daftar: Vec::new(),
                rincian: Vec::new(),
            })
            .collect(),
    }
}

/// A requirement, a group with its own items.
fn requirement(p: &Persyaratan) -> ItemView {
    match p {
        Persyaratan::Teks(text) => item(&Butir::Teks(text.clone())),
        Persyaratan::Rinci(detail) => item(&Butir::Rinci(detail.clone())),
        Persyaratan::Kelompok(group) => ItemView {
            teks: group.kelompok.clone(),
            berlaku: None,
            keterangan: Rich::maybe(group.keterangan.as_deref()),
            kelompok: true,
            daftar: group.daftar.iter().map(item).collect(),
            rincian: Vec::new(),
        },
    }
}

/// A regulation with its full title.
fn regulation(r: &Regulasi) -> RegulationView {
    RegulationView {
        judul: r.judul(),
        tautan: r.tautan.as_deref().and_then(web_link),
        keterangan: Rich::maybe(r.keterangan.as_deref()),
    }
}

/// The eight management components, in the order of PermenPANRB 15/2014.
fn management(compiled: &CompiledStandard, t: &Labels) -> Vec<ComponentView> {
    let s = &compiled.standar;
    let items = |list: &Option<Vec<Butir>>| list.iter().flatten().map(item).collect::<Vec<_>>();
    let component = |kunci, judul| ComponentView {
        kunci,
        judul,
        ada: false,
        butir: Vec::new(),
        teks: None,
        regulasi: Vec::new(),
    };
    let mut out = vec![
        ComponentView {
            regulasi: s.dasar_hukum.iter().flatten().map(regulation).collect(),
            ..component("dasar_hukum", t.dasar_hukum)
        },
        ComponentView {
            butir: items(&s.sarana_prasarana),
            ..component("sarana_prasarana", t.sarana_prasarana)
        },
        ComponentView {
            butir: items(&s.kompetensi_pelaksana),
            ..component("kompetensi_pelaksana", t.kompetensi_pelaksana)
        },
        ComponentView {
            butir: items(&s.pengawasan_internal),
            ..component("pengawasan_internal", t.pengawasan_internal)
        },
        ComponentView {
            teks: s.jumlah_pelaksana.as_ref().and_then(|j| {
                let count = j.jumlah.map(|n| format!("{n} {}", t.orang));
                let text = [count, non_empty(j.keterangan.as_deref())]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" — ");
                Rich::maybe(Some(&text))
            }),
            ..component("jumlah_pelaksana", t.jumlah_pelaksana)
        },
        ComponentView {
            teks: Rich::maybe(s.jaminan_pelayanan.as_deref()),
            ..component("jaminan_pelayanan", t.jaminan_pelayanan)
        },
        ComponentView {
            teks: Rich::maybe(s.jaminan_keamanan.as_deref()),
            ..component("jaminan_keamanan", t.jaminan_keamanan)
        },
        ComponentView {
            teks: Rich::maybe(s.evaluasi_kinerja.as_deref()),
            ..component("evaluasi_kinerja", t.evaluasi_kinerja)
        },
    ];
    for c in &mut out {
        c.ada = !c.butir.is_empty() || c.teks.is_some() || !c.regulasi.is_empty();
    }
    out
}
