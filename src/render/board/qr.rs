//! The QR code on a board, leading to the standard's web page.

use std::fmt::Write as _;

use qrcode::{Color, QrCode};

/// The light margin around the code, in modules, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// An inline SVG QR code for `url`, or `None` if the URL is too long for a QR code. One
/// unit per module, and each run of dark modules in a row one rectangle: the board's style
/// gives the code its printed size, and the drawing stays about 5 KB (drawn module by
/// module at 7 units each, it was 13 KB on every board).
pub fn qr_svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in code.to_colors().chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
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

    #[test]
    fn the_drawing_paints_exactly_the_dark_modules() {
        let url = "https://standar.example.go.id/gianyar-setda/konsultasi-pelayanan-publik/";
        let svg = qr_svg(url, "Pindai <ini>").unwrap_or_default();
        let code = QrCode::new(url.as_bytes()).ok();
        let Some(code) = code else {
            panic!("a QR code");
        };
        let size = code.width() + 2 * QUIET_ZONE;
        let mut expected = vec![false; size * size];
        for (i, color) in code.to_colors().iter().enumerate() {
            let (x, y) = (i % code.width() + QUIET_ZONE, i / code.width() + QUIET_ZONE);
            expected[y * size + x] = *color == Color::Dark;
        }
        assert!(painted(&svg, size) == expected, "{svg}");
        assert!(svg.contains("aria-label=\"Pindai &lt;ini&gt;\""), "{svg}");
        assert!(svg.len() < 6_000, "{} bytes", svg.len());
    }

    #[test]
    fn a_url_too_long_for_a_code_has_none() {
        assert!(qr_svg(&"x".repeat(8_000), "x").is_none());
    }
}
