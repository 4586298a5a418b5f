//! The one component that owns a `<canvas>`: sizes its backing store for the screen's pixel
//! density, follows its own size and the colour scheme, and redraws through a plain function.

use crate::canvas_backend::MeasuredCanvas;
use crate::chart_backend::ChartBackend;
use crate::state::AppState;
use crate::theme::chart_theme;
use lejto_charts::{
    draw_convergence, draw_lines, draw_next_step, draw_panels, draw_scaling, draw_tornado,
    ChartData, ChartError, ChartTheme, ConvergenceChart, ConvergenceLabels, LinesChart,
    NextStepChart, NextStepLabels, NumberFormat, PanelsChart, PlotFrame, ScalingChart,
    ScalingLabels, TornadoChart, TornadoLabels,
};
use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[cfg(not(target_arch = "wasm32"))]
mod prerendered;
#[cfg(not(target_arch = "wasm32"))]
use prerendered::static_chart;
#[cfg(not(target_arch = "wasm32"))]
pub use prerendered::static_charts;

/// Smallest drawing scale. On 1× screens the chart is drawn at 2× into a 1× backing store
/// (see `MeasuredCanvas`): smooth curves, no extra pixels to raster.
const MIN_SCALE: f64 = 2.0;

thread_local! {
    static FIRST_DRAW_MARKED: Cell<bool> = const { Cell::new(false) };
    /// The opening chart drawn for the link preview by the last prerendered page.
    #[cfg(not(target_arch = "wasm32"))]
    static PREVIEW: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The chart a link preview shows: the opening one.
#[cfg(not(target_arch = "wasm32"))]
const PREVIEW_CHART: &str = "headline-chart";
/// The preview chart's size in pixels (see `static_page::preview`) and how much larger its
/// text and lines are than on screen.
#[cfg(not(target_arch = "wasm32"))]
pub const PREVIEW_SIZE: (u32, u32) = (1112, 420);
#[cfg(not(target_arch = "wasm32"))]
const PREVIEW_SCALE: f64 = 1.7;

#[cfg(not(target_arch = "wasm32"))]
fn draw_preview(draw: &DrawFn) -> Option<String> {
    let theme = ChartTheme {
        scale: PREVIEW_SCALE,
        ..ChartTheme::LIGHT
    };
    let mut out = String::new();
    {
        let area = ChartBackend::svg_estimated(&mut out, PREVIEW_SIZE).into_drawing_area();
        draw(&ChartOut::Draw(&area, &theme)).ok()?;
        area.present().ok()?;
    }
    Some(out)
}

/// The opening chart as an SVG of [`PREVIEW_SIZE`], drawn while the last prerendered page was
/// rendered (native builds; for the link preview).
#[cfg(not(target_arch = "wasm32"))]
pub fn preview_svg() -> Option<String> {
    PREVIEW.with(|p| p.borrow_mut().take())
}

/// A chart drawing function: everything it reads from signals is tracked, so the chart redraws
/// exactly when its data, language or theme changes. It hands its chart to a [`ChartOut`] (to
/// be painted, or taken as data for a CSV) and returns where its x axis lies, so a pointer can
/// be mapped back to data.
pub type DrawFn = dyn Fn(&ChartOut) -> Result<PlotFrame, ChartError>;

/// Where a chart closure's chart goes: painted on a backend with a theme, or its plotted series
/// put into the cell as a table (with the word for "series" in the reader's language).
pub enum ChartOut<'a, 'b> {
    /// Paint it.
    Draw(&'a DrawingArea<ChartBackend<'b>, Shift>, &'a ChartTheme),
    /// Take its data.
    Data(&'a RefCell<Option<ChartData>>, &'a str),
}

/// What a data export returns where a drawing returns its frame.
const NO_FRAME: PlotFrame = PlotFrame {
    x_px: (0, 0),
    x: (0.0, 0.0),
    log_x: false,
};

impl ChartOut<'_, '_> {
    fn take(&self, data: impl FnOnce(&str) -> ChartData) -> Result<PlotFrame, ChartError> {
        if let ChartOut::Data(cell, series) = self {
            cell.replace(Some(data(series)));
        }
        Ok(NO_FRAME)
    }

    /// See [`draw_lines`].
    pub fn lines(
        &self,
        chart: &LinesChart,
        number: NumberFormat,
        y_number: &dyn Fn(f64) -> String,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => draw_lines(area, chart, number, y_number, theme),
            _ => self.take(|s| chart.data(s)),
        }
    }

    /// See [`draw_panels`].
    pub fn panels(
        &self,
        chart: &PanelsChart,
        number: NumberFormat,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => draw_panels(area, chart, number, theme),
            _ => self.take(|s| chart.data(s)),
        }
    }

    /// See [`draw_convergence`].
    pub fn convergence(
        &self,
        chart: &ConvergenceChart,
        labels: &ConvergenceLabels,
        number: NumberFormat,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => draw_convergence(area, chart, labels, number, theme),
            _ => self.take(|s| chart.data(labels, s)),
        }
    }

    /// See [`draw_tornado`].
    pub fn tornado(
        &self,
        chart: &TornadoChart,
        labels: &TornadoLabels,
        number: NumberFormat,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => draw_tornado(area, chart, labels, number, theme),
            _ => self.take(|s| chart.data(labels, s)),
        }
    }

    /// See [`draw_scaling`].
    pub fn scaling(
        &self,
        chart: &ScalingChart,
        labels: &ScalingLabels,
        number: NumberFormat,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => draw_scaling(area, chart, labels, number, theme),
            _ => self.take(|s| chart.data(labels, s)),
        }
    }

    /// See [`draw_next_step`].
    pub fn next_step(
        &self,
        chart: &NextStepChart,
        labels: &NextStepLabels,
        number: NumberFormat,
        money: &dyn Fn(f64) -> String,
    ) -> Result<PlotFrame, ChartError> {
        match self {
            ChartOut::Draw(area, theme) => {
                draw_next_step(area, chart, labels, number, money, theme)
            }
            _ => self.take(|s| chart.data(labels, s)),
        }
    }
}

