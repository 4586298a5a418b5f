//! What comes next (essay section 6): three directions as three figures. A mix of large and
//! small models, where the frontier's progress comes from, and a new chip.

use super::inference::bill;
use super::money::{SHARE, TIMES, YEARS};
use crate::format;
use crate::i18n::Lang;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::calculator::{CalcInput, CalcOutput, CalcPreset, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use lejto_charts::{Line, LineStyle, LinesChart, SeriesColor};
use lejto_model::convergence::Lab;
use lejto_model::inference::ANSWERS;
use lejto_model::mix::{Mix, Tier, LARGEQUALITY, SMALLQUALITY, SMALLSHARE};
use lejto_model::new_hardware::{Chip, CHIP, CHIP_YEAR};
use lejto_model::progress::progress_split;
use lejto_model::Convergence;
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

/// The mix at `share`, priced per answer by section 5's bill (one shared set of prices).
pub(crate) fn mix_at(state: &AppState, share: f64) -> Option<Mix> {
    let per = bill(state).per_answer_at(0.0);
    let q = |spec| state.param(spec).get();
    Mix::new(
        share,
        Tier {
            price: per.small,
            quality: q(&SMALLQUALITY),
        },
        Tier {
            price: per.large,
            quality: q(&LARGEQUALITY),
        },
    )
    .ok()
}

/// Large and small models together.
#[component]
pub fn MixCalculator() -> impl IntoView {
    let state = AppState::get();
    let share = state.param(&SMALLSHARE);
    let mix = Memo::new(move |_| mix_at(&state, share.get()));
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
            label: |t| t.money.mix.out_cost,
            testid: "mix-cost",
            text: out(|m, l| format::dollars(l, m.cost())),
            raw: raw(Mix::cost),
        },
        CalcOutput {
            label: |t| t.money.mix.out_quality,
            testid: "mix-quality",
            text: out(|m, l| numbers::percent_of(l, 100.0 * m.quality())),
            raw: raw(Mix::quality),
        },
        CalcOutput {
            label: |t| t.money.mix.out_savings,
            testid: "mix-savings",
            text: out(|m, l| numbers::percent_of(l, 100.0 * m.savings())),
            raw: raw(Mix::savings),
        },
        CalcOutput {
            label: |t| t.money.mix.out_bill,
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
    let curve =
        move |s: f64| mix_at(&state, s).map(|m| (100.0 * (1.0 - m.savings()), 100.0 * m.quality()));
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
                mix_at(&state, s).map(|m| {
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
            texts=|t| &t.money.mix.calc
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
            label: |t| t.money.progress.out_total,
            testid: "progress-total",
            text: Signal::derive(move || orders(lang(), at_end.get().0.total())),
            raw: Signal::derive(move || at_end.get().0.total().to_string()),
        },
        CalcOutput {
            label: |t| t.money.progress.out_investment,
            testid: "progress-investment",
            text: Signal::derive(move || {
                numbers::percent_of(lang(), 100.0 * at_end.get().0.shares().investment)
            }),
            raw: Signal::derive(move || at_end.get().0.shares().investment.to_string()),
        },
        CalcOutput {
            label: |t| t.money.progress.out_meek,
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
        super::money::table_years(h)
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
            texts=|t| &t.money.progress.calc
            inputs=&[]
            outputs=outputs
            draw=draw
            hover=hover
            readout=readout
            sentence=sentence
            rows=rows
        />
    }
}

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
    let conv = Memo::new(move |_| Convergence::new(state.scenario.get(), state.horizon.get()).ok());
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
            label: |t| t.money.chip.out_cut,
            testid: "chip-cut",
            text: Signal::derive(move || {
                text_or(cut.get(), &|v| numbers::percent_of(lang(), 100.0 * v))
            }),
            raw: Signal::derive(move || cut.get().map(|v| v.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: |t| t.money.chip.out_peak,
            testid: "chip-peak-gap",
            text: Signal::derive(move || text_or(new_peak.get(), &|v| numbers::gap(lang(), v))),
            raw: Signal::derive(move || new_peak.get().map(|v| v.to_string()).unwrap_or_default()),
        },
        CalcOutput {
            label: |t| t.money.chip.out_saved,
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
        super::money::table_years(h)
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
            texts=|t| &t.money.chip.calc
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
