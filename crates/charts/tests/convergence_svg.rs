//! Draws the convergence chart to an SVG string natively and checks what it contains.

use lejto_charts::{draw_convergence, ChartTheme, ConvergenceChart, ConvergenceLabels, PlotFrame};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, Scenario};
use plotters::prelude::*;

const LABELS: ConvergenceLabels = ConvergenceLabels {
    x_axis: "Years from start",
    loss_axis: "Loss",
    gap_axis: "Gap ΔL",
    frontier: "Frontier lab",
    meek: "Meek lab",
    peak: "peak",
    half: "half",
};

fn render(c: &Convergence, theme: &ChartTheme) -> String {
    render_with(c, theme, None).0
}

fn render_with(c: &Convergence, theme: &ChartTheme, cursor: Option<f64>) -> (String, PlotFrame) {
    let points = c.series(120);
    let peak = c.peak();
    let chart = ConvergenceChart {
        points: &points,
        peak,
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor,
    };
    let mut svg = String::new();
    let frame;
    {
        let root = SVGBackend::with_string(&mut svg, (800, 480)).into_drawing_area();
        frame =
            draw_convergence(&root, &chart, &LABELS, &|v, d| format!("{v:.d$}"), theme).unwrap();
    }
    (svg, frame)
}

#[test]
fn cursor_marks_the_year_and_the_frame_maps_pixels_back() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let (plain, frame) = render_with(&c, &ChartTheme::LIGHT, None);
    let (marked, _) = render_with(&c, &ChartTheme::LIGHT, Some(7.0));
    // A vertical line per panel and three dots (frontier, meek, gap).
    assert!(marked.matches("<circle").count() >= plain.matches("<circle").count() + 3);
    assert!(frame.x_px.0 > 0 && frame.x_px.1 < 800 && frame.x_px.0 < frame.x_px.1);
    assert!((frame.value_at(frame.x_px.0 as f64).unwrap() - 0.0).abs() < 1e-9);
    assert!((frame.value_at(frame.x_px.1 as f64).unwrap() - 20.0).abs() < 1e-9);
}

#[test]
fn draws_series_legend_axes_and_peak() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let svg = render(&c, &ChartTheme::LIGHT);
    for label in [
        LABELS.x_axis,
        LABELS.loss_axis,
        LABELS.gap_axis,
        LABELS.frontier,
        LABELS.meek,
        LABELS.peak,
        LABELS.half,
    ] {
        assert!(svg.contains(label), "missing label {label}");
    }
    // Three data series (plus three legend swatches) as polylines in the series colours.
    let polylines = svg.matches("<polyline").count();
    assert!(polylines >= 3, "only {polylines} polylines");
    for colour in ["#1D5FBF", "#C24E00", "#6B2FA3"] {
        assert!(svg.to_uppercase().contains(colour), "no stroke in {colour}");
    }
    // The peak and half-way markers are labelled circles.
    assert!(svg.contains("<circle"));
    assert!(svg.contains(&format!(">\n{}\n<", LABELS.peak)));
    assert!(svg.contains(&format!(">\n{}\n<", LABELS.half)));
    // The year axis is labelled up to the horizon.
    assert!(svg.contains(">\n20\n</text>"), "no tick for year 20");
}

/// The largest numeric value of an attribute in the SVG.
fn max_attr(svg: &str, attr: &str) -> f64 {
    let needle = format!("{attr}=\"");
    svg.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &svg[i + needle.len()..];
            rest[..rest.find('"')?].parse::<f64>().ok()
        })
        .fold(0.0, f64::max)
}

#[test]
fn hidpi_scale_enlarges_fonts_and_strokes() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let one = render(&c, &ChartTheme::LIGHT);
    let three = render(
        &c,
        &ChartTheme {
            scale: 3.0,
            ..ChartTheme::LIGHT
        },
    );
    let ratio = |attr: &str| max_attr(&three, attr) / max_attr(&one, attr);
    assert!(
        (ratio("font-size") - 3.0).abs() < 0.05,
        "font ratio {}",
        ratio("font-size")
    );
    assert!(
        (ratio("stroke-width") - 3.0).abs() < 0.5,
        "stroke ratio {}",
        ratio("stroke-width")
    );
}

#[test]
fn meek_ahead_draws_without_markers() {
    let s = Scenario {
        meek: 1e9,
        frontier: 1.0,
        ..Scenario::default()
    };
    let c = Convergence::new(s, 5.0).unwrap();
    assert!(c.peak().gap < 0.0);
    let svg = render(&c, &ChartTheme::LIGHT);
    // The frontier is never ahead: no peak or half-way marker, but all series and axes.
    assert!(!svg.contains(&format!(">\n{}\n<", LABELS.peak)));
    assert!(!svg.contains(&format!(">\n{}\n<", LABELS.half)));
    assert!(svg.contains(LABELS.gap_axis) && svg.matches("<polyline").count() >= 3);
}
