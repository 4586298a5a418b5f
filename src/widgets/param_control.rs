//! A labelled slider paired with a typed number field, both bound to one value.

use crate::format;
use crate::i18n::{InputText, Lang, Texts};
use crate::state::AppState;
use lejto_model::ParamSpec;
use leptos::prelude::*;

/// How an input's value reads: in the field, aloud (with its unit) and as the unit beside it.
#[derive(Clone, Copy)]
pub struct ValueFormat {
    /// Text in the number field (no unit; grouping allowed).
    pub field: fn(Lang, f64) -> String,
    /// `aria-valuetext` of the slider (with unit words).
    pub spoken: fn(Lang, f64) -> String,
    /// The unit shown after the field.
    pub unit: fn(&Texts) -> &'static str,
}

/// Slider and number field for one parameter.
///
/// Slider moves and valid typing call `on_change` at once; invalid typing shows an error in the
/// reader's language and keeps the last good value. Leaving the field restores its text.
#[component]
pub fn ParamControl(
    /// Key, range, step, scale.
    spec: &'static ParamSpec,
    /// Picks this input's label and help from the active texts.
    text: fn(&Texts) -> InputText,
    /// Current value.
    #[prop(into)]
    value: Signal<f64>,
    /// Receives every new valid value.
    on_change: Callback<f64>,
    /// How values read.
    format: ValueFormat,
    /// Extra help that depends on the value (e.g. what α means), if any.
    #[prop(optional_no_strip)]
    extra: Option<Signal<String>>,
    /// Prefix of element ids and test ids, for a second control of the same value elsewhere.
    #[prop(optional)]
    id_prefix: &'static str,
    /// A slider end that moves with other inputs (the year slider ends at the horizon).
    #[prop(optional, into)]
    max: Option<Signal<f64>>,
    /// The link key whose lock also locks this control, when it sets another input (the
    /// dollar field sets the compute); by default its own.
    #[prop(optional)]
    lock_key: Option<&'static str>,
) -> impl IntoView {
    let state = AppState::get();
    let key = spec.key;
    // A teacher's lock: the value shows, the controls are disabled, a note says why.
    let locked = state.is_locked(lock_key.unwrap_or(key));
    let (field_id, label_id, help_id, err_id) = (
        format!("{id_prefix}in-{key}"),
        format!("{id_prefix}label-{key}"),
        format!("{id_prefix}help-{key}"),
        format!("{id_prefix}err-{key}"),
    );
    // What the reader is typing, while it differs from the formatted value.
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let texts = move || text(state.texts());

    let on_typed = move |typed: String| {
        let lang = state.lang.get_untracked();
        match spec.parse_with(&format::normalise_typed(lang, &typed), format::parse_number) {
            Ok(v) => {
                error.set(None);
                on_change.run(v);
            }
            Err(_) => {
                let t = lang.texts();
                let (min, max) = (
                    (format.field)(lang, spec.min),
                    (format.field)(lang, spec.max),
                );
                error.set(Some((t.field_error)(&min, &max)));
            }
        }
        draft.set(Some(typed));
    };
    let leave_field = move || {
        draft.set(None);
        error.set(None);
    };

    view! {
        <div class="param" data-param=key>
            <label id=label_id.clone() for=field_id.clone() class="param-label">
                {move || texts().label}
            </label>
            <p id=help_id.clone() class="param-help">
                {move || texts().help}
                {extra.map(|e| view! { " " {move || e.get()} })}
                // Inside the help, which both controls name in aria-describedby.
                {locked.then(|| view! { " " <strong class="param-locked">{move || state.texts().locked_note}</strong> })}
            </p>
            <div class="param-inputs">
                <input
                    type="range"
                    class="param-range"
                    disabled=locked
                    data-locked=locked.then_some("true")
                    data-testid=format!("{id_prefix}range-{key}")
                    aria-labelledby=label_id
                    aria-describedby=help_id.clone()
                    min=spec.to_slider(spec.min)
                    max=move || spec.to_slider(max.map_or(spec.max, |m| m.get()))
                    step=spec.step
                    prop:value=move || spec.to_slider(value.get()).to_string()
                    // Properties render no HTML: the prerendered page needs the attribute.
                    value=(!crate::IN_BROWSER).then(|| spec.to_slider(value.get_untracked()).to_string())
                    aria-valuetext=move || (format.spoken)(state.lang.get(), value.get())
                    on:input=move |ev| {
                        if let Some(pos) = format::parse_number(&event_target_value(&ev)) {
                            leave_field();
                            on_change.run(spec.from_slider(pos));
                        }
                    }
                />
                <span class="param-field">
                    <input
                        type="text"
                        inputmode="decimal"
                        disabled=locked
                        data-locked=locked.then_some("true")
                        autocomplete="off"
                        spellcheck="false"
                        id=field_id
                        data-testid=format!("{id_prefix}field-{key}")
                        aria-describedby=format!("{help_id} {err_id}")
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=move || {
                            draft.get().unwrap_or_else(|| (format.field)(state.lang.get(), value.get()))
                        }
                        value=(!crate::IN_BROWSER)
                            .then(|| (format.field)(state.lang.get_untracked(), value.get_untracked()))
                        on:input=move |ev| on_typed(event_target_value(&ev))
                        on:change=move |_| leave_field()
                        on:blur=move |_| leave_field()
                    />
                    <span class="param-unit" aria-hidden="true">{move || (format.unit)(state.texts())}</span>
                </span>
            </div>
            <p id=err_id class="param-error" role="alert">{move || error.get()}</p>
        </div>
    }
}
