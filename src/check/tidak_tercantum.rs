//! `tidak_tercantum`: components the source document does not give. Always a warning, since
//! the law still requires them; an error only when the component is in fact written.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Standar;
use crate::model::keys;
use crate::model::komponen::{Isian, Komponen};
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};

use super::UnitFile;

/// Warns for each component listed, or fails when the component has content after all.
pub fn check(doc: &Document, standar: &Standar, unit: UnitFile<'_>, out: &mut Vec<Diagnostic>) {
    for (i, komponen) in standar.tidak_tercantum.iter().flatten().enumerate() {
        let at = NodePath::root().key(keys::TIDAK_TERCANTUM).index(i);
        let name = komponen.judul();
        match written(standar, unit, *komponen) {
            Some(source) => out.push(
                doc.diagnostic(
                    Code::NotStatedButWritten,
                    &at,
                    Target::Value,
                    format!("komponen \"{name}\" dinyatakan tidak tercantum, padahal ada isinya {source}"),
                )
                .help(format!(
                    "hapus `{}` dari `tidak_tercantum`, atau hapus isinya bila memang tidak ada di dokumen sumber",
                    komponen.kunci()
                )),
            ),
            None => out.push(
                doc.diagnostic(
                    Code::NotStated,
                    &at,
                    Target::Value,
                    format!(
                        "komponen \"{name}\" tidak tercantum dalam dokumen sumber; {} menyatakannya begitu kepada masyarakat",
                        if komponen.di_papan() { "halaman dan papan" } else { "halaman" }
                    ),
                )
                .help("komponen ini tetap wajib diumumkan: isi setelah penyelenggara menetapkannya, lalu hapus dari `tidak_tercantum`"),
            ),
        }
    }
}

/// Where the component is written with content, if it is: "di berkas ini" or "di _unit.yaml".
fn listed<T>(list: &Option<Vec<T>>) -> bool {
    list.as_ref().is_some_and(|l| !l.is_empty())
}

fn written(standar: &Standar, unit: UnitFile<'_>, komponen: Komponen) -> Option<&'static str> {
    let here = standar.isian(komponen) == Isian::Berisi;
    if here {
        return Some("di berkas ini");
    }
    let UnitFile::Valid(unit) = unit else {
        return None;
    };
    let inherited = match komponen {
        Komponen::Pengaduan if standar.pengaduan.is_none() => {
            unit.pengaduan.as_ref().is_some_and(|p| !p.kosong())
        }
        Komponen::JamPelayanan if standar.jam_pelayanan.is_none() => listed(&unit.jam_pelayanan),
        Komponen::Maklumat if standar.maklumat.is_none() => unit.maklumat.is_some(),
        _ => false,
    };
    inherited.then_some("di _unit.yaml")
}
