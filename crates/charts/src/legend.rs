//! A hand-drawn legend box that places itself in the emptiest corner of a plotting area.

use crate::style::text_style;
use crate::{ChartError, ChartTheme};
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a legend entry shows its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Swatch {
    /// A short line, for a curve.
    Line,
    /// A filled dot, for a single marked point.
    Dot,
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

/// A legend box in whichever corner of `area` covers the fewest `occupied` pixels (data
/// points), trying the upper right first: a swatch and a label per entry.
///
/// Drawn by hand rather than with plotters' series labels, because those measure text with the
/// font module, which in the browser means a DOM element and a forced page layout per label;
/// `estimate_text_size` goes through the backend, which measures on the canvas itself.
pub(crate) fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(&str, RGBColor, Swatch)],
    occupied: &[(i32, i32)],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let style = text_style(theme, 12.0);
    let (pad, swatch, gap, line_h) = (
        theme.px(6.0) as i32,
        theme.px(18.0) as i32,
        theme.px(6.0) as i32,
        theme.px(18.0) as i32,
    );
    let mut text_w = 0;
    for (label, _, _) in entries {
        text_w = text_w.max(area.estimate_text_size(label, &style)?.0 as i32);
    }
    let (w, h) = area.dim_in_pixel();
    let box_w = pad * 2 + swatch + gap + text_w;
    let box_h = pad * 2 + line_h * entries.len() as i32;
    let (right, bottom) = (
        (w as i32 - box_w - pad).max(0),
        (h as i32 - box_h - pad).max(0),
    );
    let covered = |(x0, y0): (i32, i32)| {
        let slack = theme.px(8.0) as i32;
        occupied
            .iter()
            .filter(|(x, y)| {
                (x0 - slack..=x0 + box_w + slack).contains(x)
                    && (y0 - slack..=y0 + box_h + slack).contains(y)
            })
            .count()
    };
    let candidates = [(right, pad), (pad, pad), (pad, bottom), (right, bottom)];
    let (x0, y0) = candidates
        .into_iter()
        .min_by_key(|c| covered(*c))
        .unwrap_or((right, pad));
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + box_w, y0 + box_h)],
        theme.background.color().mix(0.88).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + box_w, y0 + box_h)],
        theme.grid.color().stroke_width(theme.px(1.0)),
    ))?;
    for (i, (label, color, kind)) in entries.iter().enumerate() {
        let y = y0 + pad + line_h * i as i32 + line_h / 2;
        let x = x0 + pad;
        match kind {
            Swatch::Line => area.draw(&PathElement::new(
                vec![(x, y), (x + swatch, y)],
                color.stroke_width(theme.px(2.5)),
            ))?,
            Swatch::Dot => area.draw(&Circle::new(
                (x + swatch / 2, y),
                theme.px(6.0),
                color.filled(),
            ))?,
        }
        area.draw(&Text::new(
            label.to_string(),
            (x + swatch + gap, y),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}
