//! The convergence calculator (MODEL.md §1.1–§1.2): when is the frontier lab's lead largest,
//! and when has it halved?

use super::formats::{DOLLARS, EXPONENT, FRACTION, SCENARIO_GROWTH, WHOLE_YEARS};
use super::presets::Presets;
use super::GuessFirst;
use crate::format::{self, Style};
use crate::i18n::{BandFacts, CalcTexts, InputText, Lang, ResultFacts, Texts};
use crate::state::sampler::Band;
use crate::state::AppState;
use crate::widgets::calculator::{fixed_label, CalcOutput, Calculator};
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::param_control::ValueFormat;
use crate::widgets::ParamControl;
use lejto_charts::{ConvergenceChart, ConvergenceLabels};
use lejto_model::convergence::HORIZON;
use lejto_model::uncertainty::LEVELS;
use lejto_model::{Convergence, ConvergencePoint, Outcome, Peak, ScenarioField};
use leptos::prelude::*;
use std::rc::Rc;

/// Everything the view shows, computed once per change of the inputs.
#[derive(Debug, Clone, PartialEq)]
struct Projection {
    points: Vec<ConvergencePoint>,
    peak: Peak,
    half: Option<(f64, f64)>,
    late_halving: Option<f64>,
    outcome: Outcome,
    horizon: f64,
}

/// Samples per chart: smooth at phone and desktop widths, cheap to draw.
const SAMPLES: usize = 120;

fn project(c: &Convergence) -> Projection {
    Projection {
        points: c.series(SAMPLES),
        peak: c.peak(),
        half: c.half_time().map(|t| (t, c.gap(t))),
        late_halving: c.late_halving_years(),
        outcome: c.outcome(),
        horizon: c.horizon(),
    }
}

use crate::numbers::{gap, years};

fn facts(p: &Projection, lang: Lang) -> ResultFacts {
    ResultFacts {
        peak_t: years(lang, p.peak.t),
        peak_gap: gap(lang, p.peak.gap),
        half_t: p.half.map(|(t, _)| years(lang, t)),
        late_halving: p.late_halving.map(|y| years(lang, y)),
        horizon: format::fraction(lang, p.horizon, 0),
        case: p.outcome,
    }
}

fn field_text(f: ScenarioField) -> fn(&Texts) -> InputText {
    match f {
        ScenarioField::Gi => |t| t.gi,
        ScenarioField::Gh => |t| t.gh,
        ScenarioField::Ga => |t| t.ga,
        ScenarioField::Meek => |t| t.meek,
        ScenarioField::Frontier => |t| t.frontier,
        ScenarioField::Alpha => |t| t.alpha,
        ScenarioField::Gashare => |t| t.gashare,
    }
}

pub(crate) fn field_format(f: ScenarioField) -> ValueFormat {
    match f {
        ScenarioField::Gi | ScenarioField::Gh | ScenarioField::Ga => SCENARIO_GROWTH,
        ScenarioField::Meek | ScenarioField::Frontier => DOLLARS,
        ScenarioField::Alpha => EXPONENT,
        ScenarioField::Gashare => FRACTION,
    }
}

/// The chart's labels in the reader's language (the opening figure draws the same chart).
pub(crate) fn chart_labels(t: &Texts) -> ConvergenceLabels<'static> {
    ConvergenceLabels {
        x_axis: t.chart_x,
        loss_axis: t.chart_loss,
        gap_axis: t.chart_gap_axis,
        frontier: t.chart_frontier,
        meek: t.chart_meek,
        peak: t.chart_peak,
        half: t.chart_half,
        guess: t.guess.marker,
        // Only the convergence calculator draws the band; it words these for its levels.
        band_inner: "",
        band_outer: "",
    }
}

/// The share of sampled worlds between the band's outer quantiles ("90%") and its inner ones.
pub(crate) fn band_levels(lang: Lang) -> (String, String) {
    let share = |lo: usize, hi: usize| crate::numbers::percent(lang, LEVELS[hi] - LEVELS[lo]);
    (share(0, 4), share(1, 3))
}

