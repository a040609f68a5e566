//! Stage 4: semantic checks on the typed model, each with its own stable code.
//!
//! Parts a standard shares with its unit (penyelenggara, SK, opening hours, maklumat,
//! complaints) are checked in the file that writes them, so a problem in `_unit.yaml` is
//! reported once, not once per standard.

mod belum_dipetakan;
mod biaya;
mod jam;
pub mod kontak;
mod kosong;
mod maklumat;
mod masa;
mod nama;
mod pelaksana;
mod singkatan;
pub use masa::versi_problem;
mod sk;
mod survei;
mod tenggat;
pub mod terbilang;
mod terjadwal;
mod tidak_tercantum;
mod waktu;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::jam_pelayanan::JamPelayanan;
use crate::model::keys;
use crate::model::komponen::Komponen;
use crate::model::maklumat::Maklumat;
use crate::model::pengaduan::Pengaduan;
use crate::model::penyelenggara::Penyelenggara;
use crate::model::sk::SuratKeputusan;
use crate::model::{Standar, Unit};
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};
use crate::schema::FileKind;

/// The standard's own links: the online service and every regulation's address.
fn links(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    kontak::check_link(
        doc,
        &NodePath::root().key(keys::LAYANAN_DARING),
        standar.layanan_daring.as_deref(),
        out,
    );
    for (i, regulasi) in standar.dasar_hukum.iter().flatten().enumerate() {
        kontak::check_link(
            doc,
            &NodePath::root()
                .key(keys::DASAR_HUKUM)
                .index(i)
                .key(keys::TAUTAN),
            regulasi.tautan.as_deref(),
            out,
        );
    }
    for (i, regulasi) in standar.biaya.dasar_hukum.iter().flatten().enumerate() {
        kontak::check_link(
            doc,
            &NodePath::root()
                .key(keys::BIAYA)
                .key(keys::DASAR_HUKUM)
                .index(i)
                .key(keys::TAUTAN),
            regulasi.tautan.as_deref(),
            out,
        );
    }
}

/// What the checks know of a standard's unit file.
#[derive(Debug, Clone, Copy)]
pub enum UnitFile<'a> {
    /// The folder has a valid `_unit.yaml`.
    Valid(&'a Unit),
    /// The folder has a `_unit.yaml` with errors (reported on their own).
    Broken,
    /// The folder has no `_unit.yaml`.
    Missing,
}

/// Checks a standard file, including what it inherits from its unit.
pub fn standard(doc: &Document, standar: &Standar, unit: UnitFile<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    shared_parts(
        doc,
        SharedParts {
            penyelenggara: standar.penyelenggara.as_ref(),
            sk: standar.sk.as_ref(),
            jam_pelayanan: standar.jam_pelayanan.as_deref(),
            maklumat: standar.maklumat.as_ref(),
            pengaduan: standar.pengaduan.as_ref(),
            tinjauan: standar.tinjauan.as_ref(),
            media_publikasi: standar.media_publikasi.as_deref(),
        },
        &mut out,
    );
    let unit_sk = match unit {
        UnitFile::Valid(u) => u.sk.as_ref(),
        _ => None,
    };
    let sk = standar.sk.as_ref().or(unit_sk);
    masa::check_consultation(doc, standar.konsultasi.as_ref(), sk, &mut out);
    terjadwal::check(doc, standar, sk, &mut out);
    let prosedur = NodePath::root().key(keys::PROSEDUR);
    for (a, alur) in standar.prosedur.alur.iter().enumerate() {
        pelaksana::check_steps(
            doc,
            &alur.langkah,
            &prosedur.key(keys::ALUR).index(a).key(keys::LANGKAH),
            standar.prosedur.pelaksana.as_deref(),
            &prosedur.key(keys::PELAKSANA),
            &mut out,
        );
    }
    nama::check(doc, standar, &mut out);
    belum_dipetakan::check(doc, standar, &mut out);
    waktu::check(doc, standar, &mut out);
    waktu::check_plausible(doc, standar, &mut out);
    biaya::check(doc, standar, &mut out);
    links(doc, standar, &mut out);

    let inherited = |own: bool, from_unit: fn(&Unit) -> bool| match unit {
        _ if own => Inherited::Present,
        UnitFile::Valid(u) if from_unit(u) => Inherited::Present,
        UnitFile::Broken => Inherited::Unknown,
        _ => Inherited::Absent,
    };
    if inherited(standar.penyelenggara.is_some(), |_| true) == Inherited::Absent {
        out.push(missing(doc, Code::ProviderMissing, "penyelenggara", unit));
    }
    let stated = |k| !standar.tidak_tercantum(k);
    if inherited(standar.pengaduan.is_some(), |u| u.pengaduan.is_some()) == Inherited::Absent
        && stated(Komponen::Pengaduan)
    {
        out.push(missing(doc, Code::ComplaintsMissing, "pengaduan", unit));
    }
    if inherited(standar.sk.is_some(), |u| u.sk.is_some()) == Inherited::Absent {
        sk::check_missing(doc, &mut out);
    }
    let own_hours = standar
        .jam_pelayanan
        .as_ref()
        .is_some_and(|r| !r.is_empty());
    if inherited(own_hours, |u| {
        u.jam_pelayanan.as_ref().is_some_and(|r| !r.is_empty())
    }) == Inherited::Absent
        && stated(Komponen::JamPelayanan)
    {
        out.push(not_shown(
            doc,
            Code::HoursMissing,
            "jam pelayanan",
            "`jam_pelayanan: [{hari: [senin, selasa, rabu, kamis], jam: 08.00-15.30}]`",
            unit,
        ));
    }
    if inherited(standar.maklumat.is_some(), |u| u.maklumat.is_some()) == Inherited::Absent
        && stated(Komponen::Maklumat)
    {
        out.push(not_shown(
            doc,
            Code::PledgeMissing,
            "maklumat pelayanan",
            "`maklumat: {penandatangan: {jabatan: Kepala Dinas …, nama: …}}` (tanpa `teks` dipakai kalimat maklumat yang baku)",
            unit,
        ));
    }
    tidak_tercantum::check(doc, standar, unit, &mut out);
    kosong::check_components(doc, standar, &mut out);
    kosong::check_texts(doc, FileKind::Standar, &mut out);
    terbilang::check(doc, &mut out);
    singkatan::check(doc, &mut out);
    out
}

