//! Small multiples: several series over the same years stacked with one shared x axis, such as
//! the loss gap, the benchmark gap and "years behind" of one scenario.

use crate::data::{extent, finite, interpolate, padded_range, usable, within, x_span};
use crate::mark::{draw_cursor_line, draw_dot, draw_marker};
use crate::style::{styled_mesh, text_style};
use crate::{tick_digits, ChartError, ChartTheme, NumberFormat, PlotFrame};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// Which theme colour a panel's series is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesColor {
    /// [`ChartTheme::frontier`].
    Frontier,
    /// [`ChartTheme::meek`].
    Meek,
    /// [`ChartTheme::gap`].
    Gap,
    /// [`ChartTheme::text`]: a neutral reference line.
    Text,
}

impl SeriesColor {
    pub(crate) fn color(self, theme: &ChartTheme) -> RGBColor {
        match self {
            SeriesColor::Frontier => theme.frontier,
            SeriesColor::Meek => theme.meek,
            SeriesColor::Gap => theme.gap,
            SeriesColor::Text => theme.text,
        }
        .color()
    }
}

/// One panel of a [`PanelsChart`]: a single series with its own y axis.
#[derive(Debug, Clone, Copy)]
pub struct Panel<'a> {
    /// The panel's title, with unit; written above the panel, where it stays readable however
    /// short the panel is (a rotated y title would not fit beside a third of a phone chart).
    pub y_axis: &'a str,
    /// `(x, y)` samples, x increasing; non-finite ones are left out.
    pub points: &'a [(f64, f64)],
    /// The series colour.
    pub color: SeriesColor,
    /// Whether the y range reaches zero, so a gap reads against "no gap".
    pub include_zero: bool,
    /// A labelled point such as the peak: `(x, y, label)`.
    pub marker: Option<(f64, f64, &'a str)>,
}

/// Stacked panels of equal height sharing the x axis; only the bottom one labels it.
#[derive(Debug, Clone, Copy)]
pub struct PanelsChart<'a> {
    /// The panels, top to bottom; at least one.
    pub panels: &'a [Panel<'a>],
    /// The shared x axis title (years, with unit).
    pub x_axis: &'a str,
    /// The x under the reader's pointer: a line through every panel and a dot on each series.
    pub cursor: Option<f64>,
}

/// Vertical layout in backend pixels: every panel gets a title row and the same plot height.
struct Layout {
    title: i32,
    gap: i32,
    axis: i32,
    plot: i32,
}

impl Layout {
    fn new(theme: &ChartTheme, height: i32, n: i32) -> Layout {
        let px = |v: f64| theme.px(v) as i32;
        let (title, gap, axis) = (px(20.0), px(10.0), px(44.0));
        let fixed = n * title + (n - 1) * gap + axis + px(4.0);
        Layout {
            title,
            gap,
            axis,
            plot: ((height - fixed) / n).max(1),
        }
    }

    /// Where panel `i` starts, from the top, clamped into the canvas.
    fn top(&self, i: i32, height: i32) -> i32 {
        (i * (self.title + self.plot + self.gap)).clamp(0, height)
    }
}

/// The y range of a panel: the data (and marker) padded, with headroom for the marker's label,
/// which sits above the marker.
fn y_range(panel: &Panel, points: &[(f64, f64)], headroom: f64) -> Range<f64> {
    let marker_y = panel.marker.map(|m| m.1).filter(|y| y.is_finite());
    let values = points.iter().map(|p| p.1).chain(marker_y);
    let mut r = padded_range(values, 0.12, panel.include_zero);
    if let Some(y) = marker_y {
        let f = headroom.clamp(0.0, 0.45);
        // Solve (end − y)/(end − start) = f for the end.
        r.end = r.end.max((y - f * r.start) / (1.0 - f));
    }
    r
}

