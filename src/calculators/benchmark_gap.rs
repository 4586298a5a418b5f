//! Section 2, extended: the gap in benchmark points (MODEL.md §1.3, MMLU map and `MMLU^p`)
//! and the lag in years (§1.2), beside the loss gap, so the reader sees both truths at once.

use crate::i18n::CalcTexts;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::Choice;
use lejto_charts::{Panel, PanelsChart, SeriesColor};
use lejto_model::benchmark::STEP_CHOICES;
use lejto_model::{Convergence, Peak};
use leptos::prelude::*;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
struct Series {
    c: Convergence,
    loss_gap: Vec<(f64, f64)>,
    bench_gap: Vec<(f64, f64)>,
    behind: Vec<(f64, f64)>,
    peak: Peak,
    steps: u32,
}

fn series(c: Convergence, steps: u32) -> Series {
    let n = 120;
    let ts: Vec<f64> = (0..=n).map(|i| c.horizon() * i as f64 / n as f64).collect();
    Series {
        loss_gap: ts.iter().map(|&t| (t, c.gap(t))).collect(),
        bench_gap: ts
            .iter()
            .map(|&t| (t, 100.0 * c.benchmark_gap(t, steps)))
            .collect(),
        behind: ts
            .iter()
            .filter_map(|&t| c.years_behind(t).map(|b| (t, b)))
            .collect(),
        peak: c.benchmark_peak(steps),
        steps,
        c,
    }
}

/// Benchmark points and years behind, with the multi-step control.
#[component]
pub fn BenchmarkGap() -> impl IntoView {
    let state = AppState::get();
    let conv = crate::state::Derived::get().convergence;
    let model = Memo::new(move |_| conv.get().map(|c| series(c, state.steps.get())));
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let t = move || &state.texts().bench;
    let with_m = move |f: fn(&Series, crate::i18n::Lang) -> String| {
        Signal::derive(move || model.with(|m| m.as_ref().map(|m| f(m, lang())).unwrap_or_default()))
    };
    let behind_h = |m: &Series| m.c.years_behind(m.c.horizon());
    let sentence = Signal::derive(move || {
        let l = lang();
        model.with(|m| {
            let Some(m) = m else { return String::new() };
            match behind_h(m) {
                Some(b) => (t().result)(
                    &numbers::years(l, m.peak.t),
                    &numbers::points(l, 100.0 * m.peak.gap),
                    &numbers::gap(l, m.c.gap(m.c.horizon())),
                    &numbers::years(l, b),
                    &numbers::years(l, m.c.horizon()),
                ),
                None => t().never.to_string(),
            }
        })
    });
    let readout = move || {
        let l = lang();
        let Some(x) = hover.get() else {
            return state.texts().chart_ui.readout_hint.to_string();
        };
        model.with(|m| {
            let Some(m) = m else { return String::new() };
            (t().readout)(
                &numbers::years(l, x),
                &numbers::gap(l, m.c.gap(x)),
                &numbers::points(l, 100.0 * m.c.benchmark_gap(x, m.steps)),
                &m.c.years_behind(x)
                    .map(|b| numbers::years(l, b))
                    .unwrap_or_else(|| "–".into()),
            )
        })
    };

    let draw = Rc::new(move |out: &ChartOut| {
        let tx = t();
        let l = lang();
        let cursor = hover.get();
        model.with(|m| {
            let m = m
                .as_ref()
                .ok_or_else(|| lejto_charts::ChartError("invalid inputs".into()))?;
            let mut panels = vec![
                Panel {
                    y_axis: tx.panel_loss,
                    points: &m.loss_gap,
                    color: SeriesColor::Gap,
                    include_zero: true,
                    marker: None,
                },
                Panel {
                    y_axis: tx.panel_bench,
                    points: &m.bench_gap,
                    color: SeriesColor::Frontier,
                    include_zero: true,
                    marker: (m.peak.gap > 0.0).then_some((m.peak.t, 100.0 * m.peak.gap, tx.peak)),
                },
            ];
            // Without shared progress the meek lab never arrives: no lag to draw.
            if m.behind.len() > 1 {
                panels.push(Panel {
                    y_axis: tx.panel_behind,
                    points: &m.behind,
                    color: SeriesColor::Meek,
                    include_zero: true,
                    marker: None,
                });
            }
            let chart = PanelsChart {
                panels: &panels,
                x_axis: tx.x_axis,
                cursor,
            };
            out.panels(&chart, &|v, d| crate::format::fraction(l, v, d as u8))
        })
    });

    let rows = Box::new(move || {
        let l = lang();
        model.with(|m| {
            let Some(m) = m else { return Vec::new() };
            (0..=m.c.horizon().floor() as usize)
                .map(|y| y as f64)
                .map(|y| {
                    vec![
                        crate::format::fraction(l, y, 0),
                        numbers::gap(l, m.c.gap(y)),
                        numbers::points(l, 100.0 * m.c.benchmark_gap(y, m.steps)),
                        m.c.years_behind(y)
                            .map(|b| numbers::years(l, b))
                            .unwrap_or_else(|| "–".into()),
                    ]
                })
                .collect()
        })
    });

    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.bench.out_peak_t),
            testid: "mmlu-peak-t",
            text: with_m(|m, l| (l.texts().after_years)(&numbers::years(l, m.peak.t), m.peak.t)),
            raw: with_m(|m, _| m.peak.t.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.bench.out_peak_gap),
            testid: "mmlu-peak-gap",
            text: with_m(|m, l| (l.texts().bench.points)(&numbers::points(l, 100.0 * m.peak.gap))),
            raw: with_m(|m, _| (100.0 * m.peak.gap).to_string()),
        },
        CalcOutput {
            // The horizon is in the label: "years behind after 20 years".
            label: Signal::derive(move || {
                (t().out_behind)(&numbers::years(lang(), state.horizon.get()))
            }),
            testid: "behind-h",
            text: with_m(|m, l| {
                m.c.years_behind(m.c.horizon())
                    .map(|b| (l.texts().years)(&numbers::years(l, b), b))
                    .unwrap_or_else(|| "–".into())
            }),
            raw: with_m(|m, _| {
                m.c.years_behind(m.c.horizon())
                    .map(|b| b.to_string())
                    .unwrap_or_default()
            }),
        },
    ];

    // It continues the convergence calculator: no region, no intro, no sources of its own.
    view! {
        <Calculator
            id="benchmark-gap"
            texts=|t| CalcTexts {
                title: t.bench.title,
                intro: "",
                chart_alt: t.bench.chart_alt,
                columns: &t.bench.columns,
                sources: "",
            }
            testids="benchmark"
            testid="benchmark-gap"
            region=false
            outputs=outputs
            draw=draw
            hover=hover
            readout=Signal::derive(readout)
            sentence=sentence
            rows=rows
        >
            <Choice
                key="steps"
                options=&STEP_CHOICES
                option_id=|p: u32| p.to_string()
                label=|t, p| (t.bench.steps_choice)(p)
                legend=|t| t.bench.steps_legend
                value=state.steps
                testid="steps"
            />
        </Calculator>
    }
}
