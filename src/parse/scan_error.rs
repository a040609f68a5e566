//! The YAML scanner's errors in Indonesian, with the fix. `saphyr-parser` reports its errors
//! only as an English sentence, so this is the one place that reads them: a table from
//! fragments of its messages to ours, first match wins. A test runs every message the crate
//! can emit (as of saphyr-parser 0.3) through it and requires a specific explanation; another
//! (`tests/suite/fixtures.rs`) requires that no fixture reaches the generic one.

use crate::diagnostic::Code;

/// Fragments of the scanner's message, and what we say instead.
struct Explanation {
    fragments: &'static [&'static str],
    code: Code,
    message: &'static str,
    help: &'static str,
}

const fn syntax(
    fragments: &'static [&'static str],
    message: &'static str,
    help: &'static str,
) -> Explanation {
    Explanation {
        fragments,
        code: Code::YamlSyntax,
        message,
        help,
    }
}

/// In order: the first entry one of whose fragments the message contains explains it.
const TABLE: &[Explanation] = &[
    syntax(
        &[
            "while parsing a tag",
            "while scanning a tag",
            "verbatim tag",
            "tag directive",
            "TAG",
            "global tag",
        ],
        "tag atau direktif YAML (`!…`, `%…`) tidak valid",
        "hapus tag/direktif; berkas standar tidak memerlukannya. Teks yang diawali `!`, `%`, `@` atau `` ` `` perlu tanda kutip",
    ),
    Explanation {
        fragments: &["recursion limit"],
        code: Code::YamlLimit,
        message: "struktur YAML bersarang terlalu dalam",
        help: "standar yang wajar hanya bersarang beberapa tingkat; periksa kurung `[` dan `{` yang tidak ditutup",
    },
    syntax(
        &["escape", "hexadecimal"],
        "urutan `\\` tidak dikenal di dalam teks berkutip ganda",
        "pakai tanda kutip tunggal ('...') untuk teks yang memuat `\\`, atau tulis `\\\\`",
    ),
    syntax(
        &["trailing content after double-quoted"],
        "ada teks sesudah tanda kutip penutup",
        "seluruh teks harus berada di dalam tanda kutip, misalnya `nama: \"Layanan \\\"A\\\" baru\"`, atau hapus tanda kutipnya",
    ),
    syntax(
        &["quoted scalar"],
        "tanda kutip dibuka tetapi tidak ditutup pada baris yang sama",
        "tambahkan tanda kutip penutup yang sama (`\"` atau `'`) di akhir teks; teks berkutip yang berlanjut ke baris berikutnya harus diindentasi",
    ),
    syntax(
        &["':' indicator", "':' may not precede"],
        "titik dua `:` di dalam kurung `[ ]` atau `{ }`, atau kurung yang belum ditutup",
        "tutup setiap `[` dengan `]` dan `{` dengan `}`; teks yang memuat titik dua atau kurung ditulis dalam tanda kutip",
    ),
    syntax(
        &["tab"],
        "karakter tab dipakai untuk indentasi; YAML hanya menerima spasi",
        "ganti tab dengan spasi (misalnya dua spasi per tingkat); banyak editor bisa diatur agar tombol Tab menulis spasi",
    ),
    syntax(
        &[
            "mapping values are not allowed",
            "mapping keys are not allowed",
            "':' must be followed",
        ],
        "titik dua `:` di tempat yang tidak diharapkan",
        "jika teks memuat `: `, apit seluruh teks dengan tanda kutip, misalnya `uraian: \"Catatan: bawa KTP\"`; jika tidak, periksa indentasi baris ini",
    ),
    syntax(
        &[
            "flow sequence",
            "flow mapping",
            "misplaced bracket",
            "flow construct",
        ],
        "kurung `[ ]` atau `{ }` tidak seimbang, atau koma pemisah hilang",
        "periksa bahwa setiap `[` dan `{` ditutup dan butir-butirnya dipisah koma; teks yang memuat kurung perlu tanda kutip",
    ),
    syntax(
        &["unknown anchor"],
        "alias `*…` menunjuk jangkar `&…` yang tidak ada",
        "tulis jangkar `&nama` sebelum alias `*nama`, atau tulis nilainya langsung",
    ),
    syntax(
        &["duplicated anchor"],
        "jangkar `&…` yang sama ditulis dua kali",
        "beri setiap jangkar nama yang berbeda",
    ),
    syntax(
        &["anchor or alias", "indentation for anchor"],
        "jangkar `&…` atau alias `*…` tidak ditulis dengan benar",
        "nama jangkar dan alias hanya huruf dan angka, di baris yang sama dengan nilainya; teks yang diawali `&` atau `*` perlu tanda kutip",
    ),
    syntax(
        &["unprintable", "UTF-8"],
        "berkas memuat karakter kontrol yang tidak boleh ada dalam YAML",
        "hapus karakter tersebut; sering terbawa dari salinan Word atau PDF",
    ),
    syntax(
        &["byte order mark"],
        "tanda BOM (U+FEFF) berada di tengah dokumen",
        "hapus karakter tak terlihat itu; BOM hanya boleh di awal berkas",
    ),
    syntax(
        &[
            "block sequence entries",
            "'-' indicator",
            "'-' must be followed",
            "cannot start with '-'",
        ],
        "butir daftar `-` tidak sejajar dengan butir lain atau berada di tempat yang salah",
        "sejajarkan semua `-` dari satu daftar pada kolom yang sama, dan tulis spasi sesudah `-`",
    ),
    syntax(
        &[
            "indentation",
            "did not find expected key",
            "simple key",
            "wrongly indented",
            "is only valid inside a block",
        ],
        "indentasi tidak konsisten",
        "kunci pada tingkat yang sama harus mulai di kolom yang sama; isi sebuah kunci diindentasi lebih dalam dari kuncinya",
    ),
    syntax(
        &["comment intercepting"],
        "komentar `#` memotong teks yang berlanjut ke baris berikutnya",
        "pindahkan komentar ke atas atau ke bawah teks itu, atau apit teksnya dengan tanda kutip",
    ),
    syntax(
        &["document", "incompatible YAML", "stream-start"],
        "penanda dokumen (`---` atau `...`) di tempat yang salah",
        "hapus penanda tersebut; satu berkas memuat satu dokumen",
    ),
    syntax(
        &["tag", "TAG", "directive", "handle"],
        "tag atau direktif YAML (`!…`, `%…`) tidak valid",
        "hapus tag/direktif; berkas standar tidak memerlukannya. Teks yang diawali `!`, `%`, `@` atau `` ` `` perlu tanda kutip",
    ),
    syntax(
        &["block scalar", "block collection"],
        "blok teks `|` atau `>` tidak ditulis dengan benar",
        "isi blok teks harus diindentasi lebih dalam dari kuncinya, tanpa tab",
    ),
    syntax(
        &[
            "unexpected character",
            "plain scalar",
            "expected whitespace",
        ],
        "karakter ini tidak boleh mengawali teks tanpa tanda kutip",
        "apit teks dengan tanda kutip ganda, misalnya `\"@akun_instagram\"`",
    ),
    syntax(
        &["unexpected eof", "next token", "node content"],
        "berkas berakhir di tengah sebuah nilai, atau nilai yang diharapkan tidak ada",
        "periksa baris terakhir yang ditulis: kurung atau tanda kutip yang belum ditutup, atau kunci tanpa isi yang diindentasi",
    ),
];

