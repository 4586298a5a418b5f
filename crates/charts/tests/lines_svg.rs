//! Draws the shared lines chart (money and counterweight calculators) to SVG and checks it.

#[path = "support/svg.rs"]
mod support;

use lejto_charts::{
    draw_lines, ChartError, ChartTheme, Line, LineStyle, LinesChart, PlotFrame, SeriesColor,
};
use support::{check_frame, draw_svg, has_text, max_attr, number, COLOURS, CURSOR_LINE, SIZES};

const X_AXIS: &str = "Years from purchase";
const Y_AXIS: &str = "Value (dollars)";
const LABELS: [&str; 4] = ["small labs", "all labs", "rent", "purchase price"];
const EVENT: &str = "new chip arrives";
const MARKER: &str = "widest gap";
/// The light theme's text colour, in which a reference line is drawn.
const TEXT: &str = "#1F2328";

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
) -> (String, Result<PlotFrame, ChartError>) {
    draw_svg(size, |root| draw_lines(root, chart, &number, &money, theme))
}

/// The `points` of every polyline and polygon whose opening tag contains `needle`.
fn shapes(svg: &str, needle: &str) -> Vec<Vec<(f64, f64)>> {
    svg.split('<')
        .filter(|tag| tag.contains(needle))
        .filter_map(|tag| {
            let i = tag.find("points=\"")? + 8;
            let points = &tag[i..i + tag[i..].find('"')?];
            Some(
                points
                    .split_whitespace()
                    .filter_map(|p| {
                        let (x, y) = p.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect(),
            )
        })
        .collect()
}

/// Every text element's content.
fn texts(svg: &str) -> Vec<&str> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once(">\n")?.1.split_once("\n</text>"))
        .map(|(text, _)| text)
        .collect()
}

