//! The life of a standard on the day of a build (`tests/fixtures/masa/`): a version enacted
//! for a later day is published ahead and takes over on its day, the old one stays reachable
//! as an archive page; a draft is published as a draft only; a review is overdue the day
//! after it falls due; and an incremental build renders a unit again when its day turns.

use std::collections::BTreeMap;
use std::path::Path;

use standar::corpus::InputFile;
use standar::model::waktu::Tanggal;
use standar::parse::Limits;
use standar::pipeline::compile;
use standar::render::SiteOptions;

use crate::common::{copy_tree, inputs_under, standar, stdout, try_build};

fn day(text: &str) -> Tanggal {
    text.parse().expect("a date")
}

fn corpus() -> Vec<InputFile> {
    inputs_under(Path::new("tests/fixtures/masa"))
}

fn options(on: &str) -> SiteOptions {
    SiteOptions {
        url_dasar: Some("https://standar.contoh.go.id/".to_string()),
        hari_ini: Some(day(on)),
        ..SiteOptions::default()
    }
}

fn site_on(on: &str) -> BTreeMap<String, Vec<u8>> {
    try_build(&corpus(), &options(on)).expect("the corpus builds")
}

/// The `<main>` element of a page.
fn main_region_of(html: &str) -> &str {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    &html[start..end]
}

fn text(site: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        site.get(path)
            .unwrap_or_else(|| panic!("{path} missing"))
            .clone(),
    )
    .expect("UTF-8")
}

