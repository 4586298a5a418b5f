//! The price of the next step (E1, E2): what it costs to cut loss further from a frontier.

use crate::loss::{A, L0};

/// What cutting loss by a further fraction costs, from a starting compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextStep {
    /// The loss aimed for, `L(C)·(1 − x)`.
    pub target_loss: f64,
    /// Effective compute that reaches it, FLOP.
    pub compute: f64,
    /// How many times the starting compute that is.
    pub factor: f64,
    /// Its price in dollars at the given FLOP per dollar.
    pub dollars: f64,
}

/// E1 inverted: the effective compute whose loss is `loss`, `C = ((L − L0)/A)^(−1/α)`.
/// `None` at or below the irreducible loss `L0`, which no amount of compute reaches.
pub fn compute_for_loss(loss: f64, alpha: f64) -> Option<f64> {
    let reducible = loss - L0;
    (reducible > 0.0 && alpha > 0.0)
        .then(|| (reducible / A).powf(-1.0 / alpha))
        .filter(|c| c.is_finite())
}

/// Cutting the loss of a model trained with `compute` FLOP by the fraction `cut` (0.05 = 5 %),
/// with compute bought at `flop_per_dollar`. `None` when the target lies at or below `L0`
/// or needs more compute than a double can hold.
pub fn next_step(compute: f64, cut: f64, alpha: f64, flop_per_dollar: f64) -> Option<NextStep> {
    let start = crate::loss::loss(compute, alpha);
    let target_loss = start * (1.0 - cut);
    let needed = compute_for_loss(target_loss, alpha)?;
    Some(NextStep {
        target_loss,
        compute: needed,
        factor: needed / compute,
        dollars: needed / flop_per_dollar,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loss::{loss, KAPPA};

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
        let c = 2.1e25;
        let a = next_step(c, 0.01, 0.154, KAPPA).unwrap();
        let b = next_step(c, 0.02, 0.154, KAPPA).unwrap();
        assert!(b.factor > a.factor * a.factor * 0.99, "the price compounds");
        assert!((a.dollars - a.compute / KAPPA).abs() < 1e-6 * a.dollars);
        assert!((loss(a.compute, 0.154) - a.target_loss).abs() < 1e-9);
    }

    #[test]
    fn below_the_floor_is_impossible() {
        // At 2.1e25 FLOP the loss is close to L0 = 1.7: cutting 50 % would go below it.
        assert_eq!(next_step(2.1e25, 0.5, 0.154, KAPPA), None);
    }
}
