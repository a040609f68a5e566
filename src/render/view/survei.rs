//! The satisfaction survey as the unit's page and its standards' pages show it: each period's
//! index, grade, respondents, the nine averages and the follow-up, newest first.

use serde::Serialize;

use crate::corpus::survei::HasilSurvei;
use crate::model::ikm::{Mutu, dua_desimal};
use crate::model::situs::Bahasa;
use crate::model::survei::StatusTindakLanjut;
use crate::render::format::tanggal;
use crate::render::grafik_ikm;
use crate::render::labels::Labels;

/// A unit's surveys.
#[derive(Debug, Clone, Serialize)]
pub struct SurveyView {
    /// Every period, newest first.
    pub periode: Vec<PeriodView>,
    /// The file of the trend chart beside the unit page, when there are two periods or more.
    pub grafik: Option<String>,
    /// What the chart shows, in words (its text alternative).
    pub grafik_teks: Option<String>,
    /// The chart itself (SVG), written beside the unit page.
    #[serde(skip)]
    pub gambar: Option<String>,
    /// The results as computed, oldest first, for `survei-kepuasan.json`.
    #[serde(skip)]
    pub hasil: Vec<HasilSurvei>,
}

/// One period's result.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodView {
    pub periode: String,
    /// `1 Januari 2026 – 30 Juni 2026`.
    pub rentang: String,
    /// The converted index, two decimals (`82,47`).
    pub nilai: String,
    pub mutu: &'static str,
    pub kinerja: &'static str,
    pub responden: u64,
    /// Said when fewer answered than the population needs.
    pub responden_kurang: Option<String>,
    /// The services surveyed, by name; empty for the whole unit.
    pub layanan: Vec<String>,
    /// Their slugs, to find the period of a standard.
    #[serde(skip)]
    pub slugs: Option<Vec<String>>,
    pub unsur: Vec<ElementView>,
    pub laporan: Option<String>,
    pub tindak_lanjut: Vec<FollowUpView>,
    /// The last day, to order periods.
    #[serde(skip)]
    pub sampai: crate::model::waktu::Tanggal,
}

/// One element's average.
#[derive(Debug, Clone, Serialize)]
pub struct ElementView {
    pub kode: String,
    pub nama: &'static str,
    pub nrr: String,
}

/// One follow-up action.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpView {
    pub unsur: Option<&'static str>,
    pub tindakan: String,
    pub status: &'static str,
    pub selesai: bool,
    pub target: Option<String>,
}

impl SurveyView {
    /// The view of `results` (oldest first), with `name_of` giving a standard's name from its
    /// slug; `None` without results.
    pub fn of(
        results: &[HasilSurvei],
        name_of: impl Fn(&str) -> String,
        t: &Labels,
        bahasa: Bahasa,
    ) -> Option<SurveyView> {
        if results.is_empty() {
            return None;
        }
        let number = |x: f64| match bahasa {
            Bahasa::Id => dua_desimal(x),
            Bahasa::En => dua_desimal(x).replace(',', "."),
        };
        let periode: Vec<PeriodView> = results
            .iter()
            .rev()
            .map(|r| period(r, &name_of, t, bahasa, &number))
            .collect();
        let whole_unit: Vec<&HasilSurvei> =
            results.iter().filter(|r| r.layanan.is_none()).collect();
        let drawn = &whole_unit[whole_unit.len().saturating_sub(grafik_ikm::MAX_PERIODS)..];
        let (grafik, grafik_teks, gambar) = if drawn.len() >= 2 {
            let words = drawn
                .iter()
                .map(|r| format!("{}: {}", r.periode, number(r.indeks.nilai)))
                .collect::<Vec<_>>()
                .join("; ");
            let picture = grafik_ikm::draw(drawn, bahasa == Bahasa::Id);
            (
                Some(grafik_ikm::FILE.to_string()),
                Some(words),
                Some(picture),
            )
        } else {
            (None, None, None)
        };
        Some(SurveyView {
            periode,
            grafik,
            grafik_teks,
            gambar,
            hasil: results.to_vec(),
        })
    }

    /// The newest period that surveyed the service `slug`: one naming it before one of the
    /// whole unit that ends the same day.
    pub fn untuk(&self, slug: &str) -> Option<&PeriodView> {
        self.periode
            .iter()
            .filter(|p| p.slugs.as_ref().is_none_or(|s| s.iter().any(|x| x == slug)))
            .max_by_key(|p| (p.sampai, p.slugs.is_some()))
    }
}

fn period(
    r: &HasilSurvei,
    name_of: &impl Fn(&str) -> String,
    t: &Labels,
    bahasa: Bahasa,
    number: &impl Fn(f64) -> String,
) -> PeriodView {
    let s = &t.survei;
    let grade = match r.indeks.mutu {
        Mutu::A => 0,
        Mutu::B => 1,
        Mutu::C => 2,
        Mutu::D => 3,
    };
    PeriodView {
        periode: r.periode.clone(),
        rentang: format!(
            "{} – {}",
            tanggal(&r.mulai, bahasa),
            tanggal(&r.sampai, bahasa)
        ),
        nilai: number(r.indeks.nilai),
        mutu: r.indeks.mutu.huruf(),
        kinerja: s.kinerja[grade],
        responden: r.responden,
        responden_kurang: r.responden_kurang().then(|| {
            s.responden_kurang
                .replacen("{}", &r.sampel_minimum.unwrap_or_default().to_string(), 1)
                .replacen("{}", &r.populasi.unwrap_or_default().to_string(), 1)
        }),
        layanan: r
            .layanan
            .iter()
            .flatten()
            .map(|slug| name_of(slug))
            .collect(),
        slugs: r.layanan.clone(),
        unsur: r
            .indeks
            .nrr
            .iter()
            .enumerate()
            .map(|(i, nrr)| ElementView {
                kode: format!("U{}", i + 1),
                nama: s.nama_unsur[i],
                nrr: number(*nrr),
            })
            .collect(),
        laporan: r.laporan.clone(),
        tindak_lanjut: r
            .tindak_lanjut
            .iter()
            .map(|step| FollowUpView {
                unsur: step.unsur.map(|u| s.nama_unsur[u as usize]),
                tindakan: step.tindakan.clone(),
                status: s.status[step.status as usize],
                selesai: step.status == StatusTindakLanjut::Selesai,
                target: step
                    .target
                    .map(|d| s.target.replacen("{}", &tanggal(&d, bahasa), 1)),
            })
            .collect(),
        sampai: r.sampai,
    }
}
