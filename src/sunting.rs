//! What the browser editor asks of the library: one standard being written, checked as
//! `standar check` checks it (beside its unit file when the officer loaded one), and
//! rendered as `standar build` renders it. Strings in, strings out, so that the WebAssembly
//! wrapper (`editor/wasm`) only passes them through.

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde::Serialize;

use crate::corpus::{InputFile, UNIT_FILE};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::render::{Format, render};
use crate::model::situs::UkuranPapan;
use crate::parse::Limits;
use crate::pipeline::Silent;
use crate::pipeline::build::{Setup, build};
use crate::pipeline::compile;
use crate::render::SiteOptions;
use crate::render::templates::Templates;

/// The unit folder the editor's files are checked in.
pub const FOLDER: &str = "draf";

/// The new standard `standar new` writes: every component with its explanation;
/// `@SCHEMA@` stands for the schema's address.
pub const STANDAR_BARU: &str = include_str!("../templates/baru/standar.yaml");

/// The new unit file `standar new` writes beside a standard in a new folder.
pub const UNIT_BARU: &str = include_str!("../templates/baru/_unit.yaml");

/// The files as the command line would read them: the standard, and the unit file beside it.
fn inputs(nama: &str, teks: &str, unit: Option<&str>) -> Vec<InputFile> {
    inputs_in(FOLDER, nama, teks, unit)
}

/// The standard `nama` with text `teks` in the unit folder `folder`, after its unit file
/// `unit` when given: a corpus of one standard.
pub(crate) fn inputs_in(
    folder: &str,
    nama: &str,
    teks: &str,
    unit: Option<&str>,
) -> Vec<InputFile> {
    let mut inputs = Vec::new();
    if let Some(unit) = unit {
        let path = format!("{folder}/{UNIT_FILE}");
        inputs.push(InputFile {
            path: path.clone(),
            relative: path,
            bytes: unit.as_bytes().to_vec(),
        });
    }
    let path = format!("{folder}/{nama}");
    inputs.push(InputFile {
        path: path.clone(),
        relative: path,
        bytes: teks.as_bytes().to_vec(),
    });
    inputs
}

/// The diagnostics of the standard `nama` (its file name) with text `teks`, beside the unit
/// file `unit` when given.
pub fn diagnostik(nama: &str, teks: &str, unit: Option<&str>) -> Vec<Diagnostic> {
    compile(inputs(nama, teks, unit), &Limits::default()).diagnostics
}

/// [`diagnostik`] as `standar check --format json` prints them.
pub fn periksa(nama: &str, teks: &str, unit: Option<&str>) -> String {
    render(&diagnostik(nama, teks, unit), Format::Json)
}

/// Every file `standar build` writes for this standard alone, with boards of `papan` size,
/// by path; empty when it has errors (the build writes nothing then).
pub fn bangun(
    nama: &str,
    teks: &str,
    unit: Option<&str>,
    papan: UkuranPapan,
) -> BTreeMap<String, Vec<u8>> {
    let Ok(templates) = Templates::new(&[]) else {
        return BTreeMap::new();
    };
    let site = Mutex::new(BTreeMap::new());
    let output = |path: &str, bytes: &[u8]| {
        if let Ok(mut site) = site.lock() {
            site.insert(path.to_string(), bytes.to_vec());
        }
        Ok(())
    };
    let files = crate::corpus::MemoryFiles::new(inputs(nama, teks, unit));
    let built = build(&files, &Limits::default(), &Silent, |_, _| {
        Some(Setup {
            options: SiteOptions {
                papan,
                ..SiteOptions::default()
            },
            templates,
            output: &output,
            key: 0,
        })
    });
    let complete = built.complete();
    drop(built);
    if !complete {
        return BTreeMap::new();
    }
    site.into_inner().unwrap_or_default()
}

/// What the editor shows beside the text: the standard's page and board as `standar build`
/// writes them, the style sheets they link to and the flowcharts they show, by file name.
#[derive(Debug, Default, Serialize)]
pub struct Pratinjau {
    /// The page (`<unit>/<slug>/index.html`).
    pub halaman: String,
    /// The board (`<unit>/<slug>/papan.html`).
    pub papan: String,
    /// The site's style sheet (`aset/gaya.css`).
    pub gaya: String,
    /// The boards' style sheet (`aset/papan.css`).
    pub gaya_papan: String,
    /// The flowcharts, by the name the page and board give them (`alur.svg`).
    pub gambar: BTreeMap<String, String>,
}

