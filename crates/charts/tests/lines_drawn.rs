//! Draws the shared lines chart (money and counterweight calculators) on the recording backend
//! and checks what it draws.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::{
    draw_lines, ChartError, ChartTheme, Line, LineStyle, LinesChart, PlotFrame, SeriesColor,
};
use support::{check_frame, number, record, Op, Point, Recording, Rgba, REFERENCE, SIZES};

const X_AXIS: &str = "Years from purchase";
const Y_AXIS: &str = "Value (dollars)";
const LABELS: [&str; 4] = ["small labs", "all labs", "rent", "purchase price"];
const EVENT: &str = "new chip arrives";
const MARKER: &str = "widest gap";
const LIGHT: ChartTheme = ChartTheme::LIGHT;

/// Dollars, with the value written out so a test can read it back.
fn money(v: f64) -> String {
    format!("${v:e}")
}

/// Two stacked areas (cumulative sums), a dashed line and a flat reference line, yearly.
fn series() -> [Vec<(f64, f64)>; 4] {
    let years = || (0..=10).map(f64::from);
    let small: Vec<(f64, f64)> = years().map(|t| (t, 20.0 + 3.0 * t)).collect();
    let all = small
        .iter()
        .map(|&(t, v)| (t, v + 40.0 - 2.0 * t))
        .collect();
    [
        small,
        all,
        years().map(|t| (t, 10.0 + 0.8 * t * t)).collect(),
        years().map(|t| (t, 50.0)).collect(),
    ]
}

fn lines(s: &[Vec<(f64, f64)>; 4]) -> [Line<'_>; 4] {
    let line = |i: usize, color, style| Line {
        label: LABELS[i],
        points: &s[i],
        color,
        style,
    };
    [
        line(0, SeriesColor::Meek, LineStyle::Area),
        line(1, SeriesColor::Frontier, LineStyle::Area),
        line(2, SeriesColor::Gap, LineStyle::Dashed),
        line(3, SeriesColor::Text, LineStyle::Solid),
    ]
}

