//! The convergence chart (MODEL.md E1–E5): frontier and meek loss over the years in the upper
//! panel, the gap between them in the lower panel, with its peak and half-way point marked
//! (and, once a reader has guessed the half-way time, that guess beside it).

use crate::data::{extent, finite, interpolate, padded_range, usable, within, x_span};
use crate::legend::{box_points, pixels, trace, Entry, Legend, Swatch};
use crate::mark::{
    draw_cursor_line, draw_dot, draw_line_label, draw_marker, draw_reference_line,
    marker_label_box, Rect,
};
use crate::style::{styled_mesh, BAND_ALPHA};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use lejto_model::convergence::Peak;
use lejto_model::uncertainty::BandPoint;
use lejto_model::ConvergencePoint;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::ops::Range;

/// What the convergence chart shows; every number comes from `lejto_model::Convergence`.
#[derive(Debug, Clone, Copy)]
pub struct ConvergenceChart<'a> {
    /// Samples from t = 0 to the horizon.
    pub points: &'a [ConvergencePoint],
    /// The largest gap over the horizon.
    pub peak: Peak,
    /// When the gap has fallen to half its peak, if within the horizon: `(t, ΔL)`.
    pub half: Option<(f64, f64)>,
    /// The year under the reader's pointer (set by the app's hover read-out): a vertical line
    /// and a dot on each curve there. Ignored outside the drawn years.
    pub cursor: Option<f64>,
    /// The reader's guess of the half-way time (years), to set beside the model's `half`: a
    /// dashed vertical line across the gap panel, labelled `labels.guess` at the panel's top
    /// (moved to where it touches neither the markers' labels nor the gap curve). Left out
    /// when outside the drawn years.
    pub guess: Option<f64>,
    /// The uncertainty band around the gap: its 5/25/50/75/95 % quantiles over the years
    /// (`lejto_model::uncertainty`), shaded 5–95 % and 25–75 % under the gap curve, with a
    /// legend in the gap panel. Empty: no band, and the chart is drawn exactly as without.
    pub band: &'a [BandPoint],
}

/// Translated texts the chart draws.
#[derive(Debug, Clone, Copy)]
pub struct ConvergenceLabels<'a> {
    /// X axis title (years, with unit).
    pub x_axis: &'a str,
    /// Upper panel's y axis title.
    pub loss_axis: &'a str,
    /// Lower panel's y axis title.
    pub gap_axis: &'a str,
    /// Legend entry of the frontier series.
    pub frontier: &'a str,
    /// Legend entry of the meek series.
    pub meek: &'a str,
    /// Label next to the peak marker.
    pub peak: &'a str,
    /// Label next to the half-way marker.
    pub half: &'a str,
    /// Label of the reader's guess line ("your guess").
    pub guess: &'a str,
    /// Legend of the band's inner (25–75 %) shade.
    pub band_inner: &'a str,
    /// Legend of the band's outer (5–95 %) shade.
    pub band_outer: &'a str,
}

/// The frontier's loss, the meek lab's loss and the gap, `(t, value)`, finite samples only.
pub(crate) fn series(chart: &ConvergenceChart) -> [Vec<(f64, f64)>; 3] {
    let series = |f: fn(&ConvergencePoint) -> f64| finite(chart.points.iter().map(|p| (p.t, f(p))));
    [
        series(|p| p.frontier),
        series(|p| p.meek),
        series(|p| p.gap),
    ]
}

/// The band's points whose year and quantiles are all finite, `(t, quantiles)`.
pub(crate) fn band(chart: &ConvergenceChart) -> Vec<(f64, [f64; 5])> {
    chart
        .band
        .iter()
        .filter(|b| b.t.is_finite() && b.gap.iter().all(|g| g.is_finite()))
        .map(|b| (b.t, b.gap))
        .collect()
}

/// The lower panel's y range: the gap and the band's outer quantiles padded, reaching zero.
pub(crate) fn gap_range(gap: &[(f64, f64)], band: &[(f64, [f64; 5])]) -> Range<f64> {
    let band = band.iter().flat_map(|(_, q)| [q[0], q[4]]);
    padded_range(gap.iter().map(|p| p.1).chain(band), 0.12, true)
}

/// The band between quantiles `lo` and `hi` as one closed outline: along the upper quantile,
/// back along the lower.
fn band_outline(band: &[(f64, [f64; 5])], lo: usize, hi: usize) -> Vec<(f64, f64)> {
    let upper = band.iter().map(|(t, q)| (*t, q[hi]));
    upper
        .chain(band.iter().rev().map(|(t, q)| (*t, q[lo])))
        .collect()
}

/// The gap panel's markers, `(t, gap, label, filled)`, before the range check. A peak is only
/// worth marking when the frontier is ahead there.
pub(crate) fn markers<'a>(
    chart: &ConvergenceChart,
    labels: &ConvergenceLabels<'a>,
) -> Vec<(f64, f64, &'a str, bool)> {
    let mut markers = Vec::new();
    if chart.peak.gap > 0.0 {
        markers.push((chart.peak.t, chart.peak.gap, labels.peak, true));
    }
    if let Some((t, g)) = chart.half {
        markers.push((t, g, labels.half, false));
    }
    markers
}

