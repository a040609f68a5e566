//! The service's name: what the index links and every output heads with. An empty name, or
//! one that is still a template's placeholder, would publish a page nobody can find.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

/// Names a template or a hurried officer leaves behind, compared in lower case.
const PLACEHOLDERS: &[&str] = &[
    "nama layanan",
    "nama standar",
    "nama standar pelayanan",
    "judul layanan",
    "layanan baru",
    "standar baru",
    "isi nama layanan",
    "todo",
    "tbd",
    "xxx",
    "contoh",
    "-",
];

/// Checks that the standard has a real name.
pub fn check(doc: &Document, standar: &Standar, out: &mut Vec<Diagnostic>) {
    let name = standar.nama.trim();
    let words = name
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let problem = if words.is_empty() {
        "nama layanan masih kosong, jadi halamannya tidak punya judul dan daftar layanan tidak dapat menautkannya"
    } else if PLACEHOLDERS.contains(&words.as_str()) || words.chars().all(|c| c == 'x') {
        "nama layanan masih teks contoh, bukan nama layanan yang diumumkan"
    } else {
        return;
    };
    out.push(
        doc.diagnostic(
            Code::NameMissing,
            &NodePath::root().key(keys::NAMA),
            Target::Value,
            problem,
        )
        .label("nama layanan")
        .help("tulis nama layanan seperti diumumkan kepada masyarakat, misalnya `nama: Penerbitan Kartu Keluarga`"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_lower_case_names() {
        for p in PLACEHOLDERS {
            assert_eq!(*p, p.to_lowercase());
        }
    }
}
