//! The scaling-law calculator (MODEL.md §3, essay section 1): the compute-optimal model for a
//! budget, and what each further tenfold of compute buys.

use super::compute_presets::ComputePresets;
use super::formats::{DOLLARS, FLOP, FLOP_PER_USD};
use crate::format;
use crate::i18n::{Lang, ScalingFacts, ScalingTexts};
use crate::numbers;
use crate::state::AppState;
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::{ChartCanvas, ChartFile, Choice, DataTable, Output, ParamControl, ShareTools};
use lejto_charts::{ScalingChart, ScalingLabels};
use lejto_model::chinchilla::{Allocation, Fit, COMPUTE, FITS, FLOP_PER_DOLLAR};
use lejto_model::reported::MODELS;
use lejto_model::ParamSpec;
use leptos::prelude::*;
use std::rc::Rc;

/// The budget in dollars: not a link parameter of its own (the link keeps `compute` and
/// `fpd`); it moves the compute at the current price.
const BUDGET: ParamSpec = ParamSpec {
    key: "usd",
    default: 3e7,
    min: 1.0,
    max: 1e15,
    step: 0.1,
    log: true,
    unit: "$",
    source: "compute ÷ FLOP per dollar",
};

/// How many further tenfolds the staircase shows.
const STEPS: i32 = 4;

/// Everything the view shows, computed once per change of the inputs.
#[derive(Debug, Clone, PartialEq)]
struct Result {
    optimum: Allocation,
    /// `L_opt(C·10^k) − L_opt(C·10^(k+1))` for k = 0, 1, …
    drops: Vec<f64>,
    curve: Vec<(f64, f64)>,
    models: Vec<(&'static str, f64, f64)>,
}

fn compute_result(fit: &Fit, compute: f64) -> Result {
    let curve = (0..=120)
        .map(|i| {
            10f64.powf(COMPUTE.min.log10() + (COMPUTE.max / COMPUTE.min).log10() * i as f64 / 120.0)
        })
        .map(|c| (c, fit.optimal(c).loss))
        .collect();
    Result {
        optimum: fit.optimal(compute),
        drops: (0..STEPS)
            .map(|k| fit.next10x_drop(compute * 10f64.powi(k)))
            .collect(),
        curve,
        models: MODELS
            .iter()
            .map(|m| (m.name, m.compute, fit.optimal(m.compute).loss))
            .collect(),
    }
}

use numbers::{big, drop, loss};

fn fit_name(fit: &Fit, t: &ScalingTexts) -> &'static str {
    if fit.key == "hoffmann" {
        t.fit_hoffmann
    } else {
        t.fit_epoch
    }
}

