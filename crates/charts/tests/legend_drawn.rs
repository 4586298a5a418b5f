//! Legends on narrow and wide canvases: rows above the plot where a box would cover too much of
//! it, a box inside the plot where it fits, and swatches drawn the way their series are.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::{
    draw_convergence, draw_lines, ChartTheme, ConvergenceChart, ConvergenceLabels, Line, LineStyle,
    LinesChart, PlotFrame, SeriesColor,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, Scenario};
use support::{check_frame, number, record, series_rgb, HAnchor, Point, Recording, Rgba, Text};

/// The depreciation chart's Hungarian labels, the longest the essay draws, and their lines:
/// two stacked areas, a dashed line and a solid one.
const ENTRIES: [(&str, SeriesColor, LineStyle); 4] = [
    ("Könyv szerinti érték", SeriesColor::Meek, LineStyle::Area),
    ("Piaci érték", SeriesColor::Frontier, LineStyle::Area),
    ("Éves bérleti bevétel", SeriesColor::Gap, LineStyle::Dashed),
    ("Éves értékcsökkenés", SeriesColor::Text, LineStyle::Solid),
];
const Y_AXIS: &str = "Érték (dollár)";
const MARKER: &str = "legnagyobb rés";

const HIDPI: ChartTheme = ChartTheme {
    scale: 3.0,
    ..ChartTheme::LIGHT
};
/// A 300 × 260 CSS pixel embed on a phone, at devicePixelRatio 1 and 3.
const NARROW: [((u32, u32), ChartTheme); 2] =
    [((300, 260), ChartTheme::LIGHT), ((900, 780), HIDPI)];
/// A desktop chart.
const WIDE: ((u32, u32), ChartTheme) = ((900, 400), ChartTheme::LIGHT);

/// Yearly samples: two cumulative areas, a rising dashed line, a flat solid one.
fn series() -> [Vec<(f64, f64)>; 4] {
    let years = || (0..=10).map(f64::from);
    [
        years().map(|t| (t, 20.0 + 3.0 * t)).collect(),
        years().map(|t| (t, 60.0 + t)).collect(),
        years().map(|t| (t, 10.0 + 0.8 * t * t)).collect(),
        years().map(|t| (t, 50.0)).collect(),
    ]
}

/// Draws the lines chart with every entry, a marker and the cursor (whose line shows the
/// plotting area's top).
fn draw(size: (u32, u32), theme: &ChartTheme) -> (Recording, PlotFrame) {
    let s = series();
    let lines: Vec<Line> = ENTRIES
        .iter()
        .zip(&s)
        .map(|(&(label, color, style), points)| Line {
            label,
            points,
            color,
            style,
        })
        .collect();
    let chart = LinesChart {
        lines: &lines,
        x_axis: "Évek",
        y_axis: Y_AXIS,
        log_y: false,
        include_zero: true,
        y_max: None,
        event: None,
        marker: Some((7.0, 10.0 + 0.8 * 49.0, MARKER)),
        cursor: Some(2.5),
    };
    let money = |v: f64| format!("{v:.0} $");
    let (drawn, frame) = record(size, |root| {
        draw_lines(root, &chart, &number, &money, theme)
    });
    (drawn, frame.unwrap())
}

/// The legend label `text`: the text drawn, and its left and right pixel.
fn label<'a>(drawn: &'a Recording, text: &str) -> (&'a Text, (f64, f64)) {
    let at = drawn.text(text).unwrap_or_else(|| panic!("no {text}"));
    assert_eq!(at.anchor.0, HAnchor::Left, "{text}");
    let [left, _, right, _] = at.bbox();
    (at, (left, right))
}

