//! Embed mode: `?embed=<id>` shows one calculator or figure alone, for a news site's iframe.
//! `controls=0` hides its inputs, `theme=light|dark` overrides the reader's colour scheme, and
//! the page tells its host how tall it is (`{type: "lejto:height", id, height}` by
//! `postMessage`), so the iframe can size itself.

use crate::state::AppState;
use crate::url_state::{keys, Embed};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The full essay's address for the reader's current state, without the embed parameters,
/// opened at the piece's section (tracked).
fn essay_link(state: &AppState, embed: &Embed) -> String {
    match state.address(&[keys::EMBED, keys::CONTROLS, keys::THEME]) {
        Some(url) => format!("{url}#{}", embed.section()),
        None => String::new(),
    }
}

/// Posts the document's height to the host whenever it changes (never the same height twice,
/// so a host that resizes the iframe in answer cannot start a loop).
fn report_height(id: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    // The piece's own box, not the document: the document is never shorter than the iframe,
    // so it could grow the frame but never shrink it.
    let Some(root) = window
        .document()
        .and_then(|d| d.query_selector("main.embed").ok().flatten())
    else {
        return;
    };
    let last = Rc::new(Cell::new(-1i32));
    let target = root.clone();
    let win = window.clone();
    let send = move || {
        let bottom = target.get_bounding_client_rect().bottom() + win.scroll_y().unwrap_or(0.0);
        let height = bottom.ceil() as i32;
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
        };
        set("type", "lejto:height".into());
        set("id", id.into());
        set("height", height.into());
        let _ = parent.post_message(&message, "*");
    };
    send();
    let observe = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(observe.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Lives as long as the page.
    observe.forget();
}

/// The piece alone, with a link to the whole essay in the same state.
#[component]
pub fn EmbedView(embed: Embed) -> impl IntoView {
    let state = AppState::get();
    // The share panel inside reads it: its link opens the essay, and it offers no snippet.
    provide_context(embed);
    Effect::new(move |_| report_height(embed.id()));
    let link = move || essay_link(&state, &embed);
    let section = embed.piece.section;
    let section_title = move || state.texts().essay.sections[section].title;
    view! {
        <main class="embed" data-embed=embed.id() data-controls=if embed.controls { "1" } else { "0" }>
            // Headings in order, as in the essay: its title, the piece's section, the piece.
            <h1 class="embed-title">{move || state.texts().title}</h1>
            <h2 class="embed-section">{section_title}</h2>
            {crate::essay::piece_view(embed.piece.piece)}
            <p class="embed-back">
                <a href=link target="_blank" rel="noopener">
                    {move || state.texts().embed_back}
                </a>
            </p>
        </main>
    }
}
