//! The legend as rows above the plotting area (narrow charts): entries flow left to right,
//! as many to a row as the chart's width holds, then on to the next row.

use super::{draw_swatch, Entry, Metrics};
use crate::style::text_style;
use crate::{ChartError, ChartTheme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The normal and the smallest legend type, CSS pixels. A label too long for a whole row
/// first gets smaller type (as the y axis title does), then loses its end to an ellipsis:
/// either beats running past the chart's edge.
const TYPE: (f64, f64) = (12.0, 9.0);

/// Entries laid out in rows: each label as drawn, its entry's left x and its row.
pub(super) struct Rows {
    items: Vec<(String, i32, i32)>,
    style: TextStyle<'static>,
    count: i32,
}

impl Rows {
    /// Lays `entries` out across the width of `outer`, inset as the y axis title is.
    pub(super) fn plan<DB: DrawingBackend>(
        outer: &DrawingArea<DB, Shift>,
        entries: &[Entry],
        m: &Metrics,
        theme: &ChartTheme,
    ) -> Result<Rows, ChartError> {
        let inset = theme.px(4.0) as i32;
        let spacing = theme.px(14.0) as i32;
        let room = (outer.dim_in_pixel().0 as i32 - 2 * inset).max(1);
        let label_room = (room - m.entry_w(0)).max(1);
        let mut widest = 0;
        let normal = text_style(theme, TYPE.0);
        for e in entries {
            widest = widest.max(outer.estimate_text_size(e.label, &normal)?.0 as i32);
        }
        let size = if widest > label_room {
            (TYPE.0 * f64::from(label_room) / f64::from(widest)).max(TYPE.1)
        } else {
            TYPE.0
        };
        let style = text_style(theme, size);
        let (mut items, mut x, mut row) = (Vec::new(), inset, 0);
        for e in entries {
            let (label, w) = shorten(outer, e.label, &style, label_room)?;
            let w = m.entry_w(w);
            // A new row unless this is the row's first entry: a first one always fits now.
            if x > inset && x + w > inset + room {
                row += 1;
                x = inset;
            }
            items.push((label, x, row));
            x += w + spacing;
        }
        Ok(Rows {
            items,
            style,
            count: row + 1,
        })
    }

    /// The rows' height with the gap above them.
    pub(super) fn height(&self, m: &Metrics) -> i32 {
        m.pad + m.line_h * self.count
    }

    /// Draws the rows at the top of `outer`.
    pub(super) fn draw<DB: DrawingBackend>(
        &self,
        outer: &DrawingArea<DB, Shift>,
        entries: &[Entry],
        m: &Metrics,
        theme: &ChartTheme,
    ) -> Result<(), ChartError> {
        let pos = Pos::new(HPos::Left, VPos::Center);
        for ((label, x, row), entry) in self.items.iter().zip(entries) {
            let y = m.pad + m.line_h * row + m.line_h / 2;
            draw_swatch(outer, entry, (*x, y), m, theme)?;
            outer.draw(&Text::new(
                label.clone(),
                (x + m.swatch + m.gap, y),
                self.style.pos(pos),
            ))?;
        }
        Ok(())
    }
}

/// `label`, or as much of it as fits in `room` pixels followed by an ellipsis, with its width.
fn shorten<DB: DrawingBackend>(
    outer: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    room: i32,
) -> Result<(String, i32), ChartError> {
    let mut text = label.to_string();
    let mut kept = label.chars().count();
    loop {
        let w = outer.estimate_text_size(&text, style)?.0 as i32;
        if w <= room || kept == 0 {
            return Ok((text, w));
        }
        kept -= 1;
        text = label
            .chars()
            .take(kept)
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
    }
}
