//! Calculators: each composes inputs, outputs, a chart and a sentence over one model function.

pub mod benchmark_gap;
pub mod bill;
pub mod chip;
pub mod compute_presets;
pub mod convergence;
pub mod deepseek_gpt4;
pub mod depreciation;
pub mod fixed_price;
pub mod formats;
pub mod guess;
pub mod headline;
pub mod metrics;
pub mod mix;
pub mod next_step;
pub mod presets;
pub mod progress;
pub mod scaling;
pub mod sensitivity;

pub use benchmark_gap::BenchmarkGap;
pub use bill::BillCalculator;
pub use chip::ChipCalculator;
pub use convergence::ConvergenceCalculator;
pub use deepseek_gpt4::DeepseekGpt4Figure;
pub use depreciation::DepreciationCalculator;
pub use fixed_price::FixedPriceCalculator;
pub use guess::GuessFirst;
pub use headline::HeadlineFigure;
pub use metrics::MetricsCalculator;
pub use mix::MixCalculator;
pub use next_step::NextStepCalculator;
pub use progress::ProgressFigure;
pub use scaling::ScalingCalculator;
pub use sensitivity::SensitivityCalculator;
