//! How to fix each diagnostic code of the format, the files and the build.

use super::jenis::{Penjelasan, dengan_contoh, tanpa_contoh};
use crate::diagnostic::code::Code;

/// The documentation of every code, in the registry's order (a unit test checks that
/// every code has its entry).
pub(super) const PENJELASAN: &[(Code, Penjelasan)] = &[
    (
        Code::FileUnreadable,
        tanpa_contoh(
            "Periksa bahwa berkas atau folder itu ada dan dapat dibaca oleh pengguna yang menjalankan `standar`. Tautan simbolik tidak diikuti: salin berkas aslinya ke dalam folder standar.",
        ),
    ),
    (
        Code::FileNotUtf8,
        tanpa_contoh(
            "Buka berkas di editor teks dan simpan ulang dengan pengodean UTF-8 (Notepad: *Simpan Sebagai*, *Encoding*: UTF-8). Teks yang disalin dari aplikasi lama kadang tersimpan dalam pengodean lain.",
        ),
    ),
    (
        Code::FileTooLarge,
        tanpa_contoh(
            "Satu standar jarang lebih dari beberapa puluh kilobita. Periksa bahwa berkas itu memang standar (bukan dokumen lain yang tersimpan dengan akhiran `.yaml`); standar yang memang panjang dipecah menjadi beberapa standar.",
        ),
    ),
    (
        Code::FileEmpty,
        tanpa_contoh(
            "Isi berkas dengan standarnya (`standar new <unit>/<slug>` membuat kerangka lengkap dengan penjelasan), atau hapus berkas yang tidak dipakai.",
        ),
    ),
    (
        Code::FileName,
        tanpa_contoh(
            "Ganti nama berkas atau folder: huruf kecil, angka dan tanda hubung saja, tanpa spasi, misalnya `izin-usaha-mikro.yaml`. Nama itu menjadi alamat halaman standar, jadi dua berkas tidak boleh bernama sama selain huruf besar-kecilnya.",
        ),
    ),
    (
        Code::YamlSyntax,
        dengan_contoh(
            "Lihat baris yang ditunjuk dan baris sebelumnya: indentasi memakai spasi (bukan tab) dan sejajar dengan butir sejenisnya, sesudah titik dua sebuah kunci ada spasi, dan setiap tanda kutip ditutup.",
            "produk:\n\t- Surat jawaban\n",
            "produk:\n  - Surat jawaban\n",
        ),
    ),
    (
        Code::YamlDuplicateKey,
        dengan_contoh(
            "Satu kunci hanya ditulis sekali dalam satu bagian. Gabungkan isi keduanya di bawah satu kunci, lalu hapus yang lain.",
            "produk:\n  - Surat jawaban\nproduk:\n  - Salinan surat\n",
            "produk:\n  - Surat jawaban\n  - Salinan surat\n",
        ),
    ),
    (
        Code::YamlMultipleDocuments,
        dengan_contoh(
            "Satu berkas berisi satu standar. Pindahkan standar sesudah `---` ke berkasnya sendiri dan hapus baris `---`.",
            "produk:\n  - Surat jawaban\n---\nnama: Layanan kedua\n",
            "produk:\n  - Surat jawaban\n",
        ),
    ),
    (
        Code::YamlComplexKey,
        dengan_contoh(
            "Kunci selalu teks biasa sebelum titik dua. Hapus `?` dan kurung siku, lalu tulis isinya di kunci yang tepat (atau di `keterangan`).",
            "produk:\n  - Surat jawaban\n? [a, b]\n: nilai\n",
            "produk:\n  - Surat jawaban\n",
        ),
    ),
    (
        Code::YamlUnsupported,
        dengan_contoh(
            "Tulis teks biasa tanpa tag (`!!…`, `!…`). Bila teks memang berbunyi seperti nilai khusus YAML (`.inf`, `.nan`), beri tanda kutip.",
            "nama: .inf\n",
            "nama: \".inf\"\n",
        ),
    ),
    (
        Code::ForbiddenCharacter,
        dengan_contoh(
            "Hapus karakter itu: biasanya terbawa saat menyalin dari Word, PDF atau situs. Ketik ulang bagian teks yang ditunjuk.",
            "nama: \"Layanan\\u200B minimal\"\n",
            "nama: Layanan minimal\n",
        ),
    ),
    (
        Code::YamlLimit,
        tanpa_contoh(
            "Standar yang ditulis biasa tidak mencapai batas ini. Jangan memakai jangkar dan alias (`&nama`, `*nama`) berlapis; tulis isinya langsung, dan pecah daftar atau teks yang sangat panjang.",
        ),
    ),
    (
        Code::ChecksFollow,
        dengan_contoh(
            "Perbaiki galat lain yang dilaporkan untuk berkas yang sama (bentuk, jenis nilai, kunci wajib), lalu jalankan `standar check` lagi: baru setelah itu isi berkas dapat diperiksa seluruhnya. Kunci yang hanya salah eja tidak menunda pemeriksaan ini.",
            "jangka_waktu:\n  total: lima hari\n",
            "jangka_waktu:\n  total: 5 hari kerja\n",
        ),
    ),
    (
        Code::UnknownKey,
        dengan_contoh(
            "Periksa ejaan kunci dan letaknya (indentasinya); pesan menyebut kunci yang mirip bila ada. Isi yang tidak punya kunci sendiri ditulis di `keterangan` bagian itu.",
            "persyaratn:\n  - Surat permohonan\n",
            "persyaratan:\n  - Surat permohonan\n",
        ),
    ),
    (
        Code::MissingKey,
        dengan_contoh(
            "Tambahkan kunci yang disebut pesan di bagian yang ditunjuk.",
            "penyelenggara:\n  pemerintah: Pemerintah Kabupaten Contoh\n  alamat: Jl. Contoh No. 1\n",
            "penyelenggara:\n  pemerintah: Pemerintah Kabupaten Contoh\n  unit: Dinas Contoh\n  alamat: Jl. Contoh No. 1\n",
        ),
    ),
    (
        Code::ComponentMissing,
        tanpa_contoh(
            "Tulis komponen itu di standar atau di `_unit.yaml`. Bila dokumen sumber memang tidak menyebutnya, catat namanya di `tidak_tercantum` (misalnya `tidak_tercantum: [sarana_prasarana]`): halaman dan papan lalu menyatakannya apa adanya.",
        ),
    ),
    (
        Code::NotYetPlaced,
        dengan_contoh(
            "`standar impor` tidak tahu tempat baris-baris ini. Pindahkan setiap baris ke komponen tempatnya (atau hapus bila bukan isi standar), lalu hapus `belum_dipetakan`.",
            "belum_dipetakan:\n  - Loket buka sampai pukul 14.00 pada hari Jumat\n",
            "jam_pelayanan:\n  - hari: [jumat]\n    jam: 08.00-14.00\n",
        ),
    ),
    (
        Code::ThousandsSeparator,
        dengan_contoh(
            "Tulis angkanya saja, tanpa titik, koma, `Rp` atau `,-`: halaman menulisnya kembali sebagai `Rp1.500.000`.",
            "biaya:\n  tarif:\n    - uraian: Sewa aula\n      rupiah: 1.500.000\n      per: hari\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"7\"\n      tahun: 2019\n",
            "biaya:\n  tarif:\n    - uraian: Sewa aula\n      rupiah: 1500000\n      per: hari\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"7\"\n      tahun: 2019\n",
        ),
    ),
    (
        Code::WrongType,
        dengan_contoh(
            "Beri tanda kutip pada teks yang memuat `: ` (titik dua lalu spasi), pada nomor (SK, telepon, NIP, peraturan) dan pada teks yang YAML baca sebagai angka atau ya/tidak. Bila yang salah bentuknya (teks di tempat daftar), ikuti bentuk yang disebut pesan.",
            "persyaratan:\n  - Pendidikan : minimal D3\n",
            "persyaratan:\n  - \"Pendidikan : minimal D3\"\n",
        ),
    ),
    (
        Code::UnknownValue,
        dengan_contoh(
            "Pakai salah satu pilihan yang disebut pesan; editor dengan schema menawarkannya saat mengetik.",
            "jam_pelayanan:\n  - hari: [senin, jum'at]\n    jam: 08.00-15.00\n",
            "jam_pelayanan:\n  - hari: [senin, jumat]\n    jam: 08.00-15.00\n",
        ),
    ),
    (
        Code::WrongFormat,
        dengan_contoh(
            "Tulis nilai sesuai formatnya: durasi `3 hari kerja`, jam `08.00-15.30`, tanggal `2024-01-02`. Syarat dan catatan ditulis di kunci sebelahnya (`mulai`, `keterangan`), bukan di dalam nilainya.",
            "jangka_waktu:\n  total: 2 hari kerja setelah berkas lengkap\n",
            "jangka_waktu:\n  total: 2 hari kerja\n  mulai: setelah berkas lengkap\n",
        ),
    ),
    (
        Code::OutOfRange,
        dengan_contoh(
            "Periksa angkanya: batas yang masuk akal disebut pesan. Daftar yang terlalu pendek diberi butir yang kurang.",
            "jangka_waktu:\n  total: 999999 tahun\n",
            "jangka_waktu:\n  total: 1 hari kerja\n",
        ),
    ),
    (
        Code::WrongShape,
        tanpa_contoh(
            "Bandingkan bentuk nilai dengan contoh di panduan atau dengan usulan editor. Bila berkas sudah mengikuti schema, pesan ini galat program: laporkan dengan berkasnya.",
        ),
    ),
    (
        Code::FormatVersion,
        dengan_contoh(
            "Tulis `versi_format: 1`. Bila berkas ditulis untuk versi format yang lebih baru, perbarui `standar`.",
            "versi_format: 2\n",
            "versi_format: 1\n",
        ),
    ),
    (
        Code::NameMissing,
        dengan_contoh(
            "Tulis nama layanan seperti yang dikenal warga, bukan teks contoh kerangka.",
            "nama: Nama Layanan\n",
            "nama: Legalisir ijazah\n",
        ),
    ),
    (
        Code::ProviderMissing,
        tanpa_contoh(
            "Tulis `penyelenggara` di `_unit.yaml` folder standar (berlaku untuk semua standarnya), atau di standar itu sendiri bila berbeda.",
        ),
    ),
    (
        Code::ComplaintsMissing,
        tanpa_contoh(
            "Tulis `pengaduan` (saluran, dan bila ada petugas serta tenggatnya) di `_unit.yaml` folder standar atau di standar itu sendiri.",
        ),
    ),
    (
        Code::TimeMismatch,
        dengan_contoh(
            "Samakan jumlah waktu langkah dengan `jangka_waktu.total`: perbaiki waktu langkah, atau totalnya. Waktu tunggu yang tidak termasuk langkah mana pun ditulis di `keterangan`.",
            "prosedur:\n  alur:\n    - langkah:\n        - uraian: Periksa\n          waktu: 45 menit\n        - uraian: Setujui\n          waktu: 1 jam\njangka_waktu:\n  total: paling lambat 1 jam\n",
            "prosedur:\n  alur:\n    - langkah:\n        - uraian: Periksa\n          waktu: 45 menit\n        - uraian: Setujui\n          waktu: 15 menit\njangka_waktu:\n  total: paling lambat 1 jam\n",
        ),
    ),
    (
        Code::FeeWithoutBasis,
        dengan_contoh(
            "Sebutkan peraturan yang menetapkan tarifnya di `biaya.dasar_hukum` (jenis, nomor, tahun). Pungutan tanpa dasar hukum tidak boleh diumumkan.",
            "biaya:\n  tarif:\n    - uraian: Sewa aula\n      rupiah: 1500000\n      per: hari\n",
            "biaya:\n  tarif:\n    - uraian: Sewa aula\n      rupiah: 1500000\n      per: hari\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"7\"\n      tahun: 2019\n",
        ),
    ),
    (
        Code::FeeContradiction,
        dengan_contoh(
            "Pilih salah satu: layanan gratis (hapus tarifnya), atau berbayar (hapus `gratis` dan tulis dasar hukum tarifnya).",
            "biaya:\n  gratis: true\n  tarif:\n    - uraian: Sewa gedung\n      rupiah: 5000\n",
            "biaya:\n  gratis: true\n",
        ),
    ),
    (
        Code::FeesWithoutCombination,
        dengan_contoh(
            "Tulis `gabungan:` di bawah `biaya:` seperti maksud dokumen sumber: `salah_satu` (warga membayar satu tarif), `dijumlahkan` (semua dibayar bersama) atau `sesuai_pemakaian`. Ringkasan di halaman dan papan memakainya; `standar` tidak menebaknya.",
            "biaya:\n  tarif:\n    - uraian: Retribusi izin\n      rupiah: 50000\n    - uraian: Retribusi kantor cabang\n      rupiah: 25000\n      per: kantor cabang\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"3\"\n      tahun: 2020\n",
            "biaya:\n  gabungan: dijumlahkan\n  tarif:\n    - uraian: Retribusi izin\n      rupiah: 50000\n    - uraian: Retribusi kantor cabang\n      rupiah: 25000\n      per: kantor cabang\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"3\"\n      tahun: 2020\n",
        ),
    ),
    (
        Code::FeeCalculatedWithoutBasis,
        dengan_contoh(
            "Sebutkan peraturan yang menjadi dasar perhitungannya di `biaya.dasar_hukum`. Bila dokumen sumber memang tidak menyebutnya, peringatan ini boleh dibiarkan.",
            "biaya:\n  rumus: Retribusi dihitung oleh Dinas Pekerjaan Umum\n",
            "biaya:\n  rumus: Retribusi dihitung oleh Dinas Pekerjaan Umum\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"5\"\n      tahun: 2023\n",
        ),
    ),
    (
        Code::TariffWithoutPrice,
        dengan_contoh(
            "Tulis harganya (`rupiah`), rinciannya, peraturan yang menetapkannya, atau setidaknya `keterangan` tentang cara mengetahui besarnya.",
            "biaya:\n  tarif:\n    - uraian: Sewa halaman\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"7\"\n      tahun: 2019\n",
            "biaya:\n  tarif:\n    - uraian: Sewa halaman\n      rupiah: 500000\n      per: hari\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"7\"\n      tahun: 2019\n",
        ),
    ),
    (
        Code::UnknownActor,
        dengan_contoh(
            "Pelaksana sebuah langkah harus salah satu nama di `prosedur.pelaksana`, ditulis sama persis. Dua pelaksana bersama ditulis sebagai daftar, bukan dengan `dan`.",
            "prosedur:\n  pelaksana: [Operator, Kepala Dinas]\n  alur:\n    - langkah:\n        - uraian: Berita acara ditandatangani\n          pelaksana: Operator dan Kepala Dinas\n",
            "prosedur:\n  pelaksana: [Operator, Kepala Dinas]\n  alur:\n    - langkah:\n        - uraian: Berita acara ditandatangani\n          pelaksana: [Operator, Kepala Dinas]\n",
        ),
    ),
    (
        Code::AbbreviatedTime,
        dengan_contoh(
            "Tulis satuan waktunya utuh (`3 hari kerja`, `15 menit`, `2 bulan`): warga belum tentu tahu arti `HK` atau `mnt`.",
            "jangka_waktu:\n  total: 1 hari kerja\n  keterangan: Bila pejabat dinas luar, selesai paling lama 3 HK.\n",
            "jangka_waktu:\n  total: 1 hari kerja\n  keterangan: Bila pejabat dinas luar, selesai paling lama 3 hari kerja.\n",
        ),
    ),
    (
        Code::StepWithoutActor,
        dengan_contoh(
            "Sebutkan pelaksana langkah itu, seperti langkah lain dalam alurnya.",
            "prosedur:\n  pelaksana: [Pemohon, Petugas loket]\n  alur:\n    - langkah:\n        - uraian: Pemohon menyerahkan dokumen\n          pelaksana: Pemohon\n        - Dokumen diperiksa\n",
            "prosedur:\n  pelaksana: [Pemohon, Petugas loket]\n  alur:\n    - langkah:\n        - uraian: Pemohon menyerahkan dokumen\n          pelaksana: Pemohon\n        - uraian: Dokumen diperiksa\n          pelaksana: Petugas loket\n",
        ),
    ),
    (
        Code::UnknownStep,
        dengan_contoh(
            "Cabang `ya`/`tidak` sebuah keputusan menunjuk nomor langkah di alur yang sama (langkah pertama bernomor 1).",
            "prosedur:\n  alur:\n    - langkah:\n        - uraian: Periksa berkas\n          keputusan:\n            pertanyaan: Lengkap?\n            tidak: 9\n        - Surat diterbitkan\n",
            "prosedur:\n  alur:\n    - langkah:\n        - uraian: Periksa berkas\n          keputusan:\n            pertanyaan: Lengkap?\n            tidak: 1\n        - Surat diterbitkan\n",
        ),
    ),
    (
        Code::InvalidEmail,
        dengan_contoh(
            "Tulis alamat email saja (`nama@domain.go.id`), tanpa `mailto:`, tanda tanya, subjek atau salinan.",
            "pengaduan:\n  saluran:\n    - jenis: email\n      kontak: \"aduan@contoh.go.id?bcc=lain@contoh.id\"\n",
            "pengaduan:\n  saluran:\n    - jenis: email\n      kontak: aduan@contoh.go.id\n",
        ),
    ),
    (
        Code::InvalidPhone,
        dengan_contoh(
            "Tulis nomor telepon saja, dalam tanda kutip (`\"(0361) 943210\"`, `\"081234567890\"`); nomor sambungan dan jam layanan ditulis di `keterangan`.",
            "pengaduan:\n  saluran:\n    - jenis: langsung\n  petugas:\n    - jabatan: Koordinator Pengaduan\n      telepon: \"0361 943210 ext. 12\"\n",
            "pengaduan:\n  saluran:\n    - jenis: langsung\n  petugas:\n    - jabatan: Koordinator Pengaduan\n      telepon: \"(0361) 943210\"\n      keterangan: sambungan 12\n",
        ),
    ),
    (
        Code::InvalidUrl,
        dengan_contoh(
            "Tulis alamat situs lengkap dengan `https://`, tanpa nama pengguna atau `@`.",
            "pengaduan:\n  saluran:\n    - jenis: website\n      kontak: www.lapor.go.id@127.0.0.1\n",
            "pengaduan:\n  saluran:\n    - jenis: website\n      kontak: https://www.lapor.go.id\n",
        ),
    ),
    (
        Code::InvalidDate,
        dengan_contoh(
            "Periksa tanggalnya di kalender; tulis sebagai tahun-bulan-hari (`2024-01-02`).",
            "sk:\n  nomor: \"027.58\"\n  tanggal: 2023-02-29\n",
            "sk:\n  nomor: \"027.58\"\n  tanggal: 2023-02-28\n",
        ),
    ),
    (
        Code::InvalidHours,
        dengan_contoh(
            "Tulis jam buka lalu jam tutup (`08.00-15.30`), antara `00.00` dan `24.00`.",
            "jam_pelayanan:\n  - hari: [senin]\n    jam: 15.00-08.00\n",
            "jam_pelayanan:\n  - hari: [senin]\n    jam: 08.00-15.00\n",
        ),
    ),
    (
        Code::InvalidNip,
        dengan_contoh(
            "NIP terdiri dari 18 angka; tulis dalam tanda kutip, boleh dengan spasi pemisah seperti di kartu pegawai. Pejabat tanpa NIP cukup ditulis namanya.",
            "maklumat:\n  penandatangan:\n    jabatan: Kepala Dinas\n    nama: Budi\n    nip: \"1970010119900310\"\n",
            "maklumat:\n  penandatangan:\n    jabatan: Kepala Dinas\n    nama: Budi\n    nip: \"19700101 199003 1 001\"\n",
        ),
    ),
    (
        Code::TiersNotIncreasing,
        dengan_contoh(
            "Urutkan tingkatan pengaduan dari tenggat terpendek ke terpanjang, dan periksa satuan waktunya.",
            "pengaduan:\n  saluran:\n    - jenis: sp4n_lapor\n  tenggat:\n    - tingkat: Ringan\n      waktu: 5 hari kerja\n    - tingkat: Berat\n      waktu: 3 jam\n",
            "pengaduan:\n  saluran:\n    - jenis: sp4n_lapor\n  tenggat:\n    - tingkat: Ringan\n      waktu: 5 hari kerja\n    - tingkat: Berat\n      waktu: 14 hari kerja\n",
        ),
    ),
    (
        Code::NumberWords,
        dengan_contoh(
            "Samakan angka dengan tulisan terbilangnya, sesuai dokumen sumber.",
            "persyaratan:\n  - Fotokopi KTP 2 (tiga) lembar\n",
            "persyaratan:\n  - Fotokopi KTP 2 (dua) lembar\n",
        ),
    ),
    (
        Code::UnsafeLogo,
        tanpa_contoh(
            "Simpan ulang logo sebagai gambar saja (Inkscape: *Plain SVG*), atau pakai PNG. Skrip, tautan dan isi dari luar tidak diterbitkan.",
        ),
    ),
    (
        Code::Template,
        tanpa_contoh(
            "Perbaiki templat di baris yang ditunjuk (sintaks Tera), atau hapus templat pengganti itu agar templat bawaan dipakai.",
        ),
    ),
    (
        Code::SiteOutput,
        tanpa_contoh(
            "Pilih folder keluaran yang dapat ditulis, di luar folder standar, yang kosong atau dibuat oleh `standar build` sebelumnya (folder berisi berkas lain hanya diganti dengan `--force`).",
        ),
    ),
    (
        Code::CacheRefused,
        tanpa_contoh(
            "Tidak ada yang perlu diperbaiki: build ini membangun semuanya dari awal dan menulis tembolok baru. Bila terjadi terus-menerus di CI, periksa siapa lagi yang menulis ke penyimpanan tembolok.",
        ),
    ),
    (
        Code::BoardWithoutAddress,
        tanpa_contoh(
            "Tulis `url_dasar` (alamat situs terbit) di `_situs.yaml` atau dengan `--base-url`, agar setiap papan membawa kode QR dan alamat halamannya.",
        ),
    ),
    (
        Code::PdfWithoutAddress,
        tanpa_contoh(
            "Tulis `url_dasar` di `_situs.yaml` atau dengan `--base-url`; bila papan memang dicetak tanpa kode QR, izinkan dengan `--no-qr`.",
        ),
    ),
    (
        Code::BoardPdf,
        tanpa_contoh(
            "Pasang Chromium (Debian/Ubuntu: `apt-get install chromium`) atau tunjuk programnya dengan `--chromium`, lalu ulangi build dengan `--pdf`.",
        ),
    ),
    (
        Code::BoardOverflow,
        tanpa_contoh(
            "Pecah butir yang ditunjuk menjadi beberapa butir, atau pindahkan penjelasan panjangnya ke `keterangan` yang hanya tampil di halaman; atau pilih kertas papan yang lebih besar.",
        ),
    ),
    (
        Code::BoardLayout,
        tanpa_contoh(
            "Buka PDF papan dan periksa lembarnya. Bila templat atau huruf pengganti dipakai, sesuaikan ukurannya dengan `papan.css` bawaan.",
        ),
    ),
    (
        Code::EmptyComponent,
        dengan_contoh(
            "Isi komponennya. Bila dokumen sumber memang tidak menyebutnya, hapus kuncinya dan catat namanya di `tidak_tercantum`.",
            "persyaratan: []\n",
            "persyaratan:\n  - Surat permohonan\n",
        ),
    ),
    (
        Code::NotStated,
        dengan_contoh(
            "Komponen ini tetap wajib diumumkan: lengkapi bila isinya sudah diketahui, lalu hapus namanya dari `tidak_tercantum`.",
            "tidak_tercantum: [jaminan_keamanan]\n",
            "jaminan_keamanan: Data pemohon dijaga kerahasiaannya dan tidak dipakai di luar layanan ini.\n",
        ),
    ),
    (
        Code::NotStatedButWritten,
        dengan_contoh(
            "Hapus nama komponen itu dari `tidak_tercantum` (isinya sudah ditulis), atau hapus isinya bila dokumen sumber memang tidak menyebutnya.",
            "tidak_tercantum: [biaya]\n",
            "tidak_tercantum: []\n",
        ),
    ),
    (
        Code::EmptyText,
        dengan_contoh(
            "Isi teksnya, atau hapus kunci yang belum diisi.",
            "jaminan_pelayanan: \"\"\n",
            "jaminan_pelayanan: Pelayanan diberikan sesuai standar ini.\n",
        ),
    ),
    (
        Code::DecreeMissing,
        dengan_contoh(
            "Tulis nomor SK penetapan standar di `sk.nomor` (dalam tanda kutip), di standar atau di `_unit.yaml`.",
            "sk:\n  tanggal: 2024-01-02\n",
            "sk:\n  nomor: \"027.58\"\n  tanggal: 2024-01-02\n",
        ),
    ),
    (
        Code::DecreeDraft,
        dengan_contoh(
            "Setelah SK ditetapkan, tulis nomornya dan ubah `status` menjadi `berlaku` (atau hapus `status`).",
            "sk:\n  nomor: \"027.58\"\n  status: rancangan\n",
            "sk:\n  nomor: \"027.58\"\n  status: berlaku\n",
        ),
    ),
    (
        Code::HoursMissing,
        tanpa_contoh(
            "Tulis `jam_pelayanan` di `_unit.yaml` (berlaku untuk semua standar unit itu) atau di standar yang jamnya berbeda.",
        ),
    ),
    (
        Code::PledgeMissing,
        tanpa_contoh(
            "Tulis `maklumat` (teks dan penandatangannya) di `_unit.yaml` atau di standar itu sendiri.",
        ),
    ),
];
