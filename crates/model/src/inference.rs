//! Inference: (a) the yearly bill of answering with a large reasoning model or a small one, as
//! prices at constant capability fall (MODEL.md §4 "The Price of Progress", §5 "LLM inference
//! price"); (b) the study's inference variant (MODEL.md §1.4): a user paying a fixed price per
//! token, compared with the frontier.
//!
//! Part (b) is the authors' notebook formula, artefact included: past a crossing year it says
//! the fixed-price model beats the frontier. The paper's figure hides that by clipping the gap
//! at zero; [`FixedPrice::raw_gap`] and [`FixedPrice::clipped_gap`] give both, so the essay can
//! show the clip and say why it is there.

use crate::loss::{ln_effective_compute, loss_from_ln_compute, reducible_from_ln_compute};
use crate::param::{InputError, ParamSpec};
use crate::scenario::Scenario;

/// Days in the yearly bill: a plain 365 (a bill is quoted per calendar year).
pub const DAYS_PER_YEAR: f64 = 365.0;

/// Prices are quoted per million tokens.
pub const TOKENS_PER_PRICE_UNIT: f64 = 1e6;

/// `tokens`: output tokens per answer of the small model (and of the large one before its
/// reasoning multiplier).
pub const TOKENS: ParamSpec = ParamSpec {
    key: "tokens",
    default: 1000.0,
    min: 10.0,
    max: 1e6,
    step: 0.1,
    log: true,
    unit: "",
    source: "reader's assumption",
};

/// `reasonmult`: how many times more tokens the large reasoning model spends per answer.
pub const REASONMULT: ParamSpec = ParamSpec {
    key: "reasonmult",
    default: 10.0,
    min: 1.0,
    max: 100.0,
    step: 0.1,
    log: true,
    unit: "×",
    source: "reader's assumption; reasoning models spend far more tokens (MODEL.md §4, Gundlach et al., \"The Price of Progress\", arXiv 2511.23455)",
};

/// `answers`: answers served per day.
pub const ANSWERS: ParamSpec = ParamSpec {
    key: "answers",
    default: 1e6,
    min: 1.0,
    max: 1e10,
    step: 0.1,
    log: true,
    unit: "/day",
    source: "reader's assumption",
};

/// `pricelarge`: the large reasoning model's price, dollars per million output tokens.
pub const PRICELARGE: ParamSpec = ParamSpec {
    key: "pricelarge",
    default: 10.0,
    min: 0.01,
    max: 1000.0,
    step: 0.1,
    log: true,
    unit: "$/Mtok",
    source: "reader's assumption",
};

/// `pricesmall`: the small model's price, dollars per million output tokens.
pub const PRICESMALL: ParamSpec = ParamSpec {
    key: "pricesmall",
    default: 0.5,
    min: 0.001,
    max: 100.0,
    step: 0.1,
    log: true,
    unit: "$/Mtok",
    source: "MODEL.md §2: the $0.5–1 per million output tokens price band (Gundlach et al. 2025)",
};

/// `pricefall`: the factor by which the price of a fixed capability falls each year.
pub const PRICEFALL: ParamSpec = ParamSpec {
    key: "pricefall",
    default: 10.0,
    min: 1.0,
    max: 1000.0,
    step: 0.1,
    log: true,
    unit: "×/yr",
    source: "a16z, \"LLMflation\" (2024): ~10×/yr; Epoch AI (2025): 9–900×/yr, median ~50× (MODEL.md §5 \"LLM inference price\")",
};

/// `ahead` (links before version 2: `years`, see `link_version`): how far ahead the bill is projected, years.
pub const YEARS: ParamSpec = ParamSpec {
    key: "ahead",
    default: 3.0,
    min: 0.0,
    max: 10.0,
    step: 1.0,
    log: false,
    unit: "yr",
    source: "reader's assumption",
};

/// `p0` (`price`): what the fixed-price user pays per token, dollars (MODEL.md §1.4).
pub const PRICE: ParamSpec = ParamSpec {
    key: "price",
    default: 1e-8,
    min: 1e-11,
    max: 1e-5,
    step: 0.1,
    log: true,
    unit: "$/token",
    source: "Gundlach et al. 2025 notebook: p0 = $1e-8 per token (MODEL.md §1.4)",
};

/// `g_inf` (`ginf`): the yearly gain in inference efficiency (MODEL.md §1.4).
pub const GINF: ParamSpec = ParamSpec {
    key: "ginf",
    default: 9.0,
    min: 1.0,
    max: 1000.0,
    step: 0.1,
    log: true,
    unit: "×/yr",
    source: "Epoch AI (2025), LLM inference price trends, low end 9×/yr; Gundlach et al. 2025 notebook (MODEL.md §1.4)",
};

