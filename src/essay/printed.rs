//! The essay's printed parts (see `crate::handout`): the handout's head before the first
//! section and each section's questions for a class. The screen never shows them.

use super::prose::inline;
use crate::state::AppState;
use crate::widgets::qr_code::qr_svg;
use crate::widgets::{escape, page_link};
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
    // The QR code is made when the page prints, not on every change of the state: encoding
    // the link on each slider tick would cost the reader for a code nobody sees on screen.
    let qr_ref = NodeRef::<leptos::html::Figure>::new();
    let on_print = move |e: web_sys::Event| {
        let Some(holder) = qr_ref.get_untracked() else {
            return;
        };
        let t = state.lang.get_untracked().texts().handout;
        let code = (e.type_() == "beforeprint")
            .then(|| untrack(|| page_link(&state)))
            .flatten()
            .and_then(|link| {
                let svg = qr_svg(&link, t.qr_alt)?;
                Some(format!(
                    "{svg}<figcaption>{}<span class=\"handout-link\" data-testid=\"handout-link\">{}</span></figcaption>",
                    escape(t.qr_caption),
                    escape(&link)
                ))
            });
        holder.set_inner_html(&code.unwrap_or_default());
    };
    if crate::IN_BROWSER {
        let listeners =
            ["beforeprint", "afterprint"].map(|e| window_event_listener_untyped(e, on_print));
        on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    }
    view! {
        <section class="handout-head print-only" data-testid="handout-head">
            <div class="handout-numbers">
                <p class="handout-kicker">{move || t().kicker}</p>
                <h2>{move || t().numbers}</h2>
                <table>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <figure class="handout-qr" node_ref=qr_ref></figure>
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
        let id = crate::pieces::SECTION_IDS[section];
        (!questions.is_empty()).then(|| {
            view! {
                // A region of its section, not an <aside>: a complementary landmark must not
                // sit inside <main> (axe's landmark-complementary-is-top-level).
                <section
                    class="questions print-only"
                    id=format!("{id}-questions")
                    // Named with its section's title: nine regions called "To discuss"
                    // alone would be indistinguishable (axe's landmark-unique).
                    aria-labelledby=format!("{id}-questions-title {id}-title")
                    data-testid="questions"
                >
                    <h3 id=format!("{id}-questions-title")>
                        {move || state.texts().handout.questions}
                    </h3>
                    <ol>
                        {questions
                            .iter()
                            .map(|q| view! { <li>{inline(q)}</li> })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
