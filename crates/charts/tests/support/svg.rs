//! Helpers the SVG tests share (included with `#[path]` by each test file).
// Each test binary uses a different subset of these.
#![allow(dead_code)]

use lejto_charts::{ChartTheme, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The hover cursor line as the SVG backend writes it: the light theme's text colour at half
/// opacity (nothing else is drawn so).
pub const CURSOR_LINE: &str = "opacity=\"0.5\" stroke=\"#1F2328\"";

/// The light theme's series colours as SVG writes them: frontier, meek, gap.
pub const COLOURS: [&str; 3] = ["#1D5FBF", "#C24E00", "#6B2FA3"];

/// Desktop, phone (CSS pixels) and phone at devicePixelRatio 3: canvas size and theme.
pub const SIZES: [((u32, u32), ChartTheme); 3] = [
    ((800, 420), ChartTheme::LIGHT),
    ((340, 420), ChartTheme::LIGHT),
    (
        (1020, 1260),
        ChartTheme {
            scale: 3.0,
            ..ChartTheme::LIGHT
        },
    ),
];

/// A plain number formatter standing in for the browser's `Intl.NumberFormat`.
pub fn number(v: f64, digits: usize) -> String {
    format!("{v:.digits$}")
}

/// Runs `draw` on an SVG canvas of `size` and returns the SVG with what `draw` returned.
///
/// With `DUMP_SVG=<dir>` set, every drawing is also written there, named after its test, so
/// the charts can be looked at (e.g. screenshotted in Chromium) and not only asserted on.
pub fn draw_svg<R>(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> R,
) -> (String, R) {
    let mut svg = String::new();
    let result = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root)
    };
    if let Ok(dir) = std::env::var("DUMP_SVG") {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = std::thread::current()
            .name()
            .unwrap_or("x")
            .replace("::", "_");
        let n = N.fetch_add(1, Ordering::SeqCst);
        std::fs::write(format!("{dir}/{name}_{n}_{}x{}.svg", size.0, size.1), &svg).unwrap();
    }
    (svg, result)
}

/// Whether the SVG has a text element reading exactly `text`.
pub fn has_text(svg: &str, text: &str) -> bool {
    svg.contains(&format!(">\n{text}\n</text>"))
}

/// The largest numeric value of an attribute in the SVG.
pub fn max_attr(svg: &str, attr: &str) -> f64 {
    let needle = format!("{attr}=\"");
    svg.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &svg[i + needle.len()..];
            rest[..rest.find('"')?].parse::<f64>().ok()
        })
        .fold(0.0, f64::max)
}

/// The frame lies inside a canvas `width` wide and maps its left pixel to its first x.
pub fn check_frame(frame: &PlotFrame, width: u32) {
    let (l, r) = frame.x_px;
    assert!(0 <= l && l < r && r <= width as i32, "frame {frame:?}");
    let first = frame.value_at(f64::from(l)).expect("left pixel maps");
    let tolerance = 1e-9 * frame.x.0.abs().max(1.0);
    assert!(
        (first - frame.x.0).abs() <= tolerance,
        "{first} vs {frame:?}"
    );
    let last = frame.value_at(f64::from(r)).expect("right pixel maps");
    assert!((last - frame.x.1).abs() <= 1e-9 * frame.x.1.abs().max(1.0));
    assert_eq!(frame.value_at(f64::from(r) + 1.0), None);
}

/// A text element as the SVG backend writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextAt {
    /// Anchor point.
    pub x: f64,
    pub y: f64,
    /// `start`, `middle` or `end`.
    pub anchor: String,
    /// The `font-size` attribute (the backend writes the style's size over 1.24).
    pub size: f64,
}

/// Where the text element reading exactly `text` is, if there is one.
pub fn text_at(svg: &str, text: &str) -> Option<TextAt> {
    let end = svg.find(&format!(">\n{text}\n</text>"))?;
    let tag = &svg[svg[..end].rfind("<text")?..end];
    let attr = |name: &str| {
        let needle = format!(" {name}=\"");
        let rest = &tag[tag.find(&needle)? + needle.len()..];
        Some(rest[..rest.find('"')?].to_string())
    };
    Some(TextAt {
        x: attr("x")?.parse().ok()?,
        y: attr("y")?.parse().ok()?,
        anchor: attr("text-anchor")?,
        size: attr("font-size")?.parse().ok()?,
    })
}

/// The width of `text` at `at`'s size by the SVG backend's own estimate: what a chart measures
/// with when it draws to SVG. (Without plotters' font features that is a rough em-based guess,
/// so tests compare positions with it rather than pixels with a browser's.)
pub fn text_width(text: &str, at: &TextAt) -> f64 {
    let mut scratch = String::new();
    let root = SVGBackend::with_string(&mut scratch, (10, 10)).into_drawing_area();
    let style = TextStyle::from(("sans-serif", at.size * 1.24).into_font());
    f64::from(root.estimate_text_size(text, &style).unwrap().0)
}

/// The box the text element reading exactly `text` takes, `[left, top, right, bottom]`: its
/// width by [`text_width`], its height the font's size; the backend's `dy` tells whether `y`
/// is the text's top (`0.76em`), middle (`0.5ex`) or bottom (`-0.5ex`).
pub fn text_box(svg: &str, text: &str) -> Option<[f64; 4]> {
    let at = text_at(svg, text)?;
    let end = svg.find(&format!(">\n{text}\n</text>"))?;
    let tag = &svg[svg[..end].rfind("<text")?..end];
    let (w, h) = (text_width(text, &at), at.size * 1.24);
    let left = match at.anchor.as_str() {
        "end" => at.x - w,
        "middle" => at.x - w / 2.0,
        _ => at.x,
    };
    let top = if tag.contains("dy=\"0.76em\"") {
        at.y
    } else if tag.contains("dy=\"-0.5ex\"") {
        at.y - h
    } else {
        at.y - h / 2.0
    };
    Some([left, top, left + w, top + h])
}

/// Whether two `[left, top, right, bottom]` boxes overlap.
pub fn boxes_overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The points of every polyline drawn with `stroke` (an attribute run such as
/// [`CURSOR_LINE`]).
pub fn stroke_points(svg: &str, stroke: &str) -> Vec<(f64, f64)> {
    svg.match_indices(stroke)
        .flat_map(|(at, _)| {
            let tag = &svg[at..at + svg[at..].find("/>").unwrap()];
            let points = &tag[tag.find("points=\"").unwrap() + 8..];
            points[..points.find('"').unwrap()]
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The top pixel of the hover cursor line, which spans the plotting area's height.
pub fn cursor_top(svg: &str) -> f64 {
    let at = svg.find(CURSOR_LINE).expect("a cursor line");
    let tag = &svg[at..at + svg[at..].find("/>").unwrap()];
    let points = &tag[tag.find("points=\"").unwrap() + 8..];
    points[..points.find('"').unwrap()]
        .split_whitespace()
        .filter_map(|p| p.split_once(',')?.1.parse::<f64>().ok())
        .fold(f64::INFINITY, f64::min)
}
