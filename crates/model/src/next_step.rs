//! The price of the next step (E1 inverted): what it costs in compute and dollars to cut the
//! loss of a frontier model by a further fraction, and where that price passes a yardstick.
//!
//! The law is the compute-optimal loss of the chosen Chinchilla fit (`Fit::law()`, the same
//! curve the scaling-law calculator draws) or E1 itself (`PowerLaw::paper`): both have the
//! shape `floor + coeff·C^(−exponent)`, so the price explodes as the target nears the floor.

use crate::loss::PowerLaw;
use crate::param::ParamSpec;

/// The further cut of the loss, in percent (`cut`). Default 2 %: at GPT-4's compute the
/// whole reducible part of the loss is only a few percent of it (Epoch's fit: ≈ 4.4 %).
pub const CUT: ParamSpec = ParamSpec {
    key: "cut",
    default: 2.0,
    min: 0.1,
    max: 50.0,
    step: 0.1,
    log: false,
    unit: "%",
    source: "a further cut of the loss, chosen by the reader",
};

/// What cutting loss by a further fraction costs, from a starting compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextStep {
    /// The loss aimed for, `L(C)·(1 − x)`.
    pub target_loss: f64,
    /// Compute that reaches it, FLOP.
    pub compute: f64,
    /// How many times the starting compute that is.
    pub factor: f64,
    /// Its price in dollars at the given FLOP per dollar.
    pub dollars: f64,
}

/// E1 inverted: the effective compute whose loss is `loss`, `C = ((L − L0)/A)^(−1/α)`.
/// `None` at or below the irreducible loss `L0`, which no amount of compute reaches.
pub fn compute_for_loss(loss: f64, alpha: f64) -> Option<f64> {
    PowerLaw::paper(alpha).compute_for(loss)
}

/// The largest cut possible at all from `compute`, as a fraction: `(L(C) − floor)/L(C)`.
/// Any target at or below the floor needs infinite compute.
pub fn max_cut(law: &PowerLaw, compute: f64) -> f64 {
    let start = law.loss(compute);
    ((start - law.floor) / start).max(0.0)
}

/// Cutting the loss of a model trained with `compute` FLOP by the fraction `cut` (0.05 = 5 %),
/// with compute bought at `flop_per_dollar`. `None` when the target lies at or below the
/// floor or needs more compute than a double can hold.
pub fn next_step(law: &PowerLaw, compute: f64, cut: f64, flop_per_dollar: f64) -> Option<NextStep> {
    let target_loss = law.loss(compute) * (1.0 - cut);
    let needed = law.compute_for(target_loss)?;
    let dollars = needed / flop_per_dollar;
    dollars.is_finite().then_some(NextStep {
        target_loss,
        compute: needed,
        factor: needed / compute,
        dollars,
    })
}

/// The cut (fraction) whose price is exactly `dollars`: `1 − L(dollars·fpd)/L(C)`.
/// `None` when `dollars` buys no more than the starting compute.
pub fn cut_at_price(
    law: &PowerLaw,
    compute: f64,
    flop_per_dollar: f64,
    dollars: f64,
) -> Option<f64> {
    let reached = dollars * flop_per_dollar;
    (reached > compute && reached.is_finite()).then(|| 1.0 - law.loss(reached) / law.loss(compute))
}

/// `(cut in percent, dollars)` samples of the price from a zero cut up to `upto` (a fraction,
/// below [`max_cut`]). Sampled evenly in log compute, so the steep end is drawn as finely as
/// the flat start; samples past an `f64`'s range are left out.
pub fn price_curve(
    law: &PowerLaw,
    compute: f64,
    flop_per_dollar: f64,
    upto: f64,
    n: usize,
) -> Vec<(f64, f64)> {
    let Some(last) = next_step(law, compute, upto, flop_per_dollar) else {
        return Vec::new();
    };
    let (lo, hi) = (compute.ln(), last.compute.ln());
    let start = law.loss(compute);
    (0..=n.max(1))
        .map(|i| (lo + (hi - lo) * i as f64 / n.max(1) as f64).exp())
        .map(|c| (100.0 * (1.0 - law.loss(c) / start), c / flop_per_dollar))
        .filter(|(x, d)| x.is_finite() && d.is_finite() && *d > 0.0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chinchilla::EPOCH;
    use crate::loss::{loss, KAPPA, L0};

    #[test]
    fn inverse_of_e1() {
        for c in [1e20, 1e25, 1e30] {
            let back = compute_for_loss(loss(c, 0.154), 0.154).unwrap();
            assert!((back / c - 1.0).abs() < 1e-9);
        }
        assert_eq!(compute_for_loss(L0, 0.154), None);
        assert_eq!(compute_for_loss(1.0, 0.154), None);
    }

    #[test]
    fn each_further_percent_costs_more() {
        let (c, law) = (2.1e25, PowerLaw::paper(0.154));
        let a = next_step(&law, c, 0.01, KAPPA).unwrap();
        let b = next_step(&law, c, 0.02, KAPPA).unwrap();
        assert!(b.factor > a.factor * a.factor * 0.99, "the price compounds");
        assert!((a.dollars - a.compute / KAPPA).abs() < 1e-6 * a.dollars);
        assert!((loss(a.compute, 0.154) - a.target_loss).abs() < 1e-9);
    }

    #[test]
    fn below_the_floor_is_impossible() {
        let law = EPOCH.law();
        let most = max_cut(&law, 2.1e25);
        assert!(
            most > 0.0 && most < 0.1,
            "the reducible part is small: {most}"
        );
        assert_eq!(next_step(&law, 2.1e25, most, 7e17), None);
        assert!(next_step(&law, 2.1e25, most * 0.9, 7e17).is_some());
    }

    #[test]
    fn price_and_cut_are_inverse() {
        let law = EPOCH.law();
        let step = next_step(&law, 2.1e25, 0.02, 7e17).unwrap();
        let cut = cut_at_price(&law, 2.1e25, 7e17, step.dollars).unwrap();
        assert!((cut - 0.02).abs() < 1e-9, "{cut}");
        assert_eq!(cut_at_price(&law, 2.1e25, 7e17, 1.0), None);
    }

    #[test]
    fn price_curve_rises_from_the_starting_cost() {
        let law = EPOCH.law();
        let upto = 0.95 * max_cut(&law, 2.1e25);
        let curve = price_curve(&law, 2.1e25, 7e17, upto, 80);
        assert_eq!(curve.len(), 81);
        assert!(curve[0].0.abs() < 1e-9 && (curve[0].1 - 2.1e25 / 7e17).abs() < 1.0);
        assert!(curve.windows(2).all(|w| w[1].0 > w[0].0 && w[1].1 > w[0].1));
        assert!((curve[80].0 - 100.0 * upto).abs() < 1e-6);
    }
}
