//! Landing on a place in the page, and staying there while the page finishes laying out.
//!
//! Sections far off screen are laid out at an estimated height (`content-visibility: auto`),
//! the prose arrives after the app, and charts and notes settle their sizes as they come into
//! view. A single `scrollIntoView` therefore lands a link to section 7 in section 6 once the
//! sections above grow to their real heights. Instead, a landing *holds* its target: every
//! frame it puts the target back at its line, until nothing has moved for a while, or at once
//! when the reader scrolls, types, taps or clicks (their own move always wins).

use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// A hold ends once its target has stayed put this long (ms).
const QUIET_MS: f64 = 1500.0;
/// A hold never lasts longer than this (ms): a page that never settles is left alone.
const MAX_MS: f64 = 10_000.0;
/// Closer than this (px) counts as in place: no scroll for sub-pixel layout noise.
const SLACK_PX: f64 = 1.0;

thread_local! {
    /// Bumped by every new hold and by the reader's own input; a hold runs while it is current.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    /// Whether the reader-input listeners are installed.
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Where a landing puts its target: `locate` finds it anew each frame (a language switch
/// replaces the paragraphs), `line` is how far below the viewport's top its top should be.
struct Hold {
    locate: Box<dyn Fn() -> Option<Element>>,
    line: Box<dyn Fn(&Element) -> f64>,
    generation: u32,
    started: f64,
    last_move: f64,
    /// The page's scroll offset and the target's top as the last step left them.
    left: Option<(f64, f64)>,
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The reader's own scrolling ends any hold: wheel, touch, keys, a press anywhere (the scroll
/// bar included), and focus moving (a focused field is scrolled to; it must stay in view).
fn listen_for_reader() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let stop = Closure::<dyn Fn()>::new(|| GENERATION.with(|g| g.set(g.get().wrapping_add(1))));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    options.set_capture(true);
    for event in ["wheel", "touchstart", "keydown", "pointerdown", "focusin"] {
        let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
            event,
            stop.as_ref().unchecked_ref(),
            &options,
        );
    }
    // As long as the page.
    stop.forget();
}

/// The line an element's top lands on: its `scroll-margin-top`, which clears the sticky
/// contents bar (the stylesheet's one place for that distance).
pub fn scroll_margin(el: &Element) -> f64 {
    window()
        .get_computed_style(el)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("scroll-margin-top").ok())
        // The browser's parseFloat ("64px" → 64): Rust's float parser would add ≈ 18 KiB.
        .map(|v| js_sys::Number::parse_float(&v))
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

/// Brings the element `locate` finds to `line(element)` px below the viewport's top and keeps
/// it there while the page settles. A newer hold, or the reader's own scrolling, ends it.
pub fn hold(
    locate: impl Fn() -> Option<Element> + 'static,
    line: impl Fn(&Element) -> f64 + 'static,
) {
    listen_for_reader();
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    let start = now();
    step(Hold {
        locate: Box::new(locate),
        line: Box::new(line),
        generation,
        started: start,
        last_move: start,
        left: None,
    });
}

/// Holds the element with id `id` at its scroll margin (a link's `#anchor`).
pub fn hold_id(id: String) {
    hold(
        move || document().get_element_by_id(&id),
        |el: &Element| scroll_margin(el),
    );
}

/// The section an element is in. While a hold runs it is laid out for real
/// (`data-landing`, see essay.css): a section skipped by `content-visibility: auto` has a
/// placeholder height, and the position of anything inside it means nothing.
fn section_of(el: &Element) -> Option<Element> {
    el.closest(".essay-section").ok().flatten()
}

fn release(section: Option<Element>) {
    if let Some(s) = section {
        let _ = s.remove_attribute("data-landing");
    }
}

fn step(mut h: Hold) {
    let target = (h.locate)();
    let section = target.as_ref().and_then(section_of);
    if GENERATION.with(Cell::get) != h.generation {
        release(section);
        return;
    }
    if let Some(s) = &section {
        let _ = s.set_attribute("data-landing", "");
    }
    let t = now();
    if let Some(el) = target {
        let y = window().scroll_y().unwrap_or(0.0);
        let top = el.get_bounding_client_rect().top();
        // Someone else scrolled (a script, a screen reader, find in page): the page moved and
        // the target moved on screen. Growth above the target moves only the target (the page
        // stays), or, with the browser's scroll anchoring, only the page (the target stays).
        // Leave them be.
        if let Some((y0, top0)) = h.left {
            if (y - y0).abs() > SLACK_PX && (top - top0).abs() > SLACK_PX {
                release(section);
                return;
            }
        }
        let off = top - (h.line)(&el);
        if off.abs() > SLACK_PX {
            window().scroll_by_with_x_and_y(0.0, off);
            // The page may be too short below the target to bring it up: that is as close
            // as it gets, and not a reason to keep trying.
            let after = el.get_bounding_client_rect().top() - (h.line)(&el);
            if (after - off).abs() > SLACK_PX {
                h.last_move = t;
            }
        }
        h.left = Some((
            window().scroll_y().unwrap_or(0.0),
            el.get_bounding_client_rect().top(),
        ));
    } else {
        // Not in the page yet (the prose is still arriving): wait for it.
        h.last_move = t;
    }
    if t - h.last_move > QUIET_MS || t - h.started > MAX_MS {
        // On screen now, the section stays laid out without the mark.
        release(section);
        return;
    }
    request_animation_frame(move || step(h));
}

/// The address's `#anchor`, if it names something.
pub fn hash_id() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_string())
}