/// The code, message and fix for one of the scanner's messages.
pub fn explain(info: &str) -> (Code, String, String) {
    match TABLE
        .iter()
        .find(|e| e.fragments.iter().any(|f| info.contains(f)))
    {
        Some(e) => (e.code, e.message.to_string(), e.help.to_string()),
        None => (
            Code::YamlSyntax,
            format!("{FALLBACK} ({info})"),
            "periksa indentasi, titik dua, dan tanda kutip di sekitar baris ini".to_string(),
        ),
    }
}

/// How a message the table does not know starts.
pub const FALLBACK: &str = "penulisan YAML tidak valid";

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message saphyr-parser 0.3 can emit (its `ScanError::new` calls).
    const SAPHYR_MESSAGES: &[&str] = &[
        " is only valid inside a block",
        "'-' must be followed by a valid YAML whitespace",
        "':' may not precede any of `[{` in flow mapping",
        "':' must be followed by a valid YAML whitespace",
        "a block scalar content cannot start with a tab",
        "a byte order mark must not appear inside a document",
        "block sequence entries are not allowed in this context",
        "comment intercepting the multiline text",
        "did not find expected <document start>",
        "did not find expected <document-start>",
        "did not find expected <stream-start>",
        "did not find expected next token",
        "duplicate version directive",
        "expected whitespace",
        "found incompatible YAML document",
        "found unprintable character",
        "illegal placement of ':' indicator",
        "invalid content after document end marker",
        "invalid global tag character",
        "invalid indentation for anchor",
        "invalid indentation in flow construct",
        "invalid indentation in quoted scalar",
        "invalid indentation",
        "invalid trailing content after double-quoted scalar",
        "mapping keys are not allowed in this context",
        "mapping values are not allowed in this context",
        "misplaced bracket",
        "missing explicit document end marker before directive",
        "plain scalar cannot start with '-' followed by ,[]{}",
        "recursion limit exceeded",
        "simple key expect ':'",
        "simple key expected",
        "tab cannot be used as indentation",
        "tabs disallowed in this context",
        "tabs disallowed within this context (block indentation)",
        "the TAG directive must only be given at most once per handle in the same document",
        "the handle wasn't declared",
        "unexpected character: `@'",
        "unexpected end of plain scalar",
        "unexpected eof",
        "while parsing a block collection, did not find expected '-' indicator",
        "while parsing a block mapping, did not find expected key",
        "while parsing a flow mapping, did not find expected ',' or '}'",
        "while parsing a flow sequence, expected ',' or ']'",
        "while parsing a node, did not find expected node content",
        "while parsing a quoted scalar, did not find expected hexadecimal number",
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        "while parsing a quoted scalar, found unknown escape character",
        "while parsing a tag directive, did not find expected '!'",
        "while parsing a tag, did not find expected tag URI",
        "while parsing a tag, found an incorrect leading UTF-8 byte",
        "while parsing a tag, found an incorrect trailing UTF-8 byte",
        "while parsing a tag, found an invalid UTF-8 codepoint",
        "while parsing a tag, found an invalid escape sequence",
        "while parsing anchor, found duplicated anchor",
        "while parsing node, found unknown anchor",
        "while scanning TAG, did not find expected whitespace or line break",
        "while scanning a YAML directive, did not find expected digit or '.' character",
        "while scanning a YAML directive, did not find expected version number",
        "while scanning a YAML directive, found extremely long version number",
        "while scanning a block scalar, did not find expected comment or line break",
        "while scanning a block scalar, found an indentation indicator equal to 0",
        "while scanning a directive, could not find expected directive name",
        "while scanning a directive, did not find expected comment or line break",
        "while scanning a directive, found unexpected non-alphabetical character",
        "while scanning a plain scalar, found a tab",
        "while scanning a quoted scalar, found unexpected document indicator",
        "while scanning a quoted scalar, found unexpected end of stream",
        "while scanning a tag, did not find expected '!'",
        "while scanning a tag, did not find expected whitespace or line break",
        "while scanning a verbatim tag, did not find the expected '>'",
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character",
        "wrongly indented line in block scalar",
    ];

    #[test]
    fn every_message_of_the_scanner_has_a_specific_explanation() {
        for info in SAPHYR_MESSAGES {
            let (_, message, _) = explain(info);
            assert!(!message.starts_with(FALLBACK), "`{info}` is not explained");
        }
        let (_, unknown, _) = explain("something new");
        assert!(unknown.starts_with(FALLBACK));
    }
}
