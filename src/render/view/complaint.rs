//! Complaint handling: channels with their contacts, flow, deadlines and officers.

use serde::Serialize;

use super::link::{Link, account_link, email_link, phone_link, web_link, whatsapp_link};
use super::non_empty;
use super::procedure::{ActorView, StepView, actors, steps};
use crate::model::pengaduan::{BentukKontak, JenisSaluran, Pengaduan, Saluran};
use crate::model::situs::Bahasa;
use crate::render::format;
use crate::render::labels::Labels;
use crate::render::text::Rich;

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

/// A complaint channel.
#[derive(Debug, Clone, Serialize)]
pub struct ChannelView {
    pub jenis: JenisSaluran,
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

/// A complaint officer, by name or only by role.
#[derive(Debug, Clone, Serialize)]
pub struct OfficerView {
    pub nama: Option<String>,
    pub jabatan: Option<String>,
    pub telepon: Option<Link>,
    pub email: Option<Link>,
    pub keterangan: Option<Rich>,
}

/// Complaint handling, contacts as links and deadlines written out.
pub(super) fn complaints(p: &Pengaduan, t: &Labels, bahasa: Bahasa) -> ComplaintView {
    ComplaintView {
        saluran: p.saluran.iter().map(|s| channel(s, bahasa)).collect(),
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
                nama: non_empty(o.nama.as_deref()),
                jabatan: non_empty(o.jabatan.as_deref()),
                telepon: o.telepon.as_deref().and_then(phone_link),
                email: o.email.as_deref().and_then(email_link),
                keterangan: Rich::maybe(o.keterangan.as_deref()),
            })
            .collect(),
        keterangan: Rich::maybe(p.keterangan.as_deref()),
    }
}

/// For the summary: the channels with their contacts, and the national SP4N-LAPOR! when the
/// standard names none.
pub(super) fn summary(view: Option<&ComplaintView>) -> Vec<ChannelView> {
    let mut channels = view.map(|p| p.saluran.clone()).unwrap_or_default();
    if view.is_none_or(|p| p.tanpa_lapor) {
        channels.push(ChannelView {
            jenis: JenisSaluran::Sp4nLapor,
            label: "SP4N-LAPOR!".into(),
            kontak: web_link("www.lapor.go.id"),
            keterangan: None,
        });
    }
    channels
}

/// Channels other than for complaints (responses to a draft), as the page shows them.
pub fn channels(list: &[Saluran], bahasa: Bahasa) -> Vec<ChannelView> {
    list.iter().map(|s| channel(s, bahasa)).collect()
}

/// A channel, its contact as a link of the kind the channel takes.
fn channel(s: &Saluran, bahasa: Bahasa) -> ChannelView {
    let kontak = s
        .kontak
        .as_deref()
        .and_then(|k| match s.jenis.bentuk_kontak() {
            BentukKontak::Telepon if s.jenis == JenisSaluran::Whatsapp => whatsapp_link(k),
            BentukKontak::Telepon => phone_link(k),
            BentukKontak::Email => email_link(k),
            BentukKontak::Url => web_link(k),
            BentukKontak::Akun => account_link(s.jenis, k),
            BentukKontak::Bebas => non_empty(Some(k)).map(|teks| Link {
                teks,
                href: String::new(),
            }),
        });
    ChannelView {
        jenis: s.jenis,
        label: match bahasa {
            Bahasa::Id => s.jenis.label(),
            Bahasa::En => s.jenis.english(),
        }
        .to_string(),
        kontak,
        keterangan: Rich::maybe(s.keterangan.as_deref()),
    }
}
