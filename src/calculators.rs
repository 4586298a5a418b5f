//! Calculators: each composes inputs, outputs, a chart and a sentence over one model function.

pub mod benchmark_gap;
pub mod compute_presets;
pub mod convergence;
pub mod counterweights;
pub mod deepseek;
pub mod depreciation;
pub mod directions;
pub mod guess;
pub mod headline;
pub mod inference;
pub mod money;
pub mod next_step;
pub mod presets;
pub mod scaling;

pub use benchmark_gap::BenchmarkGap;
pub use convergence::ConvergenceCalculator;
pub use counterweights::MetricCalculator;
pub use deepseek::DeepSeekVsGpt4;
pub use depreciation::DepreciationCalculator;
pub use directions::{ChipCalculator, MixCalculator, ProgressFigure};
pub use guess::GuessFirst;
pub use headline::HeadlineFigure;
pub use inference::{BillCalculator, FixedPriceCalculator};
pub use next_step::NextStepCalculator;
pub use scaling::ScalingCalculator;
