//! The printed handout: printing the essay (or the Handout button) gives A4 pages with the
//! reader's scenario in numbers, a QR code back to it, every chart, the sentences with the
//! reader's numbers and, after each section, questions for a class to discuss. The screen
//! never shows these parts (`essay::printed` renders them); `style/print.css` lays the pages
//! out. This mode is its button.

use crate::state::AppState;
use leptos::prelude::*;

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
