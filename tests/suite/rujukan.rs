//! A `dasar_hukum` citing a revoked regulation: warned of with its replacement, from the
//! shipped table and the site's `peraturan_dicabut`; a version a later version replaces is an
//! archive and is not warned of.

use std::fs;

use standar::corpus::{Compilation, InputFile};
use standar::diagnostic::Code;
use standar::parse::Limits;
use standar::pipeline::compile;

fn file(relative: &str, text: &str) -> InputFile {
    InputFile {
        path: relative.to_string(),
        relative: relative.to_string(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn unit() -> InputFile {
    let text = fs::read_to_string("tests/fixtures/_unit.yaml").expect("the shared unit file");
    file("dinas/_unit.yaml", &text)
}

/// A standard citing `citation` (YAML lines of one `dasar_hukum` item), with `extra` keys.
fn standard(relative: &str, citation: &str, extra: &str) -> InputFile {
    file(
        relative,
        &format!(
            "versi_format: 1\nnama: Surat keterangan\n{extra}dasar_hukum:\n{citation}persyaratan:\n  - KTP\nprosedur:\n  alur:\n    - langkah:\n        - Petugas memeriksa berkas\njangka_waktu:\n  total: 1 hari kerja\nbiaya:\n  gratis: true\nproduk:\n  - Surat keterangan\n"
        ),
    )
}

const PERBUP_LAMA: &str =
    "  - jenis: Peraturan Bupati Contoh\n    nomor: \"12\"\n    tahun: 2015\n";
const PERMENPAN_2012: &str =
    "  - jenis: Peraturan Menteri PAN-RB\n    nomor: \"36\"\n    tahun: 2012\n";

fn revoked(compilation: &Compilation) -> Vec<(String, String)> {
    compilation
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::RevokedRegulation)
        .map(|d| (d.file.path.clone(), d.message.clone()))
        .collect()
}

#[test]
fn the_site_adds_its_own_revocations_and_takes_shipped_ones_back() {
    let without_site = compile(
        vec![
            unit(),
            standard("dinas/a.yaml", PERBUP_LAMA, ""),
            standard("dinas/b.yaml", PERMENPAN_2012, ""),
        ],
        &Limits::default(),
    );
    let found = revoked(&without_site);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0 == "dinas/b.yaml"
            && found[0]
                .1
                .contains("dicabut oleh Peraturan Menteri PANRB Nomor 15 Tahun 2014"),
        "{found:?}"
    );

    let site = file(
        "_situs.yaml",
        "versi_format: 1\nperaturan_dicabut:\n  - peraturan:\n      jenis: Perbup Contoh\n      nomor: \"012\"\n      tahun: 2015\n    dicabut_oleh:\n      jenis: Peraturan Bupati Contoh\n      nomor: \"3\"\n      tahun: 2021\n      tentang: Standar Pelayanan\n  - peraturan:\n      jenis: Permenpan RB\n      nomor: \"36\"\n      tahun: 2012\n",
    );
    let with_site = compile(
        vec![
            site,
            unit(),
            standard("dinas/a.yaml", PERBUP_LAMA, ""),
            standard("dinas/b.yaml", PERMENPAN_2012, ""),
        ],
        &Limits::default(),
    );
    assert_eq!(with_site.errors(), 0, "{:?}", with_site.diagnostics);
    let found = revoked(&with_site);
    assert_eq!(
        found,
        [(
            "dinas/a.yaml".to_string(),
            "`Peraturan Bupati Contoh Nomor 12 Tahun 2015` sudah dicabut oleh Peraturan Bupati Contoh Nomor 3 Tahun 2021 tentang Standar Pelayanan".to_string()
        )]
    );
}

#[test]
fn a_version_replaced_by_a_later_one_is_not_warned_of() {
    let compilation = compile(
        vec![
            unit(),
            standard(
                "dinas/sku.yaml",
                PERMENPAN_2012,
                "sk:\n  nomor: \"1\"\n  tanggal: 2013-02-01\n",
            ),
            standard(
                "dinas/sku-2027.yaml",
                PERMENPAN_2012,
                "versi_dari: sku\nsk:\n  nomor: \"2\"\n  tanggal: 2026-11-01\n  berlaku_mulai: 2027-01-01\n",
            ),
        ],
        &Limits::default(),
    );
    let files: Vec<String> = revoked(&compilation).into_iter().map(|(f, _)| f).collect();
    assert_eq!(files, ["dinas/sku-2027.yaml"]);
}

#[test]
fn fees_and_charges_are_looked_at_too() {
    let text = format!(
        "versi_format: 1\nnama: Sewa aula\nsk:\n  nomor: \"1\"\npersyaratan:\n  - KTP\nprosedur:\n  alur:\n    - langkah:\n        - Petugas memeriksa berkas\njangka_waktu:\n  total: 1 hari kerja\nbiaya:\n  tarif:\n    - uraian: Aula\n      rincian:\n        - uraian: Siang\n          rupiah: 100000\n          dasar_hukum:\n{}  dasar_hukum:\n{}produk:\n  - Izin pemakaian\n",
        PERBUP_LAMA
            .replace("  - ", "            - ")
            .replace("\n    ", "\n              "),
        PERMENPAN_2012
            .replace("  - ", "    - ")
            .replace("\n    ", "\n      "),
    );
    let site = file(
        "_situs.yaml",
        "versi_format: 1\nperaturan_dicabut:\n  - peraturan: {jenis: Peraturan Bupati Contoh, nomor: \"12\", tahun: 2015}\n    dicabut_oleh: {jenis: Peraturan Bupati Contoh, nomor: \"3\", tahun: 2021}\n",
    );
    let compilation = compile(
        vec![site, unit(), file("dinas/aula.yaml", &text)],
        &Limits::default(),
    );
    let lines: Vec<usize> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::RevokedRegulation)
        .map(|d| d.line_col().0)
        .collect();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    let expected: Vec<usize> = [
        line_of("jenis: Peraturan Bupati Contoh"),
        line_of("jenis: Peraturan Menteri PAN-RB"),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert_eq!(lines, expected, "{:?}", compilation.diagnostics);
}
