//! Where progress comes from (E2/E3 with the share `s`, MODEL.md §1.1 and §4): the growth of a
//! lab's effective compute since t = 0, split into investment, hardware and algorithms.
//!
//! `C_F(t)/C_F(0) = g_i^t · g_h^t · g_a^t` and `C_M(t)/C_M(0) = g_h^t · (g_a^s)^t`, so in orders
//! of magnitude the parts add up: `log10(C(t)/C(0)) = investment + hardware + algorithms`.

pub use crate::convergence::Lab;
use crate::scenario::Scenario;

/// A lab's growth in effective compute since t = 0, in orders of magnitude (log10 units:
/// 1 = ten times as much compute), by source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProgressSplit {
    /// The budget's growth: `t·log10 g_i` for the frontier, 0 for the meek lab (fixed budget).
    pub investment: f64,
    /// Cheaper FLOP: `t·log10 g_h`, the same for both labs.
    pub hardware: f64,
    /// Better algorithms: `t·log10 g_a` for the frontier, `t·s·log10 g_a` for the meek lab.
    pub algorithms: f64,
}

impl ProgressSplit {
    /// `log10(C(t)/C(0))`: the three parts together.
    pub fn total(&self) -> f64 {
        self.investment + self.hardware + self.algorithms
    }

    /// Each part as a fraction of [`Self::total`] (summing to 1). All zero when the total is 0
    /// (at t = 0, or when nothing grows), so a chart never divides by zero.
    pub fn shares(&self) -> ProgressSplit {
        let total = self.total();
        if total == 0.0 || !total.is_finite() {
            return ProgressSplit {
                investment: 0.0,
                hardware: 0.0,
                algorithms: 0.0,
            };
        }
        ProgressSplit {
            investment: self.investment / total,
            hardware: self.hardware / total,
            algorithms: self.algorithms / total,
        }
    }
}

/// E2/E3 in log10 units: the growth of `lab`'s effective compute from year 0 to year `t`,
/// split into investment `t·log10 g_i` (frontier only), hardware `t·log10 g_h` and algorithms
/// `t·log10 g_a` (frontier) or `t·s·log10 g_a` (meek lab, MODEL.md §4, arXiv 2511.21622).
/// Every part is finite and non-negative for a valid scenario (see [`Scenario::validate`]) and
/// a finite `t ≥ 0`.
pub fn progress_split(s: &Scenario, lab: Lab, t: f64) -> ProgressSplit {
    let (investment, algorithms) = match lab {
        Lab::Frontier => (t * s.gi.log10(), t * s.ga.log10()),
        Lab::Meek => (0.0, t * s.gashare * s.ga.log10()),
    };
    ProgressSplit {
        investment,
        hardware: t * s.gh.log10(),
        algorithms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convergence::Convergence;
    use crate::scenario::ScenarioField;
    use std::f64::consts::LN_10;

    #[test]
    fn parts_add_up_to_the_growth_of_effective_compute() {
        for share in [1.0, 0.4, 0.0] {
            let s = ScenarioField::Gashare.set(Scenario::default(), share);
            let c = Convergence::new(s, 20.0).unwrap();
            for lab in [Lab::Frontier, Lab::Meek] {
                for t in [0.0, 1.0, 3.4, 20.0] {
                    let grown = (c.ln_compute(lab, t) - c.ln_compute(lab, 0.0)) / LN_10;
                    let split = progress_split(&s, lab, t);
                    assert!((split.total() - grown).abs() < 1e-12, "{lab:?} {t}");
                }
            }
        }
    }

    #[test]
    fn frontier_total_is_log10_of_its_compute_ratio() {
        // C_F(t)/C_F(0) = (g_i·g_h·g_a)^t = 14^t at the defaults (5/1.4 · 1.4 · 2.8).
        let s = Scenario::default();
        let split = progress_split(&s, Lab::Frontier, 3.0);
        assert!((split.total() - 3.0 * 14f64.log10()).abs() < 1e-12);
        assert!((split.investment - 3.0 * s.gi.log10()).abs() < 1e-15);
    }

    #[test]
    fn the_meek_lab_has_no_investment_and_a_share_of_algorithms() {
        let s = ScenarioField::Gashare.set(Scenario::default(), 0.25);
        let (f, m) = (
            progress_split(&s, Lab::Frontier, 4.0),
            progress_split(&s, Lab::Meek, 4.0),
        );
        assert_eq!(m.investment, 0.0);
        assert_eq!(m.hardware, f.hardware);
        assert!((m.algorithms - 0.25 * f.algorithms).abs() < 1e-15);
    }

    #[test]
    fn shares_sum_to_one_or_are_all_zero() {
        let s = Scenario::default();
        let sh = progress_split(&s, Lab::Frontier, 5.0).shares();
        assert!((sh.total() - 1.0).abs() < 1e-12);
        // At the defaults the budget is the largest source, then algorithms, then hardware.
        assert!(sh.investment > sh.algorithms && sh.algorithms > sh.hardware);
        let zero = progress_split(&s, Lab::Meek, 0.0).shares();
        assert_eq!(zero.total(), 0.0);
        let flat = ScenarioField::Gh.set(ScenarioField::Gashare.set(s, 0.0), 1.0);
        assert_eq!(progress_split(&flat, Lab::Meek, 10.0).shares().total(), 0.0);
    }
}