fn chart<'a>(lines: &'a [Line<'a>]) -> LinesChart<'a> {
    LinesChart {
        lines,
        x_axis: X_AXIS,
        y_axis: Y_AXIS,
        log_y: false,
        include_zero: true,
        y_max: None,
        event: Some((4.0, EVENT)),
        marker: Some((7.0, 10.0 + 0.8 * 49.0, MARKER)),
        cursor: None,
    }
}

fn draw(
    chart: &LinesChart,
    size: (u32, u32),
    theme: &ChartTheme,
) -> (Recording, Result<PlotFrame, ChartError>) {
    record(size, |root| draw_lines(root, chart, &number, &money, theme))
}

/// The series stroke width: 2.5 CSS pixels.
fn series_width(theme: &ChartTheme) -> u32 {
    (2.5 * theme.scale).round() as u32
}

/// The corners of every polygon filled in `colour` at any opacity.
fn fills(drawn: &Recording, colour: lejto_charts::Rgb) -> Vec<&[Point]> {
    drawn
        .ops_in_rgb(colour)
        .into_iter()
        .filter_map(|op| match op {
            Op::Polygon { points, .. } => Some(points.as_slice()),
            _ => None,
        })
        .collect()
}

#[test]
fn titles_legend_marks_colours_and_styles_at_every_size() {
    let s = series();
    let lines = lines(&s);
    let c = chart(&lines);
    for (size, theme) in SIZES {
        let (drawn, frame) = draw(&c, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert_eq!(frame.x, (0.0, 10.0));
        assert!(!frame.log_x);
        for text in [X_AXIS, Y_AXIS, EVENT, MARKER].iter().chain(&LABELS) {
            let t = drawn
                .text(text)
                .unwrap_or_else(|| panic!("missing {text} at {size:?}"));
            assert_eq!(t.colour, Rgba::solid(theme.text), "{text}");
        }
        let stroke = |colour| drawn.strokes_in(Rgba::solid(colour), series_width(&theme));
        // The reference line and its legend swatch, both in the text colour.
        assert_eq!(stroke(theme.text).len(), 2, "reference line at {size:?}");
        // Dashed: many short strokes; solid: one stroke (and the swatch).
        assert!(stroke(theme.gap).len() >= 10, "rent not dashed");
        assert_eq!(stroke(theme.frontier).len(), 2);
        assert_eq!(stroke(theme.meek).len(), 2);
        // One translucent fill per area; the upper one sits on the lower one.
        for colour in [theme.meek, theme.frontier] {
            let fills = drawn.polygons_in(Rgba::mix(colour, 0.22));
            assert_eq!(fills.len(), 1, "no {colour:?} area at {size:?}");
            assert!(fills[0].len() >= 4);
        }
        // The event's dashed line and the marker in the colour of the line it sits on.
        assert!(drawn.paths_in(REFERENCE).len() >= 5, "no event line");
        assert!(
            drawn.circles_in(Rgba::solid(theme.gap)).iter().any(|c| c.2),
            "no marker on the rent line at {size:?}"
        );
        assert!(drawn.cursor_lines().is_empty());
        // Linear ticks from zero (money is never padded below it).
        assert!(drawn.has_text(&money(0.0)), "no zero tick at {size:?}");
        assert!(!drawn.texts().any(|t| t.text.starts_with("$-")));
    }
}

#[test]
fn an_empty_label_gets_no_legend_entry() {
    let s = series();
    let mut lines = lines(&s);
    lines[3].label = "";
    let (drawn, frame) = draw(&chart(&lines), (800, 420), &LIGHT);
    frame.unwrap();
    let text_strokes = drawn.strokes_in(Rgba::solid(LIGHT.text), series_width(&LIGHT));
    assert_eq!(text_strokes.len(), 1, "the line but no swatch");
    assert_eq!(text_strokes[0].len(), s[3].len());
    assert!(!drawn.has_text(""));
}

#[test]
fn log_axis_ticks_are_powers_of_ten_and_leave_out_non_positive_values() {
    let years = || (0..=20).map(f64::from);
    let bill: Vec<(f64, f64)> = years().map(|t| (t, 3e8 * 1.6f64.powf(t))).collect();
    let small: Vec<(f64, f64)> = years().map(|t| (t, 1e6 * 1.1f64.powf(t))).collect();
    let broken = [(0.0, 0.0), (5.0, -3e9), (10.0, f64::NAN)];
    for (size, theme) in SIZES {
        let lines = [
            Line {
                label: LABELS[1],
                points: &bill,
                color: SeriesColor::Frontier,
                style: LineStyle::Solid,
            },
            Line {
                label: LABELS[0],
                points: &small,
                color: SeriesColor::Meek,
                style: LineStyle::Dashed,
            },
            Line {
                label: LABELS[2],
                points: &broken,
                color: SeriesColor::Gap,
                style: LineStyle::Solid,
            },
        ];
        let c = LinesChart {
            log_y: true,
            include_zero: true,
            event: Some((12.0, EVENT)),
            marker: None,
            cursor: Some(10.0),
            ..chart(&lines)
        };
        let (drawn, frame) = draw(&c, size, &theme);
        check_frame(&frame.unwrap(), size.0);
        assert!(drawn.has_text(EVENT) && drawn.has_text(LABELS[2]));
        let ticks: Vec<f64> = drawn
            .texts()
            .filter_map(|t| t.text.strip_prefix('$')?.parse().ok())
            .collect();
        assert!(ticks.len() >= 2, "{ticks:?} at {size:?}");
        for t in &ticks {
            let k = t.log10();
            assert!((k - k.round()).abs() < 1e-9, "tick {t} at {size:?}");
        }
        // From the decade below a million to the one above the largest bill.
        let (lo, hi) = ticks
            .iter()
            .fold((f64::MAX, 0.0f64), |(a, b), &t| (a.min(t), b.max(t)));
        assert!(lo <= 1e6 && hi >= 1e11, "{lo} … {hi}");
        // The series without a positive value leaves only its swatch and no dot.
        let gap = drawn.ops_in_rgb(theme.gap);
        assert_eq!(gap.len(), 1, "non-positive values drawn: {gap:?}");
        assert!(matches!(gap[0], Op::Path { points, .. } if points.len() == 2));
        assert_eq!(drawn.cursor_lines().len(), 1);
        // The only thing filled in the bill's colour is the cursor's dot on it.
        let filled: Vec<&Op> = drawn
            .ops_in_rgb(theme.frontier)
            .into_iter()
            .filter(|op| {
                matches!(
                    op,
                    Op::Circle { filled: true, .. }
                        | Op::Rect { filled: true, .. }
                        | Op::Polygon { .. }
                )
            })
            .collect();
        assert_eq!(filled.len(), 1, "a dot on the bill");
        assert!(matches!(filled[0], Op::Circle { .. }));
    }
    // Nothing positive at all is nothing to draw.
    let lines = [Line {
        label: "x",
        points: &broken,
        color: SeriesColor::Gap,
        style: LineStyle::Solid,
    }];
    let c = LinesChart {
        log_y: true,
        ..chart(&lines)
    };
    assert!(draw(&c, (800, 420), &LIGHT).1.is_err());
}

#[test]
fn y_max_clips_lines_and_areas_at_the_plot_top() {
    // A gap that explodes past the cap, leaves the range and comes back.
    let gap: Vec<(f64, f64)> = (0..=40)
        .map(|i| {
            let t = f64::from(i) / 4.0;
            (t, 5.0 + 200.0 * (-(t - 5.0).powi(2)).exp())
        })
        .collect();
    let area: Vec<(f64, f64)> = gap.iter().map(|&(t, v)| (t, 0.5 * v)).collect();
    for (size, theme) in SIZES {
        let lines = [
            Line {
                label: "gap",
                points: &gap,
                color: SeriesColor::Gap,
                style: LineStyle::Solid,
            },
            Line {
                label: "half",
                points: &area,
                color: SeriesColor::Meek,
                style: LineStyle::Area,
            },
        ];
        for log_y in [false, true] {
            let c = LinesChart {
                log_y,
                y_max: Some(60.0),
                event: None,
                marker: Some((5.0, 205.0, MARKER)),
                cursor: Some(0.5),
                ..chart(&lines)
            };
            let (drawn, frame) = draw(&c, size, &theme);
            frame.unwrap();
            let top = drawn.cursor_top();
            let gap_strokes = drawn.paths_in(Rgba::solid(theme.gap));
            // Two pieces (before and after the peak) and the legend swatch.
            assert_eq!(gap_strokes.len(), 3, "log {log_y} at {size:?}");
            let reaches_top = gap_strokes
                .iter()
                .flat_map(|s| s.iter())
                .filter(|p| (f64::from(p.1) - top).abs() <= 1.0)
                .count();
            assert!(reaches_top >= 2, "pieces end at the edge, log {log_y}");
            let area_fills = fills(&drawn, theme.meek);
            assert_eq!(area_fills.len(), 1, "log {log_y} at {size:?}");
            for shape in [gap_strokes, area_fills] {
                for p in shape.iter().flat_map(|s| s.iter()) {
                    assert!(
                        f64::from(p.1) >= top - 0.5,
                        "{p:?} above {top}, log {log_y} at {size:?}"
                    );
                }
            }
            assert!(
                !drawn.has_text(MARKER),
                "a marker above the cap is not drawn"
            );
        }
    }
}

#[test]
fn cursor_line_and_a_dot_on_each_line() {
    let s = series();
    let lines = lines(&s);
    for (size, theme) in SIZES {
        let (plain, _) = draw(&chart(&lines), size, &theme);
        let c = LinesChart {
            cursor: Some(2.5),
            ..chart(&lines)
        };
        let (drawn, frame) = draw(&c, size, &theme);
        frame.unwrap();
        let cursor = drawn.cursor_lines();
        assert_eq!(cursor.len(), 1);
        let x = cursor[0][0].0;
        // A ringed dot per line, in the line's colour, on the cursor line.
        let added = drawn.circles_added_to(&plain);
        assert_eq!(added.len(), 8, "a ringed dot per line");
        let rings = added
            .iter()
            .filter(|c| c.2 == Rgba::solid(theme.background))
            .count();
        assert_eq!(rings, 4);
        for line in &lines {
            let colour = Rgba::solid(support::series_rgb(line.color, &theme));
            let n = added.iter().filter(|c| c.2 == colour).count();
            assert_eq!(n, 1, "{} at {size:?}", line.label);
        }
        assert!(added.iter().all(|c| c.3 && c.0 .0 == x));
        for outside in [-1.0, 10.5, f64::NAN] {
            let c = LinesChart {
                cursor: Some(outside),
                ..chart(&lines)
            };
            assert_eq!(draw(&c, size, &theme).0, plain, "cursor at {outside}");
        }
    }
}

#[test]
fn hidpi_scale_enlarges_fonts_and_strokes() {
    let s = series();
    let lines = lines(&s);
    let (one, _) = draw(&chart(&lines), (340, 420), &LIGHT);
    let (three, _) = draw(&chart(&lines), (1020, 1260), &SIZES[2].1);
    let strokes = f64::from(three.max_stroke_width()) / f64::from(one.max_stroke_width());
    assert!((strokes - 3.0).abs() < 0.5, "{strokes}");
    let fonts = three.max_font_size() / one.max_font_size();
    assert!((fonts - 3.0).abs() < 0.3, "{fonts}");
}

/// Draws `points` as one line (and again with every mark set), returning whether it drew.
fn outcome(points: &[(f64, f64)], log_y: bool, size: (u32, u32)) -> bool {
    let lines = [Line {
        label: "x",
        points,
        color: SeriesColor::Frontier,
        style: LineStyle::Area,
    }];
    let mut c = LinesChart {
        log_y,
        ..chart(&lines)
    };
    let (_, plain) = draw(&c, size, &LIGHT);
    c.cursor = points.first().map(|p| p.0);
    c.marker = points.last().map(|p| (p.0, p.1, MARKER));
    c.y_max = points.get(1).map(|p| p.1);
    let _ = draw(&c, size, &LIGHT);
    if let Ok(frame) = &plain {
        if size.0 >= 340 {
            check_frame(frame, size.0);
        }
    }
    plain.is_ok()
}

/// A bad input: its name, the points, log y, and whether it must draw (`None`: either).
type Case = (&'static str, Vec<(f64, f64)>, bool, Option<bool>);

#[test]
fn degenerate_inputs_are_refused_or_drawn_never_a_panic() {
    let theme = ChartTheme::LIGHT;
    assert!(draw(&chart(&[]), (800, 420), &theme).1.is_err(), "no lines");

    let table: Vec<Case> = vec![
        ("empty", vec![], false, Some(false)),
        ("all NaN", vec![(f64::NAN, f64::NAN); 3], false, Some(false)),
        (
            "infinities",
            vec![(f64::NAN, 1.0), (2.0, f64::INFINITY)],
            false,
            Some(false),
        ),
        ("one point", vec![(3.0, 0.5)], false, Some(true)),
        ("one point, log", vec![(3.0, 0.5)], true, Some(true)),
        (
            "all equal",
            vec![(0.0, 5.0), (1.0, 5.0), (2.0, 5.0)],
            false,
            Some(true),
        ),
        (
            "all equal, log",
            vec![(0.0, 5.0), (1.0, 5.0)],
            true,
            Some(true),
        ),
        ("all zero", vec![(0.0, 0.0), (1.0, 0.0)], false, Some(true)),
        (
            "all zero, log",
            vec![(0.0, 0.0), (1.0, 0.0)],
            true,
            Some(false),
        ),
        (
            "negative, log",
            vec![(0.0, -1.0), (1.0, -2.0)],
            true,
            Some(false),
        ),
        (
            "mixed signs, log",
            vec![(0.0, -1.0), (1.0, 10.0), (2.0, 1e3)],
            true,
            Some(true),
        ),
        (
            "negative",
            vec![(0.0, -1e6), (1.0, -2e6)],
            false,
            Some(true),
        ),
        ("huge", vec![(0.0, 1e30), (1.0, 2e30)], false, Some(true)),
        (
            "huge, log",
            vec![(0.0, 1e30), (1.0, 2e30)],
            true,
            Some(true),
        ),
        ("tiny", vec![(0.0, 1e-12), (1.0, 3e-12)], false, Some(true)),
        (
            "tiny, log",
            vec![(0.0, 1e-12), (1.0, 3e-12)],
            true,
            Some(true),
        ),
        (
            "tiny to huge",
            vec![(0.0, 1e-12), (1.0, 1e30)],
            false,
            Some(true),
        ),
        (
            "tiny to huge, log",
            vec![(0.0, 1e-12), (1.0, 1e30)],
            true,
            Some(true),
        ),
        ("one x", vec![(5.0, 1.0), (5.0, 2.0)], false, Some(true)),
        (
            "x backwards",
            vec![(3.0, 1.0), (1.0, 2.0), (2.0, 0.5)],
            false,
            Some(true),
        ),
        (
            "x across all doubles",
            vec![(-1e308, 1.0), (1e308, 2.0)],
            false,
            Some(false),
        ),
        (
            "y across all doubles",
            vec![(0.0, -1e308), (1.0, 1e308)],
            false,
            Some(false),
        ),
        (
            "x a subnormal apart",
            vec![(0.0, 1.0), (5e-324, 2.0)],
            false,
            Some(false),
        ),
        (
            "largest doubles",
            vec![(0.0, f64::MAX), (1.0, f64::MAX)],
            false,
            None,
        ),
        (
            "largest doubles, log",
            vec![(0.0, f64::MAX), (1.0, 1.0)],
            true,
            Some(true),
        ),
        (
            "subnormal, log",
            vec![(0.0, 5e-324), (1.0, 1e-310)],
            true,
            None,
        ),
        ("huge x", vec![(1e30, 1.0), (2e30, 2.0)], false, Some(true)),
        (
            "x barely apart",
            vec![(1e30, 1.0), (1e30 * (1.0 + 1e-15), 2.0)],
            false,
            None,
        ),
    ];
    for (case, points, log_y, expect) in &table {
        let drawn = outcome(points, *log_y, (800, 420));
        if let Some(expect) = expect {
            assert_eq!(drawn, *expect, "{case}");
        }
        for size in [(340, 420), (20, 20), (1, 1), (0, 0)] {
            outcome(points, *log_y, size);
        }
    }

    // Odd marks on good data are skipped, not drawn along an edge.
    let s = series();
    let lines = lines(&s);
    for bad in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1e300,
        1e300,
        -1.0,
    ] {
        for log_y in [false, true] {
            let c = LinesChart {
                log_y,
                y_max: Some(bad),
                event: Some((bad, EVENT)),
                marker: Some((bad, bad, MARKER)),
                cursor: Some(bad),
                ..chart(&lines)
            };
            let (drawn, frame) = draw(&c, (800, 420), &theme);
            frame.unwrap();
            assert!(!drawn.has_text(EVENT) && !drawn.has_text(MARKER), "{bad}");
            assert!(drawn.paths_in(REFERENCE).is_empty(), "{bad}");
            assert!(drawn.cursor_lines().is_empty());
            let c = LinesChart {
                log_y,
                marker: Some((5.0, bad, MARKER)),
                ..chart(&lines)
            };
            draw(&c, (800, 420), &theme).1.unwrap();
        }
    }
}

/// A deterministic linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 11
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Mostly ordinary numbers over 1e-12 … 1e30 of either sign, sometimes zero, NaN or
    /// infinite.
    fn value(&mut self) -> f64 {
        match self.below(40) {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => f64::NEG_INFINITY,
            3 | 4 => 0.0,
            k => {
                let v = 10f64.powf(-12.0 + 42.0 * self.unit());
                if k % 4 == 0 {
                    -v
                } else {
                    v
                }
            }
        }
    }

    fn maybe(&mut self) -> Option<f64> {
        (self.below(3) > 0).then(|| self.value())
    }
}

#[test]
fn random_series_never_panic() {
    let mut rng = Lcg(0x5eed);
    let styles = [LineStyle::Solid, LineStyle::Dashed, LineStyle::Area];
    let colours = [
        SeriesColor::Frontier,
        SeriesColor::Meek,
        SeriesColor::Gap,
        SeriesColor::Text,
    ];
    let mut drawn = 0;
    for round in 0..300 {
        let n_lines = rng.below(5) as usize;
        let data: Vec<Vec<(f64, f64)>> = (0..n_lines)
            .map(|_| {
                let len = rng.below(30) as usize;
                // Usually increasing years; sometimes any x at all.
                let wild = rng.below(6) == 0;
                let scale = 10f64.powf(-3.0 + 8.0 * rng.unit());
                (0..len)
                    .map(|i| {
                        let x = if wild { rng.value() } else { i as f64 * scale };
                        (x, rng.value())
                    })
                    .collect()
            })
            .collect();
        let lines: Vec<Line> = data
            .iter()
            .map(|points| Line {
                label: ["", "a", "a much longer legend label"][rng.below(3) as usize],
                points,
                color: colours[rng.below(4) as usize],
                style: styles[rng.below(3) as usize],
            })
            .collect();
        let marker_label = ["", MARKER][rng.below(2) as usize];
        let c = LinesChart {
            lines: &lines,
            x_axis: X_AXIS,
            y_axis: Y_AXIS,
            log_y: rng.below(2) == 0,
            include_zero: rng.below(2) == 0,
            y_max: rng.maybe(),
            event: rng.maybe().map(|x| (x, EVENT)),
            marker: rng
                .maybe()
                .zip(rng.maybe())
                .map(|(x, y)| (x, y, marker_label)),
            cursor: rng.maybe(),
        };
        let (size, theme) = SIZES[round % SIZES.len()];
        let (drawing, result) = draw(&c, size, &theme);
        if let Ok(frame) = result {
            // The frame's ends map back to its x range, as closely as doubles over that
            // range allow.
            let (l, r) = frame.x_px;
            assert!(0 <= l && l < r && r <= size.0 as i32, "{frame:?}");
            let tolerance = 1e-9 * frame.x.0.abs().max(frame.x.1.abs()).max(1.0);
            for (px, x) in [(l, frame.x.0), (r, frame.x.1)] {
                let v = frame.value_at(f64::from(px)).expect("an end maps");
                assert!((v - x).abs() <= tolerance, "{v} vs {frame:?}");
            }
            drawn += 1;
            // Where the cursor line shows the plot's height, no series (a stroke in a series
            // colour, the text colour too, or an area's fill) leaves it. Legend rows above
            // the plot (above the y axis title's row, too) hold only swatches.
            if let Some(cursor) = drawing.cursor_lines().first() {
                let (top, bottom) = (cursor[0].1.min(cursor[1].1), cursor[0].1.max(cursor[1].1));
                let (top, bottom) = (f64::from(top), f64::from(bottom));
                let rows_end = top - 28.0 * theme.scale;
                let colours = [theme.frontier, theme.meek, theme.gap, theme.text];
                let series = colours.into_iter().flat_map(|c| {
                    let strokes = drawing.paths_in(Rgba::solid(c));
                    strokes.into_iter().chain(fills(&drawing, c))
                });
                let swatch = |s: &[Point]| s.iter().all(|p| f64::from(p.1) <= rows_end);
                for p in series.filter(|s| !swatch(s)).flat_map(|s| s.iter()) {
                    assert!(
                        f64::from(p.1) >= top - 0.5 && f64::from(p.1) <= bottom + 0.5,
                        "{p:?} off {top}…{bottom}"
                    );
                }
            }
        }
    }
    // Most random charts have something to draw.
    assert!(drawn > 100, "only {drawn} of 300 drawn");
}
