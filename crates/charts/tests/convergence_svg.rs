//! Draws the convergence chart to an SVG string natively and checks what it contains.

#[path = "support/svg.rs"]
mod support;

use lejto_charts::{
    draw_convergence, ChartError, ChartTheme, ConvergenceChart, ConvergenceLabels, PlotFrame,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, ConvergencePoint, Scenario};
use support::{
    boxes_overlap, check_frame, draw_svg, has_text, max_attr, number, stroke_points, text_at,
    text_box, COLOURS, CURSOR_LINE, SIZES,
};

const LABELS: ConvergenceLabels = ConvergenceLabels {
    x_axis: "Years from start",
    loss_axis: "Loss",
    gap_axis: "Gap ΔL",
    frontier: "Frontier lab",
    meek: "Meek lab",
    peak: "peak",
    half: "half",
    guess: "your guess",
};

fn draw(
    points: &[ConvergencePoint],
    c: &Convergence,
    cursor: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (String, Result<PlotFrame, ChartError>) {
    draw_guess(points, c, cursor, None, size, theme)
}

fn draw_guess(
    points: &[ConvergencePoint],
    c: &Convergence,
    cursor: Option<f64>,
    guess: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (String, Result<PlotFrame, ChartError>) {
    let chart = ConvergenceChart {
        points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor,
        guess,
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

/// A reference line (the guess) as the SVG backend writes it: the light theme's text colour at
/// 0.7 opacity, in dashes (nothing else is drawn so).
const REFERENCE_LINE: &str = "opacity=\"0.7\" stroke=\"#1F2328\"";

#[test]
fn a_guess_inside_the_years_is_a_labelled_dashed_line_on_the_gap_panel() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    for (size, theme) in SIZES {
        let (plain, frame) = draw(&points, &c, None, size, &theme);
        let frame = frame.unwrap();
        assert!(!plain.contains(REFERENCE_LINE) && !has_text(&plain, LABELS.guess));

        let (svg, with) = draw_guess(&points, &c, None, Some(7.5), size, &theme);
        assert_eq!(with.unwrap(), frame, "the guess moves nothing");
        assert!(has_text(&svg, LABELS.guess), "no label at {size:?}");
        let line = stroke_points(&svg, REFERENCE_LINE);
        assert!(
            svg.matches(REFERENCE_LINE).count() >= 5,
            "not dashed at {size:?}"
        );
        // One vertical line at the guessed year, on the gap panel only (the lower 44 %).
        let x = line[0].0;
        assert!(line.iter().all(|p| p.0 == x), "{line:?}");
        let per_pixel = HORIZON.default / f64::from(frame.x_px.1 - frame.x_px.0);
        let year = frame.value_at(x).unwrap();
        assert!((year - 7.5).abs() <= per_pixel, "{year} at {size:?}");
        let (top, bottom) = line
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let h = f64::from(size.1);
        assert!(top >= 0.56 * h && bottom < h, "{top}…{bottom} at {size:?}");
        assert!(bottom - top > 0.2 * h, "{top}…{bottom} at {size:?}");
        // No marker, dot or series is added or moved: only the line and its label.
        assert_eq!(
            svg.matches("<circle").count(),
            plain.matches("<circle").count()
        );
        assert_eq!(
            text_at(&svg, LABELS.half),
            text_at(&plain, LABELS.half),
            "the half-way label stays put"
        );

        // Outside the years drawn, or not a number, the guess is left out entirely.
        for outside in [-1.0, HORIZON.default + 1.0, f64::NAN, f64::INFINITY] {
            let (svg, _) = draw_guess(&points, &c, None, Some(outside), size, &theme);
            assert_eq!(svg, plain, "guess {outside} at {size:?}");
        }
    }
}

#[test]
fn the_guess_label_keeps_clear_of_the_markers_labels() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let (peak, half) = (c.peak().t, c.half_time().unwrap());
    let guesses = [
        0.0,
        0.5,
        peak - 0.2,
        peak,
        peak + 0.4,
        half - 0.5,
        half - 0.1,
        half,
        half + 0.1,
        half + 0.5,
        19.5,
        HORIZON.default,
    ];
    for (size, theme) in SIZES {
        for guess in guesses {
            let (svg, frame) = draw_guess(&points, &c, Some(guess), Some(guess), size, &theme);
            frame.unwrap();
            let label = text_box(&svg, LABELS.guess).expect("a guess label");
            for marker in [LABELS.peak, LABELS.half] {
                let other = text_box(&svg, marker).expect("a marker label");
                assert!(
                    !boxes_overlap(label, other),
                    "guess {guess} label {label:?} on {marker} {other:?} at {size:?}"
                );
            }
            // Inside the canvas, below the upper panel.
            let (w, h) = (f64::from(size.0), f64::from(size.1));
            assert!(label[0] >= 0.0 && label[2] <= w, "{label:?} at {size:?}");
            assert!(
                label[1] >= 0.56 * h && label[3] <= h,
                "{label:?} at {size:?}"
            );
        }
        // With nothing in its way the label sits at the panel's top, above the half-way label.
        let (svg, _) = draw_guess(&points, &c, None, Some(half), size, &theme);
        let (label, other) = (
            text_box(&svg, LABELS.guess).unwrap(),
            text_box(&svg, LABELS.half).unwrap(),
        );
        assert!(label[3] <= other[1], "{label:?} over {other:?} at {size:?}");
    }
}
