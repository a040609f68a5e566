//! The procedure: its flows, their steps and decisions, and the SOP-AP table of who does
//! which step.

use serde::Serialize;

use super::non_empty;
use crate::model::prosedur::{Alur, Langkah, Pelaksana, Prosedur, Tujuan};
use crate::model::situs::Bahasa;
use crate::render::format;
use crate::render::labels::Labels;
use crate::render::text::Rich;

/// The procedure.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedureView {
    /// Whether any flow has a step.
    pub ada_langkah: bool,
    pub keterangan: Option<Rich>,
    pub pelaksana: Vec<ActorView>,
    pub alur: Vec<FlowView>,
}

/// One flow of the procedure.
#[derive(Debug, Clone, Serialize)]
pub struct FlowView {
    pub nama: Option<String>,
    pub keterangan: Option<Rich>,
    pub langkah: Vec<StepView>,
    /// Whether some step has a time (listed under the completion time).
    pub ada_waktu: bool,
    /// Present when the flow names actors or quality standards.
    pub sop: Option<SopTable>,
    /// File name of the flow's chart, beside the page (`alur.svg`, `alur-2.svg`).
    pub bagan: String,
    /// The chart's width and height on the page, in CSS pixels: its smallest text at 12 px.
    pub lebar: u32,
    pub tinggi: u32,
}

/// One step of a flow.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    pub nomor: usize,
    pub uraian: String,
    /// The short text for tables and charts (the description when there is none).
    pub singkat: String,
    /// The actors as one text: `Operator, Kepala Dinas`.
    pub pelaksana: Option<String>,
    /// Each actor named by the step, in the order written.
    pub pelaksana_semua: Vec<String>,
    pub waktu: Option<String>,
    pub kelengkapan: Option<String>,
    pub output: Option<String>,
    pub keterangan: Option<Rich>,
    pub keputusan: Option<DecisionView>,
}

/// A yes/no branch.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    pub pertanyaan: String,
    /// Where "yes" leads, as a sentence (`lanjut ke langkah 5`, `Selesai`).
    pub ya: String,
    pub tidak: String,
    /// The step number "yes" and "no" lead to; `None` is the end of the flow.
    #[serde(skip)]
    pub ke: [Option<usize>; 2],
}

/// A declared actor.
#[derive(Debug, Clone, Serialize)]
pub struct ActorView {
    pub nama: String,
    pub keterangan: Option<String>,
    /// An electronic system rather than a person.
    pub sistem: bool,
}

/// The SOP-AP table of a flow: one column per actor, then the quality standards. Row `i`
/// is step `i` of the flow; `sel[i]` holds its actor cells.
#[derive(Debug, Clone, Serialize)]
pub struct SopTable {
    /// The actors of the columns, as steps name them; the last may be the column of steps
    /// that name no actor.
    pub kolom: Vec<String>,
    /// The columns' headings: the actor, marked when it is a system.
    pub judul_kolom: Vec<String>,
    /// Whether each column is an electronic system rather than a person.
    pub sistem: Vec<bool>,
    /// Whether the last column holds the steps that name no actor.
    pub tanpa_pelaksana: bool,
    pub sel: Vec<Vec<SopCell>>,
}

/// A cell of an actor column in the SOP-AP table.
#[derive(Debug, Clone, Serialize)]
pub struct SopCell {
    /// The step is done by this column's actor.
    pub aktif: bool,
    /// `Mulai` on the first step, `Selesai` on the last, else empty.
    pub tanda: String,
}

/// The declared actors.
pub(super) fn actors(declared: Option<&[Pelaksana]>) -> Vec<ActorView> {
    declared
        .unwrap_or_default()
        .iter()
        .map(|a| ActorView {
            nama: a.nama().to_string(),
            keterangan: non_empty(a.keterangan()),
            sistem: a.sistem(),
        })
        .collect()
}

