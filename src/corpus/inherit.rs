//! Unit inheritance: a standard takes from its `_unit.yaml` every shared key it does not write.

use crate::model::{Standar, Unit};

/// The standard with the unit's shared keys filled in where the standard has none.
/// A key the standard writes replaces the unit's whole, it is not merged.
pub fn inherit(mut standar: Standar, unit: Option<&Unit>) -> Standar {
    let Some(unit) = unit else {
        return standar;
    };
    if standar.penyelenggara.is_none() {
        standar.penyelenggara = Some(unit.penyelenggara.clone());
    }
    if standar.sk.is_none() {
        standar.sk = unit.sk.clone();
    }
    if standar.tinjauan.is_none() {
        standar.tinjauan = unit.tinjauan.clone();
    }
    if standar.media_publikasi.is_none() {
        standar.media_publikasi = unit.media_publikasi.clone();
    }
    if standar.jam_pelayanan.is_none() {
        standar.jam_pelayanan = unit.jam_pelayanan.clone();
    }
    if standar.maklumat.is_none() {
        standar.maklumat = unit.maklumat.clone();
    }
    if standar.pengaduan.is_none() {
        standar.pengaduan = unit.pengaduan.clone();
    }
    standar
}