/// The inputs of the bill, in the order the calculator shows them.
pub const BILL_PARAMS: [ParamSpec; 7] = [
    TOKENS, REASONMULT, ANSWERS, PRICELARGE, PRICESMALL, PRICEFALL, YEARS,
];

/// The inputs of the fixed-price variant besides the [`Scenario`].
pub const FIXED_PRICE_PARAMS: [ParamSpec; 2] = [PRICE, GINF];

/// `g_a` in the notebook's `C_equiv(t) = F(t)²·g_a^t` (MODEL.md §1.4): the inference figure
/// sets the algorithmic gain to 3.6/yr, not the 2.8 of the paper's other figures.
pub const NOTEBOOK_GA: f64 = 3.6;

/// The scenario of the notebook's inference figure: the paper's defaults with `g_a = 3.6`.
/// The notebook sets its algorithmic gain globally for that figure, so its frontier grows
/// with 3.6/yr too; MODEL.md §1.4's "about 1.3 years" is the crossing (≈ 1.33), which is the
/// same for any `g_a` shared by both sides.
pub fn notebook_scenario() -> Scenario {
    Scenario {
        ga: NOTEBOOK_GA,
        ..Scenario::default()
    }
}

/// The reader's inputs for the bill, unchecked (see [`Bill::new`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BillInputs {
    /// [`TOKENS`], output tokens per answer.
    pub tokens: f64,
    /// [`REASONMULT`], ×.
    pub reasonmult: f64,
    /// [`ANSWERS`], per day.
    pub answers: f64,
    /// [`PRICELARGE`], dollars per million tokens.
    pub pricelarge: f64,
    /// [`PRICESMALL`], dollars per million tokens.
    pub pricesmall: f64,
    /// [`PRICEFALL`], ×/yr.
    pub pricefall: f64,
    /// [`YEARS`], years ahead.
    pub years: f64,
}

impl Default for BillInputs {
    /// Every input at its [`ParamSpec`] default.
    fn default() -> Self {
        Self {
            tokens: TOKENS.default,
            reasonmult: REASONMULT.default,
            answers: ANSWERS.default,
            pricelarge: PRICELARGE.default,
            pricesmall: PRICESMALL.default,
            pricefall: PRICEFALL.default,
            years: YEARS.default,
        }
    }
}

impl BillInputs {
    /// Checks every input against its range; the first bad input is reported.
    pub fn validate(&self) -> Result<(), InputError> {
        let fields = [
            (&TOKENS, self.tokens),
            (&REASONMULT, self.reasonmult),
            (&ANSWERS, self.answers),
            (&PRICELARGE, self.pricelarge),
            (&PRICESMALL, self.pricesmall),
            (&PRICEFALL, self.pricefall),
            (&YEARS, self.years),
        ];
        for (spec, value) in fields {
            spec.check(value)?;
        }
        Ok(())
    }
}

/// A pair of costs in dollars, one for each model; the method returning it says per what.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Costs {
    /// The large reasoning model, dollars.
    pub large: f64,
    /// The small model, dollars.
    pub small: f64,
}

/// A validated inference bill; every method is finite and panic-free. Times `t` are years from
/// now; a negative (or NaN) `t` counts as 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bill {
    inputs: BillInputs,
}

impl Bill {
    /// Validates the inputs ([`BillInputs::validate`]).
    pub fn new(inputs: BillInputs) -> Result<Self, InputError> {
        inputs.validate()?;
        Ok(Self { inputs })
    }

    /// The inputs this bill uses.
    pub fn inputs(&self) -> &BillInputs {
        &self.inputs
    }

    /// The price of one answer at year `t`, dollars, with prices at constant capability
    /// falling `pricefall`-fold a year:
    /// large `tokens · reasonmult · pricelarge / 1e6 / pricefall^t`,
    /// small `tokens · pricesmall / 1e6 / pricefall^t`.
    pub fn per_answer_at(&self, t: f64) -> Costs {
        let i = &self.inputs;
        let fall = i.pricefall.powf(t.max(0.0));
        let small = i.tokens / TOKENS_PER_PRICE_UNIT / fall;
        Costs {
            large: small * i.reasonmult * i.pricelarge,
            small: small * i.pricesmall,
        }
    }

    /// The yearly bill at year `t`, dollars per year: [`Self::per_answer_at`] ·
    /// `answers · 365`.
    pub fn at(&self, t: f64) -> Costs {
        let per_answer = self.per_answer_at(t);
        let answers = self.inputs.answers * DAYS_PER_YEAR;
        Costs {
            large: per_answer.large * answers,
            small: per_answer.small * answers,
        }
    }

