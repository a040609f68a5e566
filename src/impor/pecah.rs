//! Cutting a page into its parts: the opening (title, SK, unit), one block per component,
//! and the page furniture. Headings cut where the page has them; where a copy lost them
//! (the portal draws its headings as images), each block's component is inferred from what
//! it says and from the portal's fixed order, and marked as inferred.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::pola;

use super::baris::{Baris, Penanda};
use super::label::{Judul, judul};
use super::tebak::{COMPLAINT, FEE, cut_where_kind_changes, says_time};
use crate::model::komponen::Komponen;

/// One component's lines.
#[derive(Debug, Clone)]
pub struct Blok {
    /// The component.
    pub komponen: Komponen,
    /// Inferred from content and order, not from a heading: to be reviewed.
    pub ditebak: bool,
    /// The line of its heading, if it had one.
    pub judul: Option<usize>,
    /// Its lines (blank lines kept: they separate lists).
    pub baris: Vec<Baris>,
}

/// A page cut into parts.
#[derive(Debug, Clone, Default)]
pub struct Pecahan {
    /// The lines before the first component.
    pub pembuka: Vec<Baris>,
    /// The components, in page order (a component may come twice).
    pub blok: Vec<Blok>,
    /// Page furniture left out: banners, app-store links, repeated page headers.
    pub perabot: Vec<Baris>,
    /// The portal's SP4N-LAPOR! banner lines: they say the channel exists and are kept
    /// with it.
    pub lapor: Vec<Baris>,
    /// The lines after a component table (where and when it was signed, by whom): no
    /// component's.
    pub penutup: Vec<Baris>,
}

/// Lines every portal page carries, whatever the service.
const FURNITURE: &[&str] = &[
    "isu dan keluhan",
    "klik banner",
    "unduh di play store",
    "unduh di app store",
    "bagikan ke",
    "share this",
    "cetak halaman",
    "kembali ke atas",
];

/// What a page `standar build` made says where a component is empty: no content.
const PLACEHOLDERS: &[&str] = &[
    "belum dicantumkan.",
    "tidak dicantumkan dalam dokumen sumber.",
    "nomor sk belum dicantumkan.",
];

/// The portal's SP4N-LAPOR! banner text: furniture that says the channel exists.
const LAPOR_BANNER: &[&str] = &[
    "anda juga dapat menyampaikan pengaduan, aspirasi, maupun permintaan informasi melalui aplikasi lapor",
    "melalui lapor!, anda dapat menyampaikan permasalahan pelayanan publik",
];

/// The SK line (`No. SK : 027.58`), its number captured: it ends a portal page's opening.
pub(super) static SK_LINE: LazyLock<Regex> =
    LazyLock::new(|| pola(r"(?i)^(?:no(?:mor)?\.?\s*sk|nomor\s+keputusan)\b\s*:?\s*(.*)$"));

/// The portal cuts a long breadcrumb (`Pemerintah Kab. Jember / Bagian … Sekeratriat`) and
/// glues the rest (`Daerah Kabupaten Jember`) to the next line, the service's name or a
/// heading. Takes that tail off every line it was glued to; returns what it took.
fn unglue_breadcrumb_tail(lines: &mut [Baris]) -> Vec<Baris> {
    let cut: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            let (_, unit) = l.teks.split_once('/')?;
            BREADCRUMB
                .is_match(&l.teks)
                .then(|| unit.trim().to_string())
        })
        .filter(|u| !u.is_empty())
        .collect();
    let mut tails = Vec::new();
    for unit in &cut {
        for line in lines.iter() {
            if let Some(rest) = line.teks.strip_prefix(unit.as_str())
                && rest.starts_with(' ')
                && !BREADCRUMB.is_match(&line.teks)
            {
                tails.push((line.teks.clone(), rest.to_string()));
            }
        }
    }
    let mut taken = Vec::new();
    for (whole, tail) in tails {
        for line in lines.iter_mut() {
            if line.teks != whole
                && !BREADCRUMB.is_match(&line.teks)
                && line.teks.len() > tail.len()
                && line.teks.ends_with(&tail)
            {
                let kept = line.teks[..line.teks.len() - tail.len()].trim().to_string();
                taken.push(Baris {
                    teks: tail.trim().to_string(),
                    ..line.clone()
                });
                line.teks = kept;
            }
        }
    }
    taken
}

/// The headings of `lines`, with their line indices.
pub(super) fn headings(lines: &[Baris]) -> Vec<(usize, Judul)> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.tabel)
        .filter_map(|(i, l)| {
            let numbered = matches!(l.penanda, Some(Penanda::Angka(_) | Penanda::Huruf(_)));
            judul(&l.teks, numbered).map(|j| (i, j))
        })
        .collect()
}

