//! The price of the next step: what a further cut of the loss costs, on a log dollar axis,
//! with the floor no compute reaches and a yardstick above which a budget leaves the plausible.

use crate::frame::interpolate;
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What the chart shows; every number comes from `lejto_model::next_step`.
#[derive(Debug, Clone, Copy)]
pub struct NextStepChart<'a> {
    /// `(cut %, dollars)`, cut increasing, dollars positive and increasing.
    pub curve: &'a [(f64, f64)],
    /// Right end of the x axis, percent.
    pub x_max: f64,
    /// The largest cut possible at all, percent: a dashed line no budget crosses.
    pub floor: Option<f64>,
    /// `(dollars, label)`: the yardstick; the region above it is shaded.
    pub yardstick: Option<(f64, &'a str)>,
    /// The cut (percent) at which the curve passes the yardstick.
    pub crossing: Option<f64>,
    /// The reader's chosen `(cut %, dollars)`.
    pub reader: Option<(f64, f64)>,
    /// A cut (percent) to mark with the read-out cursor.
    pub cursor: Option<f64>,
}

/// Translated texts the chart draws.
#[derive(Debug, Clone, Copy)]
pub struct NextStepLabels<'a> {
    /// X axis title (percent).
    pub x_axis: &'a str,
    /// Y axis title (dollars, log scale).
    pub y_axis: &'a str,
    /// Label of the floor line.
    pub floor: &'a str,
    /// Text inside the shaded region above the yardstick.
    pub beyond: &'a str,
    /// The reader's point in the key.
    pub reader: &'a str,
}

/// Draws the chart on any plotters drawing area. `money` formats a power of ten of dollars
/// for the log axis.
pub fn draw_next_step<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &NextStepChart,
    labels: &NextStepLabels,
    number: NumberFormat,
    money: &dyn Fn(f64) -> String,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let curve: Vec<(f64, f64)> = chart
        .curve
        .iter()
        .copied()
        .filter(|(x, y)| x.is_finite() && y.is_finite() && *y > 0.0)
        .collect();
    if curve.len() < 2 || chart.x_max.is_nan() || chart.x_max <= 0.0 {
        return Err(ChartError("no data".into()));
    }
    let lo = curve.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let mut hi = curve.iter().map(|p| p.1).fold(0.0, f64::max);
    if let Some((y, _)) = chart.yardstick {
        hi = hi.max(y * 10.0);
    }
    let (d0, d1) = (
        lo.log10().floor(),
        hi.log10().ceil().max(lo.log10().floor() + 1.0),
    );
    let y_range = 10f64.powf(d0)..10f64.powf(d1);
    // At most about six labelled decades.
    let decades = (d1 - d0) as usize;
    let every = decades.div_ceil(6).max(1);
    let y_fmt = |v: &f64| {
        let k = v.log10().round();
        if ((k - d0) as usize).is_multiple_of(every) {
            money(*v)
        } else {
            String::new()
        }
    };
    let x_range = 0.0..chart.x_max;
    let x_digits = tick_digits(chart.x_max);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let font = |size: f64| text_style(theme, size);

    root.fill(&theme.background.color())?;
    let mut plot = ChartBuilder::on(root)
        .margin_top(theme.px(12.0))
        .margin_right(theme.px(18.0))
        .x_label_area_size(theme.px(46.0))
        .y_label_area_size(theme.px(70.0))
        .build_cartesian_2d(x_range.clone(), y_range.clone().log_scale())?;
    styled_mesh(&mut plot, theme)
        .x_labels(6)
        .y_labels(decades + 1)
        .x_desc(labels.x_axis)
        .y_desc(labels.y_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;

    let warn = theme.meek.color();
    if let Some((y, label)) = chart.yardstick.filter(|(y, _)| y_range.contains(y)) {
        plot.draw_series(std::iter::once(Rectangle::new(
            [(0.0, y), (chart.x_max, y_range.end)],
            warn.mix(0.10).filled(),
        )))?;
        plot.draw_series(DashedLineSeries::new(
            [(0.0, y), (chart.x_max, y)],
            theme.px(6.0),
            theme.px(4.0),
            warn.stroke_width(theme.px(1.5)),
        ))?;
        plot.draw_series(std::iter::once(Text::new(
            label.to_string(),
            (chart.x_max * 0.02, y),
            font(12.0).pos(Pos::new(HPos::Left, VPos::Bottom)),
        )))?;
        plot.draw_series(std::iter::once(Text::new(
            labels.beyond.to_string(),
            (chart.x_max * 0.02, y_range.end),
            font(12.0).pos(Pos::new(HPos::Left, VPos::Top)),
        )))?;
    }
    if let Some(f) = chart.floor.filter(|f| *f > 0.0 && *f <= chart.x_max) {
        plot.draw_series(DashedLineSeries::new(
            [(f, y_range.start), (f, y_range.end)],
            theme.px(4.0),
            theme.px(4.0),
            theme.text.color().mix(0.6).stroke_width(theme.px(1.0)),
        ))?;
        // At the top, right of the shaded label: the reader's key holds the lower right.
        plot.draw_series(std::iter::once(Text::new(
            labels.floor.to_string(),
            (f, y_range.end),
            font(12.0).pos(Pos::new(HPos::Right, VPos::Top)),
        )))?;
    }
    let line = theme.frontier.color();
    plot.draw_series(LineSeries::new(
        curve.iter().copied(),
        line.stroke_width(theme.px(2.5)),
    ))?;
    let log_curve: Vec<(f64, f64)> = curve.iter().map(|(x, y)| (*x, y.ln())).collect();
    if let (Some(c), Some((y, _))) = (chart.crossing, chart.yardstick) {
        if (0.0..=chart.x_max).contains(&c) {
            plot.draw_series(std::iter::once(Circle::new(
                (c, y),
                theme.px(6.0),
                warn.stroke_width(theme.px(2.5)),
            )))?;
        }
    }
    let reader = theme.meek.color();
    if let Some((c, d)) = chart
        .reader
        .filter(|(c, d)| (0.0..=chart.x_max).contains(c) && y_range.contains(d))
    {
        plot.draw_series(std::iter::once(Circle::new(
            (c, d),
            theme.px(6.0),
            reader.filled(),
        )))?;
    }
    if let Some(x) = chart.cursor.filter(|x| (0.0..=chart.x_max).contains(x)) {
        // Interpolated in log dollars: the curve is straight-ish there, not in dollars.
        let y = interpolate(&log_curve, x).map(f64::exp);
        let area = plot.plotting_area();
        area.draw(&PathElement::new(
            vec![(x, y_range.start), (x, y_range.end)],
            theme.text.color().mix(0.55).stroke_width(theme.px(1.0)),
        ))?;
        if let Some(y) = y.filter(|y| y_range.contains(y)) {
            area.draw(&Circle::new((x, y), theme.px(4.5), line.filled()))?;
        }
    }

    // The reader's key sits at the lower right, below the steep end of the curve.
    let area = plot.plotting_area().strip_coord_spec();
    let style = font(13.0);
    let (tw, _) = area.estimate_text_size(labels.reader, &style)?;
    let (w, h) = area.dim_in_pixel();
    let r = theme.px(6.0) as i32;
    let y = h as i32 - theme.px(14.0) as i32;
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
        x: (0.0, chart.x_max),
        log_x: false,
    };
    root.present()?;
    Ok(frame)
}
