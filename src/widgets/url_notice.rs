//! Tells the reader which values of the opening link were ignored, in their language.

use crate::format;
use crate::state::AppState;
use crate::url_state::{keys, Fallback, Notice};
use leptos::prelude::*;

fn describe(notice: &Notice, state: &AppState) -> String {
    let lang = state.lang.get();
    let t = lang.texts();
    let Notice { key, raw, fallback } = notice;
    match fallback {
        Fallback::Default(default) => (t.url_rejected)(
            key,
            raw,
            &format::number(lang, *default, format::Style::Significant(4)),
        ),
        Fallback::Options(options) => (t.url_bad_choice)((t.url_choice_what)(key), raw, options),
        Fallback::Skipped if *key == keys::LOCK => (t.url_bad_lock)(raw),
        Fallback::Skipped => (t.url_bad_hide)(raw),
        Fallback::WholeEssay => (t.url_bad_embed)(raw),
        Fallback::CurrentVersion { newer: true } => (t.url_newer_version)(raw),
        Fallback::CurrentVersion { newer: false } => (t.url_bad_version)(raw),
    }
}

/// A dismissible notice listing the ignored link values; absent when there are none.
#[component]
pub fn UrlNotice(notices: Vec<Notice>) -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(!notices.is_empty());
    let notices = StoredValue::new(notices);
    view! {
        <Show when=move || open.get()>
            <section class="url-notice" role="status" data-testid="url-notice">
                <h2>{move || state.texts().url_notice_title}</h2>
                <ul>
                    {move || {
                        notices
                            .get_value()
                            .iter()
                            .map(|n| view! { <li>{describe(n, &state)}</li> })
                            .collect_view()
                    }}
                </ul>
                <button type="button" on:click=move |_| open.set(false)>
                    {move || state.texts().dismiss}
                </button>
            </section>
        </Show>
    }
}
