//! Every number the essay's prose uses, computed by the model from the reader's current state
//! and formatted for the language. Prose names them by key (`{peak-t}`); where a calculator
//! shows the same number as an output, the key equals the output's `data-testid` and the text
//! comes from the same formatter, so sentence and output always agree (an end-to-end test
//! checks it).

use super::cases;
use crate::format;
use crate::numbers;
use crate::state::{AppState, Derived};
use lejto_model::chinchilla::HOFFMANN;
use lejto_model::next_step::{cut_at_price, max_cut, next_step};
use lejto_model::reported;
use lejto_model::uncertainty::LEVELS;
use leptos::prelude::*;
use std::collections::HashMap;

pub use crate::widgets::fact_text::{Fact, FactMap};

/// Every fact key the prose may use (with `money_facts::MONEY_KEYS`). A native test checks
/// that the texts use no other.
pub const KEYS: &[&str] = &[
    // The shared scenario.
    "gi",
    "gh",
    "ga",
    "shared-gain",
    "frontier-compute-growth",
    "tenfold-cut",
    "meek",
    "frontier",
    "horizon",
    // Convergence (section 0 and 2).
    "peak-t",
    "peak-gap",
    "half-t",
    "late-halving",
    "gap-h",
    "gap-h-share",
    "behind-peak",
    "behind-h",
    "budget-15y",
    // Benchmark points (section 2).
    "steps",
    "mmlu-peak-t",
    "mmlu-peak-gap",
    "mmlu1-peak-gap",
    "mmlu-gap-5",
    "mmlu-gap-10",
    // DeepSeek-V3 against GPT-4 (section 2).
    "ds-flop",
    "gpt4-flop",
    "ds-cost",
    "gpt4-cost",
    "flop-ratio",
    "cost-ratio",
    "fpd-ratio",
    "fpd-years",
    "ds-gap",
    // Scaling law (section 1).
    "compute",
    "dollars",
    "n-opt",
    "d-opt",
    "loss-opt",
    "next10x-drop",
    "drop2",
    "tokens-per-param",
    "tpp-lo",
    "tpp-hi",
    // Price of the next step (section 4).
    "cut",
    "cut-factor",
    "cut-dollars",
    "max-cut",
    "yard-cut",
    "yard-dollars",
    // How sure the projection is (section 2): the band of sampled worlds, the tornado's order.
    "band-n",
    "band-level",
    "band-peak-lo",
    "band-peak-hi",
    "band-half-lo",
    "band-half-hi",
    "sens-top",
    "sens-second",
    "sens-last",
];

/// Which inputs a group of facts reads: each group is its own memo, so a slider recomputes
/// and re-formats only the numbers that depend on it.
pub const GROUPS: [fn(&AppState, &Derived) -> FactMap; 5] = [
    scenario_facts,
    uncertainty_facts,
    deepseek_facts,
    budget_facts,
    super::money_facts::money_facts,
];

/// Puts a case selector (see `cases`): its value as the text, its place among the selector's
/// values as the raw number. Never shown as a number: the prose chooses wording by it.
pub(super) fn put_case(m: &mut FactMap, selector: &'static str, value: &'static str) {
    let at = super::cases::values(selector)
        .iter()
        .position(|v| *v == value)
        .unwrap_or(usize::MAX);
    m.insert(
        selector,
        Fact {
            text: value.to_string(),
            raw: at as f64,
        },
    );
}

