//! Regulations cited that were revoked: every `dasar_hukum` of a standard (its own, its
//! fee's, each charge's) looked up in the table of revoked regulations. A version that a
//! later version of the same standard replaces is not looked at: it is an archive of what
//! applied, and the officer already wrote its successor.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::biaya::Tarif;
use crate::model::keys;
use crate::model::masa_berlaku::{Keadaan, seri};
use crate::model::pencabutan::{TabelPencabutan, Temuan};
use crate::model::regulasi::Regulasi;
use crate::model::waktu::Tanggal;
use crate::parse::path::Key;
use crate::parse::path::NodePath;
use crate::parse::{self, Limits, Target};

use super::CompiledStandard;

/// Warns, for the standards of one folder, of each citation of a revoked regulation.
pub(super) fn check(
    compiled: &[CompiledStandard],
    table: &TabelPencabutan,
    limits: &Limits,
    out: &mut Vec<Diagnostic>,
) {
    let replaced = replaced_versions(compiled);
    for (i, standard) in compiled.iter().enumerate() {
        if replaced[i] {
            continue;
        }
        let found: Vec<(NodePath, &Regulasi, Temuan)> = citations(&standard.standar)
            .into_iter()
            .filter_map(|(path, regulasi)| table.cari(regulasi).map(|t| (path, regulasi, t)))
            .collect();
        if found.is_empty() {
            continue;
        }
        // Parsed again only to point at the citation: once per file that cites one.
        let (doc, _) = parse::parse(&standard.file, limits);
        let Some(doc) = doc else { continue };
        for (path, regulasi, temuan) in found {
            out.push(warning(&doc, &path, regulasi, &temuan));
        }
    }
}

/// Which standards a later enacted version of their series replaces, whatever the day.
fn replaced_versions(compiled: &[CompiledStandard]) -> Vec<bool> {
    let mut replaced = vec![false; compiled.len()];
    if compiled.iter().all(|c| c.standar.versi_dari.is_none()) {
        return replaced;
    }
    let list: Vec<(&str, &Standar)> = compiled
        .iter()
        .map(|c| (c.id.slug.as_str(), &c.standar))
        .collect();
    // On the last day there is, every enacted version but the newest of a series is replaced.
    let last_day = Tanggal {
        tahun: u16::MAX,
        bulan: 12,
        hari: 31,
    };
    for series in seri(&list, last_day) {
        for version in series.versi {
            if matches!(version.keadaan, Keadaan::Digantikan(_)) {
                replaced[version.indeks] = true;
            }
        }
    }
    replaced
}

/// Every regulation a standard cites, with where it is written.
fn citations(standar: &Standar) -> Vec<(NodePath, &Regulasi)> {
    let mut found = Vec::new();
    let root = NodePath::root();
    listed(&root, standar.dasar_hukum.as_deref(), &mut found);
    let biaya = root.key(keys::BIAYA);
    listed(&biaya, standar.biaya.dasar_hukum.as_deref(), &mut found);
    charges(
        &biaya,
        keys::TARIF,
        standar.biaya.tarif.as_deref(),
        &mut found,
    );
    found
}

fn charges<'a>(
    parent: &NodePath,
    key: Key,
    list: Option<&'a [Tarif]>,
    found: &mut Vec<(NodePath, &'a Regulasi)>,
) {
    for (i, tarif) in list.into_iter().flatten().enumerate() {
        let at = parent.key(key).index(i);
        listed(&at, tarif.dasar_hukum.as_deref(), found);
        charges(&at, keys::RINCIAN, tarif.rincian.as_deref(), found);
    }
}

fn listed<'a>(
    parent: &NodePath,
    list: Option<&'a [Regulasi]>,
    found: &mut Vec<(NodePath, &'a Regulasi)>,
) {
    for (i, regulasi) in list.into_iter().flatten().enumerate() {
        found.push((parent.key(keys::DASAR_HUKUM).index(i), regulasi));
    }
}

fn warning(
    doc: &parse::Document,
    path: &NodePath,
    regulasi: &Regulasi,
    temuan: &Temuan,
) -> Diagnostic {
    let mut said = format!("`{}` sudah dicabut", regulasi.judul());
    for (n, pengganti) in temuan.pengganti.iter().enumerate() {
        let joint = if n == 0 {
            " oleh"
        } else {
            ", yang kemudian dicabut oleh"
        };
        said.push_str(&format!("{joint} {}", pengganti.judul()));
    }
    let replace = if temuan.pengganti.len() > 1 {
        "ganti rujukan ini dengan peraturan yang terakhir disebut"
    } else {
        "ganti rujukan ini dengan peraturan penggantinya"
    };
    doc.diagnostic(Code::RevokedRegulation, path, Target::Value, said)
        .help(format!(
            "{replace}, setelah memeriksa di JDIH bahwa itu yang berlaku sekarang; bila peraturan lama ini ternyata masih berlaku, tulis di `_situs.yaml`: `peraturan_dicabut: [{{peraturan: {{jenis: …, nomor: …, tahun: …}}}}]`"
        ))
}
