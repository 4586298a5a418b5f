//! The uncertainty band, sampled in the browser without holding up a frame: after each change
//! of the scenario or the horizon, the Monte Carlo run (`lejto_model::uncertainty::Sampling`)
//! starts once the frame showing the new line is painted, and goes on in slices between
//! frames; a newer change abandons the run. Natively (the prerendered pages, the tests) the
//! band is sampled at once.

use super::AppState;
use lejto_model::uncertainty::{monte_carlo, Summary, RANGES};
use lejto_model::Scenario;
use leptos::prelude::*;
use std::sync::Arc;

/// Scenarios drawn per band (the issue asks for at least 2,000).
pub const DRAWS: usize = 2000;
/// The seed: the same inputs give the same band, so a link reopens it identically.
pub const SEED: u64 = 7;
/// Band years beyond the start: one every half year over the default 20-year window.
pub const STEPS: usize = 40;

/// A band and the inputs it was sampled for.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The reader's scenario.
    pub scenario: Scenario,
    /// The window, years.
    pub horizon: f64,
    /// What the sampled worlds say.
    pub summary: Summary,
}

impl Band {
    /// Whether this band was sampled for these inputs.
    pub fn is_for(&self, scenario: &Scenario, horizon: f64) -> bool {
        self.scenario == *scenario && self.horizon == horizon
    }
}

/// A complete run for `scenario` over `horizon`, at once.
pub fn sample(scenario: Scenario, horizon: f64) -> Option<Band> {
    Some(Band {
        scenario,
        horizon,
        summary: monte_carlo(&scenario, horizon, &RANGES, DRAWS, SEED, STEPS)?,
    })
}

/// The latest finished band (possibly of earlier inputs: `Derived::band` keeps only the
/// current one).
pub fn latest(state: AppState) -> Signal<Option<Arc<Band>>> {
    #[cfg(target_arch = "wasm32")]
    {
        let out = RwSignal::new(None);
        browser::keep_sampling(state, out);
        out.into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let band =
            Memo::new(move |_| sample(state.scenario.get(), state.horizon.get()).map(Arc::new));
        band.into()
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use lejto_model::uncertainty::Sampling;
    use leptos::leptos_dom::helpers::{request_animation_frame, set_timeout};
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    /// Draws per slice: a few milliseconds of a phone's time, so a slider's next input
    /// never waits long behind one.
    const SLICE: usize = 125;

    /// Restarts the run on every change of the inputs; the newest run's band lands in `out`.
    pub(super) fn keep_sampling(state: AppState, out: RwSignal<Option<Arc<Band>>>) {
        let generation = Arc::new(AtomicU64::new(0));
        Effect::new(move || {
            let (scenario, horizon) = (state.scenario.get(), state.horizon.get());
            let run = generation.fetch_add(1, Ordering::Relaxed) + 1;
            let Some(sampling) = Sampling::new(&scenario, horizon, &RANGES, DRAWS, SEED, STEPS)
            else {
                return;
            };
            let job = Job {
                sampling,
                scenario,
                horizon,
                run,
                generation: generation.clone(),
                out,
            };
            // After the frame that shows the reader's new line.
            request_animation_frame(move || job.next());
        });
    }

    struct Job {
        sampling: Sampling,
        scenario: Scenario,
        horizon: f64,
        run: u64,
        generation: Arc<AtomicU64>,
        out: RwSignal<Option<Arc<Band>>>,
    }

    impl Job {
        /// Takes the next slice in a later task, unless a newer run has started.
        fn next(mut self) {
            set_timeout(
                move || {
                    if self.generation.load(Ordering::Relaxed) != self.run {
                        return;
                    }
                    if !self.sampling.advance(SLICE) {
                        return self.next();
                    }
                    let band = self.sampling.finish().map(|summary| {
                        Arc::new(Band {
                            scenario: self.scenario,
                            horizon: self.horizon,
                            summary,
                        })
                    });
                    self.out.set(band);
                },
                Duration::ZERO,
            );
        }
    }
}
