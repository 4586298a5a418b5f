//! What comes next (essay section 6), second direction: where the frontier's progress
//! comes from.

use crate::format;
use crate::i18n::Lang;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::convergence::Lab;
use lejto_model::progress::progress_split;
use leptos::prelude::*;
use std::rc::Rc;

/// Where the frontier's effective compute comes from, stacked over the years, beside the
/// meek lab's total: a figure of the shared scenario.
#[component]
pub fn ProgressFigure() -> impl IntoView {
    let state = AppState::get();
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.progress;
    let orders =
        move |l: Lang, v: f64| (l.texts().money.progress.orders)(&format::fraction(l, v, 1));
    let at_end = Memo::new(move |_| {
        let (s, h) = (state.scenario.get(), state.horizon.get());
        (
            progress_split(&s, Lab::Frontier, h),
            progress_split(&s, Lab::Meek, h),
        )
    });
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.progress.out_total),
            testid: "progress-total",
            text: Signal::derive(move || orders(lang(), at_end.get().0.total())),
            raw: Signal::derive(move || at_end.get().0.total().to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.progress.out_investment),
            testid: "progress-investment",
            text: Signal::derive(move || {
                numbers::percent_of(lang(), 100.0 * at_end.get().0.shares().investment)
            }),
            raw: Signal::derive(move || at_end.get().0.shares().investment.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.progress.out_meek),
            testid: "progress-meek",
            text: Signal::derive(move || orders(lang(), at_end.get().1.total())),
            raw: Signal::derive(move || at_end.get().1.total().to_string()),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        let (f, m) = at_end.get();
        let sh = f.shares();
        (tx().result)(&[
            format::fraction(l, state.horizon.get(), 0),
            format::fraction(l, f.total(), 1),
            numbers::percent_of(l, 100.0 * sh.investment),
            numbers::percent_of(l, 100.0 * sh.hardware),
            numbers::percent_of(l, 100.0 * sh.algorithms),
            format::fraction(l, m.total(), 1),
        ])
    });
    let readout = Signal::derive(move || {
        let l = lang();
        let s = state.scenario.get();
        match hover.get() {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some(t) => {
                let (f, m) = (
                    progress_split(&s, Lab::Frontier, t),
                    progress_split(&s, Lab::Meek, t),
                );
                let o = |v: f64| format::fraction(l, v, 1);
                (tx().readout)(
                    &numbers::years(l, t),
                    &o(f.investment),
                    &o(f.hardware),
                    &o(f.algorithms),
                    &o(m.total()),
                )
            }
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        let (s, h) = (state.scenario.get(), state.horizon.get());
        let years: Vec<f64> = (0..=60).map(|i| h * i as f64 / 60.0).collect();
        // Stacked: each area is drawn to the cumulative sum.
        let layer = |k: usize| -> Vec<(f64, f64)> {
            years
                .iter()
                .map(|&y| {
                    let p = progress_split(&s, Lab::Frontier, y);
                    (y, [p.hardware, p.hardware + p.algorithms, p.total()][k])
                })
                .collect()
        };
        let (hw, alg, inv) = (layer(0), layer(1), layer(2));
        let meek: Vec<_> = years
            .iter()
            .map(|&y| (y, progress_split(&s, Lab::Meek, y).total()))
            .collect();
        let lines = [
            Line {
                label: t.hardware,
                points: &hw,
                color: SeriesColor::Frontier,
                style: LineStyle::Area,
            },
            Line {
                label: t.algorithms,
                points: &alg,
                color: SeriesColor::Gap,
                style: LineStyle::Area,
            },
            Line {
                label: t.investment,
                points: &inv,
                color: SeriesColor::Meek,
                style: LineStyle::Area,
            },
            Line {
                label: t.meek,
                points: &meek,
                color: SeriesColor::Text,
                style: LineStyle::Dashed,
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
                marker: None,
                cursor,
            },
            &|v, d| format::fraction(l, v, d as u8),
            &|v| format::fraction(l, v, 1),
        )
    });
    let rows = Box::new(move || {
        let l = lang();
        let (s, h) = (state.scenario.get(), state.horizon.get());
        crate::widgets::data_table::table_years(h)
            .map(|t| {
                let f = progress_split(&s, Lab::Frontier, t);
                let o = |v: f64| format::fraction(l, v, 1);
                vec![
                    o(t),
                    o(f.investment),
                    o(f.hardware),
                    o(f.algorithms),
                    o(progress_split(&s, Lab::Meek, t).total()),
                ]
            })
            .collect()
    });
    view! {
        <Calculator
            id="progress"
            texts=|t| t.money.progress.calc
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
