//! How to fix the diagnostics of a standard's life: its days of validity, its versions, its
//! consultation and its review.

use super::jenis::{Penjelasan, dengan_contoh, tanpa_contoh};
use crate::diagnostic::code::Code;

/// The explanations of the codes of validity, versions, consultation and review.
pub(super) const PENJELASAN_MASA: &[(Code, Penjelasan)] = &[
    (
        Code::ValidityReversed,
        dengan_contoh(
            "Periksa kedua tanggal: `berlaku_sampai` tidak boleh sebelum `berlaku_mulai` (atau tanggal SK), dan `tinjauan.berikutnya` tidak boleh sebelum `tinjauan.terakhir`.",
            "sk:\n  nomor: \"12\"\n  berlaku_mulai: 2027-01-01\n  berlaku_sampai: 2026-12-31\n",
            "sk:\n  nomor: \"12\"\n  berlaku_mulai: 2027-01-01\n  berlaku_sampai: 2027-12-31\n",
        ),
    ),
    (
        Code::VersionCircle,
        dengan_contoh(
            "`versi_dari` menyebut nama berkas (tanpa `.yaml`) standar yang digantikan berkas ini, bukan berkas ini sendiri; standar yang paling lama tidak menulis `versi_dari`. Contoh di bawah ada di berkas `contoh.yaml`.",
            "versi_dari: contoh\n",
            "versi_dari: contoh-lama\n",
        ),
    ),
    (
        Code::VersionSameStart,
        tanpa_contoh(
            "Tulis `sk.berlaku_mulai` pada versi yang baru: hari ia menggantikan versi sebelumnya. Misalnya `ktp.yaml` berlaku sejak SK-nya ditetapkan, dan `ktp-2027.yaml` (dengan `versi_dari: ktp`) menulis `berlaku_mulai: 2027-01-01` di bawah `sk:`.",
        ),
    ),
    (
        Code::ConsultationIncomplete,
        dengan_contoh(
            "Tulis sampai kapan (`ditutup`) dan ke mana (`tanggapan`) masyarakat dapat menanggapi rancangan ini.",
            "sk:\n  status: rancangan\n",
            "sk:\n  status: rancangan\nkonsultasi:\n  ditutup: 2027-01-15\n  tanggapan:\n    - jenis: email\n      kontak: konsultasi@dinas.go.id\n",
        ),
    ),
    (
        Code::RevokedRegulation,
        dengan_contoh(
            "Rujuk peraturan pengganti yang disebut pesan ini, setelah memeriksanya di JDIH (misalnya peraturan.go.id atau JDIH kementerian penerbitnya); bila standar itu sendiri disusun menurut peraturan lama, tinjau juga isinya. Tabel bawaan `standar` hanya memuat pencabutan yang dinyatakan pasal penutup peraturan pencabutnya; bila tabel keliru atau peraturan daerah Anda dicabut, tulis `peraturan_dicabut` di `_situs.yaml` (entri tanpa `dicabut_oleh` menyatakan peraturan itu masih berlaku). Versi standar yang sudah digantikan versi lebih baru tidak diperiksa.",
            "dasar_hukum:\n  - jenis: Peraturan Menteri PANRB\n    nomor: \"36\"\n    tahun: 2012\n",
            "dasar_hukum:\n  - jenis: Peraturan Menteri PANRB\n    nomor: \"15\"\n    tahun: 2014\n    tentang: Pedoman Standar Pelayanan\n",
        ),
    ),
    (
        Code::ReviewOverdue,
        tanpa_contoh(
            "Tinjau standar ini (evaluasi pelaksanaannya dan sempurnakan bila perlu), lalu catat tanggalnya di `tinjauan.terakhir`, di standar atau di `_unit.yaml`. Peringatan ini diberikan `standar build` (bukan `standar check`), karena bergantung pada tanggal hari itu: peninjauan berikutnya jatuh pada `tinjauan.berikutnya`, atau `selang_tinjauan` bulan (di `_situs.yaml`, bawaan 12) sesudah `tinjauan.terakhir`.",
        ),
    ),
];