/// In-page links (the contents, a note's "to the notes" link) land and hold like a link from
/// outside. Only a click starts a hold: Back and Forward restore the reader's own position,
/// which must not be replaced by the top of the anchor they happened to come from.
pub fn hold_in_page_links() {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|e: web_sys::MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() {
            return;
        }
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[href^='#']").ok().flatten());
        let Some(id) = link
            .and_then(|a| a.get_attribute("href"))
            .and_then(|h| h.strip_prefix('#').map(str::to_string))
            .filter(|id| !id.is_empty())
        else {
            return;
        };
        // After the browser's own jump, once every handler of this click has run: a note's
        // mark opens its note in place and cancels the jump, and then nothing is held.
        request_animation_frame(move || {
            if !e.default_prevented() {
                hold_id(id);
            }
        });
    });
    let _ = window().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // As long as the page.
    on_click.forget();
}

/// Where the reader is: the first block of a section (paragraph, heading, figure) whose bottom
/// is below the sticky bar, as its section's id, its index among the section's children, and
/// how far below the viewport's top its top is.
pub fn reading_place() -> Option<(String, u32, f64)> {
    let sections = document().query_selector_all(".essay-section").ok()?;
    let sections: Vec<Element> = (0..sections.length())
        .filter_map(|i| sections.item(i)?.dyn_into::<Element>().ok())
        .collect();
    let bar = sections.first().map_or(0.0, scroll_margin);
    // The section first: inside a section the browser skips (`content-visibility: auto`, far
    // off screen) its blocks report positions that mean nothing, the section's own box does.
    let section = sections
        .into_iter()
        .find(|s| s.get_bounding_client_rect().bottom() > bar)?;
    let children = section.children();
    (0..children.length())
        .filter_map(|k| Some((k, children.item(k)?)))
        .find(|(_, el)| {
            el.get_bounding_client_rect().bottom() > bar && el.get_client_rects().length() > 0
        })
        .map(|(index, el)| (section.id(), index, el.get_bounding_client_rect().top()))
}

/// Holds the block `reading_place` returned at the same height: after a language switch the
/// reader goes on reading the same paragraph.
pub fn hold_place((section, index, top): (String, u32, f64)) {
    hold(
        move || {
            document()
                .get_element_by_id(&section)?
                .children()
                .item(index)
        },
        move |_| top,
    );
}
