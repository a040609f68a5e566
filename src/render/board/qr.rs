//! The QR code on a board, leading to the standard's web page.

use qrcode::QrCode;
use qrcode::render::svg;

/// An inline SVG QR code for `url`, or `None` if the URL is too long for a QR code.
pub fn qr_svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    let escaped = super::super::escape::markup(label);
    Some(svg[start..].replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{escaped}\""),
        1,
    ))
}