    /// Today's yearly bill, dollars per year.
    pub fn now(&self) -> Costs {
        self.at(0.0)
    }

    /// The yearly bill `years` from now (the `years` input), dollars per year: today's divided
    /// by `pricefall^years` (constant capability).
    pub fn then(&self) -> Costs {
        self.at(self.inputs.years)
    }

    /// How many times the large model's bill exceeds the small one's, at any year (both
    /// prices fall alike): `reasonmult · pricelarge / pricesmall`.
    pub fn ratio(&self) -> f64 {
        let i = &self.inputs;
        i.reasonmult * i.pricelarge / i.pricesmall
    }

    /// Years until the large reasoning model's bill falls to today's small-model bill:
    /// `ln(ratio) / ln(pricefall)`. `Some(0)` when it is already no dearer; `None` when prices
    /// do not fall (`pricefall = 1`) and it is dearer.
    pub fn years_to_match(&self) -> Option<f64> {
        let ratio = self.ratio();
        if ratio <= 1.0 {
            return Some(0.0);
        }
        let fall = self.inputs.pricefall.ln();
        (fall > 0.0).then(|| ratio.ln() / fall)
    }
}

/// One sample of [`FixedPrice::series`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FixedPricePoint {
    /// Years since the start.
    pub t: f64,
    /// `L(C_equiv(t))`: the loss of the model the fixed price buys.
    pub equiv: f64,
    /// `L(C_F(t))`: the frontier model's loss.
    pub frontier: f64,
    /// [`FixedPrice::raw_gap`].
    pub raw_gap: f64,
    /// [`FixedPrice::clipped_gap`].
    pub clipped_gap: f64,
}

/// The study's inference variant (MODEL.md §1.4), validated: a user paying a fixed `p0` per
/// token against the frontier of a [`Scenario`]. Every method is finite for finite `t`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FixedPrice {
    scenario: Scenario,
    price: f64,
    ginf: f64,
}

impl FixedPrice {
    /// Validates the scenario, `price` (`p0`, dollars per token) and `ginf` (`g_inf`, ×/yr).
    pub fn new(scenario: Scenario, price: f64, ginf: f64) -> Result<Self, InputError> {
        scenario.validate()?;
        Ok(Self {
            scenario,
            price: PRICE.check(price)?,
            ginf: GINF.check(ginf)?,
        })
    }

    /// The scenario whose frontier the user is compared with.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// `p0`, dollars per token.
    pub fn price(&self) -> f64 {
        self.price
    }

    /// `g_inf`, ×/yr.
    pub fn ginf(&self) -> f64 {
        self.ginf
    }

    /// `ln F(t)`, with `F(t) = κ·p0·(g_h·g_inf)^t` the inference compute the fixed price buys
    /// per token, FLOP (E2's form with `p0` as the budget).
    pub fn ln_flop_per_token(&self, t: f64) -> f64 {
        ln_effective_compute(self.price, (self.scenario.gh * self.ginf).ln(), t)
    }

    /// `F(t) = κ·p0·(g_h·g_inf)^t`, FLOP per token. Finite for every valid input up to
    /// `t = 50` years (the longest horizon); later it may overflow, which is why the losses
    /// below work from [`Self::ln_flop_per_token`].
    pub fn flop_per_token(&self, t: f64) -> f64 {
        self.ln_flop_per_token(t).exp()
    }

    /// `ln C_equiv(t)` with `C_equiv(t) = F(t)²·g_a^t` (FLOP, the notebook's constant dropped):
    /// a compute-optimal model with `N ≈ F/2` parameters needs ≈ `30·F²` training FLOP. `g_a`
    /// is the scenario's, as for the frontier (the notebook's figure sets 3.6 for both, see
    /// [`NOTEBOOK_GA`]); the crossing year does not depend on it, since it grows both sides
    /// alike. Never exponentiated: `F²` leaves an `f64`'s range.
    pub fn ln_equiv_compute(&self, t: f64) -> f64 {
        2.0 * self.ln_flop_per_token(t) + t * self.scenario.ga.ln()
    }

    /// `ln C_F(t)` with E2/E3: `C_F = κ·B_F·(g_i·g_h·g_a)^t`, the scenario's frontier (the same
    /// curve as [`crate::Convergence::frontier_loss`]).
    fn ln_frontier_compute(&self, t: f64) -> f64 {
        let s = &self.scenario;
        ln_effective_compute(s.frontier, (s.gi * s.shared_gain()).ln(), t)
    }

