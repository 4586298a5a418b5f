//! The prerendered page's charts (native builds): each chart drawn as SVG files beside the page,
//! at a laptop's and a phone's width, in the light and the dark scheme, shown by an `<img>`
//! until the app's canvas replaces it.

use super::{ChartOut, DrawFn};
use crate::chart_backend::ChartBackend;
use lejto_charts::{ChartTheme, Rgb};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

/// Sizes of the drawings, CSS pixels: a laptop's text column at the canvas's height, and a
/// phone's (`style/calculator.css`); the stylesheet shows the one that fits.
const STATIC_SIZES: [(&str, (f64, f64)); 2] =
    [("wide", (680.0, 416.0)), ("narrow", (360.0, 352.0))];

/// The tornado chart's phone drawing is taller: its two panels stack there
/// (`#sensitivity .chart-canvas` in the stylesheet).
const TALL_NARROW: [(&str, (f64, f64)); 2] = [("wide", (680.0, 416.0)), ("narrow", (360.0, 576.0))];

/// The dark scheme's chart colours: the `--chart-*` properties of the stylesheet's first
/// `prefers-color-scheme: dark` block, the same the live canvas reads (`theme::chart_theme`).
fn dark_theme() -> ChartTheme {
    const TOKENS: &str = include_str!("../../../style/tokens.css");
    let light = ChartTheme::LIGHT;
    let block = TOKENS
        .split_once("prefers-color-scheme: dark")
        .map_or("", |(_, rest)| rest.split('}').next().unwrap_or(""));
    let read = |name: &str, default: Rgb| {
        block
            .split(';')
            .filter_map(|decl| decl.split_once(':'))
            .find(|(key, _)| key.trim() == name)
            .and_then(|(_, value)| Rgb::from_hex(value))
            .unwrap_or(default)
    };
    ChartTheme {
        background: read("--chart-bg", light.background),
        text: read("--chart-text", light.text),
        grid: read("--chart-grid", light.grid),
        frontier: read("--chart-frontier", light.frontier),
        meek: read("--chart-meek", light.meek),
        gap: read("--chart-gap", light.gap),
        scale: 1.0,
    }
}

/// `draw` as an SVG of `size` in `theme`, or `None` when it fails.
fn drawing(draw: &DrawFn, theme: &ChartTheme, (w, h): (f64, f64)) -> Option<String> {
    let mut out = String::new();
    {
        let area = ChartBackend::svg_estimated(&mut out, (w as u32, h as u32)).into_drawing_area();
        draw(&ChartOut::Draw(&area, theme)).ok()?;
        area.present().ok()?;
    }
    Some(out)
}

/// The chart at both sizes for the prerendered page (no canvas, no listeners). The drawings
/// are files, not inline: the page's HTML stays light (it is what a phone waits for), and a
/// chart is fetched as the reader nears it, in the reader's colour scheme only.
pub(super) fn static_chart(
    draw: &DrawFn,
    alt: Signal<String>,
    failed_text: Signal<String>,
    testid: &'static str,
) -> impl IntoView {
    let light = ChartTheme {
        scale: 1.0,
        ..ChartTheme::LIGHT
    };
    let dark = dark_theme();
    let sizes = if testid == "sensitivity-chart" {
        &TALL_NARROW
    } else {
        &STATIC_SIZES
    };
    let drawings = sizes
        .iter()
        .map(|&(class, size)| {
            let files = drawing(draw, &light, size)
                .zip(drawing(draw, &dark, size))
                .map(|(l, d)| (static_charts::keep(l), static_charts::keep(d)));
            let (w, h) = size;
            view! {
                <div class=format!("chart-static-{class}")>
                    {files.map(|(light, dark)| view! {
                        // Print takes the light drawing whatever the screen's scheme.
                        <picture>
                            <source media="screen and (prefers-color-scheme: dark)" srcset=dark />
                            <img src=light alt="" loading="lazy" width=w height=h />
                        </picture>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="chart-static" role="img" aria-label=move || alt.get() data-testid=testid>
            {drawings}
        </div>
        <p class="chart-failed" hidden=true>{move || failed_text.get()}</p>
        <div class="print-chart"></div>
    }
}

/// The prerendered page's chart drawings, written beside it as files.
pub mod static_charts {
    use std::cell::RefCell;

    thread_local! {
        /// The link prefix of the files (the site's root), and the drawings kept so far.
        static CHARTS: RefCell<(String, Vec<(String, String)>)> = const { RefCell::new((String::new(), Vec::new())) };
    }

    /// Starts a page: its drawings will be linked as `{prefix}{n}.svg`.
    pub fn begin(prefix: &str) {
        CHARTS.with(|c| *c.borrow_mut() = (prefix.to_string(), Vec::new()));
    }

    /// Keeps `svg` for the current page and returns the link to its file.
    pub fn keep(svg: String) -> String {
        CHARTS.with(|c| {
            let mut c = c.borrow_mut();
            let name = format!("{}{}.svg", c.0, c.1.len());
            c.1.push((name.clone(), svg));
            name
        })
    }

    /// The current page's drawings, as (link, SVG text).
    pub fn take() -> Vec<(String, String)> {
        CHARTS.with(|c| std::mem::take(&mut c.borrow_mut().1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_theme_reads_every_colour_from_the_stylesheet() {
        // A colour the block lacks would fall back to the light one.
        let (dark, light) = (dark_theme(), ChartTheme::LIGHT);
        assert_ne!(dark.background, light.background);
        assert_ne!(dark.text, light.text);
        assert_ne!(dark.grid, light.grid);
        assert_ne!(dark.frontier, light.frontier);
        assert_ne!(dark.meek, light.meek);
        assert_ne!(dark.gap, light.gap);
    }
}
