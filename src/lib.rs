//! Lejtő, the app: an interactive essay on the "Meek Models" study, rendered in the browser
//! with Leptos. Components compose and format; the maths lives in `lejto-model` and the
//! drawing in `lejto-charts`.

// Server rendering (the prerendered pages) nests the view types deeper than the default allows.
#![recursion_limit = "256"]

pub mod app;
pub mod calculators;
pub mod canvas_backend;
pub mod chart_backend;
pub mod embed;
pub mod essay;
pub mod essay_text;
pub mod format;
pub mod handout;
pub mod i18n;
pub mod landing;
pub mod numbers;
pub mod pages;
pub mod pieces;
pub mod present;
pub mod shown;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
pub mod takeover;
pub mod theme;
pub mod url_state;
pub mod widgets;

/// Whether this build runs in a browser. Native builds render the prerendered pages
/// (`static_page`) and run the native tests: components skip their browser-only set-up
/// (listeners, observers, the address) there, since wasm-bindgen's imports panic off wasm.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");
