//! The scaling-law chart (MODEL.md §3): compute-optimal loss against training compute on a
//! log axis, with the reader's budget and well-known models marked.

use crate::data::{extent, finite, interpolate, usable, within};
use crate::mark::{draw_cursor_line, draw_dot};
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// What the scaling chart shows; every number comes from `lejto_model::chinchilla`.
#[derive(Debug, Clone, Copy)]
pub struct ScalingChart<'a> {
    /// `(compute FLOP, L_opt)` samples, compute increasing.
    pub curve: &'a [(f64, f64)],
    /// The reader's budget: `(compute, loss)`.
    pub reader: (f64, f64),
    /// Reported models: `(name, compute, loss on the curve)`.
    pub models: &'a [(&'a str, f64, f64)],
    /// The compute (FLOP) under the reader's pointer: a vertical line and a dot on the curve
    /// there. Ignored outside the drawn range.
    pub cursor: Option<f64>,
}

/// Translated texts the chart draws.
#[derive(Debug, Clone, Copy)]
pub struct ScalingLabels<'a> {
    /// X axis title (training compute, FLOP, log scale).
    pub x_axis: &'a str,
    /// Y axis title (loss).
    pub y_axis: &'a str,
    /// Label of the reader's point.
    pub reader: &'a str,
}

/// `10^k` with a superscript exponent, for log-axis ticks.
pub fn power_of_ten(value: f64) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let k = value.log10().round() as i64;
    let digits: String = k
        .abs()
        .to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| SUP[d as usize]))
        .collect();
    format!("10{}{}", if k < 0 { "⁻" } else { "" }, digits)
}

/// The curve's samples the chart draws: finite, with positive compute (a log axis).
pub(crate) fn curve(chart: &ScalingChart) -> Vec<(f64, f64)> {
    finite(chart.curve.iter().copied())
        .into_iter()
        .filter(|p| p.0 > 0.0)
        .collect()
}

/// The compute and loss ranges over the drawn curve, `None` without a sample. Not yet checked
/// as [`usable`].
pub(crate) fn ranges(curve: &[(f64, f64)]) -> Option<(Range<f64>, Range<f64>)> {
    let x = extent(curve.iter().map(|p| p.0))?;
    let (lo, hi) = extent(curve.iter().map(|p| p.1))?;
    // A single compute value still gets a decade of axis rather than an empty range.
    let x_range = if x.1 > x.0 {
        x.0..x.1
    } else {
        x.0 / 10.0..x.0 * 10.0
    };
    let pad = (hi - lo).max(1e-6) * 0.06;
    Some((x_range, (lo - pad)..(hi + pad)))
}

/// Draws the scaling chart on any plotters drawing area and returns where its (logarithmic)
/// compute axis lies.
///
/// Samples with a non-finite value or non-positive compute are left out; none left is an
/// error.
pub fn draw_scaling<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ScalingChart,
    labels: &ScalingLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let curve = curve(chart);
    let Some((x_range, y_range)) = ranges(&curve) else {
        return Err(ChartError("no data".into()));
    };
    usable(&x_range)?;
    usable(&y_range)?;
    let y_digits = tick_digits(y_range.end - y_range.start);
    let y_fmt = |v: &f64| number(*v, y_digits);
    let x_fmt = |v: &f64| power_of_ten(*v);
    let font = |size: f64| text_style(theme, size);

    root.fill(&theme.background.color())?;
    let mut plot = ChartBuilder::on(root)
        .margin_top(theme.px(12.0))
        .margin_right(theme.px(18.0))
        .x_label_area_size(theme.px(46.0))
        .y_label_area_size(theme.px(58.0))
        .build_cartesian_2d(x_range.clone().log_scale(), y_range.clone())?;
    styled_mesh(&mut plot, theme)
        .x_labels(7)
        .y_labels(5)
        .x_desc(labels.x_axis)
        .y_desc(labels.y_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    let curve_color = theme.frontier.color();
    plot.draw_series(LineSeries::new(
        curve.iter().copied(),
        curve_color.stroke_width(theme.px(2.5)),
    ))?;
    let in_range = |c: f64| within(&x_range, c);
    let shown = |c: f64, l: f64| in_range(c) && within(&y_range, l);
    for (i, (name, c, l)) in chart.models.iter().filter(|m| shown(m.1, m.2)).enumerate() {
        // Neighbours sit about a decade apart: alternate below and above, and lift every
        // second label above by one more row, so none collide even on a phone.
        let row = theme.px(15.0) as i32;
        let gap = theme.px(8.0) as i32;
        let (dy, v) = match i % 4 {
            1 | 3 => (gap, VPos::Top),
            2 => (-gap - row, VPos::Bottom),
            _ => (-gap, VPos::Bottom),
        };
        plot.draw_series(std::iter::once(
            EmptyElement::at((*c, *l))
                + Circle::new((0, 0), theme.px(4.0), theme.text.color().filled())
                + Text::new(
                    name.to_string(),
                    (0, dy),
                    font(12.0).pos(Pos::new(HPos::Center, v)),
                ),
        ))?;
    }
    let (rc, rl) = chart.reader;
    let reader = theme.meek.color();
    if shown(rc, rl) {
        plot.draw_series(std::iter::once(Circle::new(
            (rc, rl),
            theme.px(6.0),
            reader.filled(),
        )))?;
    }
    // The reader's point is named in a key at the top right, where the falling curve leaves
    // room, rather than beside the point, where the reported models' labels crowd.
    let area = plot.plotting_area().strip_coord_spec();
    let style = font(13.0);
    let (tw, _) = area.estimate_text_size(labels.reader, &style)?;
    let (w, _) = area.dim_in_pixel();
    let r = theme.px(6.0) as i32;
    let y = theme.px(14.0) as i32;
    let x = w as i32 - tw as i32 - theme.px(12.0) as i32;
    area.draw(&Circle::new(
        (x - r - theme.px(6.0) as i32, y),
        r as u32,
        reader.filled(),
    ))?;
    area.draw(&Text::new(
        labels.reader.to_string(),
        (x, y),
        style.pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    if let Some(c) = chart.cursor.filter(|c| in_range(*c)) {
        let x = plot.backend_coord(&(c, y_range.start)).0;
        let span = (
            plot.backend_coord(&(c, y_range.end)).1,
            plot.backend_coord(&(c, y_range.start)).1,
        );
        draw_cursor_line(root, x, span, theme)?;
        // The curve runs straight between samples on the log axis, so the dot interpolates in
        // log10 compute to sit on the drawn line.
        let logged: Vec<(f64, f64)> = curve.iter().map(|p| (p.0.log10(), p.1)).collect();
        if let Some(l) = interpolate(&logged, c.log10()).filter(|l| within(&y_range, *l)) {
            draw_dot(root, plot.backend_coord(&(c, l)), curve_color, theme)?;
        }
    }
    let frame = PlotFrame::new(
        root,
        (
            plot.backend_coord(&(x_range.start, y_range.start)).0,
            plot.backend_coord(&(x_range.end, y_range.start)).0,
        ),
        (x_range.start, x_range.end),
        true,
    );
    root.present()?;
    Ok(frame)
}

#[cfg(test)]
mod tests {
    use super::power_of_ten;

    #[test]
    fn powers_read_as_superscripts() {
        assert_eq!(power_of_ten(1e18), "10¹⁸");
        assert_eq!(power_of_ten(1e30), "10³⁰");
        assert_eq!(power_of_ten(0.01), "10⁻²");
    }
}
