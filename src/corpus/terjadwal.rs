//! Scheduled changes become versions: a standard with `perubahan_terjadwal` is published as a
//! series, itself first and then, from each change's day, a version with the new fee or
//! completion time (`<slug>-mulai-<day>`), so the machinery of versions announces the change
//! ahead with what it changes, switches the address on the day, keeps the old page as an
//! archive and prints a board for each.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::model::masa_berlaku::alamat;
use crate::model::sk::{StatusSk, SuratKeputusan};
use crate::model::terjadwal::PerubahanTerjadwal;
use crate::model::waktu::Tanggal;
use crate::parse::path::NodePath;
use crate::parse::{self, Limits, Target};

use super::{CompiledStandard, StandardId};

/// Adds the versions the folder's scheduled changes make; a change that cannot be a version
/// (its day is not before the next version of the series, or its version's name is taken) is
/// an error.
pub(super) fn expand(
    compiled: &mut Vec<CompiledStandard>,
    limits: &Limits,
    out: &mut Vec<Diagnostic>,
) {
    if compiled.iter().all(|c| scheduled(&c.standar).is_empty()) {
        return;
    }
    let taken: BTreeSet<String> = compiled.iter().map(|c| c.id.slug.clone()).collect();
    let mut added = Vec::new();
    for (i, base) in compiled.iter().enumerate() {
        let changes = scheduled(&base.standar);
        if changes.is_empty() {
            continue;
        }
        let next = next_version_start(i, compiled);
        let mut current = base.standar.clone();
        for (k, &(index, change)) in changes.iter().enumerate() {
            let day = change.berlaku_mulai;
            let slug = format!("{}-mulai-{day}", base.id.slug);
            let problem = match next {
                Some((start, ref other)) if day >= start => Some(format!(
                    "perubahan ini mulai {}, padahal versi berikutnya `{other}` sudah berlaku sejak {}",
                    day.indonesia(),
                    start.indonesia()
                )),
                _ if taken.contains(&slug) => Some(format!(
                    "perubahan ini terbit sebagai versi `{slug}`, nama yang sudah dipakai berkas lain di folder ini"
                )),
                _ => None,
            };
            if let Some(message) = problem {
                out.push(refusal(base, index, message, limits));
                break;
            }
            current = changed(current, change, &base.id.slug, &changes[k + 1..]);
            added.push(CompiledStandard {
                id: StandardId {
                    unit: base.id.unit.clone(),
                    slug,
                },
                file: Arc::clone(&base.file),
                standar: current.clone(),
            });
        }
    }
    compiled.extend(added);
    compiled.sort_by(|a, b| a.id.cmp(&b.id));
}

/// A standard's scheduled changes with their places in the file, by day.
fn scheduled(standar: &Standar) -> Vec<(usize, &PerubahanTerjadwal)> {
    let mut changes: Vec<_> = standar
        .perubahan_terjadwal
        .iter()
        .flatten()
        .enumerate()
        .collect();
    changes.sort_by_key(|(_, c)| c.berlaku_mulai);
    changes
}

/// The version of `before` from `change`'s day: the new fee or time, starting that day, a
/// version of `base`, with the changes still to come.
fn changed(
    before: Standar,
    change: &PerubahanTerjadwal,
    base: &str,
    later: &[(usize, &PerubahanTerjadwal)],
) -> Standar {
    let mut version = before;
    if let Some(biaya) = &change.biaya {
        version.biaya = biaya.clone();
    }
    if let Some(jangka) = &change.jangka_waktu {
        version.jangka_waktu = jangka.clone();
    }
    let mut sk = version.sk.take().unwrap_or_default();
    sk.berlaku_mulai = Some(change.berlaku_mulai);
    version.sk = Some(sk);
    version.versi_dari = Some(base.to_string());
    version.perubahan_terjadwal =
        (!later.is_empty()).then(|| later.iter().map(|(_, c)| (*c).clone()).collect());
    version
}

/// The first day and name of the next enacted version of the series of `compiled[i]`, when
/// one starts after it.
fn next_version_start(i: usize, compiled: &[CompiledStandard]) -> Option<(Tanggal, String)> {
    let list: Vec<(&str, &Standar)> = compiled
        .iter()
        .map(|c| (c.id.slug.as_str(), &c.standar))
        .collect();
    let address = alamat(list[i].0, &list)?;
    let start = |s: &Standar| s.sk.as_ref().and_then(SuratKeputusan::mulai);
    let enacted = |s: &Standar| {
        s.sk.as_ref()
            .is_none_or(|sk| sk.status != StatusSk::Rancangan)
    };
    let own = start(list[i].1)?;
    list.iter()
        .enumerate()
        .filter(|&(j, (slug, s))| {
            j != i && enacted(s) && alamat(slug, &list).as_deref() == Some(address.as_str())
        })
        .filter_map(|(_, (slug, s))| start(s).filter(|d| *d > own).map(|d| (d, slug.to_string())))
        .min()
}

/// The error of a scheduled change that cannot be published, at its day.
fn refusal(base: &CompiledStandard, index: usize, message: String, limits: &Limits) -> Diagnostic {
    let at = NodePath::root()
        .key(keys::PERUBAHAN_TERJADWAL)
        .index(index)
        .key(keys::BERLAKU_MULAI);
    let help = "tulis perubahan ini di versi berikutnya (berkas dengan `versi_dari`), atau perbaiki tanggalnya";
    // Parsed again only to point at the day: once per refused change.
    match parse::parse(&base.file, limits).0 {
        Some(doc) => doc
            .diagnostic(Code::ValidityReversed, &at, Target::Value, message)
            .help(help),
        None => Diagnostic::new(Code::ValidityReversed, &base.file, message).help(help),
    }
}
