//! The yearly inference bill (essay section 5): a large reasoning model against a small
//! model as prices fall.

use super::formats::{COUNT, PER_MILLION, PER_YEAR, TIMES, YEARS};
use crate::format;
use crate::i18n::Lang;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::inference::{
    Bill, ANSWERS, PRICEFALL, PRICELARGE, PRICESMALL, REASONMULT, TOKENS, YEARS as YEARS_SPEC,
};
use leptos::prelude::*;
use std::rc::Rc;

const BILL_INPUTS: &[CalcInput] = &[
    CalcInput::new(&REASONMULT, |t| t.money.bill.reasonmult, TIMES),
    CalcInput::new(&PRICEFALL, |t| t.money.bill.pricefall, PER_YEAR),
    CalcInput::new(&YEARS_SPEC, |t| t.money.bill.years, YEARS),
];

const BILL_MORE: &[CalcInput] = &[
    CalcInput::new(&TOKENS, |t| t.money.bill.tokens, COUNT),
    CalcInput::new(&ANSWERS, |t| t.money.bill.answers, COUNT),
    CalcInput::new(&PRICELARGE, |t| t.money.bill.pricelarge, PER_MILLION),
    CalcInput::new(&PRICESMALL, |t| t.money.bill.pricesmall, PER_MILLION),
];

const BILL_PRESETS: &[CalcPreset] = &[
    CalcPreset {
        id: "a16z",
        text: |t| t.money.bill.preset_a16z,
        values: &[(&PRICEFALL, 10.0)],
    },
    CalcPreset {
        id: "epoch",
        text: |t| t.money.bill.preset_epoch,
        values: &[(&PRICEFALL, 50.0)],
    },
];

/// Years the bill chart spans: the reader's n and a little beyond, at least five.
fn bill_span(b: &Bill) -> f64 {
    (b.inputs().years + 2.0).max(5.0)
}

fn per_year(l: Lang, v: f64) -> String {
    (l.texts().money.bill.per_year)(&format::dollars(l, v))
}

/// The inference bill.
#[component]
pub fn BillCalculator() -> impl IntoView {
    let state = AppState::get();
    let b = crate::state::Derived::get().bill;
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.bill;
    let out =
        |f: fn(&Bill, Lang) -> String| Signal::derive(move || b.with(|b| f(b, state.lang.get())));
    let raw = |f: fn(&Bill) -> Option<f64>| {
        Signal::derive(move || b.with(|b| f(b).map(|v| v.to_string()).unwrap_or_default()))
    };
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.bill.out_large),
            testid: "bill-large",
            text: out(|b, l| per_year(l, b.now().large)),
            raw: raw(|b| Some(b.now().large)),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.bill.out_small),
            testid: "bill-small",
            text: out(|b, l| per_year(l, b.now().small)),
            raw: raw(|b| Some(b.now().small)),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.bill.out_large_then),
            testid: "bill-large-then",
            text: out(|b, l| per_year(l, b.then().large)),
            raw: raw(|b| Some(b.then().large)),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.bill.out_match),
            testid: "bill-match",
            text: out(|b, l| {
                b.years_to_match()
                    .map_or(l.texts().money.bill.never.into(), |y| {
                        (l.texts().years)(&numbers::years(l, y), y)
                    })
            }),
            raw: raw(Bill::years_to_match),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        b.with(|b| {
            (tx().result)(&crate::i18n::BillFacts {
                large: format::dollars(l, b.now().large),
                small: format::dollars(l, b.now().small),
                ratio: numbers::factor(l, b.ratio()),
                years: format::fraction(l, b.inputs().years, 1),
                large_then: format::dollars(l, b.then().large),
                to_match: b.years_to_match().map(|y| numbers::years(l, y)),
            })
        })
    });
    let readout = Signal::derive(move || {
        let l = lang();
        match hover.get() {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some(t) => b.with(|b| {
                let c = b.at(t);
                (tx().readout)(
                    &numbers::years(l, t),
                    &per_year(l, c.large),
                    &per_year(l, c.small),
                )
            }),
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        b.with(|b| {
            let span = bill_span(b);
            let sample = |large: bool| {
                (0..=60)
                    .map(|i| {
                        let x = span * i as f64 / 60.0;
                        let c = b.at(x);
                        (x, if large { c.large } else { c.small })
                    })
                    .collect::<Vec<_>>()
            };
            let (large, small) = (sample(true), sample(false));
            let lines = [
                Line {
                    label: t.large,
                    points: &large,
                    color: SeriesColor::Frontier,
                    style: LineStyle::Solid,
                },
                Line {
                    label: t.small,
                    points: &small,
                    color: SeriesColor::Meek,
                    style: LineStyle::Solid,
                },
            ];
            let n = b.inputs().years;
            out.lines(
                &LinesChart {
                    lines: &lines,
                    x_axis: t.x_axis,
                    y_axis: t.y_axis,
                    log_y: true,
                    include_zero: false,
                    y_max: None,
                    event: Some((n, t.then)),
                    marker: None,
                    cursor,
                },
                &|v, digits| format::fraction(l, v, digits as u8),
                &|v| format::dollars(l, v),
            )
        })
    });
    let rows = Box::new(move || {
        let l = lang();
        b.with(|b| {
            (0..=bill_span(b).ceil() as usize)
                .map(|y| {
                    let c = b.at(y as f64);
                    vec![
                        format::fraction(l, y as f64, 0),
                        format::dollars(l, c.large),
                        format::dollars(l, c.small),
                    ]
                })
                .collect()
        })
    });
    view! {
        <Calculator
            id="bill"
            texts=|t| t.money.bill.calc
            inputs=BILL_INPUTS
            more=BILL_MORE
            presets=BILL_PRESETS
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
