//! Presenter mode (`present=1`, `step=N`): one section's text or one figure per screen, in large
//! type on a high-contrast projector theme, stepped with arrows, PageUp/PageDown (what a
//! presentation clicker sends) or space. Every step is a history entry, so Back and Forward
//! and a shared link reopen it; Escape returns to the essay at the same place.
//!
//! The steps are read from the rendered essay (each section's text, then each of its figures),
//! so a teacher's `hide=` leaves hidden pieces out of the deck too. Which one shows is marked
//! with `data-shown` attributes that `style/present.css` reads.

use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::url_state::keys::{PRESENT as PRESENT_KEY, STEP as STEP_KEY};

/// One screen: a section (its text alone) or one figure of it.
struct Step {
    section: Element,
    figure: Option<Element>,
}

/// The deck, in reading order, from the page as rendered: each section's text, its figures,
/// and its discussion questions (printed on the handout, projected here).
fn steps() -> Vec<Step> {
    let mut out = Vec::new();
    let Ok(sections) = document().query_selector_all(".essay-section") else {
        return out;
    };
    for i in 0..sections.length() {
        let Some(section) = sections.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let children = section.children();
        let figures: Vec<Element> = (0..children.length())
            .filter_map(|k| children.item(k))
            .filter(|c| {
                !c.id().is_empty()
                    && (c.class_list().contains("calculator")
                        || c.class_list().contains("calc-figure")
                        || c.class_list().contains("questions"))
            })
            .collect();
        out.push(Step {
            section: section.clone(),
            figure: None,
        });
        out.extend(figures.into_iter().map(|f| Step {
            section: section.clone(),
            figure: Some(f),
        }));
    }
    out
}

/// The `step` and `present` of the current address.
fn from_address() -> (bool, usize) {
    // The prerendered page (native) opens on the essay.
    if !cfg!(target_arch = "wasm32") {
        return (false, 1);
    }
    let search = window().location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let get = |k: &str| params.as_ref().and_then(|p| p.get(k));
    let present = get(PRESENT_KEY).is_some_and(|v| v.trim() == "1");
    let step = get(STEP_KEY)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&s| s >= 1)
        .unwrap_or(1);
    (present, step)
}

/// The address with `present` and `step` set (or removed when not presenting).
fn address_with(present: bool, step: usize) -> Option<String> {
    let location = window().location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    if present {
        params.set(PRESENT_KEY, "1");
        params.set(STEP_KEY, &step.to_string());
    } else {
        params.delete(PRESENT_KEY);
        params.delete(STEP_KEY);
    }
    Some(format!(
        "{}?{}{}",
        location.pathname().ok()?,
        String::from(params.to_string()),
        location.hash().unwrap_or_default()
    ))
}

fn go(url: Option<String>, push: bool) {
    let (Some(url), Ok(history)) = (url, window().history()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Clears the marks of the last step and marks `step` (1-based, clamped); returns the step
/// shown and how many there are.
fn show(step: usize) -> (usize, usize) {
    if let Ok(marked) = document().query_selector_all("[data-shown]") {
        for i in 0..marked.length() {
            if let Some(e) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.remove_attribute("data-shown");
            }
        }
    }
    let deck = steps();
    if deck.is_empty() {
        return (0, 0);
    }
    let step = step.clamp(1, deck.len());
    let s = &deck[step - 1];
    let _ = s.section.set_attribute(
        "data-shown",
        if s.figure.is_some() { "figure" } else { "text" },
    );
    if let Some(f) = &s.figure {
        let _ = f.set_attribute("data-shown", "1");
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
    (step, deck.len())
}

/// The step whose section is the one in view (entering from the essay).
fn step_of_section(section_id: &str) -> usize {
    steps()
        .iter()
        .position(|s| s.figure.is_none() && s.section.id() == section_id)
        .map_or(1, |i| i + 1)
}

/// Whether a key press belongs to a form control (a slider's arrows move the slider).
fn in_control(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "SUMMARY"
            )
        })
}

/// The presentation's state, shared by its start button (in the contents) and its bar.
#[derive(Clone, Copy)]
pub struct Deck {
    present: RwSignal<bool>,
    step: RwSignal<usize>,
    count: RwSignal<usize>,
    /// The page's dark flag: the projector theme is light, and charts read their colours
    /// again when it flips.
    dark: RwSignal<bool>,
}

/// How much larger text is in presenter mode (`style/present.css` sets the page's font size to
/// the same 140 %); charts draw their text and lines this much larger too.
pub const PRESENT_ZOOM: f64 = 1.4;

impl Deck {
    /// The factor for chart text and lines: [`PRESENT_ZOOM`] while presenting (tracked).
    pub fn zoom(&self) -> f64 {
        if self.present.get() {
            PRESENT_ZOOM
        } else {
            1.0
        }
    }