/// The cursor line's top pixel: the plot's top edge.
fn plot_top(svg: &str) -> f64 {
    shapes(svg, CURSOR_LINE)[0]
        .iter()
        .map(|p| p.1)
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn titles_legend_marks_colours_and_styles_at_every_size() {
    let s = series();
    let lines = lines(&s);
    let c = chart(&lines);
    for (size, theme) in SIZES {
        let (svg, frame) = draw(&c, size, &theme);
        let frame = frame.unwrap();
        check_frame(&frame, size.0);
        assert_eq!(frame.x, (0.0, 10.0));
        assert!(!frame.log_x);
        for text in [X_AXIS, Y_AXIS, EVENT, MARKER].iter().chain(&LABELS) {
            assert!(has_text(&svg, text), "missing {text} at {size:?}");
        }
        let upper = svg.to_uppercase();
        for colour in COLOURS {
            assert!(upper.contains(colour), "no {colour} at {size:?}");
        }
        let stroke = |colour: &str| {
            let width = (2.5 * theme.scale).round();
            shapes(
                &svg,
                &format!("opacity=\"1\" stroke=\"{colour}\" stroke-width=\"{width}\""),
            )
        };
        // The reference line and its legend swatch, both in the text colour.
        assert_eq!(stroke(TEXT).len(), 2, "reference line at {size:?}");
        // Dashed: many short strokes; solid: one stroke (and the swatch).
        assert!(stroke(COLOURS[2]).len() >= 10, "rent not dashed");
        assert_eq!(stroke(COLOURS[0]).len(), 2);
        // One translucent fill per area; the upper one sits on the lower one.
        for colour in [COLOURS[0], COLOURS[1]] {
            let fills = shapes(&svg, &format!("polygon opacity=\"0.22\" fill=\"{colour}\""));
            assert_eq!(fills.len(), 1, "no {colour} area at {size:?}");
            assert!(fills[0].len() >= 4);
        }
        assert!(!svg.contains(CURSOR_LINE));
        // Linear ticks from zero (money is never padded below it).
        assert!(has_text(&svg, &money(0.0)), "no zero tick at {size:?}");
        assert!(!texts(&svg).iter().any(|t| t.starts_with("$-")));
    }
}

#[test]
fn an_empty_label_gets_no_legend_entry() {
    let s = series();
    let mut lines = lines(&s);
    lines[3].label = "";
    let (svg, frame) = draw(&chart(&lines), (800, 420), &ChartTheme::LIGHT);
    frame.unwrap();
    let width = 3.0;
    let text_strokes = shapes(
        &svg,
        &format!("opacity=\"1\" stroke=\"{TEXT}\" stroke-width=\"{width}\""),
    );
    assert_eq!(text_strokes.len(), 1, "the line but no swatch");
    assert!(!texts(&svg).contains(&""));
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
        let (svg, frame) = draw(&c, size, &theme);
        check_frame(&frame.unwrap(), size.0);
        assert!(has_text(&svg, EVENT) && has_text(&svg, LABELS[2]));
        let ticks: Vec<f64> = texts(&svg)
            .iter()
            .filter_map(|t| t.strip_prefix('$')?.parse().ok())
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
        let gap = format!("opacity=\"1\" stroke=\"{}\"", COLOURS[2]);
        assert_eq!(shapes(&svg, &gap).len(), 1, "non-positive values drawn");
        assert_eq!(svg.matches(CURSOR_LINE).count(), 1);
        assert_eq!(
            svg.matches(&format!("fill=\"{}\"", COLOURS[0])).count(),
            1,
            "a dot on the bill"
        );
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
    assert!(draw(&c, (800, 420), &ChartTheme::LIGHT).1.is_err());
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
            let (svg, frame) = draw(&c, size, &theme);
            frame.unwrap();
            let top = plot_top(&svg);
            let gap_strokes = shapes(&svg, &format!("opacity=\"1\" stroke=\"{}\"", COLOURS[2]));
            // Two pieces (before and after the peak) and the legend swatch.
            assert_eq!(gap_strokes.len(), 3, "log {log_y} at {size:?}");
            let reaches_top = gap_strokes
                .iter()
                .flatten()
                .filter(|p| (p.1 - top).abs() <= 1.0)
                .count();
            assert!(reaches_top >= 2, "pieces end at the edge, log {log_y}");
            let fill = format!("fill=\"{}\"", COLOURS[1]);
            for shape in [gap_strokes, shapes(&svg, &fill)] {
                for p in shape.iter().flatten() {
                    assert!(
                        p.1 >= top - 0.5,
                        "{p:?} above {top}, log {log_y} at {size:?}"
                    );
                }
            }
            assert!(
                !has_text(&svg, MARKER),
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
        let (svg, frame) = draw(&c, size, &theme);
        frame.unwrap();
        assert_eq!(svg.matches(CURSOR_LINE).count(), 1);
        let circles = |s: &str| s.matches("<circle").count();
        assert_eq!(circles(&svg), circles(&plain) + 8, "a ringed dot per line");
        for outside in [-1.0, 10.5, f64::NAN] {
            let c = LinesChart {
                cursor: Some(outside),
                ..chart(&lines)
            };
            assert!(!draw(&c, size, &theme).0.contains(CURSOR_LINE));
        }
    }
}

#[test]
fn hidpi_scale_enlarges_fonts_and_strokes() {
    let s = series();
    let lines = lines(&s);
    let (one, _) = draw(&chart(&lines), (340, 420), &ChartTheme::LIGHT);
    let (three, _) = draw(&chart(&lines), (1020, 1260), &SIZES[2].1);
    let ratio = |attr: &str| max_attr(&three, attr) / max_attr(&one, attr);
    assert!(
        (ratio("stroke-width") - 3.0).abs() < 0.5,
        "{}",
        ratio("stroke-width")
    );
    assert!(
        (ratio("font-size") - 3.0).abs() < 0.3,
        "{}",
        ratio("font-size")
    );
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
    let (_, plain) = draw(&c, size, &ChartTheme::LIGHT);
    c.cursor = points.first().map(|p| p.0);
    c.marker = points.last().map(|p| (p.0, p.1, MARKER));
    c.y_max = points.get(1).map(|p| p.1);
    let _ = draw(&c, size, &ChartTheme::LIGHT);
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
            let (svg, frame) = draw(&c, (800, 420), &theme);
            frame.unwrap();
            assert!(!has_text(&svg, EVENT) && !has_text(&svg, MARKER), "{bad}");
            assert!(!svg.contains(CURSOR_LINE));
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
        let (svg, result) = draw(&c, size, &theme);
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
            // Where the cursor line shows the plot's height, no series leaves it. Legend rows
            // above the plot (above the y axis title's row, too) hold only swatches.
            if let Some(cursor) = shapes(&svg, CURSOR_LINE).first() {
                let (top, bottom) = (cursor[0].1.min(cursor[1].1), cursor[0].1.max(cursor[1].1));
                let rows_end = top - 28.0 * theme.scale;
                let series = COLOURS.iter().flat_map(|c| {
                    let stroke = shapes(&svg, &format!("opacity=\"1\" stroke=\"{c}\""));
                    stroke
                        .into_iter()
                        .chain(shapes(&svg, &format!("fill=\"{c}\" points")))
                });
                let swatch = |s: &Vec<(f64, f64)>| s.iter().all(|p| p.1 <= rows_end);
                for p in series.filter(|s| !swatch(s)).flatten() {
                    assert!(
                        p.1 >= top - 0.5 && p.1 <= bottom + 0.5,
                        "{p:?} off {top}…{bottom}"
                    );
                }
            }
        }
    }
    // Most random charts have something to draw.
    assert!(drawn > 100, "only {drawn} of 300 drawn");
}
