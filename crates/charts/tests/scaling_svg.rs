//! Draws the scaling-law chart to SVG natively and checks what it contains.

#[path = "support/svg.rs"]
mod support;

use lejto_charts::{draw_scaling, ChartError, ChartTheme, PlotFrame, ScalingChart, ScalingLabels};
use lejto_model::chinchilla::EPOCH;
use lejto_model::reported::MODELS;
use support::{check_frame, draw_svg, number, CURSOR_LINE, SIZES};

const LABELS: ScalingLabels = ScalingLabels {
    x_axis: "Training compute (FLOP, log scale)",
    y_axis: "Loss",
    reader: "you",
};

fn curve() -> Vec<(f64, f64)> {
    (0..=120)
        .map(|i| 10f64.powf(18.0 + 12.0 * i as f64 / 120.0))
        .map(|c| (c, EPOCH.optimal(c).loss))
        .collect()
}

fn draw(
    curve: &[(f64, f64)],
    cursor: Option<f64>,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (String, Result<PlotFrame, ChartError>) {
    let models: Vec<(&str, f64, f64)> = MODELS
        .iter()
        .map(|m| (m.name, m.compute, EPOCH.optimal(m.compute).loss))
        .collect();
    let chart = ScalingChart {
        curve,
        reader: (1e22, EPOCH.optimal(1e22).loss),
        models: &models,
        cursor,
    };
    draw_svg(size, |root| {
        draw_scaling(root, &chart, &LABELS, &number, theme)
    })
}

#[test]
fn draws_curve_models_reader_and_log_ticks() {
    let (svg, frame) = draw(&curve(), None, (800, 420), &ChartTheme::LIGHT);
    frame.unwrap();
    for text in [
        LABELS.x_axis,
        LABELS.y_axis,
        LABELS.reader,
        "GPT-4",
        "DeepSeek-V3",
        "Llama 3.1 405B",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
    assert!(svg.contains("10²⁴"), "no log tick 10²⁴");
    assert!(
        svg.matches("<circle").count() >= 4,
        "three models and the reader"
    );
    assert!(svg.to_uppercase().contains("#1D5FBF"), "the curve");
}

#[test]
fn cursor_line_and_dot_and_a_log_frame() {
    let curve = curve();
    for (size, theme) in SIZES {
        let (plain, frame) = draw(&curve, None, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert!(frame.log_x);
        assert_eq!(frame.x, (1e18, 1e30));
        // Half-way across a log axis is the geometric middle: 10²⁴.
        let mid = f64::from(frame.x_px.0 + frame.x_px.1) / 2.0;
        let at_mid = frame.value_at(mid).unwrap();
        assert!((at_mid.log10() - 24.0).abs() < 0.05, "{at_mid}");
        assert!(!plain.contains(CURSOR_LINE));

        let (svg, _) = draw(&curve, Some(3.3e23), size, &theme);
        assert_eq!(svg.matches(CURSOR_LINE).count(), 1);
        let circles = |s: &str| s.matches("<circle").count();
        assert_eq!(circles(&svg), circles(&plain) + 2, "a ringed dot");
        let (outside, _) = draw(&curve, Some(1e31), size, &theme);
        assert!(!outside.contains(CURSOR_LINE));
    }
}

#[test]
fn non_finite_samples_are_skipped_and_no_data_is_an_error() {
    let mut curve = curve();
    curve[5].1 = f64::NAN;
    curve[9].0 = f64::INFINITY;
    curve.push((f64::NAN, 2.0));
    let (_, frame) = draw(&curve, Some(1e20), (800, 420), &ChartTheme::LIGHT);
    frame.unwrap();
    assert!(draw(&[], None, (800, 420), &ChartTheme::LIGHT).1.is_err());
    let bad = [(f64::NAN, 1.0), (-1.0, 2.0)];
    assert!(draw(&bad, None, (800, 420), &ChartTheme::LIGHT).1.is_err());
    let _ = draw(&curve, Some(1e20), (20, 20), &ChartTheme::LIGHT);
}
