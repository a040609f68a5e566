//! The `standar` library for the browser editor: check a standard as `standar check` does
//! and render it as `standar build` does, strings in and out (`standar::sunting`).

use wasm_bindgen::prelude::wasm_bindgen;

/// The diagnostics of the standard `nama` with text `teks` (beside the unit file `unit`
/// when the officer loaded one), as `standar check --format json` prints them.
#[wasm_bindgen]
pub fn periksa(nama: &str, teks: &str, unit: Option<String>) -> String {
    standar::sunting::periksa(nama, teks, unit.as_deref())
}

/// The new standard `standar new` writes, with `schema` as its schema's address.
#[wasm_bindgen]
pub fn standar_baru(schema: &str) -> String {
    standar::sunting::STANDAR_BARU.replace("@SCHEMA@", schema)
}

/// The page and board of the standard as `standar build` renders them, with boards of the
/// `papan` size (`a4` … `banner`), as JSON; `{}` while the standard has errors.
#[wasm_bindgen]
pub fn pratinjau(nama: &str, teks: &str, unit: Option<String>, papan: &str) -> String {
    standar::sunting::pratinjau_json(nama, teks, unit.as_deref(), papan)
}

/// The document `nama` (its bytes) imported as `standar impor` imports it, for the review
/// view: its text and each draft with where its values came from, as JSON.
#[wasm_bindgen]
pub fn impor(nama: &str, isi: &[u8]) -> String {
    standar::impor::tinjau::tinjau_json(nama, isi)
}

/// How to fix the diagnostic code `kode`, with its example written right, as JSON
/// (`standar jelaskan <kode>` in the browser); `undefined` for a text that is no code.
#[wasm_bindgen]
pub fn jelaskan(kode: &str) -> Option<String> {
    standar::diagnostic::penjelasan::penjelasan_json(kode)
}