/// Every entry's label lies inside the canvas, left of which its swatch is drawn the way its
/// line is: a dashed stroke in pieces, a solid one whole, an area as a translucent box.
fn check_swatches(drawn: &Recording, theme: &ChartTheme) {
    let scale = theme.scale;
    for (text, color, style) in ENTRIES {
        let (at, _) = label(drawn, text);
        assert_eq!(at.colour, Rgba::solid(theme.text), "{text}");
        let colour = series_rgb(color, theme);
        // The swatch sits on the label's line, just left of it.
        let (ax, ay) = (f64::from(at.at.0), f64::from(at.at.1));
        let near = |&(x, y): &Point| {
            let (x, y) = (f64::from(x), f64::from(y));
            (y - ay).abs() <= 6.0 * scale && x <= ax && x >= ax - 30.0 * scale
        };
        let strokes = drawn
            .paths_in(Rgba::solid(colour))
            .into_iter()
            .filter(|s| s.iter().all(near))
            .count();
        let boxes = drawn
            .rects_in(Rgba::mix(colour, 0.22))
            .into_iter()
            .filter(|r| r.2 && near(&r.0) && near(&r.1))
            .count();
        match style {
            LineStyle::Dashed => assert!(strokes >= 2, "{text}: {strokes} dashes"),
            LineStyle::Solid => assert_eq!((strokes, boxes), (1, 0), "{text}"),
            // A fill under its top edge.
            LineStyle::Area => assert_eq!((strokes, boxes), (1, 1), "{text}"),
        }
    }
}

/// The legend box's fill: the background, slightly translucent.
fn legend_box(theme: &ChartTheme) -> Rgba {
    Rgba::mix(theme.background, 0.88)
}

#[test]
fn narrow_charts_put_the_legend_in_rows_above_the_plot() {
    for (size, theme) in NARROW {
        let (drawn, frame) = draw(size, &theme);
        check_frame(&frame, size.0);
        let top = drawn.cursor_top();
        let title = drawn.text(Y_AXIS).expect("y axis title");
        let title_y = f64::from(title.at.1);
        let mut spans = Vec::new();
        for (text, _, _) in ENTRIES {
            let (at, (left, right)) = label(&drawn, text);
            assert!(
                left >= 0.0 && right <= f64::from(size.0),
                "{text} runs off {left}…{right} at {size:?}"
            );
            // Its whole box above the title, which is above the plot.
            assert!(
                at.bbox()[3] <= title.bbox()[1],
                "{text} not above the title"
            );
            assert!(title_y < top, "the title is not above the plot");
            spans.push((at.at.1, left, right));
        }
        // More than one row here, and no two entries of a row overlap.
        assert!(
            spans.iter().any(|s| s.0 != spans[0].0),
            "one row at {size:?}"
        );
        for (i, a) in spans.iter().enumerate() {
            for b in &spans[i + 1..] {
                assert!(a.0 != b.0 || a.2 < b.1 || b.2 < a.1, "{a:?} {b:?}");
            }
        }
        assert!(drawn.text(MARKER).is_some_and(|m| f64::from(m.at.1) > top));
        // No box behind the legend: it has the chart's own background.
        assert_eq!(drawn.ops_at_alpha(0.88), Vec::<&support::Op>::new());
        check_swatches(&drawn, &theme);
    }
}

#[test]
fn wide_charts_keep_the_legend_box_inside_the_plot() {
    let ((w, h), theme) = WIDE;
    let (drawn, frame) = draw((w, h), &theme);
    check_frame(&frame, w);
    let top = drawn.cursor_top();
    // One legend box, filled, and every label inside it.
    assert_eq!(drawn.ops_at_alpha(0.88).len(), 1, "one legend box");
    let boxes = drawn.rects_in(legend_box(&theme));
    assert_eq!(boxes.len(), 1, "one legend box");
    let (from, to, filled) = boxes[0];
    assert!(filled);
    for (text, _, _) in ENTRIES {
        let (at, (left, right)) = label(&drawn, text);
        let (l, r) = frame.x_px;
        assert!(
            f64::from(l) <= left && right <= f64::from(r),
            "{text} at {left}…{right}, plot {l}…{r}"
        );
        let y = f64::from(at.at.1);
        assert!(y > top && y < f64::from(h), "{text} not in the plot");
        let [bl, bt, br, bb] = at.bbox();
        assert!(
            f64::from(from.0) <= bl
                && br <= f64::from(to.0)
                && f64::from(from.1) <= bt
                && bb <= f64::from(to.1),
            "{text} {:?} outside the box {from:?}…{to:?}",
            at.bbox()
        );
    }
    check_swatches(&drawn, &theme);
}

