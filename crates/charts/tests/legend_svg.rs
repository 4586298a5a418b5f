//! Legends on narrow and wide canvases: rows above the plot where a box would cover too much of
//! it, a box inside the plot where it fits, and swatches drawn the way their series are.

#[path = "support/svg.rs"]
mod support;

use lejto_charts::{
    draw_convergence, draw_lines, ChartTheme, ConvergenceChart, ConvergenceLabels, Line, LineStyle,
    LinesChart, PlotFrame, SeriesColor,
};
use lejto_model::convergence::HORIZON;
use lejto_model::{Convergence, Scenario};
use support::{
    check_frame, cursor_top, draw_svg, number, text_at, text_width, TextAt, COLOURS, CURSOR_LINE,
};

/// The depreciation chart's Hungarian labels, the longest the essay draws, and their lines:
/// two stacked areas, a dashed line and a solid one.
const ENTRIES: [(&str, SeriesColor, LineStyle); 4] = [
    ("Könyv szerinti érték", SeriesColor::Meek, LineStyle::Area),
    ("Piaci érték", SeriesColor::Frontier, LineStyle::Area),
    ("Éves bérleti bevétel", SeriesColor::Gap, LineStyle::Dashed),
    ("Éves értékcsökkenés", SeriesColor::Text, LineStyle::Solid),
];
/// The SVG colour of each entry (the light theme's text colour for the last).
const ENTRY_COLOURS: [&str; 4] = [COLOURS[1], COLOURS[0], COLOURS[2], "#1F2328"];
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
fn draw(size: (u32, u32), theme: &ChartTheme) -> (String, PlotFrame) {
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
    let (svg, frame) = draw_svg(size, |root| {
        draw_lines(root, &chart, &number, &money, theme)
    });
    (svg, frame.unwrap())
}

/// The legend label `text`: where it is, and its left and right pixel.
fn label(svg: &str, text: &str) -> (TextAt, (f64, f64)) {
    let at = text_at(svg, text).unwrap_or_else(|| panic!("no {text}"));
    assert_eq!(at.anchor, "start", "{text}");
    let span = (at.x, at.x + text_width(text, &at));
    (at, span)
}

/// Polylines stroked in `colour`, as point lists.
fn polylines(svg: &str, colour: &str) -> Vec<Vec<(f64, f64)>> {
    let needle = format!("opacity=\"1\" stroke=\"{colour}\"");
    svg.split("<polyline")
        .skip(1)
        .filter(|tag| tag[..tag.find("/>").unwrap()].contains(&needle))
        .map(|tag| {
            let points = &tag[tag.find("points=\"").unwrap() + 8..];
            points[..points.find('"').unwrap()]
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        })
        .collect()
}

/// `(x, y, width, height)` of every rectangle filled with `fill`.
fn rects(svg: &str, fill: &str) -> Vec<(f64, f64, f64, f64)> {
    svg.split("<rect")
        .skip(1)
        .map(|tag| &tag[..tag.find("/>").unwrap()])
        .filter(|tag| tag.contains(fill))
        .map(|tag| {
            let num = |name: &str| {
                let rest = &tag[tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3..];
                rest[..rest.find('"').unwrap()].parse::<f64>().unwrap()
            };
            (num("x"), num("y"), num("width"), num("height"))
        })
        .collect()
}

/// Every entry's label lies inside the canvas, left of which its swatch is drawn the way its
/// line is: a dashed stroke in pieces, a solid one whole, an area as a translucent box.
fn check_swatches(svg: &str, scale: f64) {
    for ((text, _, style), colour) in ENTRIES.iter().zip(ENTRY_COLOURS) {
        let (at, _) = label(svg, text);
        // The swatch sits on the label's line, just left of it.
        let near = |(x, y): (f64, f64)| {
            (y - at.y).abs() <= 6.0 * scale && x <= at.x && x >= at.x - 30.0 * scale
        };
        let strokes = polylines(svg, colour)
            .into_iter()
            .filter(|s| s.iter().all(|p| near(*p)))
            .count();
        let boxes = rects(svg, &format!("opacity=\"0.22\" fill=\"{colour}\""))
            .into_iter()
            .filter(|r| near((r.0, r.1)) && near((r.0 + r.2, r.1 + r.3)))
            .count();
        match style {
            LineStyle::Dashed => assert!(strokes >= 2, "{text}: {strokes} dashes"),
            LineStyle::Solid => assert_eq!((strokes, boxes), (1, 0), "{text}"),
            // A fill under its top edge.
            LineStyle::Area => assert_eq!((strokes, boxes), (1, 1), "{text}"),
        }
    }
}

