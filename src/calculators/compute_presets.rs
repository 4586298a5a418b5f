//! Presets for a compute budget: the reported training compute of well-known models, each
//! with its source, and a reset to the default.

use crate::state::AppState;
use lejto_model::chinchilla::{COMPUTE, FLOP_PER_DOLLAR};
use lejto_model::reported::MODELS;
use leptos::prelude::*;

/// One button per reported model, then a reset (which also runs `also_reset`).
#[component]
pub fn ComputePresets(
    /// Prefix of the buttons' test ids (`scaling-`, `next-`).
    prefix: &'static str,
    /// Resets the calculator's own inputs too.
    also_reset: Callback<()>,
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <fieldset class="presets">
            <legend>{move || state.texts().scaling_presets}</legend>
            {MODELS
                .into_iter()
                .map(|m| {
                    let pressed = Memo::new(move |_| state.compute.get() == m.compute);
                    view! {
                        <button
                            type="button"
                            class="preset"
                            data-testid=format!("{prefix}preset-{}", m.name.to_ascii_lowercase().replace([' ', '.'], "-"))
                            aria-pressed=move || pressed.get().to_string()
                            on:click=move |_| state.set_param(&COMPUTE, m.compute)
                        >
                            <span class="preset-name">{m.name}</span>
                            <span class="preset-source">{m.source}</span>
                        </button>
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="preset reset"
                data-testid=format!("{prefix}reset")
                on:click=move |_| {
                    state.set_param(&COMPUTE, COMPUTE.default);
                    state.set_param(&FLOP_PER_DOLLAR, FLOP_PER_DOLLAR.default);
                    also_reset.run(());
                }
            >
                <span class="preset-name">{move || state.texts().reset}</span>
            </button>
        </fieldset>
    }
}
