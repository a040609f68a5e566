//! Which version of a standard applies on a given day.
//!
//! The standards of one unit folder form series: a file with `versi_dari: ktp` is a version of
//! the standard published at `ktp/` (written by the file `ktp.yaml`, or by a file that was
//! removed once its successor applied). On a given day, of a series' enacted versions the one
//! that started last applies; those that start later are upcoming, those before it are
//! superseded; a version past its `berlaku_sampai` has lapsed. Drafts (`sk.status: rancangan`)
//! stand beside the series and never apply.

use std::collections::{BTreeMap, BTreeSet};

use super::Standar;
use super::sk::StatusSk;
use super::waktu::Tanggal;

/// Where a version stands on the day of the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keadaan {
    /// It applies today.
    Berlaku,
    /// It applies from a later day.
    AkanBerlaku(Tanggal),
    /// A later version applies since this day.
    Digantikan(Tanggal),
    /// Its last day has passed and no later version applies.
    Berakhir(Tanggal),
    /// A draft for public consultation.
    Rancangan,
}

/// One version of a series: which standard (its index in the list given) and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersiSeri {
    /// Index of the standard in the list given to [`seri`].
    pub indeks: usize,
    /// Its first day, when known.
    pub mulai: Option<Tanggal>,
    /// Where it stands today.
    pub keadaan: Keadaan,
}

/// The versions published at one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seri {
    /// The address (slug) every version of the series is published at.
    pub alamat: String,
    /// Enacted versions by their first day, then drafts by slug.
    pub versi: Vec<VersiSeri>,
    /// The version shown at the address: the one in force, else the next to apply, else the
    /// last that lapsed, else the first draft (an index into `versi`).
    pub tampil: usize,
}

impl Seri {
    /// The version shown at the address.
    pub fn ditampilkan(&self) -> &VersiSeri {
        &self.versi[self.tampil]
    }
}

/// Why versions cannot be ordered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MasalahSeri {
    /// `versi_dari` leads back to the standard itself.
    Melingkar,
    /// Two enacted versions of one series start on the same day (or both name no day).
    MulaiSama {
        /// The slug of the other version.
        lain: String,
    },
}

/// The address of the standard `slug`: follows `versi_dari` through the standards of the
/// folder; `None` when it leads back to where it started.
pub fn alamat(slug: &str, standards: &[(&str, &Standar)]) -> Option<String> {
    let by_slug: BTreeMap<&str, &Standar> = standards.iter().copied().collect();
    let mut current = slug.to_string();
    let mut seen = BTreeSet::new();
    while let Some(next) = by_slug
        .get(current.as_str())
        .and_then(|s| s.versi_dari.as_deref())
        .map(str::trim)
    {
        if !seen.insert(current.clone()) {
            return None;
        }
        current = next.to_string();
    }
    Some(current)
}

/// The problems of the series of a folder, by index of the standard they concern.
pub fn masalah(standards: &[(&str, &Standar)]) -> Vec<(usize, MasalahSeri)> {
    let mut found = Vec::new();
    let mut starts: BTreeMap<(String, Option<Tanggal>), usize> = BTreeMap::new();
    for (i, (slug, standar)) in standards.iter().enumerate() {
        let Some(address) = alamat(slug, standards) else {
            found.push((i, MasalahSeri::Melingkar));
            continue;
        };
        let sk = standar.sk.as_ref();
        if sk.is_some_and(|s| s.status == StatusSk::Rancangan) {
            continue;
        }
        let start = sk.and_then(|s| s.mulai());
        if let Some(&other) = starts.get(&(address.clone(), start)) {
            found.push((
                i,
                MasalahSeri::MulaiSama {
                    lain: standards[other].0.to_string(),
                },
            ));
        } else {
            starts.insert((address, start), i);
        }
    }
    found
}

/// The series of a folder's standards (`slug`, standard) on `hari_ini`, by address. Standards
/// whose `versi_dari` goes round in a circle are left out ([`masalah`] reports them).
pub fn seri(standards: &[(&str, &Standar)], hari_ini: Tanggal) -> Vec<Seri> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (slug, _)) in standards.iter().enumerate() {
        if let Some(address) = alamat(slug, standards) {
            groups.entry(address).or_default().push(i);
        }
    }
    groups
        .into_iter()
        .map(|(alamat, members)| one_series(alamat, &members, standards, hari_ini))
        .collect()
}

/// One series: its versions ordered and placed on the day.
fn one_series(
    alamat: String,
    members: &[usize],
    standards: &[(&str, &Standar)],
    hari_ini: Tanggal,
) -> Seri {
    let sk = |i: usize| standards[i].1.sk.as_ref();
    let draft = |i: usize| sk(i).is_some_and(|s| s.status == StatusSk::Rancangan);
    let mut enacted: Vec<usize> = members.iter().copied().filter(|&i| !draft(i)).collect();
    enacted.sort_by_key(|&i| (sk(i).and_then(|s| s.mulai()), standards[i].0));
    let start = |i: usize| sk(i).and_then(|s| s.mulai());
    // The version in force: the last that has started (a version without a day always has).
    let current = enacted
        .iter()
        .rposition(|&i| start(i).is_none_or(|d| d <= hari_ini));
    let mut versi: Vec<VersiSeri> = enacted
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let keadaan = match current {
                Some(c) if n < c => Keadaan::Digantikan(start(enacted[n + 1]).unwrap_or(hari_ini)),
                Some(c) if n == c => match sk(i).and_then(|s| s.berlaku_sampai) {
                    Some(until) if until < hari_ini => Keadaan::Berakhir(until),
                    _ => Keadaan::Berlaku,
                },
                _ => Keadaan::AkanBerlaku(start(i).unwrap_or(hari_ini)),
            };
            VersiSeri {
                indeks: i,
                mulai: start(i),
                keadaan,
            }
        })
        .collect();
    let tampil = match current {
        Some(c) => c,
        None if !versi.is_empty() => 0,
        None => versi.len(),
    };
    versi.extend(members.iter().filter(|&&i| draft(i)).map(|&i| VersiSeri {
        indeks: i,
        mulai: start(i),
        keadaan: Keadaan::Rancangan,
    }));
    Seri {
        alamat,
        versi,
        tampil,
    }
}

