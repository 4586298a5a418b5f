//! The legend as a box inside the plotting area, in its emptiest corner (wide charts).

use super::{draw_swatch, Entry, Metrics};
use crate::style::text_style;
use crate::{ChartError, ChartTheme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Draws a `size` box of `entries` in whichever corner of `area` covers the fewest `occupied`
/// pixels (data points and labels), trying the upper right first.
pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[Entry],
    (box_w, box_h): (i32, i32),
    occupied: &[(i32, i32)],
    m: &Metrics,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let style = text_style(theme, 12.0);
    let pad = m.pad;
    let (w, h) = area.dim_in_pixel();
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
    for (i, entry) in entries.iter().enumerate() {
        let y = y0 + pad + m.line_h * i as i32 + m.line_h / 2;
        let x = x0 + pad;
        draw_swatch(area, entry, (x, y), m, theme)?;
        area.draw(&Text::new(
            entry.label.to_string(),
            (x + m.swatch + m.gap, y),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}
