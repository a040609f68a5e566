//! The optional site configuration `_situs.yaml` at the corpus root.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Konfigurasi situs
///
/// Berkas `_situs.yaml` di akar folder standar (misalnya `standards/_situs.yaml`): judul situs, alamat terbitnya, bahasa label, ukuran papan bawaan, dan logo. Semua kunci boleh tidak ditulis.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Situs {
    /// # Versi format
    ///
    /// Versi format berkas ini. Tulis `1`.
    #[schemars(range(min = 1), extend("const" = 1))]
    pub versi_format: u32,
    /// # Judul situs
    ///
    /// Misalnya `Standar Pelayanan Pemerintah Kabupaten Jember`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judul: Option<String>,
    /// # Deskripsi situs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deskripsi: Option<String>,
    /// # URL dasar
    ///
    /// Alamat tempat situs diterbitkan, misalnya `https://standar.jemberkab.go.id/`. Diperlukan untuk `sitemap.xml`, alamat kanonik, dan kode QR di papan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_dasar: Option<String>,
    /// # Bahasa label
    ///
    /// `id` (bawaan) atau `en`. Teks standar tetap seperti ditulis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bahasa: Option<Bahasa>,
    /// # Ukuran papan
    ///
    /// Ukuran kertas papan informasi: `a4`, `a3` (bawaan), `a2`, `a1`, atau `banner` (60×160 cm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papan: Option<UkuranPapan>,
    /// # Logo
    ///
    /// Berkas gambar logo (PNG, JPG, SVG atau WebP), relatif terhadap berkas ini, misalnya `logo.png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// # Folder templat
    ///
    /// Folder berisi templat pengganti, relatif terhadap berkas ini (lihat panduan, bab Konfigurasi situs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub templat: Option<String>,
    /// # Selang peninjauan
    ///
    /// Berapa bulan sesudah peninjauan terakhir (`tinjauan.terakhir`) sebuah standar harus ditinjau lagi, bila standar itu tidak menulis `tinjauan.berikutnya`. Bawaan 12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 120))]
    pub selang_tinjauan: Option<u32>,
    /// # Peraturan yang dicabut
    ///
    /// Peraturan yang sudah dicabut, selain yang sudah dikenal `standar` (misalnya Peraturan Bupati lama dan penggantinya): `dasar_hukum` yang masih merujuknya diberi peringatan. Entri tanpa `dicabut_oleh` menyatakan peraturan itu masih berlaku.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peraturan_dicabut: Option<Vec<super::pencabutan::Pencabutan>>,
}

/// # Bahasa
///
/// `id` atau `en`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bahasa {
    #[default]
    Id,
    En,
}

impl Bahasa {
    /// Every language.
    pub const ALL: [Bahasa; 2] = [Bahasa::Id, Bahasa::En];

    /// The name used in `_situs.yaml` and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Bahasa::Id => "id",
            Bahasa::En => "en",
        }
    }
}

/// # Ukuran papan
///
/// `a4`, `a3`, `a2`, `a1` atau `banner`.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UkuranPapan {
    A4,
    #[default]
    A3,
    A2,
    A1,
    Banner,
}

impl UkuranPapan {
    /// Every size, smallest first.
    pub const ALL: [UkuranPapan; 5] = [
        UkuranPapan::A4,
        UkuranPapan::A3,
        UkuranPapan::A2,
        UkuranPapan::A1,
        UkuranPapan::Banner,
    ];

    /// The name used on the command line and in CSS classes.
    pub fn name(self) -> &'static str {
        match self {
            UkuranPapan::A4 => "a4",
            UkuranPapan::A3 => "a3",
            UkuranPapan::A2 => "a2",
            UkuranPapan::A1 => "a1",
            UkuranPapan::Banner => "banner",
        }
    }

    /// The size as printed for people: `A3 (297 × 420 mm)`.
    pub fn label(self) -> String {
        let (width, height) = self.millimetres();
        let name = match self {
            UkuranPapan::Banner => "Banner".to_string(),
            other => other.name().to_uppercase(),
        };
        format!("{name} ({width} × {height} mm)")
    }

    /// Paper width and height in millimetres, portrait.
    pub fn millimetres(self) -> (u32, u32) {
        match self {
            UkuranPapan::A4 => (210, 297),
            UkuranPapan::A3 => (297, 420),
            UkuranPapan::A2 => (420, 594),
            UkuranPapan::A1 => (594, 841),
            UkuranPapan::Banner => (600, 1600),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names the command line accepts are the names `_situs.yaml` accepts.
    #[test]
    fn names_are_the_yaml_names() {
        for size in UkuranPapan::ALL {
            assert_eq!(serde_json::to_value(size).unwrap(), size.name());
        }
        for language in Bahasa::ALL {
            assert_eq!(serde_json::to_value(language).unwrap(), language.name());
        }
    }
}
