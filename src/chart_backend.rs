//! One drawing backend type for every chart closure, so the very function that paints a chart
//! on screen also writes its SVG download: the closures cannot be generic, the backend can be
//! either. Text is measured on a canvas context in both cases, so the SVG lays out exactly as
//! the screen does.

use crate::canvas_backend::{measure_text, MeasuredCanvas};
use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

/// A screen canvas, or an SVG document being written into a string.
pub enum ChartBackend<'a> {
    /// The on-screen (or PNG) canvas.
    Canvas(MeasuredCanvas),
    /// An SVG document; `measure` is a scratch canvas context that sizes its text (none in
    /// the prerendered page, which estimates text widths).
    Svg {
        /// plotters' own SVG backend.
        svg: SVGBackend<'a>,
        /// Measures text.
        measure: Option<CanvasRenderingContext2d>,
    },
}

impl<'a> ChartBackend<'a> {
    /// An SVG of `size` CSS pixels written into `out` (complete once the backend is dropped);
    /// `None` if the browser gives no canvas to measure text with.
    pub fn svg(out: &'a mut String, size: (u32, u32)) -> Option<Self> {
        let measure = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .ok()?
            .get_context("2d")
            .ok()??
            .dyn_into()
            .ok()?;
        Some(ChartBackend::Svg {
            svg: SVGBackend::with_string(out, size),
            measure: Some(measure),
        })
    }

    /// An SVG of `size` whose text widths are estimated, not measured: for the prerendered
    /// page, drawn where there is no browser.
    pub fn svg_estimated(out: &'a mut String, size: (u32, u32)) -> Self {
        ChartBackend::Svg {
            svg: SVGBackend::with_string(out, size),
            measure: None,
        }
    }
}

/// plotters' SVG backend writes `font-size` as the style's size / 1.24 (its own fonts' metric);
/// text here is laid out by the canvas at the full size, so the SVG is given that much more.
struct SvgSized<'s, S>(&'s S);

impl<S: BackendTextStyle> BackendTextStyle for SvgSized<'_, S> {
    type FontError = S::FontError;
    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        self.0.size() * 1.24
    }
    fn transform(&self) -> plotters_backend::FontTransform {
        self.0.transform()
    }
    fn style(&self) -> plotters_backend::FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> plotters_backend::text_anchor::Pos {
        self.0.anchor()
    }
    fn family(&self) -> plotters_backend::FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

/// A failed drawing operation of either backend, as text.
#[derive(Debug)]
pub struct BackendError(String);

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BackendError {}

type Error = DrawingErrorKind<BackendError>;

fn lift<T, E: std::error::Error + Send + Sync>(
    r: Result<T, DrawingErrorKind<E>>,
) -> Result<T, Error> {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(BackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// Calls the same method on whichever backend this is.
macro_rules! both {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            ChartBackend::Canvas(MeasuredCanvas { inner: $b, .. }) => lift($call),
            ChartBackend::Svg { svg: $b, .. } => lift($call),
        }
    };
}

impl DrawingBackend for ChartBackend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            ChartBackend::Canvas(b) => b.size(),
            ChartBackend::Svg { svg, .. } => svg.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Result<(), Error> {
        both!(self, b => b.ensure_prepared())
    }
    fn present(&mut self) -> Result<(), Error> {
        both!(self, b => b.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        both!(self, b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        both!(self, b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        both!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        both!(self, b => b.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        both!(self, b => b.draw_circle(center, radius, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        both!(self, b => b.fill_polygon(vert, style))
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        match self {
            ChartBackend::Canvas(b) => lift(b.inner.draw_text(text, style, pos)),
            ChartBackend::Svg { svg, .. } => lift(svg.draw_text(text, &SvgSized(style), pos)),
        }
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        match self {
            ChartBackend::Canvas(b) => Ok(measure_text(&b.context, text, style)),
            ChartBackend::Svg {
                measure: Some(measure),
                ..
            } => Ok(measure_text(measure, text, style)),
            ChartBackend::Svg { measure: None, .. } => Ok(estimate_text(text, style)),
        }
    }
}

/// A text's box without a browser to measure it: an average sans-serif letter is about 0.55
/// of the font size wide. Close enough to place axis labels in the prerendered charts, which
/// the live canvas replaces.
fn estimate_text<S: BackendTextStyle>(text: &str, style: &S) -> (u32, u32) {
    let size = style.size();
    let width = text.chars().count() as f64 * size * 0.55;
    (width.ceil() as u32, size.ceil() as u32)
}