/// Checks a unit file.
pub fn unit(doc: &Document, unit: &Unit) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    shared_parts(
        doc,
        SharedParts {
            penyelenggara: Some(&unit.penyelenggara),
            sk: unit.sk.as_ref(),
            jam_pelayanan: unit.jam_pelayanan.as_deref(),
            maklumat: unit.maklumat.as_ref(),
            pengaduan: unit.pengaduan.as_ref(),
            tinjauan: unit.tinjauan.as_ref(),
            media_publikasi: unit.media_publikasi.as_deref(),
        },
        &mut out,
    );
    survei::check(
        doc,
        unit.survei_kepuasan.as_deref().unwrap_or_default(),
        &mut out,
    );
    kosong::check_texts(doc, FileKind::Unit, &mut out);
    terbilang::check(doc, &mut out);
    singkatan::check(doc, &mut out);
    out
}

/// Checks the site configuration: a web address for `url_dasar`, an image for `logo`.
pub fn site(doc: &Document, situs: &crate::model::Situs) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(url) = &situs.url_dasar
        && let Some(problem) = kontak::base_url_problem(url)
    {
        out.push(
            doc.diagnostic(
                Code::InvalidUrl,
                &NodePath::root().key(keys::URL_DASAR),
                Target::Value,
                problem,
            )
            .help("tulis alamat lengkap situs, misalnya `https://standar.jemberkab.go.id/`"),
        );
    }
    if let Some(logo) = &situs.logo {
        let lower = logo.to_lowercase();
        let image = [".png", ".jpg", ".jpeg", ".svg", ".webp"]
            .iter()
            .any(|e| lower.ends_with(e));
        if !image || logo.contains("..") || logo.starts_with('/') {
            out.push(
                doc.diagnostic(
                    Code::WrongFormat,
                    &NodePath::root().key(keys::LOGO),
                    Target::Value,
                    format!("`{logo}` bukan berkas gambar di folder ini"),
                )
                .help("tulis nama berkas PNG, JPG, SVG atau WebP di samping `_situs.yaml`, misalnya `logo.png`"),
            );
        }
    }
    if let Some(folder) = &situs.templat {
        let escapes = folder.starts_with(['/', '\\', '~'])
            || folder.contains(':')
            || folder.split(['/', '\\']).any(|part| part == "..");
        if escapes {
            out.push(
                doc.diagnostic(
                    Code::WrongFormat,
                    &NodePath::root().key(keys::TEMPLAT),
                    Target::Value,
                    format!("folder templat `{folder}` berada di luar folder standar"),
                )
                .help("tulis nama folder di dalam folder standar, relatif terhadap `_situs.yaml`, tanpa `..`, misalnya `templat: templat`"),
            );
        }
    }
    kosong::check_texts(doc, FileKind::Situs, &mut out);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inherited {
    Present,
    Absent,
    Unknown,
}

