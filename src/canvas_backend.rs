//! plotters' canvas backend with text measured on the canvas itself (drawn through
//! `chart_backend::ChartBackend::Canvas`, which delegates the drawing to `inner`).
//!
//! `plotters-canvas` measures text through plotters' web font module, which appends a styled
//! `<span>` to the page and reads its size: a forced layout of the whole page per label (most
//! of a redraw's time) and an inline `style` attribute that a strict CSP blocks. Here
//! `measureText` on the 2D context answers instead.
//!
//! It can also oversample: plotters snaps every point to a whole pixel, which shows as
//! stair-steps on 1× screens. With `oversample = k` plotters sees a canvas k times larger and
//! the context scales its drawing down by k, so coordinates land on 1/k pixels and curves stay
//! smooth, without the cost of a larger backing store.

use plotters::prelude::DrawingBackend;
use plotters_backend::BackendTextStyle;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas drawing backend whose text sizes come from `CanvasRenderingContext2d.measureText`.
pub struct MeasuredCanvas {
    /// plotters' canvas backend, which does the drawing.
    pub(crate) inner: CanvasBackend,
    /// The same canvas's 2D context, which measures text.
    pub(crate) context: CanvasRenderingContext2d,
    /// Drawing pixels per backing-store pixel (≥ 1).
    pub(crate) oversample: f64,
}

impl MeasuredCanvas {
    /// The size plotters draws in: the backing store's, `oversample` times.
    pub(crate) fn size(&self) -> (u32, u32) {
        let (w, h) = self.inner.get_size();
        let k = self.oversample;
        ((w as f64 * k).round() as u32, (h as f64 * k).round() as u32)
    }
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