#[test]
fn an_upcoming_version_is_published_ahead_and_takes_over_on_its_day() {
    let before = site_on("2026-12-31");
    let page = text(&before, "dinas/sku/index.html");
    assert!(
        page.contains("Rp10.000"),
        "the version in force is at the address"
    );
    assert!(page.contains("Versi baru berlaku mulai 1 Januari 2027"));
    for change in [
        "Persyaratan ditambah: Foto tempat usaha",
        "Jangka waktu penyelesaian: 5 hari kerja → 3 hari kerja",
        "Biaya/tarif — Penerbitan surat: Rp10.000 → Rp15.000",
    ] {
        assert!(
            page.contains(change),
            "the coming change is named: {change}"
        );
    }
    assert!(!page.contains("noindex"));
    let upcoming = text(&before, "dinas/sku/versi/sku-2027/index.html");
    assert!(upcoming.contains("Mulai berlaku 1 Januari 2027"));
    assert!(upcoming.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(upcoming.contains("Rp15.000"));
    // Its board can be printed ahead, and says from when it applies; the unit's boards are
    // those in force.
    assert!(
        text(&before, "dinas/sku/versi/sku-2027/papan.html")
            .contains("Mulai berlaku 1 Januari 2027")
    );
    let boards = text(&before, "dinas/papan.html");
    assert!(boards.contains("Rp10.000") && !boards.contains("Rp15.000"));
    let sitemap = text(&before, "sitemap.xml");
    assert!(sitemap.contains("/dinas/sku/</loc>") && !sitemap.contains("/versi/"));
    assert!(
        text(&before, "dinas/sku/README.md")
            .contains("**Versi baru berlaku mulai 1 Januari 2027.** [Lihat standar versi baru](../../dinas/sku/versi/sku-2027/README.md)")
    );

    let after = site_on("2027-01-01");
    let page = text(&after, "dinas/sku/index.html");
    assert!(page.contains("Rp15.000") && !page.contains("Versi baru"));
    assert!(!after.contains_key("dinas/sku/versi/sku-2027/index.html"));
    let archive = text(&after, "dinas/sku/versi/sku/index.html");
    assert!(archive.contains("Versi ini tidak berlaku lagi sejak 1 Januari 2027."));
    assert!(archive.contains("noindex") && archive.contains("Rp10.000"));
    assert!(
        !after.contains_key("dinas/sku/versi/sku/papan.html"),
        "never on a board"
    );
    let boards = text(&after, "dinas/papan.html");
    assert!(boards.contains("Rp15.000") && !boards.contains("Rp10.000"));
    // Both pages list both versions.
    for page in [&page, &archive] {
        assert!(page.contains("Berlaku sejak 2 Januari 2025 — Nomor SK 500/12/2025"));
        assert!(page.contains("Berlaku sejak 1 Januari 2027 — Nomor SK 500/88/2026"));
    }
}

#[test]
fn a_draft_is_published_as_a_draft_only() {
    let site = site_on("2026-12-07");
    let page = text(&site, "dinas/izin-reklame/index.html");
    assert!(page.contains("Rancangan untuk konsultasi publik."));
    assert!(page.contains("Kirim tanggapan paling lambat 31 Desember 2026"));
    assert!(page.contains("mailto:konsultasi@contoh.go.id"));
    assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!page.contains("papan.html\""), "no link to a board");
    assert!(!site.contains_key("dinas/izin-reklame/papan.html"));
    assert!(!text(&site, "sitemap.xml").contains("izin-reklame"));
    assert!(!text(&site, "index.html").contains("Izin Reklame"));
    assert!(!text(&site, "index.json").contains("izin-reklame"));
    assert!(!text(&site, "dinas/papan.html").contains("Izin Reklame"));
    let unit = text(&site, "dinas/index.html");
    let drafts = unit
        .find("Rancangan untuk konsultasi publik")
        .expect("a list of drafts");
    assert!(unit[drafts..].contains("izin-reklame/index.html"));
    let json = text(&site, "dinas/izin-reklame/standar.json");
    assert!(json.contains(r#""keadaan": "rancangan""#) && json.contains(r#""papan": null"#));
    // Once the day has passed, the page says the responses are closed.
    let later = site_on("2027-01-01");
    assert!(
        text(&later, "dinas/izin-reklame/index.html")
            .contains("Masa tanggapan berakhir 31 Desember 2026")
    );
}

#[test]
fn a_review_is_overdue_the_day_after_it_falls_due() {
    let warned = |on: &str| {
        let files = standar::corpus::MemoryFiles::new(corpus());
        let output = |_: &str, _: &[u8]| Ok(());
        let built = standar::pipeline::build::build(
            &files,
            &Limits::default(),
            &standar::pipeline::Silent,
            |_, _| {
                Some(standar::pipeline::build::Setup {
                    options: options(on),
                    templates: standar::render::templates::Templates::new(&[]).expect("templates"),
                    output: &output,
                    key: 0,
                })
            },
        );
        built
            .run
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "tinjauan-terlambat")
            .map(|d| format!("{}: {}", d.file.path, d.message))
            .collect::<Vec<_>>()
    };
    // sku.yaml was last reviewed on 1 June 2025: due a year later, by the site's default.
    assert!(warned("2026-06-01").is_empty());
    let late = warned("2026-06-02");
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(late[0].contains("sku.yaml: peninjauan standar ini jatuh tempo 1 Juni 2026"));
    // Once a new version applies, the old one's review no longer matters.
    assert!(warned("2027-01-01").is_empty());
}

#[test]
fn two_versions_starting_on_one_day_are_refused() {
    let mut inputs = corpus();
    for input in &mut inputs {
        if input.relative == "dinas/sku-2027.yaml" {
            let text = String::from_utf8(input.bytes.clone()).expect("UTF-8");
            input.bytes = text
                .replace(
                    "  berlaku_mulai: 2027-01-01\n",
                    "  berlaku_mulai: 2025-01-02\n",
                )
                .into_bytes();
        }
    }
    let compilation = compile(inputs, &Limits::default());
    let refused: Vec<String> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "versi-mulai-sama")
        .map(|d| format!("{}: {}", d.file.path, d.message))
        .collect();
    assert_eq!(refused.len(), 1, "{:?}", compilation.diagnostics);
    assert!(refused[0].contains("sku-2027.yaml") && refused[0].contains("`sku.yaml`"));
    assert!(
        compilation
            .standards
            .iter()
            .all(|s| s.id.slug != "sku-2027")
    );
}

