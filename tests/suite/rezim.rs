//! `standar audit --rezim`: each indicator of each regime met by a unit that records
//! everything, and each one alone not met by a unit that lacks just that (one case per
//! indicator); no report carries a score; the three formats from the command line.

use standar::audit::ReviewClock;
use standar::audit::rezim::{self, Capaian, Rezim, UnitRezim};
use standar::corpus::InputFile;
use standar::parse::Limits;
use standar::pipeline::compile;

use crate::common::{repo, standar};

const DAY: &str = "2026-12-08";

/// A unit file that records everything the regimes read.
const UNIT: &str = "versi_format: 1
penyelenggara:
  pemerintah: Pemerintah Kabupaten Contoh
  unit: Dinas Contoh
sk:
  nomor: \"12\"
  tanggal: 2024-01-02
tinjauan:
  terakhir: 2026-06-01
maklumat:
  penandatangan:
    jabatan: Kepala Dinas Contoh
    nama: Budi Santoso
jam_pelayanan:
  - hari: [senin, selasa, rabu, kamis, jumat]
    jam: 08.00-15.00
media_publikasi:
  - jenis: papan
    keterangan: Papan di ruang tunggu
  - jenis: sippn
survei_kepuasan:
  - periode: Semester I 2026
    mulai: 2026-01-01
    sampai: 2026-06-30
    responden: 120
    nilai_unsur: {persyaratan: 3.2, prosedur: 3.1, waktu: 3.0, biaya: 3.9, produk: 3.3, kompetensi: 3.2, perilaku: 3.4, pengaduan: 3.0, sarana: 2.9}
    laporan: https://contoh.go.id/skm-2026-1.pdf
    tindak_lanjut:
      - unsur: sarana
        tindakan: Kursi ruang tunggu ditambah
        status: selesai
";

/// The consultation the standard records.
const KONSULTASI: &str = "konsultasi:
  kegiatan:
    - tanggal: 2023-11-20
      forum: Forum Konsultasi Publik
      peserta: [Perwakilan RT/RW]
      notulen: https://contoh.go.id/fkp-2023.pdf
";

fn input(relative: &str, text: String) -> InputFile {
    InputFile {
        path: relative.to_string(),
        relative: relative.to_string(),
        bytes: text.into_bytes(),
    }
}

/// The unit read against `rezim`, with `unit` and `standard` changed by the two edits.
fn read(rezim: Rezim, unit_edit: (&str, &str), standard_edit: (&str, &str)) -> UnitRezim {
    let complete =
        std::fs::read_to_string(repo().join("tests/fixtures/valid/lengkap.yaml")).expect("fixture");
    let standard = format!("{complete}{KONSULTASI}").replacen(standard_edit.0, standard_edit.1, 1);
    let unit = UNIT.replacen(unit_edit.0, unit_edit.1, 1);
    let compilation = compile(
        vec![
            input("dinas/_unit.yaml", unit),
            input("dinas/lengkap.yaml", standard),
        ],
        &Limits::default(),
    );
    assert_eq!(compilation.errors(), 0, "{:?}", compilation.diagnostics);
    let standards: Vec<_> = compilation.standards.iter().collect();
    let clock = ReviewClock {
        hari_ini: DAY.parse().ok(),
        selang: 12,
    };
    rezim::audit_unit(rezim, &compilation.units[0], &standards, clock)
}

fn state_of(unit: &UnitRezim, kode: &str) -> Capaian {
    unit.indikator
        .iter()
        .chain(unit.standar.iter().flat_map(|s| &s.indikator))
        .find(|i| i.kode == kode)
        .map(|i| i.keadaan)
        .unwrap_or_else(|| panic!("no indicator {kode}"))
}

/// A text replaced (first occurrence) by another.
type Edit = (&'static str, &'static str);

const NONE: Edit = ("", "");

#[test]
fn a_unit_that_records_everything_meets_every_indicator_the_files_can_show() {
    for regime in Rezim::ALL {
        let unit = read(regime, NONE, NONE);
        let all: Vec<_> = unit
            .indikator
            .iter()
            .chain(unit.standar.iter().flat_map(|s| &s.indikator))
            .collect();
        assert!(!all.is_empty(), "{regime:?}");
        for i in all {
            let expected = match i.kode {
                "dokumen_bukti" | "terpampang" => Capaian::PerluBukti,
                _ => Capaian::Terpenuhi,
            };
            assert_eq!(
                i.keadaan, expected,
                "{regime:?} {}: {}",
                i.kode, i.keterangan
            );
            assert!(!i.sumber.is_empty(), "{} cites its source", i.kode);
        }
    }
    assert_eq!(
        read(Rezim::Pasal21, NONE, NONE).standar[0].indikator.len(),
        14
    );
}