/// Cuts `lines` into parts.
pub fn pecah(mut lines: Vec<Baris>) -> Pecahan {
    super::judul_terlipat::join_folded_headings(&mut lines);
    let mut pecahan = Pecahan {
        perabot: unglue_breadcrumb_tail(&mut lines),
        ..Pecahan::default()
    };
    let mut kept = Vec::new();
    for line in lines {
        let lower = line.teks.to_lowercase();
        let furniture =
            FURNITURE.iter().any(|f| lower.contains(f)) || PLACEHOLDERS.contains(&lower.trim());
        if LAPOR_BANNER.iter().any(|b| lower.starts_with(b))
            || (furniture && lower.contains("lapor!") && !lower.contains("klik banner"))
        {
            pecahan.lapor.push(line);
        } else if furniture {
            pecahan.perabot.push(line);
        } else {
            kept.push(line);
        }
    }
    let headings = headings(&kept);
    // One heading alone is more likely a line that happens to start like one
    // (`Jangka Waktu Penyelesaian Pengaduan :`) than the page's structure.
    let distinct: HashSet<Komponen> = headings.iter().map(|(_, j)| j.komponen).collect();
    if distinct.len() < 2 {
        infer(&mut pecahan, kept);
    } else {
        by_headings(&mut pecahan, kept, &headings);
    }
    drop_repeated_opening(&mut pecahan);
    pecahan
}

/// Cuts at the headings; the text after a heading on its line opens its block.
fn by_headings(pecahan: &mut Pecahan, lines: Vec<Baris>, headings: &[(usize, Judul)]) {
    let mut current: Option<Blok> = None;
    // Whether the current block is a row of a component table, and whether that table ended.
    let mut in_table = false;
    let mut after_table = false;
    let mut next = headings.iter().peekable();
    // Whether the current block's heading had a list marker (`L. JAMINAN PELAYANAN`).
    let mut marked = false;
    for (i, line) in lines.into_iter().enumerate() {
        // `L. JAMINAN PELAYANAN` then `Maklumat pelayanan`: an unmarked line that reads as a
        // heading, right under a marked heading still without content, is its content.
        let content_of_marked = marked
            && line.penanda.is_none()
            && current.as_ref().is_some_and(|b| b.baris.is_empty());
        let heading_here = next.next_if(|(at, _)| *at == i);
        if let Some((_, heading)) = heading_here.filter(|_| !content_of_marked) {
            marked = line.penanda.is_some();
            in_table = line.sel;
            after_table = false;
            // `ALUR PELAYANAN LANGSUNG` inside the procedure is a sub-heading of it.
            if let Some(blok) = &mut current
                && blok.komponen == heading.komponen
            {
                blok.baris.push(line);
                continue;
            }
            if let Some(done) = current.take() {
                pecahan.blok.push(done);
            }
            let mut blok = Blok {
                komponen: heading.komponen,
                ditebak: false,
                judul: Some(line.nomor),
                baris: Vec::new(),
            };
            if !heading.sisa.is_empty() {
                blok.baris.push(Baris {
                    teks: heading.sisa.clone(),
                    penanda: None,
                    ..line
                });
            }
            current = Some(blok);
            continue;
        }
        // Text after the table's last row is not that row's.
        after_table |= in_table && !line.sel && !line.kosong();
        match &mut current {
            _ if after_table => pecahan.penutup.push(line),
            Some(blok) => blok.baris.push(line),
            None => pecahan.pembuka.push(line),
        }
    }
    if let Some(done) = current {
        pecahan.blok.push(done);
    }
}