#[test]
fn the_frame_still_maps_the_drawn_plot() {
    // Rows above the plot move it down, never sideways: the pixel under the drawn cursor line
    // still reads as the cursor's year.
    for (size, theme) in NARROW.into_iter().chain([WIDE]) {
        let (drawn, frame) = draw(size, &theme);
        let line = *drawn.cursor_lines().first().expect("a cursor line");
        let x = f64::from(line[0].0);
        let year = frame.value_at(x).expect("the cursor lies in the frame");
        let per_pixel = 10.0 / f64::from(frame.x_px.1 - frame.x_px.0);
        assert!((year - 2.5).abs() <= per_pixel, "{year} at {size:?}");
    }
}

#[test]
fn the_convergence_legend_moves_above_the_upper_panel_when_narrow() {
    let labels = ConvergenceLabels {
        x_axis: "Évek",
        loss_axis: "Veszteség",
        gap_axis: "Rés ΔL",
        frontier: "Élvonalbeli labor",
        meek: "Szelíd labor",
        peak: "csúcs",
        half: "fele",
        guess: "tipped",
        band_inner: "middle half",
        band_outer: "nine in ten",
    };
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let chart = ConvergenceChart {
        points: &points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor: Some(1.0),
        guess: None,
        band: &[],
    };
    for (size, theme, above) in [
        (NARROW[0].0, NARROW[0].1, true),
        (NARROW[1].0, NARROW[1].1, true),
        (WIDE.0, WIDE.1, false),
    ] {
        let (drawn, frame) = record(size, |root| {
            draw_convergence(root, &chart, &labels, &number, &theme)
        });
        check_frame(&frame.unwrap(), size.0);
        let top = drawn.cursor_top();
        for text in [labels.frontier, labels.meek] {
            let (at, (left, right)) = label(&drawn, text);
            assert!(
                left >= 0.0 && right <= f64::from(size.0),
                "{text} at {size:?}"
            );
            // Wholly above the upper panel's plot, or wholly inside it.
            let [_, t, _, b] = at.bbox();
            if above {
                assert!(b <= top, "{text} at {size:?}");
            } else {
                assert!(t >= top, "{text} at {size:?}");
            }
        }
        // The box, when there is one, is the only thing drawn at its opacity.
        let boxes = drawn.rects_in(legend_box(&theme));
        assert_eq!(boxes.len(), usize::from(!above), "at {size:?}");
        assert_eq!(drawn.ops_at_alpha(0.88).len(), boxes.len());
    }
}

#[test]
fn a_label_longer_than_a_row_is_shortened_not_clipped() {
    let long = "Éves értékcsökkenés a könyv szerinti érték alapján, dollárban";
    let s = series();
    let line = [Line {
        label: long,
        points: &s[3],
        color: SeriesColor::Text,
        style: LineStyle::Solid,
    }];
    let chart = LinesChart {
        lines: &line,
        x_axis: "Évek",
        y_axis: Y_AXIS,
        log_y: false,
        include_zero: true,
        y_max: None,
        event: None,
        marker: None,
        cursor: None,
    };
    for (size, theme) in [((200, 260), ChartTheme::LIGHT), ((600, 780), HIDPI)] {
        let (drawn, frame) = record(size, |root| {
            draw_lines(root, &chart, &number, &|v| format!("{v:.0}"), &theme)
        });
        frame.unwrap();
        let shortened = drawn
            .texts()
            .map(|t| t.text.as_str())
            .find(|t| t.starts_with("Éves"))
            .expect("the label, or its start");
        assert!(shortened.ends_with('…'), "{shortened}");
        assert!(long.starts_with(shortened.trim_end_matches('…')));
        let (at, (left, right)) = label(&drawn, shortened);
        assert!(
            left >= 0.0 && right <= f64::from(size.0),
            "{at:?} at {size:?}"
        );
    }
}