#[test]
fn the_pages_at_the_address_are_as_reviewed() {
    let site = site_on("2026-12-31");
    insta::assert_snapshot!(
        "masa_halaman_berlaku",
        main_region_of(&text(&site, "dinas/sku/index.html"))
    );
    insta::assert_snapshot!(
        "masa_halaman_rancangan",
        main_region_of(&text(&site, "dinas/izin-reklame/index.html"))
    );
}

#[test]
fn an_incremental_build_renders_a_unit_again_when_its_day_turns() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_tree(
        Path::new("tests/fixtures/masa"),
        &dir.path().join("standards"),
    );
    // Without the draft and the overdue review, the unit has no warning and can be carried.
    std::fs::remove_file(dir.path().join("standards/dinas/izin-reklame.yaml")).expect("removed");
    let sku = dir.path().join("standards/dinas/sku.yaml");
    let text = std::fs::read_to_string(&sku).expect("readable");
    std::fs::write(
        &sku,
        text.replace("  terakhir: 2025-06-01\n", "  terakhir: 2026-06-01\n"),
    )
    .expect("written");
    let rebuilt = |on: &str| {
        let output = standar(&["build", "--hari-ini", on], dir.path());
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let said = String::from_utf8_lossy(&output.stderr).into_owned() + &stdout(&output);
        said.contains("1 dari 1 unit dibangun ulang")
    };
    assert!(rebuilt("2026-12-30"), "the first build");
    assert!(!rebuilt("2026-12-31"), "nothing turns on the 31st");
    assert!(rebuilt("2027-01-01"), "the new version starts");
    assert!(!rebuilt("2027-01-02"));
    let page = std::fs::read_to_string(dir.path().join("site/dinas/sku/index.html")).expect("page");
    assert!(page.contains("Rp15.000"));
}

#[test]
fn the_feeds_announce_an_upcoming_version_with_its_changes() {
    let site = site_on("2026-12-31");
    let unit = crate::common::atom_entries(&text(&site, "dinas/feed.xml"));
    let whole = crate::common::atom_entries(&text(&site, "feed.xml"));
    assert_eq!(unit, whole, "one unit: the site's feed is the unit's");
    let (id, title, content) = &unit[0];
    assert_eq!(
        id,
        "https://standar.contoh.go.id/dinas/sku/#versi-baru-2026-11-20"
    );
    assert_eq!(
        title,
        "Surat Keterangan Usaha — Versi baru berlaku mulai 1 Januari 2027"
    );
    assert!(content.contains("- Biaya/tarif — Penerbitan surat: Rp10.000 → Rp15.000\n"));
    assert!(
        unit.iter()
            .any(|(_, t, _)| t == "Surat Keterangan Usaha — Berlaku sejak 2 Januari 2025")
    );
    assert!(
        !unit.iter().any(|(_, t, _)| t.contains("Izin Reklame")),
        "no history: no entry for the draft"
    );
    // Every page links the site's feed; the unit page its own too.
    assert!(
        text(&site, "dinas/sku/index.html")
            .contains(r#"<link rel="alternate" type="application/atom+xml" href="../../feed.xml""#)
    );
    assert!(text(&site, "dinas/index.html").contains(r#"href="feed.xml" title="Dinas Contoh""#));
    // Without a base URL there is no feed (its ids and links must be absolute).
    let local = try_build(
        &corpus(),
        &SiteOptions {
            hari_ini: Some(day("2026-12-31")),
            ..SiteOptions::default()
        },
    )
    .expect("builds");
    assert!(!local.contains_key("feed.xml") && !local.contains_key("dinas/feed.xml"));
    assert!(!text(&local, "index.html").contains("application/atom+xml"));
}
