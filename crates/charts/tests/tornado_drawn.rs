//! Draws the tornado chart on the recording backend and checks what it draws.

#[path = "support/recording.rs"]
mod support;

use lejto_charts::export::Cell;
use lejto_charts::{draw_tornado, ChartTheme, TornadoChart, TornadoLabels, TornadoRow};
use lejto_model::uncertainty::Timing;
use support::{boxes_overlap, number, record, Recording, Rgba, REFERENCE};

const LABELS: TornadoLabels = TornadoLabels {
    x_axis: "Years from now",
    peak: "When the lead peaks",
    half: "When it has halved",
    low_end: "Assumption at the low end of its range",
    high_end: "At the high end",
    reader: "your scenario",
    beyond: "later",
};

const LIGHT: ChartTheme = ChartTheme::LIGHT;

fn timing(peak_t: f64, half_t: Option<f64>) -> Timing {
    Timing { peak_t, half_t }
}

/// Rows as the model sorts them, with long (Hungarian-like) names, the last one's high end
/// halving beyond the window.
const ROWS: [TornadoRow<'static>; 3] = [
    TornadoRow {
        label: "Algoritmus-javulás",
        low: Timing {
            peak_t: 4.5,
            half_t: Some(14.0),
        },
        high: Timing {
            peak_t: 2.5,
            half_t: Some(7.0),
        },
    },
    TornadoRow {
        label: "Az α kitevő",
        low: Timing {
            peak_t: 3.0,
            half_t: Some(10.5),
        },
        high: Timing {
            peak_t: 3.8,
            half_t: Some(8.5),
        },
    },
    TornadoRow {
        label: "A kis laborok része az algoritmusokból",
        low: Timing {
            peak_t: 3.6,
            half_t: None,
        },
        high: Timing {
            peak_t: 3.4,
            half_t: Some(9.3),
        },
    },
];

fn chart() -> TornadoChart<'static> {
    TornadoChart {
        rows: &ROWS,
        reader: timing(3.4, Some(9.3)),
        horizon: 20.0,
    }
}

fn draw(size: (u32, u32)) -> Recording {
    let (drawn, frame) = record(size, |root| {
        draw_tornado(root, &chart(), &LABELS, &number, &LIGHT)
    });
    frame.unwrap();
    drawn
}

#[test]
fn rows_go_top_to_bottom_with_labels_whole_inside_the_drawing() {
    for (size, panels) in [((1000, 420), 1), ((340, 560), 2)] {
        let drawn = draw(size);
        // Side by side the second panel shares the first's rows and labels; stacked, each
        // panel labels its own.
        for row in &ROWS {
            assert_eq!(
                drawn.count_text(row.label),
                panels,
                "{size:?} {}",
                row.label
            );
        }
        let ys: Vec<f64> = ROWS
            .iter()
            .map(|r| drawn.text(r.label).unwrap().bbox()[1])
            .collect();
        assert!(
            ys.windows(2).all(|w| w[0] < w[1]),
            "{size:?}: rows in order {ys:?}"
        );
        let (w, h) = (f64::from(size.0), f64::from(size.1));
        for t in drawn.texts() {
            let [l, top, r, b] = t.bbox();
            assert!(
                l >= 0.0 && r <= w && top >= 0.0 && b <= h,
                "{size:?}: {:?} cut off",
                t.text
            );
        }
        // No text lies over another.
        let texts: Vec<_> = drawn.texts().collect();
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                assert!(
                    !boxes_overlap(a.bbox(), b.bbox()),
                    "{size:?}: {:?} over {:?}",
                    a.text,
                    b.text
                );
            }
        }
        for label in [
            LABELS.peak,
            LABELS.half,
            LABELS.low_end,
            LABELS.high_end,
            LABELS.reader,
        ] {
            assert!(drawn.has_text(label), "{size:?}: {label}");
        }
    }
}

#[test]
fn each_bar_runs_from_the_readers_line_to_either_end() {
    let drawn = draw((1000, 420));
    // The reader's line in each panel: a dashed reference line (its dashes share an x).
    let mut lines: Vec<i32> = drawn.paths_in(REFERENCE).iter().map(|p| p[0].0).collect();
    lines.sort();
    lines.dedup();
    assert_eq!(lines.len(), 2, "one per panel: {lines:?}");
    let (low, high) = (Rgba::solid(LIGHT.meek), Rgba::solid(LIGHT.frontier));
    // Filled bars (not the legend's swatches, which sit above the panels).
    let legend_bottom = drawn.text(LABELS.low_end).unwrap().bbox()[3] as i32;
    let bars = |c| -> Vec<(i32, i32, i32)> {
        drawn
            .rects_in(c)
            .into_iter()
            .filter(|r| r.2 && r.0 .1 > legend_bottom)
            .map(|(a, b, _)| (a.0, b.0, a.1))
            .collect()
    };
    let (lows, highs) = (bars(low), bars(high));
    assert_eq!(
        (lows.len(), highs.len()),
        (6, 6),
        "a bar of each shade per row and panel"
    );
    // In the peak panel (the left), row 0's low end (4.5 y) lies right of the reader (3.4 y)
    // and its high end (2.5 y) left of it; each bar touches the reader's line.
    let reader = lines[0];
    let (l0, h0) = (lows[0], highs[0]);
    assert!(
        (l0.0 - reader).abs() <= 1 && l0.1 > reader,
        "{l0:?} from {reader}"
    );
    assert!(
        (h0.1 - reader).abs() <= 1 && h0.0 < reader,
        "{h0:?} to {reader}"
    );
    // Lengths scale with the swing: 1.1 y against 0.9 y.
    let (ll, hl) = (f64::from(l0.1 - l0.0), f64::from(h0.1 - h0.0));
    assert!((ll / hl - 1.1 / 0.9).abs() < 0.05, "{ll} / {hl}");
}

#[test]
fn a_half_way_time_beyond_the_window_runs_to_it_marked_open() {
    let drawn = draw((1000, 420));
    // Row 2's low end never halves within 20 years: an arrowhead in its shade and "later".
    assert_eq!(drawn.polygons_in(Rgba::solid(LIGHT.meek)).len(), 1);
    assert_eq!(drawn.count_text(LABELS.beyond), 1);
    for op in &drawn.ops {
        if let support::Op::Rect { from, to, .. } = op {
            assert!(
                from.0 <= 1000 && to.0 <= 1000,
                "no bar past the drawing: {op:?}"
            );
        }
    }
}

#[test]
fn its_table_has_the_reader_and_both_ends_of_every_row() {
    let data = chart().data(&LABELS, "series");
    assert_eq!(data.columns.len(), 3);
    assert!(data.columns[1].starts_with(LABELS.peak) && data.columns[2].starts_with(LABELS.half));
    assert_eq!(data.rows.len(), 1 + 2 * ROWS.len());
    assert_eq!(data.rows[0][0], Cell::Text(LABELS.reader.into()));
    assert_eq!(data.rows[1][1], Cell::Number(4.5));
    assert_eq!(
        data.rows[5][0],
        Cell::Text(format!("{}: {}", ROWS[2].label, LABELS.low_end))
    );
    assert_eq!(data.rows[5][2], Cell::Empty, "beyond the window");
    let csv = data.to_csv();
    assert_eq!(csv.lines().count(), 1 + 1 + 2 * ROWS.len());
}
