//! The tornado chart (issue 16): for each contested assumption, how far the peak and the
//! half-way time move when it runs from the low to the high end of its range, the others held
//! at the reader's values. Two panels with the same rows, the peak's and the half-way time's:
//! side by side on a wide chart, stacked on a narrow one. Each row's label stands above its
//! bar, so no label is ever cut off by a label column too narrow for it.

use crate::data::{usable, within};
use crate::legend::{Entry, Legend, Swatch};
use crate::mark::draw_reference_line;
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use lejto_model::uncertainty::Timing;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// One assumption's row: its label and the timing at the low and the high end of its range.
#[derive(Debug, Clone, Copy)]
pub struct TornadoRow<'a> {
    /// The assumption's name.
    pub label: &'a str,
    /// The timing with the assumption at its range's low end.
    pub low: Timing,
    /// At its high end.
    pub high: Timing,
}

/// What the tornado chart shows (rows already sorted by the model, largest swing first).
#[derive(Debug, Clone, Copy)]
pub struct TornadoChart<'a> {
    /// One row per assumption, drawn top to bottom in this order.
    pub rows: &'a [TornadoRow<'a>],
    /// The reader's own timing: every bar starts at it.
    pub reader: Timing,
    /// The window, years: a half-way time beyond it (`None`) is drawn to it, marked open.
    pub horizon: f64,
}

/// Translated texts the tornado chart draws.
#[derive(Debug, Clone, Copy)]
pub struct TornadoLabels<'a> {
    /// X axis title (years, with unit).
    pub x_axis: &'a str,
    /// Title of the peak's panel.
    pub peak: &'a str,
    /// Title of the half-way time's panel.
    pub half: &'a str,
    /// Legend: the assumption at its range's low end.
    pub low_end: &'a str,
    /// Legend: at its high end.
    pub high_end: &'a str,
    /// Legend: the reader's own timing's line.
    pub reader: &'a str,
    /// Next to a bar running past the window: the half-way time comes later.
    pub beyond: &'a str,
}

/// Below this many CSS pixels wide the panels are stacked instead of set side by side.
const SIDE_BY_SIDE_MIN: f64 = 560.0;

/// A bar's end: the time, and whether it lies beyond the window (drawn to it, marked open).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct End {
    pub(crate) t: f64,
    pub(crate) open: bool,
}

/// Which end a panel shows of a timing, given the window.
type EndOf = fn(Timing, f64) -> End;

/// The peak's time of a timing (always within the window).
pub(crate) fn peak_end(t: Timing, _horizon: f64) -> End {
    End {
        t: t.peak_t,
        open: false,
    }
}

/// The half-way time of a timing, the window's end where it lies beyond.
pub(crate) fn half_end(t: Timing, horizon: f64) -> End {
    match t.half_t {
        Some(t) => End { t, open: false },
        None => End {
            t: horizon,
            open: true,
        },
    }
}

/// The x range of a panel: from zero to the largest finite end, padded, at least a year.
fn x_range(chart: &TornadoChart, end: fn(Timing, f64) -> End) -> Range<f64> {
    let h = chart.horizon;
    let ends = chart
        .rows
        .iter()
        .flat_map(|r| [r.low, r.high])
        .chain([chart.reader])
        .map(|t| end(t, h).t)
        .filter(|t| t.is_finite());
    let hi = ends.fold(0.0_f64, f64::max).max(1.0);
    0.0..hi * 1.06
}

/// Draws the tornado chart on any plotters drawing area and returns where the (last) panel's
/// year axis lies.
pub fn draw_tornado<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &TornadoChart,
    labels: &TornadoLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    if chart.rows.is_empty() || !(chart.horizon.is_finite() && chart.horizon > 0.0) {
        return Err(ChartError("no data".into()));
    }
    root.fill(&theme.background.color())?;
    let (low, high) = (theme.meek.color(), theme.frontier.color());
    let entries = [
        Entry {
            label: labels.low_end,
            color: low,
            swatch: Swatch::Bar,
        },
        Entry {
            label: labels.high_end,
            color: high,
            swatch: Swatch::Bar,
        },
        Entry {
            label: labels.reader,
            color: theme.text.color(),
            swatch: Swatch::Dashed,
        },
    ];
    // A plot of no size: the legend always goes in rows above the panels, never over a bar.
    let legend = Legend::plan(root, &entries, (0, 0), theme)?;
    let top = legend.height_above() + theme.px(4.0) as i32;
    let (width, height) = root.dim_in_pixel();
    let body = root.margin(top as u32, 0, 0, 0);
    let panels: [(&str, EndOf); 2] = [(labels.peak, peak_end), (labels.half, half_end)];
    let side_by_side = f64::from(width) >= theme.px(SIDE_BY_SIDE_MIN) as f64;
    let (a, b) = if side_by_side {
        body.split_horizontally(width / 2)
    } else {
        body.split_vertically((height - top.max(0) as u32) / 2)
    };
    let mut frame = None;
    for (i, (area, (title, end))) in [a, b].into_iter().zip(panels).enumerate() {
        // Side by side, the second panel's rows are the first's: their labels are not repeated.
        let with_labels = !side_by_side || i == 0;
        frame = Some(draw_panel(
            root,
            &area,
            chart,
            title,
            end,
            with_labels,
            labels,
            number,
            theme,
        )?);
    }
    legend.draw(root, root, &[], theme)?;
    root.present()?;
    frame.ok_or_else(|| ChartError("no panel".into()))
}