/// The band's intervals, formatted: between the outer quantiles (a half-way time beyond the
/// window is `None`).
pub(crate) fn band_facts(band: &Band, lang: Lang) -> BandFacts {
    let s = &band.summary;
    let y = |v: f64| v.is_finite().then(|| years(lang, v));
    BandFacts {
        n: format::fraction(lang, s.n as f64, 0),
        level: band_levels(lang).0,
        peak: (years(lang, s.peak_t[0]), years(lang, s.peak_t[4])),
        half: (y(s.half_t[0]), y(s.half_t[4])),
        horizon: format::fraction(lang, band.horizon, 0),
    }
}

/// The read-out sentence for year `t`.
pub(crate) fn year_readout(c: &Convergence, t: f64, lang: Lang) -> String {
    (lang.texts().headline.readout)(
        &years(lang, t),
        &crate::numbers::loss(lang, c.frontier_loss(t)),
        &crate::numbers::loss(lang, c.meek_loss(t)),
        &gap(lang, c.gap(t)),
    )
}

/// One data-table row per whole year: year, both losses, the gap.
pub(crate) fn year_rows(c: &Convergence, lang: Lang) -> Vec<Vec<String>> {
    (0..=c.horizon().floor() as usize)
        .map(|y| y as f64)
        .map(|y| {
            vec![
                format::fraction(lang, y, 0),
                crate::numbers::loss(lang, c.frontier_loss(y)),
                crate::numbers::loss(lang, c.meek_loss(y)),
                gap(lang, c.gap(y)),
            ]
        })
        .collect()
}

