//! The layout against the CSS it assumes, and against boards of known shape.

use super::*;
use crate::model::situs::UkuranPapan;
use crate::render::board::content::{Gaya, TextBlock, TextRun};
use crate::render::board::paper::KEY_FACT_SCALE;

/// The spacing the layout assumes is the spacing `papan.css` declares.
#[test]
fn the_css_declares_the_spacing_the_layout_assumes() {
    let css = include_str!("../../../../templates/aset/papan.css");
    let e = |x: f64| format!("calc(var(--e) * {x})");
    let rules = [
        format!("font-size: var(--e); line-height: {};", css::LINE),
        format!(
            "display: flex; flex-direction: column; gap: {};",
            e(css::SHEET_GAP)
        ),
        format!("align-items: flex-start; gap: {};", e(css::HEADER_GAP)),
        format!(
            "padding-bottom: {}; border-bottom: {} solid",
            e(css::RULE_PAD),
            e(css::RULE)
        ),
        format!(
            "width: {}; height: {}; object-fit: contain;",
            e(css::LOGO),
            e(css::LOGO)
        ),
        format!(
            ".papan-label {{ margin: 0; font-size: {}em;",
            css::LABEL_SIZE
        ),
        format!(
            "h1 {{ margin: 0; font-size: {}em; line-height: {}; }}",
            css::TITLE_SIZE,
            css::TITLE_LINE
        ),
        format!(
            ".papan-unit {{ margin: 0; font-size: {}em; }}",
            css::UNIT_SIZE
        ),
        format!(
            ".papan-tipis {{ margin: 0; font-size: {}em; line-height: {}; }}",
            css::SLIM_SIZE,
            css::LINE
        ),
        format!("display: flex; gap: {}; }}", e(css::COLUMN_GAP)),
        format!(
            ".kolom {{ flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; gap: {}; }}",
            e(css::SECTION_GAP)
        ),
        format!(
            ".bagian {{ display: flex; flex-direction: column; gap: {}; }}",
            e(css::GROUP_GAP)
        ),
        format!(".bagian h2 {{ margin: 0; font-size: {}em;", css::H2_SIZE),
        format!(
            "list-style: none; display: flex; flex-direction: column; gap: {}; }}",
            e(css::ITEM_GAP)
        ),
        format!(
            ".paragraf {{ display: flex; flex-direction: column; gap: {}; }}",
            e(css::ITEM_GAP)
        ),
        format!("ul.daftar li {{ --no: {}em; }}", css::BULLET),
        format!(
            ".baris.penting {{ font-size: {}em; font-weight: 700; }}",
            KEY_FACT_SCALE
        ),
        format!(
            "border-top: {} solid #0b3b6f; padding-top: {};",
            e(css::RULE),
            e(css::RULE_PAD)
        ),
        format!("gap: {};\n  border-top", e(css::FOOTER_GAP)),
        "display: inline-block; width: 1.6em; margin-right: 0.3em;".to_string(),
    ];
    for rule in &rules {
        assert!(css.contains(rule.as_str()), "papan.css lacks `{rule}`");
    }
    assert!((1.6 + 0.3 - css::BADGE).abs() < 1e-9);
    for (digits, width) in css::NUMBER.iter().enumerate().skip(1) {
        assert!(css.contains(&format!(".no-{digits} {{ --no: {width}em; }}")));
        assert!(css.contains(&format!(".induk-{digits} {{ --induk: {width}em; }}")));
    }
    for (i, k) in SCALES.iter().enumerate() {
        assert!(css.contains(&format!(".skala-{i} {{ --k: {k}; }}")));
    }
}

#[test]
fn number_columns_hold_their_widest_numbers() {
    for digits in 1..css::NUMBER.len() {
        let widest = format!("{}.", "0".repeat(digits));
        // Room for a small gap after the number.
        assert!(
            super::super::metrics::width(&widest, false) + 0.2 <= css::NUMBER[digits],
            "{widest}"
        );
    }
    assert!(super::super::metrics::width("mm.", false) + 0.2 <= css::NUMBER[3]);
}

fn paragraph(text: &str) -> Atom {
    Atom {
        jenis: AtomKind::Nomor,
        nomor: Some("1.".into()),
        lebar_nomor: 2,
        tingkat: 0,
        lebar_induk: 0,
        baris: vec![TextBlock::new(
            vec![TextRun {
                teks: text.into(),
                gaya: Gaya::Biasa,
            }],
            false,
        )],
        gambar: None,
    }
}

fn frame() -> Frame {
    Frame {
        label: "STANDAR PELAYANAN".into(),
        nama: "Layanan contoh".into(),
        unit: Some("Dinas Contoh · Pemerintah Kabupaten Contoh".into()),
        footer: Some("Nomor SK: 1".into()),
        sheet_label: "Lembar 99 dari 99".into(),
        qr: true,
        logo: false,
        lanjutan: " (lanjutan)".into(),
    }
}

