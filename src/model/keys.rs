//! Every YAML key a check points at, named once. A test checks that each is a key of the
//! generated schema, so a misspelt key fails the tests instead of moving an underline.

use crate::parse::path::Key;

pub const ALUR: Key = Key::new("alur");
pub const BAGIAN: Key = Key::new("bagian");
pub const BIAYA: Key = Key::new("biaya");
pub const DASAR_HUKUM: Key = Key::new("dasar_hukum");
pub const EMAIL: Key = Key::new("email");
pub const GABUNGAN: Key = Key::new("gabungan");
pub const GRATIS: Key = Key::new("gratis");
pub const HARGA: Key = Key::new("harga");
pub const HARI: Key = Key::new("hari");
pub const ISTIRAHAT: Key = Key::new("istirahat");
pub const JAM: Key = Key::new("jam");
pub const JAM_PELAYANAN: Key = Key::new("jam_pelayanan");
pub const JANGKA_WAKTU: Key = Key::new("jangka_waktu");
pub const KATEGORI: Key = Key::new("kategori");
pub const KEPALA: Key = Key::new("kepala");
pub const KEPUTUSAN: Key = Key::new("keputusan");
pub const KONTAK: Key = Key::new("kontak");
pub const LAYANAN_DARING: Key = Key::new("layanan_daring");
pub const LANGKAH: Key = Key::new("langkah");
pub const LOGO: Key = Key::new("logo");
pub const MAKLUMAT: Key = Key::new("maklumat");
pub const NAMA: Key = Key::new("nama");
pub const NIP: Key = Key::new("nip");
pub const PELAKSANA: Key = Key::new("pelaksana");
pub const PENANDATANGAN: Key = Key::new("penandatangan");
pub const PENGADUAN: Key = Key::new("pengaduan");
pub const PENYELENGGARA: Key = Key::new("penyelenggara");
pub const PERSYARATAN: Key = Key::new("persyaratan");
pub const PERPANJANGAN: Key = Key::new("perpanjangan");
pub const PETUGAS: Key = Key::new("petugas");
pub const PRODUK: Key = Key::new("produk");
pub const PROSEDUR: Key = Key::new("prosedur");
pub const RINCIAN: Key = Key::new("rincian");
pub const RUMUS: Key = Key::new("rumus");
pub const RUPIAH: Key = Key::new("rupiah");
pub const SALURAN: Key = Key::new("saluran");
pub const SK: Key = Key::new("sk");
pub const STATUS: Key = Key::new("status");
pub const TANGGAL: Key = Key::new("tanggal");
pub const TARIF: Key = Key::new("tarif");
pub const TAUTAN: Key = Key::new("tautan");
pub const TELEPON: Key = Key::new("telepon");
pub const TEMPLAT: Key = Key::new("templat");
pub const TENGGAT: Key = Key::new("tenggat");
pub const TENGGAT_PEMOHON: Key = Key::new("tenggat_pemohon");
pub const TIDAK_TERCANTUM: Key = Key::new("tidak_tercantum");
pub const BERLAKU_MULAI: Key = Key::new("berlaku_mulai");
pub const BERLAKU_SAMPAI: Key = Key::new("berlaku_sampai");
pub const BERIKUTNYA: Key = Key::new("berikutnya");
pub const DITUTUP: Key = Key::new("ditutup");
pub const KEGIATAN: Key = Key::new("kegiatan");
pub const KONSULTASI: Key = Key::new("konsultasi");
pub const NOTULEN: Key = Key::new("notulen");
pub const TERAKHIR: Key = Key::new("terakhir");
pub const TINJAUAN: Key = Key::new("tinjauan");
pub const VERSI_DARI: Key = Key::new("versi_dari");
pub const PERUBAHAN_TERJADWAL: Key = Key::new("perubahan_terjadwal");
pub const BELUM_DIPETAKAN: Key = Key::new("belum_dipetakan");
pub const TIDAK: Key = Key::new("tidak");
pub const TOTAL: Key = Key::new("total");
pub const URAIAN: Key = Key::new("uraian");
pub const UNTUK_LANGKAH: Key = Key::new("untuk_langkah");
pub const URL_DASAR: Key = Key::new("url_dasar");
pub const VERSI_FORMAT: Key = Key::new("versi_format");
pub const WAKTU: Key = Key::new("waktu");
pub const WEBSITE: Key = Key::new("website");
pub const YA: Key = Key::new("ya");
pub const MEDIA_PUBLIKASI: Key = Key::new("media_publikasi");
pub const SURVEI_KEPUASAN: Key = Key::new("survei_kepuasan");
pub const MULAI: Key = Key::new("mulai");
pub const SAMPAI: Key = Key::new("sampai");
pub const LAPORAN: Key = Key::new("laporan");
pub const TINDAK_LANJUT: Key = Key::new("tindak_lanjut");
pub const TARGET: Key = Key::new("target");
pub const JAWABAN: Key = Key::new("jawaban");
pub const NILAI_UNSUR: Key = Key::new("nilai_unsur");
pub const RESPONDEN: Key = Key::new("responden");
pub const LAYANAN: Key = Key::new("layanan");
pub const POPULASI: Key = Key::new("populasi");

