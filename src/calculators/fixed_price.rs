//! The study's fixed-price inference variant (essay section 5), with the clip its figure
//! hides.

use super::formats::{PER_TOKEN, PER_YEAR};
use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::inference::{FixedPrice, GINF, PRICE};
use leptos::prelude::*;
use std::rc::Rc;

const FIXED_INPUTS: &[CalcInput] = &[
    CalcInput::new(&PRICE, |t| t.money.fixed.price, PER_TOKEN),
    CalcInput::new(&GINF, |t| t.money.fixed.ginf, PER_YEAR),
];

const FIXED_PRESETS: &[CalcPreset] = &[CalcPreset {
    id: "median",
    text: |t| t.money.fixed.preset_median,
    values: &[(&GINF, 50.0)],
}];

/// Years the fixed-price chart spans: past the crossing, within the horizon.
fn fixed_span(f: &FixedPrice, horizon: f64) -> f64 {
    f.cross_t(horizon)
        .map_or(horizon, |c| (2.5 * c).clamp(2.0, horizon))
}

/// The study's fixed-price inference variant.
#[component]
pub fn FixedPriceCalculator() -> impl IntoView {
    let state = AppState::get();
    let f = crate::state::Derived::get().fixed;
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.fixed;
    let cross = Memo::new(move |_| f.with(|f| f.cross_t(state.horizon.get())));
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.fixed.out_start),
            testid: "inference-gap-0",
            text: Signal::derive(move || f.with(|f| numbers::gap(lang(), f.raw_gap(0.0)))),
            raw: Signal::derive(move || f.with(|f| f.raw_gap(0.0).to_string())),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.fixed.out_cross),
            testid: "inference-cross-t",
            text: Signal::derive(move || {
                let l = lang();
                cross.get().map_or(l.texts().money.fixed.never.into(), |c| {
                    (l.texts().years)(&numbers::years(l, c), c)
                })
            }),
            raw: Signal::derive(move || cross.get().map(|c| c.to_string()).unwrap_or_default()),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        let start = f.with(|f| numbers::gap(l, f.raw_gap(0.0)));
        let c = cross.get().map(|c| numbers::years(l, c));
        (tx().result)(
            &start,
            c.as_deref(),
            &format::fraction(l, state.horizon.get(), 0),
        )
    });
    let readout = Signal::derive(move || {
        let l = lang();
        match hover.get() {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some(t) => {
                f.with(|f| (tx().readout)(&numbers::years(l, t), &numbers::gap(l, f.raw_gap(t))))
            }
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        let horizon = state.horizon.get();
        f.with(|f| {
            let series = f.series(fixed_span(f, horizon), 120);
            let raw: Vec<_> = series.iter().map(|p| (p.t, p.raw_gap)).collect();
            let clipped: Vec<_> = series.iter().map(|p| (p.t, p.clipped_gap)).collect();
            let lines = [
                Line {
                    label: t.raw,
                    points: &raw,
                    color: SeriesColor::Text,
                    style: LineStyle::Dashed,
                },
                Line {
                    label: t.clipped,
                    points: &clipped,
                    color: SeriesColor::Gap,
                    style: LineStyle::Solid,
                },
            ];
            out.lines(
                &LinesChart {
                    lines: &lines,
                    x_axis: t.x_axis,
                    y_axis: t.y_axis,
                    log_y: false,
                    include_zero: true,
                    y_max: None,
                    event: None,
                    marker: f.cross_t(horizon).map(|c| (c, 0.0, t.cross)),
                    cursor,
                },
                &|v, digits| format::fraction(l, v, digits as u8),
                &|v| format::fraction(l, v, 2),
            )
        })
    });
    let rows = Box::new(move || {
        let l = lang();
        let horizon = state.horizon.get();
        f.with(|f| {
            f.series(fixed_span(f, horizon), 10)
                .into_iter()
                .map(|p| {
                    vec![
                        format::fraction(l, p.t, 1),
                        numbers::loss(l, p.equiv),
                        numbers::loss(l, p.frontier),
                        numbers::gap(l, p.raw_gap),
                        numbers::gap(l, p.clipped_gap),
                    ]
                })
                .collect()
        })
    });
    view! {
        <Calculator
            id="fixed-price"
            texts=|t| t.money.fixed.calc
            inputs=FIXED_INPUTS
            presets=FIXED_PRESETS
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