/// Lines of the opening that come again later (the portal repeats the unit's name, address
/// and breadcrumb at every page break) are furniture there.
fn drop_repeated_opening(pecahan: &mut Pecahan) {
    // The service's name (the line before the SK line) may come again as content: the
    // portal often gives it as the product.
    let title = pecahan
        .pembuka
        .iter()
        .position(|l| SK_LINE.is_match(&l.teks))
        .and_then(|sk| pecahan.pembuka[..sk].iter().rev().find(|l| !l.kosong()))
        .map(|l| l.teks.clone());
    let opening: HashSet<String> = pecahan
        .pembuka
        .iter()
        .filter(|l| l.teks.len() > 3 && Some(&l.teks) != title.as_ref())
        .map(|l| l.teks.clone())
        .collect();
    // A line of the opening met once later, alone, is content (the service's name as its
    // product); the portal's repeated header comes as a run of such lines, or again and
    // again.
    let is_repeat = |l: &Baris| l.penanda.is_none() && opening.contains(&l.teks);
    let mut times: HashMap<&str, usize> = HashMap::new();
    for line in pecahan
        .blok
        .iter()
        .flat_map(|b| &b.baris)
        .filter(|l| is_repeat(l))
    {
        *times.entry(line.teks.as_str()).or_default() += 1;
    }
    let again: HashSet<String> = times
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(t, _)| t.to_string())
        .collect();
    for blok in &mut pecahan.blok {
        let content: Vec<&Baris> = blok.baris.iter().filter(|l| !l.kosong()).collect();
        let in_run: HashSet<usize> = content
            .windows(2)
            .filter(|w| is_repeat(w[0]) && is_repeat(w[1]))
            .flat_map(|w| [w[0].nomor, w[1].nomor])
            .collect();
        let (repeated, kept): (Vec<Baris>, Vec<Baris>) = std::mem::take(&mut blok.baris)
            .into_iter()
            .partition(|l| is_repeat(l) && (in_run.contains(&l.nomor) || again.contains(&l.teks)));
        blok.baris = kept;
        pecahan.perabot.extend(repeated);
        // The portal's breadcrumb at a page break, and rules or marks without words. A lone
        // dash is kept: under a component's label it says there is none. In the procedure,
        // the words of a flowchart copied as text (`Mulai`, `Selesai`, `Ya`, `Tidak`): the
        // flowchart is drawn again from the steps.
        let procedure = blok.komponen == Komponen::Prosedur;
        let (furniture, kept): (Vec<Baris>, Vec<Baris>) =
            std::mem::take(&mut blok.baris).into_iter().partition(|l| {
                BREADCRUMB.is_match(&l.teks)
                    || (!l.kosong()
                        && !l.teks.chars().any(char::is_alphanumeric)
                        && !matches!(l.teks.trim(), "-" | "–" | "—"))
                    || (procedure && l.penanda.is_none() && flowchart_word(&l.teks))
            });
        blok.baris = kept;
        pecahan.perabot.extend(furniture);
    }
    pecahan.perabot.sort_by_key(|l| l.nomor);
}

/// A flowchart's own words, copied as text between the steps: its ends and the labels of
/// a decision's branches.
fn flowchart_word(text: &str) -> bool {
    let word = text.trim().trim_end_matches('.').to_lowercase();
    matches!(
        word.as_str(),
        "mulai" | "selesai" | "start" | "end" | "finish" | "ya" | "tidak" | "y" | "t"
    )
}

/// A run of lines that belong together: one list, or one paragraph.
struct Potongan {
    baris: Vec<Baris>,
}

impl Potongan {
    fn text(&self) -> String {
        self.baris
            .iter()
            .map(|l| l.teks.as_str())
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase()
    }

    fn is_list(&self) -> bool {
        self.baris.iter().all(|l| l.penanda.is_some())
    }
}

/// Splits lines into runs: a blank line or a list starting again at 1 ends a run; a list
/// continuing its numbering across a blank line stays one run.
fn runs(lines: Vec<Baris>) -> Vec<Potongan> {
    let mut out: Vec<Potongan> = Vec::new();
    let mut current: Vec<Baris> = Vec::new();
    let mut last_number: Option<u32> = None;
    for line in lines {
        if line.kosong() {
            if !current.is_empty() {
                out.push(Potongan {
                    baris: std::mem::take(&mut current),
                });
            }
            continue;
        }
        let number = match line.penanda {
            Some(Penanda::Angka(n)) => Some(n),
            Some(Penanda::Huruf(c)) => Some(u32::from(c.to_ascii_lowercase()) - u32::from('a') + 1),
            _ => None,
        };
        let restarts = number == Some(1) && !current.is_empty();
        let continues = number.is_some() && last_number.is_some_and(|n| Some(n + 1) == number);
        if restarts {
            out.push(Potongan {
                baris: std::mem::take(&mut current),
            });
        } else if continues
            && current.is_empty()
            && out.last().is_some_and(|p| p.is_list())
            && let Some(previous) = out.pop()
        {
            current = previous.baris;
        }
        if number.is_some() {
            last_number = number;
        } else if line.penanda.is_none() {
            last_number = None;
        }
        current.push(line);
    }
    if !current.is_empty() {
        out.push(Potongan { baris: current });
    }
    out
}

/// The portal's breadcrumb: `Pemerintah Kab. Jember / Bagian …`, with the kind of region,
/// its name and the unit captured.
pub(super) static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    pola(r"(?i)^pemerintah\s+(kab\.?|kabupaten|kota|prov\.?|provinsi)\s+([^/]+?)\s*/\s*(.*)$")
});

