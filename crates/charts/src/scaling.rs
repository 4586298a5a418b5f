//! The scaling-law chart (MODEL.md §3): compute-optimal loss against training compute on a
//! log axis, with the reader's budget and well-known models marked.

use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat};
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
) -> Result<(), ChartError> {
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
        // Alternate labels above and below so neighbours do not collide.
        let dy = if i % 2 == 0 {
            -(theme.px(8.0) as i32)
        } else {
            theme.px(8.0) as i32
        };
        let v = if i % 2 == 0 { VPos::Bottom } else { VPos::Top };
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
    if in_range(rc) {
        let reader = theme.meek.color();
        let right = rc > (first.0 * last.0).sqrt() * 100.0;
        let (dx, h) = if right {
            (-(theme.px(10.0) as i32), HPos::Right)
        } else {
            (theme.px(10.0) as i32, HPos::Left)
        };
        plot.draw_series(std::iter::once(
            EmptyElement::at((rc, rl))
                + Circle::new((0, 0), theme.px(6.0), reader.filled())
                + Text::new(
                    labels.reader.to_string(),
                    (dx, 0),
                    font(13.0).pos(Pos::new(h, VPos::Center)),
                ),
        ))?;
    }
    root.present()?;
    Ok(())
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
