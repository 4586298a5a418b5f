//! Several lines over one x axis: the one drawing routine the money and counterweight
//! calculators share (book against market value, inference bills, a clipped gap…), so the
//! browser bundle carries it once.
//!
//! A log y axis is drawn as a linear axis over log10 of the values, ticked at whole decades:
//! one code path for both scales, and lines run straight between samples on either.

use crate::data::{extent, finite, interpolate, padded_range, usable, within, x_span};
use crate::legend::{box_points, pixels, trace, Entry, Legend};
use crate::mark::{draw_cursor_line, draw_dot, draw_line_label, draw_marker, draw_reference_line};
use crate::panels::{draw_title, SeriesColor};
use crate::style::{dashes, styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use std::iter::once;
use std::ops::Range;

/// How a [`Line`] is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    /// A solid stroke.
    Solid,
    /// A dashed stroke, for a projection or a reference.
    Dashed,
    /// A solid stroke filled down to the previous `Area` line (or to zero for the first, the
    /// bottom on a log axis): a stacked area, for which the caller passes cumulative sums at
    /// the same x values.
    Area,
}

/// One series of a [`LinesChart`].
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// Its legend entry; an empty label gets none.
    pub label: &'a str,
    /// `(x, y)` samples, x increasing; non-finite ones (and non-positive y on a log axis) are
    /// left out.
    pub points: &'a [(f64, f64)],
    /// The series colour.
    pub color: SeriesColor,
    /// Solid, dashed or a stacked area.
    pub style: LineStyle,
}

