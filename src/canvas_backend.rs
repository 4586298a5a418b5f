//! plotters' canvas backend with text measured on the canvas itself.
//!
//! `plotters-canvas` measures text through plotters' web font module, which appends a styled
//! `<span>` to the page and reads its size: a forced layout of the whole page per label (most
//! of a redraw's time) and an inline `style` attribute that a strict CSP blocks. Here
//! `measureText` on the 2D context answers instead; everything else is delegated.
//!
//! It can also oversample: plotters snaps every point to a whole pixel, which shows as
//! stair-steps on 1× screens. With `oversample = k` plotters sees a canvas k times larger and
//! the context scales its drawing down by k, so coordinates land on 1/k pixels and curves stay
//! smooth, without the cost of a larger backing store.

use plotters::prelude::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas drawing backend whose text sizes come from `CanvasRenderingContext2d.measureText`.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    oversample: f64,
}

impl MeasuredCanvas {
    /// Wraps `canvas`, drawing in a coordinate space `oversample` (≥ 1) times its backing
    /// store; `None` if it has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement, oversample: f64) -> Option<Self> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        let oversample = oversample.max(1.0);
        let k = 1.0 / oversample;
        context.set_transform(k, 0.0, 0.0, k, 0.0, 0.0).ok()?;
        Some(Self {
            inner,
            context,
            oversample,
        })
    }
}

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        let (w, h) = self.inner.get_size();
        let k = self.oversample;
        ((w as f64 * k).round() as u32, (h as f64 * k).round() as u32)
    }
    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), Error> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        Ok(measure_text(&self.context, text, style))
    }
}

/// The size of `text` in `style` as `context` lays it out, with the same font string
/// plotters-canvas sets before `fillText`.
pub fn measure_text<S: BackendTextStyle>(
    context: &CanvasRenderingContext2d,
    text: &str,
    style: &S,
) -> (u32, u32) {
    context.set_font(&format!(
        "{} {}px {}",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    ));
    let width = context.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
    (width.ceil() as u32, style.size().ceil() as u32)
}
