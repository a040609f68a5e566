//! Stage 3: the typed model of a service standard and of a unit file.
//!
//! YAML keys are the Indonesian `snake_case` names of the components of UU 25/2009 Pasal 21,
//! so field names here are those keys. Doc comments on the types are Indonesian: schemars
//! turns them into the JSON Schema's titles and descriptions, which editors show as help.

pub mod biaya;
pub mod butir;
pub mod durasi;
pub mod ikm;
pub mod jam_pelayanan;
pub mod jangka_waktu;
pub mod keys;
pub mod komponen;
pub mod konsultasi;
pub mod maklumat;
pub mod masa_berlaku;
pub mod pencabutan;
pub mod pengaduan;
pub mod penyelenggara;
pub mod persyaratan;
pub mod prosedur;
pub mod publikasi;
pub mod regulasi;
pub mod singkatan_waktu;
pub mod situs;
pub mod sk;
pub mod standar;
pub mod survei;
pub mod terjadwal;
pub mod tinjauan;
pub mod unit;
pub mod waktu;

pub use situs::Situs;
pub use standar::Standar;
pub use unit::Unit;

/// The only format version this release reads.
pub const VERSI_FORMAT: u32 = 1;
