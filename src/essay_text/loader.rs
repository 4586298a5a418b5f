//! Loads the reader's prose file (`essay.<lang>.txt`, see `prose_text`) and keeps each
//! language's once it has arrived.
//!
//! `public/boot.js` starts fetching the reader's language while the wasm compiles and leaves
//! it in `window.lejtoProse = { lang, text }` (the text, or a promise of it while it is on its
//! way), so the text has usually arrived before the app starts. A language switch fetches the
//! other file through boot.js's `lejtoFetchProse(lang)`.

use super::prose_text::{parse, EssayProse};
use crate::i18n::Lang;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Where one language's prose stands.
#[derive(Debug, Clone, Copy, Default)]
pub enum ProseLoad {
    /// Not asked for yet.
    #[default]
    Idle,
    /// Being fetched.
    Loading,
    /// Parsed and kept for the session.
    Ready(&'static EssayProse),
    /// The file could not be fetched or read; the essay shows its calculators and a notice.
    Failed,
}

/// Both languages' prose, indexed by [`Lang::index`].
#[derive(Debug, Clone, Copy)]
pub struct ProseCache(pub RwSignal<[ProseLoad; 2]>);

impl ProseCache {
    /// An empty cache that fetches a language's file the first time `lang` names it; with
    /// `fetch` false (an embedded piece needs no prose) it never fetches.
    pub fn new(lang: RwSignal<Lang>, fetch: bool) -> ProseCache {
        let cache = ProseCache(RwSignal::new([ProseLoad::Idle; 2]));
        if !fetch {
            return cache;
        }
        Effect::new(move |_| {
            let l = lang.get();
            let idle = cache
                .0
                .with_untracked(|c| matches!(c[l.index()], ProseLoad::Idle));
            if idle {
                cache.0.update(|c| c[l.index()] = ProseLoad::Loading);
                load(l, move |text| {
                    let loaded = text
                        .and_then(|t| read(l, t))
                        .map_or(ProseLoad::Failed, ProseLoad::Ready);
                    cache.0.update(|c| c[l.index()] = loaded);
                });
            }
        });
        cache
    }

    /// A cache that holds `prose` for `lang` from the start (the prerendered pages read the
    /// file from disk).
    pub fn ready(lang: Lang, prose: &'static EssayProse) -> ProseCache {
        let mut loads = [ProseLoad::Idle; 2];
        loads[lang.index()] = ProseLoad::Ready(prose);
        ProseCache(RwSignal::new(loads))
    }

    /// What the essay shows for `lang` (tracked): its prose once ready; while a switch is
    /// still loading, the other language's, so the page does not empty for a moment.
    pub fn shown(&self, lang: Lang) -> ProseLoad {
        self.0
            .with(|c| match (c[lang.index()], c[1 - lang.index()]) {
                (ProseLoad::Loading | ProseLoad::Idle, other @ ProseLoad::Ready(_)) => other,
                (mine, _) => mine,
            })
    }
}

/// Hands `done` the text of `lang`'s prose file, or `None`: the text boot.js preloaded if it
/// is for `lang` (at once if it has arrived), else a fetch through boot.js's
/// `lejtoFetchProse`. Plain promise callbacks: no async runtime in the bundle for one file.
fn load(lang: Lang, done: impl FnOnce(Option<String>) + 'static) {
    let get = |target: &JsValue, key: &str| Reflect::get(target, &JsValue::from_str(key)).ok();
    let Some(window) = web_sys::window() else {
        return done(None);
    };
    let window: JsValue = window.into();
    let preloaded = get(&window, "lejtoProse")
        .filter(|p| get(p, "lang").and_then(|l| l.as_string()).as_deref() == Some(lang.code()))
        .and_then(|p| get(&p, "text"));
    if let Some(text) = preloaded.as_ref().and_then(JsValue::as_string) {
        return done(Some(text));
    }
    let promise = preloaded
        .and_then(|p| p.dyn_into::<Promise>().ok())
        .or_else(|| {
            get(&window, "lejtoFetchProse")
                .and_then(|f| f.dyn_into::<Function>().ok())
                .and_then(|f| {
                    f.call1(&JsValue::NULL, &JsValue::from_str(lang.code()))
                        .ok()
                })
                .and_then(|p| p.dyn_into::<Promise>().ok())
        });
    match promise {
        Some(p) => {
            let on_text = Closure::once(move |v: JsValue| done(v.as_string()));
            let _ = p.then(&on_text);
            // The promise holds the only reference until it settles.
            on_text.forget();
        }
        None => done(None),
    }
}

/// Parses a prose file's text, kept for the whole session (the prose borrows from it).
fn read(lang: Lang, text: String) -> Option<&'static EssayProse> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    match parse(text) {
        Ok(p) => Some(Box::leak(Box::new(p))),
        Err(e) => {
            leptos::logging::warn!("essay.{}.txt: {e}", lang.code());
            None
        }
    }
}
