//! Draws the price-of-the-next-step chart to SVG and checks it.

use lejto_charts::{draw_next_step, ChartTheme, NextStepChart, NextStepLabels};
use lejto_model::chinchilla::EPOCH;
use lejto_model::next_step::{cut_at_price, max_cut, next_step, price_curve};
use lejto_model::yardstick::YARDSTICKS;
use plotters::prelude::*;

const LABELS: NextStepLabels = NextStepLabels {
    x_axis: "Further cut in loss (%)",
    y_axis: "Price (log scale)",
    floor: "floor",
    beyond: "beyond the plausible",
    reader: "your cut",
};

fn money(v: f64) -> String {
    format!("$1e{}", v.log10().round())
}

fn render(
    size: (u32, u32),
    theme: &ChartTheme,
    cursor: Option<f64>,
) -> (String, lejto_charts::PlotFrame) {
    let (law, c, fpd) = (EPOCH.law(), 2.1e25, 7e17);
    let most = max_cut(&law, c);
    let curve = price_curve(&law, c, fpd, 0.97 * most, 120);
    let yard = YARDSTICKS[0];
    let step = next_step(&law, c, 0.02, fpd).unwrap();
    let chart = NextStepChart {
        curve: &curve,
        x_max: 100.0 * most,
        floor: Some(100.0 * most),
        yardstick: Some((yard.dollars, "Hungary GDP")),
        crossing: cut_at_price(&law, c, fpd, yard.dollars).map(|x| 100.0 * x),
        reader: Some((2.0, step.dollars)),
        cursor,
    };
    let mut svg = String::new();
    let frame;
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        frame = draw_next_step(
            &root,
            &chart,
            &LABELS,
            &|v, d| format!("{v:.d$}"),
            &money,
            theme,
        )
        .unwrap();
    }
    (svg, frame)
}

#[test]
fn draws_curve_floor_yardstick_and_reader() {
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
        let (svg, frame) = render(size, &theme, None);
        for text in [
            LABELS.x_axis,
            LABELS.y_axis,
            LABELS.floor,
            LABELS.beyond,
            LABELS.reader,
            "Hungary GDP",
        ] {
            assert!(svg.contains(text), "{size:?}: missing {text}");
        }
        // Log ticks come from the money formatter, in whole decades.
        let ticks: Vec<&str> = svg
            .match_indices("$1e")
            .map(|(i, _)| &svg[i..i + 6])
            .collect();
        assert!(
            svg.contains("$1e7"),
            "{size:?}: no decade tick in {ticks:?}"
        );
        assert!(svg.to_uppercase().contains("#1D5FBF"), "curve colour");
        assert!(frame.x_px.0 > 0 && (frame.x_px.1 as u32) < size.0);
        assert!(frame.value_at(frame.x_px.0 as f64).unwrap().abs() < 1e-9);
    }
}

#[test]
fn cursor_only_when_given() {
    let (plain, _) = render((800, 420), &ChartTheme::LIGHT, None);
    let (marked, _) = render((800, 420), &ChartTheme::LIGHT, Some(2.5));
    assert_eq!(
        marked.matches("<circle").count(),
        plain.matches("<circle").count() + 1
    );
    assert!(marked.matches("<polyline").count() > plain.matches("<polyline").count());
}

#[test]
fn empty_or_bad_data_is_an_error_not_a_panic() {
    let mut svg = String::new();
    let root = SVGBackend::with_string(&mut svg, (400, 300)).into_drawing_area();
    let bad = [(0.0, f64::NAN), (1.0, -1.0)];
    let chart = NextStepChart {
        curve: &bad,
        x_max: 4.0,
        floor: None,
        yardstick: None,
        crossing: None,
        reader: None,
        cursor: None,
    };
    assert!(draw_next_step(
        &root,
        &chart,
        &LABELS,
        &|v, _| v.to_string(),
        &money,
        &ChartTheme::LIGHT
    )
    .is_err());
}