struct SharedParts<'a> {
    penyelenggara: Option<&'a Penyelenggara>,
    sk: Option<&'a SuratKeputusan>,
    jam_pelayanan: Option<&'a [JamPelayanan]>,
    maklumat: Option<&'a Maklumat>,
    pengaduan: Option<&'a Pengaduan>,
    tinjauan: Option<&'a crate::model::tinjauan::Tinjauan>,
    media_publikasi: Option<&'a [crate::model::publikasi::MediaPublikasi]>,
}

fn shared_parts(doc: &Document, parts: SharedParts<'_>, out: &mut Vec<Diagnostic>) {
    if let Some(p) = parts.penyelenggara {
        kontak::check_penyelenggara(doc, p, out);
    }
    if let Some(s) = parts.sk {
        sk::check_written(doc, s, out);
        masa::check_validity(doc, s, out);
        kontak::check_link(
            doc,
            &NodePath::root().key(keys::SK).key(keys::TAUTAN),
            s.tautan.as_deref(),
            out,
        );
    }
    if let Some(t) = parts.tinjauan {
        masa::check_review(doc, t, out);
    }
    for (i, media) in parts.media_publikasi.unwrap_or_default().iter().enumerate() {
        let at = NodePath::root().key(keys::MEDIA_PUBLIKASI).index(i);
        kontak::check_link(doc, &at.key(keys::TAUTAN), media.tautan.as_deref(), out);
    }
    if let Some(rows) = parts.jam_pelayanan {
        jam::check(doc, rows, out);
    }
    if let Some(m) = parts.maklumat {
        maklumat::check(doc, m, out);
    }
    if let Some(p) = parts.pengaduan {
        kontak::check_pengaduan(doc, p, out);
        kosong::check_channels(doc, p, out);
        tenggat::check(doc, p, out);
        if let Some(steps) = &p.alur {
            pelaksana::check_steps(
                doc,
                steps,
                &NodePath::root().key(keys::PENGADUAN).key(keys::ALUR),
                p.pelaksana.as_deref(),
                &NodePath::root().key(keys::PENGADUAN).key(keys::PELAKSANA),
                out,
            );
        }
    }
}

/// A part the public must see that is written nowhere: the board and the page leave it out.
fn not_shown(
    doc: &Document,
    code: Code,
    what: &str,
    example: &str,
    unit: UnitFile<'_>,
) -> Diagnostic {
    let place = match unit {
        UnitFile::Missing => {
            "di `_unit.yaml` baru di folder ini (untuk semua standarnya) atau di berkas ini"
        }
        _ => "di `_unit.yaml` folder ini (untuk semua standarnya) atau di berkas ini",
    };
    doc.diagnostic(
        code,
        &NodePath::root(),
        Target::Key,
        format!(
            "standar ini tidak menyebut {what}, jadi papan dan halamannya tidak dapat menampilkannya kepada masyarakat"
        ),
    )
    .help(format!("tulis {place}, misalnya {example}"))
}

fn missing(doc: &Document, code: Code, key: &str, unit: UnitFile<'_>) -> Diagnostic {
    let where_to = match unit {
        UnitFile::Missing => format!(
            "buat `_unit.yaml` di folder ini dengan `{key}:`, atau tulis `{key}:` di berkas ini"
        ),
        _ => format!("tulis `{key}:` di `_unit.yaml` folder ini, atau di berkas ini"),
    };
    // A component may be recorded as not given by the source; the provider may not.
    let where_to = match code {
        Code::ComplaintsMissing => format!(
            "{where_to}; bila dokumen sumber sama sekali tidak menyebutnya, tulis `tidak_tercantum: [{key}]`"
        ),
        _ => where_to,
    };
    doc.diagnostic(
        code,
        &NodePath::root(),
        Target::Key,
        format!(
            "standar ini tidak punya `{key}`, baik di berkasnya sendiri maupun di `_unit.yaml`"
        ),
    )
    .help(where_to)
}
