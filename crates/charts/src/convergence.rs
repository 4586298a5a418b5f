//! The convergence chart (MODEL.md E1–E5): frontier and meek loss over the years in the upper
//! panel, the gap between them in the lower panel, with its peak and half-way point marked.

use crate::frame::interpolate;
use crate::style::{draw_cursor, styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use lejto_model::convergence::Peak;
use lejto_model::ConvergencePoint;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
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
    /// A year to mark across both panels (the reader's pointer or chosen year).
    pub cursor: Option<f64>,
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
}

/// `[min, max]` of the values, padded by `pad` of the span on each side.
pub(crate) fn padded_range(
    values: impl Iterator<Item = f64>,
    pad: f64,
    include_zero: bool,
) -> Range<f64> {
    let (mut lo, mut hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if include_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if !(lo.is_finite() && hi.is_finite()) {
        return 0.0..1.0;
    }
    let span = (hi - lo).max(1e-9 * hi.abs().max(1.0));
    (lo - pad * span)..(hi + pad * span)
}

/// Draws the convergence chart on any plotters drawing area.
///
/// Points outside the y range are filtered by the range computation (the ranges are the data's
/// own extent), so nothing is drawn along an edge.
pub fn draw_convergence<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ConvergenceChart,
    labels: &ConvergenceLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let points = chart.points;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Err(ChartError("no data".into()));
    };
    let x_range = first.t..last.t.max(first.t + 1e-9);
    let loss_range = padded_range(
        points.iter().flat_map(|p| [p.frontier, p.meek]),
        0.06,
        false,
    );
    let gap_range = padded_range(points.iter().map(|p| p.gap), 0.12, true);

    let font = |size: f64| text_style(theme, size);
    let line = |c: Rgb8| c.stroke_width(theme.px(2.5));
    let (frontier, meek, gap) = (
        theme.frontier.color(),
        theme.meek.color(),
        theme.gap.color(),
    );

    root.fill(&theme.background.color())?;
    let height = root.dim_in_pixel().1;
    let (upper, lower) = root.split_vertically(height * 56 / 100);

    let x_digits = tick_digits(x_range.end - x_range.start);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let loss_digits = tick_digits(loss_range.end - loss_range.start);
    let loss_fmt = |v: &f64| number(*v, loss_digits);
    let gap_digits = tick_digits(gap_range.end - gap_range.start);
    let gap_fmt = |v: &f64| number(*v, gap_digits);

    // Upper panel: the two losses.
    let mut top = ChartBuilder::on(&upper)
        .margin_top(theme.px(10.0))
        .margin_right(theme.px(14.0))
        .x_label_area_size(theme.px(8.0))
        .y_label_area_size(theme.px(58.0))
        .build_cartesian_2d(x_range.clone(), loss_range)?;
    styled_mesh(&mut top, theme)
        .x_labels(0)
        .y_labels(5)
        .y_desc(labels.loss_axis)
        .y_label_formatter(&loss_fmt)
        .draw()?;
    top.draw_series(LineSeries::new(
        points.iter().map(|p| (p.t, p.frontier)),
        line(frontier),
    ))?;
    top.draw_series(LineSeries::new(
        points.iter().map(|p| (p.t, p.meek)),
        line(meek),
    ))?;
    let cursor = chart
        .cursor
        .filter(|t| x_range.contains(t) || *t == x_range.end);
    if let Some(t) = cursor {
        let frontier_pts: Vec<(f64, f64)> = points.iter().map(|p| (p.t, p.frontier)).collect();
        let meek_pts: Vec<(f64, f64)> = points.iter().map(|p| (p.t, p.meek)).collect();
        let ys = [
            (interpolate(&frontier_pts, t), frontier),
            (interpolate(&meek_pts, t), meek),
        ];
        draw_cursor(&top, t, &ys, theme)?;
    }
    let top_area = top.plotting_area();
    let occupied = pixels(
        top_area,
        points
            .iter()
            .flat_map(|p| [(p.t, p.frontier), (p.t, p.meek)]),
    );
    draw_legend(
        &top_area.strip_coord_spec(),
        &[(labels.frontier, frontier), (labels.meek, meek)],
        &occupied,
        theme,
    )?;

    // Lower panel: the gap, its peak and half-way point.
    let mut bottom = ChartBuilder::on(&lower)
        .margin_top(theme.px(6.0))
        .margin_right(theme.px(14.0))
        .margin_bottom(theme.px(4.0))
        .x_label_area_size(theme.px(44.0))
        .y_label_area_size(theme.px(58.0))
        .build_cartesian_2d(x_range, gap_range)?;
    styled_mesh(&mut bottom, theme)
        .x_labels(8)
        .y_labels(4)
        .x_desc(labels.x_axis)
        .y_desc(labels.gap_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&gap_fmt)
        .draw()?;
    bottom.draw_series(LineSeries::new(
        points.iter().map(|p| (p.t, p.gap)),
        line(gap),
    ))?;
    let horizon = last.t;
    // A peak is only worth marking when the frontier is ahead there.
    let mut markers = Vec::new();
    if chart.peak.gap > 0.0 {
        markers.push((chart.peak.t, chart.peak.gap, labels.peak, true));
    }
    if let Some((t, g)) = chart.half {
        markers.push((t, g, labels.half, false));
    }
    for (t, g, label, filled) in markers {
        // Near the right edge the label goes to the marker's left, so it is never cut off.
        let right_side = t > horizon * 0.7;
        let (dx, anchor) = if right_side {
            (-(theme.px(8.0) as i32), HPos::Right)
        } else {
            (theme.px(8.0) as i32, HPos::Left)
        };
        let dot = if filled {
            gap.filled()
        } else {
            theme.background.color().filled()
        };
        bottom.draw_series(std::iter::once(
            EmptyElement::at((t, g))
                + Circle::new((0, 0), theme.px(5.0), dot)
                + Circle::new((0, 0), theme.px(5.0), gap.stroke_width(theme.px(2.0)))
                + Text::new(
                    label.to_string(),
                    (dx, -(theme.px(6.0) as i32)),
                    font(12.0).pos(Pos::new(anchor, VPos::Bottom)),
                ),
        ))?;
    }
    // One series with its own axis title needs no legend; the panel stays clear for markers.
    if let Some(t) = cursor {
        let gap_pts: Vec<(f64, f64)> = points.iter().map(|p| (p.t, p.gap)).collect();
        draw_cursor(&bottom, t, &[(interpolate(&gap_pts, t), gap)], theme)?;
    }
    let frame = PlotFrame::linear(
        bottom.plotting_area(),
        (first.t, last.t.max(first.t + 1e-9)),
    );
    root.present()?;
    Ok(frame)
}