/// Lines over a shared x axis with one y axis, a legend, and optional marks.
#[derive(Debug, Clone, Copy)]
pub struct LinesChart<'a> {
    /// The series, drawn in order (areas first, then every stroke); at least one.
    pub lines: &'a [Line<'a>],
    /// X axis title, with unit.
    pub x_axis: &'a str,
    /// Y axis title, with unit; written above the plot, where it fits on a phone.
    pub y_axis: &'a str,
    /// A log10 y axis ticked at whole decades (dollars over many orders of magnitude);
    /// `include_zero` is then ignored.
    pub log_y: bool,
    /// Whether a linear y range reaches zero (it always does when a line is an `Area`).
    pub include_zero: bool,
    /// The top of the y range, if lower than the data's: lines are cut where they leave the
    /// range, never drawn along the edge. Ignored unless above the lowest value (or zero, when
    /// the range includes it).
    pub y_max: Option<f64>,
    /// A labelled vertical line at this x (a new chip arriving, say). Marks outside the
    /// drawn ranges are left out; they never widen them.
    pub event: Option<(f64, &'a str)>,
    /// A labelled point `(x, y, label)` (a crossing, the widest gap), in the colour of the
    /// line nearest to it.
    pub marker: Option<(f64, f64, &'a str)>,
    /// The x under the reader's pointer: a vertical line and a dot on each line there.
    pub cursor: Option<f64>,
}

/// An axis range plotters can tick without looping for ever: usable, with a width that is
/// finite and not vanishingly small.
fn tickable(r: &Range<f64>) -> Result<(), ChartError> {
    usable(r)?;
    let span = r.end - r.start;
    if span.is_finite() && span > 1e-200 {
        Ok(())
    } else {
        Err(ChartError(format!(
            "axis range {r:?} too wide or too narrow"
        )))
    }
}

/// The y range in drawn units (log10 of the value on a log axis) and how many ticks to ask
/// plotters for. `headroom` is the share of the plot height the marker's label needs above
/// the marker.
fn y_axis(
    chart: &LinesChart,
    series: &[Vec<(f64, f64)>],
    marker_y: Option<f64>,
    cap: Option<f64>,
    (labels, headroom): (usize, f64),
) -> Result<(Range<f64>, usize), ChartError> {
    let values = series.iter().flatten().map(|p| p.1).chain(marker_y);
    let Some((mut lo, mut hi)) = extent(values) else {
        return Err(ChartError("no data".into()));
    };
    let area = chart.lines.iter().any(|l| l.style == LineStyle::Area);
    if !chart.log_y && (chart.include_zero || area) {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    // The bottom the data (and zero) sets stays; the cap only lowers the top.
    let cap = cap.filter(|m| *m > lo);
    hi = cap.map_or(hi, |m| hi.min(m));
    let mut r = if chart.log_y {
        // Whole decades, so both ends carry a tick.
        lo.floor()..hi.ceil().max(lo.floor() + 1.0)
    } else {
        let mut r = padded_range([lo, hi].into_iter(), 0.06, false);
        // Padding never crosses zero: money that is never negative starts at 0, not at −5 %.
        if lo >= 0.0 && hi > 0.0 {
            r.start = r.start.max(0.0);
        }
        if hi <= 0.0 && lo < 0.0 {
            r.end = r.end.min(0.0);
        }
        r
    };
    if let Some(y) = marker_y {
        // Solve (end − y)/(end − start) = f for the end.
        let f = headroom.clamp(0.0, 0.45);
        r.end = r.end.max((y - f * r.start) / (1.0 - f));
    }
    r.end = cap.map_or(r.end, |m| r.end.min(m));
    tickable(&r)?;
    // On a log axis no more ticks than whole decades: plotters then steps by 1, 2, 5, 10…
    // decades and every tick is a power of ten.
    let decades = ((r.end - r.start).floor() as usize).saturating_add(1);
    Ok((
        r,
        if chart.log_y {
            labels.min(decades)
        } else {
            labels
        },
    ))
}

/// The part of segment `a`→`b` whose y lies in `r`, or `None`.
fn cut(a: (f64, f64), b: (f64, f64), r: &Range<f64>) -> Option<((f64, f64), (f64, f64))> {
    let beyond = |p: (f64, f64)| (p.1 < r.start, p.1 > r.end);
    let dy = b.1 - a.1;
    // Both ends past the same edge: no part inside, even where rounding `dy` (4e25 − 3e9)
    // would place a crossing at an end.
    let ((a_lo, a_hi), (b_lo, b_hi)) = (beyond(a), beyond(b));
    if (a_lo && b_lo) || (a_hi && b_hi) || !dy.is_finite() {
        return None;
    }
    let (t0, t1) = if dy == 0.0 {
        (0.0, 1.0)
    } else {
        let (u, v) = ((r.start - a.1) / dy, (r.end - a.1) / dy);
        (u.min(v).max(0.0), u.max(v).min(1.0))
    };
    // Where the segment crosses an edge it lies on it, however the arithmetic rounds.
    let at = |t: f64| {
        let (x, y) = match t {
            t if t <= 0.0 => a,
            t if t >= 1.0 => b,
            t => (a.0 + t * (b.0 - a.0), a.1 + t * dy),
        };
        (x, y.clamp(r.start, r.end))
    };
    (t0 <= t1).then(|| (at(t0), at(t1)))
}

/// The pieces of a polyline inside the y range, cut exactly where it leaves and re-enters:
/// points outside are left out, not drawn along the edge.
fn clip_line(points: &[(f64, f64)], r: &Range<f64>) -> Vec<Vec<(f64, f64)>> {
    if let [p] = points {
        return if within(r, p.1) {
            vec![vec![*p]]
        } else {
            vec![]
        };
    }
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut open = false;
    for w in points.windows(2) {
        let Some((a, b)) = cut(w[0], w[1], r) else {
            open = false;
            continue;
        };
        match runs.last_mut() {
            Some(run) if open => run.push(b),
            _ => runs.push(vec![a, b]),
        }
        // The next segment continues this piece only if this one ran to its own end.
        open = b == w[1];
    }
    runs
}

/// A polygon cut to the y range (Sutherland–Hodgman against the bottom and top edges).
fn clip_polygon(polygon: Vec<(f64, f64)>, r: &Range<f64>) -> Vec<(f64, f64)> {
    let mut out = polygon;
    for (edge, below) in [(r.end, true), (r.start, false)] {
        let inside = |p: (f64, f64)| if below { p.1 <= edge } else { p.1 >= edge };
        let input = std::mem::take(&mut out);
        for (i, &b) in input.iter().enumerate() {
            let a = input[(i + input.len() - 1) % input.len()];
            if inside(a) != inside(b) {
                let t = (edge - a.1) / (b.1 - a.1);
                out.push((a.0 + t * (b.0 - a.0), edge));
            }
            if inside(b) {
                out.push(b);
            }
        }
    }
    out
}

/// A value as drawn: log10 on a log axis, where a non-positive one has no place.
pub(crate) fn to_drawn(log_y: bool, y: f64) -> Option<f64> {
    match log_y {
        true if y > 0.0 => Some(y.log10()),
        true => None,
        false => Some(y),
    }
}

/// Draws lines over one x axis on any plotters drawing area and returns where the (linear)
/// x axis lies. `y_number` formats a y tick, e.g. "$1 bn" or "40 %" (on a log axis, the
/// value itself, not its logarithm).
///
/// Errors when there is no line or no finite point to draw (no positive one on a log axis).
pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LinesChart,
    number: NumberFormat,
    y_number: &dyn Fn(f64) -> String,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    if chart.lines.is_empty() {
        return Err(ChartError("no lines".into()));
    }
    let to_y = |y: f64| to_drawn(chart.log_y, y);
    let series: Vec<Vec<(f64, f64)>> = chart
        .lines
        .iter()
        .map(|l| finite(l.points.iter().filter_map(|&(x, y)| Some((x, to_y(y)?)))))
        .collect();
    let Some(x) = extent(series.iter().flatten().map(|p| p.0)) else {
        return Err(ChartError("no data".into()));
    };
    let x_range = x_span(x);
    tickable(&x_range)?;
    let marker = chart.marker.and_then(|(mx, my, label)| {
        let my = to_y(my).filter(|v| v.is_finite())?;
        Some((mx, my, label))
    });
    let cap = chart.y_max.and_then(to_y).filter(|v| v.is_finite());

    let px = |v: f64| theme.px(v) as i32;
    let (width, height) = root.dim_in_pixel();
    // The title row leaves room for the top tick label, which is centred on the plot's top edge.
    let (title, axis, bottom, right) = (px(28.0), px(44.0), px(4.0), px(14.0));
    let plot_h = |above: i32| (height as i32 - above - title - axis - bottom).max(1);
    // A log tick is a whole decade; rounding keeps "10⁹" from reading 999 999 999.99.
    let real = |v: f64| match chart.log_y {
        true if (v - v.round()).abs() < 1e-6 => 10f64.powi(v.round() as i32),
        true => 10f64.powf(v),
        false => v,
    };
    let label_style = text_style(theme, 12.0);
    // The y range, its tick count and the width of its label area, for a plot `plot_h` high
    // (the tick count and the marker's headroom follow the height).
    let y_layout = |plot_h: i32| -> Result<(Range<f64>, usize, u32), ChartError> {
        let labels = (plot_h / px(22.0)).clamp(2, 6) as usize;
        let headroom = f64::from(px(22.0)) / f64::from(plot_h);
        let (y_range, y_labels) =
            y_axis(chart, &series, marker.map(|m| m.1), cap, (labels, headroom))?;
        let mut label_w = 0;
        for v in [
            y_range.start,
            y_range.end,
            0.5 * (y_range.start + y_range.end),
        ] {
            let text = y_number(real(v));
            label_w = label_w.max(root.estimate_text_size(&text, &label_style)?.0);
        }
        let label_area = (label_w + theme.px(14.0)).max(theme.px(30.0));
        Ok((y_range, y_labels, label_area))
    };
    // The y labels set the plot's width, which decides where the legend goes, which can take
    // height from the plot: so the y axis is laid out once more when the legend moves above.
    let first = y_layout(plot_h(0))?;
    let entries: Vec<Entry> = chart
        .lines
        .iter()
        .filter(|l| !l.label.is_empty())
        .map(|l| Entry {
            label: l.label,
            color: l.color.color(theme),
            swatch: l.style.into(),
        })
        .collect();
    let plot_w = width as i32 - first.2 as i32 - right;
    let legend = Legend::plan(root, &entries, (plot_w, plot_h(0)), theme)?;
    let above = legend.height_above();
    // Only the marker's headroom changes with the height; should that leave no tickable
    // range, the first layout still draws.
    let (y_range, y_labels, label_area) = match above {
        0 => first,
        _ => y_layout(plot_h(above)).unwrap_or(first),
    };

    root.fill(&theme.background.color())?;
    let x_digits = tick_digits(x_range.end - x_range.start);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let y_fmt = |v: &f64| y_number(real(*v));
    let mut plot = ChartBuilder::on(root)
        .margin_top((above + title) as u32)
        .margin_right(right as u32)
        .margin_bottom(bottom as u32)
        .x_label_area_size(axis as u32)
        .y_label_area_size(label_area)
        .build_cartesian_2d(x_range.clone(), y_range.clone())?;
    styled_mesh(&mut plot, theme)
        .x_labels((width as i32 / px(56.0)).clamp(2, 8) as usize)
        .y_labels(y_labels)
        .x_desc(chart.x_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    // Below the legend's rows, if it has any.
    draw_title(&root.split_vertically(above).1, chart.y_axis, title, theme)?;

    // Fills first, so every stroke lies on top of them.
    let mut floor: Vec<(f64, f64)> = Vec::new();
    for (line, points) in chart.lines.iter().zip(&series) {
        if line.style != LineStyle::Area {
            continue;
        }
        let mut polygon = points.clone();
        if floor.is_empty() {
            let base = if chart.log_y { y_range.start } else { 0.0 };
            if let (Some(first), Some(last)) = (points.first(), points.last()) {
                polygon.extend([(last.0, base), (first.0, base)]);
            }
        } else {
            polygon.extend(floor.iter().rev());
        }
        let polygon = clip_polygon(polygon, &y_range);
        if polygon.len() >= 3 {
            let fill = line.color.color(theme).mix(0.22).filled();
            plot.draw_series(once(Polygon::new(polygon, fill)))?;
        }
        floor.clone_from(points);
    }
    let mut occupied = Vec::new();
    for (line, points) in chart.lines.iter().zip(&series) {
        let style = line.color.color(theme).stroke_width(theme.px(2.5));
        for run in clip_line(points, &y_range) {
            occupied.extend(trace(
                &pixels(plot.plotting_area(), run.iter().copied()),
                px(6.0),
            ));
            if line.style == LineStyle::Dashed {
                let (dash, space) = dashes(theme);
                let dashed = DashedPathElement::new(run, dash, space, style);
                plot.draw_series(once(dashed))?;
            } else {
                plot.draw_series(once(PathElement::new(run, style)))?;
            }
        }
    }

    let area = plot.plotting_area().strip_coord_spec();
    let font = text_style(theme, 12.0);
    if let Some((ex, label)) = chart.event.filter(|e| within(&x_range, e.0)) {
        let at = |y: f64| plot.plotting_area().map_coordinate(&(ex, y));
        let (x, top) = at(y_range.end);
        draw_reference_line(root, x, (top, at(y_range.start).1), theme)?;
        let line = pixels(
            plot.plotting_area(),
            [(ex, y_range.start), (ex, y_range.end)].into_iter(),
        );
        occupied.extend(trace(&line, px(6.0)));
        // Nothing to shun: right of the line at the top; left of it where the right has no room.
        let (at, size) = draw_line_label(&area, line[0].0, label, &[], theme)?;
        occupied.extend(box_points(at, size, px(7.0)));
    }
    if let Some((mx, my, label)) = marker.filter(|m| within(&x_range, m.0) && within(&y_range, m.1))
    {
        // The marker takes the colour of the line it sits on (the nearest at its x).
        let color = chart
            .lines
            .iter()
            .zip(&series)
            .filter_map(|(l, s)| Some(((interpolate(s, mx)? - my).abs(), l.color)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map_or(theme.text.color(), |(_, c)| c.color(theme));
        let flip = mx > x_range.start + 0.7 * (x_range.end - x_range.start);
        let at = plot.backend_coord(&(mx, my));
        draw_marker(root, at, label, true, color, flip, theme)?;
        let (tw, th) = area.estimate_text_size(label, &font)?;
        let (x, y) = pixels(plot.plotting_area(), once((mx, my)))[0];
        let (tw, th) = (tw as i32, th as i32);
        occupied.extend(box_points(
            (x - tw - px(8.0), y - th - px(8.0)),
            (2 * tw + px(16.0), th + px(14.0)),
            px(7.0),
        ));
    }
    legend.draw(root, &area, &occupied, theme)?;

    if let Some(t) = chart.cursor.filter(|t| within(&x_range, *t)) {
        let at = |y: f64| plot.backend_coord(&(t, y));
        draw_cursor_line(
            root,
            at(y_range.start).0,
            (at(y_range.end).1, at(y_range.start).1),
            theme,
        )?;
        for (line, points) in chart.lines.iter().zip(&series) {
            if let Some(v) = interpolate(points, t).filter(|v| within(&y_range, *v)) {
                draw_dot(root, at(v), line.color.color(theme), theme)?;
            }
        }
    }

    let at = |x: f64| plot.backend_coord(&(x, y_range.start)).0;
    let frame = PlotFrame::new(
        root,
        (at(x_range.start), at(x_range.end)),
        (x_range.start, x_range.end),
        false,
    );
    root.present()?;
    Ok(frame)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_where_they_leave_the_range() {
        let r = 0.0..10.0;
        let runs = clip_line(&[(0.0, 5.0), (1.0, 15.0), (2.0, 5.0), (3.0, 6.0)], &r);
        assert_eq!(
            runs,
            vec![
                vec![(0.0, 5.0), (0.5, 10.0)],
                vec![(1.5, 10.0), (2.0, 5.0), (3.0, 6.0)]
            ]
        );
        assert!(clip_line(&[(0.0, 20.0), (1.0, 30.0)], &r).is_empty());
        assert_eq!(clip_line(&[(0.0, 5.0)], &r), vec![vec![(0.0, 5.0)]]);
        // Overflowing differences are dropped, not drawn.
        assert!(clip_line(&[(0.0, -1e308), (1.0, 1.7e308)], &r).is_empty());
        // Both ends above, however close rounding puts the crossing to an end.
        assert!(clip_line(&[(0.0, 4.07e25), (1.0, 3.4e9)], &(-1e5..0.06)).is_empty());
        for run in clip_line(&[(0.0, 4e25), (1.0, 0.0), (2.0, -4e25)], &(-1e5..0.06)) {
            assert!(run.iter().all(|p| (-1e5..=0.06).contains(&p.1)), "{run:?}");
        }
    }

    #[test]
    fn polygons_are_cut_to_the_range() {
        let square = vec![(0.0, -5.0), (1.0, -5.0), (1.0, 15.0), (0.0, 15.0)];
        let cut = clip_polygon(square, &(0.0..10.0));
        assert_eq!(cut.len(), 4);
        assert!(cut.iter().all(|p| (0.0..=10.0).contains(&p.1)), "{cut:?}");
        assert!(clip_polygon(vec![], &(0.0..1.0)).is_empty());
    }
}
