//! Writing the state into the address bar: from a [`LinkState`] (what the state holds that a
//! link carries), with `history.replaceState` (no history entry per slider tick).

use super::{keys, query_pairs};
use crate::i18n::Lang;
use lejto_model::chinchilla::Fit;
use lejto_model::link_version::{self, LINK_VERSION};
use lejto_model::metric::Metric;
use lejto_model::query::{self, Decoded};
use lejto_model::yardstick::Yardstick;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

/// What a link carries of the page's state (`AppState::link_state` makes it).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkState {
    /// Every numeric input.
    pub values: Decoded,
    /// The scaling-law fit.
    pub fit: Fit,
    /// The yardstick of the price of the next step.
    pub yard: Yardstick,
    /// The counterweights' measure.
    pub metric: Metric,
    /// The reader's language.
    pub lang: Lang,
    /// The reader's revealed guess.
    pub guess: Option<f64>,
    /// Whether the convergence chart shows its uncertainty band.
    pub band: bool,
}

/// The page's address for this state: the current path and its query with every value set
/// (defaults of the money inputs left out), parameters this page does not know kept as they
/// were, older names in their current form, and the `drop` keys removed. No fragment.
pub fn address(state: &LinkState, drop: &[&str]) -> Option<String> {
    let location = web_sys::window()?.location();
    let search = location.search().unwrap_or_default();
    // An older link's names and values were read under their new names: write only those
    // (and keep, in their places, the parameters this page does not know).
    let params = UrlSearchParams::new().ok()?;
    params.set(keys::VERSION, &LINK_VERSION.to_string());
    for (key, value) in link_version::migrate(query_pairs(&search)).pairs {
        params.append(&key, &value);
    }
    // Inputs at their defaults are left out of the link: drop any the address still carries.
    for spec in query::CALC_PARAMS {
        params.delete(spec.key);
    }
    for (key, value) in query::encode(&state.values) {
        params.set(key, &value);
    }
    params.set(keys::FIT, state.fit.key);
    params.set(keys::YARD, state.yard.key);
    if state.metric == Metric::default() {
        params.delete(keys::METRIC);
    } else {
        params.set(keys::METRIC, state.metric.as_str());
    }
    params.set(keys::LANG, state.lang.code());
    // The band is shown unless a link says otherwise, so only its absence is written.
    if state.band {
        params.delete(keys::BAND);
    } else {
        params.set(keys::BAND, "0");
    }
    // A revealed guess is part of the state; `guess=ask` (a teacher's prompt) stays as it was
    // until a guess is revealed, and a withdrawn guess asks again.
    match state.guess {
        Some(g) => params.set(keys::GUESS, &g.to_string()),
        None if params.get(keys::GUESS).is_some_and(|v| v != "ask") => {
            params.set(keys::GUESS, "ask")
        }
        None => {}
    }
    for key in drop {
        params.delete(key);
    }
    // On a prerendered page, the page of the language being read.
    let path = crate::pages::path_for(state.lang)
        .unwrap_or_else(|| location.pathname().unwrap_or_default());
    Some(format!("{path}?{}", String::from(params.to_string())))
}

/// Puts the state into the address bar without adding a history entry. Parameters this page
/// does not know (a host's tracking-free `ref`, say) are kept as they were.
pub fn write(state: &LinkState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Some(url) = address(state, &[]) else {
        return;
    };
    let url = format!("{url}{}", location.hash().unwrap_or_default());
    if let Ok(history) = window.history() {
        let current = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if current != url {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}
