//! The price of the next step (essay section 4): from a frontier's compute, what a further
//! cut of the loss costs in compute and dollars, and where that passes a yardstick.

use super::compute_presets::ComputePresets;
use super::formats::{FLOP, FLOP_PER_USD, PERCENT};
use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::Choice;
use lejto_charts::{NextStepChart, NextStepLabels};
use lejto_model::chinchilla::{COMPUTE, FLOP_PER_DOLLAR};
use lejto_model::next_step::{cut_at_price, max_cut, next_step, price_curve, NextStep, CUT};
use lejto_model::yardstick::{Yardstick, YARDSTICKS};
use leptos::prelude::*;
use std::rc::Rc;

/// How far toward the floor the chart goes: the last few hundredths of a percent cost
/// astronomically more and would squash the rest of the curve.
const CHART_REACH: f64 = 0.97;

#[derive(Debug, Clone, PartialEq)]
struct Price {
    compute: f64,
    start_dollars: f64,
    most: f64,
    step: Option<NextStep>,
    yard_cut: Option<f64>,
    curve: Vec<(f64, f64)>,
}

fn price(state: &AppState) -> Price {
    let (compute, fpd) = (state.compute.get(), state.flop_per_dollar.get());
    let law = state.fit.get().law();
    let most = max_cut(&law, compute);
    Price {
        compute,
        start_dollars: compute / fpd,
        most,
        step: next_step(&law, compute, state.cut.get() / 100.0, fpd),
        yard_cut: cut_at_price(&law, compute, fpd, state.yard.get().dollars),
        curve: price_curve(&law, compute, fpd, CHART_REACH * most, 120),
    }
}

const INPUTS: &[CalcInput] = &[
    CalcInput::new(&CUT, |t| t.next.cut, PERCENT),
    CalcInput {
        spec: &COMPUTE,
        text: |t| t.scaling.compute,
        format: FLOP,
        prefix: "next-",
    },
    CalcInput {
        spec: &FLOP_PER_DOLLAR,
        text: |t| t.scaling.fpd,
        format: FLOP_PER_USD,
        prefix: "next-",
    },
];

