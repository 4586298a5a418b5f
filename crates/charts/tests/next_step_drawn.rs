//! Draws "the price of the next step" on the recording backend and checks what it draws.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::scaling::power_of_ten;
use lejto_charts::{
    draw_next_step, ChartError, ChartTheme, NextStepChart, NextStepLabels, PlotFrame,
};
use lejto_model::loss::{loss, PowerLaw, KAPPA, L0};
use lejto_model::next_step::next_step;
use lejto_model::Scenario;
use support::{check_frame, number, record, Recording, Rgba, REFERENCE, SIZES};

const LABELS: NextStepLabels = NextStepLabels {
    x_axis: "Further loss cut (%)",
    y_axis: "Price (dollars, log scale)",
    floor: "no further",
    beyond: "beyond the plausible",
    reader: "your step",
};
const YARDSTICK: &str = "largest budget";
/// A frontier run's compute, FLOP.
const COMPUTE: f64 = 2.1e25;

/// Dollars for a log tick: "$10⁹".
fn money(v: f64) -> String {
    format!("${}", power_of_ten(v))
}

/// The price of cutting `cut` percent, from the model.
fn dollars(cut: f64) -> Option<f64> {
    let alpha = Scenario::default().alpha;
    next_step(&PowerLaw::paper(alpha), COMPUTE, cut / 100.0, KAPPA).map(|s| s.dollars)
}

/// The curve (up to a trillion times the yardstick), the floor and the yardstick crossing.
struct Data {
    curve: Vec<(f64, f64)>,
    floor: f64,
    yardstick: f64,
    crossing: f64,
    reader: (f64, f64),
}

fn data() -> Data {
    let alpha = Scenario::default().alpha;
    // No cut takes the loss below L0.
    let floor = 100.0 * (1.0 - L0 / loss(COMPUTE, alpha));
    let yardstick = 1e11;
    let curve: Vec<(f64, f64)> = (0..=400)
        .map(|i| floor * f64::from(i) / 400.0)
        .filter_map(|cut| dollars(cut).map(|d| (cut, d)))
        .filter(|p| p.1 <= yardstick * 1e3)
        .collect();
    let (mut lo, mut hi) = (0.0, floor);
    for _ in 0..80 {
        let mid = 0.5 * (lo + hi);
        if dollars(mid).is_some_and(|d| d < yardstick) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let reader_cut = 0.5 * lo;
    Data {
        curve,
        floor,
        yardstick,
        crossing: lo,
        reader: (reader_cut, dollars(reader_cut).unwrap()),
    }
}

fn chart(d: &Data, cursor: Option<f64>) -> NextStepChart<'_> {
    NextStepChart {
        curve: &d.curve,
        x_max: (d.floor * 1.15).ceil(),
        floor: Some(d.floor),
        yardstick: Some((d.yardstick, YARDSTICK)),
        crossing: Some(d.crossing),
        reader: Some(d.reader),
        cursor,
    }
}