pub(super) fn putter(m: &mut FactMap) -> impl FnMut(&'static str, String, f64) + '_ {
    |k, text, raw| {
        if raw.is_finite() {
            m.insert(k, Fact { text, raw });
        }
    }
}

/// The shared scenario's numbers (sections 0 and 2).
fn scenario_facts(state: &AppState, derived: &Derived) -> FactMap {
    let l = state.lang.get();
    let s = state.scenario.get();
    let horizon = state.horizon.get();
    let steps = state.steps.get();
    let mut m = HashMap::new();
    let mut put = putter(&mut m);

    put("gi", numbers::growth(l, s.gi), s.gi);
    put("gh", numbers::growth(l, s.gh), s.gh);
    put("ga", numbers::growth(l, s.ga), s.ga);
    put("shared-gain", numbers::growth(l, s.gh * s.ga), s.gh * s.ga);
    put(
        "frontier-compute-growth",
        numbers::growth(l, s.gi * s.gh),
        s.gi * s.gh,
    );
    let tenfold = 1.0 - 10f64.powf(-s.alpha);
    put("tenfold-cut", numbers::percent(l, tenfold), tenfold);
    put("meek", format::dollars(l, s.meek), s.meek);
    put("frontier", format::dollars(l, s.frontier), s.frontier);
    put("horizon", numbers::years(l, horizon), horizon);
    let later = s.frontier * s.gi.powi(15);
    put("budget-15y", format::dollars(l, later), later);
    let mut chosen = vec![
        ("algos", cases::algos(s.ga, s.gashare)),
        ("hw", cases::either(s.gh > 1.0, "gains", "flat")),
        (
            "budget15",
            cases::either(later > state.yard.get().dollars, "beyond", "within"),
        ),
        (
            "diverge",
            cases::either(s.frontier_gain() > s.meek_gain(), "grows", "even"),
        ),
    ];

    if let Some(c) = derived.convergence.get() {
        chosen.extend([
            ("shape", cases::shape(&c)),
            ("lag", cases::lag(&c)),
            ("bench", cases::bench(&c, steps)),
            ("multistep", cases::steps(&c, steps)),
        ]);
        let peak = c.peak();
        put("peak-t", numbers::years(l, peak.t), peak.t);
        put("peak-gap", numbers::gap(l, peak.gap), peak.gap);
        if let Some(t) = c.half_time() {
            put("half-t", numbers::years(l, t), t);
        }
        if let Some(y) = c.late_halving_years() {
            put("late-halving", numbers::years(l, y), y);
        }
        let end = c.gap(horizon);
        put("gap-h", numbers::gap(l, end), end);
        if peak.gap > 0.0 {
            put(
                "gap-h-share",
                numbers::percent(l, end / peak.gap),
                end / peak.gap,
            );
        }
        if let Some(b) = c.years_behind(peak.t) {
            put("behind-peak", numbers::years(l, b), b);
        }
        if let Some(b) = c.years_behind(horizon) {
            put("behind-h", numbers::years(l, b), b);
        }
        let bench = c.benchmark_peak(steps);
        put("steps", format::fraction(l, steps as f64, 0), steps as f64);
        put("mmlu-peak-t", numbers::years(l, bench.t), bench.t);
        put(
            "mmlu-peak-gap",
            numbers::points(l, 100.0 * bench.gap),
            100.0 * bench.gap,
        );
        let one = c.benchmark_peak(1);
        put(
            "mmlu1-peak-gap",
            numbers::points(l, 100.0 * one.gap),
            100.0 * one.gap,
        );
        // The article's "within five to ten years", read off the same curve (whatever the
        // window: the formula holds past it).
        let (at5, at10) = (
            100.0 * c.benchmark_gap(5.0, steps),
            100.0 * c.benchmark_gap(10.0, steps),
        );
        put("mmlu-gap-5", numbers::points(l, at5), at5);
        put("mmlu-gap-10", numbers::points(l, at10), at10);
        chosen.push(("decade", cases::decade(at5, at10)));
    }

    drop(put);
    for (selector, value) in chosen {
        put_case(&mut m, selector, value);
    }
    m
}

/// How sure the projection is: the band of sampled worlds (once sampled) and the order of the
/// tornado chart.
fn uncertainty_facts(state: &AppState, derived: &Derived) -> FactMap {
    let l = state.lang.get();
    let mut m = HashMap::new();
    let mut put = putter(&mut m);
    let mut chosen = None;
    if let Some(band) = derived.band.get() {
        let s = &band.summary;
        put("band-n", format::fraction(l, s.n as f64, 0), s.n as f64);
        let outer = LEVELS[4] - LEVELS[0];
        put("band-level", numbers::percent(l, outer), outer);
        put("band-peak-lo", numbers::years(l, s.peak_t[0]), s.peak_t[0]);
        put("band-peak-hi", numbers::years(l, s.peak_t[4]), s.peak_t[4]);
        // A half-way time beyond the window is infinite, and left out by `put`.
        put("band-half-lo", numbers::years(l, s.half_t[0]), s.half_t[0]);
        put("band-half-hi", numbers::years(l, s.half_t[4]), s.half_t[4]);
        chosen = derived
            .convergence
            .get()
            .map(|c| cases::band(&c, &band.summary));
    }
    if let Some((_, bars)) = derived.tornado.get() {
        let t = &l.texts().uncertainty;
        let at = |i: usize, key: &'static str, put: &mut dyn FnMut(&'static str, String, f64)| {
            if let Some(b) = bars.get(i) {
                put(key, (t.in_sentence)(b.field).to_string(), i as f64);
            }
        };
        at(0, "sens-top", &mut put);
        at(1, "sens-second", &mut put);
        at(bars.len().saturating_sub(1), "sens-last", &mut put);
    }
    drop(put);
    if let Some(value) = chosen {
        put_case(&mut m, "band", value);
    }
    m
}