fn section(kunci: &'static str, items: usize) -> BoardSection {
    BoardSection {
        kunci,
        nomor: Some(1),
        judul: "Persyaratan".into(),
        atoms: (0..items)
            .map(|i| paragraph(&format!("Persyaratan nomor {i} yang cukup panjang untuk dua baris di papan informasi pelayanan")))
            .collect(),
    }
}

#[test]
fn a_short_standard_takes_one_sheet_at_a_large_size() {
    let paper = Paper::of(UkuranPapan::A3);
    let (plan, _) = plan(&[section("persyaratan", 3)], None, &frame(), &paper, None).expect("fits");
    assert_eq!(plan.lembar.len(), 1);
    assert!(SCALES[plan.skala] > 1.5, "{}", SCALES[plan.skala]);
}

#[test]
fn a_long_list_continues_on_a_new_sheet_with_its_heading_repeated() {
    let paper = Paper::of(UkuranPapan::A4);
    let (plan, _) =
        plan(&[section("persyaratan", 200)], None, &frame(), &paper, None).expect("fits");
    assert!(plan.lembar.len() > 1);
    // The largest size that still needs no more sheets.
    let sections = [section("persyaratan", 200)];
    let frame = frame();
    if plan.skala > 0 {
        let board = MeasuredBoard::new(sections.iter().collect(), &frame, &paper);
        let larger = board.attempt(plan.skala - 1, None);
        assert!(larger.map_or(true, |p| p.draft.len() > plan.lembar.len()));
    }
    let mut placed = 0;
    for (i, sheet) in plan.lembar.iter().enumerate() {
        let first = &sheet.kolom[0].bagian[0];
        assert!(first.judul.is_some(), "sheet {i} starts with a heading");
        assert_eq!(first.lanjutan, i > 0);
        if i > 0 {
            assert_eq!(first.judul.as_deref(), Some("Persyaratan (lanjutan)"));
        }
        for column in &sheet.kolom {
            for fragment in &column.bagian {
                placed += fragment
                    .kelompok
                    .iter()
                    .map(|g| g.atom.len())
                    .sum::<usize>();
            }
        }
    }
    assert_eq!(placed, 200, "every item once");
}

#[test]
fn a_heading_never_ends_a_column() {
    let paper = Paper::of(UkuranPapan::A4);
    let sections: Vec<BoardSection> = (0..12).map(|_| section("persyaratan", 9)).collect();
    let (plan, _) = plan(&sections, None, &frame(), &paper, None).expect("fits");
    for sheet in &plan.lembar {
        for column in &sheet.kolom {
            for fragment in &column.bagian {
                assert!(!fragment.kelompok.is_empty(), "a heading alone");
            }
        }
    }
}

#[test]
fn an_item_taller_than_a_sheet_is_reported() {
    let paper = Paper::of(UkuranPapan::A4);
    let mut long = section("persyaratan", 1);
    long.atoms = vec![paragraph(&"kata ".repeat(4000))];
    let problem = plan(&[long], None, &frame(), &paper, None).expect_err("too tall");
    assert_eq!(problem.bagian, "Persyaratan");
    assert_eq!(problem.nomor.as_deref(), Some("1."));
}

/// Sheets after the first carry a slim header, so a column there holds more than a column
/// under sheet 1's full header.
#[test]
fn later_sheets_hold_more_under_their_slim_header() {
    let paper = Paper::of(UkuranPapan::A4);
    let (plan, _) =
        plan(&[section("persyaratan", 200)], None, &frame(), &paper, None).expect("fits");
    assert!(plan.lembar.len() > 2, "{}", plan.lembar.len());
    let items = |sheet: &Lembar| -> usize {
        sheet.kolom[0]
            .bagian
            .iter()
            .flat_map(|b| &b.kelompok)
            .map(|g| g.atom.len())
            .sum()
    };
    assert!(items(&plan.lembar[1]) > items(&plan.lembar[0]));
}

/// At no size the layout accepts does the summary band take more than half of sheet 1's
/// body: a size at which it would is not tried (its estimate may not fill the sheet).
#[test]
fn the_summary_band_leaves_half_of_sheet_one_at_every_size() {
    let paper = Paper::of(UkuranPapan::A3);
    let summary = section("ringkasan", 5);
    let sections = [section("persyaratan", 60)];
    let frame = frame();
    let board =
        MeasuredBoard::new(sections.iter().collect(), &frame, &paper).with_band(Some(&summary));
    let mut accepted = 0;
    for skala in 0..SCALES.len() {
        if let Ok(attempt) = board.attempt(skala, None) {
            accepted += 1;
            assert!(
                attempt.g.band <= attempt.g.body / 2.0,
                "skala {skala}: band {:.0} mm of {:.0} mm",
                attempt.g.band,
                attempt.g.body
            );
        }
    }
    assert!(accepted > 0);
}
