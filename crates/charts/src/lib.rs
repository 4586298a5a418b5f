//! Chart drawing for Lejtő. Every chart is a function generic over a plotters
//! [`DrawingBackend`](plotters::prelude::DrawingBackend): the browser draws it on a canvas, the
//! native tests (and later the SVG download) draw the very same function to SVG.
//!
//! Charts know no DOM and no language: the caller passes the data (computed by `lejto-model`),
//! translated labels, a number formatter and a theme. Each chart spec can also give its plotted
//! numbers as a table ([`ChartData`]) for a CSV download.

#![warn(missing_docs)]

pub mod convergence;
mod data;
pub mod error;
pub mod export;
pub mod frame;
mod legend;
pub mod lines;
mod mark;
pub mod next_step;
pub mod panels;
pub mod scaling;
mod style;
pub mod theme;
pub mod tornado;

pub use convergence::{draw_convergence, ConvergenceChart, ConvergenceLabels};
pub use error::ChartError;
pub use export::{Cell, ChartData};
pub use frame::PlotFrame;
pub use lines::{draw_lines, Line, LineStyle, LinesChart};
pub use next_step::{draw_next_step, NextStepChart, NextStepLabels};
pub use panels::{draw_panels, Panel, PanelsChart, SeriesColor};
pub use scaling::{draw_scaling, ScalingChart, ScalingLabels};
pub use theme::{ChartTheme, Rgb};
pub use tornado::{draw_tornado, TornadoChart, TornadoLabels, TornadoRow};

/// Formats a tick value with at most the given number of fraction digits, in the reader's
/// language (the app passes a formatter backed by the browser's `Intl.NumberFormat`).
pub type NumberFormat<'a> = &'a dyn Fn(f64, usize) -> String;

/// Fraction digits that make ticks over `span` distinct (about five ticks per axis).
pub fn tick_digits(span: f64) -> usize {
    if !(span.is_finite() && span > 0.0) {
        return 0;
    }
    let step = span / 5.0;
    (-step.log10().floor()).clamp(0.0, 6.0) as usize
}

#[cfg(test)]
mod tests {
    use super::tick_digits;

    #[test]
    fn tick_digits_follow_the_span() {
        assert_eq!(tick_digits(20.0), 0);
        assert_eq!(tick_digits(0.9), 1);
        assert_eq!(tick_digits(0.22), 2);
        assert_eq!(tick_digits(f64::NAN), 0);
    }
}