    /// `L(C_equiv(t))` by E1: the loss of the model the fixed price buys at year `t`.
    pub fn equiv_loss(&self, t: f64) -> f64 {
        loss_from_ln_compute(self.ln_equiv_compute(t), self.scenario.alpha)
    }

    /// `L_F(t) = L(C_F(t))` by E1: the frontier model's loss at year `t`.
    pub fn frontier_loss(&self, t: f64) -> f64 {
        loss_from_ln_compute(self.ln_frontier_compute(t), self.scenario.alpha)
    }

    /// `L(C_equiv(t)) − L_F(t)`, computed from the reducible parts (`L0` cancels). Positive:
    /// the frontier is ahead. Negative (past [`Self::cross_t`] at the defaults): the formula's
    /// artefact, since a model priced at `p0` cannot beat the best model anyone trains (it
    /// needs more training compute than the frontier has).
    pub fn raw_gap(&self, t: f64) -> f64 {
        let a = self.scenario.alpha;
        reducible_from_ln_compute(self.ln_equiv_compute(t), a)
            - reducible_from_ln_compute(self.ln_frontier_compute(t), a)
    }

    /// `max(0, raw_gap(t))`: the gap as the paper's figure draws it.
    pub fn clipped_gap(&self, t: f64) -> f64 {
        self.raw_gap(t).max(0.0)
    }

