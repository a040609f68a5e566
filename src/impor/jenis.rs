//! What a source document was read as, and why one could not be read: shared by the reader
//! that recognises the kind (`berkas`) and the readers of each kind (Word, PDF), below them.

use std::fmt;

/// What a document was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Jenis {
    /// Plain text (copied from a page).
    Teks,
    /// A saved web page.
    Html,
    /// A Word document.
    Docx,
    /// A PDF with a text layer.
    Pdf,
    /// A spreadsheet (`.xlsx`), one row per service.
    Xlsx,
}

/// Why a document's text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BacaGalat {
    /// Text that is not UTF-8.
    BukanUtf8,
    /// A zip package without a Word document in it.
    BukanDocx,
    /// The file is damaged; the reader's own words.
    Rusak(String),
    /// A part of the package is larger than any standard needs.
    TerlaluBesar,
    /// A PDF whose pages are pictures.
    PdfTanpaTeks,
    /// A PDF that needs a password.
    PdfTerkunci,
    /// A format read only through another program (`doc`, `odt`, `rtf`).
    FormatLain(&'static str),
    /// A workbook none of whose sheets has a header row naming components.
    LembarTanpaJudul,
    /// Word and PDF readers are not part of this build.
    TidakDidukung(Jenis),
}

impl fmt::Display for BacaGalat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BacaGalat::BukanUtf8 => write!(
                f,
                "bukan teks UTF-8; simpan ulang sebagai teks UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)"
            ),
            BacaGalat::BukanDocx => write!(
                f,
                "bukan dokumen Word (.docx) yang utuh; buka di Word atau LibreOffice dan simpan ulang sebagai .docx"
            ),
            BacaGalat::Rusak(why) => write!(
                f,
                "berkas ini rusak dan tidak dapat dibaca ({why}); buka dan simpan ulang di program asalnya, atau salin seluruh teksnya ke berkas .txt"
            ),
            BacaGalat::TerlaluBesar => write!(
                f,
                "isi berkas ini terlalu besar untuk sebuah standar pelayanan (lebih dari 64 MB setelah diekstrak); salin teks standarnya saja ke berkas .txt"
            ),
            BacaGalat::PdfTanpaTeks => write!(
                f,
                "PDF ini tidak memuat teks, hanya gambar (hasil pindai?); `standar impor` tidak membaca gambar. Gunakan dokumen Word asalnya, atau ketik ulang teksnya ke berkas .txt"
            ),
            BacaGalat::PdfTerkunci => write!(
                f,
                "PDF ini dikunci dengan kata sandi; buka dengan kata sandinya dan simpan salinan tanpa kunci, atau salin teksnya ke berkas .txt"
            ),
            BacaGalat::FormatLain(kind @ ("xls" | "ods")) => write!(
                f,
                "berkas .{kind} tidak dapat dibaca langsung; buka di Excel atau LibreOffice Calc, simpan sebagai .xlsx (Simpan Sebagai → Buku Kerja Excel), lalu impor berkas .xlsx itu"
            ),
            BacaGalat::FormatLain(kind) => write!(
                f,
                "berkas .{kind} tidak dapat dibaca langsung; buka di Word atau LibreOffice, simpan sebagai .docx (Simpan Sebagai → Dokumen Word), lalu impor berkas .docx itu"
            ),
            BacaGalat::LembarTanpaJudul => write!(
                f,
                "tidak ada lembar kerja dengan baris judul kolom yang menyebut komponen standar (misalnya \"Nama Layanan\", \"Persyaratan\", \"Prosedur\", \"Biaya/Tarif\"); tambahkan baris judul itu di atas baris-baris layanan (satu baris per layanan), lalu impor lagi"
            ),
            BacaGalat::TidakDidukung(jenis) => write!(
                f,
                "penyunting di peramban tidak membaca {}; impor dengan `standar impor` di komputer, atau salin seluruh teks dokumennya ke berkas .txt lalu impor berkas itu",
                match jenis {
                    Jenis::Pdf => "PDF",
                    Jenis::Xlsx => "lembar kerja Excel",
                    Jenis::Docx => "dokumen Word",
                    Jenis::Html => "halaman web",
                    Jenis::Teks => "teks",
                }
            ),
        }
    }
}

impl std::error::Error for BacaGalat {}
