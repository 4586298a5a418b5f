//! Draws the convergence chart on the recording backend and checks what it draws.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::{
    draw_convergence, ChartError, ChartTheme, ConvergenceChart, ConvergenceLabels, PlotFrame,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, ConvergencePoint, Scenario};
use support::{boxes_overlap, check_frame, number, record, Recording, Rgba, REFERENCE, SIZES};

const LABELS: ConvergenceLabels = ConvergenceLabels {
    x_axis: "Years from start",
    loss_axis: "Loss",
    gap_axis: "Gap ΔL",
    frontier: "Frontier lab",
    meek: "Meek lab",
    peak: "peak",
    half: "half",
    guess: "your guess",
    band_inner: "middle half",
    band_outer: "nine in ten",
};

const LIGHT: ChartTheme = ChartTheme::LIGHT;

fn draw(
    points: &[ConvergencePoint],
    c: &Convergence,
    cursor: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (Recording, Result<PlotFrame, ChartError>) {
    draw_guess(points, c, cursor, None, size, theme)
}

fn draw_guess(
    points: &[ConvergencePoint],
    c: &Convergence,
    cursor: Option<f64>,
    guess: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (Recording, Result<PlotFrame, ChartError>) {
    let chart = ConvergenceChart {
        points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor,
        guess,
        band: &[],
    };
    record(size, |root| {
        draw_convergence(root, &chart, &LABELS, &number, theme)
    })
}

/// The series samples drawn, the recording and the frame, at 800 × 480.
fn render(c: &Convergence, theme: &ChartTheme) -> (Vec<ConvergencePoint>, Recording) {
    let points = c.series(120);
    let (drawn, frame) = draw(&points, c, None, (800, 480), theme);
    frame.unwrap();
    (points, drawn)
}

/// The series stroke width: 2.5 CSS pixels.
fn series_width(theme: &ChartTheme) -> u32 {
    (2.5 * theme.scale).round() as u32
}

#[test]
fn draws_series_legend_axes_and_peak() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let (points, drawn) = render(&c, &LIGHT);
    for label in [
        LABELS.x_axis,
        LABELS.loss_axis,
        LABELS.gap_axis,
        LABELS.frontier,
        LABELS.meek,
        LABELS.peak,
        LABELS.half,
    ] {
        let text = drawn
            .text(label)
            .unwrap_or_else(|| panic!("missing label {label}"));
        assert_eq!(text.colour, Rgba::solid(LIGHT.text), "{label}");
    }
    // Each series is one stroke through every sample in its colour; the two losses have a
    // legend swatch too (a short two-point stroke), the gap, with its own panel, none.
    let width = series_width(&LIGHT);
    for (colour, swatch) in [
        (LIGHT.frontier, true),
        (LIGHT.meek, true),
        (LIGHT.gap, false),
    ] {
        let strokes = drawn.strokes_in(Rgba::solid(colour), width);
        let lengths: Vec<usize> = strokes.iter().map(|s| s.len()).collect();
        let expected = if swatch {
            vec![points.len(), 2]
        } else {
            vec![points.len()]
        };
        assert_eq!(lengths, expected, "strokes in {colour:?}");
    }
    // Each loss is drawn in its own colour: wherever the data put one series above the other,
    // so does the stroke in that series' colour (a smaller y pixel is higher up).
    let curve = |colour| drawn.strokes_in(Rgba::solid(colour), width)[0].to_vec();
    let (frontier, meek) = (curve(LIGHT.frontier), curve(LIGHT.meek));
    let mut compared = 0;
    for (i, p) in points.iter().enumerate() {
        let (f, m) = (frontier[i].1, meek[i].1);
        if p.frontier < p.meek && f != m {
            assert!(f > m, "frontier not below meek at t = {}", p.t);
            compared += 1;
        } else if p.frontier > p.meek && f != m {
            assert!(f < m, "frontier not above meek at t = {}", p.t);
            compared += 1;
        }
    }
    assert!(compared > points.len() / 2, "only {compared} samples apart");
    // The legend's swatches: each label has a short stroke in its series' colour just left
    // of it, on its line.
    for (label, colour) in [(LABELS.frontier, LIGHT.frontier), (LABELS.meek, LIGHT.meek)] {
        let text = drawn.text(label).unwrap();
        let swatch = drawn.strokes_in(Rgba::solid(colour), width)[1];
        assert!(
            swatch
                .iter()
                .all(|p| (p.1 - text.at.1).abs() <= 6 && p.0 <= text.at.0 && p.0 >= text.at.0 - 30),
            "{label}: swatch {swatch:?}, text {text:?}"
        );
    }
    // The peak is a filled circle in the gap colour, the half-way point an open one (the
    // background inside a gap-coloured ring); each has its label just above it.
    let gap = Rgba::solid(LIGHT.gap);
    let filled: Vec<_> = drawn.circles_in(gap).into_iter().filter(|c| c.2).collect();
    let rings: Vec<_> = drawn.circles_in(gap).into_iter().filter(|c| !c.2).collect();
    assert_eq!((filled.len(), rings.len()), (1, 2), "{filled:?} {rings:?}");
    let open = drawn
        .circles_in(Rgba::solid(LIGHT.background))
        .into_iter()
        .find(|c| c.2 && c.0 != filled[0].0)
        .expect("the half-way marker's inside");
    for (label, centre) in [(LABELS.peak, filled[0].0), (LABELS.half, open.0)] {
        assert!(rings.iter().any(|r| r.0 == centre), "{label} has no ring");
        let [left, top, right, bottom] = drawn.text(label).unwrap().bbox();
        let (x, y) = (f64::from(centre.0), f64::from(centre.1));
        assert!(bottom <= y && bottom >= y - 12.0, "{label} not just above");
        assert!(left - 12.0 <= x && x <= right + 12.0, "{label} not beside");
        assert!(top < bottom);
    }
    // The year axis is labelled up to the horizon.
    assert!(drawn.has_text("20"), "no tick for year 20");
}

#[test]
fn hidpi_scale_enlarges_fonts_and_strokes() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let (_, one) = render(&c, &LIGHT);
    let (_, three) = render(
        &c,
        &ChartTheme {
            scale: 3.0,
            ..LIGHT
        },
    );
    let fonts = three.max_font_size() / one.max_font_size();
    assert!((fonts - 3.0).abs() < 0.05, "font ratio {fonts}");
    let strokes = f64::from(three.max_stroke_width()) / f64::from(one.max_stroke_width());
    assert!((strokes - 3.0).abs() < 0.5, "stroke ratio {strokes}");
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
    let (_, drawn) = render(&c, &LIGHT);
    // The frontier is never ahead: no peak or half-way marker, but all series and axes.
    assert!(!drawn.has_text(LABELS.peak));
    assert!(!drawn.has_text(LABELS.half));
    assert!(drawn.circles_in(Rgba::solid(LIGHT.gap)).is_empty());
    assert!(drawn.has_text(LABELS.gap_axis));
    for colour in [LIGHT.frontier, LIGHT.meek, LIGHT.gap] {
        let strokes = drawn.strokes_in(Rgba::solid(colour), series_width(&LIGHT));
        assert!(
            strokes.iter().any(|s| s.len() > 2),
            "no series in {colour:?}"
        );
    }
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
            plain.cursor_lines().is_empty(),
            "a cursor line without a cursor"
        );

        let (drawn, frame2) = draw(&points, &c, Some(7.3), size, &theme);
        assert_eq!(frame2.unwrap(), frame, "the cursor moves nothing");
        let lines = drawn.cursor_lines();
        assert_eq!(lines.len(), 1, "one line across both panels");
        // Vertical, at the cursor's year, through both panels (the upper one ends at 56 %).
        let line = lines[0];
        let x = line[0].0;
        assert!(line.iter().all(|p| p.0 == x), "{line:?}");
        let per_pixel = HORIZON.default / f64::from(frame.x_px.1 - frame.x_px.0);
        let year = frame.value_at(f64::from(x)).unwrap();
        assert!((year - 7.3).abs() <= per_pixel, "{year} at {size:?}");
        let ys = support::bounds(line.iter()).unwrap();
        let h = f64::from(size.1);
        assert!(ys[1] < 0.56 * h && ys[3] > 0.56 * h, "{ys:?} at {size:?}");
        // Each dot is a ring in the background colour and a dot in its series' colour, on
        // the line: three dots, six circles, and nothing else added.
        let added = drawn.circles_added_to(&plain);
        assert_eq!(added.len(), 6, "{added:?}");
        for colour in [LIGHT.background, LIGHT.frontier, LIGHT.meek, LIGHT.gap] {
            let n = added.iter().filter(|c| c.2 == Rgba::solid(colour)).count();
            let expected = if colour == LIGHT.background { 3 } else { 1 };
            assert_eq!(n, expected, "{colour:?} at {size:?}");
        }
        assert!(added.iter().all(|c| c.3 && c.0 .0 == x), "{added:?}");
        // Outside the years drawn the cursor is ignored.
        let (outside, _) = draw(&points, &c, Some(HORIZON.default + 1.0), size, &theme);
        assert_eq!(outside, plain);
    }
}

