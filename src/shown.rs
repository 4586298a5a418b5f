//! Whether a part of the page is where the reader can see it, so that work nobody sees can wait.
//!
//! A slider tick changes numbers in every section: prose facts, outputs, result sentences,
//! charts' text alternatives, the handout. Recomputing and formatting all of them on every
//! tick cost more than the part on screen. Each essay section therefore provides a [`Shown`]
//! signal (near the viewport, or the page is printing); the widgets that show numbers go
//! through [`while_shown`], which keeps the last value while its part is away and catches up
//! the moment it comes back. Charts already skip drawing off screen (`ChartCanvas`).

use leptos::context::Provider;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// How far beyond the viewport a section still counts as shown: a screen above and below, so
/// a reader scrolling never meets a number still catching up.
const MARGIN: &str = "100% 0px 100% 0px";

/// Whether the part of the page this context was provided to is shown. No context (an embed,
/// the page's chrome) means always shown.
#[derive(Clone, Copy)]
pub struct Shown(pub Signal<bool>);

/// The page is printing (between `beforeprint` and `afterprint`): every part is shown.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

impl Printing {
    /// The page's printing flag (false where none was provided, as in an embed).
    pub fn get() -> Signal<bool> {
        use_context::<Printing>().map_or(Signal::stored(false), |p| p.0.into())
    }
}

/// The [`Shown`] signal of the current part of the page.
pub fn shown() -> Signal<bool> {
    use_context::<Shown>().map_or(Signal::stored(true), |s| s.0)
}

/// `f`'s value, recomputed while the current part of the page is shown; while it is not, the
/// last value stays (and `f`'s inputs are not even tracked), and it catches up when shown.
pub fn while_shown<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = shown();
    // Boxed: one memo body per value type, not one per call site (≈ 1 KiB of wasm each).
    let f: Box<dyn Fn() -> T + Send + Sync> = Box::new(f);
    Memo::new(move |prev: Option<&T>| match prev {
        Some(last) if !shown.get() => last.clone(),
        _ => f(),
    })
}

/// Shows `children` with a [`Shown`] signal that is true while the element with id
/// `watched` is within a screen of the viewport, or while the page prints.
#[component]
pub fn ShownWhileNear(
    /// Id of the element whose distance from the viewport counts.
    watched: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let near = RwSignal::new(false);
    let printing = Printing::get();
    // Once the element is in the page, after this render.
    if crate::IN_BROWSER {
        request_animation_frame(move || observe(watched, near));
    }
    view! {
        <Provider value=Shown(Signal::derive(move || near.get() || printing.get()))>
            {children()}
        </Provider>
    }
}

/// Only on paper (the handout's box and questions): shown while the page prints.
#[component]
pub fn ShownWhilePrinting(children: ChildrenFn) -> impl IntoView {
    let printing = Printing::get();
    view! { <Provider value=Shown(printing)>{children()}</Provider> }
}

fn observe(id: &'static str, near: RwSignal<bool>) {
    let Some(el) = document().get_element_by_id(id) else {
        // Not rendered (hidden by the teacher's `hide=`): nothing to follow.
        return;
    };
    let on_change = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            // The section may be gone (the essay re-rendered): then nobody listens.
            near.try_set(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    if let Ok(io) = web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    ) {
        io.observe(&el);
        // As long as the page: sections are never removed.
        on_change.forget();
    }
}
