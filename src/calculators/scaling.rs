//! The scaling-law calculator (MODEL.md §3, essay section 1): the compute-optimal model for a
//! budget, and what each further tenfold of compute buys.

use super::compute_presets::ComputePresets;
use super::formats::{DOLLARS, FLOP, FLOP_PER_USD};
use crate::format;
use crate::i18n::{CalcTexts, Lang, ScalingFacts, ScalingTexts};
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::{Choice, ParamControl};
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

    // The texts' sources, then those of the fits and of the models' reported compute.
    let more_sources = Signal::derive(|| {
        let fits: Vec<&str> = FITS.iter().map(|f| f.source).collect();
        let models: Vec<String> = MODELS
            .iter()
            .map(|m| format!("{}: {}", m.name, m.source))
            .collect();
        format!("{}; {}.", fits.join("; "), models.join("; "))
    });
    let with_r = move |f: fn(&Result, Lang) -> String| Signal::derive(with_r(f));
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.scaling.out_params),
            testid: "n-opt",
            text: with_r(|r, l| (l.texts().scaling.params)(&big(l, r.optimum.params))),
            raw: with_r(|r, _| r.optimum.params.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.scaling.out_tokens),
            testid: "d-opt",
            text: with_r(|r, l| (l.texts().scaling.tokens)(&big(l, r.optimum.tokens))),
            raw: with_r(|r, _| r.optimum.tokens.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.scaling.out_loss),
            testid: "loss-opt",
            text: with_r(|r, l| loss(l, r.optimum.loss)),
            raw: with_r(|r, _| r.optimum.loss.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.scaling.out_drop),
            testid: "next10x-drop",
            text: with_r(|r, l| drop(l, r.drops[0])),
            raw: with_r(|r, _| r.drops[0].to_string()),
        },
    ];

    view! {
        <Calculator
            id="scaling"
            texts=|t| CalcTexts {
                title: t.scaling.title,
                intro: t.scaling.intro,
                chart_alt: t.scaling.chart_alt,
                columns: &t.scaling.columns,
                sources: t.scaling.sources,
            }
            outputs=outputs
            draw=draw
            hover=hover
            readout=Signal::derive(readout)
            sentence=Signal::derive(sentence_text)
            rows=rows
            more_sources=more_sources
        >
            <ComputePresets
                prefix="scaling-"
                also_reset=Callback::new(move |_| if !state.is_locked("fit") { state.fit.set(FITS[0]) })
            />
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
        </Calculator>
    }
}
