//! A new chip (our scenario on top of E1–E4): in year `y` a chip with `k` times the FLOP per
//! dollar arrives and both labs adopt it, so from year `y` both effective computes are
//! multiplied by `k`: `C̃(t) = k·C(t)` for `t ≥ y`, `C̃(t) = C(t)` before.
//!
//! Why the gap is then cut by exactly `k^(−α)` (for `t ≥ y`), by E1:
//! `L̃(t) = A·(k·C(t))^(−α) + L0 = k^(−α)·A·C(t)^(−α) + L0`, and in E4 `L0` cancels:
//! `ΔL̃(t) = k^(−α)·A·(C_M(t)^(−α) − C_F(t)^(−α)) = k^(−α)·ΔL(t)`. The ratio `C_F/C_M` is
//! unchanged, so the reducible-loss ratio and the years behind (MODEL.md §4) are not: a chip
//! everyone buys narrows the loss gap, not the frontier's lead in those metrics.

use crate::convergence::{ln_compute_for_loss, Convergence, Lab, Peak};
use crate::loss::{loss_from_ln_compute, reducible_from_ln_compute};
use crate::param::{InputError, ParamSpec};

/// `k`: how many times more FLOP per dollar the new chip gives (`chip`).
pub const CHIP: ParamSpec = ParamSpec {
    key: "chip",
    default: 4.0,
    min: 1.0,
    max: 1000.0,
    step: 0.01,
    log: true,
    unit: "×",
    source: "reader's scenario",
};

/// `y`: the year the new chip arrives, counted like `t` from the start (`chipyear`).
pub const CHIP_YEAR: ParamSpec = ParamSpec {
    key: "chipyear",
    default: 3.0,
    min: 0.0,
    max: 30.0,
    step: 0.5,
    log: false,
    unit: "yr",
    source: "reader's scenario",
};

/// A validated new chip: `k` times the FLOP per dollar from year `y`, adopted by both labs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chip {
    factor: f64,
    year: f64,
    /// `ln k`, computed once.
    ln_factor: f64,
}

impl Chip {
    /// Checks `k` against [`CHIP`] and `y` against [`CHIP_YEAR`].
    pub fn new(factor: f64, year: f64) -> Result<Chip, InputError> {
        let factor = CHIP.check(factor)?;
        let year = CHIP_YEAR.check(year)?;
        Ok(Chip {
            factor,
            year,
            ln_factor: factor.ln(),
        })
    }

    /// `k`, the gain in FLOP per dollar.
    pub fn factor(&self) -> f64 {
        self.factor
    }

    /// `y`, the year of arrival.
    pub fn year(&self) -> f64 {
        self.year
    }

    /// `ln C̃(t) = ln C(t) + [t ≥ y]·ln k`: a lab's effective compute with the chip (E2/E3).
    pub fn ln_compute(&self, c: &Convergence, lab: Lab, t: f64) -> f64 {
        let boost = if t >= self.year { self.ln_factor } else { 0.0 };
        c.ln_compute(lab, t) + boost
    }

    /// `L(C̃(t))`: a lab's loss with the chip (E1).
    pub fn loss(&self, c: &Convergence, lab: Lab, t: f64) -> f64 {
        loss_from_ln_compute(self.ln_compute(c, lab, t), c.scenario().alpha)
    }

    /// E4 with the chip: `ΔL̃(t) = L(C̃_M(t)) − L(C̃_F(t))`, which is `ΔL(t)` before `y` and
    /// exactly `k^(−α)·ΔL(t)` from `y` on (module docs).
    pub fn gap(&self, c: &Convergence, t: f64) -> f64 {
        let a = c.scenario().alpha;
        reducible_from_ln_compute(self.ln_compute(c, Lab::Meek, t), a)
            - reducible_from_ln_compute(self.ln_compute(c, Lab::Frontier, t), a)
    }