/// A canvas that redraws whenever `draw`'s inputs, its size or the colour scheme change.
/// `alt` is the chart's text alternative (generated from the current numbers).
#[component]
pub fn ChartCanvas(
    /// Draws the chart; see [`DrawFn`].
    draw: Rc<DrawFn>,
    /// Text alternative for screen readers.
    #[prop(into)]
    alt: Signal<String>,
    /// Shown if drawing fails.
    #[prop(into)]
    failed_text: Signal<String>,
    /// `data-testid` of the canvas.
    testid: &'static str,
    /// Receives the x value under the pointer (hover, touch, pen), `None` when it leaves.
    #[prop(optional)]
    on_pointer: Option<Callback<Option<f64>>>,
) -> impl IntoView {
    // The prerendered page (native) shows the same drawing as an SVG; the canvas replaces it.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_pointer;
        if testid == PREVIEW_CHART {
            // Drawn now: the page's reactive values are gone once it is rendered.
            let svg = draw_preview(draw.as_ref());
            PREVIEW.with(|p| p.replace(svg));
        }
        static_chart(draw.as_ref(), alt, failed_text, testid)
    }
    #[cfg(target_arch = "wasm32")]
    {
        live_chart(draw, alt, failed_text, testid, on_pointer)
    }
}

/// The live canvas (see [`ChartCanvas`]).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn live_chart(
    draw: Rc<DrawFn>,
    alt: Signal<String>,
    failed_text: Signal<String>,
    testid: &'static str,
    on_pointer: Option<Callback<Option<f64>>>,
) -> impl IntoView {
    let state = AppState::get();
    // The text alternative follows the numbers while its section is near (crate::shown).
    let alt_shown = crate::shown::while_shown(move || alt.get());
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let failed_ref = NodeRef::<html::P>::new();
    // CSS size in CSS pixels and the device pixel ratio, written only by the ResizeObserver.
    let size = RwSignal::new((0.0f64, 0.0f64, 1.0f64));
    // Colours from CSS, read again only when the colour scheme or pixel ratio changes:
    // getComputedStyle on every slider tick costs more than the lines it colours.
    let theme_cache = StoredValue::new(None::<(bool, ChartTheme)>);
    // The last drawn frame and its drawing scale (drawing pixels per CSS pixel).
    let frame = StoredValue::new(None::<(PlotFrame, f64)>);
    // Whether the canvas is on screen. A long essay holds many charts that follow the same
    // sliders; only the visible ones redraw as the reader drags, the others catch up when
    // scrolled to.
    let visible = RwSignal::new(true);
    // Size and scheme of the last drawing: changes of those redraw even off screen, so a chart
    // is never shown stale after a resize or a scheme switch.
    let drawn_for = StoredValue::new(None::<(f64, f64, f64, bool, f64)>);
    let pointer_at = move |e: web_sys::PointerEvent| {
        let Some(cb) = on_pointer else { return };
        let value = frame
            .get_value()
            .and_then(|(f, scale)| f.value_at(e.offset_x() as f64 * scale));
        cb.run(value);
    };

    // Printing: the chart goes on paper as an SVG drawing, in the colours the print sheet
    // sets (`app::prepare_print` marks the page first), at the width of an A4 text column:
    // vector lines and real text, sharp at any printer resolution, and drawn even if the reader
    // never scrolled to the chart. After printing the drawing goes again.
    let print_ref = NodeRef::<html::Div>::new();
    let print_draw = draw.clone();
    let on_print = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let (Some(canvas), Some(holder)) = (canvas_ref.get_untracked(), print_ref.get_untracked())
        else {
            return;
        };
        if e.type_() == "afterprint" {
            holder.set_inner_html("");
            return;
        }
        // The screen's height, within what keeps a page from holding only one chart.
        let height = canvas.get_bounding_client_rect().height();
        let height = if height >= 1.0 {
            height.min(PRINT_HEIGHT)
        } else {
            PRINT_HEIGHT
        };
        let size = (PRINT_WIDTH, height);
        match svg_of(print_draw.as_ref(), &chart_theme(&canvas, 1.0), size) {
            Some(svg) => holder.set_inner_html(&svg),
            None => web_sys::console::warn_1(&"chart: no print drawing".into()),
        }
    });
    for event in ["beforeprint", "afterprint"] {
        let _ = window().add_event_listener_with_callback(event, on_print.as_ref().unchecked_ref());
    }
    // As long as the page (charts are built once and kept).
    on_print.forget();

    Effect::new(move |observer: Option<Option<web_sys::ResizeObserver>>| {
        if let Some(existing) = observer.flatten() {
            return Some(existing);
        }
        let canvas = canvas_ref.get()?;
        let target = canvas.clone();
        let on_resize = Closure::<dyn Fn()>::new(move || {
            let dpr = window().device_pixel_ratio().max(1.0);
            let rect = target.get_bounding_client_rect();
            size.set((rect.width(), rect.height(), dpr));
        });
        let ro = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        ro.observe(&canvas);
        on_resize.forget();
        let on_visible = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                visible.set(entry.is_intersecting());
            }
        });
        if let Ok(io) = web_sys::IntersectionObserver::new(on_visible.as_ref().unchecked_ref()) {
            io.observe(&canvas);
            on_visible.forget();
        }
        Some(ro)
    });

    // Presenter mode draws text and lines larger, as it does the page's text (no deck in an
    // embed).
    let zoom = use_context::<crate::state::ChartZoom>();
    Effect::new(move || {
        let (w, h, dpr) = size.get();
        let dark = state.dark.get();
        let zoom = zoom.map_or(1.0, |z| z.0.get());
        let on_screen = visible.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if w < 1.0 || h < 1.0 {
            return;
        }
        // Off screen and nothing about the canvas changed: skip (and so stop tracking the
        // data); becoming visible runs this again and draws the current state.
        if !on_screen && drawn_for.get_value() == Some((w, h, dpr, dark, zoom)) {
            return;
        }
        drawn_for.set_value(Some((w, h, dpr, dark, zoom)));
        let scale = dpr.max(MIN_SCALE);
        let theme = match theme_cache.get_value() {
            Some((d, t)) if d == dark && t.scale == scale => t,
            _ => {
                let t = chart_theme(&canvas, scale);
                theme_cache.set_value(Some((dark, t)));
                t
            }
        };
        let perf = window().performance();
        let started = perf.as_ref().map(|p| p.now());
        let zoomed = ChartTheme {
            scale: theme.scale * zoom,
            ..theme
        };
        let result = redraw(&canvas, (w, h), dpr, theme.scale, &zoomed, draw.as_ref());
        frame.set_value(result.as_ref().ok().map(|f| (*f, theme.scale)));
        // The benchmark reads how long the last draw took.
        if let (Some(p), Some(t0)) = (perf, started) {
            let _ = canvas.set_attribute("data-draw-ms", &format!("{:.2}", p.now() - t0));
        }
        if let Some(p) = failed_ref.get() {
            p.set_hidden(result.is_ok());
        }
        if let Err(e) = &result {
            web_sys::console::warn_1(&e.to_string().into());
        }
    });

    view! {
        <canvas
            node_ref=canvas_ref
            class="chart-canvas"
            role="img"
            aria-label=move || alt_shown.get()
            data-testid=testid
            on:pointermove=pointer_at
            on:pointerdown=pointer_at
            on:pointerleave=move |e: web_sys::PointerEvent| {
                // A finger lifting also "leaves": keep a tapped read-out until the next tap.
                if let (Some(cb), false) = (on_pointer, e.pointer_type() == "touch") {
                    cb.run(None);
                }
            }
        ></canvas>
        <p node_ref=failed_ref class="chart-failed" hidden=true>{move || failed_text.get()}</p>
        <div node_ref=print_ref class="print-chart"></div>
    }
}

