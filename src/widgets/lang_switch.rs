//! The HU/EN switch. Changing it re-renders every text and number format in place.

use crate::i18n::Lang;
use crate::state::AppState;
use leptos::prelude::*;

/// Two toggle buttons, one per language; the active one is `aria-pressed`.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="lang-switch" role="group" aria-label=move || state.texts().lang_switch>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            data-testid=format!("lang-{}", lang.code())
                            aria-pressed=move || (state.lang.get() == lang).to_string()
                            on:click=move |_| {
                                if state.lang.get_untracked() == lang {
                                    return;
                                }
                                // The texts change length: keep the paragraph being read
                                // where it is.
                                let place = crate::landing::reading_place();
                                state.lang.set(lang);
                                if let Some(place) = place {
                                    crate::landing::hold_place(place);
                                }
                            }
                        >
                            <abbr title=lang.texts().lang_name>{lang.code().to_uppercase()}</abbr>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
