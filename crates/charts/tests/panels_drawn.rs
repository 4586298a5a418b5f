//! Draws the small multiples (loss gap, benchmark gap, years behind) on the recording backend
//! and checks what they draw.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::{
    draw_panels, ChartError, ChartTheme, Panel, PanelsChart, PlotFrame, SeriesColor,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, Scenario};
use support::{check_frame, number, record, series_rgb, Recording, Rgba, SIZES};

const X_AXIS: &str = "Years from start";
const TITLES: [&str; 3] = [
    "Loss gap ΔL (nats)",
    "Benchmark gap (percentage points)",
    "Years behind (yr)",
];
/// Steps of the benchmark task (a plain multiple-choice question).
const STEPS: u32 = 1;

/// The three series of the default scenario, sampled from the model.
fn series() -> [Vec<(f64, f64)>; 3] {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let ts: Vec<f64> = (0..=200)
        .map(|i| HORIZON.default * f64::from(i) / 200.0)
        .collect();
    [
        ts.iter().map(|&t| (t, c.gap(t))).collect(),
        ts.iter()
            .map(|&t| (t, 100.0 * c.benchmark_gap(t, STEPS)))
            .collect(),
        ts.iter()
            .filter_map(|&t| c.years_behind(t).map(|y| (t, y)))
            .collect(),
    ]
}

fn panels<'a>(s: &'a [Vec<(f64, f64)>; 3], c: &Convergence) -> [Panel<'a>; 3] {
    let peak = c.peak();
    let bench = c.benchmark_peak(STEPS);
    [
        Panel {
            y_axis: TITLES[0],
            points: &s[0],
            color: SeriesColor::Gap,
            include_zero: true,
            marker: Some((peak.t, peak.gap, "peak")),
        },
        Panel {
            y_axis: TITLES[1],
            points: &s[1],
            color: SeriesColor::Meek,
            include_zero: true,
            marker: Some((bench.t, 100.0 * bench.gap, "largest")),
        },
        Panel {
            y_axis: TITLES[2],
            points: &s[2],
            color: SeriesColor::Frontier,
            include_zero: true,
            marker: None,
        },
    ]
}