    /// The largest gap with the chip over `[0, horizon]`. Before `y` the gap is `ΔL`, from
    /// `y` it is `k^(−α)·ΔL` (same shape, scaled), so each piece's maximum is
    /// [`Convergence::peak_within`] of its interval, and the larger wins (ties: the earlier).
    /// When the old gap is still rising at `y`, the chip cuts its hump short: the result is
    /// then `t = y` with the gap just before the chip arrives, `ΔL(y)` (the supremum; at `y`
    /// itself the gap has already dropped to `k^(−α)·ΔL(y)`).
    pub fn peak(&self, c: &Convergence) -> Peak {
        let (h, y) = (c.horizon(), self.year);
        let before = (y > 0.0).then(|| c.peak_within(0.0, y.min(h)));
        let after = (y <= h).then(|| {
            let t = c.peak_within(y, h).t;
            Peak {
                t,
                gap: self.gap(c, t),
            }
        });
        match (before, after) {
            (Some(b), Some(a)) if a.gap > b.gap => a,
            (Some(b), _) => b,
            (None, Some(a)) => a,
            (None, None) => c.peak(),
        }
    }

    /// The first year a lab's loss is down to `loss` with the chip: the year without it
    /// ([`Convergence::reach_time`]) if that is no later than `y`; else `y` if the chip's jump
    /// gets there (`ln C(y) + ln k ≥ ln C(loss)`); else `[ln C(loss) − ln k − ln C(0)] / ln G_lab`.
    /// `None` at or below `L0`, or when the lab never gets there.
    pub fn reach_time(&self, c: &Convergence, lab: Lab, loss: f64) -> Option<f64> {
        if let Some(t) = c.reach_time(lab, loss).filter(|t| *t <= self.year) {
            return Some(t);
        }
        let needed = ln_compute_for_loss(loss, c.scenario().alpha)?;
        if c.ln_compute(lab, self.year) + self.ln_factor >= needed {
            return Some(self.year);
        }
        let ln_gain = c.ln_gain(lab);
        (ln_gain > 0.0)
            .then(|| (needed - self.ln_factor - c.ln_compute(lab, 0.0)) / ln_gain)
            .filter(|t| t.is_finite())
    }

    /// How many years earlier a lab reaches `loss` thanks to the chip: with `t₀` the year
    /// without it, `min(ln k / ln G_lab, max(0, t₀ − y))`. A chip worth `k` saves at most the
    /// `ln k / ln G_lab` years the lab's own growth would need to gain `k`, and nothing for a
    /// loss reached before it arrives. `None` when the lab never reaches `loss` without the
    /// chip (`G_lab ≤ 1`, or `loss ≤ L0`).
    pub fn years_saved(&self, c: &Convergence, lab: Lab, loss: f64) -> Option<f64> {
        let without = c.reach_time(lab, loss)?;
        let with = self.reach_time(c, lab, loss)?;
        Some(without - with)
    }
}

