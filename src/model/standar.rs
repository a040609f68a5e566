//! One service standard: the file `standards/<unit>/<slug>.yaml`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::biaya::Biaya;
use super::butir::Butir;
use super::jam_pelayanan::JamPelayanan;
use super::jangka_waktu::JangkaWaktu;
use super::komponen::{Komponen, wajib_kecuali_tidak_tercantum};
use super::konsultasi::Konsultasi;
use super::maklumat::Maklumat;
use super::pengaduan::Pengaduan;
use super::penyelenggara::Penyelenggara;
use super::persyaratan::Persyaratan;
use super::prosedur::Prosedur;
use super::publikasi::MediaPublikasi;
use super::regulasi::Regulasi;
use super::sk::SuratKeputusan;
use super::tinjauan::Tinjauan;

/// # Standar Pelayanan
///
/// Satu standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014). Nama berkas menjadi alamat halamannya: `standards/<unit>/<slug>.yaml` terbit di `<unit>/<slug>/`. Penyelenggara, SK, jam pelayanan, maklumat dan pengaduan yang tidak ditulis di sini diambil dari `_unit.yaml` di folder yang sama.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = wajib_kecuali_tidak_tercantum)]
pub struct Standar {
    /// # Versi format
    ///
    /// Versi format berkas ini. Tulis `1`.
    #[schemars(range(min = 1), extend("const" = 1))]
    pub versi_format: u32,
    /// # Nama layanan
    ///
    /// Nama layanan seperti diumumkan, misalnya `Pelayanan Fasilitasi Rapat/Audiensi Perkoperasian dan UKM`.
    pub nama: String,
    /// # Deskripsi
    ///
    /// Satu-dua kalimat tentang layanan ini, untuk daftar dan mesin pencari.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deskripsi: Option<String>,
    /// # Layanan daring
    ///
    /// Alamat tempat layanan ini dapat diajukan secara daring (https://…), misalnya aplikasi atau portal layanan; ditampilkan menonjol di bagian atas halaman dan di papan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layanan_daring: Option<String>,
    /// # Versi dari
    ///
    /// Bila berkas ini versi baru dari standar lain di folder yang sama: nama berkas standar itu tanpa `.yaml` (alamat halamannya), misalnya `ktp-el`. Versi baru terbit di alamat itu mulai `sk.berlaku_mulai`; sebelum tanggal itu diumumkan sebagai versi yang akan berlaku, dan sesudahnya versi lama tetap dapat dibuka sebagai arsip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versi_dari: Option<String>,
    /// # Penyelenggara
    ///
    /// Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penyelenggara: Option<Penyelenggara>,
    /// # SK penetapan
    ///
    /// SK yang menetapkan standar ini (bila tidak sama dengan SK di `_unit.yaml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sk: Option<SuratKeputusan>,
    /// # Konsultasi publik
    ///
    /// Kegiatan konsultasi publik atas standar ini; untuk rancangan juga batas dan saluran tanggapan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub konsultasi: Option<Konsultasi>,
    /// # Peninjauan
    ///
    /// Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tinjauan: Option<Tinjauan>,
    /// # Media publikasi
    ///
    /// Tempat standar ini diumumkan selain situs ini (papan, SIPPN, media sosial, brosur). Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_publikasi: Option<Vec<MediaPublikasi>>,
    /// # Jam pelayanan
    ///
    /// Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jam_pelayanan: Option<Vec<JamPelayanan>>,
    /// # Maklumat pelayanan
    ///
    /// Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maklumat: Option<Maklumat>,

