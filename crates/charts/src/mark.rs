//! Point marks drawn in root pixels: the hover cursor line, dots and labelled markers.
//!
//! They work on backend pixels (from a chart's `backend_coord`) rather than data coordinates,
//! so one helper serves linear and logarithmic axes, and a cursor line can run through several
//! stacked panels.

use crate::style::text_style;
use crate::{ChartError, ChartTheme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The cursor line's opacity: visible, yet quieter than the data it reads.
pub(crate) const CURSOR_ALPHA: f64 = 0.5;

/// A backend pixel made relative to `root`, where drawing happens.
fn local<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, (x, y): (i32, i32)) -> (i32, i32) {
    let (bx, by) = root.get_base_pixel();
    (x - bx, y - by)
}

/// The hover cursor: a thin vertical line at backend pixel `x` from `top` to `bottom`.
pub(crate) fn draw_cursor_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    x: i32,
    (top, bottom): (i32, i32),
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    root.draw(&PathElement::new(
        vec![local(root, (x, top)), local(root, (x, bottom))],
        theme
            .text
            .color()
            .mix(CURSOR_ALPHA)
            .stroke_width(theme.px(1.0)),
    ))?;
    Ok(())
}

/// A filled dot at backend pixel `at`, ringed in the background colour so it stands out where
/// it sits on its own curve.
pub(crate) fn draw_dot<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    color: RGBColor,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let at = local(root, at);
    root.draw(&Circle::new(
        at,
        theme.px(6.5),
        theme.background.color().filled(),
    ))?;
    root.draw(&Circle::new(at, theme.px(5.0), color.filled()))?;
    Ok(())
}

/// A marker (filled or open circle) with a label above it. Near the right edge (`flip`) the
/// label goes to the marker's left, so it is never cut off.
pub(crate) fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    label: &str,
    filled: bool,
    color: RGBColor,
    flip: bool,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let (x, y) = local(root, at);
    let (dx, anchor) = if flip {
        (-(theme.px(8.0) as i32), HPos::Right)
    } else {
        (theme.px(8.0) as i32, HPos::Left)
    };
    let fill = if filled {
        color.filled()
    } else {
        theme.background.color().filled()
    };
    let r = theme.px(5.0);
    root.draw(&Circle::new((x, y), r, fill))?;
    root.draw(&Circle::new((x, y), r, color.stroke_width(theme.px(2.0))))?;
    root.draw(&Text::new(
        label.to_string(),
        (x + dx, y - theme.px(6.0) as i32),
        text_style(theme, 12.0).pos(Pos::new(anchor, VPos::Bottom)),
    ))?;
    Ok(())
}

/// An open circle at backend pixel `at`: a point that is a threshold, not a value the reader
/// chose (the curve's crossing of a yardstick).
pub(crate) fn draw_ring<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    color: RGBColor,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let at = local(root, at);
    let r = theme.px(6.0);
    root.draw(&Circle::new(at, r, theme.background.color().filled()))?;
    root.draw(&Circle::new(at, r, color.stroke_width(theme.px(2.0))))?;
    Ok(())
}
