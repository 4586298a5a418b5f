//! Data-centre depreciation (essay section 3): what a year of a GPU fleet costs on the books,
//! what it earns as rental prices fall, and how its book value parts from its market value.

use super::formats::{BIG_DOLLARS, DOLLARS, PER_HOUR, SHARE, YEARS};
use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::depreciation::{
    Depreciation, CAPEX, GPUPRICE, GPUSHARE, LIFE, RENT, RENTFALL, SERVERSHARE, UTIL,
};
use leptos::prelude::*;
use std::rc::Rc;

const INPUTS: &[CalcInput] = &[
    CalcInput::new(&CAPEX, |t| t.money.depr.capex, BIG_DOLLARS),
    CalcInput::new(&LIFE, |t| t.money.depr.life, YEARS),
    CalcInput::new(&RENT, |t| t.money.depr.rent, PER_HOUR),
    CalcInput::new(&RENTFALL, |t| t.money.depr.rentfall, SHARE),
];

const MORE: &[CalcInput] = &[
    CalcInput::new(&SERVERSHARE, |t| t.money.depr.servershare, SHARE),
    CalcInput::new(&GPUSHARE, |t| t.money.depr.gpushare, SHARE),
    CalcInput::new(&GPUPRICE, |t| t.money.depr.gpuprice, DOLLARS),
    CalcInput::new(&UTIL, |t| t.money.depr.util, SHARE),
];

const PRESETS: &[CalcPreset] = &[
    CalcPreset {
        id: "books",
        text: |t| t.money.depr.preset_books,
        values: &[(&LIFE, 6.0)],
    },
    CalcPreset {
        id: "critics",
        text: |t| t.money.depr.preset_critics,
        values: &[(&LIFE, 3.0)],
    },
];

/// The calculator.
#[component]
pub fn DepreciationCalculator() -> impl IntoView {
    let state = AppState::get();
    let d = crate::state::Derived::get().fleet;
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.depr;
    let out = |f: fn(&Depreciation, crate::i18n::Lang) -> String| {
        Signal::derive(move || d.with(|d| f(d, state.lang.get())))
    };
    let raw = |f: fn(&Depreciation) -> Option<f64>| {
        Signal::derive(move || d.with(|d| f(d).map(|v| v.to_string()).unwrap_or_default()))
    };
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.depr.out_per_year),
            testid: "depr-per-year",
            text: out(|d, l| format::dollars(l, d.per_year())),
            raw: raw(|d| Some(d.per_year())),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.depr.out_break_even),
            testid: "depr-break-even",
            text: out(|d, l| {
                d.break_even_rent()
                    .map_or("–".into(), |r| format::dollars(l, r))
            }),
            raw: raw(Depreciation::break_even_rent),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.depr.out_shortfall),
            testid: "depr-shortfall",
            text: out(|d, l| match d.shortfall_year() {
                Some(t) if t <= 0.0 => l.texts().money.depr.at_once.to_string(),
                Some(t) => (l.texts().years)(&numbers::years(l, t), t),
                None => l.texts().money.depr.never.to_string(),
            }),
            raw: raw(Depreciation::shortfall_year),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.depr.out_gap),
            testid: "depr-gap",
            text: out(|d, l| format::dollars(l, d.widest_gap().dollars)),
            raw: raw(|d| Some(d.widest_gap().dollars)),
        },
    ];

    let sentence = Signal::derive(move || {
        let l = lang();
        d.with(|d| {
            let gap = d.widest_gap();
            (tx().result)(&crate::i18n::DepreciationFacts {
                per_year: format::dollars(l, d.per_year()),
                life: numbers::years(l, d.inputs().life),
                break_even: d
                    .break_even_rent()
                    .map_or("–".into(), |r| format::dollars(l, r)),
                rent: format::dollars(l, d.inputs().rent),
                shortfall: d.shortfall_year().map(|t| numbers::years(l, t)),
                shortfall_now: d.shortfall_year().is_some_and(|t| t <= 0.0),
                gap_year: numbers::years(l, gap.t),
                gap: format::dollars(l, gap.dollars),
                gap_small: gap.dollars < 0.01 * d.book_value(0.0),
            })
        })
    });
    let readout = Signal::derive(move || {
        let l = lang();
        match hover.get() {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some(t) => d.with(|d| {
                (tx().readout)(
                    &numbers::years(l, t),
                    &format::dollars(l, d.book_value(t)),
                    &format::dollars(l, d.market_value(t)),
                    &format::dollars(l, d.revenue(t)),
                )
            }),
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        d.with(|d| {
            let series = d.series(121);
            let pick = |f: fn(&lejto_model::depreciation::DepreciationPoint) -> f64| {
                series.iter().map(|p| (p.t, f(p))).collect::<Vec<_>>()
            };
            let (book, market, revenue, charge) = (
                pick(|p| p.book),
                pick(|p| p.market),
                pick(|p| p.revenue),
                pick(|p| p.charge),
            );
            let gap = d.widest_gap();
            let lines = [
                Line {
                    label: t.book,
                    points: &book,
                    color: SeriesColor::Frontier,
                    style: LineStyle::Solid,
                },
                Line {
                    label: t.market,
                    points: &market,
                    color: SeriesColor::Meek,
                    style: LineStyle::Solid,
                },
                Line {
                    label: t.revenue,
                    points: &revenue,
                    color: SeriesColor::Gap,
                    style: LineStyle::Dashed,
                },
                Line {
                    label: t.charge,
                    points: &charge,
                    color: SeriesColor::Text,
                    style: LineStyle::Dashed,
                },
            ];
            let marker_y = d.market_value(gap.t);
            out.lines(
                &LinesChart {
                    lines: &lines,
                    x_axis: t.x_axis,
                    y_axis: t.y_axis,
                    log_y: false,
                    include_zero: true,
                    y_max: None,
                    event: None,
                    marker: (gap.dollars > 0.0).then_some((gap.t, marker_y, t.widest)),
                    cursor,
                },
                &|v, digits| format::fraction(l, v, digits as u8),
                &|v| format::dollars(l, v),
            )
        })
    });
    let rows = Box::new(move || {
        let l = lang();
        d.with(|d| {
            let last = d.inputs().life.max(10.0).ceil() as usize;
            (0..=last)
                .map(|y| {
                    let t = y as f64;
                    vec![
                        format::fraction(l, t, 0),
                        format::dollars(l, d.book_value(t)),
                        format::dollars(l, d.market_value(t)),
                        format::dollars(l, d.revenue(t)),
                        format::dollars(
                            l,
                            if t < d.inputs().life {
                                d.per_year()
                            } else {
                                0.0
                            },
                        ),
                    ]
                })
                .collect()
        })
    });
    view! {
        <Calculator
            id="depreciation"
            texts=|t| t.money.depr.calc
            inputs=INPUTS
            more=MORE
            presets=PRESETS
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
