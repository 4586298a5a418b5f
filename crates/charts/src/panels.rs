//! Small multiples: several measures of one scenario stacked over a shared x axis (years), so
//! the reader sees at a glance that one closes while another keeps growing.

use crate::convergence::padded_range;
use crate::frame::interpolate;
use crate::style::{draw_cursor, styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Which theme colour a panel's series takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesColor {
    /// The frontier colour.
    Frontier,
    /// The meek colour.
    Meek,
    /// The gap colour.
    Gap,
}

/// One panel: a series over the shared x axis.
#[derive(Debug, Clone, Copy)]
pub struct Panel<'a> {
    /// The y axis title, with its unit.
    pub y_axis: &'a str,
    /// `(x, y)` samples, x increasing; non-finite values are skipped.
    pub points: &'a [(f64, f64)],
    /// Its colour.
    pub color: SeriesColor,
    /// Whether the y range must include zero.
    pub include_zero: bool,
    /// A marked point `(x, y, label)`, e.g. the peak.
    pub marker: Option<(f64, f64, &'a str)>,
}

/// The stacked panels.
#[derive(Debug, Clone, Copy)]
pub struct PanelsChart<'a> {
    /// Top to bottom.
    pub panels: &'a [Panel<'a>],
    /// The shared x axis title (bottom panel only).
    pub x_axis: &'a str,
    /// An x to mark across every panel.
    pub cursor: Option<f64>,
}

/// Draws the panels on any plotters drawing area.
pub fn draw_panels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &PanelsChart,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    let n = chart.panels.len();
    let finite = |p: &Panel| -> Vec<(f64, f64)> {
        p.points
            .iter()
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .collect()
    };
    let series: Vec<Vec<(f64, f64)>> = chart.panels.iter().map(finite).collect();
    if n == 0 || series.iter().any(|s| s.len() < 2) {
        return Err(ChartError("no data".into()));
    }
    let (x0, x1) = series
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| {
            (lo.min(s[0].0), hi.max(s[s.len() - 1].0))
        });
    let x_range = x0..x1.max(x0 + 1e-9);
    let x_digits = tick_digits(x_range.end - x_range.start);
    let x_fmt = |v: &f64| number(*v, x_digits);

    root.fill(&theme.background.color())?;
    let h = root.dim_in_pixel().1;
    let x_labels = theme.px(44.0);
    let each = (h.saturating_sub(x_labels)) / n as u32;
    let mut rest = root.clone();
    let mut frame = None;
    for (i, (panel, pts)) in chart.panels.iter().zip(&series).enumerate() {
        let last = i + 1 == n;
        let (area, below) = if last {
            (rest.clone(), rest.clone())
        } else {
            rest.split_vertically(each)
        };
        rest = below;
        let y_range = padded_range(pts.iter().map(|p| p.1), 0.12, panel.include_zero);
        let y_digits = tick_digits(y_range.end - y_range.start);
        let y_fmt = |v: &f64| number(*v, y_digits);
        let color = match panel.color {
            SeriesColor::Frontier => theme.frontier,
            SeriesColor::Meek => theme.meek,
            SeriesColor::Gap => theme.gap,
        }
        .color();
        let mut ctx = ChartBuilder::on(&area)
            .margin_top(theme.px(if i == 0 { 10.0 } else { 6.0 }))
            .margin_right(theme.px(14.0))
            .x_label_area_size(if last { x_labels } else { theme.px(4.0) })
            .y_label_area_size(theme.px(58.0))
            .build_cartesian_2d(x_range.clone(), y_range)?;
        let mut mesh = styled_mesh(&mut ctx, theme);
        mesh.y_labels(3)
            .y_desc(panel.y_axis)
            .y_label_formatter(&y_fmt);
        if last {
            mesh.x_labels(8)
                .x_desc(chart.x_axis)
                .x_label_formatter(&x_fmt);
        } else {
            mesh.x_labels(0);
        }
        mesh.draw()?;
        ctx.draw_series(LineSeries::new(
            pts.iter().copied(),
            color.stroke_width(theme.px(2.5)),
        ))?;
        if let Some((mx, my, label)) = panel.marker {
            let right_side = mx > x_range.start + 0.7 * (x_range.end - x_range.start);
            let (dx, anchor) = if right_side {
                (-(theme.px(8.0) as i32), HPos::Right)
            } else {
                (theme.px(8.0) as i32, HPos::Left)
            };
            ctx.draw_series(std::iter::once(
                EmptyElement::at((mx, my))
                    + Circle::new((0, 0), theme.px(5.0), color.filled())
                    + Text::new(
                        label.to_string(),
                        (dx, -(theme.px(4.0) as i32)),
                        text_style(theme, 12.0).pos(Pos::new(anchor, VPos::Bottom)),
                    ),
            ))?;
        }
        if let Some(x) = chart
            .cursor
            .filter(|x| x_range.start <= *x && *x <= x_range.end)
        {
            draw_cursor(&ctx, x, &[(interpolate(pts, x), color)], theme)?;
        }
        if last {
            frame = Some(PlotFrame::linear(
                ctx.plotting_area(),
                (x_range.start, x_range.end),
            ));
        }
    }
    root.present()?;
    frame.ok_or_else(|| ChartError("no panel".into()))
}
