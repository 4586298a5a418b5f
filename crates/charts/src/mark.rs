//! Marks drawn in root pixels: the hover cursor line, dots, labelled markers and labelled
//! reference lines.
//!
//! They work on backend pixels (from a chart's `backend_coord`) rather than data coordinates,
//! so one helper serves linear and logarithmic axes, and a cursor line can run through several
//! stacked panels.

use crate::style::text_style;
use crate::{ChartError, ChartTheme};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
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

/// A rectangle in pixels: top left corner and size.
pub(crate) type Rect = ((i32, i32), (i32, i32));

/// Where a marker's label goes: the text's anchor point and alignment, beside and above the
/// marker at `(x, y)`, to its left when `flip`.
fn marker_label_at((x, y): (i32, i32), flip: bool, theme: &ChartTheme) -> ((i32, i32), HPos) {
    let (dx, anchor) = if flip {
        (-(theme.px(8.0) as i32), HPos::Right)
    } else {
        (theme.px(8.0) as i32, HPos::Left)
    };
    ((x + dx, y - theme.px(6.0) as i32), anchor)
}

/// The box [`draw_marker`] writes its label in, in the pixels `at` is given in, so another
/// label can keep out of it.
pub(crate) fn marker_label_box<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    label: &str,
    flip: bool,
    theme: &ChartTheme,
) -> Result<Rect, ChartError> {
    let ((x, bottom), anchor) = marker_label_at(at, flip, theme);
    let (w, h) = root.estimate_text_size(label, &text_style(theme, 12.0))?;
    let (w, h) = (w as i32, h as i32);
    let left = if matches!(anchor, HPos::Right) {
        x - w
    } else {
        x
    };
    Ok(((left, bottom - h), (w, h)))
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
    let (text_at, anchor) = marker_label_at((x, y), flip, theme);
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
        text_at,
        text_style(theme, 12.0).pos(Pos::new(anchor, VPos::Bottom)),
    ))?;
    Ok(())
}

/// A reference line (an event, the reader's guess): dashed, in the theme's text colour
/// softened so the data stays in front, at backend pixel `x` from `top` to `bottom`. It is
/// drawn upwards, so the dashes start at the axis.
pub(crate) fn draw_reference_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    x: i32,
    (top, bottom): (i32, i32),
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    root.draw(&DashedPathElement::new(
        vec![local(root, (x, bottom)), local(root, (x, top))],
        theme.px(6.0),
        theme.px(4.0),
        theme.text.color().mix(0.7).stroke_width(theme.px(1.5)),
    ))?;
    Ok(())
}

/// A reference line's label, drawn on `area` (the plotting area) beside the line at `x`
/// (pixels relative to `area`); returns the box it took.
///
/// It goes at the top, right of the line; left of it where the right has no room. Should that
/// box touch anything in `avoid` (other labels, markers, a curve's pixels, all relative to
/// `area`), the other top side, then the bottom right and left are tried; where every side
/// that fits touches something, the first that fits wins.
pub(crate) fn draw_line_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    x: i32,
    label: &str,
    avoid: &[Rect],
    theme: &ChartTheme,
) -> Result<Rect, ChartError> {
    let font = text_style(theme, 12.0);
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let (tw, th) = area.estimate_text_size(label, &font)?;
    let (tw, th, pad) = (tw as i32, th as i32, theme.px(5.0) as i32);
    let (right, left) = ((x + pad, HPos::Left), (x - pad, HPos::Right));
    let (top, bottom) = ((pad, VPos::Top), (h - pad, VPos::Bottom));
    let rect = |((tx, hp), (ty, vp)): ((i32, HPos), (i32, VPos))| -> Rect {
        let x0 = if matches!(hp, HPos::Right) {
            tx - tw
        } else {
            tx
        };
        let y0 = if matches!(vp, VPos::Bottom) {
            ty - th
        } else {
            ty
        };
        ((x0, y0), (tw, th))
    };
    let fits = |((x0, _), _): Rect| x0 >= pad && x0 + tw <= w - pad;
    let clear = |r: Rect| {
        let gap = theme.px(3.0) as i32;
        avoid.iter().all(|o| !overlap(r, *o, gap))
    };
    let sides = [(right, top), (left, top), (right, bottom), (left, bottom)];
    let fitting = || sides.into_iter().filter(|s| fits(rect(*s)));
    let ((tx, hp), (ty, vp)) = fitting()
        .find(|s| clear(rect(*s)))
        .or_else(|| fitting().next())
        .unwrap_or((left, top));
    area.draw(&Text::new(
        label.to_string(),
        (tx, ty),
        font.pos(Pos::new(hp, vp)),
    ))?;
    Ok(rect(((tx, hp), (ty, vp))))
}

/// Whether two rectangles come closer than `gap` pixels.
fn overlap(((ax, ay), (aw, ah)): Rect, ((bx, by), (bw, bh)): Rect, gap: i32) -> bool {
    ax < bx + bw + gap && bx < ax + aw + gap && ay < by + bh + gap && by < ay + ah + gap
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