/// DeepSeek-V3 against GPT-4: reported figures, the hardware gain and the fit.
fn deepseek_facts(state: &AppState, _: &Derived) -> FactMap {
    let l = state.lang.get();
    let gh = state.scenario.with(|s| s.gh);
    let fit = state.fit.get();
    let mut m = HashMap::new();
    let mut put = putter(&mut m);
    if let (Some(ds), Some(gpt4)) = (reported::by_name("DeepSeek-V3"), reported::by_name("GPT-4")) {
        put("ds-flop", format::scientific(l, ds.compute), ds.compute);
        put(
            "gpt4-flop",
            format::scientific(l, gpt4.compute),
            gpt4.compute,
        );
        if let (Some(dc), Some(gc), Some(df), Some(gf)) = (
            ds.cost,
            gpt4.cost,
            ds.flop_per_dollar(),
            gpt4.flop_per_dollar(),
        ) {
            put("ds-cost", format::dollars(l, dc), dc);
            put("gpt4-cost", format::dollars(l, gc), gc);
            let flop_ratio = gpt4.compute / ds.compute;
            put("flop-ratio", numbers::ratio(l, flop_ratio), flop_ratio);
            put("cost-ratio", numbers::ratio(l, gc / dc), gc / dc);
            put("fpd-ratio", numbers::ratio(l, df / gf), df / gf);
            if gh > 1.0 {
                let y = (df / gf).ln() / gh.ln();
                put("fpd-years", numbers::years(l, y), y);
            }
        }
        let gap = fit.optimal(ds.compute).loss - fit.optimal(gpt4.compute).loss;
        put("ds-gap", numbers::gap(l, gap), gap);
    }
    drop(put);
    m
}

/// The compute budget's numbers: the scaling law (section 1) and the next step (section 4).
fn budget_facts(state: &AppState, _: &Derived) -> FactMap {
    let l = state.lang.get();
    let (compute, fpd, fit) = (
        state.compute.get(),
        state.flop_per_dollar.get(),
        state.fit.get(),
    );
    let (cut, yard) = (state.cut.get(), state.yard.get());
    let mut m = HashMap::new();
    let mut put = putter(&mut m);

    let opt = fit.optimal(compute);
    put("compute", format::scientific(l, compute), compute);
    put("dollars", format::dollars(l, compute / fpd), compute / fpd);
    put("n-opt", numbers::big(l, opt.params), opt.params);
    put("d-opt", numbers::big(l, opt.tokens), opt.tokens);
    put("loss-opt", numbers::loss(l, opt.loss), opt.loss);
    let d1 = fit.next10x_drop(compute);
    let d2 = fit.next10x_drop(10.0 * compute);
    put("next10x-drop", numbers::drop(l, d1), d1);
    put("drop2", numbers::drop(l, d2), d2);
    let tpp = opt.tokens / opt.params;
    put("tokens-per-param", format::fraction(l, tpp, 0), tpp);
    let tpp_at = |c: f64| {
        let a = HOFFMANN.optimal(c);
        a.tokens / a.params
    };
    put("tpp-lo", format::fraction(l, tpp_at(1e21), 0), tpp_at(1e21));
    put("tpp-hi", format::fraction(l, tpp_at(1e27), 0), tpp_at(1e27));

    let law = fit.law();
    let most = max_cut(&law, compute);
    put(
        "max-cut",
        numbers::percent_of(l, 100.0 * most),
        100.0 * most,
    );
    put("cut", numbers::percent_of(l, cut), cut);
    let step = next_step(&law, compute, cut / 100.0, fpd);
    if let Some(step) = step {
        put("cut-factor", numbers::factor(l, step.factor), step.factor);
        put(
            "cut-dollars",
            format::dollars(l, step.dollars),
            step.dollars,
        );
    }
    put(
        "yard-dollars",
        format::dollars(l, yard.dollars),
        yard.dollars,
    );
    let at_yard = cut_at_price(&law, compute, fpd, yard.dollars);
    if let Some(y) = at_yard {
        put("yard-cut", numbers::percent_of(l, 100.0 * y), 100.0 * y);
    }
    drop(put);
    put_case(&mut m, "tpp", cases::tpp(tpp));
    put_case(
        &mut m,
        "nextstep",
        cases::either(step.is_some(), "possible", "impossible"),
    );
    put_case(
        &mut m,
        "yard",
        cases::either(at_yard.is_some(), "past", "first"),
    );
    m
}
