//! Styling every chart shares: themed text and the mesh (horizontal grid lines only).

use crate::ChartTheme;
use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::ranged1d::{Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

/// Text in the theme's colour, `size` CSS pixels scaled to the backing store.
pub(crate) fn text_style(theme: &ChartTheme, size: f64) -> TextStyle<'static> {
    ("sans-serif", theme.px(size) as f64)
        .into_font()
        .color(&theme.text.color())
}

/// The mesh every panel shares: horizontal grid lines only, themed labels and axes.
pub(crate) fn styled_mesh<'a, 'b, DB, X, Y, XT, YT>(
    panel: &'b mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    theme: &ChartTheme,
) -> MeshStyle<'a, 'b, X, Y, DB>
where
    DB: DrawingBackend,
    X: Ranged<ValueType = XT> + ValueFormatter<XT>,
    Y: Ranged<ValueType = YT> + ValueFormatter<YT>,
{
    let mut mesh = panel.configure_mesh();
    mesh.disable_x_mesh()
        .label_style(text_style(theme, 12.0))
        .axis_desc_style(text_style(theme, 13.0))
        .max_light_lines(0)
        .bold_line_style(theme.grid.color())
        .axis_style(theme.grid.color().stroke_width(theme.px(1.0)));
    mesh
}

/// A vertical line at `x` across a panel and a dot on each series at its value there: the
/// read-out cursor. Values outside the panel's y range are left out.
pub(crate) fn draw_cursor<DB: DrawingBackend>(
    panel: &ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    x: f64,
    ys: &[(Option<f64>, RGBColor)],
    theme: &ChartTheme,
) -> Result<(), crate::ChartError> {
    let area = panel.plotting_area();
    let (y_lo, y_hi) = {
        let r = area.get_y_range();
        (r.start, r.end)
    };
    area.draw(&PathElement::new(
        vec![(x, y_lo), (x, y_hi)],
        theme.text.color().mix(0.55).stroke_width(theme.px(1.0)),
    ))?;
    for (y, color) in ys {
        if let Some(y) = y.filter(|y| (y_lo..=y_hi).contains(y)) {
            area.draw(&Circle::new((x, y), theme.px(4.5), color.filled()))?;
            area.draw(&Circle::new(
                (x, y),
                theme.px(4.5),
                theme.background.color().stroke_width(theme.px(1.5)),
            ))?;
        }
    }
    Ok(())
}
