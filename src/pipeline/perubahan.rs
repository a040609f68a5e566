//! What changed between two versions of one standard, each compiled as `standar check`
//! compiles it (beside its unit file, when it has one), in the words of its page.

use serde::Serialize;

use crate::corpus::{InputFile, UNIT_FILE};
use crate::diagnostic::Diagnostic;
use crate::model::situs::Bahasa;
use crate::parse::Limits;
use crate::render::labels::labels;
use crate::render::perubahan::{self, Perubahan};
use crate::render::view;

use super::compile;

/// One version of a standard: its file, and the unit file it inherits from.
#[derive(Debug, Clone)]
pub struct Versi {
    /// The path shown in diagnostics: `standards/disdukcapil/akta.yaml`, or
    /// `HEAD~1:standards/…` for a revision.
    pub path: String,
    pub bytes: Vec<u8>,
    /// The unit file's path and bytes.
    pub unit: Option<(String, Vec<u8>)>,
}

/// How a standard fared from one revision of the corpus to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusBerkas {
    /// A standard the old revision did not have.
    Baru,
    /// A standard the new revision no longer has.
    Dihapus,
    /// A standard in both, whose content changed.
    Diubah,
}

/// The changes of one standard file between two revisions.
#[derive(Debug, Clone, Serialize)]
pub struct PerubahanBerkas {
    /// Its path in the repository.
    pub berkas: String,
    /// Its name (`nama`), in the new revision when it has one.
    pub nama: String,
    pub status: StatusBerkas,
    /// What changed, when it is in both revisions.
    pub perubahan: Vec<Perubahan>,
}

/// What became of the standard file `berkas` from `old` to `new` (either absent when the
/// file was added or removed): `None` when its content did not change, or every problem of
/// a version that does not compile.
pub fn of_file(
    berkas: &str,
    old: Option<Versi>,
    new: Option<Versi>,
    bahasa: Bahasa,
) -> Result<Option<PerubahanBerkas>, Vec<Diagnostic>> {
    let t = labels(bahasa);
    let file = |nama: String, status, perubahan| PerubahanBerkas {
        berkas: berkas.to_owned(),
        nama,
        status,
        perubahan,
    };
    match (old, new) {
        (None, None) => Ok(None),
        (None, Some(new)) => Ok(Some(file(
            view_of(new, bahasa)?.nama,
            StatusBerkas::Baru,
            Vec::new(),
        ))),
        (Some(old), None) => Ok(Some(file(
            view_of(old, bahasa)?.nama,
            StatusBerkas::Dihapus,
            Vec::new(),
        ))),
        (Some(old), Some(new)) => {
            let (old, new) = (view_of(old, bahasa), view_of(new, bahasa));
            let (old, new) = match (old, new) {
                (Ok(old), Ok(new)) => (old, new),
                (old, new) => return Err(problems(old.err(), new.err())),
            };
            let found = perubahan::between(&old, &new, t);
            Ok((!found.is_empty()).then(|| file(new.nama.clone(), StatusBerkas::Diubah, found)))
        }
    }
}

fn problems(old: Option<Vec<Diagnostic>>, new: Option<Vec<Diagnostic>>) -> Vec<Diagnostic> {
    [old, new].into_iter().flatten().flatten().collect()
}

/// The changes from `old` to `new`, or every problem of a version that does not compile
/// (a version with errors has no facts to compare).
pub fn between(old: Versi, new: Versi, bahasa: Bahasa) -> Result<Vec<Perubahan>, Vec<Diagnostic>> {
    let t = labels(bahasa);
    let old = view_of(old, bahasa);
    let new = view_of(new, bahasa);
    match (old, new) {
        (Ok(old), Ok(new)) => Ok(perubahan::between(&old, &new, t)),
        (old, new) => Err([old.err(), new.err()]
            .into_iter()
            .flatten()
            .flatten()
            .collect()),
    }
}

