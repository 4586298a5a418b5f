//! Renders the essay's markup: numbers from the facts, footnotes that open in place.

use super::facts::FactMap;
use super::markup::{block, choice, pieces, Block, Piece};
use crate::state::AppState;
use leptos::prelude::*;

/// The facts of the current state, one memo per group of inputs, provided once by the essay.
#[derive(Clone, Copy)]
pub struct Facts(pub [Memo<FactMap>; 4]);

/// One part of a section's paragraphs (see `SectionText::parts`), re-rendered when the
/// language changes.
#[component]
pub fn Prose(
    /// Index of the section in reading order.
    section: usize,
    /// Which part.
    part: usize,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        state.prose().map(|prose| {
            prose
                .part(section, part)
                .iter()
                .map(|p| paragraph(p))
                .collect_view()
        })
    }
}

fn paragraph(p: &'static str) -> AnyView {
    // Which footnote of this paragraph is open, if any.
    let open = RwSignal::new(None::<&'static str>);
    let content = |text: &'static str| {
        pieces(text)
            .into_iter()
            .map(|piece| piece_view(piece, open))
            .collect_view()
    };
    let note = move || open.get().map(|id| view! { <NoteInline id=id /> });
    match block(p) {
        Block::Heading(h) => view! { <h3>{content(h)}</h3> }.into_any(),
        Block::Quote(q) => view! {
            <blockquote>
                <p>{content(q)}</p>
            </blockquote>
            {note}
        }
        .into_any(),
        Block::Para(t) => view! {
            <p>{content(t)}</p>
            {note}
        }
        .into_any(),
    }
}

fn piece_view(piece: Piece<'static>, open: RwSignal<Option<&'static str>>) -> AnyView {
    match piece {
        Piece::Text(t) => t.into_any(),
        Piece::Em(t) => view! { <em>{t}</em> }.into_any(),
        Piece::Fact(key) => view! { <FactSpan key=key /> }.into_any(),
        Piece::Choice(inner) => chosen(inner, move |p| piece_view(p, open)),
        Piece::Note(id) => {
            let state = AppState::get();
            let n = move || note_number(id);
            // A link (an inline box, unlike a button) joined to the word before it, so the mark
            // never starts a line. It points at the endnote; with the app running it opens the
            // note in place instead.
            view! {
                "\u{2060}"
                <sup class="fn-ref">
                    <a
                        href=format!("#note-{id}")
                        aria-expanded=move || (open.get() == Some(id)).to_string()
                        aria-controls=format!("fn-inline-{id}")
                        aria-label=move || (state.texts().essay.note_label)(n())
                        data-note=id
                        on:click=move |e| {
                            e.prevent_default();
                            open.update(|o| *o = if *o == Some(id) { None } else { Some(id) });
                        }
                    >
                        {n}
                    </a>
                </sup>
            }
            .into_any()
        }
    }
}

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
fn chosen(
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

/// The 1-based number of a note: its place in the notes list (tracked).
pub fn note_number(id: &str) -> usize {
    AppState::get()
        .prose()
        .and_then(|p| p.notes.iter().position(|(k, _)| *k == id))
        .map_or(0, |i| i + 1)
}

/// A footnote opened in place, under its paragraph; in print the endnotes stand instead.
#[component]
fn NoteInline(id: &'static str) -> impl IntoView {
    let state = AppState::get();
    let text = move || state.prose().and_then(|p| p.note(id)).unwrap_or_default();
    view! {
        <aside class="fn-inline" id=format!("fn-inline-{id}") role="note" data-testid="note-inline">
            <span class="fn-num">{move || note_number(id)}</span>
            " "
            {move || inline(text())}
            " "
            <a href=format!("#note-{id}")>{move || state.texts().essay.note_jump}</a>
        </aside>
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
