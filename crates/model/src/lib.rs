//! The model behind Lejtő: the "Meek Models Shall Inherit the Earth" equations
//! (Gundlach, Lynch, Thompson 2025, arXiv 2507.07931) as plain, tested Rust.
//!
//! Symbols follow `shared/MODEL.md`; each public function names the formula it computes.
//! Nothing here knows about screens, languages or the DOM: inputs are numbers, invalid inputs
//! are [`InputError`] values, and no function returns NaN or infinity for a valid [`Scenario`].

pub mod benchmark;
pub mod chinchilla;
pub mod convergence;
pub mod depreciation;
pub mod inference;
pub mod link_version;
pub mod loss;
pub mod metric;
pub mod mix;
pub mod new_hardware;
pub mod next_step;
pub mod param;
pub mod presets;
pub mod progress;
pub mod query;
pub mod reported;
pub mod scenario;
pub mod uncertainty;
pub mod yardstick;

pub use convergence::{Convergence, ConvergencePoint, Lab, Outcome, Peak};
pub use metric::Metric;
pub use param::{InputError, ParamSpec};
pub use presets::Preset;
pub use scenario::{Scenario, ScenarioField};
