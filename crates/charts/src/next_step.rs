//! "The price of the next step" (MODEL.md E1–E2 inverted): what a further cut in loss costs,
//! in dollars on a log axis, against the cut in percent.

use crate::data::{extent, finite, interpolate, usable, within};
use crate::legend::{box_points, pixels, Entry, Legend, Swatch};
use crate::mark::{draw_cursor_line, draw_dot, draw_ring};
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::combinators::BindKeyPoints;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// What the next-step chart shows; the numbers come from `lejto_model::next_step`.
#[derive(Debug, Clone, Copy)]
pub struct NextStepChart<'a> {
    /// `(cut %, dollars)` samples, cut increasing, dollars positive and increasing. Samples
    /// outside `0..=x_max`, with non-positive dollars or non-finite values are left out.
    pub curve: &'a [(f64, f64)],
    /// The right end of the x axis (percent).
    pub x_max: f64,
    /// The largest cut possible at all (percent): a dashed vertical asymptote, labelled.
    pub floor: Option<f64>,
    /// `(dollars, label)`: a dashed horizontal line; the region above it is shaded as beyond
    /// the plausible.
    pub yardstick: Option<(f64, &'a str)>,
    /// The cut (percent) where the curve crosses the yardstick: an open circle there.
    pub crossing: Option<f64>,
    /// The reader's chosen `(cut %, dollars)`: a filled dot in the meek colour.
    pub reader: Option<(f64, f64)>,
    /// The cut (percent) under the pointer: a vertical line and a dot on the curve.
    pub cursor: Option<f64>,
}

/// Translated texts the chart draws.
#[derive(Debug, Clone, Copy)]
pub struct NextStepLabels<'a> {
    /// X axis title (further loss cut, percent).
    pub x_axis: &'a str,
    /// Y axis title (dollars, log scale).
    pub y_axis: &'a str,
    /// Label of the asymptote line.
    pub floor: &'a str,
    /// Text written inside the shaded region above the yardstick.
    pub beyond: &'a str,
    /// Key entry of the reader's dot.
    pub reader: &'a str,
}

/// Whole decades `10^lo..10^hi` covering `[min, top]`, and the decades to label: every one,
/// or every second (third…) when that would be more than six labels.
fn decades(min: f64, top: f64) -> Result<(Range<f64>, Vec<f64>), ChartError> {
    let lo = min.log10().floor();
    let hi = top.log10().ceil().max(lo + 1.0);
    let range = 10f64.powf(lo)..10f64.powf(hi);
    usable(&range)?;
    if range.start <= 0.0 {
        return Err(ChartError("dollars too small for a log axis".into()));
    }
    let (lo, hi) = (lo as i32, hi as i32);
    let step = ((hi - lo + 4) / 5).max(1);
    let ticks = (lo..=hi)
        .filter(|k| k.rem_euclid(step) == 0)
        .map(|k| 10f64.powi(k))
        .collect();
    Ok((range, ticks))
}

/// What the chart draws before any pixel: the samples kept, the ranges, the usable yardstick.
pub(crate) struct Prepared<'a> {
    /// The curve's samples inside `0..=x_max` with positive, finite dollars.
    pub(crate) curve: Vec<(f64, f64)>,
    /// `0..x_max`.
    pub(crate) x_range: Range<f64>,
    /// Whole decades of dollars.
    pub(crate) y_range: Range<f64>,
    /// The decades to label.
    pub(crate) ticks: Vec<f64>,
    /// The yardstick, if its dollars are finite and positive.
    pub(crate) yard: Option<(f64, &'a str)>,
    /// The curve's lowest dollars.
    pub(crate) d_min: f64,
}

/// The curve's samples the chart draws: finite, inside `0..=x_max`, with positive dollars.
pub(crate) fn curve(chart: &NextStepChart) -> Vec<(f64, f64)> {
    let x_range = 0.0..chart.x_max;
    finite(chart.curve.iter().copied())
        .into_iter()
        .filter(|p| p.1 > 0.0 && within(&x_range, p.0))
        .collect()
}

