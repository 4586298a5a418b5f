//! One shell for the money sections' calculators: inputs (the main ones, then more folded
//! away), presets and a reset, outputs, one chart with its read-out, a sentence, a data table
//! and sources. Every calculator of sections 3, 5, 6 and 7 is this component with its own
//! model memos: the page carries one copy of the layout code, not one per calculator.

use super::chart_canvas::DrawFn;
use super::param_control::ValueFormat;
use super::{ChartCanvas, ChartFile, DataTable, Output, ParamControl, ShareTools};
use crate::i18n::{CalcTexts, InputText, Texts};
use crate::state::AppState;
use lejto_model::ParamSpec;
use leptos::prelude::*;
use std::rc::Rc;

/// One input of a calculator, bound to `AppState::param(spec)`.
#[derive(Clone, Copy)]
pub struct CalcInput {
    /// Key, range, default, scale.
    pub spec: &'static ParamSpec,
    /// Label and help in the active language.
    pub text: fn(&Texts) -> InputText,
    /// How the value reads.
    pub format: ValueFormat,
    /// Prefix of the control's ids and test ids, for a second control of a shared value.
    pub prefix: &'static str,
}

impl CalcInput {
    /// An input whose ids and test ids carry no prefix (the common case).
    pub const fn new(
        spec: &'static ParamSpec,
        text: fn(&Texts) -> InputText,
        format: ValueFormat,
    ) -> CalcInput {
        CalcInput {
            spec,
            text,
            format,
            prefix: "",
        }
    }
}

/// One output: label, formatted text and raw value (`data-value`).
pub struct CalcOutput {
    /// Label in the active language.
    pub label: fn(&Texts) -> &'static str,
    /// `data-testid` (a public contract for some, see the README).
    pub testid: &'static str,
    /// Formatted value.
    pub text: Signal<String>,
    /// Raw value, dot decimal, empty when there is none.
    pub raw: Signal<String>,
}

/// A named set of input values with its source (a preset button).
#[derive(Clone, Copy)]
pub struct CalcPreset {
    /// `data-testid` suffix.
    pub id: &'static str,
    /// Name and source in the active language.
    pub text: fn(&Texts) -> (&'static str, &'static str),
    /// The values it sets; inputs not named keep theirs.
    pub values: &'static [(&'static ParamSpec, f64)],
}

