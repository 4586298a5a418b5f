//! Calculators: each composes inputs, outputs, a chart and a sentence over one model function.

pub mod convergence;
pub mod presets;
pub mod scaling;

pub use convergence::ConvergenceCalculator;
pub use scaling::ScalingCalculator;
