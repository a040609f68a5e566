//! The stable code of every diagnostic `standar` reports.

use std::fmt;

/// How serious a diagnostic is. Errors fail a run; warnings only with `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Must be fixed before the standard can be published.
    Error,
    /// Should be fixed; publishing still works.
    Warning,
}

impl Severity {
    /// The English word used in machine-readable output (`error`, `warning`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($variant:ident => $text:literal, $severity:ident, $summary:literal;)*) => {
        /// A stable identifier for each kind of problem. The text form never changes once released.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $summary]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as printed, e.g. `kunci-tidak-dikenal`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }

            /// The severity this code is reported with.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One sentence, in Indonesian, saying what the code means (the title of its page in the book).
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
        }
    };
}

codes! {
    FileUnreadable => "berkas-tidak-terbaca", Error, "Berkas atau folder tidak dapat dibaca (tidak ada, tidak ada izin, atau tautan rusak).";
    FileNotUtf8 => "berkas-bukan-utf8", Error, "Berkas bukan teks UTF-8; simpan ulang sebagai UTF-8.";
    FileTooLarge => "berkas-terlalu-besar", Error, "Berkas melebihi batas ukuran.";
    FileEmpty => "berkas-kosong", Error, "Berkas tidak berisi data (kosong, hanya komentar, atau hanya `null`).";
    FileName => "nama-berkas", Error, "Nama berkas atau folder bukan slug (huruf kecil, angka, tanda hubung), atau dua nama bertabrakan.";
    YamlSyntax => "yaml-sintaks", Error, "Penulisan YAML salah (indentasi, tanda kutip, titik dua, tab).";
    YamlDuplicateKey => "yaml-kunci-ganda", Error, "Kunci yang sama ditulis dua kali dalam satu bagian.";
    YamlMultipleDocuments => "yaml-dokumen-ganda", Error, "Berkas berisi lebih dari satu dokumen YAML (`---`).";
    YamlComplexKey => "yaml-kunci-bukan-teks", Error, "Kunci berupa daftar atau pemetaan; kunci harus teks.";
    YamlUnsupported => "yaml-tidak-didukung", Error, "Fitur YAML yang tidak didukung (tag khusus, `.inf`, `.nan`).";
    ForbiddenCharacter => "karakter-terlarang", Error, "Teks memuat karakter kendali, karakter pengarah teks (bidi) atau karakter tak terlihat, ditulis langsung atau sebagai kode `\\u…`; hapus karakter itu.";
    YamlLimit => "yaml-batas", Error, "Berkas melampaui batas kedalaman, alias, panjang daftar, atau panjang teks.";
    UnknownKey => "kunci-tidak-dikenal", Error, "Kunci tidak dikenal (salah ketik atau di tempat yang salah).";
    MissingKey => "kunci-wajib", Error, "Kunci wajib tidak ada.";
    ComponentMissing => "komponen-tidak-ada", Error, "Komponen pelayanan wajib tidak ditulis dan tidak dicatat di `tidak_tercantum`: isi komponennya, atau catat bila dokumen sumber memang tidak menyebutnya.";
    NotYetPlaced => "belum-dipetakan", Error, "Draf `standar impor` masih memuat `belum_dipetakan`: baris dokumen sumber yang belum masuk komponen mana pun.";
    ThousandsSeparator => "angka-bertitik", Error, "Angka bulat ditulis dengan titik atau koma ribuan atau dengan Rp (`1.500.000`); tulis angkanya saja: `1500000`.";
    WrongType => "tipe-salah", Error, "Jenis nilai salah, misalnya angka di tempat teks (perlu tanda kutip) atau teks di tempat daftar.";
    UnknownValue => "nilai-tidak-dikenal", Error, "Nilai bukan salah satu pilihan yang diizinkan.";
    WrongFormat => "format-salah", Error, "Teks tidak sesuai format (durasi, jam, tanggal, slug).";
    OutOfRange => "nilai-di-luar-batas", Error, "Angka terlalu kecil atau terlalu besar, atau daftar terlalu pendek.";
    WrongShape => "bentuk-salah", Error, "Nilai tidak cocok dengan bentuk mana pun yang diizinkan.";
    FormatVersion => "versi-format", Error, "`versi_format` tidak dikenal oleh versi `standar` ini.";
    ChecksFollow => "pemeriksaan-menunggu", Warning, "Pemeriksaan isi berkas (pelaksana, waktu, biaya, kontak, tanggal) belum dijalankan karena berkas masih punya galat bentuk; masalah isi, bila ada, tampil setelah galat itu diperbaiki.";
    NameMissing => "nama-kosong", Error, "Nama layanan kosong atau masih teks contoh; standar tanpa nama tidak diterbitkan.";
    ProviderMissing => "penyelenggara-tidak-ada", Error, "Standar tidak punya penyelenggara, baik di berkasnya sendiri maupun di `_unit.yaml`.";
    ComplaintsMissing => "pengaduan-tidak-ada", Error, "Standar tidak punya komponen pengaduan, baik di berkasnya sendiri maupun di `_unit.yaml`.";
    TimeMismatch => "waktu-tidak-sesuai", Error, "Jumlah waktu langkah tidak sama dengan jangka waktu yang dinyatakan.";
    FeeWithoutBasis => "biaya-tanpa-dasar-hukum", Error, "Ada biaya/tarif tetapi tidak ada dasar hukumnya (Perda/Perbup).";
    FeeContradiction => "biaya-bertentangan", Error, "Biaya dinyatakan gratis tetapi ada tarif lebih dari nol.";
    FeesWithoutCombination => "tarif-gabungan-tidak-disebut", Error, "Ada dua tarif atau lebih, tetapi `biaya.gabungan` tidak menyebut apakah dibayar salah satu, dijumlahkan, atau sesuai pemakaian; ringkasan tidak boleh menebaknya.";
    FeeCalculatedWithoutBasis => "rumus-tanpa-dasar-hukum", Warning, "Biaya dihitung dengan rumus atau oleh instansi lain, tetapi peraturannya tidak disebut; boleh, bila dokumen sumbernya memang tidak menyebut.";
    TariffWithoutPrice => "tarif-tanpa-harga", Warning, "Butir tarif tidak menyebut harga, peraturan, rincian, maupun keterangan, sehingga pembaca tidak tahu berapa yang dibayar.";
    UnknownActor => "pelaksana-tidak-dikenal", Error, "Langkah menyebut pelaksana yang tidak dideklarasikan.";
    AbbreviatedTime => "singkatan-waktu", Warning, "Satuan waktu ditulis singkat setelah angka (`3 HK`, `15 mnt`, `2 bln`); papan dan halaman mencetaknya apa adanya, padahal warga belum tentu tahu artinya.";
    StepWithoutActor => "langkah-tanpa-pelaksana", Warning, "Langkah tidak menyebut pelaksananya, padahal langkah lain dalam alurnya menyebut; bagan alir menggambarnya di kolom \"tidak disebut\".";
    UnknownStep => "langkah-tujuan-tidak-ada", Error, "Cabang keputusan menunjuk nomor langkah yang tidak ada.";
    InvalidEmail => "email-tidak-valid", Error, "Alamat email tidak valid.";
    InvalidPhone => "telepon-tidak-valid", Error, "Nomor telepon tidak valid.";
    InvalidUrl => "url-tidak-valid", Error, "Alamat situs (URL) tidak valid atau skemanya tidak diizinkan.";
    InvalidDate => "tanggal-tidak-valid", Error, "Tanggal tidak ada di kalender.";
    InvalidHours => "jam-tidak-valid", Error, "Jam pelayanan tidak masuk akal (jam tutup sebelum jam buka, jam di luar 00.00–24.00).";
    InvalidNip => "nip-tidak-valid", Error, "NIP tidak terdiri dari 18 angka.";
    TiersNotIncreasing => "tenggat-tidak-naik", Error, "Tenggat tingkatan pengaduan tidak makin panjang dari tingkat ke tingkat.";
    NumberWords => "terbilang-tidak-sesuai", Error, "Angka dan tulisan terbilangnya berbeda, misalnya `10 (sembilan)`.";
    UnsafeLogo => "logo-tidak-aman", Error, "Logo SVG memuat skrip, atribut `on…`, `foreignObject`, gaya, atau rujukan ke luar dirinya; logo hanya boleh gambar.";
    Template => "templat-galat", Error, "Templat (bawaan atau pengganti dari `--templates`) tidak dapat dibaca atau dijalankan.";
    SiteOutput => "keluaran-galat", Error, "Folder keluaran tidak dapat ditulis atau tidak boleh dipakai.";
    CacheRefused => "tembolok-ditolak", Warning, "Isi tembolok build (`--cache`) tidak ditulis `standar` untuk situs ini atau diubah sesudahnya (catatan, jurnal atau situs cadangan); tidak dipakai sama sekali dan semuanya dibangun ulang.";
    BoardWithoutAddress => "papan-tanpa-alamat", Warning, "Alamat terbit situs (`url_dasar`) tidak diketahui, jadi papan tidak punya kode QR maupun alamat halamannya: pembaca papan tidak dapat menemukan halaman lengkapnya.";
    PdfWithoutAddress => "pdf-tanpa-alamat", Error, "Papan dicetak ke PDF (`--pdf`) tanpa alamat terbit situs (`url_dasar`), jadi tanpa kode QR dan alamat; isi `url_dasar` atau izinkan dengan `--tanpa-qr`.";
    BoardPdf => "pdf-galat", Error, "Papan tidak dapat dicetak ke PDF: Chromium tidak ditemukan atau gagal mencetak.";
    BoardOverflow => "papan-tidak-muat", Error, "Satu butir lebih panjang dari satu lembar papan pada ukuran huruf terkecil yang masih terbaca, jadi tidak dapat dicetak utuh.";
    BoardLayout => "papan-tata-letak", Warning, "Papan tercetak dengan jumlah lembar yang berbeda dari rencana tata letak (huruf atau templat pengganti); isinya tetap lengkap, periksa PDF-nya.";
    EmptyComponent => "komponen-kosong", Warning, "Komponen pelayanan yang wajib tampil kepada publik masih kosong.";
    NotStated => "tidak-tercantum", Warning, "Komponen dicatat tidak tercantum dalam dokumen sumber (`tidak_tercantum`); halaman dan papan menyatakannya, tetapi komponen itu tetap wajib diumumkan.";
    NotStatedButWritten => "tidak-tercantum-bertentangan", Error, "Komponen dicatat tidak tercantum (`tidak_tercantum`), padahal ada isinya di berkas standar atau di `_unit.yaml`.";
    EmptyText => "teks-kosong", Warning, "Teks masih kosong (belum diisi).";
    DecreeMissing => "sk-tidak-ada", Warning, "Nomor SK penetapan standar tidak ada.";
    DecreeDraft => "sk-rancangan", Warning, "SK penetapan masih berstatus rancangan.";
    ValidityReversed => "tanggal-terbalik", Error, "Hari terakhir berlaku (atau peninjauan berikutnya) jatuh sebelum hari pertama (atau peninjauan terakhir).";
    VersionCircle => "versi-melingkar", Error, "`versi_dari` beberapa standar saling menunjuk sehingga alamat terbitnya tidak dapat ditentukan.";
    VersionSameStart => "versi-mulai-sama", Error, "Dua versi yang sudah ditetapkan dari satu standar mulai berlaku pada hari yang sama, jadi tidak jelas mana yang berlaku.";
    ConsultationIncomplete => "konsultasi-tidak-lengkap", Warning, "Rancangan diterbitkan untuk konsultasi publik tanpa hari terakhir atau saluran tanggapan.";
    RevokedRegulation => "peraturan-dicabut", Warning, "`dasar_hukum` merujuk peraturan yang sudah dicabut; peraturan penggantinya yang berlaku.";
    ReviewOverdue => "tinjauan-terlambat", Warning, "Peninjauan berkala standar sudah lewat waktunya (atau belum pernah dicatat).";
    SurveySource => "sumber-survei", Error, "Periode survei kepuasan tidak menulis tepat satu sumber nilai: `nilai_unsur` dengan `responden`, atau `jawaban` (berkas CSV).";
    SurveyAnswers => "jawaban-survei", Error, "Berkas jawaban survei (CSV) tidak ada, tidak terbaca, tidak menyebut kesembilan unsur, atau memuat jawaban selain 1 sampai 4.";
    SurveyOverlap => "periode-survei-tumpang-tindih", Warning, "Dua periode survei untuk layanan yang sama berbagi hari, sehingga hasilnya tidak jelas milik periode mana.";
    SurveySample => "responden-kurang", Warning, "Jumlah responden kurang dari sampel minimum untuk populasinya menurut tabel Krejcie dan Morgan dalam PermenPANRB 14/2017; hasilnya tetap diterbitkan dengan keterangan itu.";
    SurveyFileUnused => "jawaban-tidak-dirujuk", Warning, "Ada berkas CSV di folder unit yang tidak dirujuk `jawaban` periode survei mana pun, sehingga isinya tidak dihitung.";
    UnknownService => "layanan-tidak-ada", Error, "`layanan` menyebut nama berkas standar yang tidak ada di folder unit ini.";
    HoursMissing => "jam-pelayanan-tidak-ada", Warning, "Jam pelayanan tidak ditulis, baik di standar maupun di `_unit.yaml`: papan dan halaman tidak dapat menampilkannya.";
    PledgeMissing => "maklumat-tidak-ada", Warning, "Maklumat pelayanan tidak ditulis, baik di standar maupun di `_unit.yaml`: papan dan halaman tidak dapat menampilkannya.";
}

impl Code {
    /// An error that only a person can resolve by deciding something the source document
    /// leaves open: how several charges combine, whether a component the importer did not
    /// find is really absent from the source, where a line it could not place belongs. An
    /// imported draft may carry it: the draft is still written, and the error keeps it from
    /// being published until the officer decides.
    pub fn awaits_decision(self) -> bool {
        matches!(
            self,
            Code::FeesWithoutCombination
                | Code::ComponentMissing
                | Code::ComplaintsMissing
                | Code::NotYetPlaced
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "duplicate code {text}");
            assert!(
                text.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{text} is not kebab-case"
            );
        }
    }
}
