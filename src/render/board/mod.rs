//! Notice boards for the service counter: what a board carries ([`content`]), how it is laid
//! out on sheets of a paper size ([`layout`], [`paper`]) with the board font's metrics
//! ([`metrics`]), and the QR code to the standard's page ([`qr`]).
//!
//! A board never loses a fact: when the standard does not fit one sheet at the paper's
//! smallest legible size, it continues on further sheets of the same size, each with the
//! header repeated and its number ("Lembar 1 dari 2"); an item is never split. Only an item
//! taller than a whole sheet cannot be placed, and that fails the build.

pub mod content;
pub mod layout;
pub mod metrics;
pub mod paper;
pub mod qr;

use super::bagan::{Chart, SMALLEST_TEXT_PX};
use super::labels::Labels;
use super::view::StandardView;
use content::{Atom, BoardSection, Gambar};
use layout::{Frame, Plan, TooTall};
use paper::Paper;

/// A standard's board, laid out.
#[derive(Debug, Clone)]
pub struct Board {
    pub plan: Plan,
    /// Whether the flowcharts are on it.
    pub bagan: bool,
}

/// What the header and footer of a standard's board say. The footer always says which decree
/// adopted the standard and when (or that none is stated), where the unit is, and the page's
/// address, so that a printed board can be dated and traced back online.
pub fn frame(view: &StandardView, t: &Labels, url: Option<&str>, qr: bool, logo: bool) -> Frame {
    let mut footer = Vec::new();
    match view
        .sk
        .as_ref()
        .and_then(|sk| Some((sk, sk.nomor.as_ref()?)))
    {
        Some((sk, nomor)) => {
            let mut text = format!("{}: {nomor}", t.nomor_sk);
            if let Some(date) = &sk.tanggal {
                text.push_str(&format!(", {date}"));
            }
            if sk.rancangan {
                text.push_str(&format!(" ({})", t.sk_rancangan));
            }
            footer.push(text);
        }
        None => footer.push(t.sk_belum_ditetapkan.to_string()),
    }
    // A board printed ahead of the day its standard comes into force says so.
    if let Some(masa) = view.masa.as_ref().filter(|m| m.keadaan == "akan_berlaku")
        && let Some(kalimat) = &masa.kalimat
    {
        footer.push(kalimat.clone());
    }
    if let Some(address) = view.penyelenggara.as_ref().and_then(|p| p.alamat.as_ref()) {
        footer.push(address.clone());
    }
    if let Some(url) = url {
        footer.push(unbroken_url(url));
    }
    Frame {
        label: t.standar_pelayanan.to_uppercase(),
        nama: view.nama.clone(),
        unit: view
            .penyelenggara
            .as_ref()
            .map(|p| format!("{} · {}", p.nama, p.pemerintah)),
        footer: (!footer.is_empty()).then(|| footer.join(" · ")),
        sheet_label: sheet_label(t, 99, 99),
        qr,
        logo,
        lanjutan: format!(" ({})", t.lanjutan),
    }
}

/// An address as a board prints it: never broken after a hyphen, where a reader would take
/// the hyphen for one that splits a word (a word joiner follows each hyphen), and free to
/// break after a slash (a zero-width space follows each). Both are invisible.
pub fn unbroken_url(url: &str) -> String {
    // Not inside the scheme's "://", which must stay with the host.
    let joined = |part: &str| part.replace('-', "-\u{2060}").replace('/', "/\u{200B}");
    match url.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{}", joined(rest)),
        None => joined(url),
    }
}

/// "Lembar 1 dari 2".
pub fn sheet_label(t: &Labels, number: usize, of: usize) -> String {
    format!("{} {number} {} {of}", t.lembar, t.dari)
}

/// Lays out a standard's board on sheets of `paper`, with the flowcharts where they are
/// legible and add no sheet.
pub fn board(
    view: &StandardView,
    t: &Labels,
    paper: &Paper,
    frame: &Frame,
    charts: &[Chart],
) -> Result<Board, TooTall> {
    let sections = content::sections(view, t);
    let chart_section = (!charts.is_empty()).then(|| BoardSection {
        kunci: "bagan",
        nomor: None,
        judul: t.bagan_alir.to_string(),
        atoms: charts
            .iter()
            .zip(&view.prosedur.alur)
            .enumerate()
            .map(|(i, (chart, flow))| {
                Atom::chart(Gambar {
                    src: String::new(),
                    alur: i,
                    alt: match &flow.nama {
                        Some(name) => format!("{}: {name}", t.bagan_alir),
                        None => t.bagan_alir.to_string(),
                    },
                    lebar: chart.width.ceil() as u32,
                    tinggi: chart.height.ceil() as u32,
                    min_text_px: SMALLEST_TEXT_PX,
                })
            })
            .collect(),
    });
    let summary = content::summary(view, t);
    let (mut plan, bagan) = layout::plan(
        &sections,
        Some(&summary),
        frame,
        paper,
        chart_section.as_ref(),
    )?;
    if bagan {
        // The image itself only for charts that are on the board.
        let images = plan
            .lembar
            .iter_mut()
            .flat_map(|l| l.kolom.iter_mut())
            .flat_map(|k| k.bagian.iter_mut())
            .flat_map(|b| b.kelompok.iter_mut())
            .flat_map(|g| g.atom.iter_mut())
            .filter_map(|a| a.gambar.as_mut());
        for image in images {
            if let Some(chart) = charts.get(image.alur) {
                image.src = chart.data_url();
            }
        }
    }
    Ok(Board { plan, bagan })
}

#[cfg(test)]
mod tests {
    use super::metrics::Measured;
    use super::*;

    #[test]
    fn an_address_breaks_after_a_slash_never_after_a_hyphen() {
        let url = unbroken_url("https://standar.example.go.id/solok-dpmn/administrasi-konsultasi/");
        assert!(url.starts_with("https://standar."));
        assert_eq!(
            url.replace(['\u{2060}', '\u{200B}'], ""),
            "https://standar.example.go.id/solok-dpmn/administrasi-konsultasi/"
        );
        // Measured as the browser breaks it: "administrasi-" never ends a line.
        let plain = Measured::text("pelayanan-publik-daerah", false);
        let joined = Measured::text(&unbroken_url("pelayanan-publik-daerah"), false);
        assert!(plain.lines(5.0) > 1);
        assert_eq!(joined.lines(1000.0), 1);
        assert!(joined.lines(5.0) >= plain.lines(5.0));
    }
}
