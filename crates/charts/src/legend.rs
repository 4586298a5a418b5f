//! A hand-drawn legend: a box in the emptiest corner of the plotting area where it fits, or
//! rows above the plotting area where a box would hide too much of a narrow chart.
//!
//! Drawn by hand rather than with plotters' series labels, because those measure text with the
//! font module, which in the browser means a DOM element and a forced page layout per label;
//! `estimate_text_size` goes through the backend, which measures on the canvas itself.

mod boxed;
mod rows;

use crate::lines::LineStyle;
use crate::style::{dashes, text_style, BAND_ALPHA};
use crate::{ChartError, ChartTheme};
use plotters::coord::{CoordTranslate, Shift};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use rows::Rows;

/// The largest share of the plotting area's width, or of its height, a legend box may take.
/// A larger box (long labels on a phone) cannot help covering lines or a marker's label in
/// whichever corner it sits, and may run past the chart's right edge, so its entries go in
/// rows above the plot instead. At 40 % a short four-entry legend still sits inside a 340 px
/// wide phone chart, while long (Hungarian) labels move above it.
const MAX_BOX_SHARE: f64 = 0.4;

/// How a legend entry shows its series: as the series itself is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Swatch {
    /// A short solid stroke, for a solid curve.
    Line,
    /// A short dashed stroke, for a dashed curve.
    Dashed,
    /// A translucent box under a solid edge, for a stacked area.
    Area,
    /// A filled dot, for a single marked point.
    Dot,
    /// A solid box, for a bar.
    Bar,
    /// A translucent box without an edge, for an uncertainty band: the outer (`0`) or the
    /// inner (`1`) one, whose fill lies over the outer's.
    Band(u8),
}

impl From<LineStyle> for Swatch {
    fn from(style: LineStyle) -> Swatch {
        match style {
            LineStyle::Solid => Swatch::Line,
            LineStyle::Dashed => Swatch::Dashed,
            LineStyle::Area => Swatch::Area,
        }
    }
}

/// One legend entry: a swatch and a label.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry<'a> {
    /// The text after the swatch.
    pub(crate) label: &'a str,
    /// The series colour.
    pub(crate) color: RGBColor,
    /// How the swatch looks.
    pub(crate) swatch: Swatch,
}

/// Sizes of a legend's parts, in backend pixels.
#[derive(Debug, Clone, Copy)]
struct Metrics {
    /// Padding inside the box; also the gap above the rows.
    pad: i32,
    /// Swatch length.
    swatch: i32,
    /// Between swatch and label.
    gap: i32,
    /// Height of one entry.
    line_h: i32,
}

impl Metrics {
    fn new(theme: &ChartTheme) -> Metrics {
        let px = |v: f64| theme.px(v) as i32;
        Metrics {
            pad: px(6.0),
            swatch: px(18.0),
            gap: px(6.0),
            line_h: px(18.0),
        }
    }

    /// The width of an entry whose label is `text_w` wide.
    fn entry_w(&self, text_w: i32) -> i32 {
        self.swatch + self.gap + text_w
    }
}

/// Where a planned legend goes.
enum Placement {
    /// A box of this size inside the plotting area.
    Boxed((i32, i32)),
    /// Rows across the top of the chart, above the plotting area.
    Above(Rows),
}

/// A legend measured and placed before the plot is laid out, so that the height it needs above
/// the plot can be kept free.
pub(crate) struct Legend<'a> {
    entries: Vec<Entry<'a>>,
    placement: Placement,
    metrics: Metrics,
    /// The height of the area the rows would go in, which they never exceed.
    outer_h: i32,
}

impl<'a> Legend<'a> {
    /// Measures `entries` on `outer`'s backend and places them: in a box inside the plotting
    /// area, `plot` pixels (width, height) as the caller will lay it out, if the box takes at
    /// most [`MAX_BOX_SHARE`] of either side; otherwise in rows across the top of `outer`.
    pub(crate) fn plan<DB: DrawingBackend>(
        outer: &DrawingArea<DB, Shift>,
        entries: &[Entry<'a>],
        plot: (i32, i32),
        theme: &ChartTheme,
    ) -> Result<Legend<'a>, ChartError> {
        let metrics = Metrics::new(theme);
        let style = text_style(theme, 12.0);
        let mut text_w = 0;
        for e in entries {
            text_w = text_w.max(outer.estimate_text_size(e.label, &style)?.0 as i32);
        }
        let size = (
            metrics.pad * 2 + metrics.entry_w(text_w),
            metrics.pad * 2 + metrics.line_h * entries.len() as i32,
        );
        let fits = |side: i32, room: i32| f64::from(side) <= MAX_BOX_SHARE * f64::from(room);
        let placement = if entries.is_empty() || (fits(size.0, plot.0) && fits(size.1, plot.1)) {
            Placement::Boxed(size)
        } else {
            Placement::Above(Rows::plan(outer, entries, &metrics, theme)?)
        };
        Ok(Legend {
            entries: entries.to_vec(),
            placement,
            metrics,
            outer_h: outer.dim_in_pixel().1 as i32,
        })
    }

