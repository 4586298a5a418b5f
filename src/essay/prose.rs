//! Renders the essay's paragraphs: numbers and chosen wording (`widgets::fact_text`), footnotes
//! that open in place.

use super::markup::{block, pieces, Block, Piece};
use crate::state::AppState;
pub use crate::widgets::fact_text::{chosen, inline, FactSpan, Facts};
use leptos::prelude::*;

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
