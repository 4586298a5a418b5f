//! E1 and E2: loss as a function of effective compute, and effective compute over time.

/// `A` in E1, from the authors' notebook.
pub const A: f64 = 1070.0;
/// `L0` in E1: the irreducible loss (nats per token).
pub const L0: f64 = 1.7;
/// `κ`: FLOP per dollar at t = 0 (the paper's conservative value; MODEL.md §1.1).
pub const KAPPA: f64 = 1e17;

/// E1 in log space: `L = A · exp(−α · ln C) + L0`, with `ln_c` the natural log of effective
/// compute in FLOP. Working with `ln C` keeps every valid scenario finite, however large the
/// compute grows over the horizon.
pub fn loss_from_ln_compute(ln_c: f64, alpha: f64) -> f64 {
    reducible_from_ln_compute(ln_c, alpha) + L0
}

/// The reducible part of E1, `A · C^(−α)`, from `ln C`.
pub fn reducible_from_ln_compute(ln_c: f64, alpha: f64) -> f64 {
    A * (-alpha * ln_c).exp()
}

/// E1: `L(C) = A · C^(−α) + L0` for effective compute `c` in FLOP.
pub fn loss(c: f64, alpha: f64) -> f64 {
    loss_from_ln_compute(c.ln(), alpha)
}

/// A loss law of the shape E1 shares with the one-variable Chinchilla optimum:
/// `L(C) = floor + coeff · C^(−exponent)`. E1 is `PowerLaw::paper(α)`; a Chinchilla fit's
/// compute-optimal loss is `Fit::law()` (MODEL.md §3, `E + K·C^(−γ)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PowerLaw {
    /// The irreducible loss no compute gets below (`L0` or `E`).
    pub floor: f64,
    /// The coefficient of the reducible part (`A` or `K`).
    pub coeff: f64,
    /// The exponent of compute (`α` or `γ`).
    pub exponent: f64,
}

impl PowerLaw {
    /// E1 with the authors' `A` and `L0` and the scenario's exponent.
    pub fn paper(alpha: f64) -> PowerLaw {
        PowerLaw {
            floor: L0,
            coeff: A,
            exponent: alpha,
        }
    }

    /// `L(C)` for compute `c` in FLOP.
    pub fn loss(&self, c: f64) -> f64 {
        self.floor + self.coeff * (-self.exponent * c.ln()).exp()
    }

    /// The inverse: the compute whose loss is `loss`, `C = ((L − floor)/coeff)^(−1/exponent)`.
    /// `None` at or below the floor, which no amount of compute reaches, or beyond an `f64`.
    pub fn compute_for(&self, loss: f64) -> Option<f64> {
        let reducible = loss - self.floor;
        (reducible > 0.0 && self.exponent > 0.0)
            .then(|| (reducible / self.coeff).powf(-1.0 / self.exponent))
            .filter(|c| c.is_finite() && *c > 0.0)
    }
}

/// E2 in log space: `ln C(t) = ln(κ · budget · G^t)`, where `ln_growth = ln G` is the natural
/// log of the yearly gain in effective compute per dollar and `budget` is in dollars.
pub fn ln_effective_compute(budget: f64, ln_growth: f64, t: f64) -> f64 {
    KAPPA.ln() + budget.ln() + ln_growth * t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_times_compute_cuts_reducible_loss_by_thirty_percent() {
        // MODEL.md §1.1: each 10× multiplies L − L0 by 10^(−α) ≈ 0.70.
        let c = 1e24;
        let ratio = (loss(10.0 * c, 0.154) - L0) / (loss(c, 0.154) - L0);
        assert!((ratio - 10f64.powf(-0.154)).abs() < 1e-12);
        assert!((ratio - 0.70).abs() < 0.005);
    }

    #[test]
    fn power_law_is_e1_and_inverts() {
        let law = PowerLaw::paper(0.154);
        for c in [1e20, 2.1e25, 1e30] {
            assert!((law.loss(c) - loss(c, 0.154)).abs() < 1e-12);
            let back = law.compute_for(law.loss(c)).unwrap();
            assert!((back / c - 1.0).abs() < 1e-9);
        }
        assert_eq!(law.compute_for(L0), None);
    }

    #[test]
    fn log_space_matches_direct_formula() {
        let c = KAPPA * 1000.0 * 3.92f64.powi(3);
        let direct = A * c.powf(-0.154) + L0;
        let logged = loss_from_ln_compute(ln_effective_compute(1000.0, 3.92f64.ln(), 3.0), 0.154);
        assert!((direct - logged).abs() < 1e-12);
    }
}