/// The convergence calculator: presets, the shared assumptions, the horizon, three outputs,
/// the chart and a sentence stating the result.
#[component]
pub fn ConvergenceCalculator() -> impl IntoView {
    let state = AppState::get();
    let derived = crate::state::Derived::get();
    let (conv, band) = (derived.convergence, derived.band);
    let projection = Memo::new(move |_| conv.get().map(|c| project(&c)));
    let lang = move || state.lang.get();
    let with_p = move |f: fn(&Projection, Lang) -> String| {
        move || projection.with(|p| p.as_ref().map(|p| f(p, lang())).unwrap_or_default())
    };

    let sentence = Signal::derive(with_p(|p, l| (l.texts().result)(&facts(p, l))));
    let hover = RwSignal::new(None::<f64>);
    let readout = move || {
        let l = lang();
        let Some(x) = hover.get() else {
            return state.texts().chart_ui.readout_hint.to_string();
        };
        conv.get()
            .map(|c| year_readout(&c, x, l))
            .unwrap_or_default()
    };
    let rows = Box::new(move || {
        let l = lang();
        conv.get().map(|c| year_rows(&c, l)).unwrap_or_default()
    });
    // Re-read only when α itself changes, not on every tick of another slider.
    let alpha = Memo::new(move |_| state.scenario.get().alpha);
    let alpha_effect = Signal::derive(move || {
        let l = lang();
        let cut = 1.0 - 10f64.powf(-alpha.get());
        (l.texts().alpha_effect)(&format::number(l, cut, Style::Percent))
    });

    let inputs = ScenarioField::CONVERGENCE
        .into_iter()
        .map(|f| {
            let extra = (f == ScenarioField::Alpha).then_some(alpha_effect);
            view! {
                <ParamControl
                    spec=f.spec()
                    text=field_text(f)
                    value=Memo::new(move |_| f.get(&state.scenario.get()))
                    on_change=Callback::new(move |v| state.scenario.update(|s| *s = f.set(*s, v)))
                    format=field_format(f)
                    extra=extra
                />
            }
            .into_any()
        })
        .collect_view();

    let note = Signal::derive(move || {
        let l = lang();
        band.with(|b| match b {
            Some(b) => (l.texts().uncertainty.band_note)(&band_facts(b, l)),
            None => l.texts().uncertainty.band_pending.to_string(),
        })
    });
    let draw = Rc::new(move |out: &ChartOut| {
        let l = lang();
        let (outer, inner) = band_levels(l);
        let share = l.texts().uncertainty.band_share;
        let (inner, outer) = (share(&inner), share(&outer));
        let labels = ConvergenceLabels {
            band_inner: &inner,
            band_outer: &outer,
            ..chart_labels(state.texts())
        };
        let cursor = hover.get();
        let shown = state.band.get();
        band.with(|b| {
            projection.with(|p| {
                let band = match (shown, b) {
                    (true, Some(b)) => &b.summary.band[..],
                    _ => &[],
                };
                let p = p
                    .as_ref()
                    .ok_or_else(|| lejto_charts::ChartError("invalid inputs".into()))?;
                let chart = ConvergenceChart {
                    points: &p.points,
                    peak: p.peak,
                    half: p.half,
                    cursor,
                    guess: state.guess.get(),
                    band,
                };
                out.convergence(&chart, &labels, &|v, d| format::fraction(l, v, d as u8))
            })
        })
    });

    let with_p = move |f: fn(&Projection, Lang) -> String| Signal::derive(with_p(f));
    let outputs = vec![
        CalcOutput {
            label: fixed_label(|t| t.out_peak_t),
            testid: "peak-t",
            text: with_p(|p, l| match p.outcome {
                Outcome::MeekAhead => l.texts().never_ahead.to_string(),
                _ => (l.texts().after_years)(&years(l, p.peak.t), p.peak.t),
            }),
            raw: with_p(|p, _| p.peak.t.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.out_peak_gap),
            testid: "peak-gap",
            text: with_p(|p, l| format!("{} {}", gap(l, p.peak.gap), l.texts().loss_unit)),
            raw: with_p(|p, _| p.peak.gap.to_string()),
        },
        CalcOutput {
            label: fixed_label(|t| t.out_half_t),
            testid: "half-t",
            text: with_p(|p, l| match p.half {
                Some((t, _)) => (l.texts().after_years)(&years(l, t), t),
                None => (l.texts().not_within)(&format::fraction(l, p.horizon, 0)),
            }),
            raw: with_p(|p, _| p.half.map(|(t, _)| t.to_string()).unwrap_or_default()),
        },
    ];
    let half_t = Signal::derive(move || {
        projection.with(|p| p.as_ref().and_then(|p| p.half.map(|(t, _)| t)))
    });

    view! {
        <Calculator
            id="convergence"
            texts=|t| CalcTexts {
                title: t.calc_title,
                intro: t.calc_intro,
                chart_alt: t.chart_alt,
                columns: &t.headline.columns,
                sources: "",
            }
            sentence_testid="result-sentence"
            above=Box::new(move || view! { <GuessFirst answer=half_t /> }.into_any())
            outputs=outputs
            draw=draw
            hover=hover
            readout=Signal::derive(readout)
            sentence=sentence
            note=Box::new(move || view! {
                <div class="calc-note">
                    <p data-testid="convergence-note">{move || note.get()}</p>
                    <label class="band-switch">
                        <input
                            type="checkbox"
                            data-testid="band-switch"
                            prop:checked=move || state.band.get()
                            on:change=move |ev| state.band.set(event_target_checked(&ev))
                        />
                        {move || state.texts().uncertainty.band_switch}
                    </label>
                </div>
            }.into_any())
            rows=rows
        >
            <Presets />
            <fieldset class="params">
                <legend>{move || state.texts().assumptions}</legend>
                {inputs}
                <ParamControl
                    spec=&HORIZON
                    text=|t| t.horizon
                    value=state.horizon
                    on_change=Callback::new(move |v| state.horizon.set(v))
                    format=WHOLE_YEARS
                />
            </fieldset>
        </Calculator>
    }
}