    /// Backend pixels to keep free above the plotting area (and its top margin): zero for a
    /// box inside it, and never more than the area given to [`Legend::plan`] is high.
    pub(crate) fn height_above(&self) -> i32 {
        match &self.placement {
            Placement::Boxed(_) => 0,
            Placement::Above(rows) => rows.height(&self.metrics).min(self.outer_h),
        }
    }

    /// Draws the legend: in rows across the top of `outer` (the area given to
    /// [`Legend::plan`]), or as a box in the corner of `plot` (the plotting area) that covers
    /// the fewest `occupied` pixels (relative to `plot`).
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        outer: &DrawingArea<DB, Shift>,
        plot: &DrawingArea<DB, Shift>,
        occupied: &[(i32, i32)],
        theme: &ChartTheme,
    ) -> Result<(), ChartError> {
        if self.entries.is_empty() {
            return Ok(());
        }
        let m = &self.metrics;
        match &self.placement {
            Placement::Boxed(size) => boxed::draw(plot, &self.entries, *size, occupied, m, theme),
            Placement::Above(rows) => rows.draw(outer, &self.entries, m, theme),
        }
    }
}

/// Draws `entry`'s swatch from `x` rightwards, centred on `y`, the way its series is drawn
/// (same stroke width and dash pattern), so the key reads at a glance.
fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entry: &Entry,
    (x, y): (i32, i32),
    m: &Metrics,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let stroke = entry.color.stroke_width(theme.px(2.5));
    let line = vec![(x, y), (x + m.swatch, y)];
    match entry.swatch {
        Swatch::Line => area.draw(&PathElement::new(line, stroke))?,
        Swatch::Dashed => {
            let (dash, space) = dashes(theme);
            area.draw(&DashedPathElement::new(line, dash, space, stroke))?
        }
        Swatch::Area => {
            // The area's translucent fill with its solid top edge, as the chart draws it.
            let half = theme.px(5.0) as i32;
            area.draw(&Rectangle::new(
                [(x, y - half), (x + m.swatch, y + half)],
                entry.color.mix(0.22).filled(),
            ))?;
            area.draw(&PathElement::new(
                vec![(x, y - half), (x + m.swatch, y - half)],
                stroke,
            ))?
        }
        Swatch::Bar => {
            let half = theme.px(5.0) as i32;
            area.draw(&Rectangle::new(
                [(x, y - half), (x + m.swatch, y + half)],
                entry.color.filled(),
            ))?
        }
        Swatch::Band(level) => {
            let half = theme.px(6.0) as i32;
            let rect = [(x, y - half), (x + m.swatch, y + half)];
            // As drawn: the inner band's fill lies over the outer's.
            for alpha in &BAND_ALPHA[..=usize::from(level.min(1))] {
                area.draw(&Rectangle::new(rect, entry.color.mix(*alpha).filled()))?;
            }
        }
        Swatch::Dot => area.draw(&Circle::new(
            (x + m.swatch / 2, y),
            theme.px(6.0),
            entry.color.filled(),
        ))?,
    }
    Ok(())
}

/// Pixel positions, relative to the area, of data coordinates.
pub(crate) fn pixels<DB: DrawingBackend, CT: CoordTranslate>(
    area: &DrawingArea<DB, CT>,
    coords: impl Iterator<Item = CT::From>,
) -> Vec<(i32, i32)> {
    let (bx, by) = area.get_base_pixel();
    coords
        .map(|c| {
            let (x, y) = area.map_coordinate(&c);
            (x - bx, y - by)
        })
        .collect()
}

/// Points filling a rectangle every `step` pixels, so a label's box counts as occupied.
pub(crate) fn box_points(
    (x0, y0): (i32, i32),
    (w, h): (i32, i32),
    step: i32,
) -> impl Iterator<Item = (i32, i32)> {
    let step = step.max(1) as usize;
    (0..=w.max(0)).step_by(step).flat_map(move |dx| {
        (0..=h.max(0))
            .step_by(step)
            .map(move |dy| (x0 + dx, y0 + dy))
    })
}

/// Pixels along a polyline every `step` pixels, so a legend or label shuns the strokes between
/// samples too, not only the samples.
pub(crate) fn trace(px: &[(i32, i32)], step: i32) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = px.iter().copied().take(1).collect();
    for w in px.windows(2) {
        // In i64, so no pixel the backend can return overflows.
        let ((ax, ay), (bx, by)) = (w[0], w[1]);
        let (ax, ay, dx, dy) = (
            i64::from(ax),
            i64::from(ay),
            i64::from(bx) - i64::from(ax),
            i64::from(by) - i64::from(ay),
        );
        let n = (dx.abs().max(dy.abs()) / i64::from(step.max(1))).clamp(1, 400);
        out.extend((1..=n).map(|i| ((ax + dx * i / n) as i32, (ay + dy * i / n) as i32)));
    }
    out
}