    /// # Persyaratan
    ///
    /// Komponen 1: dokumen atau syarat yang harus dipenuhi pemohon.
    #[serde(default)]
    pub persyaratan: Vec<Persyaratan>,
    /// # Sistem, mekanisme dan prosedur
    ///
    /// Komponen 2: alur pelayanan langkah demi langkah.
    #[serde(default)]
    pub prosedur: Prosedur,
    /// # Jangka waktu penyelesaian
    ///
    /// Komponen 3.
    #[serde(default)]
    pub jangka_waktu: JangkaWaktu,
    /// # Biaya/tarif
    ///
    /// Komponen 4.
    #[serde(default)]
    pub biaya: Biaya,
    /// # Perubahan terjadwal
    ///
    /// Biaya atau jangka waktu baru yang sudah ditetapkan untuk hari kemudian, misalnya `[{berlaku_mulai: 2027-01-01, biaya: {tarif: [{uraian: Penerbitan, rupiah: 15000}], dasar_hukum: […]}}]`. Diumumkan sebelum harinya dan berlaku mulai harinya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perubahan_terjadwal: Option<Vec<super::terjadwal::PerubahanTerjadwal>>,
    /// # Produk pelayanan
    ///
    /// Komponen 5: hasil yang diterima pemohon (dokumen, jasa, saran).
    #[serde(default)]
    pub produk: Vec<Butir>,
    /// # Penanganan pengaduan, saran dan masukan
    ///
    /// Komponen 6. Hanya bila berbeda dari `_unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengaduan: Option<Pengaduan>,

    /// # Dasar hukum
    ///
    /// Komponen 7: peraturan yang menjadi dasar layanan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dasar_hukum: Option<Vec<Regulasi>>,
    /// # Sarana dan prasarana, dan/atau fasilitas
    ///
    /// Komponen 8: ruang, peralatan, dan fasilitas, termasuk bagi kelompok rentan dan penyandang disabilitas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sarana_prasarana: Option<Vec<Butir>>,
    /// # Kompetensi pelaksana
    ///
    /// Komponen 9: pendidikan, pengetahuan, keahlian, keterampilan, pengalaman.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kompetensi_pelaksana: Option<Vec<Butir>>,
    /// # Pengawasan internal
    ///
    /// Komponen 10: misalnya atasan langsung, SPIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengawasan_internal: Option<Vec<Butir>>,
    /// # Jumlah pelaksana
    ///
    /// Komponen 11.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah_pelaksana: Option<JumlahPelaksana>,
    /// # Jaminan pelayanan
    ///
    /// Komponen 12: kepastian pelayanan dilaksanakan sesuai standar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jaminan_pelayanan: Option<String>,
    /// # Jaminan keamanan dan keselamatan pelayanan
    ///
    /// Komponen 13: rasa aman, bebas bahaya, risiko dan keragu-raguan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jaminan_keamanan: Option<String>,
    /// # Evaluasi kinerja pelaksana
    ///
    /// Komponen 14: cara dan kekerapan penilaian (misalnya survei kepuasan masyarakat, laporan bulanan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluasi_kinerja: Option<String>,

    /// # Tidak tercantum di dokumen sumber
    ///
    /// Komponen yang tidak disebut dokumen sumber sama sekali, misalnya `[biaya, pengaduan]`. Halaman dan papan menyatakan "Tidak dicantumkan dalam dokumen sumber", dan `standar check` memberi peringatan, karena komponen itu tetap wajib diumumkan. Jangan tulis komponen yang ada isinya di sini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tidak_tercantum: Option<Vec<Komponen>>,

    /// # Belum dipetakan
    ///
    /// Baris dokumen sumber yang `standar impor` belum dapat dimasukkan ke komponen mana pun. Pindahkan setiap baris ke komponennya, atau hapus bila memang tidak perlu diumumkan, lalu hapus kunci ini: selama kunci ini ada, standar tidak diterbitkan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belum_dipetakan: Option<Vec<String>>,
}

impl Standar {
    /// True when the standard records that its source does not give this component.
    pub fn tidak_tercantum(&self, komponen: Komponen) -> bool {
        self.tidak_tercantum
            .as_ref()
            .is_some_and(|list| list.contains(&komponen))
    }
}

/// # Jumlah pelaksana
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JumlahPelaksana {
    /// # Jumlah
    ///
    /// Jumlah orang.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah: Option<u32>,
    /// # Keterangan
    ///
    /// Misalnya rincian per jabatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}
