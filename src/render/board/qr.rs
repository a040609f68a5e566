//! The QR code on a board, leading to the standard's web page.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// An inline SVG QR code for `url`, or `None` if the URL is too long for a QR code. One
/// unit per module, and each run of dark modules in a row one rectangle: the board's style
/// gives the code its printed size, and the drawing stays about 5 KB (drawn module by
/// module at 7 units each, it was 13 KB on every board).
pub fn qr_svg(url: &str, label: &str) -> Option<String> {
    // Medium error correction, raised where the same size allows more.
    let code = QrCode::encode_text(url, QrCodeEcc::Medium).ok()?;
    let width = usize::try_from(code.size()).ok()?;
    let size = width + 2 * QUIET_ZONE;
    let dark = |x: usize, y: usize| code.get_module(x as i32, y as i32);
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    let escaped = super::super::escape::markup(label);
    Some(format!(
        "<svg role=\"img\" aria-label=\"{escaped}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules the drawing paints dark, read back from its path.
    fn painted(svg: &str, size: usize) -> Vec<bool> {
        let mut grid = vec![false; size * size];
        let path = svg.split(" d=\"").nth(1).and_then(|p| p.split('"').next());
        for part in path
            .unwrap_or_default()
            .split('M')
            .filter(|p| !p.is_empty())
        {
            let numbers: Vec<usize> = part
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .filter_map(|n| n.parse().ok())
                .collect();
            let (x, y, run) = (numbers[0], numbers[1], numbers[2]);
            for cell in &mut grid[y * size + x..y * size + x + run] {
                *cell = true;
            }
        }
        grid
    }

    /// The size in modules, quiet zone included, that the drawing declares.
    fn declared_size(svg: &str) -> usize {
        let width = svg
            .split("width=\"")
            .nth(1)
            .and_then(|w| w.split('"').next());
        width.and_then(|w| w.parse().ok()).unwrap_or_default()
    }

    #[test]
    fn the_drawing_paints_exactly_the_dark_modules() {
        let url = "https://standar.example.go.id/gianyar-setda/konsultasi-pelayanan-publik/";
        let svg = qr_svg(url, "Pindai <ini>").unwrap_or_default();
        let Ok(code) = QrCode::encode_text(url, QrCodeEcc::Medium) else {
            panic!("a QR code");
        };
        let width = code.size() as usize;
        let size = width + 2 * QUIET_ZONE;
        assert_eq!(declared_size(&svg), size);
        let mut expected = vec![false; size * size];
        for y in 0..width {
            for x in 0..width {
                expected[(y + QUIET_ZONE) * size + x + QUIET_ZONE] =
                    code.get_module(x as i32, y as i32);
            }
        }
        assert!(painted(&svg, size) == expected, "{svg}");
        assert!(svg.contains("aria-label=\"Pindai &lt;ini&gt;\""), "{svg}");
        assert!(svg.len() < 6_000, "{} bytes", svg.len());
    }

    #[test]
    fn a_reader_reads_the_address_back_from_the_drawing() {
        for url in [
            "https://standar.example.go.id/gianyar-setda/konsultasi-pelayanan-publik/",
            "https://pelayanan.kabupaten-contoh.go.id/standar/dinas-kependudukan-dan-pencatatan-sipil/penerbitan-kartu-keluarga-baru-karena-pindah-datang/",
            "http://127.0.0.1:8080/a/b/",
        ] {
            let svg = qr_svg(url, "x").unwrap_or_default();
            let size = declared_size(&svg);
            let grid = painted(&svg, size);
            // Drawn at 4 pixels per module, as a camera sees a printed code.
            let scale = 4;
            let mut image =
                rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
                    if grid[(y / scale) * size + x / scale] {
                        0
                    } else {
                        255
                    }
                });
            let grids = image.detect_grids();
            assert_eq!(grids.len(), 1, "{url}");
            let read = grids[0].decode().map(|(_, content)| content);
            assert_eq!(read.ok().as_deref(), Some(url));
        }
    }

    #[test]
    fn a_url_too_long_for_a_code_has_none() {
        assert!(qr_svg(&"x".repeat(8_000), "x").is_none());
    }
}
