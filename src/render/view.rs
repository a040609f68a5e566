//! The view model: a compiled standard turned into presentation-ready values (durations and
//! fees formatted, free text rendered and sanitised, links resolved) for the templates.

use serde::Serialize;

use super::format;
use super::labels::Labels;
use super::text::Rich;
use crate::check::kontak::web_address;
use crate::corpus::CompiledStandard;
use crate::model::biaya::format_rupiah;
use crate::model::butir::Butir;
use crate::model::jam_pelayanan::ringkas_hari;
use crate::model::pengaduan::{JenisSaluran, Pengaduan};
use crate::model::persyaratan::Persyaratan;
use crate::model::prosedur::{Alur, Langkah, Pelaksana, Tujuan};
use crate::model::regulasi::Regulasi;
use crate::model::situs::Bahasa;
use crate::model::sk::StatusSk;
use crate::model::waktu::Hari;

/// A text with a link target.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// What is shown.
    pub teks: String,
    /// Where it leads (http(s), mailto or tel only).
    pub href: String,
}

/// A list item, possibly a group with its own items.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub teks: String,
    pub keterangan: Option<Rich>,
    pub kelompok: bool,
    pub daftar: Vec<ItemView>,
}

/// The providing unit.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderView {
    pub pemerintah: String,
    pub unit: String,
    pub subunit: Option<String>,
    pub alamat: Option<String>,
    pub telepon: Option<Link>,
    pub email: Option<Link>,
    pub website: Option<Link>,
    /// `Subunit, Unit` — the name used under the service name.
    pub nama: String,
}

/// The adopting decree.
#[derive(Debug, Clone, Serialize)]
pub struct DecreeView {
    pub nomor: Option<String>,
    pub tanggal: Option<String>,
    pub tentang: Option<String>,
    pub rancangan: bool,
    pub tautan: Option<Link>,
}

/// One opening-hours row.
#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    pub hari: String,
    pub jam: String,
    pub istirahat: Option<String>,
    pub keterangan: Option<Rich>,
}

/// The pledge and its signer.
#[derive(Debug, Clone, Serialize)]
pub struct PledgeView {
    pub teks: Rich,
    pub jabatan: String,
    pub nama: String,
    pub pangkat: Option<String>,
    pub nip: Option<String>,
    pub tempat: Option<String>,
    pub tanggal: Option<String>,
}

/// A declared actor.
#[derive(Debug, Clone, Serialize)]
pub struct ActorView {
    pub nama: String,
    pub keterangan: Option<String>,
}

/// A yes/no branch.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    pub pertanyaan: String,
    /// Where "yes" leads, as a sentence (`lanjut ke langkah 5`, `Selesai`).
    pub ya: String,
    pub tidak: String,
    /// The step number "yes" and "no" lead to; `None` is the end of the flow.
    #[serde(skip)]
    pub ke: [Option<usize>; 2],
}

/// One step of a flow.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    pub nomor: usize,
    pub uraian: String,
    /// The short text for tables and charts (the description when there is none).
    pub singkat: String,
    pub pelaksana: Option<String>,
    pub waktu: Option<String>,
    pub kelengkapan: Option<String>,
    pub output: Option<String>,
    pub keterangan: Option<Rich>,
    pub keputusan: Option<DecisionView>,
}

/// A cell of an actor column in the SOP-AP table.
#[derive(Debug, Clone, Serialize)]
pub struct SopCell {
    /// The step is done by this column's actor.
    pub aktif: bool,
    /// `Mulai` on the first step, `Selesai` on the last, else empty.
    pub tanda: String,
}

/// The SOP-AP table of a flow: one column per actor, then the quality standards. Row `i`
/// is step `i` of the flow; `sel[i]` holds its actor cells.
#[derive(Debug, Clone, Serialize)]
pub struct SopTable {
    pub kolom: Vec<String>,
    pub sel: Vec<Vec<SopCell>>,
}

