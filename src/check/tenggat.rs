//! Complaint deadline tiers must grow from tier to tier (seed 004: 3 jam, 5, 14, 60 hari kerja).

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::pengaduan::Pengaduan;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Checks that each tier allows more time than the one before.
pub fn check(doc: &Document, pengaduan: &Pengaduan, out: &mut Vec<Diagnostic>) {
    let tiers = pengaduan.tenggat.as_deref().unwrap_or_default();
    let time = |i: usize| {
        NodePath::root()
            .key(keys::PENGADUAN)
            .key(keys::TENGGAT)
            .index(i)
            .key(keys::WAKTU)
    };
    for (i, tier) in tiers.iter().enumerate() {
        super::waktu::plausible(doc, &time(i), &tier.waktu, out);
    }
    for (i, pair) in tiers.windows(2).enumerate() {
        let (before, after) = (&pair[0], &pair[1]);
        if after.waktu.kira_menit_maksimum() <= before.waktu.kira_menit_maksimum() {
            out.push(
                doc.diagnostic(
                    Code::TiersNotIncreasing,
                    &time(i + 1),
                    Target::Value,
                    format!(
                        "tenggat \"{}\" ({}) tidak lebih lama dari tingkat sebelumnya \"{}\" ({})",
                        after.tingkat, after.waktu, before.tingkat, before.waktu
                    ),
                )
                .related(doc.span(&time(i), Target::Value), "tingkat sebelumnya")
                .help("urutkan tingkat dari yang paling ringan (tenggat terpendek) ke yang paling berat"),
            );
        }
    }
}