#[test]
fn non_finite_samples_are_skipped_and_no_data_is_an_error() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let mut points = c.series(60);
    points[10].gap = f64::NAN;
    points[20].frontier = f64::INFINITY;
    points[30].t = f64::NAN;
    let (drawn, frame) = draw(&points, &c, Some(5.0), (800, 420), &LIGHT);
    frame.unwrap();
    for t in drawn.texts() {
        assert!(!t.text.contains("NaN") && !t.text.contains("inf"), "{t:?}");
        assert!(t.size.is_finite(), "{t:?}");
    }
    assert!(drawn.ops.iter().all(|op| op.colour().3.is_finite()));

    let (_, empty) = draw(&[], &c, None, (800, 420), &LIGHT);
    assert!(empty.is_err());
    let nan = ConvergencePoint {
        t: f64::NAN,
        frontier: f64::NAN,
        meek: f64::NAN,
        gap: f64::NAN,
    };
    let (_, all_nan) = draw(&[nan; 3], &c, None, (800, 420), &LIGHT);
    assert!(all_nan.is_err());
    // A canvas too small for the layout must not panic either.
    let _ = draw(&points, &c, Some(5.0), (20, 20), &LIGHT);
}

#[test]
fn a_guess_inside_the_years_is_a_labelled_dashed_line_on_the_gap_panel() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    for (size, theme) in SIZES {
        let (plain, frame) = draw(&points, &c, None, size, &theme);
        let frame = frame.unwrap();
        assert!(plain.paths_in(REFERENCE).is_empty() && !plain.has_text(LABELS.guess));

        let (drawn, with) = draw_guess(&points, &c, None, Some(7.5), size, &theme);
        assert_eq!(with.unwrap(), frame, "the guess moves nothing");
        let label = drawn.text(LABELS.guess).expect("a guess label");
        assert_eq!(label.colour, Rgba::solid(theme.text), "at {size:?}");
        let dashes = drawn.paths_in(REFERENCE);
        assert!(dashes.len() >= 5, "not dashed at {size:?}");
        // One vertical line at the guessed year, on the gap panel only (the lower 44 %).
        let line: Vec<_> = dashes.iter().flat_map(|d| d.iter()).collect();
        let x = line[0].0;
        assert!(line.iter().all(|p| p.0 == x), "{line:?}");
        let per_pixel = HORIZON.default / f64::from(frame.x_px.1 - frame.x_px.0);
        let year = frame.value_at(f64::from(x)).unwrap();
        assert!((year - 7.5).abs() <= per_pixel, "{year} at {size:?}");
        let [_, top, _, bottom] = support::bounds(line.iter().copied()).unwrap();
        let h = f64::from(size.1);
        assert!(top >= 0.56 * h && bottom < h, "{top}…{bottom} at {size:?}");
        assert!(bottom - top > 0.2 * h, "{top}…{bottom} at {size:?}");
        // No marker, dot or series is added or moved: only the line and its label.
        assert_eq!(drawn.circles_added_to(&plain), vec![]);
        let others = |r: &Recording| -> Vec<support::Op> {
            r.ops
                .iter()
                .filter(|op| op.colour() != REFERENCE)
                .filter(|op| !matches!(op, support::Op::Text(t) if t.text == LABELS.guess))
                .cloned()
                .collect()
        };
        assert_eq!(others(&drawn), others(&plain), "only the guess is added");
        assert_eq!(
            drawn.text(LABELS.half),
            plain.text(LABELS.half),
            "the half-way label stays put"
        );

        // Outside the years drawn, or not a number, the guess is left out entirely.
        for outside in [-1.0, HORIZON.default + 1.0, f64::NAN, f64::INFINITY] {
            let (drawn, _) = draw_guess(&points, &c, None, Some(outside), size, &theme);
            assert_eq!(drawn, plain, "guess {outside} at {size:?}");
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
            let (drawn, frame) = draw_guess(&points, &c, Some(guess), Some(guess), size, &theme);
            frame.unwrap();
            let label = drawn.text(LABELS.guess).expect("a guess label").bbox();
            for marker in [LABELS.peak, LABELS.half] {
                let other = drawn.text(marker).expect("a marker label").bbox();
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
        let (drawn, _) = draw_guess(&points, &c, None, Some(half), size, &theme);
        let (label, other) = (
            drawn.text(LABELS.guess).unwrap().bbox(),
            drawn.text(LABELS.half).unwrap().bbox(),
        );
        assert!(label[3] <= other[1], "{label:?} over {other:?} at {size:?}");
    }
}

/// The band of a small seeded run around `scenario`, one point a year.
fn sampled_band(scenario: Scenario) -> Vec<lejto_model::uncertainty::BandPoint> {
    use lejto_model::uncertainty::{monte_carlo, RANGES};
    monte_carlo(&scenario, HORIZON.default, &RANGES, 300, 7, 20)
        .unwrap()
        .band
}

fn draw_band(
    c: &Convergence,
    points: &[ConvergencePoint],
    band: &[lejto_model::uncertainty::BandPoint],
) -> Recording {
    let chart = ConvergenceChart {
        points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor: None,
        guess: None,
        band,
    };
    let (drawn, frame) = record((800, 480), |root| {
        draw_convergence(root, &chart, &LABELS, &number, &LIGHT)
    });
    frame.unwrap();
    drawn
}

/// The band's two fills: the outer and the inner, in the gap colour at their opacities.
const OUTER: Rgba = Rgba::mix(ChartTheme::LIGHT.gap, 0.16);
const INNER: Rgba = Rgba::mix(ChartTheme::LIGHT.gap, 0.22);

#[test]
fn the_band_is_shaded_under_the_gap_curve_between_its_quantiles() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let band = sampled_band(Scenario::default());
    let drawn = draw_band(&c, &points, &band);
    let outer = drawn.polygons_in(OUTER);
    let inner = drawn.polygons_in(INNER);
    // One outline each in the plot (the legend's swatches are rectangles): along the upper
    // quantile and back along the lower one.
    assert_eq!((outer.len(), inner.len()), (1, 1));
    assert_eq!(outer[0].len(), 2 * band.len());
    // Drawn first, so the curve and its markers lie on top.
    let index = |pred: &dyn Fn(&support::Op) -> bool| drawn.ops.iter().position(pred).unwrap();
    let outer_at = index(&|op| op.colour() == OUTER);
    let inner_at = index(&|op| op.colour() == INNER);
    let width = series_width(&LIGHT);
    let gap_at = index(&|op| {
        matches!(op, support::Op::Path { points: p, colour, width: w }
            if *colour == Rgba::solid(LIGHT.gap) && *w == width && p.len() == points.len())
    });
    assert!(
        outer_at < inner_at && inner_at < gap_at,
        "{outer_at} {inner_at} {gap_at}"
    );
    // Every band year is a sample of the curve (20 years, 120 samples): there the curve lies
    // within the outer band, and the inner band within the outer (a smaller y is higher up).
    let curve = drawn.strokes_in(Rgba::solid(LIGHT.gap), width)[0];
    let n = band.len();
    for i in 0..n {
        let (o_hi, o_lo) = (outer[0][i], outer[0][2 * n - 1 - i]);
        let (i_hi, i_lo) = (inner[0][i], inner[0][2 * n - 1 - i]);
        assert_eq!(o_hi.0, o_lo.0, "one year per pair of corners");
        assert!(
            o_hi.1 <= i_hi.1 && i_hi.1 <= i_lo.1 && i_lo.1 <= o_lo.1,
            "year {i}"
        );
        let on_curve = curve[6 * i];
        assert!((on_curve.0 - o_hi.0).abs() <= 1, "same year, same x");
        assert!(
            o_hi.1 <= on_curve.1 + 1 && on_curve.1 <= o_lo.1 + 1,
            "year {i}: {on_curve:?}"
        );
    }
    // Its legend names both shades.
    assert!(drawn.has_text(LABELS.band_inner) && drawn.has_text(LABELS.band_outer));
}

