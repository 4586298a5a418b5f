//! The scaling-law chart (MODEL.md §3): compute-optimal loss against training compute on a
//! log axis, with the reader's budget and well-known models marked.

use crate::frame::interpolate;
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What the scaling chart shows; every number comes from `lejto_model::chinchilla`.
#[derive(Debug, Clone, Copy)]
pub struct ScalingChart<'a> {
    /// `(compute FLOP, L_opt)` samples, compute increasing.
    pub curve: &'a [(f64, f64)],
    /// The reader's budget: `(compute, loss)`.
    pub reader: (f64, f64),
    /// Reported models: `(name, compute, loss on the curve)`.
    pub models: &'a [(&'a str, f64, f64)],
    /// A compute (FLOP) to mark with the read-out cursor.
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

/// Draws the scaling chart on any plotters drawing area.
pub fn draw_scaling<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ScalingChart,
    labels: &ScalingLabels,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let (Some(first), Some(last)) = (chart.curve.first(), chart.curve.last()) else {
        return Err(ChartError("no data".into()));
    };
    let (lo, hi) = chart
        .curve
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.1), hi.max(p.1))
        });
    if !(lo.is_finite() && hi.is_finite() && first.0 > 0.0 && last.0 > first.0) {
        return Err(ChartError("bad range".into()));
    }
    let pad = (hi - lo).max(1e-6) * 0.06;
    let y_range = (lo - pad)..(hi + pad);
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
        .build_cartesian_2d((first.0..last.0).log_scale(), y_range)?;
    styled_mesh(&mut plot, theme)
        .x_labels(7)
        .y_labels(5)
        .x_desc(labels.x_axis)
        .y_desc(labels.y_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    let curve = theme.frontier.color();
    plot.draw_series(LineSeries::new(
        chart.curve.iter().copied(),
        curve.stroke_width(theme.px(2.5)),
    ))?;
    let in_range = |c: f64| (first.0..=last.0).contains(&c);
    for (i, (name, c, l)) in chart.models.iter().filter(|m| in_range(m.1)).enumerate() {
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
    if in_range(rc) {
        plot.draw_series(std::iter::once(Circle::new(
            (rc, rl),
            theme.px(6.0),
            reader.filled(),
        )))?;
    }
    if let Some(c) = chart.cursor.filter(|c| in_range(*c)) {
        // Interpolated in log compute, the axis the curve is sampled evenly on.
        let logged: Vec<(f64, f64)> = chart.curve.iter().map(|(c, l)| (c.log10(), *l)).collect();
        let area = plot.plotting_area();
        let (y0, y1) = (area.get_y_range().start, area.get_y_range().end);
        area.draw(&PathElement::new(
            vec![(c, y0), (c, y1)],
            theme.text.color().mix(0.55).stroke_width(theme.px(1.0)),
        ))?;
        if let Some(l) = interpolate(&logged, c.log10()) {
            area.draw(&Circle::new((c, l), theme.px(4.5), curve.filled()))?;
        }
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
    let (xs, _) = plot.plotting_area().get_pixel_range();
    let frame = PlotFrame {
        x_px: (xs.start, xs.end),
        x: (first.0, last.0),
        log_x: true,
    };
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
