//! One labelled result with its raw value for tests and assistive tech.

use leptos::prelude::*;

/// A labelled `<output>`: `text` for readers, `raw` (dot decimal, or empty) in `data-value`.
#[component]
pub fn Output(
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// The formatted value.
    #[prop(into)]
    text: Signal<String>,
    /// The unformatted value.
    #[prop(into)]
    raw: Signal<String>,
    /// `data-testid` (a public contract).
    testid: &'static str,
) -> impl IntoView {
    // Off screen the value waits until its section comes near (crate::shown).
    let text = crate::shown::while_shown(move || text.get());
    let raw = crate::shown::while_shown(move || raw.get());
    view! {
        <div class="output">
            <dt>{move || label.get()}</dt>
            <dd>
                <output data-testid=testid data-value=move || raw.get() aria-live="polite">
                    {move || text.get()}
                </output>
            </dd>
        </div>
    }
}
