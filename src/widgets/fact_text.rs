//! Text with the model's numbers in it: a calculator's sentence or a line of the essay, in the
//! prose files' markup (`essay_text::markup`). Each `{key}` shows one fact of the current state,
//! each `{?case …}` the wording the model chose; the essay provides the facts (`Facts`), so
//! figures and prose read the same numbers.

use crate::essay_text::markup::{choice, pieces, Piece};
use leptos::prelude::*;
use std::collections::HashMap;

/// One number in the prose: as the reader sees it and raw (for `data-value`).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Formatted for the language, without a unit (the sentence supplies it).
    pub text: String,
    /// The unformatted value.
    pub raw: f64,
}

/// Facts keyed by name.
pub type FactMap = HashMap<&'static str, Fact>;

/// The facts of the current state, one memo per group of inputs, provided once by the essay.
#[derive(Clone, Copy)]
pub struct Facts(pub [Memo<FactMap>; 5]);

/// A line of markup without footnotes (a calculator's sentence): text, emphasis and facts.
pub fn inline(text: &'static str) -> impl IntoView {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Fact(key) => view! { <FactSpan key=key /> }.into_any(),
            Piece::Em(t) => view! { <em>{t}</em> }.into_any(),
            Piece::Choice(inner) => chosen(inner, |p| match p {
                Piece::Fact(key) => view! { <FactSpan key=key /> }.into_any(),
                Piece::Em(t) => view! { <em>{t}</em> }.into_any(),
                Piece::Text(t) | Piece::Note(t) | Piece::Choice(t) => t.into_any(),
            }),
            Piece::Text(t) | Piece::Note(t) => t.into_any(),
        })
        .collect_view()
}

/// A `{?case …}` choice: the alternative for the selector's current value (see `cases`),
/// re-rendered only when the case changes, not on every tick of a slider.
pub fn chosen(
    inner: &'static str,
    render: impl Fn(Piece<'static>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let Some(c) = choice(inner) else {
        return inner.into_any();
    };
    let Facts(facts) = expect_context::<Facts>();
    let selector = c.selector;
    // Off screen the wording waits until its section comes near (crate::shown).
    let value = crate::shown::while_shown(move || {
        facts
            .iter()
            .find_map(|group| group.with(|m| m.get(selector).map(|f| f.text.clone())))
    });
    let words = move || {
        value.with(|v| {
            v.as_deref()
                .and_then(|v| c.pick(v))
                .map(|text| pieces(text).into_iter().map(&render).collect_view())
        })
    };
    if crate::IN_BROWSER {
        words.into_any()
    } else {
        // The prerendered page marks the wording it chose for the default scenario: a link with
        // its own values hides it with the numbers until the app chooses (style/static.css).
        view! { <span class="case">{words}</span> }.into_any()
    }
}

/// One number in the prose, with its raw value, updating as the reader changes the scenario.
#[component]
pub fn FactSpan(key: &'static str) -> impl IntoView {
    let Facts(facts) = expect_context::<Facts>();
    // A memo per number: a slider tick rewrites only the numbers that changed. It follows only
    // the group that computes its key: hundreds of numbers all following the first group made
    // every tick re-sort that group's subscriber list once per number. A key no group has now
    // (a value not defined in this scenario) follows them all.
    let home = facts
        .iter()
        .position(|group| group.with_untracked(|m| m.contains_key(key)));
    // Off screen it keeps its last value until its section comes near (crate::shown).
    let fact = crate::shown::while_shown(move || match home {
        Some(g) => facts[g].with(|m| m.get(key).cloned()),
        None => facts
            .iter()
            .find_map(|group| group.with(|m| m.get(key).cloned())),
    });
    view! {
        <span
            class="num"
            data-ref=key
            data-value=move || fact.with(|f| f.as_ref().map(|f| f.raw.to_string()).unwrap_or_default())
        >
            {move || fact.with(|f| f.as_ref().map(|f| f.text.clone()).unwrap_or_else(|| "–".into()))}
        </span>
    }
}
