//! The table of contents: a sticky column beside the text on wide screens, a bar that names
//! the current section (and opens the list) on phones. The current section is marked with
//! `aria-current`.

use crate::pieces::SECTION_IDS;
use crate::state::AppState;
use crate::widgets::PageShare;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Index of the section at the top of the reading area: the last whose top has passed the
/// line a link lands on (its scroll margin, below the phone's sticky bar) and a little more.
/// A link to a figure at the end of a section lands with that section marked, though the next
/// section's heading may already be on screen.
fn current_section() -> usize {
    let doc = document();
    let line = doc
        .get_element_by_id(SECTION_IDS[0])
        .map_or(64.0, |s| crate::landing::scroll_margin(&s))
        + 16.0;
    SECTION_IDS
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, id)| {
            let el = doc.get_element_by_id(id)?;
            (el.get_bounding_client_rect().top() <= line).then_some(i)
        })
        .unwrap_or(0)
}

/// The contents, following the reader's position.
#[component]
pub fn Toc(
    /// The modes' buttons (presenter, handout) beside the share button, given the section in
    /// view; the modes sit above the essay, so the page passes them in.
    tools: fn(RwSignal<usize>) -> AnyView,
) -> impl IntoView {
    let state = AppState::get();
    let current = RwSignal::new(0usize);
    let open = RwSignal::new(false);
    if crate::IN_BROWSER {
        // One measurement per frame at most, however fast the page scrolls.
        let scheduled = StoredValue::new(false);
        let measure = Closure::<dyn Fn()>::new(move || {
            scheduled.set_value(false);
            let now = current_section();
            if current.get_untracked() != now {
                current.set(now);
            }
        });
        let on_scroll = Closure::<dyn Fn()>::new(move || {
            if !scheduled.get_value() {
                scheduled.set_value(true);
                let _ = window().request_animation_frame(measure.as_ref().unchecked_ref());
            }
        });
        let _ =
            window().add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
        // Sections also move without a scroll: those above the reader take their real heights
        // as they are laid out (the browser's scroll anchoring moves the page then, with no
        // scroll event). Measure again when the essay's size changes.
        if let Ok(ro) = web_sys::ResizeObserver::new(on_scroll.as_ref().unchecked_ref()) {
            request_animation_frame(move || {
                if let Ok(Some(essay)) = document().query_selector(".essay") {
                    ro.observe(&essay);
                }
            });
        }
        // The listener lives as long as the page.
        on_scroll.forget();
    }
    let t = move || &state.texts().essay;

    view! {
        <nav class="toc" aria-labelledby="toc-title" data-open=move || open.get().to_string()>
            <h2 id="toc-title" class="toc-title">{move || t().toc}</h2>
            <button
                type="button"
                class="toc-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="toc-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="toc-toggle-label">{move || t().toc_open}</span>
                <span class="toc-toggle-current" data-testid="toc-current">
                    {move || t().sections[current.get()].short}
                </span>
            </button>
            <div class="toc-tools">
                {tools(current)}
                <PageShare current=current />
            </div>
            <ol id="toc-list" class="toc-list">
                {SECTION_IDS
                    .into_iter()
                    .enumerate()
                    .filter(|(_, id)| !state.is_hidden(id))
                    .map(|(i, id)| {
                        view! {
                            <li>
                                <a
                                    href=format!("#{id}")
                                    aria-current=move || (current.get() == i).then_some("location")
                                    on:click=move |_| open.set(false)
                                >
                                    <span class="toc-num">{i}</span>
                                    {move || t().sections[i].short}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