/// One flow of the procedure.
#[derive(Debug, Clone, Serialize)]
pub struct FlowView {
    pub nama: Option<String>,
    pub keterangan: Option<Rich>,
    pub langkah: Vec<StepView>,
    /// Whether some step has a time (listed under the completion time).
    pub ada_waktu: bool,
    /// Present when the flow names actors or quality standards.
    pub sop: Option<SopTable>,
    /// File name of the flow's chart, beside the page (`alur.svg`, `alur-2.svg`).
    pub bagan: String,
    /// The chart's width and height on the page, in CSS pixels: its smallest text at 12 px.
    pub lebar: u32,
    pub tinggi: u32,
}

/// The procedure.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedureView {
    pub keterangan: Option<Rich>,
    pub pelaksana: Vec<ActorView>,
    pub alur: Vec<FlowView>,
}

/// A named part of the completion time.
#[derive(Debug, Clone, Serialize)]
pub struct TimePartView {
    pub nama: String,
    pub waktu: Option<String>,
    pub keterangan: Option<Rich>,
}

/// The completion time.
#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    pub total: Option<String>,
    pub bagian: Vec<TimePartView>,
    pub keterangan: Option<Rich>,
}

/// One tariff line.
#[derive(Debug, Clone, Serialize)]
pub struct TariffView {
    pub uraian: String,
    /// `Rp1.500.000 per hari`.
    pub harga: String,
    pub rupiah: u64,
    pub kategori: Option<String>,
    pub keterangan: Option<Rich>,
}

/// A regulation.
#[derive(Debug, Clone, Serialize)]
pub struct RegulationView {
    /// `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik`.
    pub judul: String,
    pub tautan: Option<Link>,
    pub keterangan: Option<Rich>,
}

/// The fee.
#[derive(Debug, Clone, Serialize)]
pub struct FeeView {
    pub gratis: bool,
    pub tarif: Vec<TariffView>,
    pub ada_kategori: bool,
    pub rumus: Option<Rich>,
    pub dasar_hukum: Vec<RegulationView>,
    pub keterangan: Option<Rich>,
}

/// A complaint channel.
#[derive(Debug, Clone, Serialize)]
pub struct ChannelView {
    pub jenis: String,
    pub label: String,
    pub kontak: Option<Link>,
    pub keterangan: Option<Rich>,
}

/// A complaint deadline tier.
#[derive(Debug, Clone, Serialize)]
pub struct TierView {
    pub tingkat: String,
    pub waktu: String,
    pub keterangan: Option<Rich>,
}

/// A complaint officer.
#[derive(Debug, Clone, Serialize)]
pub struct OfficerView {
    pub nama: String,
    pub jabatan: Option<String>,
    pub telepon: Option<Link>,
    pub email: Option<Link>,
}

/// Complaint handling.
#[derive(Debug, Clone, Serialize)]
pub struct ComplaintView {
    pub saluran: Vec<ChannelView>,
    /// True when the standard lists no SP4N-LAPOR! channel; boards then add the national one.
    pub tanpa_lapor: bool,
    pub pelaksana: Vec<ActorView>,
    pub alur: Vec<StepView>,
    pub tenggat: Vec<TierView>,
    pub petugas: Vec<OfficerView>,
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
}

/// Builds the view of one compiled standard.
pub fn standard(compiled: &CompiledStandard, t: &Labels, bahasa: Bahasa) -> StandardView {
    let mut view = components(compiled, t, bahasa);
    view.ringkasan = summary(&view, t);
    view
}