/// The data and ranges to draw; errors when `x_max` is not positive, no sample is left or
/// the dollars span no usable log axis.
pub(crate) fn prepare<'a>(chart: &NextStepChart<'a>) -> Result<Prepared<'a>, ChartError> {
    if !(chart.x_max.is_finite() && chart.x_max > 0.0) {
        return Err(ChartError("x_max must be positive".into()));
    }
    let curve = curve(chart);
    let Some((d_min, d_max)) = extent(curve.iter().map(|p| p.1)) else {
        return Err(ChartError("no data".into()));
    };
    let yard = chart.yardstick.filter(|y| y.0.is_finite() && y.0 > 0.0);
    // A decade above the yardstick shows it as a line with room beyond, not as the top edge.
    let top = yard.map_or(d_max, |y| d_max.max(y.0 * 10.0));
    let (y_range, ticks) = decades(d_min, top)?;
    Ok(Prepared {
        curve,
        x_range: 0.0..chart.x_max,
        y_range,
        ticks,
        yard,
        d_min,
    })
}

/// Draws the next-step chart on any plotters drawing area and returns where its (linear) cut
/// axis lies. `money` formats a dollar amount for a log tick, e.g. "$1 bn".
///
/// Errors when `x_max` is not positive or no sample is left to draw.
pub fn draw_next_step<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &NextStepChart,
    labels: &NextStepLabels,
    number: NumberFormat,
    money: &dyn Fn(f64) -> String,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let Prepared {
        curve,
        x_range,
        y_range,
        ticks,
        yard,
        d_min,
    } = prepare(chart)?;
    let px = |v: f64| theme.px(v) as i32;

    root.fill(&theme.background.color())?;
    let label_style = text_style(theme, 12.0);
    let mut label_w = 0;
    for t in &ticks {
        label_w = label_w.max(root.estimate_text_size(&money(*t), &label_style)?.0);
    }
    let x_digits = tick_digits(chart.x_max);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let y_fmt = |v: &f64| money(*v);
    let shown = |(x, y): (f64, f64)| within(&x_range, x) && within(&y_range, y);
    let reader = chart.reader.filter(|r| shown(*r));
    let reader_color = theme.meek.color();
    let entries: Vec<Entry> = reader
        .map(|_| Entry {
            label: labels.reader,
            color: reader_color,
            swatch: Swatch::Dot,
        })
        .into_iter()
        .collect();
    let (top, right, x_area, y_area) = (
        theme.px(16.0),
        theme.px(18.0),
        theme.px(46.0),
        label_w + theme.px(34.0),
    );
    let (width, height) = root.dim_in_pixel();
    let plot_size = (
        width as i32 - (right + y_area) as i32,
        height as i32 - (top + x_area) as i32,
    );
    let legend = Legend::plan(root, &entries, plot_size, theme)?;
    let mut plot = ChartBuilder::on(root)
        .margin_top(top + legend.height_above() as u32)
        .margin_right(right)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(
            x_range.clone(),
            y_range.clone().log_scale().with_key_points(ticks),
        )?;
    let x_labels = (width as i32 / px(60.0)).clamp(2, 8) as usize;
    styled_mesh(&mut plot, theme)
        .x_labels(x_labels)
        .x_desc(labels.x_axis)
        .y_desc(labels.y_axis)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;

    let area = plot.plotting_area().strip_coord_spec();
    let (bx, by) = area.get_base_pixel();
    let local = |(x, y): (i32, i32)| (x - bx, y - by);
    let (w, _) = area.dim_in_pixel();
    let font = text_style(theme, 12.0);
    // Pixels taken by lines and labels, so the reader's key finds a free corner.
    let mut occupied = pixels(plot.plotting_area(), curve.iter().copied());

    if let Some((d, yard_label)) = yard {
        // Translucent so grid lines still show; the text on it stays in theme.text, which has
        // contrast on a light tint of either theme's background.
        let shade_from = d.max(y_range.start);
        plot.draw_series(std::iter::once(Rectangle::new(
            [(0.0, shade_from), (chart.x_max, y_range.end)],
            theme.gap.color().mix(0.12).filled(),
        )))?;
        let (pad, row) = (px(6.0), px(14.0));
        let y = local(plot.backend_coord(&(0.0, shade_from))).1;
        // (text, baseline y, above the line?)
        let mut texts = vec![(labels.beyond, y - pad, true)];
        if within(&y_range, d) {
            plot.draw_series(std::iter::once(DashedPathElement::new(
                vec![(0.0, d), (chart.x_max, d)],
                theme.px(6.0),
                theme.px(4.0),
                theme.gap.color().stroke_width(theme.px(1.5)),
            )))?;
            occupied.extend(pixels(
                plot.plotting_area(),
                (0..=20).map(|i| (chart.x_max * f64::from(i) / 20.0, d)),
            ));
            texts.push((yard_label, y + pad, false));
        }
        for (text, y, above) in texts {
            let v = if above { VPos::Bottom } else { VPos::Top };
            area.draw(&Text::new(
                text.to_string(),
                (pad, y),
                font.pos(Pos::new(HPos::Left, v)),
            ))?;
            let (tw, th) = area.estimate_text_size(text, &font)?;
            let top = if above { y - row } else { y };
            occupied.extend(box_points((pad, top), (tw as i32, th as i32), row / 2));
        }
    }

    if let Some(f) = chart.floor.filter(|f| within(&x_range, *f) && *f > 0.0) {
        plot.draw_series(std::iter::once(DashedPathElement::new(
            vec![(f, y_range.start), (f, y_range.end)],
            theme.px(6.0),
            theme.px(4.0),
            theme.text.color().mix(0.7).stroke_width(theme.px(1.5)),
        )))?;
        let x = local(plot.backend_coord(&(f, y_range.end))).0;
        let (tw, th) = area.estimate_text_size(labels.floor, &font)?;
        let (tw, th, pad) = (tw as i32, th as i32, px(5.0));
        // Right of the line no curve can go (no cut beyond the floor), so the label goes
        // there at the top; without room there, to its left at the bottom, which the rising
        // curve has left long before it nears the floor.
        let (_, h) = area.dim_in_pixel();
        let (tx, ty, pos, left, top) = if x + pad + tw <= w as i32 - pad {
            let pos = Pos::new(HPos::Left, VPos::Top);
            (x + pad, pad, pos, x + pad, pad)
        } else {
            let (bottom, pos) = (h as i32 - pad, Pos::new(HPos::Right, VPos::Bottom));
            (x - pad, bottom, pos, x - pad - tw, bottom - th)
        };
        area.draw(&Text::new(
            labels.floor.to_string(),
            (tx, ty),
            font.pos(pos),
        ))?;
        occupied.extend(box_points((left, top), (tw, th), px(7.0)));
        occupied.extend(pixels(
            plot.plotting_area(),
            (0..=20).map(|i| {
                let k = f64::from(i) / 20.0;
                (f, y_range.start * (y_range.end / y_range.start).powf(k))
            }),
        ));
    }

    let curve_color = theme.frontier.color();
    plot.draw_series(LineSeries::new(
        curve.iter().copied(),
        curve_color.stroke_width(theme.px(2.5)),
    ))?;
    if let (Some(c), Some((d, _))) = (chart.crossing, yard) {
        if shown((c, d)) {
            draw_ring(root, plot.backend_coord(&(c, d)), theme.text.color(), theme)?;
        }
    }
    if let Some(c) = chart.cursor.filter(|c| within(&x_range, *c)) {
        let at = |d: f64| plot.backend_coord(&(c, d));
        draw_cursor_line(
            root,
            at(d_min).0,
            (at(y_range.end).1, at(y_range.start).1),
            theme,
        )?;
        // The curve runs straight between samples on the log axis: interpolate log dollars.
        let logged: Vec<(f64, f64)> = curve.iter().map(|p| (p.0, p.1.ln())).collect();
        if let Some(d) = interpolate(&logged, c)
            .map(f64::exp)
            .filter(|d| within(&y_range, *d))
        {
            draw_dot(root, at(d), curve_color, theme)?;
        }
    }
    if let Some(r) = reader {
        draw_dot(root, plot.backend_coord(&r), reader_color, theme)?;
    }
    legend.draw(root, &area, &occupied, theme)?;

    let frame = PlotFrame::new(
        root,
        (
            plot.backend_coord(&(0.0, y_range.start)).0,
            plot.backend_coord(&(chart.x_max, y_range.start)).0,
        ),
        (0.0, chart.x_max),
        false,
    );
    root.present()?;
    Ok(frame)
}

#[cfg(test)]
mod tests {
    use super::decades;

    #[test]
    fn whole_decades_with_at_most_six_labels() {
        let (r, t) = decades(2.1e8, 1e12).unwrap();
        assert_eq!((r.start, r.end), (1e8, 1e12));
        assert_eq!(t.len(), 5);
        let (r, t) = decades(3e8, 4e20).unwrap();
        assert_eq!((r.start, r.end), (1e8, 1e21));
        assert!(t.len() <= 6, "{t:?}");
        assert!(t
            .iter()
            .all(|v| (v.log10() - v.log10().round()).abs() < 1e-9));
        // One value still gets a whole decade.
        let (r, _) = decades(1e9, 1e9).unwrap();
        assert_eq!((r.start, r.end), (1e9, 1e10));
        assert!(decades(1e300, 1e308 * 5.0).is_err());
    }
}
