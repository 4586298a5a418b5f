//! A chart as files: PNG (twice the on-screen size, with title, caption, inputs and the link to
//! the state), SVG (the same drawing function through plotters' SVG backend) and CSV (the
//! plotted series). Everything is made in the browser, from the chart closure the screen uses.

use super::chart_canvas::{svg_of, ChartOut, DrawFn};
use crate::canvas_backend::MeasuredCanvas;
use crate::chart_backend::ChartBackend;
use crate::state::AppState;
use crate::theme::chart_theme;
use lejto_charts::ChartTheme;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What the downloads of one chart need.
#[derive(Clone)]
pub struct ChartFile {
    /// The chart's drawing function (the one its canvas uses).
    pub draw: Rc<DrawFn>,
    /// `data-testid` of the on-screen canvas: its size and colours are the file's.
    pub canvas: &'static str,
    /// The result in words, printed under the PNG's chart.
    pub caption: Signal<String>,
}

/// The resolution of the PNG, in image pixels per CSS pixel.
const PNG_SCALE: f64 = 2.0;

fn on_screen(testid: &str) -> Option<HtmlCanvasElement> {
    document()
        .query_selector(&format!("canvas[data-testid=\"{testid}\"]"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The CSS size of the on-screen chart (a phone's chart downloads phone-shaped), at least a
/// readable 320 × 240.
fn css_size(canvas: &HtmlCanvasElement) -> (f64, f64) {
    let r = canvas.get_bounding_client_rect();
    (r.width().max(320.0).round(), r.height().max(240.0).round())
}

/// Offers `blob` to the reader as `name`.
fn save(blob: &web_sys::Blob, name: &str) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the click; the URL may go once the event loop turns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    Some(())
}

fn save_text(text: &str, mime: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    save(&blob, name)
}

/// The inputs of the piece at `anchor` as the reader sees them: "label: value" for every
/// slider, and the chosen option of every choice.
fn inputs_text(anchor: &str) -> String {
    let Some(root) = document().get_element_by_id(anchor) else {
        return String::new();
    };
    let mut parts = Vec::new();
    if let Ok(list) = root.query_selector_all(".param") {
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let label = el
                .query_selector(".param-label")
                .ok()
                .flatten()
                .and_then(|l| l.text_content());
            let value = el
                .query_selector("input[type=range]")
                .ok()
                .flatten()
                .and_then(|r| r.get_attribute("aria-valuetext"));
            if let (Some(l), Some(v)) = (label, value) {
                parts.push(format!("{}: {v}", l.trim()));
            }
        }
    }
    if let Ok(list) = root.query_selector_all("input[type=radio]:checked") {
        for i in 0..list.length() {
            let label = list
                .item(i)
                .and_then(|n| n.parent_node())
                .and_then(|p| p.text_content());
            if let Some(l) = label {
                parts.push(l.trim().to_string());
            }
        }
    }
    parts.join(" · ")
}

fn csv_of(chart: &ChartFile, series: &str) -> Option<String> {
    let sink = RefCell::new(None);
    (chart.draw)(&ChartOut::Data(&sink, series)).ok()?;
    // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
    sink.into_inner().map(|d| format!("\u{feff}{}", d.to_csv()))
}

/// Splits `text` into lines no wider than `width` on `context` with its current font; a word
/// wider than a line (a link) is broken where it must be.
fn wrap(context: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let fits = |s: &str| context.measure_text(s).map_or(true, |m| m.width() <= width);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Blocks of text of a PNG: font size in CSS px, weight and text.
struct Block<'a> {
    size: f64,
    bold: bool,
    text: &'a str,
}

fn png_of(
    chart: &ChartFile,
    theme: &ChartTheme,
    (w, h): (f64, f64),
    title: &str,
    footer: &[&str],
    done: impl FnOnce(Option<web_sys::Blob>) + 'static,
) -> Option<()> {
    let k = PNG_SCALE;
    let make = |cw: f64, ch: f64| -> Option<HtmlCanvasElement> {
        let c: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
        c.set_width((cw * k).round() as u32);
        c.set_height((ch * k).round() as u32);
        Some(c)
    };
    // The chart alone, drawn as on screen at twice the size.
    let plot = make(w, h)?;
    {
        let backend = MeasuredCanvas::new(&plot, 1.0)?;
        let area = ChartBackend::Canvas(backend).into_drawing_area();
        (chart.draw)(&ChartOut::Draw(&area, theme)).ok()?;
    }
    // Then the page: title, chart, caption, inputs and link, wrapped to the chart's width.
    let pad = 16.0;
    let scratch = make(1.0, 1.0)?;
    let ctx = |c: &HtmlCanvasElement| -> Option<CanvasRenderingContext2d> {
        c.get_context("2d").ok()??.dyn_into().ok()
    };
    let measure = ctx(&scratch)?;
    let blocks: Vec<Block> = std::iter::once(Block {
        size: 18.0,
        bold: true,
        text: title,
    })
    .chain(footer.iter().enumerate().map(|(i, t)| Block {
        size: if i == 0 { 14.0 } else { 12.0 },
        bold: false,
        text: t,
    }))
    .collect();
    let font = |b: &Block| {
        format!(
            "{}{}px sans-serif",
            if b.bold { "bold " } else { "" },
            b.size * k
        )
    };
    let laid: Vec<(String, f64, Vec<String>)> = blocks
        .iter()
        .map(|b| {
            measure.set_font(&font(b));
            (font(b), b.size, wrap(&measure, b.text, (w - 2.0 * pad) * k))
        })
        .collect();
    let height_of = |(_, size, lines): &(String, f64, Vec<String>)| lines.len() as f64 * size * 1.4;
    let head = height_of(&laid[0]) + pad;
    let foot: f64 = laid[1..].iter().map(|b| height_of(b) + 6.0).sum::<f64>() + pad;
    let page = make(w, head + h + foot + pad)?;
    let c = ctx(&page)?;
    let (bg, fg) = (theme.background, theme.text);
    c.set_fill_style_str(&format!("rgb({},{},{})", bg.0, bg.1, bg.2));
    c.fill_rect(0.0, 0.0, f64::from(page.width()), f64::from(page.height()));
    c.set_fill_style_str(&format!("rgb({},{},{})", fg.0, fg.1, fg.2));
    c.set_text_baseline("top");
    let mut y = pad;
    let write = |(font, size, lines): &(String, f64, Vec<String>), y: &mut f64| {
        c.set_font(font);
        for line in lines {
            let _ = c.fill_text(line, pad * k, *y * k);
            *y += size * 1.4;
        }
    };
    write(&laid[0], &mut y);
    let _ = c.draw_image_with_html_canvas_element(&plot, 0.0, head * k);
    y = head + h + pad;
    for block in &laid[1..] {
        write(block, &mut y);
        y += 6.0;
    }
    let callback = Closure::once_into_js(move |blob: JsValue| done(blob.dyn_into().ok()));
    page.to_blob(callback.unchecked_ref()).ok()
}

/// The download buttons of one chart.
#[component]
pub fn Downloads(
    /// The chart.
    chart: ChartFile,
    /// The piece's title.
    title: Signal<String>,
    /// The embed id, for file names.
    piece: &'static str,
    /// Element whose inputs the PNG lists.
    anchor: &'static str,
    /// The link to this state.
    link: Signal<String>,
) -> impl IntoView {
    let state = AppState::get();
    let failed = RwSignal::new(false);
    let chart = StoredValue::new_local(chart);
    let t = move || &state.texts().share;
    let name =
        move |ext: &str| format!("lejto-{piece}-{}.{ext}", state.lang.get_untracked().code());
    let download = move |format: usize| {
        let chart = chart.get_value();
        let Some(canvas) = on_screen(chart.canvas) else {
            failed.set(true);
            return;
        };
        let size = css_size(&canvas);
        let ok = match format {
            0 => {
                let theme = chart_theme(&canvas, PNG_SCALE);
                let caption = chart.caption.get_untracked();
                let inputs = format!("{}: {}", t().inputs, inputs_text(anchor));
                let link = link.get_untracked();
                let file = name("png");
                png_of(
                    &chart,
                    &theme,
                    size,
                    &title.get_untracked(),
                    &[&caption, &inputs, &link],
                    move |blob| {
                        let saved = blob.and_then(|b| save(&b, &file));
                        failed.set(saved.is_none());
                    },
                )
            }
            1 => svg_of(chart.draw.as_ref(), &chart_theme(&canvas, 1.0), size)
                .and_then(|svg| save_text(&svg, "image/svg+xml", &name("svg"))),
            _ => csv_of(&chart, t().series)
                .and_then(|csv| save_text(&csv, "text/csv;charset=utf-8", &name("csv"))),
        };
        failed.set(ok.is_none());
    };
    view! {
        <div class="downloads" role="group" aria-label=move || t().download_label>
            <span class="downloads-label">{move || t().download_label}</span>
            {["png", "svg", "csv"].into_iter().enumerate().map(|(i, ext)| view! {
                <button type="button" data-testid=format!("download-{ext}") on:click=move |_| download(i)>
                    {move || t().formats[i]}
                </button>
            }).collect_view()}
            <p class="download-failed" role="alert">{move || failed.get().then(|| t().download_failed)}</p>
        </div>
    }
}