/// Draws stacked panels on any plotters drawing area and returns where the shared x axis lies.
///
/// Errors when there is no panel or a panel has no finite point.
pub fn draw_panels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &PanelsChart,
    number: NumberFormat,
    theme: &ChartTheme,
) -> Result<PlotFrame, ChartError> {
    if chart.panels.is_empty() {
        return Err(ChartError("no panels".into()));
    }
    let series: Vec<Vec<(f64, f64)>> = chart
        .panels
        .iter()
        .map(|p| finite(p.points.iter().copied()))
        .collect();
    if let Some(i) = series.iter().position(|s| s.is_empty()) {
        return Err(ChartError(format!("panel {i} has no data")));
    }
    let Some(x) = extent(series.iter().flatten().map(|p| p.0)) else {
        return Err(ChartError("no data".into()));
    };
    let x_range = x_span(x);
    usable(&x_range)?;

    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let n = chart.panels.len() as i32;
    let layout = Layout::new(theme, height, n);
    let headroom = f64::from(theme.px(22.0)) / f64::from(layout.plot);
    let ranges: Vec<Range<f64>> = chart
        .panels
        .iter()
        .zip(&series)
        .map(|(p, s)| y_range(p, s, headroom))
        .collect();
    for r in &ranges {
        usable(r)?;
    }

    root.fill(&theme.background.color())?;
    // One y label width for all panels, so their plotting areas line up under the shared axis.
    let label_style = text_style(theme, 12.0);
    let mut label_w = 0;
    for r in &ranges {
        let digits = tick_digits(r.end - r.start);
        for v in [r.start, r.end, 0.5 * (r.start + r.end)] {
            label_w = label_w.max(root.estimate_text_size(&number(v, digits), &label_style)?.0);
        }
    }
    let y_area = (label_w + theme.px(14.0)).max(theme.px(30.0));

    let breaks: Vec<i32> = (1..n).map(|i| layout.top(i, height)).collect();
    let areas = root.split_by_breakpoints([] as [i32; 0], &breaks);
    let x_digits = tick_digits(x_range.end - x_range.start);
    let x_fmt = |v: &f64| number(*v, x_digits);
    let x_labels = (width / theme.px(56.0) as i32).clamp(2, 8) as usize;
    let y_labels = (layout.plot / theme.px(22.0) as i32).clamp(2, 5) as usize;

    let mut dots = Vec::new();
    let mut frame = None;
    for (i, ((panel, points), (area, range))) in chart
        .panels
        .iter()
        .zip(&series)
        .zip(areas.iter().zip(&ranges))
        .enumerate()
    {
        let last = i + 1 == chart.panels.len();
        let color = panel.color.color(theme);
        let area_h = area.dim_in_pixel().1 as i32;
        // The last panel takes the rounding remainder as bottom margin, not as plot height.
        let bottom_margin = if last {
            (area_h - layout.title - layout.plot - layout.axis).max(0)
        } else {
            0
        };
        let mut plot = ChartBuilder::on(area)
            .margin_top(layout.title as u32)
            .margin_right(theme.px(14.0))
            .margin_bottom(bottom_margin as u32)
            .x_label_area_size(if last { layout.axis } else { layout.gap } as u32)
            .y_label_area_size(y_area)
            .build_cartesian_2d(x_range.clone(), range.clone())?;
        let digits = tick_digits(range.end - range.start);
        let y_fmt = |v: &f64| number(*v, digits);
        let mut mesh = styled_mesh(&mut plot, theme);
        mesh.y_labels(y_labels).y_label_formatter(&y_fmt);
        if last {
            mesh.x_labels(x_labels)
                .x_desc(chart.x_axis)
                .x_label_formatter(&x_fmt);
        } else {
            mesh.x_labels(0);
        }
        mesh.draw()?;
        draw_title(area, panel.y_axis, layout.title, theme)?;
        plot.draw_series(LineSeries::new(
            points.iter().copied(),
            color.stroke_width(theme.px(2.5)),
        ))?;

        if let Some(t) = chart.cursor.filter(|t| within(&x_range, *t)) {
            // A segment per panel rather than one line, so it never crosses a panel title.
            let top = plot.backend_coord(&(t, range.end));
            let bottom = plot.backend_coord(&(t, range.start));
            draw_cursor_line(root, top.0, (top.1, bottom.1), theme)?;
            if let Some(v) = interpolate(points, t).filter(|v| within(range, *v)) {
                dots.push((plot.backend_coord(&(t, v)), color));
            }
        }
        if let Some((mx, my, label)) = panel.marker {
            if within(&x_range, mx) && within(range, my) {
                let flip = mx > x_range.start + 0.7 * (x_range.end - x_range.start);
                let at = plot.backend_coord(&(mx, my));
                draw_marker(root, at, label, true, color, flip, theme)?;
            }
        }
        if last {
            let at = |x: f64| plot.backend_coord(&(x, range.start));
            frame = Some(PlotFrame::new(
                root,
                (at(x_range.start).0, at(x_range.end).0),
                (x_range.start, x_range.end),
                false,
            ));
        }
    }
    // Dots go on last, over every panel's drawing.
    for (at, color) in dots {
        draw_dot(root, at, color, theme)?;
    }
    root.present()?;
    frame.ok_or_else(|| ChartError("no panel drawn".into()))
}

/// The panel title, left-aligned in the row above the plot, shrunk (down to 9 CSS px) when the
/// canvas is too narrow for it at full size.
pub(crate) fn draw_title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    row: i32,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let full = 13.0;
    let inset = theme.px(4.0) as i32;
    let room = (area.dim_in_pixel().0 as i32 - 2 * inset).max(1) as f64;
    let wide = area.estimate_text_size(title, &text_style(theme, full))?.0 as f64;
    let size = if wide > room {
        (full * room / wide).max(9.0)
    } else {
        full
    };
    area.draw(&Text::new(
        title.to_string(),
        (inset, row / 2),
        text_style(theme, size).pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    Ok(())
}