/// Assigns each run a component from what it says and the portal's order: requirements,
/// procedure, time, fee, product, complaints.
fn infer(pecahan: &mut Pecahan, lines: Vec<Baris>) {
    // The opening runs to the SK line, or to the first list.
    let sk = lines.iter().position(|l| SK_LINE.is_match(&l.teks));
    let first_list = lines.iter().position(|l| l.penanda.is_some());
    let end = match (sk, first_list) {
        (Some(sk), _) => sk + 1,
        (None, Some(list)) => list,
        (None, None) => lines.iter().position(|l| !l.kosong()).map_or(0, |i| i + 1),
    };
    let mut lines = lines;
    let rest = lines.split_off(end.min(lines.len()));
    pecahan.pembuka = lines;
    // A portal copy without blank lines runs its components together: a line that says
    // by itself what it is (a duration, a fee, a contact) and a change from items to steps
    // cut the runs too.
    let runs: Vec<Potongan> = runs(rest)
        .into_iter()
        .flat_map(|run| cut_where_kind_changes(run.baris))
        .map(|baris| Potongan { baris })
        .collect();
    let mut order: Vec<Komponen> = Vec::with_capacity(runs.len());
    // What came before, kept as it grows: one look per run, not a scan of all before it.
    let mut seen: Vec<Komponen> = Vec::new();
    let mut complaint_started = false;
    for run in &runs {
        let text = run.text();
        let guess = if complaint_started || COMPLAINT.is_match(&text) {
            complaint_started = true;
            Some(Komponen::Pengaduan)
        } else if FEE.is_match(&text) && run.baris.len() <= 3 {
            Some(Komponen::Biaya)
        } else if says_time(&run.baris) {
            Some(Komponen::JangkaWaktu)
        } else {
            None
        };
        let komponen = guess.unwrap_or_else(|| place(&seen));
        if !seen.contains(&komponen) {
            seen.push(komponen);
        }
        order.push(komponen);
    }
    for (run, komponen) in runs.into_iter().zip(order) {
        match pecahan.blok.last_mut() {
            Some(last) if last.komponen == komponen => {
                last.baris.push(Baris {
                    nomor: run.baris.first().map_or(0, |l| l.nomor),
                    teks: String::new(),
                    penanda: None,
                    tabel: false,
                    sel: false,
                });
                last.baris.extend(run.baris);
            }
            _ => pecahan.blok.push(Blok {
                komponen,
                ditebak: true,
                judul: None,
                baris: run.baris,
            }),
        }
    }
}

/// The component of a run that says nothing telling, from the components that came before
/// it (each once).
fn place(before: &[Komponen]) -> Komponen {
    let seen = |k: Komponen| before.contains(&k);
    if seen(Komponen::Biaya) {
        Komponen::Produk
    } else if seen(Komponen::JangkaWaktu) {
        // Between time and fee: more about time.
        Komponen::JangkaWaktu
    } else if seen(Komponen::Persyaratan) {
        Komponen::Prosedur
    } else {
        Komponen::Persyaratan
    }
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::*;

    fn parts(text: &str) -> Vec<(Komponen, bool, Vec<String>)> {
        pecah(baca(text))
            .blok
            .into_iter()
            .map(|b| {
                (
                    b.komponen,
                    b.ditebak,
                    b.baris
                        .into_iter()
                        .filter(|l| !l.kosong())
                        .map(|l| l.teks)
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn headings_cut_the_page() {
        let found = parts(
            "Layanan A\nNo. SK : 1\n\nPersyaratan\n1. KTP\n2. KK\n\nBiaya / Tarif\nTidak dipungut biaya\n",
        );
        assert_eq!(
            found,
            [
                (
                    Komponen::Persyaratan,
                    false,
                    vec!["KTP".to_string(), "KK".to_string()]
                ),
                (
                    Komponen::Biaya,
                    false,
                    vec!["Tidak dipungut biaya".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn without_headings_the_portal_order_and_the_content_decide() {
        let found = parts(
            "Layanan B\n\nNo. SK: 29/2022\n\n  1. Surat permohonan\n\n  1. a. Tamu menuju petugas\n  2. b. Mengisi buku tamu\n\nPenyelesaian Administrasi : 15 Menit\n\nTidak dipungut biaya\n\nSurat jawaban\n\nPengaduan dapat dilakukan melalui :\n  1. WA : 0812\n\nIsu dan Keluhan\n",
        );
        let komponen: Vec<Komponen> = found.iter().map(|(k, _, _)| *k).collect();
        assert_eq!(
            komponen,
            [
                Komponen::Persyaratan,
                Komponen::Prosedur,
                Komponen::JangkaWaktu,
                Komponen::Biaya,
                Komponen::Produk,
                Komponen::Pengaduan
            ]
        );
        assert!(found.iter().all(|(_, guessed, _)| *guessed));
    }
}
