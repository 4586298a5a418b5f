//! Preset buttons: each sets the whole shared scenario to a named, sourced starting point.

use crate::i18n::Texts;
use crate::state::AppState;
use lejto_model::Preset;
use leptos::prelude::*;

fn names(p: Preset, t: &Texts) -> (&'static str, &'static str) {
    match p {
        Preset::Paper => (t.preset_paper, t.preset_paper_source),
        Preset::NoAlgorithmicProgress => (t.preset_no_algo, t.preset_no_algo_source),
        Preset::FastFrontier => (t.preset_fast, t.preset_fast_source),
        Preset::TodayLike => (t.preset_today, t.preset_today_source),
    }
}

fn id(p: Preset) -> &'static str {
    match p {
        Preset::Paper => "paper",
        Preset::NoAlgorithmicProgress => "no-algo",
        Preset::FastFrontier => "fast-frontier",
        Preset::TodayLike => "today",
    }
}

/// The preset group. The button whose scenario is the current one shows as pressed; the first
/// ("the paper's defaults") doubles as the reset.
#[component]
pub fn Presets() -> impl IntoView {
    let state = AppState::get();
    view! {
        <fieldset class="presets">
            <legend>{move || state.texts().presets}</legend>
            {Preset::ALL
                .into_iter()
                .map(|p| {
                    // A memo, so a slider tick only touches the buttons whose state flips.
                    let pressed = Memo::new(move |_| state.scenario.get() == p.scenario());
                    view! {
                        <button
                            type="button"
                            class="preset"
                            data-testid=format!("preset-{}", id(p))
                            aria-pressed=move || pressed.get().to_string()
                            on:click=move |_| state.scenario.set(state.keep_locked(p.scenario()))
                        >
                            <span class="preset-name">{move || names(p, state.texts()).0}</span>
                            <span class="preset-source">{move || names(p, state.texts()).1}</span>
                        </button>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
