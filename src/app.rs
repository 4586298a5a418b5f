//! The page shell: language, shared state, the address bar, and the sections in order.

use crate::embed::EmbedView;
use crate::essay::{Essay, Toc};
use crate::essay_text::loader::ProseCache;
use crate::handout::HandoutButton;
use crate::i18n::Lang;
use crate::present::{Deck, PresentStart, Presenter};
use crate::shown::Printing;
use crate::state::AppState;
use crate::theme::follow_color_scheme;
use crate::url_state;
use crate::widgets::{LangSwitch, UrlNotice};
use leptos::prelude::*;
use std::time::Duration;

/// How long the address bar waits after the last change before it is rewritten.
const URL_WRITE_DELAY: Duration = Duration::from_millis(150);

/// The browser's preferred language (Hungarian for any `hu*` tag, otherwise English).
fn browser_lang() -> Lang {
    let tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Lang::from_browser_tags(tags.iter().map(String::as_str))
}

/// Lays every essay section out while the page prints (sections off screen are skipped by
/// `content-visibility: auto`, and their charts could not be drawn or measured); the charts'
/// own `beforeprint` listeners, added later, then find them laid out.
fn prepare_print(printing: Printing) {
    let set = move |on: bool| {
        move || {
            if let Some(html) = document().document_element() {
                let _ = html.toggle_attribute_with_force("data-printing", on);
            }
            // Parts off screen catch up their numbers for paper (crate::shown).
            printing.0.set(on);
        }
    };
    for (event, on) in [("beforeprint", true), ("afterprint", false)] {
        let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(set(on));
        let _ = window().add_event_listener_with_callback(
            event,
            wasm_bindgen::JsCast::unchecked_ref(f.as_ref()),
        );
        f.forget();
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let initial = url_state::read();
    // The link's `lang`, else the prerendered page's, else the browser's.
    let lang = RwSignal::new(
        initial
            .lang
            .or_else(crate::pages::page_lang)
            .unwrap_or_else(browser_lang),
    );
    let state = AppState::from_link(
        &initial,
        lang,
        ProseCache::new(lang, initial.embed.is_none()),
    );
    provide_context(state);
    crate::state::Derived::provide(state);
    // An embed may fix the scheme to match its host page; otherwise the reader's holds.
    match initial.embed.and_then(|e| e.dark) {
        Some(dark) => {
            state.dark.set(dark);
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("data-theme", if dark { "dark" } else { "light" });
            }
        }
        None => follow_color_scheme(state.dark),
    }

    // The address bar mirrors the state, so a copied link reopens exactly this view. Writes
    // wait for a pause: a dragged slider fires dozens of inputs a second, and Chromium ignores
    // (and warns about) more than a few hundred history updates in ten seconds.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first_run: Option<()>| {
        let link = state.link_state();
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        if first_run.is_none() {
            url_state::write(&link);
        } else {
            let write = move || url_state::write(&link);
            pending.set_value(set_timeout_with_handle(write, URL_WRITE_DELAY).ok());
        }
    });
    // <html lang> and the title follow the language (screen readers and hyphenation use it).
    Effect::new(move || {
        let lang = state.lang.get();
        let doc = document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(lang.texts().title);
    });

    if let Some(embed) = initial.embed {
        return view! { <EmbedView embed=embed /> }.into_any();
    }
    Deck::provide();
    let printing = Printing(RwSignal::new(false));
    provide_context(printing);
    prepare_print(printing);
    view! { <Page notices=initial.notices /> }.into_any()
}

/// The essay page itself, the same in the browser and in the prerendered HTML
/// (`src/bin/prerender.rs`): it reads the provided [`AppState`], [`Deck`] and [`Printing`].
#[component]
pub fn Page(
    /// What the opening link got wrong (none in the prerendered page).
    notices: Vec<url_state::Notice>,
) -> impl IntoView {
    let state = AppState::get();
    let t = move || state.texts();
    view! {
        <a class="skip-link" href="#opening">{move || t().skip_link}</a>
        <header class="masthead">
            <span class="brand">"Lejtő"</span>
            <LangSwitch />
        </header>
        <main class="page">
            <Toc tools=mode_buttons />
            <article class="essay">
                <header class="essay-head">
                    <p class="kicker">{move || t().kicker}</p>
                    <h1>{move || t().title}</h1>
                    <p class="lead">{move || t().lead}</p>
                </header>
                <UrlNotice notices=notices />
                <Essay />
            </article>
        </main>
        // Presenter mode needs the browser's keys and history; the static page has none.
        {crate::IN_BROWSER.then(|| view! { <Presenter /> })}
        <footer class="site-footer">
            <p>{move || t().footer_source}</p>
            <p>{move || t().footer_about}</p>
        </footer>
    }
}

/// The modes' buttons in the contents: presenter mode starts at the section in view, the
/// handout prints.
fn mode_buttons(current: RwSignal<usize>) -> AnyView {
    view! {
        <PresentStart current=current />
        <HandoutButton />
    }
    .into_any()
}
