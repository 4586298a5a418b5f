//! Calculators: each composes inputs, outputs, a chart and a sentence over one model function.

pub mod benchmark_gap;
pub mod compute_presets;
pub mod convergence;
pub mod deepseek;
pub mod headline;
pub mod next_step;
pub mod presets;
pub mod scaling;

pub use benchmark_gap::BenchmarkGap;
pub use convergence::ConvergenceCalculator;
pub use deepseek::DeepSeekVsGpt4;
pub use headline::HeadlineFigure;
pub use next_step::NextStepCalculator;
pub use scaling::ScalingCalculator;