/// What the board pane shows for a standard without a board: a draft.
const TANPA_PAPAN: &str = "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Papan</title></head><body><p>Rancangan tidak dibuatkan papan informasi: papan dibuat setelah SK penetapannya ditulis (<code>sk.nomor</code>, tanpa <code>status: rancangan</code>).</p></body></html>\n";

/// The page and board of the standard, when it has no errors.
pub fn pratinjau(
    nama: &str,
    teks: &str,
    unit: Option<&str>,
    papan: UkuranPapan,
) -> Option<Pratinjau> {
    let site = bangun(nama, teks, unit, papan);
    let slug = nama.trim_end_matches(".yaml");
    let folder = format!("{FOLDER}/{slug}/");
    let text = |path: &str| {
        site.get(path)
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
    };
    Some(Pratinjau {
        halaman: text(&format!("{folder}index.html"))?,
        // A draft has no board (one is made once its decree is adopted): the pane says so.
        papan: text(&format!("{folder}papan.html")).unwrap_or_else(|| TANPA_PAPAN.to_string()),
        gaya: text("aset/gaya.css")?,
        gaya_papan: text("aset/papan.css")?,
        gambar: site
            .iter()
            .filter_map(|(path, bytes)| {
                let name = path.strip_prefix(&folder)?;
                name.ends_with(".svg").then(|| {
                    (
                        name.to_string(),
                        String::from_utf8_lossy(bytes).into_owned(),
                    )
                })
            })
            .collect(),
    })
}

/// [`pratinjau`] as JSON for the editor; `{}` when the standard has errors. `papan` is a
/// board size's name (`a4`, `a3`, `a2`, `a1`, `banner`); any other is A3.
pub fn pratinjau_json(nama: &str, teks: &str, unit: Option<&str>, papan: &str) -> String {
    let size = UkuranPapan::ALL
        .into_iter()
        .find(|size| size.name() == papan)
        .unwrap_or_default();
    pratinjau(nama, teks, unit, size)
        .and_then(|preview| serde_json::to_string(&preview).ok())
        .unwrap_or_else(|| "{}".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The new standard with one key misspelt on line 3.
    fn misspelt() -> String {
        let mut lines: Vec<&str> = STANDAR_BARU.lines().collect();
        lines.insert(2, "persyaratn: []");
        lines.join("\n")
    }

    #[test]
    fn an_unknown_key_is_reported_at_its_line() {
        let json = periksa("contoh.yaml", &misspelt(), Some(UNIT_BARU));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        // The misspelt key is the only error of form, so the content is checked too: the
        // new standard's empty name is reported at once.
        assert_eq!(value["errors"], 2, "{json}");
        assert!(json.contains("\"nama-kosong\""), "{json}");
        let unknown = value["diagnostics"]
            .as_array()
            .and_then(|all| all.iter().find(|d| d["code"] == "kunci-tidak-dikenal"))
            .cloned()
            .unwrap_or_default();
        assert_eq!(unknown["line"], 3, "{json}");
        assert_eq!(unknown["file"], "draf/contoh.yaml", "{json}");
    }

    #[test]
    fn a_standard_without_errors_builds_its_page() {
        let named = STANDAR_BARU.replace("nama: \"\"", "nama: Layanan Contoh");
        let site = bangun("contoh.yaml", &named, Some(UNIT_BARU), UkuranPapan::A3);
        assert!(
            site.keys().any(|k| k.ends_with("/contoh/index.html")),
            "{:?}",
            site.keys().collect::<Vec<_>>()
        );
        assert!(bangun("contoh.yaml", &misspelt(), Some(UNIT_BARU), UkuranPapan::A4).is_empty());
        assert_eq!(
            pratinjau_json("contoh.yaml", &misspelt(), Some(UNIT_BARU), "a4"),
            "{}"
        );
        let preview =
            pratinjau("contoh.yaml", &named, Some(UNIT_BARU), UkuranPapan::A4).unwrap_or_default();
        assert!(preview.halaman.contains("gaya.css"), "{}", preview.halaman);
        // The new standard's unit is a draft until its decree is written: no board yet.
        assert!(
            preview.papan.contains("Rancangan tidak dibuatkan papan"),
            "{}",
            preview.papan
        );
        let adopted = UNIT_BARU.replace("  status: rancangan\n", "  nomor: \"1\"\n");
        let preview =
            pratinjau("contoh.yaml", &named, Some(&adopted), UkuranPapan::A4).unwrap_or_default();
        assert!(preview.papan.contains("a4"), "{}", preview.papan);
        assert!(preview.gaya_papan.contains("@font-face"));
    }
}
