//! The counterweights (essay section 7): one chart, four measures of the frontier's lead, so
//! the reader sees that whether the meek "catch up" depends on what is measured; and the
//! share of algorithmic progress small labs really get.

use super::formats::SHARE;
use crate::format;
use crate::i18n::Lang;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::{Choice, ParamControl};
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::metric::Metric;
use lejto_model::scenario::GASHARE;
use lejto_model::{Convergence, Scenario};
use leptos::prelude::*;
use std::rc::Rc;

/// A metric's value as the reader reads it.
fn show(l: Lang, m: Metric, v: f64) -> String {
    match m {
        Metric::LossGap => numbers::gap(l, v),
        Metric::BenchmarkPoints => numbers::points(l, v),
        Metric::ReducibleRatio => numbers::factor(l, v),
        Metric::YearsBehind => numbers::years(l, v),
    }
}

fn index(m: Metric) -> usize {
    Metric::ALL.iter().position(|x| *x == m).unwrap_or(0)
}

/// The chosen measure over the years.
#[component]
pub fn MetricsCalculator() -> impl IntoView {
    let state = AppState::get();
    let conv = crate::state::Derived::get().convergence;
    // The same scenario with every algorithmic gain shared, for comparison.
    let full = Memo::new(move |_| {
        let s = state.scenario.get();
        (s.gashare < 1.0)
            .then(|| Convergence::new(Scenario { gashare: 1.0, ..s }, state.horizon.get()).ok())
            .flatten()
    });
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.metric;
    let value = move |t: f64| {
        let (m, steps) = (state.metric.get(), state.steps.get());
        conv.with(|c| c.as_ref().and_then(|c| m.value(c, t, steps)))
    };
    let peak = Memo::new(move |_| {
        let h = state.horizon.get();
        (0..=200)
            .filter_map(|i| value(h * i as f64 / 200.0))
            .fold(None, |a: Option<f64>, v| Some(a.map_or(v, |a| a.max(v))))
    });
    let text = move |v: Option<f64>| {
        v.map(|v| show(lang(), state.metric.get(), v))
            .unwrap_or_else(|| "–".into())
    };
    let raw = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.metric.out_start),
            testid: "metric-start",
            text: Signal::derive(move || text(value(0.0))),
            raw: Signal::derive(move || raw(value(0.0))),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.metric.out_peak),
            testid: "metric-peak",
            text: Signal::derive(move || text(peak.get())),
            raw: Signal::derive(move || raw(peak.get())),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.metric.out_end),
            testid: "metric-end",
            text: Signal::derive(move || text(value(state.horizon.get()))),
            raw: Signal::derive(move || raw(value(state.horizon.get()))),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        let m = state.metric.get();
        let t = tx();
        (t.result)(
            t.measured[index(m)],
            &text(value(0.0)),
            &text(value(state.horizon.get())),
            &format::fraction(l, state.horizon.get(), 0),
            t.verdict[index(m)],
        )
    });
    let readout = Signal::derive(move || match hover.get() {
        None => state.texts().chart_ui.readout_hint.to_string(),
        Some(t) => (tx().readout)(&numbers::years(lang(), t), &text(value(t))),
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let (m, steps, h) = (state.metric.get(), state.steps.get(), state.horizon.get());
        let cursor = hover.get();
        let sample = |c: &Option<Convergence>| -> Vec<(f64, f64)> {
            c.as_ref().map_or(Vec::new(), |c| {
                (0..=200)
                    .filter_map(|i| {
                        let x = h * i as f64 / 200.0;
                        m.value(c, x, steps).map(|v| (x, v))
                    })
                    .collect()
            })
        };
        let mine = conv.with(sample);
        let shared = full.with(sample);
        let mut lines = vec![Line {
            label: t.yours,
            points: &mine,
            color: SeriesColor::Gap,
            style: LineStyle::Solid,
        }];
        if !shared.is_empty() {
            lines.push(Line {
                label: t.full,
                points: &shared,
                color: SeriesColor::Text,
                style: LineStyle::Dashed,
            });
        }
        out.lines(
            &LinesChart {
                lines: &lines,
                x_axis: t.x_axis,
                y_axis: t.names[index(m)],
                log_y: false,
                include_zero: m != Metric::ReducibleRatio,
                y_max: None,
                event: None,
                marker: None,
                cursor,
            },
            &|v, d| format::fraction(l, v, d as u8),
            &|v| show(l, m, v),
        )
    });
    let rows =
        Box::new(move || {
            let l = lang();
            let h = state.horizon.get();
            conv.with(|c| {
                let Some(c) = c else { return Vec::new() };
                let steps = state.steps.get();
                crate::widgets::data_table::table_years(h)
                    .map(|t| {
                        let mut row = vec![format::fraction(l, t, 0)];
                        row.extend(Metric::ALL.iter().map(|m| {
                            m.value(c, t, steps).map_or("–".into(), |v| show(l, *m, v))
                        }));
                        row
                    })
                    .collect()
            })
        });
    let gashare = Signal::derive(move || state.scenario.get().gashare);
    view! {
        <Calculator
            id="metrics"
            texts=|t| t.money.metric.calc
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        >
            <Choice
                key="metric"
                options=&Metric::ALL
                option_id=|m: Metric| m.as_str().to_string()
                label=|t, m| t.money.metric.names[index(m)].to_string()
                legend=|t| t.money.metric.legend
                value=state.metric
                testid="metric"
            />
            <fieldset class="params">
                <ParamControl
                    spec=&GASHARE
                    text=|t| t.gashare
                    value=gashare
                    on_change=Callback::new(move |v| state.scenario.update(|s| s.gashare = v))
                    format=SHARE
                />
            </fieldset>
        </Calculator>
    }
}