/// The scaling-law calculator: budget (FLOP or dollars), price of compute, fit, four outputs,
/// the staircase of tenfolds, the chart and a sentence.
#[component]
pub fn ScalingCalculator() -> impl IntoView {
    let state = AppState::get();
    let result = Memo::new(move |_| compute_result(&state.fit.get(), state.compute.get()));
    let lang = move || state.lang.get();
    let with_r = move |f: fn(&Result, Lang) -> String| move || result.with(|r| f(r, lang()));
    let sentence_text = move || {
        let l = lang();
        let (c, fpd) = (state.compute.get(), state.flop_per_dollar.get());
        result.with(|r| {
            (l.texts().scaling.result)(&ScalingFacts {
                compute: format::scientific(l, c),
                dollars: format::dollars(l, c / fpd),
                params: big(l, r.optimum.params),
                tokens: big(l, r.optimum.tokens),
                loss: loss(l, r.optimum.loss),
                drop1: drop(l, r.drops[0]),
                drop2: drop(l, r.drops[1]),
            })
        })
    };
    // Off screen it waits until the section comes near (crate::shown).
    let sentence = crate::shown::while_shown(sentence_text);
    let hover = RwSignal::new(None::<f64>);
    let readout = move || {
        let l = lang();
        let Some(c) = hover.get() else {
            return state.texts().chart_ui.readout_hint.to_string();
        };
        let a = state.fit.get().optimal(c);
        (l.texts().scaling.readout)(
            &format::scientific(l, c),
            &loss(l, a.loss),
            &big(l, a.params),
        )
    };
    let rows = Box::new(move || {
        let l = lang();
        let fit = state.fit.get();
        (18..=30)
            .map(|k| {
                let c = 10f64.powi(k);
                let a = fit.optimal(c);
                vec![
                    format::scientific(l, c),
                    big(l, a.params),
                    big(l, a.tokens),
                    loss(l, a.loss),
                ]
            })
            .collect()
    });

    let draw = Rc::new(move |out: &ChartOut| {
        let t = &state.texts().scaling;
        let labels = ScalingLabels {
            x_axis: t.chart_x,
            y_axis: t.chart_y,
            reader: t.chart_reader,
        };
        let l = lang();
        let c = state.compute.get();
        let cursor = hover.get();
        result.with(|r| {
            let chart = ScalingChart {
                curve: &r.curve,
                reader: (c, r.optimum.loss),
                models: &r.models,
                cursor,
            };
            out.scaling(&chart, &labels, &|v, d| format::fraction(l, v, d as u8))
        })
    });

    let sources = move || {
        let t = state.texts();
        let fits: Vec<&str> = FITS.iter().map(|f| f.source).collect();
        let models: Vec<String> = MODELS
            .iter()
            .map(|m| format!("{}: {}", m.name, m.source))
            .collect();
        format!(
            "{} {}; {}.",
            t.scaling.sources,
            fits.join("; "),
            models.join("; ")
        )
    };

    view! {
        <section class="calculator" id="scaling" aria-labelledby="scaling-title">
            <h3 id="scaling-title">{move || state.texts().scaling.title}</h3>
            <p class="calc-intro">{move || state.texts().scaling.intro}</p>
            <div class="calc-grid">
                <figure class="calc-figure">
                    <dl class="outputs outputs-4">
                        <Output
                            label=Signal::derive(move || state.texts().scaling.out_params.to_string())
                            text=Signal::derive(with_r(|r, l| (l.texts().scaling.params)(&big(l, r.optimum.params))))
                            raw=Signal::derive(with_r(|r, _| r.optimum.params.to_string()))
                            testid="n-opt"
                        />
                        <Output
                            label=Signal::derive(move || state.texts().scaling.out_tokens.to_string())
                            text=Signal::derive(with_r(|r, l| (l.texts().scaling.tokens)(&big(l, r.optimum.tokens))))
                            raw=Signal::derive(with_r(|r, _| r.optimum.tokens.to_string()))
                            testid="d-opt"
                        />
                        <Output
                            label=Signal::derive(move || state.texts().scaling.out_loss.to_string())
                            text=Signal::derive(with_r(|r, l| loss(l, r.optimum.loss)))
                            raw=Signal::derive(with_r(|r, _| r.optimum.loss.to_string()))
                            testid="loss-opt"
                        />
                        <Output
                            label=Signal::derive(move || state.texts().scaling.out_drop.to_string())
                            text=Signal::derive(with_r(|r, l| drop(l, r.drops[0])))
                            raw=Signal::derive(with_r(|r, _| r.drops[0].to_string()))
                            testid="next10x-drop"
                        />
                    </dl>
                    <div class="chart-box">
                        <ChartCanvas
                            draw=draw.clone()
                            alt=Signal::derive(move || format!("{} {}", state.texts().scaling.chart_alt, sentence.get()))
                            failed_text=Signal::derive(move || state.texts().chart_failed.to_string())
                            testid="scaling-chart"
                            on_pointer=Callback::new(move |v| hover.set(v))
                        />
                    </div>
                    <p class="readout" data-testid="scaling-readout">{readout}</p>
                    <figcaption class="result" data-testid="scaling-sentence">{move || sentence.get()}</figcaption>
                    <DataTable columns=Signal::derive(move || state.texts().scaling.columns.to_vec()) rows=rows testid="scaling-table" />
                    <p class="sources">{sources}</p>
                    <ShareTools
                        anchor="scaling"
                        title=Signal::derive(move || state.texts().scaling.title.to_string())
                        chart=ChartFile { draw, canvas: "scaling-chart", caption: Signal::derive(move || sentence.get()) }
                    />
                </figure>
                <div class="calc-controls">
                    <ComputePresets prefix="scaling-" also_reset=Callback::new(move |_| if !state.is_locked("fit") { state.fit.set(FITS[0]) }) />
                    <Choice
                        key="fit"
                        options=&FITS
                        option_id=|f: Fit| f.key.to_string()
                        label=|t, f| fit_name(&f, &t.scaling).to_string()
                        legend=|t| t.scaling.fit_legend
                        value=state.fit
                        classes=("fits", "fit")
                    />
                    <fieldset class="params">
                        <ParamControl
                            spec=&COMPUTE
                            text=|t| t.scaling.compute
                            value=state.compute
                            on_change=Callback::new(move |v| state.compute.set(v))
                            format=FLOP
                        />
                        <ParamControl
                            spec=&BUDGET
                            text=|t| t.scaling.dollars
                            value=Memo::new(move |_| state.compute.get() / state.flop_per_dollar.get())
                            on_change=Callback::new(move |v: f64| {
                                let c = v * state.flop_per_dollar.get_untracked();
                                state.compute.set(c.clamp(COMPUTE.min, COMPUTE.max));
                            })
                            format=DOLLARS
                            lock_key=COMPUTE.key
                        />
                        <ParamControl
                            spec=&FLOP_PER_DOLLAR
                            text=|t| t.scaling.fpd
                            value=state.flop_per_dollar
                            on_change=Callback::new(move |v| state.flop_per_dollar.set(v))
                            format=FLOP_PER_USD
                        />
                    </fieldset>
                    <h3 class="staircase-title">{move || state.texts().scaling.staircase}</h3>
                    <ol class="staircase" data-testid="staircase">
                        {move || {
                            let l = lang();
                            result.with(|r| {
                                let first = r.drops[0];
                                r.drops
                                    .iter()
                                    .enumerate()
                                    .map(|(k, d)| {
                                        let times = format!("{}×", format::fraction(l, 10f64.powi(k as i32 + 1), 0));
                                        let label = (l.texts().scaling.step)(&times, &drop(l, *d));
                                        view! {
                                            <li>
                                                <span>{label.clone()}</span>
                                                <meter min="0" max=first value=*d aria-label=label></meter>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })
                        }}
                    </ol>
                </div>
            </div>
        </section>
    }
}
