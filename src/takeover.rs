//! The app takes over the prerendered page (`#lejto-static`, see `static_page`): it removes the
//! static copy and mounts itself in the same task, before the browser paints again, then keeps
//! the paragraph the reader was at where it was on screen.
//!
//! A clean remount, not hydration: hydrating would add its own code to the wasm, and the static
//! copy may show other values than the link's (it was rendered with the defaults).

use crate::app::App;
use leptos::prelude::*;

/// Mounts the app, taking over the static copy if the page has one.
pub fn mount() {
    let copy = document().get_element_by_id("lejto-static");
    // Where the reader is in the static copy, if they have scrolled: the same paragraph
    // exists in the app, in the same place in its section. A link's `#anchor` the reader has
    // not moved away from is left to the essay's own landing (`landing::hold_id`), which
    // places it exactly once the app's sections have their real heights.
    let on_anchor = crate::landing::hash_id().is_some() && !reader_moved();
    let place = copy
        .as_ref()
        .filter(|_| window().scroll_y().unwrap_or(0.0) > 0.0 && !on_anchor)
        .and_then(|_| crate::landing::reading_place());
    if let Some(copy) = copy {
        copy.remove();
    }
    leptos::mount::mount_to_body(App);
    if let Some(place) = place {
        // After the essay's first effects (its own landing on the `#anchor`), which this
        // hold replaces: the reader may have read on since the link opened. Animation frames
        // run before the browser paints, so no frame shows the page elsewhere.
        request_animation_frame(move || crate::landing::hold_place(place));
    }
}

/// Whether the reader scrolled, typed or pressed before the app arrived (`public/early.js`).
fn reader_moved() -> bool {
    js_sys::Reflect::get(&window(), &"lejtoReaderMoved".into()).is_ok_and(|v| v.is_truthy())
}
