//! Lejtő, the app: an interactive essay on the "Meek Models" study, rendered in the browser
//! with Leptos. Components compose and format; the maths lives in `lejto-model` and the
//! drawing in `lejto-charts`.

pub mod app;
pub mod calculators;
pub mod canvas_backend;
pub mod chart_backend;
pub mod embed;
pub mod essay;
pub mod format;
pub mod handout;
pub mod i18n;
pub mod landing;
pub mod numbers;
pub mod present;
pub mod shown;
pub mod state;
pub mod theme;
pub mod url_state;
pub mod widgets;