/// The steps of a flow, each decision's targets written as sentences.
pub(super) fn steps(langkah: &[Langkah], t: &Labels, bahasa: Bahasa) -> Vec<StepView> {
    let target = |tujuan: Option<Tujuan>, number: usize| match tujuan {
        Some(Tujuan::Akhir(_)) => t.selesai.to_string(),
        Some(Tujuan::Langkah(n)) => format!("{} {n}", t.ke_langkah),
        None if number < langkah.len() => format!("{} {}", t.ke_langkah, number + 1),
        None => t.selesai.to_string(),
    };
    langkah
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let number = i + 1;
            let detail = step.rinci();
            StepView {
                nomor: number,
                uraian: step.uraian().to_string(),
                singkat: detail
                    .and_then(|d| non_empty(d.uraian_singkat.as_deref()))
                    .unwrap_or_else(|| step.uraian().to_string()),
                pelaksana: Some(step.pelaksana().join(", ")).filter(|p| !p.is_empty()),
                pelaksana_semua: step.pelaksana().into_iter().map(str::to_string).collect(),
                waktu: step.waktu().map(|d| format::durasi(d, bahasa)),
                kelengkapan: detail
                    .and_then(|d| d.mutu_baku.as_ref())
                    .and_then(|m| non_empty(m.kelengkapan.as_deref())),
                output: detail
                    .and_then(|d| d.mutu_baku.as_ref())
                    .and_then(|m| non_empty(m.output.as_deref())),
                keterangan: detail.and_then(|d| Rich::maybe(d.keterangan.as_deref())),
                keputusan: detail
                    .and_then(|d| d.keputusan.as_ref())
                    .map(|k| DecisionView {
                        pertanyaan: k.pertanyaan.clone(),
                        ya: target(k.ya, number),
                        tidak: target(k.tidak, number),
                        ke: [k.ya, k.tidak].map(|tujuan| match tujuan {
                            Some(Tujuan::Langkah(n)) => {
                                let n = n as usize;
                                (n <= langkah.len()).then_some(n)
                            }
                            Some(Tujuan::Akhir(_)) => None,
                            None => (number < langkah.len()).then_some(number + 1),
                        }),
                    }),
            }
        })
        .collect()
}

/// A flow with its steps and, when it names actors or quality standards, its SOP-AP table.
fn flow(alur: &Alur, declared: Option<&[Pelaksana]>, t: &Labels, bahasa: Bahasa) -> FlowView {
    let langkah = steps(&alur.langkah, t, bahasa);
    let has_actor = langkah.iter().any(|s| s.pelaksana.is_some());
    let has_quality = langkah
        .iter()
        .any(|s| s.kelengkapan.is_some() || s.output.is_some() || s.waktu.is_some());
    let sop = (has_actor || has_quality).then(|| {
        // Columns: the declared actors this flow uses, in declaration order, then one for
        // the steps that name none when others do (never drawn in someone else's column).
        let used: Vec<&Pelaksana> = declared
            .unwrap_or_default()
            .iter()
            .filter(|a| {
                langkah
                    .iter()
                    .any(|s| s.pelaksana_semua.iter().any(|p| p == a.nama()))
            })
            .collect();
        let mut kolom: Vec<String> = used.iter().map(|a| a.nama().to_string()).collect();
        let mut sistem: Vec<bool> = used.iter().map(|a| a.sistem()).collect();
        let tanpa_pelaksana = has_actor && langkah.iter().any(|s| s.pelaksana_semua.is_empty());
        if tanpa_pelaksana {
            kolom.push(t.tidak_disebut.to_string());
            sistem.push(false);
        }
        let judul_kolom = kolom
            .iter()
            .zip(&sistem)
            .map(|(name, system)| match system {
                true => format!("{name} ({})", t.sistem),
                false => name.clone(),
            })
            .collect();
        let last = langkah.len();
        let sel = langkah
            .iter()
            .map(|step| {
                kolom
                    .iter()
                    .enumerate()
                    .map(|(column, actor)| {
                        let aktif = step.pelaksana_semua.contains(actor)
                            || (tanpa_pelaksana
                                && column + 1 == kolom.len()
                                && step.pelaksana_semua.is_empty());
                        let tanda = match (aktif, step.nomor) {
                            (true, 1) => t.mulai,
                            (true, n) if n == last => t.selesai,
                            _ => "",
                        };
                        SopCell {
                            aktif,
                            tanda: tanda.to_string(),
                        }
                    })
                    .collect()
            })
            .collect();
        SopTable {
            kolom,
            judul_kolom,
            sistem,
            tanpa_pelaksana,
            sel,
        }
    });
    FlowView {
        nama: non_empty(alur.nama.as_deref()),
        keterangan: Rich::maybe(alur.keterangan.as_deref()),
        ada_waktu: langkah.iter().any(|s| s.waktu.is_some()),
        langkah,
        sop,
        bagan: String::new(),
        lebar: 0,
        tinggi: 0,
    }
}

/// The procedure with its flows; each flow's chart file is named after its position.
pub(super) fn procedure(p: &Prosedur, t: &Labels, bahasa: Bahasa) -> ProcedureView {
    ProcedureView {
        ada_langkah: p.alur.iter().any(|a| !a.langkah.is_empty()),
        keterangan: Rich::maybe(p.keterangan.as_deref()),
        pelaksana: actors(p.pelaksana.as_deref()),
        alur: p
            .alur
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut view = flow(a, p.pelaksana.as_deref(), t, bahasa);
                view.bagan = match p.alur.len() {
                    1 => "alur.svg".to_string(),
                    _ => format!("alur-{}.svg", i + 1),
                };
                view
            })
            .collect(),
    }
}