type Rgb8 = RGBColor;
/// Pixel positions, relative to the plotting area, of data coordinates.
fn pixels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    coords: impl Iterator<Item = (f64, f64)>,
) -> Vec<(i32, i32)> {
    let (bx, by) = area.get_base_pixel();
    coords
        .map(|c| {
            let (x, y) = area.map_coordinate(&c);
            (x - bx, y - by)
        })
        .collect()
}

/// A legend box in whichever corner of `area` covers the fewest `occupied` pixels (data
/// points), trying the upper right first: a line swatch and a label per entry.
///
/// Drawn by hand rather than with plotters' series labels, because those measure text with the
/// font module, which in the browser means a DOM element and a forced page layout per label;
/// `estimate_text_size` goes through the backend, which measures on the canvas itself.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(&str, RGBColor)],
    occupied: &[(i32, i32)],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let style = text_style(theme, 12.0);
    let (pad, swatch, gap, line_h) = (
        theme.px(6.0) as i32,
        theme.px(18.0) as i32,
        theme.px(6.0) as i32,
        theme.px(18.0) as i32,
    );
    let mut text_w = 0;
    for (label, _) in entries {
        text_w = text_w.max(area.estimate_text_size(label, &style)?.0 as i32);
    }
    let (w, h) = area.dim_in_pixel();
    let box_w = pad * 2 + swatch + gap + text_w;
    let box_h = pad * 2 + line_h * entries.len() as i32;
    let (right, bottom) = (
        (w as i32 - box_w - pad).max(0),
        (h as i32 - box_h - pad).max(0),
    );
    let covered = |(x0, y0): (i32, i32)| {
        let slack = theme.px(8.0) as i32;
        occupied
            .iter()
            .filter(|(x, y)| {
                (x0 - slack..=x0 + box_w + slack).contains(x)
                    && (y0 - slack..=y0 + box_h + slack).contains(y)
            })
            .count()
    };
    let candidates = [(right, pad), (pad, pad), (pad, bottom), (right, bottom)];
    let (x0, y0) = candidates
        .into_iter()
        .min_by_key(|c| covered(*c))
        .unwrap_or((right, pad));
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + box_w, y0 + box_h)],
        theme.background.color().mix(0.88).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + box_w, y0 + box_h)],
        theme.grid.color().stroke_width(theme.px(1.0)),
    ))?;
    for (i, (label, color)) in entries.iter().enumerate() {
        let y = y0 + pad + line_h * i as i32 + line_h / 2;
        let x = x0 + pad;
        area.draw(&PathElement::new(
            vec![(x, y), (x + swatch, y)],
            color.stroke_width(theme.px(2.5)),
        ))?;
        area.draw(&Text::new(
            label.to_string(),
            (x + swatch + gap, y),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}
