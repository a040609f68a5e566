//! Regulations: the legal basis of a standard or of a fee.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # Peraturan
///
/// Satu peraturan perundang-undangan, misalnya Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regulasi {
    /// # Jenis peraturan
    ///
    /// Misalnya `Undang-Undang`, `Peraturan Pemerintah`, `Peraturan Menteri PANRB`, `Peraturan Daerah Kabupaten Gianyar`, `Peraturan Bupati`.
    pub jenis: String,
    /// # Penerbit
    ///
    /// Yang menetapkan, bila tidak sudah tertulis di jenisnya; dicetak sesudah jenis: `jenis: Peraturan` dan `penerbit: Menteri Kesehatan` menjadi "Peraturan Menteri Kesehatan Nomor …".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penerbit: Option<String>,
    /// # Nomor
    ///
    /// Nomor peraturan persis seperti tertulis, dalam tanda kutip: `"25"`, `"07"`, `"188.4/123/2019"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nomor: Option<String>,
    /// # Tahun
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1945, max = 2100))]
    pub tahun: Option<u16>,
    /// # Tentang
    ///
    /// Judul peraturan, misalnya `Pelayanan Publik`. Tidak ditulis bila dokumen sumber tidak menyebutnya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tentang: Option<String>,
    /// # Tautan
    ///
    /// Alamat dokumen peraturan (https://…), misalnya di JDIH.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tautan: Option<String>,
    /// # Keterangan
    ///
    /// Misalnya pasal yang relevan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

impl Regulasi {
    /// `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik`; each part only when
    /// written, so a regulation without a title never ends in a dangling "tentang".
    pub fn judul(&self) -> String {
        let mut text = self.jenis.trim().to_string();
        if let Some(penerbit) = filled(self.penerbit.as_deref()) {
            text.push(' ');
            text.push_str(penerbit);
        }
        if let Some(nomor) = filled(self.nomor.as_deref()) {
            // A number copied with its own label ("No. 7") is kept as written.
            let labelled = ["nomor", "no.", "no "]
                .iter()
                .any(|label| nomor.to_lowercase().starts_with(label));
            text.push_str(if labelled { " " } else { " Nomor " });
            text.push_str(nomor);
        }
        if let Some(tahun) = self.tahun {
            text.push_str(&format!(" Tahun {tahun}"));
        }
        if let Some(tentang) = filled(self.tentang.as_deref()) {
            text.push_str(" tentang ");
            text.push_str(tentang);
        }
        text
    }
}

fn filled(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regulasi(nomor: Option<&str>, tentang: Option<&str>) -> Regulasi {
        Regulasi {
            jenis: "Peraturan Daerah".into(),
            penerbit: None,
            nomor: nomor.map(Into::into),
            tahun: Some(2019),
            tentang: tentang.map(Into::into),
            tautan: None,
            keterangan: None,
        }
    }

    #[test]
    fn title_has_only_the_parts_written() {
        assert_eq!(
            regulasi(Some("7"), Some("Retribusi Jasa Umum")).judul(),
            "Peraturan Daerah Nomor 7 Tahun 2019 tentang Retribusi Jasa Umum"
        );
        assert_eq!(
            regulasi(Some("7"), None).judul(),
            "Peraturan Daerah Nomor 7 Tahun 2019"
        );
        assert_eq!(
            regulasi(Some("7"), Some("  ")).judul(),
            "Peraturan Daerah Nomor 7 Tahun 2019"
        );
        assert_eq!(
            regulasi(Some("No. 07"), None).judul(),
            "Peraturan Daerah No. 07 Tahun 2019"
        );
        let mut issued = regulasi(None, None);
        issued.jenis = "Peraturan".into();
        issued.penerbit = Some("Menteri Kesehatan".into());
        assert_eq!(issued.judul(), "Peraturan Menteri Kesehatan Tahun 2019");
    }
}
