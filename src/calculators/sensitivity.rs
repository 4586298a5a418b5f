//! Which assumption matters most (issue 16): for each contested assumption, how far the peak
//! and the half-way time move when it runs across its range around the reader's value, the
//! others held (`lejto_model::uncertainty::tornado`), as a tornado chart.

use super::convergence::field_format;
use crate::i18n::{Lang, SensitivityFacts};
use crate::numbers::years;
use crate::state::{AppState, Derived};
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{TornadoChart, TornadoLabels, TornadoRow};
use lejto_model::uncertainty::{Bar, Timing};
use leptos::prelude::*;
use std::rc::Rc;

/// The sentence's facts: the assumptions moving the half-way time most, second and least.
fn facts(bars: &[Bar], horizon: f64, lang: Lang) -> Option<SensitivityFacts> {
    let (top, second, last) = (bars.first()?, bars.get(1)?, bars.last()?);
    let half = |t: Timing| t.half_t.map(|t| years(lang, t));
    Some(SensitivityFacts {
        top: top.field,
        top_times: (half(top.low), half(top.high)),
        second: second.field,
        last: last.field,
        horizon: crate::format::fraction(lang, horizon, 0),
    })
}

/// One table row per assumption: name, range, the peak's and the half-way time's years at
/// either end.
fn rows(bars: &[Bar], horizon: f64, lang: Lang) -> Vec<Vec<String>> {
    let t = &lang.texts().uncertainty;
    let half = |x: Timing| {
        x.half_t.map_or_else(
            || (t.later_than)(&crate::format::fraction(lang, horizon, 0)),
            |v| years(lang, v),
        )
    };
    bars.iter()
        .map(|b| {
            let value = field_format(b.field).field;
            vec![
                (t.name)(b.field).to_string(),
                format!("{}–{}", value(lang, b.range.0), value(lang, b.range.1)),
                years(lang, b.low.peak_t),
                years(lang, b.high.peak_t),
                half(b.low),
                half(b.high),
            ]
        })
        .collect()
}

/// The tornado chart of the contested assumptions, with the one that matters most and a
/// sentence naming the order.
#[component]
pub fn SensitivityCalculator() -> impl IntoView {
    let state = AppState::get();
    let tornado = Derived::get().tornado;
    let lang = move || state.lang.get();
    let tx = move || &state.texts().uncertainty;
    let hover = RwSignal::new(None::<f64>);
    let outputs = vec![CalcOutput {
        label: fixed_label(|t| t.uncertainty.out_top),
        testid: "sensitivity-top",
        text: Signal::derive(move || {
            tornado.with(|t| {
                t.as_ref()
                    .and_then(|(_, bars)| bars.first())
                    .map(|b| (tx().name)(b.field).to_string())
                    .unwrap_or_default()
            })
        }),
        raw: Signal::derive(move || {
            tornado.with(|t| {
                t.as_ref()
                    .and_then(|(_, bars)| bars.first())
                    .map(|b| b.field.spec().key.to_string())
                    .unwrap_or_default()
            })
        }),
    }];
    let sentence = Signal::derive(move || {
        let l = lang();
        let h = state.horizon.get();
        tornado.with(|t| {
            t.as_ref()
                .and_then(|(_, bars)| facts(bars, h, l))
                .map(|f| (tx().sentence)(&f))
                .unwrap_or_default()
        })
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let horizon = state.horizon.get();
        tornado.with(|tor| {
            let (reader, bars) = tor
                .as_ref()
                .ok_or_else(|| lejto_charts::ChartError("invalid inputs".into()))?;
            let rows: Vec<_> = bars
                .iter()
                .map(|b| TornadoRow {
                    label: (t.name)(b.field),
                    low: b.low,
                    high: b.high,
                })
                .collect();
            let labels = TornadoLabels {
                x_axis: t.x_axis,
                peak: t.peak,
                half: t.half,
                low_end: t.low_end,
                high_end: t.high_end,
                reader: t.reader,
                beyond: t.beyond,
            };
            let chart = TornadoChart {
                rows: &rows,
                reader: *reader,
                horizon,
            };
            out.tornado(&chart, &labels, &|v, d| {
                crate::format::fraction(l, v, d as u8)
            })
        })
    });
    let table = Box::new(move || {
        let (l, h) = (lang(), state.horizon.get());
        tornado.with(|t| t.as_ref().map(|(_, b)| rows(b, h, l)).unwrap_or_default())
    });

    view! {
        <Calculator
            id="sensitivity"
            texts=|t| t.uncertainty.calc
            outputs=outputs
            draw=draw
            hover=hover
            readout=Signal::derive(String::new)
            sentence=sentence
            rows=table
        />
    }
}