/// The page's view of one version, compiled as the only standard of a folder beside its unit
/// file, or its problems.
pub fn view_of(version: Versi, bahasa: Bahasa) -> Result<view::StandardView, Vec<Diagnostic>> {
    // Every version is compiled as the only standard of a unit folder of its own.
    let name = version
        .path
        .rsplit(['/', '\\', ':'])
        .next()
        .unwrap_or("standar.yaml")
        .to_owned();
    let mut inputs = Vec::new();
    if let Some((path, bytes)) = version.unit {
        inputs.push(InputFile {
            path,
            relative: format!("versi/{UNIT_FILE}"),
            bytes,
        });
    }
    inputs.push(InputFile {
        relative: format!("versi/{name}"),
        path: version.path,
        bytes: version.bytes,
    });
    let compilation = compile(inputs, &Limits::default());
    match compilation.standards.first() {
        Some(standard) if compilation.errors() == 0 => {
            Ok(view::standard(standard, labels(bahasa), bahasa))
        }
        _ => Err(compilation.diagnostics),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::perubahan::JenisPerubahan;

    const UNIT: &str =
        "versi_format: 1\npenyelenggara:\n  pemerintah: Kabupaten Contoh\n  unit: Dinas Contoh\n";

    fn standard(fee: &str, requirements: &[&str], days: u32) -> String {
        let list: String = requirements.iter().map(|r| format!("  - {r}\n")).collect();
        format!(
            "versi_format: 1\nnama: Surat Keterangan Contoh\npersyaratan:\n{list}prosedur:\n  alur:\n    - langkah:\n        - Pemohon menyerahkan berkas\n        - Petugas menerbitkan surat\njangka_waktu:\n  total: {days} hari kerja\nbiaya:\n{fee}produk:\n  - Surat keterangan\npengaduan:\n  saluran:\n    - jenis: telepon\n      kontak: \"0274 123456\"\n"
        )
    }

    fn version(text: &str) -> Versi {
        Versi {
            path: "contoh/surat.yaml".into(),
            bytes: text.as_bytes().to_vec(),
            unit: Some(("contoh/_unit.yaml".into(), UNIT.as_bytes().to_vec())),
        }
    }

    fn sentences(old: &str, new: &str) -> Vec<String> {
        let changes = between(version(old), version(new), Bahasa::Id).expect("both compile");
        let t = labels(Bahasa::Id);
        changes.iter().map(|c| c.kalimat(t)).collect()
    }

    #[test]
    fn the_same_standard_has_no_changes() {
        let text = standard("  gratis: true\n", &["KTP"], 5);
        assert_eq!(sentences(&text, &text), Vec::<String>::new());
    }

    #[test]
    fn a_fee_a_requirement_and_a_duration_change_in_citizens_words() {
        let fee = |rupiah: u32| {
            format!(
                "  tarif:\n    - uraian: Penerbitan\n      rupiah: {rupiah}\n  dasar_hukum:\n    - jenis: Peraturan Daerah\n      nomor: \"1\"\n      tahun: 2020\n      tentang: Retribusi\n"
            )
        };
        let old = standard(&fee(10_000), &["KTP", "Kartu Keluarga"], 5);
        let new = standard(&fee(15_000), &["KTP", "Pas foto"], 3);
        let said = sentences(&old, &new);
        assert!(
            said.contains(&"Persyaratan dihapus: Kartu Keluarga".to_string()),
            "{said:#?}"
        );
        assert!(
            said.contains(&"Persyaratan ditambah: Pas foto".to_string()),
            "{said:#?}"
        );
        assert!(
            said.contains(&"Jangka waktu penyelesaian: 5 hari kerja → 3 hari kerja".to_string()),
            "{said:#?}"
        );
        assert!(
            said.contains(&"Biaya/tarif — Penerbitan: Rp10.000 → Rp15.000".to_string()),
            "{said:#?}"
        );
        assert_eq!(said.len(), 4, "{said:#?}");
    }

    #[test]
    fn reordered_requirements_are_said_to_be_reordered() {
        let old = standard("  gratis: true\n", &["KTP", "Kartu Keluarga"], 5);
        let new = standard("  gratis: true\n", &["Kartu Keluarga", "KTP"], 5);
        let changes = between(version(&old), version(&new), Bahasa::Id).expect("compiles");
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].jenis, JenisPerubahan::Diurutkan);
    }

    #[test]
    fn a_version_with_errors_gives_its_problems() {
        let old = standard("  gratis: true\n", &["KTP"], 5);
        let problems = between(version(&old), version("nama: 5\n"), Bahasa::Id)
            .expect_err("the new version does not compile");
        assert!(!problems.is_empty());
    }
}
