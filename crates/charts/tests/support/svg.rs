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