/// The calculator.
#[component]
pub fn Calculator(
    /// Element id (an anchor) and prefix of test ids.
    id: &'static str,
    /// Title, intro, chart text alternative, table columns and sources.
    texts: fn(&Texts) -> &CalcTexts,
    /// Inputs always shown.
    inputs: &'static [CalcInput],
    /// Further assumptions, folded under "more".
    #[prop(optional)]
    more: &'static [CalcInput],
    /// Presets (each with its source); a reset to the defaults always follows.
    #[prop(optional)]
    presets: &'static [CalcPreset],
    /// Outputs above the chart.
    outputs: Vec<CalcOutput>,
    /// Draws the chart (tracked).
    draw: Rc<DrawFn>,
    /// Receives the x under the reader's pointer.
    hover: RwSignal<Option<f64>>,
    /// The read-out for the pointer's x (tracked).
    readout: Signal<String>,
    /// The result in words (tracked).
    sentence: Signal<String>,
    /// Rows of the data table (called only while it is open).
    rows: Box<dyn Fn() -> Vec<Vec<String>> + Send + Sync>,
    /// Sources shown after the texts' own (tracked), e.g. the yardsticks' citations.
    #[prop(optional)]
    more_sources: Option<Signal<String>>,
    /// Controls of this calculator that are not numbers (a choice of measure, say), put
    /// before its numeric inputs.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let state = AppState::get();
    let t = move || texts(state.texts());
    let control = move |input: &'static CalcInput| {
        let value = state.param(input.spec);
        view! {
            <ParamControl
                spec=input.spec
                text=input.text
                value=value
                on_change=Callback::new(move |v| value.set(v))
                format=input.format
                id_prefix=input.prefix
            />
        }
    };
    let preset_button = move |p: &'static CalcPreset| {
        let pressed = Memo::new(move |_| {
            p.values
                .iter()
                .all(|(spec, v)| state.param(spec).get() == *v)
        });
        view! {
            <button
                type="button"
                class="preset"
                data-testid=format!("{id}-preset-{}", p.id)
                aria-pressed=move || pressed.get().to_string()
                on:click=move |_| {
                    for (spec, v) in p.values {
                        state.set_param(spec, *v);
                    }
                }
            >
                <span class="preset-name">{move || (p.text)(state.texts()).0}</span>
                <span class="preset-source">{move || (p.text)(state.texts()).1}</span>
            </button>
        }
    };
    let reset = move |_| {
        for input in inputs.iter().chain(more) {
            state.set_param(input.spec, input.spec.default);
        }
    };
    let n = outputs.len();
    // Off screen, the read-out and the sentence wait until the section comes near.
    let shown_readout = crate::shown::while_shown(move || readout.get());
    let shown_sentence = crate::shown::while_shown(move || sentence.get());
    // A figure of the shared scenario alone (no inputs of its own) needs no controls column.
    let has_controls = !(inputs.is_empty() && more.is_empty() && children.is_none());
    let controls = has_controls.then(|| {
        view! {
            <div class="calc-controls">
                {children.map(|c| c())}
                {(!presets.is_empty()).then(|| view! {
                    <fieldset class="presets">
                        <legend>{move || state.texts().presets}</legend>
                        {presets.iter().map(preset_button).collect_view()}
                        <button
                            type="button"
                            class="preset reset"
                            data-testid=format!("{id}-reset")
                            on:click=reset
                        >
                            <span class="preset-name">{move || state.texts().reset}</span>
                        </button>
                    </fieldset>
                })}
                {(!inputs.is_empty()).then(|| view! {
                    <fieldset class="params">
                        {inputs.iter().map(control).collect_view()}
                    </fieldset>
                })}
                {(!more.is_empty()).then(|| view! {
                    <details class="more-params">
                        <summary>{move || state.texts().more_assumptions}</summary>
                        <fieldset class="params">
                            {more.iter().map(control).collect_view()}
                        </fieldset>
                    </details>
                })}
            </div>
        }
    });
    view! {
        <section class="calculator" id=id aria-labelledby=format!("{id}-title")>
            <h3 id=format!("{id}-title")>{move || t().title}</h3>
            <p class="calc-intro">{move || t().intro}</p>
            <div class=if has_controls { "calc-grid" } else { "calc-grid figure-only" }>
                <figure class="calc-figure">
                    <dl class=format!("outputs outputs-{n}")>
                        {outputs
                            .into_iter()
                            .map(|o| view! {
                                <Output
                                    label=Signal::derive(move || (o.label)(state.texts()).to_string())
                                    text=o.text
                                    raw=o.raw
                                    testid=o.testid
                                />
                            })
                            .collect_view()}
                    </dl>
                    <div class="chart-box">
                        <ChartCanvas
                            draw=draw.clone()
                            alt=Signal::derive(move || format!("{} {}", t().chart_alt, shown_sentence.get()))
                            failed_text=Signal::derive(move || state.texts().chart_failed.to_string())
                            testid=format!("{id}-chart").leak()
                            on_pointer=Callback::new(move |v| hover.set(v))
                        />
                    </div>
                    <p class="readout" data-testid=format!("{id}-readout")>
                        {move || shown_readout.get()}
                    </p>
                    <figcaption class="result" data-testid=format!("{id}-sentence")>
                        {move || shown_sentence.get()}
                    </figcaption>
                    <DataTable
                        columns=Signal::derive(move || t().columns.to_vec())
                        rows=rows
                        testid=format!("{id}-table").leak()
                    />
                    <p class="sources">
                        {move || t().sources}
                        {more_sources.map(|m| view! { " " {move || m.get()} })}
                    </p>
                    <ShareTools
                        anchor=id
                        title=Signal::derive(move || t().title.to_string())
                        chart=ChartFile { draw, canvas: format!("{id}-chart").leak(), caption: sentence }
                    />
                </figure>
                {controls}
            </div>
        </section>
    }
}
