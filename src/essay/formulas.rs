//! Section 8's method: every formula the calculators use, in plain notation, with the
//! reader's current values substituted and the result the model computes (MODEL.md ids).

use crate::format::{self, Style};
use crate::numbers;
use crate::state::{AppState, Derived};
use lejto_model::convergence::Lab;
use lejto_model::inference::{ANSWERS, PRICELARGE, REASONMULT, TOKENS};
use lejto_model::loss::{A, KAPPA, L0};
use lejto_model::mix::SMALLSHARE;
use lejto_model::new_hardware::CHIP;
use leptos::prelude::*;

/// One formula: its name's index in `FormulaTexts::names`, the formula with values, the result.
type Row = (usize, String, String);

fn rows(state: &AppState, derived: &Derived) -> Vec<Row> {
    let l = state.lang.get();
    let s = state.scenario.get();
    let h = state.horizon.get();
    let n = |v: f64| format::number(l, v, Style::Significant(4));
    let e = |v: f64| format::scientific(l, v);
    let (gf, gm) = (s.frontier_gain(), s.meek_gain());
    let r = s.budget_ratio();
    let mut out = Vec::new();
    let Some(c) = derived.convergence.get() else {
        return out;
    };
    let c0 = KAPPA * s.meek;
    out.push((
        0,
        format!(
            "L(C) = A·C^(−α) + L₀ = {}·({})^(−{}) + {}",
            n(A),
            e(c0),
            n(s.alpha),
            n(L0)
        ),
        numbers::loss(l, c.meek_loss(0.0)),
    ));
    out.push((
        1,
        format!(
            "C_F(t) = κ·B_F·(g_i·g_h·g_a)^t = {}·{}·({}·{}·{})^{}",
            e(KAPPA),
            n(s.frontier),
            n(s.gi),
            n(s.gh),
            n(s.ga),
            n(h)
        ),
        e(c.ln_compute(Lab::Frontier, h).exp()),
    ));
    out.push((
        2,
        format!(
            "C_M(t) = κ·B_M·(g_h·g_a^s)^t = {}·{}·({}·{}^{})^{}",
            e(KAPPA),
            n(s.meek),
            n(s.gh),
            n(s.ga),
            n(s.gashare),
            n(h)
        ),
        e(c.ln_compute(Lab::Meek, h).exp()),
    ));
    if let Some(t) = c.unconstrained_peak_t() {
        out.push((
            3,
            format!(
                "t* = [ln(ln G_F / ln G_M) − α·ln R] / (α·(ln G_F − ln G_M)) = [ln(ln {} / ln {}) − {}·ln {}] / ({}·(ln {} − ln {}))",
                n(gf),
                n(gm),
                n(s.alpha),
                n(r),
                n(s.alpha),
                n(gf),
                n(gm)
            ),
            numbers::years(l, t),
        ));
    }
    if let Some(y) = c.late_halving_years() {
        out.push((
            4,
            format!(
                "ln 2 / (α·ln G_M) = {} / ({}·ln {})",
                n(std::f64::consts::LN_2),
                n(s.alpha),
                n(gm)
            ),
            numbers::years(l, y),
        ));
    }
    if let Some(b) = c.years_behind(h) {
        out.push((
            5,
            format!(
                "(ln R + t·(ln G_F − ln G_M)) / ln G_M = (ln {} + {}·(ln {} − ln {})) / ln {}",
                n(r),
                n(h),
                n(gf),
                n(gm),
                n(gm)
            ),
            numbers::years(l, b),
        ));
    }
    let fit = state.fit.get();
    let compute = state.compute.get();
    out.push((
        6,
        format!(
            "L_opt(C) = E + K·C^(−γ) = {} + {}·({})^(−{})",
            n(fit.e),
            n(fit.k()),
            e(compute),
            n(fit.gamma())
        ),
        numbers::loss(l, fit.optimal(compute).loss),
    ));
    let d = derived.fleet.get();
    let i = d.inputs();
    out.push((
        7,
        format!(
            "capex·s_server / life = {}·{} / {}",
            e(i.capex),
            n(i.servershare),
            n(i.life)
        ),
        format::dollars(l, d.per_year()),
    ));
    let b = derived.bill.get();
    let p = |spec| state.param(spec).get();
    out.push((
        8,
        format!(
            "answers·365·tokens·m·p_large / 10⁶ = {}·365·{}·{}·{} / 10⁶",
            n(p(&ANSWERS)),
            n(p(&TOKENS)),
            n(p(&REASONMULT)),
            n(p(&PRICELARGE))
        ),
        format::dollars(l, b.now().large),
    ));
    let f = derived.fixed.get();
    out.push((
        9,
        format!(
            "F(0) = κ·p₀ = {}·{}; C_equiv(0) = F(0)²",
            e(KAPPA),
            e(f.price())
        ),
        e(f.flop_per_token(0.0).powi(2)),
    ));
    let share = p(&SMALLSHARE);
    if let Some(m) = derived.mix.get() {
        out.push((
            10,
            format!(
                "s·c_small + (1 − s)·c_large = {}·{} + {}·{}",
                n(share),
                n(m.small().price),
                n(1.0 - share),
                n(m.large().price)
            ),
            format::dollars(l, m.cost()),
        ));
    }
    let k = p(&CHIP);
    out.push((
        11,
        format!("k^(−α) = {}^(−{})", n(k), n(s.alpha)),
        n(k.powf(-s.alpha)),
    ));
    out
}

/// The formulas with the reader's values.
#[component]
pub fn Formulas() -> impl IntoView {
    let state = AppState::get();
    let derived = Derived::get();
    // Off screen the values wait until the section comes near (crate::shown).
    let list = crate::shown::while_shown(move || rows(&state, &derived));
    let name = move |i: usize| state.texts().formulas.names.get(i).copied().unwrap_or("");
    // One row per formula, built once; a slider tick rewrites only the texts that changed
    // (rebuilding the list re-set every row's attributes on each tick).
    let ids = Memo::new(move |_| list.with(|l| l.iter().map(|r| r.0).collect::<Vec<_>>()));
    let cell = move |k: usize, pick: fn(&Row) -> String| {
        move || list.with(|l| l.get(k).map(pick).unwrap_or_default())
    };
    view! {
        <section class="formulas" id="formulas" aria-labelledby="formulas-title" data-testid="formulas">
            <h3 id="formulas-title">{move || state.texts().formulas.title}</h3>
            <dl>
                {move || {
                    ids.get()
                        .into_iter()
                        .enumerate()
                        .map(|(k, i)| {
                            view! {
                                <div class="formula">
                                    <dt>{move || name(i)}</dt>
                                    <dd>
                                        <code>{cell(k, |r| r.1.clone())}</code>
                                        " = "
                                        <strong data-testid=format!("formula-{i}")>{cell(k, |r| r.2.clone())}</strong>
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </dl>
        </section>
    }
}
