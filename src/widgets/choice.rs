//! A group of radio buttons for one of the link's choices (the fit, the step count, the
//! yardstick, the measure), with a teacher's lock.

use crate::i18n::Texts;
use crate::state::AppState;
use leptos::prelude::*;

/// One option, with its type forgotten: the markup below is built once for every kind of
/// choice, not once per option type.
struct RadioOption {
    testid: String,
    checked: Signal<bool>,
    select: Callback<()>,
    label: Signal<String>,
}

/// Radio buttons bound to one value of the state.
///
/// Each button's test id is `<key>-<option id>`. Under a teacher's lock of `key` (`lock=`),
/// every button is disabled and carries `data-locked="true"`.
#[component]
pub fn Choice<T>(
    /// The link key: the radios' `name`, the lock's key and the prefix of their test ids.
    key: &'static str,
    /// The options, in order.
    options: &'static [T],
    /// Each option's part of its test id (its value in the link).
    option_id: fn(T) -> String,
    /// Each option's label in the active language.
    label: fn(&Texts, T) -> String,
    /// The group's legend.
    legend: fn(&Texts) -> &'static str,
    /// The chosen option.
    value: RwSignal<T>,
    /// `data-testid` of the whole group, where tests read it.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// Classes of the group and of each option (the fit switch keeps its own spacing).
    #[prop(default = ("choices", "choice"))]
    classes: (&'static str, &'static str),
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = AppState::get();
    let options = options
        .iter()
        .map(|&o| RadioOption {
            testid: format!("{key}-{}", option_id(o)),
            checked: Signal::derive(move || value.get() == o),
            select: Callback::new(move |_| value.set(o)),
            label: Signal::derive(move || label(state.texts(), o)),
        })
        .collect();
    radio_group(key, legend, testid, classes, options)
}

fn radio_group(
    key: &'static str,
    legend: fn(&Texts) -> &'static str,
    testid: Option<&'static str>,
    (group_class, option_class): (&'static str, &'static str),
    options: Vec<RadioOption>,
) -> AnyView {
    let state = AppState::get();
    let locked = state.is_locked(key);
    view! {
        <fieldset class=group_class data-testid=testid>
            <legend>{move || legend(state.texts())}</legend>
            {options
                .into_iter()
                .map(|o| view! {
                    <label class=option_class>
                        <input
                            type="radio"
                            name=key
                            disabled=locked
                            data-locked=locked.then_some("true")
                            data-testid=o.testid
                            prop:checked=move || o.checked.get()
                            // Properties render no HTML: the prerendered page needs the attribute.
                            checked=!crate::IN_BROWSER && o.checked.get_untracked()
                            on:change=move |_| o.select.run(())
                        />
                        {move || o.label.get()}
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
    .into_any()
}