/// The calculator: cut, starting compute and price of compute, yardstick, four outputs, the
/// chart of the exploding price and a sentence.
#[component]
pub fn NextStepCalculator() -> impl IntoView {
    let state = AppState::get();
    let p = Memo::new(move |_| price(&state));
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let t = move || &state.texts().next;
    let with_p = move |f: fn(&Price, crate::i18n::Lang) -> String| -> Signal<String> {
        Signal::derive(move || p.with(|p| f(p, lang())))
    };
    let yard_name = move |y: &Yardstick| (t().yard_name)(y.key);

    // Off screen it waits until the section comes near (crate::shown).
    let sentence = crate::shown::while_shown(move || {
        let l = lang();
        let yard = state.yard.get();
        p.with(|p| match p.step {
            Some(s) => (t().result)(&crate::i18n::NextStepFacts {
                compute: format::scientific(l, p.compute),
                start_dollars: format::dollars(l, p.start_dollars),
                cut: numbers::percent_of(l, state.cut.get()),
                factor: numbers::factor(l, s.factor),
                dollars: format::dollars(l, s.dollars),
                yard: yard_name(&yard).to_string(),
                yard_cut: p.yard_cut.map(|c| numbers::percent_of(l, 100.0 * c)),
                max_cut: numbers::percent_of(l, 100.0 * p.most),
            }),
            None => (t().result_impossible)(
                &numbers::percent_of(l, state.cut.get()),
                &numbers::percent_of(l, 100.0 * p.most),
            ),
        })
    });
    let readout = move || {
        let l = lang();
        let Some(x) = hover.get() else {
            return state.texts().chart_ui.readout_hint.to_string();
        };
        let law = state.fit.get().law();
        next_step(
            &law,
            state.compute.get(),
            x / 100.0,
            state.flop_per_dollar.get(),
        )
        .map(|s| (t().readout)(&numbers::percent_of(l, x), &format::dollars(l, s.dollars)))
        .unwrap_or_default()
    };

    let draw = Rc::new(move |out: &ChartOut| {
        let tx = t();
        let l = lang();
        let cursor = hover.get();
        let yard = state.yard.get();
        let yard_label = yard_name(&yard);
        let cut = state.cut.get();
        p.with(|p| {
            let chart = NextStepChart {
                curve: &p.curve,
                x_max: 100.0 * p.most,
                floor: Some(100.0 * p.most),
                yardstick: Some((yard.dollars, yard_label)),
                crossing: p
                    .yard_cut
                    .map(|c| 100.0 * c)
                    .filter(|c| *c <= 100.0 * CHART_REACH * p.most),
                reader: p
                    .step
                    .map(|s| (cut, s.dollars))
                    .filter(|(c, _)| *c <= 100.0 * CHART_REACH * p.most),
                cursor,
            };
            let labels = NextStepLabels {
                x_axis: tx.x_axis,
                y_axis: tx.y_axis,
                floor: tx.floor,
                beyond: tx.beyond,
                reader: tx.reader,
            };
            out.next_step(
                &chart,
                &labels,
                &|v, d| format::fraction(l, v, d as u8),
                &|v| (l.texts().next.money_tick)(v),
            )
        })
    });

    let rows = Box::new(move || {
        let l = lang();
        let law = state.fit.get().law();
        let (c, fpd) = (state.compute.get(), state.flop_per_dollar.get());
        p.with(|p| {
            // Ten even steps toward the floor.
            (1..=10)
                .filter_map(|i| {
                    let cut = p.most * CHART_REACH * i as f64 / 10.0;
                    next_step(&law, c, cut, fpd).map(|s| {
                        vec![
                            numbers::percent_of(l, 100.0 * cut),
                            numbers::factor(l, s.factor),
                            format::dollars(l, s.dollars),
                        ]
                    })
                })
                .collect()
        })
    });

    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.next.out_factor),
            testid: "cut-factor",
            text: with_p(|p, l| {
                p.step
                    .map(|s| (l.texts().next.times)(&numbers::factor(l, s.factor)))
                    .unwrap_or_else(|| l.texts().next.impossible.to_string())
            }),
            raw: with_p(|p, _| p.step.map(|s| s.factor.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: fixed_label(|t| t.next.out_dollars),
            testid: "cut-dollars",
            text: with_p(|p, l| {
                p.step
                    .map(|s| format::dollars(l, s.dollars))
                    .unwrap_or_else(|| l.texts().next.impossible.to_string())
            }),
            raw: with_p(|p, _| p.step.map(|s| s.dollars.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: fixed_label(|t| t.next.out_max),
            testid: "max-cut",
            text: with_p(|p, l| numbers::percent_of(l, 100.0 * p.most)),
            raw: with_p(|p, _| (100.0 * p.most).to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.next.out_yard_cut),
            testid: "yard-cut",
            text: with_p(|p, l| {
                p.yard_cut
                    .map(|c| numbers::percent_of(l, 100.0 * c))
                    .unwrap_or_else(|| l.texts().next.already_beyond.to_string())
            }),
            raw: with_p(|p, _| {
                p.yard_cut
                    .map(|c| (100.0 * c).to_string())
                    .unwrap_or_default()
            }),
        },
    ];
    let yard_sources = Signal::derive(move || {
        YARDSTICKS
            .iter()
            .map(|y| format!("{}: {}", yard_name(y), y.source))
            .collect::<Vec<_>>()
            .join("; ")
    });
    view! {
        <Calculator
            id="next-step"
            texts=|t| t.next.calc
            inputs=INPUTS
            outputs=outputs
            draw=draw
            hover=hover
            readout=Signal::derive(readout)
            sentence=Signal::from(sentence)
            rows=rows
            more_sources=yard_sources
        >
            <ComputePresets
                prefix="next-"
                also_reset=Callback::new(move |_| {
                    state.set_param(&CUT, CUT.default);
                    if !state.is_locked("yard") {
                        state.yard.set(YARDSTICKS[0]);
                    }
                })
            />
            <Choice
                key="yard"
                options=&YARDSTICKS
                option_id=|y: Yardstick| y.key.to_string()
                label=|t, y| (t.next.yard_name)(y.key).to_string()
                legend=|t| t.next.yard_legend
                value=state.yard
                testid="yard"
            />
        </Calculator>
    }
}
