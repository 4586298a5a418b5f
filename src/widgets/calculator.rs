//! One shell for the essay's calculators: inputs (the main ones, then more folded away),
//! presets and a reset, outputs, one chart with its read-out, a sentence, a data table and
//! sources. Every calculator is this component with its own model memos and, where it needs
//! them, its own controls: the page carries one copy of the layout code, not one per
//! calculator.

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
    /// Label in the active language (see [`fixed_label`]).
    pub label: Signal<String>,
    /// `data-testid` (a public contract for some, see the README).
    pub testid: &'static str,
    /// Formatted value.
    pub text: Signal<String>,
    /// Raw value, dot decimal, empty when there is none.
    pub raw: Signal<String>,
}

/// A label that depends on the language only (most outputs' labels).
pub fn fixed_label(text: fn(&Texts) -> &'static str) -> Signal<String> {
    let state = AppState::get();
    Signal::derive(move || text(state.texts()).to_string())
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
    /// Element id (an anchor), and the prefix of test ids unless `testids` names another.
    id: &'static str,
    /// Title, intro, chart text alternative, table columns and sources. An empty intro or
    /// empty sources (without `more_sources`) leave their paragraph out.
    texts: fn(&'static Texts) -> CalcTexts,
    /// Prefix of the chart's, read-out's, sentence's and table's test ids, where it is not
    /// `id` (they are a public contract older than the shell).
    #[prop(optional)]
    testids: Option<&'static str>,
    /// `data-testid` of the sentence, where it is not `<testids>-sentence`.
    #[prop(optional)]
    sentence_testid: Option<&'static str>,
    /// `data-testid` of the whole calculator, if any.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// A region named by its title (`<section>`), as most are; `false` gives a plain `<div>`
    /// for a calculator that continues the one before it (the benchmark gap).
    #[prop(default = true)]
    region: bool,
    /// A block between the intro and the figure with its controls (the "guess first" box).
    #[prop(optional)]
    above: Option<Children>,
    /// Inputs always shown.
    #[prop(optional)]
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
    /// A block between the outputs and the chart: how sure the outputs are.
    #[prop(optional)]
    note: Option<Children>,
    /// Rows of the data table (called only while it is open).
    rows: Box<dyn Fn() -> Vec<Vec<String>> + Send + Sync>,
    /// Sources shown after the texts' own (tracked), e.g. the yardsticks' citations.
    #[prop(optional)]
    more_sources: Option<Signal<String>>,
    /// Controls of this calculator that `inputs`, `more` and `presets` cannot say (a choice,
    /// presets of its own, inputs bound to the shared scenario), put before them.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let state = AppState::get();
    let t = move || texts(state.texts());
    let testids = testids.unwrap_or(id);
    let chart_testid: &'static str = format!("{testids}-chart").leak();
    // Texts of both languages agree on which parts are left out.
    let (has_intro, has_sources) = {
        let t = texts(state.lang.get_untracked().texts());
        (
            !t.intro.is_empty(),
            !t.sources.is_empty() || more_sources.is_some(),
        )
    };
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
    let body = view! {
        <h3 id=region.then(|| format!("{id}-title"))>{move || t().title}</h3>
        {has_intro.then(|| view! { <p class="calc-intro">{move || t().intro}</p> })}
        {above.map(|a| a())}
        <div class=if has_controls { "calc-grid" } else { "calc-grid figure-only" }>
                <figure class="calc-figure">
                    <dl class=format!("outputs outputs-{n}")>
                        {outputs
                            .into_iter()
                            .map(|o| view! {
                                <Output
                                    label=o.label
                                    text=o.text
                                    raw=o.raw
                                    testid=o.testid
                                />
                            })
                            .collect_view()}
                    </dl>
                    {note.map(|note| note())}
                    <div class="chart-box">
                        <ChartCanvas
                            draw=draw.clone()
                            alt=Signal::derive(move || format!("{} {}", t().chart_alt, shown_sentence.get()))
                            failed_text=Signal::derive(move || state.texts().chart_failed.to_string())
                            testid=chart_testid
                            on_pointer=Callback::new(move |v| hover.set(v))
                        />
                    </div>
                    <p class="readout" data-testid=format!("{testids}-readout")>
                        {move || shown_readout.get()}
                    </p>
                    <figcaption class="result" data-testid=sentence_testid.map_or_else(|| format!("{testids}-sentence"), str::to_string)>
                        {move || shown_sentence.get()}
                    </figcaption>
                    <DataTable
                        columns=Signal::derive(move || t().columns.to_vec())
                        rows=rows
                        testid=format!("{testids}-table").leak()
                    />
                    {has_sources.then(|| view! {
                        <p class="sources">
                            {move || t().sources}
                            {more_sources.map(|m| view! { " " {move || m.get()} })}
                        </p>
                    })}
                    <ShareTools
                        anchor=id
                        title=Signal::derive(move || t().title.to_string())
                        chart=ChartFile { draw, canvas: chart_testid, caption: sentence }
                    />
                </figure>
                {controls}
        </div>
    };
    if region {
        view! {
            <section class="calculator" id=id aria-labelledby=format!("{id}-title") data-testid=testid>
                {body}
            </section>
        }
        .into_any()
    } else {
        view! { <div class="calculator" id=id data-testid=testid>{body}</div> }.into_any()
    }
}
