//! Draws the convergence chart to an SVG string natively and checks what it contains.

#[path = "support/svg.rs"]
mod support;

use lejto_charts::{
    draw_convergence, ChartError, ChartTheme, ConvergenceChart, ConvergenceLabels, PlotFrame,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, ConvergencePoint, Scenario};
use support::{check_frame, draw_svg, max_attr, number, COLOURS, CURSOR_LINE, SIZES};

const LABELS: ConvergenceLabels = ConvergenceLabels {
    x_axis: "Years from start",
    loss_axis: "Loss",
    gap_axis: "Gap ΔL",
    frontier: "Frontier lab",
    meek: "Meek lab",
    peak: "peak",
    half: "half",
};

fn draw(
    points: &[ConvergencePoint],
    c: &Convergence,
    cursor: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (String, Result<PlotFrame, ChartError>) {
    let chart = ConvergenceChart {
        points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor,
    };
    draw_svg(size, |root| {
        draw_convergence(root, &chart, &LABELS, &number, theme)
    })
}

fn render(c: &Convergence, theme: &ChartTheme) -> String {
    let (svg, frame) = draw(&c.series(120), c, None, (800, 480), theme);
    frame.unwrap();
    svg
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
    for colour in COLOURS {
        assert!(svg.to_uppercase().contains(colour), "no stroke in {colour}");
    }
    // The peak and half-way markers are labelled circles.
    assert!(svg.contains("<circle"));
    assert!(svg.contains(&format!(">\n{}\n<", LABELS.peak)));
    assert!(svg.contains(&format!(">\n{}\n<", LABELS.half)));
    // The year axis is labelled up to the horizon.
    assert!(svg.contains(">\n20\n</text>"), "no tick for year 20");
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

#[test]
fn cursor_draws_a_line_and_three_dots_at_every_size() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    for (size, theme) in SIZES {
        let (plain, frame) = draw(&points, &c, None, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert_eq!(frame.x, (0.0, HORIZON.default));
        assert!(!frame.log_x);
        assert!(
            !plain.contains(CURSOR_LINE),
            "a cursor line without a cursor"
        );

        let (svg, frame2) = draw(&points, &c, Some(7.3), size, &theme);
        assert_eq!(frame2.unwrap(), frame, "the cursor moves nothing");
        assert_eq!(
            svg.matches(CURSOR_LINE).count(),
            1,
            "one line across both panels"
        );
        // Each dot is a ring in the background colour and a dot: three dots, six circles.
        let circles = |s: &str| s.matches("<circle").count();
        assert_eq!(circles(&svg), circles(&plain) + 6);
        // Outside the years drawn the cursor is ignored.
        let (outside, _) = draw(&points, &c, Some(HORIZON.default + 1.0), size, &theme);
        assert!(!outside.contains(CURSOR_LINE));
    }
}

#[test]
fn non_finite_samples_are_skipped_and_no_data_is_an_error() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let mut points = c.series(60);
    points[10].gap = f64::NAN;
    points[20].frontier = f64::INFINITY;
    points[30].t = f64::NAN;
    let (svg, frame) = draw(&points, &c, Some(5.0), (800, 420), &ChartTheme::LIGHT);
    frame.unwrap();
    assert!(!svg.contains("NaN") && !svg.contains("inf"));

    let (_, empty) = draw(&[], &c, None, (800, 420), &ChartTheme::LIGHT);
    assert!(empty.is_err());
    let nan = ConvergencePoint {
        t: f64::NAN,
        frontier: f64::NAN,
        meek: f64::NAN,
        gap: f64::NAN,
    };
    let (_, all_nan) = draw(&[nan; 3], &c, None, (800, 420), &ChartTheme::LIGHT);
    assert!(all_nan.is_err());
    // A canvas too small for the layout must not panic either.
    let _ = draw(&points, &c, Some(5.0), (20, 20), &ChartTheme::LIGHT);
}
