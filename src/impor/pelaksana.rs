//! Who does a procedure step, where the step names it at its start: `Petugas memverifikasi
//! berkas` is done by `Petugas`, `Tim teknis meninjau lokasi` by `Tim teknis`. Only words
//! that name people or offices count, and only before the step's verb; a step that starts
//! with its object (`Izin ditandatangani …`) names no one.

/// Words that begin the name of who acts.
const ACTORS: &[&str] = &[
    "pemohon",
    "petugas",
    "tim",
    "kepala",
    "kasi",
    "kasubag",
    "kasubbag",
    "kabid",
    "kabag",
    "sekretaris",
    "operator",
    "verifikator",
    "validator",
    "penguji",
    "pejabat",
    "staf",
    "staff",
    "pegawai",
    "pasien",
    "masyarakat",
    "pengguna",
    "pelanggan",
    "wajib",
    "admin",
    "administrator",
    "bendahara",
    "kasir",
    "dokter",
    "perawat",
    "bidan",
    "apoteker",
    "camat",
    "lurah",
    "bupati",
    "walikota",
    "wali",
    "gubernur",
    "direktur",
    "pimpinan",
    "pelaksana",
    "front",
    "customer",
    "resepsionis",
    "analis",
    "pengelola",
    "penyuluh",
    "pengawas",
    "inspektur",
    "satpam",
    "pendamping",
    "panitia",
    "pekerja",
    "penggugat",
    "panitera",
    "kades",
    "pelaku",
    "calon",
    "penyidik",
    // Heads of sections as central offices abbreviate them (police units, courts, KUA).
    "kasat",
    "kanit",
    "kaur",
    "kasie",
    "kasubsi",
    "kasubid",
    "kasubdit",
    "kadis",
    "kapolsek",
    "kapolres",
    "ketua",
    "hakim",
    "jaksa",
    "penghulu",
    "sekdes",
];

/// The longest name of who acts: words before the verb.
const MOST_WORDS: usize = 5;

/// Who does the step, when its first words name them.
pub(super) fn pelaksana(step: &str) -> Option<String> {
    let words: Vec<&str> = step.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !ACTORS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) {
        return None;
    }
    // `Pemohon yang …`: a clause describes the actor; too uncertain to name one.
    let verb = words
        .iter()
        .position(|w| is_verb(w) || MODALS.contains(&w.to_lowercase().as_str()))?;
    if verb == 0
        || verb > MOST_WORDS
        || words[..verb].iter().any(|w| w.eq_ignore_ascii_case("yang"))
    {
        return None;
    }
    let name: Vec<&str> = words[..verb]
        .iter()
        .map(|w| w.trim_end_matches([',', ';', ':']))
        .collect();
    let mut name = name.join(" ");
    if let Some(first) = name.get(..1) {
        name = first.to_uppercase() + &name[1..];
    }
    Some(name)
}

/// Words between the actor and the verb (`Pemohon dapat datang …`).
const MODALS: &[&str] = &[
    "dapat", "bisa", "akan", "harus", "wajib", "perlu", "segera", "sudah", "telah", "lalu",
    "kemudian", "langsung",
];

/// Nouns that start like verbs (`Dinas`, `berkas`).
const NOT_VERBS: &[&str] = &[
    "dinas", "direktur", "distrik", "berkas", "meja", "media", "menteri", "terminal", "teknis",
];

/// Whether a word reads as an Indonesian verb: active `me-`/`ber-` forms, passive `di-`
/// forms, and the few bare verbs steps start with; in lower case (a capital inside a step
/// is a name: `Kepala Dinas`).
fn is_verb(word: &str) -> bool {
    if word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let w = word.to_lowercase();
    let long = w.chars().count() > 4 && !NOT_VERBS.contains(&w.as_str());
    (long && ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p)))
        || [
            "datang", "mengisi", "isi", "bayar", "ambil", "tiba", "masuk", "pulang", "akan",
        ]
        .contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_actor_is_named_before_the_verb() {
        assert_eq!(
            pelaksana("Pemohon mengajukan permohonan").as_deref(),
            Some("Pemohon")
        );
        assert_eq!(
            pelaksana("Tim teknis meninjau lokasi;").as_deref(),
            Some("Tim teknis")
        );
        assert_eq!(
            pelaksana("Kepala Dinas menandatangani izin").as_deref(),
            Some("Kepala Dinas")
        );
        assert_eq!(
            pelaksana("Kepala Bagian PROKOPIM dapat melayani langsung").as_deref(),
            Some("Kepala Bagian PROKOPIM")
        );
        assert_eq!(
            pelaksana("petugas loket memeriksa").as_deref(),
            Some("Petugas loket")
        );
        assert_eq!(
            pelaksana("Kasat Intelkam menandatangani SKCK").as_deref(),
            Some("Kasat Intelkam")
        );
        assert_eq!(
            pelaksana("Penghulu memeriksa data calon pengantin").as_deref(),
            Some("Penghulu")
        );
        assert_eq!(pelaksana("Izin ditandatangani kepala dinas"), None);
        assert_eq!(pelaksana("Pemohon"), None);
        assert_eq!(
            pelaksana("Pemohon yang sudah lengkap berkasnya dan antre lama menunggu"),
            None
        );
    }
}
