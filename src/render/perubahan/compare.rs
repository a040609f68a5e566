//! Two versions of one section compared fact by fact.

use std::collections::{BTreeMap, VecDeque};

use super::facts::{Fact, Section};
use super::{JenisPerubahan, Perubahan};

/// The changes from `old` to `new` (the same section of two versions). Facts pair up by
/// their `kunci`, in order when a key occurs more than once; paired facts that read
/// differently are changed, the rest removed or added; a section whose facts are the same
/// but in another order is reordered.
pub(super) fn section(old: &Section, new: &Section) -> Vec<Perubahan> {
    let mut waiting: BTreeMap<&str, VecDeque<&Fact>> = BTreeMap::new();
    for fact in &new.facts {
        waiting.entry(&fact.kunci).or_default().push_back(fact);
    }
    let mut changes = Vec::new();
    // How many facts of each key were paired: the first ones of that key in the new version.
    let mut paired: BTreeMap<&str, usize> = BTreeMap::new();
    for before in &old.facts {
        match waiting
            .get_mut(before.kunci.as_str())
            .and_then(VecDeque::pop_front)
        {
            Some(after) => {
                *paired.entry(&after.kunci).or_default() += 1;
                if after.teks != before.teks {
                    changes.push(change(
                        old,
                        before,
                        JenisPerubahan::Diubah,
                        Some(before),
                        Some(after),
                    ));
                }
            }
            None => changes.push(change(
                old,
                before,
                JenisPerubahan::Dihapus,
                Some(before),
                None,
            )),
        }
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for fact in &new.facts {
        let index = seen.entry(&fact.kunci).or_default();
        if *index >= paired.get(fact.kunci.as_str()).copied().unwrap_or(0) {
            changes.push(change(
                new,
                fact,
                JenisPerubahan::Ditambah,
                None,
                Some(fact),
            ));
        }
        *index += 1;
    }
    if changes.is_empty() && !same_order(&old.facts, &new.facts) {
        changes.push(Perubahan {
            bagian: new.judul.clone(),
            jenis: JenisPerubahan::Diurutkan,
            sebelum: None,
            sesudah: None,
        });
    }
    changes
}

/// Whether two lists of the same facts name them in the same order.
fn same_order(old: &[Fact], new: &[Fact]) -> bool {
    old.iter()
        .map(|f| &f.kunci)
        .eq(new.iter().map(|f| &f.kunci))
}

/// A change of `fact` in `section`: the section's title, and the field's when it has one
/// of its own.
fn change(
    section: &Section,
    fact: &Fact,
    jenis: JenisPerubahan,
    before: Option<&Fact>,
    after: Option<&Fact>,
) -> Perubahan {
    let mut bagian = match &fact.judul {
        Some(field) if *field != section.judul => format!("{} — {field}", section.judul),
        _ => section.judul.clone(),
    };
    let mut sebelum = before.map(|f| f.teks.as_str());
    let mut sesudah = after.map(|f| f.teks.as_str());
    // An item whose details changed is named once: "Persyaratan — KTP: asli → fotokopi".
    if let (JenisPerubahan::Diubah, None, Some(old), Some(new)) = (
        jenis,
        &fact.judul,
        details(sebelum, &fact.kunci),
        details(sesudah, &fact.kunci),
    ) {
        bagian = format!("{bagian} — {}", fact.kunci);
        (sebelum, sesudah) = (Some(old), Some(new));
    }
    Perubahan {
        bagian,
        jenis,
        sebelum: sebelum.map(str::to_owned),
        sesudah: sesudah.map(str::to_owned),
    }
}

/// What an item's text says after its key: `asli` in `KTP — asli`.
fn details<'t>(text: Option<&'t str>, kunci: &str) -> Option<&'t str> {
    let rest = text?.strip_prefix(kunci)?;
    let rest = [" — ", ": "]
        .iter()
        .find_map(|separator| rest.strip_prefix(separator))
        .unwrap_or(rest);
    Some(rest).filter(|r| !r.is_empty())
}