#[test]
fn without_a_band_nothing_of_it_is_drawn() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let drawn = draw_band(&c, &points, &[]);
    assert!(drawn.polygons_in(OUTER).is_empty() && drawn.polygons_in(INNER).is_empty());
    assert!(!drawn.has_text(LABELS.band_inner) && !drawn.has_text(LABELS.band_outer));
}

#[test]
fn the_gap_axis_grows_to_hold_a_band_wider_than_the_curve_and_skips_broken_points() {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let mut band = sampled_band(Scenario::default());
    // Three times the widest sampled gap on top, and one year of nonsense.
    for b in &mut band {
        b.gap[4] *= 3.0;
    }
    band[4].gap[2] = f64::NAN;
    let drawn = draw_band(&c, &points, &band);
    let outer = drawn.polygons_in(OUTER);
    assert_eq!(
        outer[0].len(),
        2 * (band.len() - 1),
        "the broken year is left out"
    );
    let (w, h) = (800, 480);
    for p in outer[0] {
        assert!(
            p.0 >= 0 && p.0 <= w && p.1 >= 0 && p.1 <= h,
            "{p:?} inside the drawing"
        );
    }
    // The band's top is inside the gap panel (the lower 44 % of the chart), not cut at its top.
    let top = outer[0].iter().map(|p| p.1).min().unwrap();
    assert!(top > (h as f64 * 0.56) as i32, "band top {top}");
}
