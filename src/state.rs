//! The state every component shares, provided once by [`crate::app::App`].

use crate::essay_text::loader::{ProseCache, ProseLoad};
use crate::essay_text::prose_text::EssayProse;
use crate::i18n::{Lang, Texts};
use crate::url_state::{Initial, LinkState};
use lejto_model::chinchilla::Fit;
use lejto_model::chinchilla::{COMPUTE, FLOP_PER_DOLLAR};
use lejto_model::convergence::HORIZON;
use lejto_model::metric::Metric;
use lejto_model::next_step::CUT;
use lejto_model::query::{calc_index, Decoded, CALC_COUNT};
use lejto_model::yardstick::Yardstick;
use lejto_model::ParamSpec;
use lejto_model::Scenario;
use leptos::prelude::*;

pub mod derived;
pub mod sampler;
pub use derived::Derived;

/// Reactive state shared by the whole page.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The reader's language.
    pub lang: RwSignal<Lang>,
    /// The shared assumptions: one value for every section.
    pub scenario: RwSignal<Scenario>,
    /// The convergence calculator's horizon, years.
    pub horizon: RwSignal<f64>,
    /// The scaling-law calculator's training compute, FLOP.
    pub compute: RwSignal<f64>,
    /// FLOP bought per dollar.
    pub flop_per_dollar: RwSignal<f64>,
    /// The scaling-law fit.
    pub fit: RwSignal<Fit>,
    /// Steps of the multi-step task (benchmark gap).
    pub steps: RwSignal<u32>,
    /// The further loss cut of the price-of-the-next-step calculator, percent.
    pub cut: RwSignal<f64>,
    /// The sum the price of the next step is measured against.
    pub yard: RwSignal<Yardstick>,
    /// The money sections' inputs, in the order of `query::CALC_PARAMS`.
    pub calc: [RwSignal<f64>; CALC_COUNT],
    /// The measure of the counterweights' chart (section 7).
    pub metric: RwSignal<Metric>,
    /// The essay's prose, per language, as it loads.
    pub prose: ProseCache,
    /// Whether the page is in a dark colour scheme (charts read their colours from CSS).
    pub dark: RwSignal<bool>,
    /// The reader's revealed guess of the half-way time, years (`guess=`).
    pub guess: RwSignal<Option<f64>>,
    /// Whether the convergence chart shows its uncertainty band (`band=`).
    pub band: RwSignal<bool>,
    /// Whether the guess box is asking (the convergence chart covered until the reveal).
    pub asking: RwSignal<bool>,
    /// Inputs a teacher fixed for the lesson (`lock=` keys): shown, not changeable.
    pub locked: &'static [&'static str],
    /// Sections and figures a teacher hid (`hide=` section or embed ids).
    pub hidden: &'static [&'static str],
}

/// How much larger charts draw their text and lines than on the page (presenter mode
/// provides it; without it, 1).
#[derive(Clone, Copy)]
pub struct ChartZoom(pub Signal<f64>);

impl AppState {
    /// What a link carries of this state (tracked).
    pub fn link_state(&self) -> LinkState {
        LinkState {
            values: self.values(),
            fit: self.fit.get(),
            yard: self.yard.get(),
            metric: self.metric.get(),
            lang: self.lang.get(),
            guess: self.guess.get(),
            band: self.band.get(),
        }
    }

    /// The address of the page's current state, without the `drop` keys (tracked; see
    /// [`crate::url_state::address`]).
    pub fn address(&self, drop: &[&str]) -> Option<String> {
        crate::url_state::address(&self.link_state(), drop)
    }

    /// The state an opening link describes, in `lang`, with its prose from `prose`.
    pub fn from_link(initial: &Initial, lang: RwSignal<Lang>, prose: ProseCache) -> AppState {
        AppState {
            lang,
            scenario: RwSignal::new(initial.values.scenario),
            horizon: RwSignal::new(initial.values.horizon),
            compute: RwSignal::new(initial.values.compute),
            flop_per_dollar: RwSignal::new(initial.values.flop_per_dollar),
            fit: RwSignal::new(initial.fit),
            steps: RwSignal::new(initial.values.steps),
            cut: RwSignal::new(initial.values.cut),
            yard: RwSignal::new(initial.yard),
            calc: initial.values.calc.map(RwSignal::new),
            metric: RwSignal::new(initial.metric),
            prose,
            dark: RwSignal::new(false),
            guess: RwSignal::new(initial.guess),
            band: RwSignal::new(initial.band),
            asking: RwSignal::new(initial.ask),
            locked: initial.locked,
            hidden: initial.hidden,
        }
    }

    /// The state provided by `App`.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Every numeric input, as the link stores them (tracked).
    pub fn values(&self) -> Decoded {
        Decoded {
            scenario: self.scenario.get(),
            horizon: self.horizon.get(),
            compute: self.compute.get(),
            flop_per_dollar: self.flop_per_dollar.get(),
            steps: self.steps.get(),
            cut: self.cut.get(),
            calc: self.calc.map(|s| s.get()),
            rejected: Vec::new(),
        }
    }

    /// The signal of a numeric input outside the scenario: the horizon, compute, FLOP per
    /// dollar, the further cut, or one of the money sections' inputs (`query::CALC_PARAMS`).
    ///
    /// # Panics
    /// If `spec` is none of them: a programming error every test run would show.
    pub fn param(&self, spec: &ParamSpec) -> RwSignal<f64> {
        match spec.key {
            k if k == HORIZON.key => self.horizon,
            k if k == COMPUTE.key => self.compute,
            k if k == FLOP_PER_DOLLAR.key => self.flop_per_dollar,
            k if k == CUT.key => self.cut,
            _ => self.calc[calc_index(spec).expect("a numeric input")],
        }
    }

    /// Whether the input with URL key `key` is locked for the lesson.
    pub fn is_locked(&self, key: &str) -> bool {
        self.locked.contains(&key)
    }

    /// Whether the section or figure `id` (a section id or an embed id) is hidden.
    pub fn is_hidden(&self, id: &str) -> bool {
        self.hidden.contains(&id)
    }

    /// Sets `spec`'s input unless it is locked (presets and resets go through here, so a
    /// locked value survives them).
    pub fn set_param(&self, spec: &ParamSpec, v: f64) {
        if !self.is_locked(spec.key) {
            self.param(spec).set(v);
        }
    }

    /// `new` with every locked scenario field kept at its current value.
    pub fn keep_locked(&self, new: Scenario) -> Scenario {
        let now = self.scenario.get_untracked();
        lejto_model::ScenarioField::ALL
            .iter()
            .filter(|f| self.is_locked(f.spec().key))
            .fold(new, |s, f| f.set(s, f.get(&now)))
    }

    /// Texts of the active language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// The prose shown in the active language, once loaded (tracked).
    pub fn prose(&self) -> Option<&'static EssayProse> {
        match self.prose.shown(self.lang.get()) {
            ProseLoad::Ready(p) => Some(p),
            _ => None,
        }
    }
}