    /// Reads `present` and `step` from the address and provides the deck to the page.
    pub fn provide() -> Deck {
        let (on, first) = from_address();
        let deck = Deck {
            present: RwSignal::new(false),
            step: RwSignal::new(first),
            count: RwSignal::new(0),
            dark: AppState::get().dark,
        };
        if on {
            deck.set_present(true);
        }
        provide_context(deck);
        provide_context(crate::state::ChartZoom(Signal::derive(move || deck.zoom())));
        deck
    }

    fn set_present(self, on: bool) {
        self.present.set(on);
        self.dark.set(!on && crate::theme::prefers_dark());
    }

    fn move_by(self, delta: isize) {
        let n = self.count.get_untracked().max(1);
        let now = self.step.get_untracked();
        let next = (now as isize + delta).clamp(1, n as isize) as usize;
        if next != now {
            self.step.set(next);
            go(address_with(true, next), true);
        }
    }

    fn exit(self) {
        let here = steps()
            .into_iter()
            .nth(self.step.get_untracked().saturating_sub(1))
            .map(|s| s.figure.unwrap_or(s.section));
        self.set_present(false);
        go(address_with(false, 0), false);
        // Once the essay is laid out again (the effect that unmarks it runs first), and held
        // there: sections far off screen are laid out at an estimated height until the
        // browser renders them, so a single scroll lands off.
        if let Some(el) = here {
            request_animation_frame(move || {
                crate::landing::hold(move || Some(el.clone()), crate::landing::scroll_margin)
            });
        }
    }
}

/// The button that starts presenting at the section in view.
#[component]
pub fn PresentStart(
    /// Index of the section in view (the table of contents follows it).
    current: RwSignal<usize>,
) -> impl IntoView {
    let state = AppState::get();
    let deck = expect_context::<Deck>();
    let start = move |_| {
        let ids = crate::pieces::SECTION_IDS;
        let first = step_of_section(ids[current.get_untracked().min(ids.len() - 1)]);
        deck.step.set(first);
        deck.set_present(true);
        go(address_with(true, first), true);
    };
    view! {
        <button type="button" class="present-start" data-testid="present-start" on:click=start>
            {move || state.texts().present.start}
        </button>
    }
}

/// While presenting: marks the step, listens to the keys and Back/Forward, and shows the bar.
#[component]
pub fn Presenter() -> impl IntoView {
    let state = AppState::get();
    let deck = expect_context::<Deck>();
    let Deck {
        present,
        step,
        count,
        ..
    } = deck;
    let ready = Memo::new(move |_| {
        !matches!(
            state.prose.shown(state.lang.get()),
            crate::essay_text::loader::ProseLoad::Idle
                | crate::essay_text::loader::ProseLoad::Loading
        )
    });
    // Frames waited for the sections to be in the page (they render in the same turn as the
    // prose arrives, possibly after this effect).
    let waited = RwSignal::new(0u32);
    // Mark the step once the essay is there, and whenever it changes.
    Effect::new(move || {
        let tries = waited.get();
        let html = document().document_element();
        if !present.get() {
            if let Some(h) = html {
                let _ = h.remove_attribute("data-present");
            }
            return;
        }
        if !ready.get() {
            return;
        }
        if let Some(h) = html {
            let _ = h.set_attribute("data-present", "");
        }
        let wanted = step.get();
        let (shown, n) = show(wanted);
        count.set(n);
        if n == 0 && tries < 120 {
            request_animation_frame(move || waited.set(tries + 1));
            return;
        }
        if shown != wanted && shown > 0 {
            step.set(shown);
            go(address_with(true, shown), false);
        }
    });
    // Keys and Back/Forward, for the page's life.
    let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
        if !present.get_untracked() || e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let delta = match e.key().as_str() {
            "PageDown" => 1,
            "PageUp" => -1,
            "ArrowRight" | "ArrowDown" | " " if !in_control(&e) => 1,
            "ArrowLeft" | "ArrowUp" if !in_control(&e) => -1,
            "Escape" => {
                e.prevent_default();
                deck.exit();
                return;
            }
            _ => return,
        };
        e.prevent_default();
        deck.move_by(delta);
    });
    let _ = window().add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (on, s) = from_address();
        step.set(s);
        if on != present.get_untracked() {
            deck.set_present(on);
        }
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();

    let t = move || &state.texts().present;
    move || {
        present.get().then(|| {
            view! {
                <nav class="present-bar" aria-label=move || t().bar>
                    <button type="button" data-testid="present-prev" on:click=move |_| deck.move_by(-1)
                        disabled=move || { step.get() <= 1 }>
                        {move || t().prev}
                    </button>
                    <span class="present-step" data-testid="present-step"
                        data-value=move || step.get().to_string() aria-live="polite">
                        {move || (t().step)(step.get(), count.get())}
                    </span>
                    <button type="button" data-testid="present-next" on:click=move |_| deck.move_by(1)
                        disabled=move || { step.get() >= count.get() }>
                        {move || t().next}
                    </button>
                    <button type="button" data-testid="present-exit" on:click=move |_| deck.exit()>
                        {move || t().exit}
                    </button>
                </nav>
            }
        })
    }
}
