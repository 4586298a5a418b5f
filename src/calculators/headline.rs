//! The opening figure (essay section 0): the frontier and meek labs' loss over the years with
//! a year the reader drags (or points at) and the numbers of that year.

use super::convergence::{chart_labels, year_readout, year_rows};
use super::formats::YEARS;
use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::chart_canvas::ChartOut;
use crate::widgets::{ChartCanvas, ChartFile, DataTable, Output, ParamControl, ShareTools};
use lejto_charts::ConvergenceChart;
use lejto_model::{Convergence, ConvergencePoint, ParamSpec, Peak};
use leptos::prelude::*;
use std::rc::Rc;

/// The year slider's range is the horizon; this spec only carries step and key.
const YEAR: ParamSpec = ParamSpec {
    key: "year",
    default: 0.0,
    min: 0.0,
    max: 50.0,
    step: 0.1,
    log: false,
    unit: "yr",
    source: "the reader's choice",
};

#[derive(Debug, Clone, PartialEq)]
struct Headline {
    c: Convergence,
    points: Vec<ConvergencePoint>,
    peak: Peak,
    half: Option<(f64, f64)>,
}

/// The opening chart with its year read-out.
#[component]
pub fn HeadlineFigure() -> impl IntoView {
    let state = AppState::get();
    let conv = crate::state::Derived::get().convergence;
    let model = Memo::new(move |_| {
        conv.get().map(|c| Headline {
            points: c.series(120),
            peak: c.peak(),
            half: c.half_time().map(|t| (t, c.gap(t))),
            c,
        })
    });
    // The chosen year; `None` follows the peak, so the figure opens on the story's moment.
    let chosen = RwSignal::new(None::<f64>);
    let hover = RwSignal::new(None::<f64>);
    let horizon = Memo::new(move |_| state.horizon.get());
    let year = Memo::new(move |_| {
        let h = horizon.get();
        let base = chosen
            .get()
            .or_else(|| model.with(|m| m.as_ref().map(|m| m.peak.t)))
            .unwrap_or(0.0);
        hover.get().unwrap_or(base).clamp(0.0, h)
    });
    let lang = move || state.lang.get();
    let at = move |f: fn(&Convergence, f64) -> Option<f64>| {
        Signal::derive(move || model.with(|m| m.as_ref().and_then(|m| f(&m.c, year.get()))))
    };
    let frontier = at(|c, t| Some(c.frontier_loss(t)));
    let meek = at(|c, t| Some(c.meek_loss(t)));
    let gap = at(|c, t| Some(c.gap(t)));
    let behind = at(|c, t| c.years_behind(t));
    let text = |v: Signal<Option<f64>>, f: fn(crate::i18n::Lang, f64) -> String| {
        Signal::derive(move || v.get().map(|v| f(lang(), v)).unwrap_or_else(|| "–".into()))
    };
    let raw = |v: Signal<Option<f64>>| {
        Signal::derive(move || v.get().map(|v| v.to_string()).unwrap_or_default())
    };
    let t = move || &state.texts().headline;
    // Off screen it waits until the section comes near (crate::shown).
    let readout = crate::shown::while_shown(move || {
        model.with(|m| {
            m.as_ref()
                .map(|m| year_readout(&m.c, year.get(), lang()))
                .unwrap_or_default()
        })
    });
    let readout = move || readout.get();

    let draw = Rc::new(move |out: &ChartOut| {
        let labels = chart_labels(state.texts());
        let l = lang();
        let cursor = Some(year.get());
        model.with(|m| {
            let m = m
                .as_ref()
                .ok_or_else(|| lejto_charts::ChartError("invalid inputs".into()))?;
            let chart = ConvergenceChart {
                points: &m.points,
                peak: m.peak,
                half: m.half,
                cursor,
                guess: None,
                band: &[],
            };
            out.convergence(&chart, &labels, &|v, d| format::fraction(l, v, d as u8))
        })
    });

    let rows = Box::new(move || {
        model.with(|m| {
            m.as_ref()
                .map(|m| year_rows(&m.c, lang()))
                .unwrap_or_default()
        })
    });

    view! {
        <figure class="calc-figure headline" id="headline" data-testid="headline">
            <figcaption class="figure-title">{move || t().title}</figcaption>
            <dl class="outputs outputs-4">
                <Output label=Signal::derive(move || t().frontier_loss.to_string()) text=text(frontier, numbers::loss) raw=raw(frontier) testid="year-frontier" />
                <Output label=Signal::derive(move || t().meek_loss.to_string()) text=text(meek, numbers::loss) raw=raw(meek) testid="year-meek" />
                <Output label=Signal::derive(move || t().gap.to_string()) text=text(gap, numbers::gap) raw=raw(gap) testid="year-gap" />
                <Output label=Signal::derive(move || t().behind.to_string()) text=text(behind, numbers::years) raw=raw(behind) testid="year-behind" />
            </dl>
            <div class="chart-box">
                <ChartCanvas
                    draw=draw.clone()
                    alt=Signal::derive(move || format!("{} {}", state.texts().chart_alt, readout()))
                    failed_text=Signal::derive(move || state.texts().chart_failed.to_string())
                    testid="headline-chart"
                    on_pointer=Callback::new(move |v| hover.set(v))
                />
            </div>
            <p class="readout" data-testid="headline-readout">{readout}</p>
            <div class="year-control">
                <ParamControl
                    spec=&YEAR
                    text=|t| t.headline.year
                    value=Signal::derive(move || chosen.get().unwrap_or_else(|| year.get()))
                    on_change=Callback::new(move |v: f64| chosen.set(Some(v.min(horizon.get_untracked()))))
                    format=YEARS
                    max=horizon
                />
            </div>
            <DataTable
                columns=Signal::derive(move || state.texts().headline.columns.to_vec())
                rows=rows
                testid="headline-table"
            />
            <ShareTools
                anchor="headline"
                title=Signal::derive(move || t().title.to_string())
                chart=ChartFile { draw, canvas: "headline-chart", caption: Signal::derive(readout) }
            />
        </figure>
    }
}