/// One panel: its title, a row per assumption (label above a two-shade bar from the reader's
/// time to either end's), the reader's line and the year axis.
#[allow(clippy::too_many_arguments)]
fn draw_panel<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    area: &DrawingArea<DB, Shift>,
    chart: &TornadoChart,
    title: &str,
    end: EndOf,
    with_labels: bool,
    labels: &TornadoLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let x = x_range(chart, end);
    usable(&x)?;
    let n = chart.rows.len() as f64;
    let title_h = theme.px(26.0);
    let mut panel = ChartBuilder::on(area)
        .margin_top(title_h)
        .margin_left(theme.px(16.0))
        .margin_right(theme.px(18.0))
        .x_label_area_size(theme.px(40.0))
        .build_cartesian_2d(x.clone(), 0.0..n)?;
    let digits = tick_digits(x.end - x.start);
    let fmt = |v: &f64| number(*v, digits);
    styled_mesh(&mut panel, theme)
        .disable_y_mesh()
        .x_labels(6)
        .y_labels(0)
        .x_desc(labels.x_axis)
        .x_label_formatter(&fmt)
        .draw()?;
    let (left, _) = panel.backend_coord(&(x.start, n));
    let title_y = panel.backend_coord(&(x.start, n)).1 - theme.px(6.0) as i32;
    root.draw(&Text::new(
        title.to_string(),
        local(root, (left, title_y)),
        text_style(theme, 13.0).pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;
    let h = chart.horizon;
    let reader = end(chart.reader, h);
    let (low, high) = (theme.meek.color(), theme.frontier.color());
    let to_px = |p: (f64, f64)| panel.backend_coord(&p);
    // The reader's line first: the bars start on it, the labels read over it.
    if within(&x, reader.t) {
        let (px, top) = panel.backend_coord(&(reader.t, n));
        let bottom = panel.backend_coord(&(reader.t, 0.0)).1;
        draw_reference_line(root, px, (top, bottom), theme)?;
    }
    let label_h = theme.px(16.0) as i32;
    for (i, row) in chart.rows.iter().enumerate() {
        // Row i spans y from n − i − 1 (bottom) to n − i (top), in pixels from `top` down to
        // `bottom`: its label at the top, the bar right under it, as thick as the row allows.
        let y0 = n - i as f64 - 1.0;
        let (left, top) = panel.backend_coord(&(x.start, y0 + 1.0));
        let bottom = panel.backend_coord(&(x.start, y0)).1;
        // Room for the label either way, so side-by-side panels' bars line up.
        let bar_top = top + label_h + theme.px(3.0) as i32;
        let thick = ((bottom - bar_top) * 7 / 10).clamp(2, theme.px(16.0) as i32);
        if with_labels {
            root.draw(&Text::new(
                row.label.to_string(),
                local(root, (left, top + theme.px(2.0) as i32)),
                text_style(theme, 12.0).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
        for (e, color) in [(end(row.low, h), low), (end(row.high, h), high)] {
            let span = (bar_top, bar_top + thick);
            draw_bar(root, &to_px, (reader.t, e), span, color, &x, labels, theme)?;
        }
    }
    let (x0, _) = panel.backend_coord(&(x.start, 0.0));
    let (x1, _) = panel.backend_coord(&(x.end, 0.0));
    Ok(PlotFrame::new(root, (x0, x1), (x.start, x.end), false))
}

/// One shade of a row's bar, from the reader's time to `end`; an end beyond the window gets
/// an arrowhead, and the `beyond` word inside its end where it fits.
#[allow(clippy::too_many_arguments)]
fn draw_bar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    to_px: &dyn Fn((f64, f64)) -> (i32, i32),
    (from, end): (f64, End),
    (top, bottom): (i32, i32),
    color: RGBColor,
    x: &Range<f64>,
    labels: &TornadoLabels,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let clamp = |t: f64| t.clamp(x.start, x.end);
    let (a, b) = (clamp(from), clamp(end.t));
    let (x0, x1) = (to_px((a.min(b), 0.0)).0, to_px((a.max(b), 0.0)).0);
    // A swing too small to see still shows as a hairline, so every end is visible.
    let (p0, p1) = ((x0, top), (x1.max(x0 + 1), bottom));
    root.draw(&Rectangle::new(
        [local(root, p0), local(root, p1)],
        color.filled(),
    ))?;
    if end.open {
        let tip = (to_px((b, 0.0)).0, (top + bottom) / 2);
        let s = theme.px(5.0) as i32;
        let (tx, ty) = local(root, tip);
        root.draw(&Polygon::new(
            vec![(tx, ty - s), (tx + s, ty), (tx, ty + s)],
            color.filled(),
        ))?;
        // The word goes inside the bar's end, in the background's colour, where it fits; the
        // arrowhead alone says it where it does not.
        let style = text_style(theme, 11.0);
        let (w, h) = root.estimate_text_size(labels.beyond, &style)?;
        let room = (p1.0 - p0.0) - 2 * s;
        if w as i32 <= room && h as i32 <= bottom - top {
            root.draw(&Text::new(
                labels.beyond.to_string(),
                (tx - s, ty),
                style
                    .color(&theme.background.color())
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

/// Backend pixels relative to `root`.
fn local<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, (x, y): (i32, i32)) -> (i32, i32) {
    let (bx, by) = root.get_base_pixel();
    (x - bx, y - by)
}
