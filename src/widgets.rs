//! Reusable pieces every calculator composes.

pub mod calculator;
pub mod chart_canvas;
pub mod chart_file;
pub mod choice;
pub mod data_table;
pub mod fact_text;
pub mod lang_switch;
pub mod output;
pub mod param_control;
pub mod qr_code;
pub mod share;
pub mod url_notice;

pub use chart_canvas::ChartCanvas;
pub use chart_file::ChartFile;
pub use choice::Choice;
pub use data_table::DataTable;
pub use lang_switch::LangSwitch;
pub use output::Output;
pub use param_control::ParamControl;
pub use share::{page_link, PageShare, ShareTools};
pub use url_notice::UrlNotice;

/// Escapes text for HTML content or a double-quoted attribute (markup made as text: the embed
/// snippet, the handout's QR code).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