#[test]
fn each_pekppp_indicator_is_not_met_by_the_unit_that_lacks_just_it() {
    let cases: [(&str, Edit, Edit); 8] = [
        (
            "standar_ditetapkan",
            NONE,
            (
                "  nomor: \"188.45/0020.a/35.09.315/2024\"\n",
                "  status: rancangan\n",
            ),
        ),
        (
            "komponen_lengkap",
            NONE,
            ("jaminan_keamanan: Gedung diasuransikan.\n", ""),
        ),
        ("pelibatan_masyarakat", NONE, (KONSULTASI, "")),
        ("standar_di_sippn", ("  - jenis: sippn\n", ""), NONE),
        (
            "peninjauan_berkala",
            ("terakhir: 2026-06-01", "terakhir: 2025-06-01"),
            NONE,
        ),
        (
            "maklumat",
            ("    nama: Budi Santoso\n", "    nama: \"\"\n"),
            NONE,
        ),
        (
            "skm_dilaksanakan",
            (
                "    mulai: 2026-01-01\n    sampai: 2026-06-30",
                "    mulai: 2025-01-01\n    sampai: 2025-06-30",
            ),
            NONE,
        ),
        (
            "skm_ditindaklanjuti",
            (
                "    tindak_lanjut:\n      - unsur: sarana\n        tindakan: Kursi ruang tunggu ditambah\n        status: selesai\n",
                "",
            ),
            NONE,
        ),
    ];
    for (kode, unit_edit, standard_edit) in cases {
        let unit = read(Rezim::Pekppp2025, unit_edit, standard_edit);
        assert_eq!(state_of(&unit, kode), Capaian::Belum, "{kode}");
        let others_met = unit
            .indikator
            .iter()
            .filter(|i| i.kode != kode && i.keadaan == Capaian::Belum)
            .map(|i| i.kode)
            .collect::<Vec<_>>();
        // A survey that is not recent is neither published nor followed up as a recent one.
        let allowed: &[&str] = match kode {
            "skm_dilaksanakan" => &["skm_dipublikasikan", "skm_ditindaklanjuti"],
            _ => &[],
        };
        assert!(
            others_met.iter().all(|k| allowed.contains(k)),
            "{kode}: also not met: {others_met:?}"
        );
    }
}

#[test]
fn the_ombudsman_regime_counts_a_recorded_survey_and_leaves_the_counter_to_observation() {
    let with_survey = read(
        Rezim::Ombudsman,
        NONE,
        (
            "evaluasi_kinerja: Survei kepuasan masyarakat setiap semester.\n",
            "",
        ),
    );
    assert_eq!(
        state_of(&with_survey, "survei_evaluasi"),
        Capaian::Terpenuhi
    );
    let unit_without = UNIT
        .split_once("survei_kepuasan:")
        .map(|(head, _)| head.to_string())
        .unwrap_or_default();
    let without = read(
        Rezim::Ombudsman,
        (UNIT, &unit_without),
        (
            "evaluasi_kinerja: Survei kepuasan masyarakat setiap semester.\n",
            "",
        ),
    );
    assert_eq!(state_of(&without, "survei_evaluasi"), Capaian::Belum);
    assert_eq!(state_of(&without, "terpampang"), Capaian::PerluBukti);
}

#[test]
fn every_regime_prints_in_three_formats_without_a_score() {
    for regime in ["pasal21", "pekppp-2025", "ombudsman"] {
        for format in ["human", "json", "markdown"] {
            let output = standar(
                &[
                    "audit",
                    "standards",
                    "--rezim",
                    regime,
                    "--format",
                    format,
                    "--hari-ini",
                    DAY,
                ],
                repo(),
            );
            assert_eq!(output.status.code(), Some(0), "{regime} {format}");
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            assert!(!text.contains("skor"), "{regime} {format}: no score");
            assert!(
                text.contains("UU 25/2009"),
                "{regime} {format} cites its sources"
            );
            if format == "json" {
                let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                assert_eq!(value["format"], "standar-audit-rezim/1");
                assert_eq!(value["rezim"], regime);
                assert_eq!(value["unit"].as_array().map(Vec::len), Some(5));
            }
        }
    }
    let both = standar(
        &[
            "audit",
            "standards",
            "--rezim",
            "pasal21",
            "--min-score",
            "50",
        ],
        repo(),
    );
    assert_eq!(
        both.status.code(),
        Some(2),
        "a regime has no score to fall short of"
    );
}