/// Every key above.
pub const ALL: &[Key] = &[
    MEDIA_PUBLIKASI,
    SURVEI_KEPUASAN,
    MULAI,
    SAMPAI,
    LAPORAN,
    TINDAK_LANJUT,
    TARGET,
    JAWABAN,
    NILAI_UNSUR,
    RESPONDEN,
    LAYANAN,
    POPULASI,
    BERLAKU_MULAI,
    BERLAKU_SAMPAI,
    BERIKUTNYA,
    DITUTUP,
    KEGIATAN,
    KONSULTASI,
    NOTULEN,
    TERAKHIR,
    TINJAUAN,
    VERSI_DARI,
    PERUBAHAN_TERJADWAL,
    ALUR,
    BAGIAN,
    BELUM_DIPETAKAN,
    BIAYA,
    DASAR_HUKUM,
    EMAIL,
    GABUNGAN,
    GRATIS,
    HARGA,
    HARI,
    ISTIRAHAT,
    JAM,
    JAM_PELAYANAN,
    JANGKA_WAKTU,
    KATEGORI,
    KEPALA,
    KEPUTUSAN,
    KONTAK,
    LANGKAH,
    LAYANAN_DARING,
    LOGO,
    MAKLUMAT,
    NAMA,
    NIP,
    PELAKSANA,
    PENANDATANGAN,
    PENGADUAN,
    PENYELENGGARA,
    PERPANJANGAN,
    PERSYARATAN,
    PETUGAS,
    PRODUK,
    PROSEDUR,
    RINCIAN,
    RUMUS,
    RUPIAH,
    SALURAN,
    SK,
    STATUS,
    TANGGAL,
    TARIF,
    TAUTAN,
    TELEPON,
    TEMPLAT,
    TENGGAT,
    TENGGAT_PEMOHON,
    TIDAK,
    TIDAK_TERCANTUM,
    TOTAL,
    UNTUK_LANGKAH,
    URAIAN,
    URL_DASAR,
    VERSI_FORMAT,
    WAKTU,
    WEBSITE,
    YA,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::FileKind;
    use serde_json::Value;
    use std::collections::BTreeSet;

    fn property_names(value: &Value, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    out.extend(properties.keys().cloned());
                }
                for v in map.values() {
                    property_names(v, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| property_names(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_key_is_a_key_of_the_schema() {
        let mut names = BTreeSet::new();
        for kind in [FileKind::Standar, FileKind::Unit, FileKind::Situs] {
            property_names(&kind.schema(), &mut names);
        }
        for key in ALL {
            assert!(names.contains(key.name()), "`{}` is not a key", key.name());
        }
    }
}
