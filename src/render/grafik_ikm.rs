//! The trend of a unit's satisfaction index as an SVG picture: the converted index of its
//! latest periods on the 25–100 scale, over bands of the four grades. The page gives the same
//! numbers as text beside it.

use std::fmt::Write;

use super::escape;
use crate::corpus::survei::HasilSurvei;
use crate::model::ikm::dua_desimal;

/// The chart's file name beside the unit's page.
pub const FILE: &str = "survei-kepuasan.svg";

/// The most periods drawn: the latest ones.
pub const MAX_PERIODS: usize = 8;

/// As wide as a phone's text column, so that its 13-unit text stays about 12 px there.
pub const WIDTH: f64 = 360.0;
pub const HEIGHT: f64 = 260.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 62.0;

/// The grades' bands: lower bound, letter, colour (light; each named by its letter too).
const BANDS: [(f64, &str, &str); 4] = [
    (88.31, "A", "#e3f1e6"),
    (76.61, "B", "#eef5e0"),
    (65.0, "C", "#fbf1dc"),
    (25.0, "D", "#f9e2df"),
];

/// The chart of `results` (oldest first, the whole unit's periods), with the decimal comma
/// or point of the page's language.
pub fn draw(results: &[&HasilSurvei], decimal_comma: bool) -> String {
    let shown = &results[results.len().saturating_sub(MAX_PERIODS)..];
    // From 50 unless a value lies lower: the grades above D then get room to be told apart.
    let floor = if shown.iter().any(|r| r.indeks.nilai < 50.0) {
        25.0
    } else {
        50.0
    };
    let y = |v: f64| TOP + (100.0 - v) / (100.0 - floor) * (HEIGHT - TOP - BOTTOM);
    let step = (WIDTH - LEFT - RIGHT) / shown.len().max(1) as f64;
    let x = |i: usize| LEFT + step * (i as f64 + 0.5);
    let number = |v: f64| {
        let text = dua_desimal(v);
        if decimal_comma {
            text
        } else {
            text.replace(',', ".")
        }
    };
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" font-family=\"sans-serif\" font-size=\"13\">"
    );
    let mut upper = 100.0;
    for (lower, letter, colour) in BANDS {
        let lower = f64::max(lower, floor);
        let _ = writeln!(
            svg,
            "<rect x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#555\" text-anchor=\"end\">{letter}</text>",
            y(upper),
            WIDTH - LEFT - RIGHT,
            y(lower) - y(upper),
            LEFT - 8.0,
            (y(upper) + y(lower)) / 2.0 + 4.5,
        );
        upper = lower;
    }
    let points: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(i, r)| format!("{:.1},{:.1}", x(i), y(r.indeks.nilai)))
        .collect();
    let _ = writeln!(
        svg,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2.5\"/>",
        points.join(" ")
    );
    for (i, r) in shown.iter().enumerate() {
        let (cx, cy) = (x(i), y(r.indeks.nilai));
        let _ = writeln!(
            svg,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4.5\" fill=\"#1d4f91\"/><text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#111\">{}</text>",
            cy - 10.0,
            number(r.indeks.nilai)
        );
        label(&mut svg, cx, &r.periode, shown.len());
    }
    svg.push_str("</svg>\n");
    svg
}

/// A period's name under its point: level when there is room, turned when there is not.
fn label(svg: &mut String, cx: f64, name: &str, count: usize) {
    let base = HEIGHT - BOTTOM + 18.0;
    let name = escape::markup(name);
    if count <= 2 {
        let _ = writeln!(
            svg,
            "<text x=\"{cx:.1}\" y=\"{base:.1}\" text-anchor=\"middle\" fill=\"#111\">{name}</text>"
        );
    } else {
        let _ = writeln!(
            svg,
            "<text x=\"{cx:.1}\" y=\"{base:.1}\" text-anchor=\"end\" fill=\"#111\" font-size=\"11\" transform=\"rotate(-25 {cx:.1} {base:.1})\">{name}</text>"
        );
    }
}
