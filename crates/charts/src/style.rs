//! Styling every chart shares: themed text and the mesh (horizontal grid lines only).

use crate::ChartTheme;
use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::ranged1d::{Ranged, ValueFormatter};
use plotters::prelude::*;

/// Text in the theme's colour, `size` CSS pixels scaled to the backing store.
pub(crate) fn text_style(theme: &ChartTheme, size: f64) -> TextStyle<'static> {
    ("sans-serif", theme.px(size) as f64)
        .into_font()
        .color(&theme.text.color())
}

/// A dashed line's dash and gap lengths in backend pixels, shared by a dashed series and its
/// legend swatch so the two look alike.
pub(crate) fn dashes(theme: &ChartTheme) -> (u32, u32) {
    (theme.px(7.0), theme.px(4.0))
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

/// Opacities of an uncertainty band's fills: the outer (5–95 %) and the inner (25–75 %) one.
/// The inner is drawn over the outer, so it reads as the two added; both stay light enough for
/// the curve and its markers on top to keep their contrast, on light and dark backgrounds.
pub(crate) const BAND_ALPHA: [f64; 2] = [0.16, 0.22];
