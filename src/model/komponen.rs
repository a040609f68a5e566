//! The components a standard publishes, by key: what `tidak_tercantum` can name.

use schemars::JsonSchema;

use super::Standar;
use serde::{Deserialize, Serialize};

/// # Komponen
///
/// Kunci salah satu komponen standar pelayanan.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Komponen {
    Persyaratan,
    Prosedur,
    JangkaWaktu,
    Biaya,
    Produk,
    Pengaduan,
    DasarHukum,
    SaranaPrasarana,
    KompetensiPelaksana,
    PengawasanInternal,
    JumlahPelaksana,
    JaminanPelayanan,
    JaminanKeamanan,
    EvaluasiKinerja,
    JamPelayanan,
    Maklumat,
}

impl Komponen {
    /// Every component, in the order of the standard.
    pub const ALL: [Komponen; 16] = [
        Komponen::Persyaratan,
        Komponen::Prosedur,
        Komponen::JangkaWaktu,
        Komponen::Biaya,
        Komponen::Produk,
        Komponen::Pengaduan,
        Komponen::DasarHukum,
        Komponen::SaranaPrasarana,
        Komponen::KompetensiPelaksana,
        Komponen::PengawasanInternal,
        Komponen::JumlahPelaksana,
        Komponen::JaminanPelayanan,
        Komponen::JaminanKeamanan,
        Komponen::EvaluasiKinerja,
        Komponen::JamPelayanan,
        Komponen::Maklumat,
    ];

    /// The components a standard file must either write or list in `tidak_tercantum`.
    pub const WAJIB: [Komponen; 5] = [
        Komponen::Persyaratan,
        Komponen::Prosedur,
        Komponen::JangkaWaktu,
        Komponen::Biaya,
        Komponen::Produk,
    ];

    /// The YAML key.
    pub fn kunci(self) -> &'static str {
        match self {
            Komponen::Persyaratan => "persyaratan",
            Komponen::Prosedur => "prosedur",
            Komponen::JangkaWaktu => "jangka_waktu",
            Komponen::Biaya => "biaya",
            Komponen::Produk => "produk",
            Komponen::Pengaduan => "pengaduan",
            Komponen::DasarHukum => "dasar_hukum",
            Komponen::SaranaPrasarana => "sarana_prasarana",
            Komponen::KompetensiPelaksana => "kompetensi_pelaksana",
            Komponen::PengawasanInternal => "pengawasan_internal",
            Komponen::JumlahPelaksana => "jumlah_pelaksana",
            Komponen::JaminanPelayanan => "jaminan_pelayanan",
            Komponen::JaminanKeamanan => "jaminan_keamanan",
            Komponen::EvaluasiKinerja => "evaluasi_kinerja",
            Komponen::JamPelayanan => "jam_pelayanan",
            Komponen::Maklumat => "maklumat",
        }
    }

    /// True for what a board prints: the six public components, opening hours and pledge.
    pub fn di_papan(self) -> bool {
        matches!(
            self,
            Komponen::Persyaratan
                | Komponen::Prosedur
                | Komponen::JangkaWaktu
                | Komponen::Biaya
                | Komponen::Produk
                | Komponen::Pengaduan
                | Komponen::JamPelayanan
                | Komponen::Maklumat
        )
    }

    /// The component's name as the regulation gives it.
    pub fn judul(self) -> &'static str {
        match self {
            Komponen::Persyaratan => "Persyaratan",
            Komponen::Prosedur => "Sistem, mekanisme dan prosedur",
            Komponen::JangkaWaktu => "Jangka waktu penyelesaian",
            Komponen::Biaya => "Biaya/tarif",
            Komponen::Produk => "Produk pelayanan",
            Komponen::Pengaduan => "Penanganan pengaduan, saran dan masukan",
            Komponen::DasarHukum => "Dasar hukum",
            Komponen::SaranaPrasarana => "Sarana dan prasarana, dan/atau fasilitas",
            Komponen::KompetensiPelaksana => "Kompetensi pelaksana",
            Komponen::PengawasanInternal => "Pengawasan internal",
            Komponen::JumlahPelaksana => "Jumlah pelaksana",
            Komponen::JaminanPelayanan => "Jaminan pelayanan",
            Komponen::JaminanKeamanan => "Jaminan keamanan dan keselamatan pelayanan",
            Komponen::EvaluasiKinerja => "Evaluasi kinerja pelaksana",
            Komponen::JamPelayanan => "Jam pelayanan",
            Komponen::Maklumat => "Maklumat pelayanan",
        }
    }
}

