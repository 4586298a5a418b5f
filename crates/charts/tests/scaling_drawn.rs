//! Draws the scaling-law chart on the recording backend and checks what it draws.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::{draw_scaling, ChartError, ChartTheme, PlotFrame, ScalingChart, ScalingLabels};
use lejto_model::chinchilla::EPOCH;
use lejto_model::reported::MODELS;
use support::{check_frame, number, record, Recording, Rgba, SIZES};

const LIGHT: ChartTheme = ChartTheme::LIGHT;

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
) -> (Recording, Result<PlotFrame, ChartError>) {
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
    record(size, |root| {
        draw_scaling(root, &chart, &LABELS, &number, theme)
    })
}

#[test]
fn draws_curve_models_reader_and_log_ticks() {
    let curve = curve();
    let (drawn, frame) = draw(&curve, None, (800, 420), &LIGHT);
    frame.unwrap();
    for text in [LABELS.x_axis, LABELS.y_axis, LABELS.reader] {
        assert!(drawn.has_text(text), "missing {text}");
    }
    assert!(drawn.has_text("10²⁴"), "no log tick 10²⁴");
    // Each reported model is a dot in the text colour with its name centred over or under
    // it.
    let dots = drawn.circles_in(Rgba::solid(LIGHT.text));
    assert_eq!(dots.len(), MODELS.len(), "{dots:?}");
    for name in ["GPT-4", "DeepSeek-V3", "Llama 3.1 405B"] {
        let text = drawn.text(name).unwrap_or_else(|| panic!("missing {name}"));
        assert_eq!(text.colour, Rgba::solid(LIGHT.text), "{name}");
        let [left, _, right, _] = text.bbox();
        let centre = (left + right) / 2.0;
        assert!(
            dots.iter()
                .any(|d| d.2 && (f64::from(d.0 .0) - centre).abs() <= 1.0),
            "{name} is not centred on a dot: {text:?}"
        );
    }
    // The reader is a filled dot in the meek colour, and so is its key's swatch.
    let reader = drawn.circles_in(Rgba::solid(LIGHT.meek));
    assert_eq!(reader.len(), 2, "{reader:?}");
    assert!(reader.iter().all(|c| c.2));
    // The curve is one stroke through every sample, in the frontier colour.
    let strokes = drawn.paths_in(Rgba::solid(LIGHT.frontier));
    assert_eq!(strokes.len(), 1, "the curve");
    assert_eq!(strokes[0].len(), curve.len());
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
        assert!(plain.cursor_lines().is_empty());

        let (drawn, _) = draw(&curve, Some(3.3e23), size, &theme);
        let lines = drawn.cursor_lines();
        assert_eq!(lines.len(), 1);
        // At the cursor's compute, as the frame reads it, to the pixel (12 decades across).
        let x = lines[0][0].0;
        assert!(lines[0].iter().all(|p| p.0 == x));
        let at = frame.value_at(f64::from(x)).unwrap();
        let per_pixel = 12.0 / f64::from(frame.x_px.1 - frame.x_px.0);
        let off = (at.log10() - 3.3e23f64.log10()).abs();
        assert!(off <= per_pixel, "{at:e} at {size:?}");
        // A ringed dot: the background, then the curve's colour, on the line.
        let added = drawn.circles_added_to(&plain);
        let colours: Vec<Rgba> = added.iter().map(|c| c.2).collect();
        assert_eq!(
            colours,
            [Rgba::solid(theme.background), Rgba::solid(theme.frontier)],
            "a ringed dot"
        );
        assert!(added.iter().all(|c| c.3 && c.0 .0 == x));
        let (outside, _) = draw(&curve, Some(1e31), size, &theme);
        assert_eq!(outside, plain);
    }
}

#[test]
fn non_finite_samples_are_skipped_and_no_data_is_an_error() {
    let mut curve = curve();
    curve[5].1 = f64::NAN;
    curve[9].0 = f64::INFINITY;
    curve.push((f64::NAN, 2.0));
    let (drawn, frame) = draw(&curve, Some(1e20), (800, 420), &LIGHT);
    frame.unwrap();
    // The curve's one stroke holds only the finite samples.
    let strokes = drawn.paths_in(Rgba::solid(LIGHT.frontier));
    assert_eq!(strokes.len(), 1);
    assert_eq!(strokes[0].len(), curve.len() - 3);
    assert!(draw(&[], None, (800, 420), &LIGHT).1.is_err());
    let bad = [(f64::NAN, 1.0), (-1.0, 2.0)];
    assert!(draw(&bad, None, (800, 420), &LIGHT).1.is_err());
    let _ = draw(&curve, Some(1e20), (20, 20), &LIGHT);
}