fn draw(
    chart: &NextStepChart,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (Recording, Result<PlotFrame, ChartError>) {
    record(size, |root| {
        draw_next_step(root, chart, &LABELS, &number, &money, theme)
    })
}

#[test]
fn draws_curve_floor_yardstick_reader_and_decade_ticks_at_every_size() {
    let d = data();
    assert!(d.floor > 1.0 && d.crossing > 0.0 && d.crossing < d.floor);
    let c = chart(&d, None);
    for (size, theme) in SIZES {
        let (drawn, frame) = draw(&c, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert_eq!(frame.x, (0.0, c.x_max));
        for text in [
            LABELS.x_axis,
            LABELS.y_axis,
            LABELS.floor,
            LABELS.beyond,
            LABELS.reader,
            YARDSTICK,
        ] {
            let t = drawn
                .text(text)
                .unwrap_or_else(|| panic!("missing {text} at {size:?}"));
            assert_eq!(t.colour, Rgba::solid(theme.text), "{text}");
        }
        // The curve in the frontier colour, the reader's dot (and its key) in the meek
        // colour, the yardstick and its shaded region in the gap colour.
        let curve = drawn.paths_in(Rgba::solid(theme.frontier));
        assert_eq!(curve.len(), 1, "one curve at {size:?}");
        assert!(curve[0].len() > 2);
        let reader = drawn.circles_in(Rgba::solid(theme.meek));
        assert_eq!(reader.len(), 2, "the reader's dot and key at {size:?}");
        assert!(reader.iter().all(|c| c.2));
        let shade = drawn.rects_in(Rgba::mix(theme.gap, 0.12));
        assert_eq!(shade.len(), 1, "the region beyond at {size:?}");
        assert!(shade[0].2, "filled");
        // Log ticks at whole decades, at most six of them (every other one over six decades).
        let ticks = drawn.texts().filter(|t| t.text.starts_with("$10")).count();
        assert!((2..=6).contains(&ticks), "{ticks} ticks");
        assert!(drawn.has_text(&money(1e10)), "no $10¹⁰ tick");
        // The floor and the yardstick are dashed: many short strokes each, the floor
        // vertical, the yardstick horizontal.
        let floor = drawn.paths_in(REFERENCE);
        assert!(floor.len() >= 5, "no floor");
        assert!(floor
            .iter()
            .flat_map(|s| s.iter())
            .all(|p| p.0 == floor[0][0].0));
        let yard = drawn.paths_in(Rgba::solid(theme.gap));
        assert!(yard.len() >= 5, "no yardstick");
        assert!(yard
            .iter()
            .flat_map(|s| s.iter())
            .all(|p| p.1 == yard[0][0].1));
        assert!(drawn.cursor_lines().is_empty());
    }
}

#[test]
fn cursor_line_and_dot_on_the_curve() {
    let d = data();
    for (size, theme) in SIZES {
        let (plain, _) = draw(&chart(&d, None), size, &theme);
        let (drawn, frame) = draw(&chart(&d, Some(d.crossing * 0.8)), size, &theme);
        frame.unwrap();
        let lines = drawn.cursor_lines();
        assert_eq!(lines.len(), 1);
        // A ringed dot on the line: the background, then the curve's colour.
        let x = lines[0][0].0;
        let added = drawn.circles_added_to(&plain);
        let colours: Vec<Rgba> = added.iter().map(|c| c.2).collect();
        assert_eq!(
            colours,
            [Rgba::solid(theme.background), Rgba::solid(theme.frontier)],
            "a ringed dot"
        );
        assert!(added.iter().all(|c| c.3 && c.0 .0 == x));
        let (outside, _) = draw(&chart(&d, Some(-0.5)), size, &theme);
        assert_eq!(outside, plain);
    }
}

#[test]
fn a_long_key_goes_above_a_narrow_plot_and_stays_on_the_canvas() {
    let d = data();
    let c = chart(&d, Some(d.crossing * 0.8));
    let labels = NextStepLabels {
        reader: "a te csökkentésed",
        ..LABELS
    };
    let hidpi = ChartTheme {
        scale: 3.0,
        ..ChartTheme::LIGHT
    };
    for (size, theme, above) in [
        ((300, 260), ChartTheme::LIGHT, true),
        ((900, 780), hidpi, true),
        ((900, 400), ChartTheme::LIGHT, false),
    ] {
        let (drawn, frame) = record(size, |root| {
            draw_next_step(root, &c, &labels, &number, &money, &theme)
        });
        check_frame(&frame.unwrap(), size.0);
        let key = drawn.text(labels.reader).expect("the reader's key");
        let [left, top, right, bottom] = key.bbox();
        assert!(
            left >= 0.0 && right <= f64::from(size.0),
            "{key:?} at {size:?}"
        );
        // Wholly above the plot's top edge, or wholly below it (in a box inside the plot).
        let plot_top = drawn.cursor_top();
        if above {
            assert!(
                bottom <= plot_top,
                "{key:?} not above {plot_top} at {size:?}"
            );
        } else {
            assert!(
                top >= plot_top,
                "{key:?} not inside, {plot_top} at {size:?}"
            );
        }
    }
}

#[test]
fn points_outside_the_axes_are_not_drawn() {
    let d = data();
    let mut c = chart(&d, None);
    c.reader = Some((c.x_max + 1.0, 1e9));
    c.floor = Some(c.x_max * 2.0);
    let (drawn, frame) = draw(&c, (800, 420), &ChartTheme::LIGHT);
    frame.unwrap();
    assert_eq!(
        drawn.ops_in_rgb(ChartTheme::LIGHT.meek),
        Vec::<&support::Op>::new(),
        "reader drawn off the axis"
    );
    assert!(!drawn.has_text(LABELS.reader) && !drawn.has_text(LABELS.floor));
    assert!(drawn.paths_in(REFERENCE).is_empty(), "a floor off the axis");
}

#[test]
fn bad_data_is_an_error_and_non_finite_points_are_skipped() {
    let d = data();
    let theme = ChartTheme::LIGHT;
    let mut c = chart(&d, None);
    c.curve = &[];
    assert!(draw(&c, (800, 420), &theme).1.is_err());
    let unusable = [
        (1.0, 0.0),
        (2.0, -5.0),
        (f64::NAN, 1e9),
        (3.0, f64::INFINITY),
    ];
    c.curve = &unusable;
    assert!(draw(&c, (800, 420), &theme).1.is_err());
    let mut ok = chart(&d, Some(1.0));
    ok.x_max = 0.0;
    assert!(draw(&ok, (800, 420), &theme).1.is_err());
    ok.x_max = f64::NAN;
    assert!(draw(&ok, (800, 420), &theme).1.is_err());

    let mut holes = d.curve.clone();
    holes[4].1 = f64::NAN;
    holes[7] = (f64::INFINITY, 1e10);
    holes.push((1.0, f64::INFINITY));
    let mut c = chart(&d, Some(1.0));
    c.curve = &holes;
    c.yardstick = Some((f64::NAN, YARDSTICK));
    c.reader = Some((f64::NAN, 1e9));
    let (drawn, frame) = draw(&c, (340, 420), &theme);
    frame.unwrap();
    assert!(!drawn.has_text(YARDSTICK) && !drawn.has_text(LABELS.beyond));
    // A yardstick below every price shades the whole plot; a tiny canvas must not panic.
    let mut low = chart(&d, None);
    low.yardstick = Some((1.0, YARDSTICK));
    assert!(draw(&low, (800, 420), &theme).1.is_ok());
    let _ = draw(&chart(&d, Some(1.0)), (20, 20), &theme);
}

#[test]
fn extreme_prices_never_panic() {
    let d = data();
    let theme = ChartTheme::LIGHT;
    for curve in [
        vec![(0.0, 1e-320), (1.0, 1e300)],
        vec![(0.0, 1e307), (1.0, 1.7e308)],
        vec![(0.5, 3.0)],
    ] {
        let mut c = chart(&d, Some(0.5));
        c.curve = &curve;
        c.yardstick = Some((1e307, YARDSTICK));
        let _ = draw(&c, (340, 420), &theme);
    }
}