/// The loss gap at year `t` with a chip `k` times better arriving in year `y`
/// ([`Chip::gap`]): `ΔL(t)` before `y`, `k^(−α)·ΔL(t)` from `y` on. An error names `chip` or
/// `chipyear` when `k` or `y` is out of range.
pub fn gap_with_chip(c: &Convergence, k: f64, y: f64, t: f64) -> Result<f64, InputError> {
    Chip::new(k, y).map(|chip| chip.gap(c, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convergence::HORIZON;
    use crate::scenario::{Scenario, ScenarioField};

    fn paper() -> Convergence {
        Convergence::new(Scenario::default(), HORIZON.default).unwrap()
    }

    #[test]
    fn the_chip_cuts_the_gap_by_k_to_the_minus_alpha() {
        let c = paper();
        let alpha = c.scenario().alpha;
        for (k, y) in [(4.0, 3.0), (1000.0, 0.0), (1.0, 5.0), (37.5, 12.5)] {
            let cut = f64::powf(k, -alpha);
            for i in 0..=80 {
                let t = i as f64 * 0.25;
                let with = gap_with_chip(&c, k, y, t).unwrap();
                let expected = if t >= y { cut * c.gap(t) } else { c.gap(t) };
                assert!(
                    (with - expected).abs() <= 1e-12 * expected.abs(),
                    "k {k} y {y} t {t}"
                );
            }
        }
    }

    #[test]
    fn both_losses_fall_at_the_arrival() {
        let (c, chip) = (paper(), Chip::new(4.0, 3.0).unwrap());
        for lab in [Lab::Meek, Lab::Frontier] {
            assert_eq!(
                chip.loss(&c, lab, 2.999),
                crate::loss::loss_from_ln_compute(c.ln_compute(lab, 2.999), 0.154)
            );
            assert!(chip.loss(&c, lab, 3.0) < chip.loss(&c, lab, 2.999));
        }
    }

    #[test]
    fn a_chip_in_the_rising_part_cuts_the_hump_short() {
        // The paper's gap peaks at ≈ 3.4 years; a chip at 2 years ends the rise there.
        let c = paper();
        let chip = Chip::new(4.0, 2.0).unwrap();
        let p = chip.peak(&c);
        assert_eq!(p.t, 2.0);
        assert_eq!(p.gap, c.gap(2.0));
        // A modest chip after the peak leaves the peak where it was.
        let late = Chip::new(1.5, 10.0).unwrap().peak(&c);
        assert_eq!(late, c.peak());
        // A chip at the start scales the whole curve: same year, smaller gap.
        let first = Chip::new(4.0, 0.0).unwrap().peak(&c);
        assert!((first.t - c.peak().t).abs() < 1e-12);
        assert!((first.gap - 4f64.powf(-0.154) * c.peak().gap).abs() < 1e-12);
        // After the horizon the chip changes nothing.
        let short = Convergence::new(Scenario::default(), 2.0).unwrap();
        assert_eq!(Chip::new(4.0, 3.0).unwrap().peak(&short), short.peak());
    }

    #[test]
    fn peak_is_the_largest_gap_on_a_grid() {
        let c = paper();
        for (k, y) in [
            (4.0, 3.0),
            (4.0, 5.0),
            (1000.0, 1.0),
            (2.0, 0.5),
            (10.0, 20.0),
        ] {
            let chip = Chip::new(k, y).unwrap();
            let p = chip.peak(&c);
            for i in 0..=400 {
                let t = 20.0 * i as f64 / 400.0;
                assert!(chip.gap(&c, t) <= p.gap + 1e-12, "k {k} y {y} t {t}");
            }
        }
    }

    #[test]
    fn years_saved_is_capped_by_the_chips_worth() {
        let c = paper();
        let chip = Chip::new(4.0, 3.0).unwrap();
        let ln_gm = c.ln_gain(Lab::Meek);
        let worth = 4f64.ln() / ln_gm;
        for t0 in [1.0, 3.0, 3.5, 4.0, 10.0, 25.0] {
            let target = c.meek_loss(t0);
            let saved = chip.years_saved(&c, Lab::Meek, target).unwrap();
            let expected = worth.min((t0 - 3.0).max(0.0));
            assert!(
                (saved - expected).abs() < 1e-9,
                "t0 {t0}: {saved} vs {expected}"
            );
            let reached = chip.reach_time(&c, Lab::Meek, target).unwrap();
            assert!(chip.loss(&c, Lab::Meek, reached) <= target + 1e-12);
        }
        assert_eq!(chip.years_saved(&c, Lab::Meek, crate::loss::L0), None);
    }

    #[test]
    fn without_progress_only_the_chip_helps() {
        let flat = ScenarioField::Ga.set(ScenarioField::Gh.set(Scenario::default(), 1.0), 1.0);
        let c = Convergence::new(flat, 20.0).unwrap();
        let chip = Chip::new(4.0, 3.0).unwrap();
        // Just above the loss the chip gives (rounding of the round trip aside).
        let target = chip.loss(&c, Lab::Meek, 3.0) + 1e-9;
        assert_eq!(c.reach_time(Lab::Meek, target), None);
        assert_eq!(chip.reach_time(&c, Lab::Meek, target), Some(3.0));
        assert_eq!(chip.years_saved(&c, Lab::Meek, target), None);
        assert_eq!(chip.reach_time(&c, Lab::Meek, target - 1e-3), None);
    }

    #[test]
    fn invalid_chips_are_errors() {
        let c = paper();
        assert_eq!(gap_with_chip(&c, 0.5, 3.0, 1.0).unwrap_err().name(), "chip");
        assert_eq!(
            gap_with_chip(&c, 4.0, f64::NAN, 1.0).unwrap_err().name(),
            "chipyear"
        );
        assert_eq!(Chip::new(4.0, 31.0).unwrap_err().name(), "chipyear");
        for spec in [CHIP, CHIP_YEAR] {
            assert!(spec.min <= spec.default && spec.default <= spec.max);
        }
    }
}
