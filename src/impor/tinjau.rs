//! A document imported for the browser editor's review view: its text as read, and each
//! draft with where its values came from, as one JSON string.

use serde::Serialize;

use super::asal::Hitungan;
use super::yaml::Jejak;
use super::{Pilihan, berkas, impor};

/// The schema's address the editor's drafts name, as a new standard of the editor does.
const MODELINE: &str = "# yaml-language-server: $schema=../../schema/standar.schema.json\n";

/// One draft as the review view shows it.
#[derive(Serialize)]
struct DrafTinjau {
    unit: String,
    slug: String,
    standar: String,
    unit_yaml: String,
    asal: Vec<Jejak>,
    hitungan: Hitungan,
    galat: usize,
}

/// The review of one document.
#[derive(Serialize)]
struct TinjauanDokumen {
    /// The document's text, line by line as the drafts' source lines count them.
    sumber: String,
    draf: Vec<DrafTinjau>,
}

/// The document `nama` (its file name: the extension decides where the bytes do not)
/// imported: `{"sumber": …, "draf": [...]}`, or `{"galat": …}` saying why it cannot be.
pub fn tinjau_json(nama: &str, bytes: &[u8]) -> String {
    let extension = std::path::Path::new(nama)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let galat = |message: String| serde_json::json!({ "galat": message }).to_string();
    let dokumen = match berkas::baca(bytes, &extension) {
        Ok(dokumen) => dokumen,
        Err(error) => return galat(error.to_string()),
    };
    let pilihan = Pilihan {
        tersembunyi: dokumen.tersembunyi.clone(),
        ..Pilihan::default()
    };
    let drafts = match impor(&dokumen.teks, nama, &pilihan) {
        Ok(drafts) => drafts,
        Err(error) => return galat(error.to_string()),
    };
    let draf = drafts
        .into_iter()
        .map(|(mut draf, diagnostics)| {
            draf.awali(MODELINE);
            DrafTinjau {
                galat: diagnostics
                    .iter()
                    .filter(|d| d.severity() == crate::diagnostic::Severity::Error)
                    .count(),
                hitungan: draf.laporan.hitungan,
                unit: draf.unit,
                slug: draf.slug,
                standar: draf.standar,
                unit_yaml: draf.unit_yaml,
                asal: draf.asal,
            }
        })
        .collect();
    serde_json::to_string(&TinjauanDokumen {
        sumber: dokumen.teks,
        draf,
    })
    .unwrap_or_else(|e| galat(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_reviewed_with_its_text_and_traced_drafts() {
        let text = "Pelayanan Surat Pindah\nDinas Kependudukan Kabupaten Contoh\n\nPersyaratan\n1. KTP\n2. Kartu Keluarga\n\nBiaya\nTidak dipungut biaya\n";
        let json: serde_json::Value =
            serde_json::from_str(&tinjau_json("pindah.txt", text.as_bytes())).expect("JSON");
        assert_eq!(json["sumber"], text);
        let draf = &json["draf"][0];
        let standar = draf["standar"].as_str().expect("the draft");
        assert!(standar.starts_with(MODELINE), "{standar}");
        let lines: Vec<&str> = standar.lines().collect();
        let ktp = draf["asal"]
            .as_array()
            .expect("traces")
            .iter()
            .find(|j| j["jalur"] == "persyaratan[0]")
            .expect("the first requirement traced");
        assert_eq!(ktp["sumber"], serde_json::json!([5, 5]));
        let at = ktp["draf"][0].as_u64().expect("a line") as usize;
        assert_eq!(lines[at - 1], "  - KTP");
    }

    #[test]
    fn a_document_that_cannot_be_read_says_why() {
        let json: serde_json::Value =
            serde_json::from_str(&tinjau_json("x.txt", &[0xff, 0xfe, 0x00])).expect("JSON");
        assert!(
            json["galat"].as_str().is_some_and(|m| !m.is_empty()),
            "{json}"
        );
    }
}