    /// The first year in `[0, horizon]` at which `raw_gap ≤ 0` (test hook `inference-cross-t`),
    /// or `None` if that never happens within it (also for a negative or non-finite horizon).
    ///
    /// `raw_gap ≤ 0` exactly when `D(t) = ln C_F(t) − ln C_equiv(t) ≤ 0`, so this bisects `D`
    /// in log space, where no `f64` overflows. `D` is linear in t, so it has one root at most:
    /// a crossing after t = 0 is followed by a gap that stays at or below zero. `Some(0)`
    /// means the fixed price buys the frontier's loss from the start; then, if the frontier's
    /// compute grows faster than `C_equiv`, the gap can turn positive again later.
    pub fn cross_t(&self, horizon: f64) -> Option<f64> {
        if !(horizon.is_finite() && horizon >= 0.0) {
            return None;
        }
        let d = |t: f64| self.ln_frontier_compute(t) - self.ln_equiv_compute(t);
        if d(0.0) <= 0.0 {
            return Some(0.0);
        }
        if d(horizon) > 0.0 {
            return None;
        }
        let (mut lo, mut hi) = (0.0, horizon);
        for _ in 0..100 {
            let mid = 0.5 * (lo + hi);
            if d(mid) > 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Some(hi)
    }

    /// `n + 1` evenly spaced samples (at least two) from 0 to `horizon` years (a negative or
    /// non-finite horizon gives the single point t = 0, twice).
    pub fn series(&self, horizon: f64, n: usize) -> Vec<FixedPricePoint> {
        let n = n.max(1);
        let end = if horizon.is_finite() {
            horizon.max(0.0)
        } else {
            0.0
        };
        (0..=n)
            .map(|i| {
                let t = end * i as f64 / n as f64;
                let raw_gap = self.raw_gap(t);
                FixedPricePoint {
                    t,
                    equiv: self.equiv_loss(t),
                    frontier: self.frontier_loss(t),
                    raw_gap,
                    clipped_gap: raw_gap.max(0.0),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loss::{A, KAPPA};
    use crate::Convergence;

    #[test]
    fn defaults_are_valid_and_keys_unique() {
        let all: Vec<_> = BILL_PARAMS.iter().chain(&FIXED_PRICE_PARAMS).collect();
        for spec in &all {
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.key
            );
        }
        let mut keys: Vec<_> = all.iter().map(|s| s.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
    }

    #[test]
    fn the_bill_at_the_defaults() {
        let b = Bill::new(BillInputs::default()).unwrap();
        // A million answers a day, 365 days: 1000 tokens at $0.5/M, 10 000 tokens at $10/M.
        let now = b.now();
        assert!((now.small - 1e6 * 365.0 * 1000.0 * 0.5 / 1e6).abs() < 1e-6);
        assert!((now.large - 1e6 * 365.0 * 10_000.0 * 10.0 / 1e6).abs() < 1e-6);
        assert!((b.ratio() - 200.0).abs() < 1e-12);
        let then = b.then();
        assert!((then.large - now.large / 1000.0).abs() < 1e-6);
        // ln 200 / ln 10 ≈ 2.3 years.
        let y = b.years_to_match().unwrap();
        assert!((y - 200f64.log10()).abs() < 1e-12);
        assert!((b.at(y).large - now.small).abs() < 1e-6 * now.small);
    }

    #[test]
    fn matching_rules() {
        let d = BillInputs::default();
        let flat = Bill::new(BillInputs {
            pricefall: 1.0,
            ..d
        })
        .unwrap();
        assert_eq!(flat.years_to_match(), None);
        assert_eq!(flat.then(), flat.now());
        let cheap = Bill::new(BillInputs {
            pricelarge: 0.01,
            reasonmult: 1.0,
            ..d
        })
        .unwrap();
        assert_eq!(cheap.years_to_match(), Some(0.0));
        assert_eq!(
            Bill::new(BillInputs { answers: 0.0, ..d })
                .unwrap_err()
                .name(),
            "answers"
        );
    }

    /// MODEL.md §1.4 from scratch: `κ·p0` FLOP per token at t = 0, `C_equiv = F²·g_a^t`.
    fn independent_gap0_and_cross(s: &Scenario, p0: f64, ginf: f64) -> (f64, f64) {
        let f0 = KAPPA * p0;
        let gap0 = A * (f0 * f0).powf(-s.alpha) - A * (KAPPA * s.frontier).powf(-s.alpha);
        // ln C_equiv = 2 ln f0 + t·(2 ln(g_h g_inf) + ln g_a); ln C_F = ln(κ B_F) + t·ln(g_i g_h g_a).
        let cross = ((KAPPA * s.frontier).ln() - 2.0 * f0.ln())
            / (2.0 * (s.gh * ginf).ln() + s.ga.ln() - (s.gi * s.gh * s.ga).ln());
        (gap0, cross)
    }

    #[test]
    fn reproduces_the_notebooks_inference_figure() {
        for s in [Scenario::default(), notebook_scenario()] {
            let v = FixedPrice::new(s, PRICE.default, GINF.default).unwrap();
            let (gap0, cross) = independent_gap0_and_cross(&s, PRICE.default, GINF.default);
            assert!((v.raw_gap(0.0) - gap0).abs() < 1e-9);
            assert!((v.raw_gap(0.0) - 0.92).abs() < 0.01, "{}", v.raw_gap(0.0));
            let c = v.cross_t(20.0).unwrap();
            assert!((c - cross).abs() < 1e-9, "{c} vs {cross}");
            assert!((c - 1.3).abs() < 0.05, "{c}");
            assert!(v.raw_gap(c + 0.1) < 0.0 && v.clipped_gap(c + 0.1) == 0.0);
            assert!(v.raw_gap(c - 0.1) > 0.0);
        }
        // MODEL.md §1.4's "about 1.3 years" is the notebook's own scenario (g_a = 3.6 throughout).
        let nb = FixedPrice::new(notebook_scenario(), PRICE.default, GINF.default).unwrap();
        assert!((nb.cross_t(20.0).unwrap() - 1.3).abs() < 0.05);
    }

    #[test]
    fn frontier_is_the_convergence_frontier() {
        let s = Scenario::default();
        let v = FixedPrice::new(s, PRICE.default, GINF.default).unwrap();
        let c = Convergence::new(s, 20.0).unwrap();
        for t in [0.0, 1.0, 7.5, 20.0] {
            assert!((v.frontier_loss(t) - c.frontier_loss(t)).abs() < 1e-12);
        }
    }

    #[test]
    fn no_crossing_without_inference_gains() {
        // g_inf = 1 and a tiny price: the fixed-price model falls further behind.
        let v = FixedPrice::new(Scenario::default(), 1e-11, 1.0).unwrap();
        assert_eq!(v.cross_t(50.0), None);
        assert_eq!(v.cross_t(-1.0), None);
        assert_eq!(v.cross_t(f64::NAN), None);
        // A price so high the bought model is already ahead at t = 0.
        let rich = FixedPrice::new(Scenario::default(), 1e-5, 9.0).unwrap();
        assert_eq!(rich.cross_t(20.0), Some(0.0));
        let s = v.series(20.0, 40);
        assert_eq!(s.len(), 41);
        assert!(s
            .iter()
            .all(|p| p.raw_gap > 0.0 && p.clipped_gap == p.raw_gap));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let s = Scenario::default();
        assert_eq!(FixedPrice::new(s, 0.0, 9.0).unwrap_err().name(), "price");
        assert_eq!(FixedPrice::new(s, 1e-8, 0.5).unwrap_err().name(), "ginf");
        let bad = Scenario { gh: f64::NAN, ..s };
        assert_eq!(FixedPrice::new(bad, 1e-8, 9.0).unwrap_err().name(), "gh");
    }
}
