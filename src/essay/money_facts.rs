//! The numbers the money sections' prose uses (sections 3, 5, 6 and 7), from the same model
//! functions and formatters as their calculators' outputs.

use super::cases;
use super::facts::{put_case, putter, FactMap};
use crate::format;
use crate::numbers;
use crate::state::{AppState, Derived};
use lejto_model::depreciation::RENTFALL;
use lejto_model::inference::{GINF, REASONMULT};
use lejto_model::mix::SMALLSHARE;
use lejto_model::new_hardware::CHIP;
use leptos::prelude::*;
use std::collections::HashMap;

/// Fact keys of this group.
pub const MONEY_KEYS: &[&str] = &[
    "capex",
    "depr-life",
    "depr-per-year",
    "depr-break-even",
    "rent",
    "rentfall",
    "depr-gap",
    "reasonmult",
    "bill-ratio",
    "ginf",
    "inference-gap-0",
    "inference-cross-t",
    "smallshare",
    "mix-savings",
    "chip",
    "chip-cut",
    "ratio-growth",
    "gashare",
];

/// Sections 3 and 5.
pub fn money_facts(state: &AppState, derived: &Derived) -> FactMap {
    let l = state.lang.get();
    let mut m = HashMap::new();
    let mut put = putter(&mut m);

    let d = derived.fleet.get();
    let i = d.inputs();
    put("capex", format::dollars(l, i.capex), i.capex);
    put("depr-life", numbers::years(l, i.life), i.life);
    put(
        "depr-per-year",
        format::dollars(l, d.per_year()),
        d.per_year(),
    );
    let break_even = d.break_even_rent();
    if let Some(r) = break_even {
        put("depr-break-even", format::dollars(l, r), r);
    }
    put("rent", format::dollars(l, i.rent), i.rent);
    let fall = state.param(&RENTFALL).get();
    put("rentfall", numbers::percent_of(l, 100.0 * fall), fall);
    let gap = d.widest_gap().dollars;
    put("depr-gap", format::dollars(l, gap), gap);
    // The calculator's own test of "never far apart" (depreciation.rs).
    let apart = gap >= 0.01 * d.book_value(0.0);

    let b = derived.bill.get();
    let mult = state.param(&REASONMULT).get();
    put("reasonmult", numbers::factor(l, mult), mult);
    put("bill-ratio", numbers::factor(l, b.ratio()), b.ratio());

    let f = derived.fixed.get();
    let ginf = state.param(&GINF).get();
    put("ginf", numbers::growth(l, ginf), ginf);
    put(
        "inference-gap-0",
        numbers::gap(l, f.raw_gap(0.0)),
        f.raw_gap(0.0),
    );
    let cross = f.cross_t(state.horizon.get());
    if let Some(c) = cross {
        put("inference-cross-t", numbers::years(l, c), c);
    }
    let share = state.param(&SMALLSHARE).get();
    put("smallshare", numbers::percent_of(l, 100.0 * share), share);
    let mix = derived.mix.get();
    if let Some(m) = &mix {
        put(
            "mix-savings",
            numbers::percent_of(l, 100.0 * m.savings()),
            m.savings(),
        );
    }
    let s = state.scenario.get();
    let k = state.param(&CHIP).get();
    put("chip", numbers::factor(l, k), k);
    let cut = 1.0 - k.powf(-s.alpha);
    put("chip-cut", numbers::percent_of(l, 100.0 * cut), cut);
    // The reducible-loss ratio grows by (G_F/G_M)^α a year (MODEL.md §4).
    let growth = (s.frontier_gain() / s.meek_gain()).powf(s.alpha);
    put("ratio-growth", numbers::growth(l, growth), growth);
    put("gashare", format::fraction(l, s.gashare, 2), s.gashare);
    drop(put);
    put_case(&mut m, "depr", cases::either(apart, "below", "close"));
    put_case(
        &mut m,
        "rentable",
        cases::either(break_even.is_some(), "yes", "no"),
    );
    put_case(&mut m, "cross", cases::cross(cross));
    if let Some(x) = mix {
        let best = x.large().quality;
        let loss = if best > 0.0 {
            (best - x.quality()) / best
        } else {
            0.0
        };
        put_case(&mut m, "mix", cases::mix(share, x.savings(), loss));
    }
    m
}
