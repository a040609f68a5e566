//! A document of several services cut into one run of lines per service, each with its
//! own title block.

use super::baris::Baris;
use super::label::judul;
use super::pecah::headings;
use crate::model::komponen::Komponen;

/// Cuts a page listing several services into one run of lines per service: a service
/// starts again at a `STANDAR PELAYANAN` title line after components, or where the
/// requirements come back after three or more components, together with the line naming it
/// just before (`2. Pelayanan Legalisir Ijazah`).
pub fn layanan(lines: Vec<Baris>) -> Vec<Vec<Baris>> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut seen: Vec<Komponen> = Vec::new();
    let mut titles = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| opens_a_standard(l))
        .map(|(i, _)| i)
        .peekable();
    for (at, heading) in headings(&lines) {
        // A title line between the components seen and this heading opens the next one.
        while let Some(title) = titles.next_if(|t| *t < at) {
            if !seen.is_empty() {
                cuts.push(title);
                seen.clear();
            }
        }
        // Only requirements coming back start a service: a page's summary may name time,
        // fee and complaints before their sections.
        if heading.komponen == Komponen::Persyaratan
            && seen.contains(&Komponen::Persyaratan)
            && seen.len() >= 3
        {
            // The service's name: the nearest line before, if it is no list item.
            let named = lines[..at]
                .iter()
                .rposition(|l| !l.kosong())
                .filter(|&i| names_a_service(&lines[i]))
                .filter(|&i| cuts.last().is_none_or(|&c| i > c));
            let floor = cuts.last().copied();
            cuts.push(named.map_or(at, |i| title_block_start(&lines, i, floor)));
            seen.clear();
        }
        if !seen.contains(&heading.komponen) {
            seen.push(heading.komponen);
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut rest = lines;
    for cut in cuts.into_iter().rev() {
        let tail = rest.split_off(cut.min(rest.len()));
        out.push(tail);
    }
    out.push(rest);
    out.reverse();
    out
}

/// The first line of the title block ending at `named` (`STANDAR PELAYANAN`, the name, the
/// unit): the paragraph holding it, when a blank line opens it within a few lines, each of
/// which could name a service; else `named` alone.
fn title_block_start(lines: &[Baris], named: usize, floor: Option<usize>) -> usize {
    let mut start = named;
    while start > 0
        && named - start < 6
        && floor.is_none_or(|f| start - 1 > f)
        && !lines[start - 1].kosong()
        && names_a_service(&lines[start - 1])
    {
        start -= 1;
    }
    let opened_by_blank = start == 0 || lines[start - 1].kosong();
    if opened_by_blank { start } else { named }
}

/// Whether a line is a standard's own title, `STANDAR PELAYANAN` alone on its line.
fn opens_a_standard(line: &Baris) -> bool {
    line.penanda.is_none()
        && line
            .teks
            .trim()
            .trim_end_matches(':')
            .eq_ignore_ascii_case("standar pelayanan")
}

/// Whether a line can be a service's name: no list item, or one that says it is a service.
fn names_a_service(line: &Baris) -> bool {
    let lower = line.teks.to_lowercase();
    let says_so = ["pelayanan ", "layanan ", "standar pelayanan "]
        .iter()
        .any(|p| lower.starts_with(p));
    judul(&line.teks, true).is_none() && (line.penanda.is_none() || says_so)
}

#[cfg(test)]
mod tests {
    use super::super::baris::baca;
    use super::*;

    #[test]
    fn each_service_of_a_document_starts_with_its_title_block() {
        let service = |name: &str| {
            format!(
                "STANDAR PELAYANAN\n{name}\nKecamatan Contoh\n\nPersyaratan\n1. KTP\n\nJangka Waktu\n1 hari kerja\n\nBiaya\nGratis\n\nProduk\nSurat\n\n"
            )
        };
        let text = service("PELAYANAN SURAT USAHA") + &service("PELAYANAN SURAT DOMISILI");
        let services = layanan(baca(&text));
        assert_eq!(services.len(), 2);
        let first: Vec<&str> = services[1]
            .iter()
            .map(|l| l.teks.as_str())
            .take(3)
            .collect();
        assert_eq!(
            first,
            [
                "STANDAR PELAYANAN",
                "PELAYANAN SURAT DOMISILI",
                "Kecamatan Contoh"
            ]
        );
        assert!(!services[0].iter().any(|l| l.teks.contains("DOMISILI")));
    }
}
