//! The fixed words of the satisfaction survey on the unit's and the standards' pages. A `{}`
//! stands for a number or a name.

use serde::Serialize;

/// Labels of the survey, as `t.survei.<name>`.
#[derive(Debug, Clone, Serialize)]
pub struct SurveiLabels {
    pub judul: &'static str,
    pub periode: &'static str,
    pub nilai: &'static str,
    pub mutu: &'static str,
    /// The same inside a sentence.
    pub mutu_kalimat: &'static str,
    pub responden: &'static str,
    /// After a number of respondents.
    pub responden_satuan: &'static str,
    pub responden_kurang: &'static str,
    pub unsur: &'static str,
    pub nrr: &'static str,
    pub tren: &'static str,
    pub tindak_lanjut: &'static str,
    pub target: &'static str,
    pub laporan: &'static str,
    pub layanan: &'static str,
    pub seluruh_layanan: &'static str,
    pub cara_hitung: &'static str,
    pub lihat_unit: &'static str,
    /// The nine elements, U1 to U9.
    pub nama_unsur: [&'static str; 9],
    /// The performance each grade stands for, A to D.
    pub kinerja: [&'static str; 4],
    /// The status of a follow-up action: planned, under way, done.
    pub status: [&'static str; 3],
}

/// Indonesian.
pub const ID: SurveiLabels = SurveiLabels {
    judul: "Survei Kepuasan Masyarakat",
    periode: "Periode",
    nilai: "Indeks Kepuasan Masyarakat (IKM)",
    mutu: "Mutu pelayanan",
    mutu_kalimat: "mutu pelayanan",
    responden: "Responden",
    responden_satuan: "responden",
    responden_kurang: "kurang dari sampel minimum {} untuk populasi {}",
    unsur: "Unsur",
    nrr: "Nilai rata-rata (1–4)",
    tren: "IKM dari periode ke periode",
    tindak_lanjut: "Tindak lanjut",
    target: "target {}",
    laporan: "Laporan lengkap",
    layanan: "Layanan",
    seluruh_layanan: "seluruh layanan unit",
    cara_hitung: "Dihitung menurut PermenPANRB 14/2017: nilai rata-rata tiap unsur, dijumlahkan dengan bobot 1/9, dikali 25. Mutu A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.",
    lihat_unit: "Hasil lengkap dan tindak lanjutnya",
    nama_unsur: [
        "Persyaratan",
        "Sistem, mekanisme, dan prosedur",
        "Waktu penyelesaian",
        "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana",
        "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana dan prasarana",
    ],
    kinerja: ["Sangat baik", "Baik", "Kurang baik", "Tidak baik"],
    status: ["direncanakan", "sedang berjalan", "selesai"],
};

/// English.
pub const EN: SurveiLabels = SurveiLabels {
    judul: "Community Satisfaction Survey",
    periode: "Period",
    nilai: "Community Satisfaction Index (IKM)",
    mutu: "Service quality",
    mutu_kalimat: "service quality",
    responden: "Respondents",
    responden_satuan: "respondents",
    responden_kurang: "fewer than the minimum sample of {} for a population of {}",
    unsur: "Element",
    nrr: "Average score (1–4)",
    tren: "The index from period to period",
    tindak_lanjut: "Follow-up",
    target: "due {}",
    laporan: "Full report",
    layanan: "Services",
    seluruh_layanan: "every service of the unit",
    cara_hitung: "Computed as PermenPANRB 14/2017 sets out: the average score of each element, summed with a weight of 1/9, times 25. Grade A 88.31–100; B 76.61–88.30; C 65.00–76.60; D 25.00–64.99.",
    lihat_unit: "Full results and follow-up",
    nama_unsur: [
        "Requirements",
        "Systems, mechanisms and procedures",
        "Completion time",
        "Fees/tariffs",
        "Service products",
        "Staff competence",
        "Staff conduct",
        "Handling of complaints, suggestions and feedback",
        "Facilities and infrastructure",
    ],
    kinerja: ["Very good", "Good", "Poor", "Not good"],
    status: ["planned", "under way", "done"],
};
