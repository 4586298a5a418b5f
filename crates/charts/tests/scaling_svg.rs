//! Draws the scaling-law chart to SVG natively and checks what it contains.

use lejto_charts::{draw_scaling, ChartTheme, ScalingChart, ScalingLabels};
use lejto_model::chinchilla::EPOCH;
use lejto_model::reported::MODELS;
use plotters::prelude::*;

#[test]
fn draws_curve_models_reader_and_log_ticks() {
    let curve: Vec<(f64, f64)> = (0..=120)
        .map(|i| 10f64.powf(18.0 + 12.0 * i as f64 / 120.0))
        .map(|c| (c, EPOCH.optimal(c).loss))
        .collect();
    let models: Vec<(&str, f64, f64)> = MODELS
        .iter()
        .map(|m| (m.name, m.compute, EPOCH.optimal(m.compute).loss))
        .collect();
    let reader = (1e22, EPOCH.optimal(1e22).loss);
    let labels = ScalingLabels {
        x_axis: "Training compute (FLOP, log scale)",
        y_axis: "Loss",
        reader: "you",
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (800, 420)).into_drawing_area();
        let chart = ScalingChart {
            curve: &curve,
            reader,
            models: &models,
            cursor: Some(1e24),
        };
        draw_scaling(
            &root,
            &chart,
            &labels,
            &|v, d| format!("{v:.d$}"),
            &ChartTheme::LIGHT,
        )
        .unwrap();
    }
    for text in [
        labels.x_axis,
        labels.y_axis,
        labels.reader,
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