/// The reader's guess, when it lies in the drawn years `x_range`.
pub(crate) fn guess(chart: &ConvergenceChart, x_range: &Range<f64>) -> Option<f64> {
    chart.guess.filter(|t| within(x_range, *t))
}

/// Draws the convergence chart on any plotters drawing area and returns where its year axis
/// lies.
///
/// Non-finite samples are left out of their series, and the y ranges are the data's own
/// extent, so nothing is drawn along an edge. No finite sample at all is an error.
pub fn draw_convergence<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ConvergenceChart,
    labels: &ConvergenceLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let [frontier_pts, meek_pts, gap_pts] = series(chart);
    let band_pts = band(chart);
    let all = || frontier_pts.iter().chain(&meek_pts).chain(&gap_pts);
    let Some((t0, t1)) = extent(all().map(|p| p.0)) else {
        return Err(ChartError("no data".into()));
    };
    let x_range = x_span((t0, t1));
    let loss_range = padded_range(
        frontier_pts.iter().chain(&meek_pts).map(|p| p.1),
        0.06,
        false,
    );
    let gap_range = gap_range(&gap_pts, &band_pts);
    for r in [&x_range, &loss_range, &gap_range] {
        usable(r)?;
    }

    let line = |c: RGBColor| c.stroke_width(theme.px(2.5));
    let (frontier, meek, gap) = (
        theme.frontier.color(),
        theme.meek.color(),
        theme.gap.color(),
    );

    root.fill(&theme.background.color())?;
    let (width, height) = root.dim_in_pixel();
    let (upper, lower) = root.split_vertically(height * 56 / 100);
    let entry = |label, color| Entry {
        label,
        color,
        swatch: Swatch::Line,
    };
    let entries = [entry(labels.frontier, frontier), entry(labels.meek, meek)];
    let (top_margin, right, x_area, y_area) = (
        theme.px(10.0),
        theme.px(14.0),
        theme.px(8.0),
        theme.px(58.0),
    );
    let upper_plot = (
        width as i32 - (right + y_area) as i32,
        upper.dim_in_pixel().1 as i32 - (top_margin + x_area) as i32,
    );
    // On a narrow chart the legend's rows go above the upper panel's plot, not over it.
    let legend = Legend::plan(&upper, &entries, upper_plot, theme)?;

    let x_digits = tick_digits(x_range.end - x_range.start);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let loss_digits = tick_digits(loss_range.end - loss_range.start);
    let loss_fmt = |v: &f64| number(*v, loss_digits);
    let gap_digits = tick_digits(gap_range.end - gap_range.start);
    let gap_fmt = |v: &f64| number(*v, gap_digits);

    // Upper panel: the two losses.
    let mut top = ChartBuilder::on(&upper)
        .margin_top(top_margin + legend.height_above() as u32)
        .margin_right(right)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x_range.clone(), loss_range.clone())?;
    styled_mesh(&mut top, theme)
        .x_labels(0)
        .y_labels(5)
        .y_desc(labels.loss_axis)
        .y_label_formatter(&loss_fmt)
        .draw()?;
    top.draw_series(LineSeries::new(
        frontier_pts.iter().copied(),
        line(frontier),
    ))?;
    top.draw_series(LineSeries::new(meek_pts.iter().copied(), line(meek)))?;
    let top_area = top.plotting_area();
    let occupied = pixels(top_area, frontier_pts.iter().chain(&meek_pts).copied());
    legend.draw(&upper, &top_area.strip_coord_spec(), &occupied, theme)?;

    // Lower panel: the gap, its band, its peak and half-way point. The band's legend, planned
    // before the panel is laid out, goes in its emptiest corner or in rows above it.
    let band_entries: Vec<Entry> = if band_pts.is_empty() {
        Vec::new()
    } else {
        let band_entry = |label, level| Entry {
            label,
            color: gap,
            swatch: Swatch::Band(level),
        };
        vec![
            band_entry(labels.band_inner, 1),
            band_entry(labels.band_outer, 0),
        ]
    };
    let lower_plot = (
        width as i32 - theme.px(72.0) as i32,
        lower.dim_in_pixel().1 as i32 - theme.px(54.0) as i32,
    );
    let band_legend = Legend::plan(&lower, &band_entries, lower_plot, theme)?;
    let mut bottom = ChartBuilder::on(&lower)
        .margin_top(theme.px(6.0) + band_legend.height_above() as u32)
        .margin_right(theme.px(14.0))
        .margin_bottom(theme.px(4.0))
        .x_label_area_size(theme.px(44.0))
        .y_label_area_size(theme.px(58.0))
        .build_cartesian_2d(x_range.clone(), gap_range.clone())?;
    styled_mesh(&mut bottom, theme)
        .x_labels(8)
        .y_labels(4)
        .x_desc(labels.x_axis)
        .y_desc(labels.gap_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&gap_fmt)
        .draw()?;
    // Outer band first, the inner over it, the curve over both.
    for (level, (lo, hi)) in [(0, 4), (1, 3)].into_iter().enumerate() {
        if band_pts.len() > 1 {
            bottom.draw_series(std::iter::once(Polygon::new(
                band_outline(&band_pts, lo, hi),
                gap.mix(BAND_ALPHA[level]).filled(),
            )))?;
        }
    }
    bottom.draw_series(LineSeries::new(gap_pts.iter().copied(), line(gap)))?;
    let drawn: Vec<_> = markers(chart, labels)
        .into_iter()
        .filter(|&(t, g, ..)| within(&x_range, t) && within(&gap_range, g))
        .map(|(t, g, label, filled)| {
            let flip = t > x_range.start + 0.7 * (x_range.end - x_range.start);
            (bottom.backend_coord(&(t, g)), label, filled, flip)
        })
        .collect();
    // The guess's line goes under the markers, so one on the line still reads as a ring.
    let guess_x = guess(chart, &x_range).map(|t| bottom.backend_coord(&(t, gap_range.end)));
    if let Some((x, top)) = guess_x {
        let axis = bottom.backend_coord(&(x_range.start, gap_range.start)).1;
        draw_reference_line(root, x, (top, axis), theme)?;
    }
    for &(at, label, filled, flip) in &drawn {
        draw_marker(root, at, label, filled, gap, flip, theme)?;
    }
    if let Some((x, _)) = guess_x {
        // Its label shuns the markers, their labels and the curve, all in the plot's pixels.
        let area = bottom.plotting_area().strip_coord_spec();
        let (bx, by) = area.get_base_pixel();
        let shift = |((x, y), size): Rect| ((x - bx, y - by), size);
        let r = theme.px(6.0) as i32;
        let mut avoid = Vec::new();
        for &(at, label, _, flip) in &drawn {
            avoid.push(shift(marker_label_box(root, at, label, flip, theme)?));
            avoid.push(shift(((at.0 - r, at.1 - r), (2 * r, 2 * r))));
        }
        let curve = pixels(bottom.plotting_area(), gap_pts.iter().copied());
        avoid.extend(
            trace(&curve, theme.px(4.0) as i32)
                .into_iter()
                .map(|p| (p, (0, 0))),
        );
        draw_line_label(&area, x - bx, labels.guess, &avoid, theme)?;
    }
    // The band's legend shuns the curve, the band's edges and the markers with their labels.
    if !band_entries.is_empty() {
        let area = bottom.plotting_area();
        let mut occupied = pixels(area, gap_pts.iter().copied());
        occupied = trace(&occupied, theme.px(4.0) as i32);
        for (lo, hi) in [(0, 4), (1, 3)] {
            let edge = pixels(area, band_outline(&band_pts, lo, hi).into_iter());
            occupied.extend(trace(&edge, theme.px(4.0) as i32));
        }
        let (bx, by) = area.get_base_pixel();
        for &(at, label, _, flip) in &drawn {
            let ((x, y), (w, h)) = marker_label_box(root, at, label, flip, theme)?;
            occupied.extend(box_points((x - bx, y - by), (w, h), theme.px(4.0) as i32));
            let r = theme.px(8.0) as i32;
            occupied.extend(box_points(
                (at.0 - bx - r, at.1 - by - r),
                (2 * r, 2 * r),
                theme.px(4.0) as i32,
            ));
        }
        band_legend.draw(&lower, &area.strip_coord_spec(), &occupied, theme)?;
    }

    if let Some(t) = chart.cursor.filter(|t| within(&x_range, *t)) {
        let x = bottom.backend_coord(&(t, gap_range.start)).0;
        let span = (
            top.backend_coord(&(t, loss_range.end)).1,
            bottom.backend_coord(&(t, gap_range.start)).1,
        );
        draw_cursor_line(root, x, span, theme)?;
        for (pts, color) in [(&frontier_pts, frontier), (&meek_pts, meek)] {
            if let Some(v) = interpolate(pts, t).filter(|v| within(&loss_range, *v)) {
                draw_dot(root, top.backend_coord(&(t, v)), color, theme)?;
            }
        }
        if let Some(v) = interpolate(&gap_pts, t).filter(|v| within(&gap_range, *v)) {
            draw_dot(root, bottom.backend_coord(&(t, v)), gap, theme)?;
        }
    }

    let frame = PlotFrame::new(
        root,
        (
            bottom.backend_coord(&(x_range.start, gap_range.start)).0,
            bottom.backend_coord(&(x_range.end, gap_range.start)).0,
        ),
        (x_range.start, x_range.end),
        false,
    );
    root.present()?;
    Ok(frame)
}
