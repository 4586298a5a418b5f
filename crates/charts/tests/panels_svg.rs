//! Draws the small multiples (loss gap, benchmark points, years behind) to SVG and checks them.

use lejto_charts::{draw_panels, ChartTheme, Panel, PanelsChart, SeriesColor};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, Scenario};
use plotters::prelude::*;

struct Data {
    gap: Vec<(f64, f64)>,
    bench: Vec<(f64, f64)>,
    behind: Vec<(f64, f64)>,
    peak: (f64, f64),
}

fn data() -> Data {
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let ts: Vec<f64> = (0..=120).map(|i| c.horizon() * i as f64 / 120.0).collect();
    let p = c.benchmark_peak(1);
    Data {
        gap: ts.iter().map(|&t| (t, c.gap(t))).collect(),
        bench: ts
            .iter()
            .map(|&t| (t, 100.0 * c.benchmark_gap(t, 1)))
            .collect(),
        behind: ts
            .iter()
            .map(|&t| (t, c.years_behind(t).unwrap()))
            .collect(),
        peak: (p.t, 100.0 * p.gap),
    }
}

fn render(
    d: &Data,
    size: (u32, u32),
    theme: &ChartTheme,
    cursor: Option<f64>,
) -> (String, lejto_charts::PlotFrame) {
    let panels = [
        Panel {
            y_axis: "Loss gap",
            points: &d.gap,
            color: SeriesColor::Gap,
            include_zero: true,
            marker: None,
        },
        Panel {
            y_axis: "Gap, points",
            points: &d.bench,
            color: SeriesColor::Frontier,
            include_zero: true,
            marker: Some((d.peak.0, d.peak.1, "peak")),
        },
        Panel {
            y_axis: "Years behind",
            points: &d.behind,
            color: SeriesColor::Meek,
            include_zero: true,
            marker: None,
        },
    ];
    let chart = PanelsChart {
        panels: &panels,
        x_axis: "Years from the start",
        cursor,
    };
    let mut svg = String::new();
    let frame;
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        frame = draw_panels(&root, &chart, &|v, d| format!("{v:.d$}"), theme).unwrap();
    }
    (svg, frame)
}

#[test]
fn three_panels_with_titles_colours_marker_and_shared_axis() {
    let d = data();
    for (size, theme) in [
        ((800, 420), ChartTheme::LIGHT),
        ((340, 420), ChartTheme::LIGHT),
        (
            (1020, 1260),
            ChartTheme {
                scale: 3.0,
                ..ChartTheme::LIGHT
            },
        ),
    ] {
        let (svg, frame) = render(&d, size, &theme, None);
        for text in [
            "Loss gap",
            "Gap, points",
            "Years behind",
            "Years from the start",
            "peak",
        ] {
            assert!(svg.contains(text), "{size:?}: missing {text}");
        }
        for colour in ["#1D5FBF", "#C24E00", "#6B2FA3"] {
            assert!(svg.to_uppercase().contains(colour), "{size:?}: no {colour}");
        }
        // The shared x axis is titled once, under the bottom panel.
        assert_eq!(svg.matches("Years from the start").count(), 1, "{size:?}");
        assert!(frame.x_px.0 > 0 && (frame.x_px.1 as u32) < size.0);
        assert!((frame.value_at(frame.x_px.0 as f64).unwrap()).abs() < 1e-9);
    }
}

#[test]
fn cursor_only_when_given_and_bad_points_are_skipped() {
    let mut d = data();
    let (plain, _) = render(&d, (800, 420), &ChartTheme::LIGHT, None);
    let (marked, _) = render(&d, (800, 420), &ChartTheme::LIGHT, Some(5.0));
    assert_eq!(
        marked.matches("<circle").count(),
        plain.matches("<circle").count() + 6,
        "a dot and its ring per panel"
    );
    d.bench[10].1 = f64::NAN;
    d.gap[3].1 = f64::INFINITY;
    render(&d, (800, 420), &ChartTheme::LIGHT, Some(5.0));
}

#[test]
fn no_data_is_an_error_not_a_panic() {
    let mut svg = String::new();
    let root = SVGBackend::with_string(&mut svg, (400, 300)).into_drawing_area();
    let empty = PanelsChart {
        panels: &[],
        x_axis: "x",
        cursor: None,
    };
    assert!(draw_panels(&root, &empty, &|v, _| v.to_string(), &ChartTheme::LIGHT).is_err());
    let one = [Panel {
        y_axis: "y",
        points: &[(0.0, 1.0)],
        color: SeriesColor::Gap,
        include_zero: false,
        marker: None,
    }];
    let short = PanelsChart {
        panels: &one,
        x_axis: "x",
        cursor: None,
    };
    assert!(draw_panels(&root, &short, &|v, _| v.to_string(), &ChartTheme::LIGHT).is_err());
}
