//! Tells the reader which values of the opening link were ignored, in their language.

use crate::format;
use crate::state::AppState;
use crate::url_state::Notice;
use lejto_model::link_version::VersionNotice;
use leptos::prelude::*;

fn describe(notice: &Notice, state: &AppState) -> String {
    let lang = state.lang.get();
    let t = lang.texts();
    match notice {
        Notice::Value { key, raw, default } => (t.url_rejected)(
            key,
            raw,
            &format::number(lang, *default, format::Style::Significant(4)),
        ),
        Notice::Lang { raw } => (t.url_bad_lang)(raw),
        Notice::Fit { raw } => (t.url_bad_fit)(raw),
        Notice::Yard { raw } => (t.url_bad_yard)(raw),
        Notice::Metric { raw } => (t.url_bad_metric)(raw),
        Notice::Embed { raw } => (t.url_bad_embed)(raw),
        Notice::Version(VersionNotice::Newer(v)) => (t.url_newer_version)(&v.to_string()),
        Notice::Version(VersionNotice::Unreadable(raw)) => (t.url_bad_version)(raw),
        Notice::Lock { raw } => (t.url_bad_lock)(raw),
        Notice::Hide { raw } => (t.url_bad_hide)(raw),
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