/// The summary of a standard whose components are already in `view`.
fn summary(view: &StandardView, t: &Labels) -> SummaryView {
    let w = &view.jangka_waktu;
    let waktu = w
        .total
        .clone()
        .or_else(|| {
            (!w.bagian.is_empty()).then(|| {
                w.bagian
                    .iter()
                    .map(|b| match &b.waktu {
                        Some(waktu) => format!("{}: {waktu}", b.nama),
                        None => b.nama.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        })
        .or_else(|| w.keterangan.as_ref().map(|k| k.plain.clone()));
    let b = &view.biaya;
    let biaya = if b.gratis {
        Some(t.tidak_dipungut_biaya.to_string())
    } else if let [one] = b.tarif.as_slice() {
        Some(match &one.kategori {
            Some(kategori) => format!("{} ({kategori})", one.harga),
            None => one.harga.clone(),
        })
    } else if !b.tarif.is_empty() {
        let low = b.tarif.iter().map(|x| x.rupiah).min().unwrap_or_default();
        let high = b.tarif.iter().map(|x| x.rupiah).max().unwrap_or_default();
        let range = if low == high {
            format_rupiah(low)
        } else {
            format!("{} – {}", format_rupiah(low), format_rupiah(high))
        };
        Some(format!(
            "{range} ({} {})",
            b.tarif.len(),
            t.tarif.to_lowercase()
        ))
    } else {
        None
    };
    let mut pengaduan = view
        .pengaduan
        .as_ref()
        .map(|p| p.saluran.clone())
        .unwrap_or_default();
    if view.pengaduan.as_ref().is_none_or(|p| p.tanpa_lapor) {
        pengaduan.push(ChannelView {
            jenis: "sp4n_lapor".into(),
            label: "SP4N-LAPOR!".into(),
            kontak: web_link("www.lapor.go.id"),
            keterangan: None,
        });
    }
    SummaryView {
        persyaratan: view.persyaratan.len(),
        waktu,
        biaya,
        produk: view.produk.first().map(|p| p.teks.clone()),
        produk_lain: view.produk.len().saturating_sub(1),
        pengaduan,
    }
}

/// The view with every component, the summary still empty.
fn components(compiled: &CompiledStandard, t: &Labels, bahasa: Bahasa) -> StandardView {
    let s = &compiled.standar;
    let day_name = match bahasa {
        Bahasa::Id => Hari::nama,
        Bahasa::En => Hari::english,
    };
    StandardView {
        id: compiled.id.to_string(),
        unit: compiled.id.unit.clone(),
        slug: compiled.id.slug.clone(),
        nama: s.nama.clone(),
        deskripsi: Rich::maybe(s.deskripsi.as_deref()),
        penyelenggara: s.penyelenggara.as_ref().map(|p| ProviderView {
            nama: [p.subunit.as_deref(), Some(p.unit.as_str())]
                .into_iter()
                .flatten()
                .filter(|x| !x.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            pemerintah: p.pemerintah.clone(),
            unit: p.unit.clone(),
            subunit: non_empty(p.subunit.as_deref()),
            alamat: non_empty(p.alamat.as_deref()),
            telepon: p.telepon.as_deref().and_then(phone_link),
            email: p.email.as_deref().and_then(email_link),
            website: p.website.as_deref().and_then(web_link),
        }),
        sk: s.sk.as_ref().map(|sk| DecreeView {
            nomor: non_empty(sk.nomor.as_deref()),
            tanggal: sk.tanggal.map(|d| format::tanggal(&d, bahasa)),
            tentang: non_empty(sk.tentang.as_deref()),
            rancangan: sk.status == StatusSk::Rancangan,
            tautan: sk.tautan.as_deref().and_then(web_link),
        }),
        jam_pelayanan: s
            .jam_pelayanan
            .iter()
            .flatten()
            .map(|row| HoursView {
                hari: ringkas_hari(&row.hari, day_name),
                jam: row.jam.to_string(),
                istirahat: row.istirahat.map(|r| r.to_string()),
                keterangan: Rich::maybe(row.keterangan.as_deref()),
            })
            .collect(),
        maklumat: s.maklumat.as_ref().map(|m| PledgeView {
            teks: Rich::new(m.teks()),
            jabatan: m.penandatangan.jabatan.clone(),
            nama: m.penandatangan.nama.clone(),
            pangkat: non_empty(m.penandatangan.pangkat.as_deref()),
            nip: non_empty(m.penandatangan.nip.as_deref()),
            tempat: non_empty(m.penandatangan.tempat.as_deref()),
            tanggal: m.penandatangan.tanggal.map(|d| format::tanggal(&d, bahasa)),
        }),
        persyaratan: s.persyaratan.iter().map(requirement).collect(),
        prosedur: ProcedureView {
            keterangan: Rich::maybe(s.prosedur.keterangan.as_deref()),
            pelaksana: actors(s.prosedur.pelaksana.as_deref()),
            alur: s
                .prosedur
                .alur
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let mut view = flow(a, s.prosedur.pelaksana.as_deref(), t, bahasa);
                    view.bagan = match s.prosedur.alur.len() {
                        1 => "alur.svg".to_string(),
                        _ => format!("alur-{}.svg", i + 1),
                    };
                    view
                })
                .collect(),
        },
        jangka_waktu: TimeView {
            total: s
                .jangka_waktu
                .total
                .as_ref()
                .map(|d| format::durasi(d, bahasa)),
            bagian: s
                .jangka_waktu
                .bagian
                .iter()
                .flatten()
                .map(|b| TimePartView {
                    nama: b.nama.clone(),
                    waktu: b.waktu.as_ref().map(|d| format::durasi(d, bahasa)),
                    keterangan: Rich::maybe(b.keterangan.as_deref()),
                })
                .collect(),
            keterangan: Rich::maybe(s.jangka_waktu.keterangan.as_deref()),
        },
        biaya: FeeView {
            gratis: s.biaya.is_gratis(),
            tarif: s
                .biaya
                .tarif
                .iter()
                .flatten()
                .map(|tarif| TariffView {
                    uraian: tarif.uraian.clone(),
                    harga: format::tarif(tarif),
                    rupiah: tarif.rupiah,
                    kategori: non_empty(tarif.kategori.as_deref()),
                    keterangan: Rich::maybe(tarif.keterangan.as_deref()),
                })
                .collect(),
            ada_kategori: s.biaya.tarif.iter().flatten().any(|t| t.kategori.is_some()),
            rumus: Rich::maybe(s.biaya.rumus.as_deref()),
            dasar_hukum: s
                .biaya
                .dasar_hukum
                .iter()
                .flatten()
                .map(regulation)
                .collect(),
            keterangan: Rich::maybe(s.biaya.keterangan.as_deref()),
        },
        produk: s.produk.iter().map(item).collect(),
        pengaduan: s.pengaduan.as_ref().map(|p| complaints(p, t, bahasa)),
        pengelolaan: management(compiled, t),
        ringkasan: SummaryView::default(),
    }
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

fn item(butir: &Butir) -> ItemView {
    ItemView {
        teks: butir.uraian().to_string(),
        keterangan: Rich::maybe(butir.keterangan()),
        kelompok: false,
        daftar: Vec::new(),
    }
}

fn requirement(p: &Persyaratan) -> ItemView {
    match p {
        Persyaratan::Teks(text) => item(&Butir::Teks(text.clone())),
        Persyaratan::Rinci(detail) => item(&Butir::Rinci(detail.clone())),
        Persyaratan::Kelompok(group) => ItemView {
            teks: group.kelompok.clone(),
            keterangan: Rich::maybe(group.keterangan.as_deref()),
            kelompok: true,
            daftar: group.daftar.iter().map(item).collect(),
        },
    }
}

fn actors(declared: Option<&[Pelaksana]>) -> Vec<ActorView> {
    declared
        .unwrap_or_default()
        .iter()
        .map(|a| ActorView {
            nama: a.nama().to_string(),
            keterangan: non_empty(a.keterangan()),
        })
        .collect()
}

fn steps(langkah: &[Langkah], t: &Labels, bahasa: Bahasa) -> Vec<StepView> {
    let target = |tujuan: Option<Tujuan>, number: usize| match tujuan {
        Some(Tujuan::Akhir(_)) => t.selesai.to_string(),
        Some(Tujuan::Langkah(n)) => format!("{} {n}", t.ke_langkah),
        None if number < langkah.len() => format!("{} {}", t.ke_langkah, number + 1),
        None => t.selesai.to_string(),
    };
    langkah
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let number = i + 1;
            let detail = step.rinci();
            StepView {
                nomor: number,
                uraian: step.uraian().to_string(),
                singkat: detail
                    .and_then(|d| non_empty(d.uraian_singkat.as_deref()))
                    .unwrap_or_else(|| step.uraian().to_string()),
                pelaksana: step.pelaksana().map(str::to_string),
                waktu: step.waktu().map(|d| format::durasi(d, bahasa)),
                kelengkapan: detail
                    .and_then(|d| d.mutu_baku.as_ref())
                    .and_then(|m| non_empty(m.kelengkapan.as_deref())),
                output: detail
                    .and_then(|d| d.mutu_baku.as_ref())
                    .and_then(|m| non_empty(m.output.as_deref())),
                keterangan: detail.and_then(|d| Rich::maybe(d.keterangan.as_deref())),
                keputusan: detail
                    .and_then(|d| d.keputusan.as_ref())
                    .map(|k| DecisionView {
                        pertanyaan: k.pertanyaan.clone(),
                        ya: target(k.ya, number),
                        tidak: target(k.tidak, number),
                        ke: [k.ya, k.tidak].map(|tujuan| match tujuan {
                            Some(Tujuan::Langkah(n)) => {
                                let n = n as usize;
                                (n <= langkah.len()).then_some(n)
                            }
                            Some(Tujuan::Akhir(_)) => None,
                            None => (number < langkah.len()).then_some(number + 1),
                        }),
                    }),
            }
        })
        .collect()
}

fn flow(alur: &Alur, declared: Option<&[Pelaksana]>, t: &Labels, bahasa: Bahasa) -> FlowView {
    let langkah = steps(&alur.langkah, t, bahasa);
    let has_actor = langkah.iter().any(|s| s.pelaksana.is_some());
    let has_quality = langkah
        .iter()
        .any(|s| s.kelengkapan.is_some() || s.output.is_some() || s.waktu.is_some());
    let sop = (has_actor || has_quality).then(|| {
        // Columns: the declared actors this flow uses, in declaration order.
        let kolom: Vec<String> = declared
            .unwrap_or_default()
            .iter()
            .map(|a| a.nama().to_string())
            .filter(|name| langkah.iter().any(|s| s.pelaksana.as_deref() == Some(name)))
            .collect();
        let last = langkah.len();
        let sel = langkah
            .iter()
            .map(|step| {
                kolom
                    .iter()
                    .map(|actor| {
                        let aktif = step.pelaksana.as_deref() == Some(actor.as_str());
                        let tanda = match (aktif, step.nomor) {
                            (true, 1) => t.mulai,
                            (true, n) if n == last => t.selesai,
                            _ => "",
                        };
                        SopCell {
                            aktif,
                            tanda: tanda.to_string(),
                        }
                    })
                    .collect()
            })
            .collect();
        SopTable { kolom, sel }
    });
    FlowView {
        nama: non_empty(alur.nama.as_deref()),
        keterangan: Rich::maybe(alur.keterangan.as_deref()),
        ada_waktu: langkah.iter().any(|s| s.waktu.is_some()),
        langkah,
        sop,
        bagan: String::new(),
        lebar: 0,
        tinggi: 0,
    }
}

fn regulation(r: &Regulasi) -> RegulationView {
    RegulationView {
        judul: r.judul(),
        tautan: r.tautan.as_deref().and_then(web_link),
        keterangan: Rich::maybe(r.keterangan.as_deref()),
    }
}

fn complaints(p: &Pengaduan, t: &Labels, bahasa: Bahasa) -> ComplaintView {
    ComplaintView {
        saluran: p
            .saluran
            .iter()
            .map(|s| ChannelView {
                jenis: serde_json::to_value(s.jenis)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                label: match bahasa {
                    Bahasa::Id => s.jenis.label(),
                    Bahasa::En => s.jenis.english(),
                }
                .to_string(),
                kontak: s
                    .kontak
                    .as_deref()
                    .and_then(|k| match s.jenis.bentuk_kontak() {
                        crate::model::pengaduan::BentukKontak::Telepon
                            if s.jenis == JenisSaluran::Whatsapp =>
                        {
                            whatsapp_link(k)
                        }
                        crate::model::pengaduan::BentukKontak::Telepon => phone_link(k),
                        crate::model::pengaduan::BentukKontak::Email => email_link(k),
                        crate::model::pengaduan::BentukKontak::Url => web_link(k),
                        crate::model::pengaduan::BentukKontak::Bebas => {
                            non_empty(Some(k)).map(|teks| Link {
                                teks,
                                href: String::new(),
                            })
                        }
                    }),
                keterangan: Rich::maybe(s.keterangan.as_deref()),
            })
            .collect(),
        tanpa_lapor: !p.saluran.iter().any(|s| s.jenis == JenisSaluran::Sp4nLapor),
        pelaksana: actors(p.pelaksana.as_deref()),
        alur: steps(p.alur.as_deref().unwrap_or_default(), t, bahasa),
        tenggat: p
            .tenggat
            .iter()
            .flatten()
            .map(|tier| TierView {
                tingkat: tier.tingkat.clone(),
                waktu: format::durasi(&tier.waktu, bahasa),
                keterangan: Rich::maybe(tier.keterangan.as_deref()),
            })
            .collect(),
        petugas: p
            .petugas
            .iter()
            .flatten()
            .map(|o| OfficerView {
                nama: o.nama.clone(),
                jabatan: non_empty(o.jabatan.as_deref()),
                telepon: o.telepon.as_deref().and_then(phone_link),
                email: o.email.as_deref().and_then(email_link),
            })
            .collect(),
        keterangan: Rich::maybe(p.keterangan.as_deref()),
    }
}

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

/// `tel:` link for a phone number as written (digits and a leading `+` kept).
pub fn phone_link(number: &str) -> Option<Link> {
    let text = non_empty(Some(number))?;
    let digits: String = text
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    Some(Link {
        href: format!("tel:{digits}"),
        teks: text,
    })
}

/// `https://wa.me/62…` for a WhatsApp number as written.
fn whatsapp_link(number: &str) -> Option<Link> {
    let text = non_empty(Some(number))?;
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let international = match digits.strip_prefix('0') {
        Some(rest) => format!("62{rest}"),
        None => digits,
    };
    Some(Link {
        href: format!("https://wa.me/{international}"),
        teks: text,
    })
}

fn email_link(address: &str) -> Option<Link> {
    let text = non_empty(Some(address))?;
    Some(Link {
        href: format!("mailto:{text}"),
        teks: text,
    })
}

/// An http(s) link for a web address as written (`jemberkab.go.id` → `https://jemberkab.go.id/`).
pub fn web_link(address: &str) -> Option<Link> {
    let text = non_empty(Some(address))?;
    let url = web_address(&text).ok()?;
    Some(Link {
        href: url.to_string(),
        teks: text,
    })
}

/// The Rupiah total of a fee, for the JSON-LD offer.
pub fn total_rupiah(view: &FeeView) -> Option<String> {
    view.tarif.first().map(|t| format_rupiah(t.rupiah))
}
