//! Units of the central government's own offices in the regions (police, courts, religious
//! affairs, land, immigration): their "government" is their institution, not the regency
//! whose name they carry. A Polres in Kabupaten Contoh is not the Pemerintah Kabupaten
//! Contoh's.

/// Words that begin a vertical unit's name, and its institution.
const VERTICAL: &[(&[&str], &str)] = &[
    (
        &[
            "polda",
            "polres",
            "polresta",
            "polrestabes",
            "polsek",
            "sat ",
            "satlantas",
            "satreskrim",
            "kepolisian",
        ],
        "Kepolisian Negara Republik Indonesia",
    ),
    (&["pengadilan"], "Mahkamah Agung Republik Indonesia"),
    (&["kejaksaan"], "Kejaksaan Republik Indonesia"),
    (
        &[
            "madrasah",
            "man ",
            "mtsn",
            "min ",
            "kantor kementerian agama",
            "kementerian agama",
            "kua ",
            "kantor urusan agama",
        ],
        "Kementerian Agama Republik Indonesia",
    ),
    (
        &["kantor pertanahan", "badan pertanahan"],
        "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    ),
    (
        &["imigrasi", "lembaga pemasyarakatan", "lapas ", "rutan "],
        "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia",
    ),
];

/// The institution of a vertical unit, from the start of its name.
pub fn induk(unit: &str) -> Option<&'static str> {
    let lower = format!("{} ", unit.to_lowercase());
    VERTICAL
        .iter()
        .find(|(starts, _)| starts.iter().any(|s| lower.starts_with(s)))
        .map(|(_, institution)| *institution)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vertical_units_belong_to_their_institution() {
        assert_eq!(
            induk("SAT INTELKAM POLRES CONTOH"),
            Some("Kepolisian Negara Republik Indonesia")
        );
        assert_eq!(
            induk("Pengadilan Negeri Contoh Kelas II"),
            Some("Mahkamah Agung Republik Indonesia")
        );
        assert_eq!(
            induk("Madrasah Aliyah Negeri 1 Contoh"),
            Some("Kementerian Agama Republik Indonesia")
        );
        assert_eq!(induk("Dinas Sosial Kabupaten Contoh"), None);
        assert_eq!(induk("Satuan Polisi Pamong Praja"), None);
    }
}