/// The day a folder's versions are placed on: `hari_ini`, or without one the first day of its
/// newest version (a preview, an audit without a day: the newest is shown).
pub fn hari_penempatan(standards: &[(&str, &Standar)], hari_ini: Option<Tanggal>) -> Tanggal {
    hari_ini.unwrap_or_else(|| {
        standards
            .iter()
            .filter_map(|(_, s)| s.sk.as_ref().and_then(|sk| sk.mulai()))
            .max()
            .unwrap_or(Tanggal {
                tahun: 1970,
                bulan: 1,
                hari: 1,
            })
    })
}

/// The days on which the placement of a folder's versions can change: every first day, and
/// the day after every last day. A build's pages stay right from the last such day on or
/// before `hari_ini` up to (not including) the first one after it.
pub fn jendela(
    standards: &[(&str, &Standar)],
    hari_ini: Tanggal,
) -> (Option<Tanggal>, Option<Tanggal>) {
    let mut days = BTreeSet::new();
    for (_, standar) in standards {
        if let Some(sk) = &standar.sk {
            days.extend(sk.mulai());
            days.extend(sk.berlaku_sampai.map(|d| d.besok()));
        }
        if let Some(closing) = standar.konsultasi.as_ref().and_then(|k| k.ditutup) {
            days.insert(closing.besok());
        }
    }
    let from = days.range(..=hari_ini).next_back().copied();
    let until = days.range(hari_ini.besok()..).next().copied();
    (from, until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sk::SuratKeputusan;

    fn standard(versi_dari: Option<&str>, mulai: Option<&str>, status: StatusSk) -> Standar {
        let mut s: Standar = serde_json::from_value(serde_json::json!({
            "versi_format": 1, "nama": "Layanan"
        }))
        .expect("a standard");
        s.versi_dari = versi_dari.map(str::to_string);
        s.sk = Some(SuratKeputusan {
            nomor: Some("1".into()),
            tanggal: None,
            tentang: None,
            penetap: None,
            lampiran: None,
            berlaku_mulai: mulai.map(|d| d.parse().expect("a date")),
            berlaku_sampai: None,
            status,
            tautan: None,
        });
        s
    }

    fn day(text: &str) -> Tanggal {
        text.parse().expect("a date")
    }

    #[test]
    fn an_upcoming_version_waits_for_its_day() {
        let old = standard(None, Some("2025-01-01"), StatusSk::Berlaku);
        let new = standard(Some("ktp"), Some("2027-01-01"), StatusSk::Berlaku);
        let draft = standard(Some("ktp"), None, StatusSk::Rancangan);
        let list = [("ktp", &old), ("ktp-2027", &new), ("ktp-usulan", &draft)];
        let before = seri(&list, day("2026-12-31"));
        assert_eq!(before.len(), 1);
        assert_eq!(before[0].alamat, "ktp");
        assert_eq!(before[0].ditampilkan().indeks, 0);
        assert_eq!(
            before[0]
                .versi
                .iter()
                .map(|v| v.keadaan)
                .collect::<Vec<_>>(),
            [
                Keadaan::Berlaku,
                Keadaan::AkanBerlaku(day("2027-01-01")),
                Keadaan::Rancangan
            ]
        );
        let after = seri(&list, day("2027-01-01"));
        assert_eq!(after[0].ditampilkan().indeks, 1);
        assert_eq!(
            after[0].versi[0].keadaan,
            Keadaan::Digantikan(day("2027-01-01"))
        );
        assert_eq!(
            jendela(&list, day("2026-12-31")),
            (Some(day("2025-01-01")), Some(day("2027-01-01")))
        );
    }

    #[test]
    fn a_lone_draft_is_shown_and_circles_and_equal_starts_are_problems() {
        let draft = standard(None, None, StatusSk::Rancangan);
        let shown = seri(&[("baru", &draft)], day("2026-01-01"));
        assert_eq!(shown[0].ditampilkan().keadaan, Keadaan::Rancangan);
        let a = standard(Some("b"), None, StatusSk::Berlaku);
        let b = standard(Some("a"), None, StatusSk::Berlaku);
        let problems = masalah(&[("a", &a), ("b", &b)]);
        assert_eq!(problems[0], (0, MasalahSeri::Melingkar));
        let first = standard(None, Some("2026-01-01"), StatusSk::Berlaku);
        let second = standard(Some("x"), Some("2026-01-01"), StatusSk::Berlaku);
        let problems = masalah(&[("x", &first), ("x-baru", &second)]);
        assert_eq!(problems, [(1, MasalahSeri::MulaiSama { lain: "x".into() })]);
    }
}