fn draw(
    panels: &[Panel],
    cursor: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (Recording, Result<PlotFrame, ChartError>) {
    let chart = PanelsChart {
        panels,
        x_axis: X_AXIS,
        cursor,
    };
    record(size, |root| draw_panels(root, &chart, &number, theme))
}

fn projection() -> Convergence {
    Convergence::new(Scenario::default(), HORIZON.default).unwrap()
}

#[test]
fn three_panels_with_titles_one_x_axis_and_markers_at_every_size() {
    let (s, c) = (series(), projection());
    let panels = panels(&s, &c);
    for (size, theme) in SIZES {
        let (drawn, frame) = draw(&panels, None, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert_eq!(frame.x, (0.0, HORIZON.default));
        for title in TITLES {
            assert!(drawn.has_text(title), "missing {title} at {size:?}");
        }
        assert_eq!(drawn.count_text(X_AXIS), 1, "one x axis title");
        assert!(drawn.has_text("peak") && drawn.has_text("largest"));
        // Each panel's series is one stroke through every sample in its own colour.
        for (panel, points) in panels.iter().zip(&s) {
            let colour = Rgba::solid(series_rgb(panel.color, &theme));
            let strokes = drawn.paths_in(colour);
            assert_eq!(strokes.len(), 1, "{} at {size:?}", panel.y_axis);
            assert_eq!(strokes[0].len(), points.len(), "{}", panel.y_axis);
        }
        // The markers sit on their panels' series, in their colour, filled.
        for (panel, label) in [(panels[0], "peak"), (panels[1], "largest")] {
            let colour = Rgba::solid(series_rgb(panel.color, &theme));
            assert!(
                drawn.circles_in(colour).iter().any(|c| c.2),
                "no {label} marker at {size:?}"
            );
        }
        assert!(drawn.cursor_lines().is_empty());
        // Titles stay at a readable size even on the phone (9 CSS px at the least).
        let smallest = drawn
            .texts()
            .filter(|t| TITLES.contains(&t.text.as_str()))
            .map(|t| t.size)
            .fold(f64::INFINITY, f64::min);
        assert!(
            smallest >= 9.0 * theme.scale - 0.5,
            "title font {smallest} at {size:?}"
        );
    }
}

#[test]
fn only_the_bottom_panel_labels_the_years() {
    let (s, c) = (series(), projection());
    let panels = panels(&s, &c);
    let (drawn, _) = draw(&panels, None, (800, 420), &ChartTheme::LIGHT);
    // Year ticks sit in a single row at the bottom: every text reading a year tick that lies
    // below the last panel's title.
    let title_y = text_y(&drawn, TITLES[2]).unwrap();
    let ticks: Vec<i32> = ["5", "10", "15", "20"]
        .iter()
        .filter_map(|t| text_y(&drawn, t))
        .collect();
    assert!(!ticks.is_empty(), "no year ticks");
    for y in ticks {
        assert!(y > title_y, "a year tick above the bottom panel");
    }
}

/// The largest y of a text reading exactly `text`.
fn text_y(drawn: &Recording, text: &str) -> Option<i32> {
    drawn
        .texts()
        .filter(|t| t.text == text)
        .map(|t| t.at.1)
        .max()
}

#[test]
fn cursor_runs_through_every_panel() {
    let (s, c) = (series(), projection());
    let panels = panels(&s, &c);
    for (size, theme) in SIZES {
        let (plain, _) = draw(&panels, None, size, &theme);
        let (drawn, frame) = draw(&panels, Some(6.5), size, &theme);
        frame.unwrap();
        let lines = drawn.cursor_lines();
        assert_eq!(lines.len(), 3, "a segment per panel");
        // All at one x, top to bottom, none overlapping the next.
        let x = lines[0][0].0;
        let spans: Vec<[f64; 4]> = lines
            .iter()
            .map(|l| support::bounds(l.iter()).unwrap())
            .collect();
        assert!(spans.iter().all(|b| b[0] == f64::from(x) && b[2] == b[0]));
        assert!(spans.windows(2).all(|w| w[0][3] < w[1][1]), "{spans:?}");
        // A ringed dot per panel, in its series' colour, on the line.
        let added = drawn.circles_added_to(&plain);
        assert_eq!(added.len(), 6, "a ringed dot per panel");
        let rings = added
            .iter()
            .filter(|c| c.2 == Rgba::solid(theme.background))
            .count();
        assert_eq!(rings, 3);
        for panel in &panels {
            let colour = Rgba::solid(series_rgb(panel.color, &theme));
            assert_eq!(added.iter().filter(|c| c.2 == colour).count(), 1);
        }
        assert!(added.iter().all(|c| c.3 && c.0 .0 == x));
        let (outside, _) = draw(&panels, Some(-1.0), size, &theme);
        assert_eq!(outside, plain);
    }
}

#[test]
fn hidpi_scale_enlarges_fonts_and_strokes() {
    let (s, c) = (series(), projection());
    let panels = panels(&s, &c);
    let (one, _) = draw(&panels, None, (340, 420), &ChartTheme::LIGHT);
    let (three, _) = draw(&panels, None, (1020, 1260), &SIZES[2].1);
    let strokes = f64::from(three.max_stroke_width()) / f64::from(one.max_stroke_width());
    assert!((strokes - 3.0).abs() < 0.5, "{strokes}");
    let fonts = three.max_font_size() / one.max_font_size();
    assert!((fonts - 3.0).abs() < 0.3, "{fonts}");
}

#[test]
fn bad_data_is_an_error_and_non_finite_points_are_skipped() {
    let (s, c) = (series(), projection());
    let base = panels(&s, &c);
    let theme = ChartTheme::LIGHT;
    assert!(draw(&[], None, (800, 420), &theme).1.is_err());

    let nan = [(f64::NAN, 1.0), (2.0, f64::INFINITY)];
    let mut one_bad = base;
    one_bad[1].points = &nan;
    assert!(draw(&one_bad, None, (800, 420), &theme).1.is_err());
    one_bad[1].points = &[];
    assert!(draw(&one_bad, None, (800, 420), &theme).1.is_err());

    let mut holes = s[0].clone();
    holes[3].1 = f64::NAN;
    holes[50] = (f64::INFINITY, 0.1);
    holes.push((f64::NAN, f64::NAN));
    let mut with_holes = base;
    with_holes[0].points = &holes;
    with_holes[0].marker = Some((f64::NAN, 0.2, "peak"));
    let (drawn, frame) = draw(&with_holes, Some(3.0), (800, 420), &theme);
    let frame = frame.unwrap();
    assert_eq!(frame.x, (0.0, HORIZON.default));
    assert!(!drawn.has_text("peak"), "a marker at NaN is not drawn");
    // The first panel's stroke leaves the three bad samples out.
    let gap = drawn.paths_in(Rgba::solid(theme.gap));
    assert_eq!(gap.len(), 1);
    assert_eq!(gap[0].len(), holes.len() - 3);

    // One panel, a single point, a tiny canvas: drawn or refused, never a panic.
    let single = [(3.0, 0.5)];
    let mut lone = base[0];
    lone.points = &single;
    assert!(draw(&[lone], Some(3.0), (340, 140), &theme).1.is_ok());
    let _ = draw(&base, Some(3.0), (20, 20), &theme);
}

#[test]
fn extreme_values_and_many_panels_never_panic() {
    let (s, c) = (series(), projection());
    let base = panels(&s, &c);
    let theme = ChartTheme::LIGHT;
    let huge = [(0.0, 1e308), (1.0, -1e308)];
    let mut wide = base;
    wide[2].points = &huge;
    assert!(draw(&wide, Some(0.5), (800, 420), &theme).1.is_err());
    let tiny = [(0.0, 1e-300), (1e-300, 2e-300)];
    wide[2].points = &tiny;
    let _ = draw(&wide, Some(0.0), (800, 420), &theme);
    let many = vec![base[0]; 60];
    let _ = draw(&many, Some(5.0), (340, 420), &theme);
}
