//! The unit file `_unit.yaml`: what the standards of one folder share.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::jam_pelayanan::JamPelayanan;
use super::maklumat::Maklumat;
use super::pengaduan::Pengaduan;
use super::penyelenggara::Penyelenggara;
use super::publikasi::MediaPublikasi;
use super::sk::SuratKeputusan;
use super::survei::PeriodeSurvei;
use super::tinjauan::Tinjauan;

/// # Unit penyelenggara
///
/// Berkas `_unit.yaml`: data yang sama untuk semua standar di folder ini. Standar mewarisinya dan boleh menggantinya dengan menulis kunci yang sama di berkasnya sendiri (kunci diganti utuh, tidak digabung).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// # Versi format
    ///
    /// Versi format berkas ini. Tulis `1`.
    #[schemars(range(min = 1), extend("const" = 1))]
    pub versi_format: u32,
    /// # Penyelenggara
    pub penyelenggara: Penyelenggara,
    /// # SK penetapan
    ///
    /// SK yang menetapkan standar-standar unit ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sk: Option<SuratKeputusan>,
    /// # Peninjauan
    ///
    /// Peninjauan terakhir dan berikutnya untuk semua standar unit ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tinjauan: Option<Tinjauan>,
    /// # Media publikasi
    ///
    /// Tempat standar-standar unit ini diumumkan selain situs ini: papan di tempat pelayanan, SIPPN, media sosial, brosur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_publikasi: Option<Vec<MediaPublikasi>>,
    /// # Jam pelayanan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jam_pelayanan: Option<Vec<JamPelayanan>>,
    /// # Maklumat pelayanan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maklumat: Option<Maklumat>,
    /// # Penanganan pengaduan, saran dan masukan
    ///
    /// Saluran dan alur pengaduan bawaan untuk semua standar unit ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengaduan: Option<Pengaduan>,
    /// # Survei kepuasan masyarakat
    ///
    /// Hasil Survei Kepuasan Masyarakat (PermenPANRB 14/2017) per periode, dengan tindak lanjutnya. Diterbitkan di halaman unit dan halaman standar yang disurvei.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survei_kepuasan: Option<Vec<PeriodeSurvei>>,
}