/// How a standard file fills one component, before anything its unit file adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isian {
    /// The key is not written.
    TidakDitulis,
    /// Written, saying nothing (`[]`, `""`, a flow without steps).
    Kosong,
    /// Written with content.
    Berisi,
}

impl Isian {
    fn of_text(text: Option<&str>) -> Isian {
        match text {
            None => Isian::TidakDitulis,
            Some(t) if t.trim().is_empty() => Isian::Kosong,
            Some(_) => Isian::Berisi,
        }
    }

    fn of_list<T>(list: Option<&[T]>) -> Isian {
        match list {
            None => Isian::TidakDitulis,
            Some([]) => Isian::Kosong,
            Some(_) => Isian::Berisi,
        }
    }

    /// For a component the model always has (required, or defaulted when not written).
    fn of_empty(empty: bool) -> Isian {
        if empty { Isian::Kosong } else { Isian::Berisi }
    }
}

impl Standar {
    /// How this file fills `komponen`: the one answer the checks, the audit and
    /// `tidak_tercantum` share.
    pub fn isian(&self, komponen: Komponen) -> Isian {
        match komponen {
            Komponen::Persyaratan => Isian::of_empty(self.persyaratan.is_empty()),
            Komponen::Prosedur => {
                Isian::of_empty(self.prosedur.alur.iter().all(|a| a.langkah.is_empty()))
            }
            Komponen::JangkaWaktu => Isian::of_empty(self.jangka_waktu.kosong()),
            Komponen::Biaya => Isian::of_empty(self.biaya.kosong()),
            Komponen::Produk => Isian::of_empty(self.produk.is_empty()),
            Komponen::Pengaduan => match &self.pengaduan {
                None => Isian::TidakDitulis,
                Some(p) => Isian::of_empty(p.kosong()),
            },
            Komponen::DasarHukum => Isian::of_list(self.dasar_hukum.as_deref()),
            Komponen::SaranaPrasarana => Isian::of_list(self.sarana_prasarana.as_deref()),
            Komponen::KompetensiPelaksana => Isian::of_list(self.kompetensi_pelaksana.as_deref()),
            Komponen::PengawasanInternal => Isian::of_list(self.pengawasan_internal.as_deref()),
            Komponen::JumlahPelaksana => match &self.jumlah_pelaksana {
                None => Isian::TidakDitulis,
                Some(j) => Isian::of_empty(
                    j.jumlah.is_none() && Isian::of_text(j.keterangan.as_deref()) != Isian::Berisi,
                ),
            },
            Komponen::JaminanPelayanan => Isian::of_text(self.jaminan_pelayanan.as_deref()),
            Komponen::JaminanKeamanan => Isian::of_text(self.jaminan_keamanan.as_deref()),
            Komponen::EvaluasiKinerja => Isian::of_text(self.evaluasi_kinerja.as_deref()),
            Komponen::JamPelayanan => Isian::of_list(self.jam_pelayanan.as_deref()),
            Komponen::Maklumat => match self.maklumat {
                None => Isian::TidakDitulis,
                Some(_) => Isian::Berisi,
            },
        }
    }
}

/// Makes each of the five public components required unless `tidak_tercantum` lists it, so
/// editors still flag a missing component as the officer types.
pub fn wajib_kecuali_tidak_tercantum(schema: &mut schemars::Schema) {
    let mut rules = Vec::new();
    for komponen in Komponen::WAJIB {
        let key = komponen.kunci();
        rules.push(serde_json::json!({
            "if": {
                "required": ["tidak_tercantum"],
                "properties": { "tidak_tercantum": { "contains": { "const": key } } }
            },
            "else": { "required": [key] }
        }));
    }
    schema.insert("allOf".to_string(), serde_json::Value::Array(rules));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_serialised_names() {
        for komponen in Komponen::ALL {
            assert_eq!(
                serde_json::to_value(komponen).ok(),
                Some(serde_json::Value::String(komponen.kunci().to_string()))
            );
        }
    }
}