/// The printed chart's width in CSS pixels: an A4 page's text column (see `style/print.css`).
const PRINT_WIDTH: f64 = 680.0;
/// Its greatest height (about 90 mm on A4), and its height when the canvas has none to copy.
const PRINT_HEIGHT: f64 = 340.0;

/// The chart as an SVG document of `(w, h)` CSS pixels (for a download or the printout).
pub fn svg_of(draw: &DrawFn, theme: &ChartTheme, (w, h): (f64, f64)) -> Option<String> {
    let mut out = String::new();
    {
        let backend = ChartBackend::svg(&mut out, (w as u32, h as u32))?;
        let area = backend.into_drawing_area();
        draw(&ChartOut::Draw(&area, theme)).ok()?;
        area.present().ok()?;
    }
    Some(out)
}

/// Sizes the backing store to CSS size × devicePixelRatio and draws `scale` drawing pixels per
/// CSS pixel; the theme's own scale sizes text and lines (larger than `scale` when zoomed).
fn redraw(
    canvas: &HtmlCanvasElement,
    (w, h): (f64, f64),
    dpr: f64,
    scale: f64,
    theme: &ChartTheme,
    draw: &DrawFn,
) -> Result<PlotFrame, ChartError> {
    // Resizing reallocates (and clears) the backing store: do it only when the size changed.
    let (bw, bh) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let backend = MeasuredCanvas::new(canvas, scale / dpr)
        .ok_or_else(|| ChartError("no 2D context".into()))?;
    let area = ChartBackend::Canvas(backend).into_drawing_area();
    let frame = draw(&ChartOut::Draw(&area, theme))?;
    let draws = canvas
        .get_attribute("data-draws")
        .and_then(|d| d.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(draws + 1).to_string());
    FIRST_DRAW_MARKED.with(|marked| {
        if !marked.replace(true) {
            if let Some(perf) = window().performance() {
                let _ = perf.mark("lejto:first-chart");
            }
        }
    });
    Ok(frame)
}
