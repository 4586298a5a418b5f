//! What comes next (essay section 6), first direction: a mix of large and small models.

use super::formats::SHARE;
use crate::format;
use crate::i18n::Lang;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::inference::ANSWERS;
use lejto_model::mix::{Mix, LARGEQUALITY, SMALLQUALITY, SMALLSHARE};
use leptos::prelude::*;
use std::rc::Rc;

const MIX_INPUTS: &[CalcInput] = &[CalcInput::new(
    &SMALLSHARE,
    |t| t.money.mix.smallshare,
    SHARE,
)];
const MIX_MORE: &[CalcInput] = &[
    CalcInput::new(&SMALLQUALITY, |t| t.money.mix.smallquality, SHARE),
    CalcInput::new(&LARGEQUALITY, |t| t.money.mix.largequality, SHARE),
];
const MIX_PRESETS: &[CalcPreset] = &[CalcPreset {
    id: "all-large",
    text: |t| t.money.mix.preset_all_large,
    values: &[(&SMALLSHARE, 0.0)],
}];

/// Large and small models together.
#[component]
pub fn MixCalculator() -> impl IntoView {
    let state = AppState::get();
    let share = state.param(&SMALLSHARE);
    let derived = crate::state::Derived::get();
    let mix = derived.mix;
    let hover = RwSignal::new(None::<f64>);
    let lang = move || state.lang.get();
    let tx = move || &state.texts().money.mix;
    let pct = |l: Lang, v: f64| numbers::percent_of(l, 100.0 * v);
    let out = move |f: fn(&Mix, Lang) -> String| {
        Signal::derive(move || {
            mix.with(|m| {
                m.as_ref()
                    .map(|m| f(m, state.lang.get()))
                    .unwrap_or_default()
            })
        })
    };
    let raw = move |f: fn(&Mix) -> f64| {
        Signal::derive(move || {
            mix.with(|m| m.as_ref().map(|m| f(m).to_string()).unwrap_or_default())
        })
    };
    let yearly = move |m: &Mix| m.cost() * state.param(&ANSWERS).get() * 365.0;
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.money.mix.out_cost),
            testid: "mix-cost",
            text: out(|m, l| format::dollars(l, m.cost())),
            raw: raw(Mix::cost),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.mix.out_quality),
            testid: "mix-quality",
            text: out(|m, l| numbers::percent_of(l, 100.0 * m.quality())),
            raw: raw(Mix::quality),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.mix.out_savings),
            testid: "mix-savings",
            text: out(|m, l| numbers::percent_of(l, 100.0 * m.savings())),
            raw: raw(Mix::savings),
        },
        CalcOutput {
            label: fixed_label(|t| t.money.mix.out_bill),
            testid: "mix-bill",
            text: Signal::derive(move || {
                let l = lang();
                mix.with(|m| {
                    m.as_ref()
                        .map(|m| (l.texts().money.bill.per_year)(&format::dollars(l, yearly(m))))
                        .unwrap_or_default()
                })
            }),
            raw: Signal::derive(move || {
                mix.with(|m| {
                    m.as_ref()
                        .map(|m| yearly(m).to_string())
                        .unwrap_or_default()
                })
            }),
        },
    ];
    let sentence = Signal::derive(move || {
        let l = lang();
        mix.with(|m| {
            m.as_ref().map_or(String::new(), |m| {
                (tx().result)(
                    &pct(l, m.share()),
                    &pct(l, m.savings()),
                    &pct(l, m.quality()),
                    &pct(l, m.large().quality),
                    &pct(l, m.small().quality),
                )
            })
        })
    });
    // Both curves over the share, as percentages: cost against the all-large cost, quality.
    let curve = move |s: f64| {
        derived
            .mix_at(s)
            .map(|m| (100.0 * (1.0 - m.savings()), 100.0 * m.quality()))
    };
    let readout = Signal::derive(move || {
        let l = lang();
        match hover
            .get()
            .and_then(|x| curve((x / 100.0).clamp(0.0, 1.0)).map(|c| (x, c)))
        {
            None => state.texts().chart_ui.readout_hint.to_string(),
            Some((x, (cost, quality))) => (tx().readout)(
                &numbers::percent_of(l, x.clamp(0.0, 100.0)),
                &numbers::percent_of(l, cost),
                &numbers::percent_of(l, quality),
            ),
        }
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let t = tx();
        let l = lang();
        let cursor = hover.get();
        let s = share.get();
        let points: Vec<(f64, (f64, f64))> = (0..=50)
            .filter_map(|i| {
                let x = i as f64 / 50.0;
                curve(x).map(|c| (100.0 * x, c))
            })
            .collect();
        let cost: Vec<_> = points.iter().map(|(x, c)| (*x, c.0)).collect();
        let quality: Vec<_> = points.iter().map(|(x, c)| (*x, c.1)).collect();
        let lines = [
            Line {
                label: t.cost,
                points: &cost,
                color: SeriesColor::Frontier,
                style: LineStyle::Solid,
            },
            Line {
                label: t.quality,
                points: &quality,
                color: SeriesColor::Meek,
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
                event: Some((100.0 * s, t.yours)),
                marker: None,
                cursor,
            },
            &|v, d| format::fraction(l, v, d as u8),
            &|v| numbers::percent_of(l, v),
        )
    });
    let rows = Box::new(move || {
        let l = lang();
        (0..=10)
            .filter_map(|i| {
                let s = i as f64 / 10.0;
                derived.mix_at(s).map(|m| {
                    vec![
                        pct(l, s),
                        format::dollars(l, m.cost()),
                        pct(l, m.quality()),
                        pct(l, m.savings()),
                    ]
                })
            })
            .collect()
    });
    view! {
        <Calculator
            id="mix"
            texts=|t| t.money.mix.calc
            inputs=MIX_INPUTS
            more=MIX_MORE
            presets=MIX_PRESETS
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}
