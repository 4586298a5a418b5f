//! "Guess first" (classroom): before looking at the convergence chart, the reader or a class
//! guesses when the frontier lab's lead will have shrunk to half its largest; the reveal shows
//! the model's answer (the chart's half-way mark, `Convergence::half_time`, passed in by the
//! calculator, which computes it anyway) beside the guess and says how far off it was. The
//! guess goes into the link (`guess=<years>`); a teacher's `guess=ask` opens the page with the
//! chart covered until the class has guessed.

use super::formats::YEARS;
use crate::numbers;
use crate::state::AppState;
use crate::url_state::GUESS;
use crate::widgets::ParamControl;
use leptos::prelude::*;

/// Answers closer than this (years) count as spot on.
const SPOT_ON: f64 = 0.25;

/// The guess box, at the top of the convergence calculator.
#[component]
pub fn GuessFirst(
    /// The model's answer: the calculator's half-way time, years (`None` when the lead does
    /// not halve within the horizon).
    answer: Signal<Option<f64>>,
) -> impl IntoView {
    let state = AppState::get();
    let draft = RwSignal::new(state.guess.get_untracked().unwrap_or(GUESS.default));
    // While asking, the page's convergence charts and their numbers are covered (guess.css).
    Effect::new(move || {
        if let Some(html) = document().document_element() {
            let _ = html.toggle_attribute_with_force("data-guessing", state.asking.get());
        }
    });
    let t = move || &state.texts().guess;
    let reveal = move |_| {
        state.guess.set(Some(draft.get_untracked()));
        state.asking.set(false);
    };
    let ask = move |_| {
        state.guess.set(None);
        state.asking.set(true);
    };
    let result = move || {
        let guess = state.guess.get()?;
        let lang = state.lang.get();
        let tx = lang.texts();
        Some(match answer.get() {
            Some(a) => {
                let off = a - guess;
                let how = if off.abs() < SPOT_ON {
                    tx.guess.spot_on.to_string()
                } else {
                    (if off > 0.0 {
                        tx.guess.too_soon
                    } else {
                        tx.guess.too_late
                    })(&numbers::years(lang, off.abs()))
                };
                let text =
                    (tx.guess.result)(&numbers::years(lang, guess), &numbers::years(lang, a), &how);
                (off.to_string(), text)
            }
            None => (
                String::new(),
                (tx.guess.no_answer)(
                    &numbers::years(lang, guess),
                    &numbers::years(lang, state.horizon.get()),
                ),
            ),
        })
    };
    view! {
        // A region, not an <aside>: it sits inside <main>, where a complementary landmark
        // must not (axe's landmark-complementary-is-top-level).
        <section class="guess" id="guess" aria-labelledby="guess-title" data-testid="guess">
            <h3 id="guess-title">{move || t().title}</h3>
            <p class="guess-question">{move || t().question}</p>
            {move || match (state.asking.get(), state.guess.get().is_some()) {
                (true, _) => view! {
                    <div class="guess-ask">
                        <ParamControl spec=&GUESS text=|t| t.guess.input value=draft
                            on_change=Callback::new(move |v| draft.set(v)) format=YEARS />
                        <button type="button" class="guess-reveal" data-testid="guess-reveal" on:click=reveal>
                            {move || t().reveal}
                        </button>
                        <p class="guess-covered">{move || t().covered}</p>
                    </div>
                }.into_any(),
                (false, true) => view! {
                    <p class="guess-result" role="status" data-testid="guess-result"
                        data-value=move || result().map(|r| r.0).unwrap_or_default()>
                        {move || result().map(|r| r.1)}
                    </p>
                    <button type="button" class="guess-again" data-testid="guess-again" on:click=ask>
                        {move || t().again}
                    </button>
                }.into_any(),
                (false, false) => view! {
                    <button type="button" class="guess-start" data-testid="guess-start" on:click=ask>
                        {move || t().start}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}
