//! Every key of the page's links, named once. The numeric inputs' keys are their
//! `ParamSpec::key`s (`lejto_model::query`); these are the others.

use lejto_model::link_version;

/// The link's version (`lejto_model::link_version`).
pub const VERSION: &str = link_version::VERSION_KEY;
/// The reader's language: `hu` or `en`.
pub const LANG: &str = "lang";
/// The scaling-law fit: a `Fit::key`.
pub const FIT: &str = "fit";
/// The yardstick of the price of the next step: a `Yardstick::key`.
pub const YARD: &str = "yard";
/// The counterweights' measure: a `Metric::as_str`.
pub const METRIC: &str = lejto_model::metric::METRIC_KEY;
/// The reader's guess of the half-way time: years, or `ask`.
pub const GUESS: &str = "guess";
/// `0`: the convergence chart leaves out its uncertainty band (shown unless a link says so).
pub const BAND: &str = "band";
/// Inputs a teacher fixes for a lesson, comma separated.
pub const LOCK: &str = "lock";
/// Sections and pieces (`pieces::hideable`) a teacher hides, comma separated.
pub const HIDE: &str = "hide";
/// One piece alone, for a news site's frame: a piece's id (`pieces::embeddable`).
pub const EMBED: &str = "embed";
/// `0`: the embedded piece shows its result without its inputs.
pub const CONTROLS: &str = "controls";
/// `light` or `dark`: the embedded piece's colours follow the host page.
pub const THEME: &str = "theme";
/// `1`: presenter mode.
pub const PRESENT: &str = "present";
/// The presenter's step, from 1.
pub const STEP: &str = "step";

/// Keys of how the page is being viewed (alone in a frame, on a projector), not of the state
/// it shows: a shared link leaves them out.
pub const VIEW_ONLY: [&str; 5] = [EMBED, CONTROLS, THEME, PRESENT, STEP];
