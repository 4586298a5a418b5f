//! What comes next (essay section 6), third direction: a new chip both labs adopt.

use super::formats::{TIMES, YEARS};
use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::convergence::Lab;
use lejto_model::new_hardware::{Chip, CHIP, CHIP_YEAR};
use lejto_model::Convergence;
use leptos::prelude::*;
use std::rc::Rc;

const CHIP_INPUTS: &[CalcInput] = &[
    CalcInput::new(&CHIP, |t| t.money.chip.chip, TIMES),
    CalcInput::new(&CHIP_YEAR, |t| t.money.chip.chipyear, YEARS),
];
const CHIP_PRESETS: &[CalcPreset] = &[CalcPreset {
    id: "leap",
    text: |t| t.money.chip.preset_leap,
    values: &[(&CHIP, 10.0), (&CHIP_YEAR, 1.0)],
}];

/// A new kind of chip that both labs adopt.
#[component]
pub fn ChipCalculator() -> impl IntoView {
    let state = AppState::get();
    let (k, y) = (state.param(&CHIP), state.param(&CHIP_YEAR));
    let conv = crate::state::Derived::get().convergence;
    let chip = Memo::new(move |_| Chip::new(k.get(), y.get()).ok());
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.chip;
    let with = move |f: &dyn Fn(&Convergence, &Chip) -> Option<f64>| {
        conv.with(|c| chip.with(|ch| c.as_ref().zip(ch.as_ref()).and_then(|(c, ch)| f(c, ch))))
    };
    let cut = Memo::new(move |_| with(&|c, _| Some(1.0 - k.get().powf(-c.scenario().alpha))));
    let new_peak = Memo::new(move |_| with(&|c, ch| Some(ch.peak(c).gap)));
    let old_peak = Memo::new(move |_| conv.with(|c| c.as_ref().map(|c| c.peak().gap)));
    // How much sooner the meek lab reaches the loss the frontier has when the chip arrives.
    let saved =
        Memo::new(move |_| with(&|c, ch| ch.years_saved(c, Lab::Meek, c.frontier_loss(ch.year()))));
    let text_or =
        |v: Option<f64>, f: &dyn Fn(f64) -> String| v.map(f).unwrap_or_else(|| "–".into());
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.chip.out_cut),
            testid: "chip-cut",
            text: Signal::derive(move || {
                text_or(cut.get(), &|v| numbers::percent_of(lang(), 100.0 * v))
            }),
            raw: Signal::derive(move || cut.get().map(|v| v.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.chip.out_peak),
            testid: "chip-peak-gap",
            text: Signal::derive(move || text_or(new_peak.get(), &|v| numbers::gap(lang(), v))),
            raw: Signal::derive(move || new_peak.get().map(|v| v.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.chip.out_saved),
            testid: "chip-saved",
            text: Signal::derive(move || {
                let l = lang();
                text_or(saved.get(), &|v| {
                    (l.texts().years)(&numbers::years(l, v), v)
                })
            }),
            raw: Signal::derive(move || saved.get().map(|v| v.to_string()).unwrap_or_default()),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        let s = saved.get().map(|v| numbers::years(l, v));
        (tx().result)(
            &[
                numbers::factor(l, k.get()),
                numbers::years(l, y.get()),
                text_or(cut.get(), &|v| numbers::percent_of(l, 100.0 * v)),
                text_or(old_peak.get(), &|v| numbers::gap(l, v)),
                text_or(new_peak.get(), &|v| numbers::gap(l, v)),
            ],
            s.as_deref(),
        )
    });
    let readout = Signal::derive(move || {
        let l = lang();
        match hover.get() {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some(t) => {
                let g = |f: &dyn Fn(&Convergence, &Chip) -> Option<f64>| {
                    text_or(with(f), &|v| numbers::gap(l, v))
                };
                (tx().readout)(
                    &numbers::years(l, t),
                    &g(&|c, _| Some(c.gap(t))),
                    &g(&|c, ch| Some(ch.gap(c, t))),
                )
            }
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        let h = state.horizon.get();
        let sample = |f: &dyn Fn(&Convergence, &Chip, f64) -> f64| -> Vec<(f64, f64)> {
            conv.with(|c| {
                chip.with(|ch| match (c, ch) {
                    (Some(c), Some(ch)) => (0..=200)
                        .map(|i| h * i as f64 / 200.0)
                        .map(|x| (x, f(c, ch, x)))
                        .collect(),
                    _ => Vec::new(),
                })
            })
        };
        let without = sample(&|c, _, x| c.gap(x));
        let with_chip = sample(&|c, ch, x| ch.gap(c, x));
        let lines = [
            Line {
                label: t.without,
                points: &without,
                color: SeriesColor::Text,
                style: LineStyle::Dashed,
            },
            Line {
                label: t.with,
                points: &with_chip,
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
                event: Some((y.get(), t.arrives)),
                marker: None,
                cursor,
            },
            &|v, d| format::fraction(l, v, d as u8),
            &|v| format::fraction(l, v, 2),
        )
    });
    let rows = Box::new(move || {
        let l = lang();
        let h = state.horizon.get();
        crate::widgets::data_table::table_years(h)
            .map(|t| {
                let g = |f: &dyn Fn(&Convergence, &Chip) -> Option<f64>| {
                    text_or(with(f), &|v| numbers::gap(l, v))
                };
                vec![
                    format::fraction(l, t, 0),
                    g(&|c, _| Some(c.gap(t))),
                    g(&|c, ch| Some(ch.gap(c, t))),
                ]
            })
            .collect()
    });
    view! {
        <Calculator
            id="chip"
            texts=|t| t.money.chip.calc
            inputs=CHIP_INPUTS
            presets=CHIP_PRESETS
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