#[test]
fn narrow_charts_put_the_legend_in_rows_above_the_plot() {
    for (size, theme) in NARROW {
        let (svg, frame) = draw(size, &theme);
        check_frame(&frame, size.0);
        let top = cursor_top(&svg);
        let title = text_at(&svg, Y_AXIS).expect("y axis title");
        let mut spans = Vec::new();
        for (text, _, _) in ENTRIES {
            let (at, (left, right)) = label(&svg, text);
            assert!(
                left >= 0.0 && right <= f64::from(size.0),
                "{text} runs off {left}…{right} at {size:?}"
            );
            assert!(at.y < title.y && title.y < top, "{text} not above the plot");
            spans.push((at.y, left, right));
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
        assert!(text_at(&svg, MARKER).is_some_and(|m| m.y > top));
        // No box behind the legend: it has the chart's own background.
        assert!(!svg.contains("opacity=\"0.88\""));
        check_swatches(&svg, theme.scale);
    }
}

#[test]
fn wide_charts_keep_the_legend_box_inside_the_plot() {
    let ((w, h), theme) = WIDE;
    let (svg, frame) = draw((w, h), &theme);
    check_frame(&frame, w);
    let top = cursor_top(&svg);
    for (text, _, _) in ENTRIES {
        let (at, (left, right)) = label(&svg, text);
        let (l, r) = frame.x_px;
        assert!(
            f64::from(l) <= left && right <= f64::from(r),
            "{text} at {left}…{right}, plot {l}…{r}"
        );
        assert!(at.y > top && at.y < f64::from(h), "{text} not in the plot");
    }
    assert_eq!(svg.matches("opacity=\"0.88\"").count(), 1, "one legend box");
    check_swatches(&svg, theme.scale);
}

#[test]
fn the_frame_still_maps_the_drawn_plot() {
    // Rows above the plot move it down, never sideways: the pixel under the drawn cursor line
    // still reads as the cursor's year.
    for (size, theme) in NARROW.into_iter().chain([WIDE]) {
        let (svg, frame) = draw(size, &theme);
        let at = svg.find(CURSOR_LINE).expect("a cursor line");
        let points = &svg[at..][svg[at..].find("points=\"").unwrap() + 8..];
        let x: f64 = points.split(',').next().unwrap().parse().unwrap();
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
    };
    let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
    let points = c.series(120);
    let chart = ConvergenceChart {
        points: &points,
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        cursor: Some(1.0),
        guess: None,
    };
    for (size, theme, above) in [
        (NARROW[0].0, NARROW[0].1, true),
        (NARROW[1].0, NARROW[1].1, true),
        (WIDE.0, WIDE.1, false),
    ] {
        let (svg, frame) = draw_svg(size, |root| {
            draw_convergence(root, &chart, &labels, &number, &theme)
        });
        check_frame(&frame.unwrap(), size.0);
        let top = cursor_top(&svg);
        for text in [labels.frontier, labels.meek] {
            let (at, (left, right)) = label(&svg, text);
            assert!(
                left >= 0.0 && right <= f64::from(size.0),
                "{text} at {size:?}"
            );
            assert_eq!(at.y < top, above, "{text} at {size:?}");
        }
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
        let (svg, frame) = draw_svg(size, |root| {
            draw_lines(root, &chart, &number, &|v| format!("{v:.0}"), &theme)
        });
        frame.unwrap();
        let drawn = svg
            .split("<text")
            .filter_map(|t| t.split_once(">\n")?.1.split_once("\n</text>"))
            .map(|(text, _)| text)
            .find(|t| t.starts_with("Éves"))
            .expect("the label, or its start");
        assert!(drawn.ends_with('…'), "{drawn}");
        let (at, (left, right)) = label(&svg, drawn);
        assert!(
            left >= 0.0 && right <= f64::from(size.0),
            "{at:?} at {size:?}"
        );
    }
}
