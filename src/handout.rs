//! The printed handout: printing the essay (or the Handout button) gives A4 pages with the
//! reader's scenario in numbers, a QR code back to it, every chart, the sentences with the
//! reader's numbers and, after each section, questions for a class to discuss. The screen
//! never shows these parts; `style/print.css` lays the pages out.

use crate::essay::prose::inline;
use crate::state::AppState;
use crate::widgets::{page_link, QrCode};
use leptos::prelude::*;

/// Printed before the first section: the key numbers of the reader's scenario and the QR code
/// that reopens it. Needs the essay's facts.
#[component]
pub fn HandoutHead() -> impl IntoView {
    let state = AppState::get();
    let t = move || &state.texts().handout;
    let rows = move || {
        state.prose().map(|p| {
            p.handout
                .iter()
                .map(|&(label, value)| {
                    view! {
                        <tr>
                            <th scope="row">{inline(label)}</th>
                            <td>{inline(value)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let link = Memo::new(move |_| page_link(&state));
    let qr = move || {
        link.get().map(|url| {
            view! {
                <figure class="handout-qr">
                    <QrCode text=url.clone() label=Signal::derive(move || t().qr_alt.to_string()) />
                    <figcaption>
                        {move || t().qr_caption}
                        <span class="handout-link" data-testid="handout-link">{url}</span>
                    </figcaption>
                </figure>
            }
        })
    };
    view! {
        <section class="handout-head print-only" data-testid="handout-head">
            <div class="handout-numbers">
                <h2>{move || t().numbers}</h2>
                <table>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {qr}
        </section>
    }
}

/// Printed at the end of section `section`: its discussion questions.
#[component]
pub fn Questions(
    /// Index of the section in reading order.
    section: usize,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let questions = state
            .prose()
            .map(|p| p.questions_of(section))
            .unwrap_or(&[]);
        (!questions.is_empty()).then(|| {
            view! {
                <aside class="questions print-only" data-testid="questions">
                    <h3>{move || state.texts().handout.questions}</h3>
                    <ol>
                        {questions
                            .iter()
                            .map(|q| view! { <li>{inline(q)}</li> })
                            .collect_view()}
                    </ol>
                </aside>
            }
        })
    }
}

/// Opens the browser's print view, which prints the handout.
#[component]
pub fn HandoutButton() -> impl IntoView {
    let state = AppState::get();
    let t = move || &state.texts().handout;
    view! {
        <button
            type="button"
            class="present-start handout-button"
            data-testid="handout-print"
            title=move || t().button_hint
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {move || t().button}
        </button>
    }
}
