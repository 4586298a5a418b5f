//! Follows the reader's colour scheme and turns CSS custom properties into chart colours, so a
//! host page (or the dark scheme) restyles charts through CSS alone.

use lejto_charts::{ChartTheme, Rgb};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::Element;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the reader's system asks for a dark scheme.
pub fn prefers_dark() -> bool {
    window()
        .match_media(DARK_QUERY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Keeps `dark` in step with the system colour scheme for the life of the page.
pub fn follow_color_scheme(dark: RwSignal<bool>) {
    let Some(mql) = window().match_media(DARK_QUERY).ok().flatten() else {
        return;
    };
    dark.set(mql.matches());
    let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
        move |e: web_sys::MediaQueryListEvent| {
            dark.set(e.matches());
        },
    );
    let _ = mql.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The page lives as long as the listener; dropping the closure would detach it.
    on_change.forget();
}

/// Reads the chart colours from `--chart-*` properties as computed for `el`.
pub fn chart_theme(el: &Element, scale: f64) -> ChartTheme {
    let fallback = ChartTheme::LIGHT;
    let Some(style) = window().get_computed_style(el).ok().flatten() else {
        return ChartTheme { scale, ..fallback };
    };
    let read = |name: &str, default: Rgb| {
        style
            .get_property_value(name)
            .ok()
            .and_then(|v| Rgb::from_hex(&v))
            .unwrap_or(default)
    };
    ChartTheme {
        background: read("--chart-bg", fallback.background),
        text: read("--chart-text", fallback.text),
        grid: read("--chart-grid", fallback.grid),
        frontier: read("--chart-frontier", fallback.frontier),
        meek: read("--chart-meek", fallback.meek),
        gap: read("--chart-gap", fallback.gap),
        scale,
    }
}
