//! Steps must name declared actors, and decision branches must lead to existing steps.

use crate::diagnostic::{Code, Diagnostic};
use crate::model::keys;
use crate::model::prosedur::{Langkah, Pelaksana, Tujuan};
use crate::parse::path::NodePath;
use crate::parse::{Document, Target};
use crate::validate::closest;

/// Checks one list of steps against the actors declared for it.
///
/// `steps_at` is where the step list is written and `actors_at` the declaration.
pub fn check_steps(
    doc: &Document,
    steps: &[Langkah],
    steps_at: &NodePath,
    actors: Option<&[Pelaksana]>,
    actors_at: &NodePath,
    out: &mut Vec<Diagnostic>,
) {
    let actors_pointer = actors_at.pointer();
    let declared: Vec<&str> = actors
        .unwrap_or_default()
        .iter()
        .map(Pelaksana::nama)
        .collect();
    let some_named = steps.iter().any(|s| !s.pelaksana().is_empty());
    for (i, step) in steps.iter().enumerate() {
        let step_at = steps_at.index(i);
        let named = step.pelaksana();
        if some_named && named.is_empty() {
            out.push(
                doc.diagnostic(
                    Code::StepWithoutActor,
                    &step_at,
                    Target::Value,
                    format!(
                        "langkah {} tidak menyebut pelaksananya, padahal langkah lain dalam alur ini menyebutnya",
                        i + 1
                    ),
                )
                .help("tulis `pelaksana:` langkah ini (bagan alir menggambarnya di kolom \"tidak disebut\" sampai pelaksananya ditulis)"),
            );
        }
        for actor in named.into_iter().filter(|a| !declared.contains(a)) {
            let help = unknown_actor_help(actor, &declared, actors_pointer);
            out.push(
                doc.diagnostic(
                    Code::UnknownActor,
                    &step_at.key(keys::PELAKSANA),
                    Target::Value,
                    format!(
                        "langkah {} menyebut pelaksana `{actor}` yang tidak dideklarasikan",
                        i + 1
                    ),
                )
                .help(help),
            );
        }
        let Some(decision) = step.rinci().and_then(|s| s.keputusan.as_ref()) else {
            continue;
        };
        for (answer, key, target) in [
            ("ya", keys::YA, decision.ya),
            ("tidak", keys::TIDAK, decision.tidak),
        ] {
            if let Some(Tujuan::Langkah(number)) = target
                && (number == 0 || number as usize > steps.len())
            {
                out.push(
                    doc.diagnostic(
                        Code::UnknownStep,
                        &step_at.key(keys::KEPUTUSAN).key(key),
                        Target::Value,
                        format!(
                            "jawaban `{answer}` menuju langkah {number}, padahal alur ini hanya punya {} langkah",
                            steps.len()
                        ),
                    )
                    .help(format!("tulis nomor langkah 1–{}, atau `selesai`", steps.len())),
                );
            }
        }
    }
}

fn key_path(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

/// How to fix a step's actor that is not declared: a list written as one name, a typo, or
/// a new actor to declare.
fn unknown_actor_help(actor: &str, declared: &[&str], actors_pointer: &str) -> String {
    let parts: Vec<&str> = actor
        .split([',', '&'])
        .flat_map(|p| p.split(" dan "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let joined = parts.len() > 1 && parts.iter().all(|p| declared.contains(p));
    match (
        declared.is_empty(),
        closest(actor, declared.iter().copied()),
    ) {
        _ if joined => format!(
            "beberapa pelaksana ditulis sebagai daftar: `pelaksana: [{}]`",
            parts.join(", ")
        ),
        (true, _) => format!(
            "deklarasikan para pelaksana di `{actors_pointer_key}:`, misalnya\n  pelaksana:\n    - {actor}",
            actors_pointer_key = key_path(actors_pointer)
        ),
        (false, Some(suggestion)) => format!(
            "maksud Anda `{suggestion}`? Atau tambahkan `{actor}` ke `{}`",
            key_path(actors_pointer)
        ),
        (false, None) => format!(
            "pelaksana yang dideklarasikan: {}; tambahkan `{actor}` ke `{}` bila memang pelaksana baru",
            declared.join(", "),
            key_path(actors_pointer)
        ),
    }
}
