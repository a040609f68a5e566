//! How to fix the diagnostics of a unit's satisfaction survey (`survei_kepuasan` in
//! `_unit.yaml`, and its files of answers).

use super::jenis::{Penjelasan, tanpa_contoh};
use crate::diagnostic::code::Code;

/// The explanations of the survey's codes.
pub(super) const PENJELASAN_SURVEI: &[(Code, Penjelasan)] = &[
    (
        Code::SurveySource,
        tanpa_contoh(
            "Setiap periode di `survei_kepuasan` (di `_unit.yaml`) menulis hasilnya dengan salah satu cara: `nilai_unsur` (sembilan nilai rata-rata dari laporan survei) bersama `responden` (jumlah responden), atau `jawaban: <nama berkas>.csv` (jawaban tiap responden; jumlah responden dihitung dari berkasnya). Bila keduanya ada, pakai `jawaban` dan hapus `nilai_unsur`.",
        ),
    ),
    (
        Code::SurveyAnswers,
        tanpa_contoh(
            "Berkas jawaban adalah CSV di folder unit (di samping `_unit.yaml`) yang namanya ditulis di `jawaban:`. Baris pertamanya judul kolom: `persyaratan`, `prosedur`, `waktu`, `biaya`, `produk`, `kompetensi`, `perilaku`, `pengaduan`, `sarana` (atau `U1` sampai `U9`, urutan PermenPANRB 14/2017); kolom lain (waktu pengisian, jenis kelamin, saran) dibiarkan. Setiap baris berikutnya satu responden, jawabannya 1 (tidak baik), 2 (kurang baik), 3 (baik) atau 4 (sangat baik); sel kosong berarti responden tidak menjawab unsur itu. Pemisah `,`, `;` atau tab dikenali dari baris judul. Simpan dari aplikasi lembar kerja sebagai CSV (UTF-8).",
        ),
    ),
    (
        Code::SurveyOverlap,
        tanpa_contoh(
            "Dua periode survei seluruh unit, atau dua periode yang menyebut layanan yang sama di `layanan`, tidak boleh berbagi hari. Perbaiki `mulai`/`sampai`, atau sebut layanan yang berbeda. Survei seluruh unit dan survei satu layanan boleh berjalan bersamaan; halaman standar layanan itu menampilkan survei layanannya.",
        ),
    ),
    (
        Code::SurveySample,
        tanpa_contoh(
            "Menurut PermenPANRB 14/2017, jumlah responden paling sedikit mengikuti tabel Krejcie dan Morgan untuk populasi (jumlah pengguna layanan) periode itu: misalnya 80 untuk 100 pengguna, 278 untuk 1.000, 370 untuk 10.000. Tambah responden pada periode berikutnya; hasil periode ini tetap diterbitkan, dengan keterangan bahwa respondennya kurang. Hapus `populasi` hanya bila angkanya memang tidak diketahui.",
        ),
    ),
    (
        Code::SurveyFileUnused,
        tanpa_contoh(
            "Setiap berkas CSV di folder unit dibaca sebagai jawaban survei. Sebut namanya di `jawaban:` periode yang dihitung dari berkas itu, atau pindahkan berkasnya ke luar folder unit bila bukan jawaban survei.",
        ),
    ),
    (
        Code::UnknownService,
        tanpa_contoh(
            "`layanan` menyebut nama berkas standar (tanpa `.yaml`) di folder unit yang sama, misalnya `layanan: [izin-usaha]` untuk `izin-usaha.yaml`. Tanpa `layanan`, survei berlaku untuk seluruh layanan unit.",
        ),
    ),
];
