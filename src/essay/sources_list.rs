//! Endnotes (the footnotes, numbered, all in one list: what print shows) and the sources.

use super::prose::inline;
use crate::state::AppState;
use leptos::prelude::*;

/// The footnotes as a numbered list, each with an anchor the in-place notes link to.
#[component]
pub fn Endnotes() -> impl IntoView {
    let state = AppState::get();
    view! {
        <h3 id="notes-title">{move || state.texts().essay.notes_title}</h3>
        <ol class="endnotes" aria-labelledby="notes-title">
            {move || {
                state.prose().map(|p| {
                    p.notes
                        .iter()
                        .map(|(id, text)| {
                            view! {
                                <li id=format!("note-{id}")>
                                    {inline(text)}
                                </li>
                            }
                        })
                        .collect_view()
                })
            }}
        </ol>
    }
}

/// Every source, with a link where one is stable.
#[component]
pub fn SourcesList() -> impl IntoView {
    let state = AppState::get();
    view! {
        <h3 id="sources-title">{move || state.texts().essay.sources_title}</h3>
        <ul class="sources-list" id="sources-list" aria-labelledby="sources-title">
            {move || {
                state.prose().map(|p| {
                    p.sources
                        .iter()
                        .map(|&(citation, url)| {
                            view! {
                                <li>
                                    {citation}
                                    {url.map(|u| view! { " " <a href=u rel="noreferrer">{u}</a> })}
                                </li>
                            }
                        })
                        .collect_view()
                })
            }}
        </ul>
    }
}
