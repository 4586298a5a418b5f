//! E3–E5 and §1.2: the frontier and the meek lab over time, the loss gap, its peak and decay.

use crate::loss::{ln_effective_compute, loss_from_ln_compute, reducible_from_ln_compute};
use crate::param::{InputError, ParamSpec};
use crate::scenario::Scenario;

/// How many years the convergence calculator looks ahead.
pub const HORIZON: ParamSpec = ParamSpec {
    key: "horizon",
    default: 20.0,
    min: 1.0,
    max: 50.0,
    step: 1.0,
    log: false,
    unit: "yr",
    source: "reading window (our choice); the gap's hump lies in the first decade at the defaults",
};

/// One sample of the convergence projection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConvergencePoint {
    /// Years since both labs start (t = 0).
    pub t: f64,
    /// `L(C_F(t))`: the frontier model's loss.
    pub frontier: f64,
    /// `L(C_M(t))`: the meek model's loss.
    pub meek: f64,
    /// `ΔL(t) = L(C_M) − L(C_F)` (E4).
    pub gap: f64,
}

/// Where the gap is largest over `[0, horizon]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Peak {
    /// Years after the start.
    pub t: f64,
    /// `ΔL` at that time.
    pub gap: f64,
}

/// The qualitatively different outcomes of a projection, so text can say the right thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The gap rises, peaks inside the horizon, then falls.
    Hump,
    /// The gap is largest at the start and only shrinks.
    ShrinksFromStart,
    /// The gap is still growing at the horizon.
    StillGrowing,
    /// `G ≤ 1`: the meek model never improves; the gap never closes.
    NoSharedProgress,
    /// The frontier is never ahead (ΔL ≤ 0 throughout).
    MeekAhead,
}

/// A validated convergence projection: a scenario and a horizon in years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Convergence {
    scenario: Scenario,
    horizon: f64,
    /// `ln(κ·B_M)`, `ln(κ·B_F)`, `ln G` and `ln g_i`, computed once: every curve evaluates
    /// them thousands of times (the benchmark peak's search), and logarithms are not free.
    ln_meek0: f64,
    ln_frontier0: f64,
    ln_g: f64,
    ln_gi: f64,
}

impl Convergence {
    /// Validates the scenario and horizon; every method below is then finite and panic-free.
    pub fn new(scenario: Scenario, horizon: f64) -> Result<Self, InputError> {
        scenario.validate()?;
        let horizon = HORIZON.check(horizon)?;
        Ok(Self {
            scenario,
            horizon,
            ln_meek0: ln_effective_compute(scenario.meek, 0.0, 0.0),
            ln_frontier0: ln_effective_compute(scenario.frontier, 0.0, 0.0),
            ln_g: scenario.shared_gain().ln(),
            ln_gi: scenario.gi.ln(),
        })
    }

    /// The scenario this projection uses.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The horizon in years.
    pub fn horizon(&self) -> f64 {
        self.horizon
    }

    fn ln_g(&self) -> f64 {
        self.ln_g
    }

    /// `ln C_M(t)` with E2/E3: the meek budget is fixed, `C_M = κ · B_M · G^t`.
    fn ln_meek_compute(&self, t: f64) -> f64 {
        self.ln_meek0 + self.ln_g * t
    }

    /// `ln C_F(t)` with E2/E3: `C_F = κ · B_F · (g_i · G)^t`.
    fn ln_frontier_compute(&self, t: f64) -> f64 {
        self.ln_frontier0 + (self.ln_g + self.ln_gi) * t
    }

    /// `L(C_M(t))`: the meek model's loss at year `t` (E1 with E2/E3).
    pub fn meek_loss(&self, t: f64) -> f64 {
        loss_from_ln_compute(self.ln_meek_compute(t), self.scenario.alpha)
    }

    /// `L(C_F(t))`: the frontier model's loss at year `t` (E1 with E2/E3).
    pub fn frontier_loss(&self, t: f64) -> f64 {
        loss_from_ln_compute(self.ln_frontier_compute(t), self.scenario.alpha)
    }

    /// E4: `ΔL(t) = L(C_M(t)) − L(C_F(t))`; `L0` cancels, so only reducible losses are compared.
    pub fn gap(&self, t: f64) -> f64 {
        let a = self.scenario.alpha;
        reducible_from_ln_compute(self.ln_meek_compute(t), a)
            - reducible_from_ln_compute(self.ln_frontier_compute(t), a)
    }

    /// Whether shared progress exists at all: `G = g_h · g_a > 1`. Without it the meek model
    /// never improves and the gap never closes (MODEL.md §1.2).
    pub fn gap_closes(&self) -> bool {
        self.scenario.shared_gain() > 1.0
    }

    /// E5 generalised to unequal budgets (MODEL.md §1.2):
    /// `t* = [ln(ln(G·g_i)/ln G) − α·ln R] / (α·ln g_i)`.
    ///
    /// `None` when the gap has no interior maximum on the real line: `G ≤ 1` (the meek model
    /// never improves) or `g_i ≤ 1` (the frontier budget does not grow). The value may be
    /// negative: then the gap only shrinks from t = 0.
    pub fn unconstrained_peak_t(&self) -> Option<f64> {
        let s = &self.scenario;
        let ln_g = self.ln_g();
        let ln_gi = s.gi.ln();
        if ln_g <= 0.0 || ln_gi <= 0.0 {
            return None;
        }
        let t =
            (((ln_g + ln_gi) / ln_g).ln() - s.alpha * s.budget_ratio().ln()) / (s.alpha * ln_gi);
        t.is_finite().then_some(t)
    }

    /// The largest gap over `[0, horizon]`. The gap has at most one critical point (a maximum
    /// when `g_i > 1`), so the maximum is at 0, at the horizon, or at [`Self::unconstrained_peak_t`].
    /// Ties go to the earliest time.
    pub fn peak(&self) -> Peak {
        let mut candidates = vec![0.0, self.horizon];
        if let Some(t) = self
            .unconstrained_peak_t()
            .filter(|t| *t > 0.0 && *t < self.horizon)
        {
            candidates.insert(1, t);
        }
        candidates
            .into_iter()
            .map(|t| Peak {
                t,
                gap: self.gap(t),
            })
            .fold(None, |best: Option<Peak>, p| match best {
                Some(b) if b.gap >= p.gap => Some(b),
                _ => Some(p),
            })
            .unwrap_or(Peak {
                t: 0.0,
                gap: self.gap(0.0),
            })
    }

    /// The first time after the peak at which `ΔL ≤ peak / 2`, or `None` if that does not happen
    /// within the horizon (or the frontier is never ahead). After its peak the gap only falls
    /// (for `g_i ≥ 1`, which validation guarantees), so bisection finds the single crossing.
    pub fn half_time(&self) -> Option<f64> {
        let peak = self.peak();
        if peak.gap <= 0.0 {
            return None;
        }
        let target = peak.gap / 2.0;
        if self.gap(self.horizon) > target {
            return None;
        }
        let (mut lo, mut hi) = (peak.t, self.horizon);
        for _ in 0..100 {
            let mid = 0.5 * (lo + hi);
            if self.gap(mid) > target {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Some(hi)
    }

    /// Late decay (MODEL.md §1.2): far past the peak `ΔL` shrinks by `G^(−α)` per year, so it
    /// halves every `ln 2 / (α · ln G)` years. `None` when `G ≤ 1` (it never shrinks).
    pub fn late_halving_years(&self) -> Option<f64> {
        self.gap_closes()
            .then(|| std::f64::consts::LN_2 / (self.scenario.alpha * self.ln_g()))
    }

    /// "Years behind" (MODEL.md §1.2, generalised to `R = B_F/B_M`): the meek model reaches
    /// the frontier's loss of year `t` at `t_M = [ln R + t·ln(g_i·G)] / ln G`, so it trails by
    /// `t_M − t = (ln R + t·ln g_i) / ln G` years (`t·ln g_i/ln G` for an equal start). The lag
    /// grows without bound while ΔL shrinks. Negative when the meek model is ahead; `None`
    /// when `G ≤ 1` (the meek model never gets there).
    pub fn years_behind(&self, t: f64) -> Option<f64> {
        let s = &self.scenario;
        self.gap_closes()
            .then(|| (s.budget_ratio().ln() + t * s.gi.ln()) / self.ln_g())
    }

    /// The benchmark gap (MODEL.md §1.3): `MMLU(L_F)^p − MMLU(L_M)^p` at year `t` for tasks
    /// of `steps` independent steps, as a fraction (×100 for percentage points).
    pub fn benchmark_gap(&self, t: f64, steps: u32) -> f64 {
        let score = |loss: f64| crate::benchmark::multi_step(crate::benchmark::mmlu(loss), steps);
        score(self.frontier_loss(t)) - score(self.meek_loss(t))
    }

    /// Where the benchmark gap is largest over `[0, horizon]`. The logistic map can bend the
    /// loss gap's single hump, so this searches: a grid of 400 steps, then golden-section
    /// refinement around the best grid point.
    pub fn benchmark_peak(&self, steps: u32) -> Peak {
        let f = |t: f64| self.benchmark_gap(t, steps);
        let n = 400;
        let h = self.horizon / n as f64;
        let best = (0..=n)
            .map(|i| (self.horizon * i as f64 / n as f64).min(self.horizon))
            .map(|t| (t, f(t)))
            .fold(
                (0.0, f64::NEG_INFINITY),
                |b, p| if p.1 > b.1 { p } else { b },
            );
        let (mut lo, mut hi) = ((best.0 - h).max(0.0), (best.0 + h).min(self.horizon));
        let phi = (5f64.sqrt() - 1.0) / 2.0;
        for _ in 0..60 {
            let (a, b) = (hi - phi * (hi - lo), lo + phi * (hi - lo));
            if f(a) >= f(b) {
                hi = b;
            } else {
                lo = a;
            }
        }
        let t = (0.5 * (lo + hi)).clamp(0.0, self.horizon);
        let refined = Peak { t, gap: f(t) };
        if refined.gap >= best.1 {
            refined
        } else {
            Peak {
                t: best.0,
                gap: best.1,
            }
        }
    }

    /// Which of the [`Outcome`]s this projection shows.
    pub fn outcome(&self) -> Outcome {
        let peak = self.peak();
        if !self.gap_closes() {
            Outcome::NoSharedProgress
        } else if peak.gap <= 0.0 {
            Outcome::MeekAhead
        } else if peak.t >= self.horizon {
            Outcome::StillGrowing
        } else if peak.t <= 0.0 {
            Outcome::ShrinksFromStart
        } else {
            Outcome::Hump
        }
    }

    /// `n + 1` evenly spaced samples from 0 to the horizon (at least two).
    pub fn series(&self, n: usize) -> Vec<ConvergencePoint> {
        let n = n.max(1);
        (0..=n)
            .map(|i| {
                let t = self.horizon * i as f64 / n as f64;
                ConvergencePoint {
                    t,
                    frontier: self.frontier_loss(t),
                    meek: self.meek_loss(t),
                    gap: self.gap(t),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ScenarioField;

    fn default_projection() -> Convergence {
        Convergence::new(Scenario::default(), HORIZON.default).unwrap()
    }

    #[test]
    fn reproduces_the_papers_figure_1() {
        // Gundlach et al. 2025, Figure 1: the gap peaks at ≈ 0.212 after ≈ 3.4 years.
        let p = default_projection().peak();
        assert!((p.t - 3.4).abs() < 0.05, "peak t {}", p.t);
        assert!((p.gap - 0.212).abs() < 0.001, "peak gap {}", p.gap);
    }

    #[test]
    fn closed_form_matches_a_fine_grid() {
        let c = default_projection();
        let best = c
            .series(20_000)
            .into_iter()
            .max_by(|a, b| a.gap.total_cmp(&b.gap))
            .unwrap();
        assert!((best.t - c.peak().t).abs() < 2e-3);
    }

    #[test]
    fn gap_halves_after_the_peak() {
        let c = default_projection();
        let (p, h) = (c.peak(), c.half_time().unwrap());
        assert!(h > p.t);
        assert!((c.gap(h) - p.gap / 2.0).abs() < 1e-9);
        // Late decay: ln 2 / (α ln G) ≈ 3.3 years at the defaults (ESSAY.md's example sentence).
        assert!((c.late_halving_years().unwrap() - 3.29).abs() < 0.01);
    }

    #[test]
    fn no_shared_progress_means_no_closing() {
        let s = ScenarioField::Ga.set(ScenarioField::Gh.set(Scenario::default(), 1.0), 1.0);
        let c = Convergence::new(s, 20.0).unwrap();
        assert!(!c.gap_closes());
        assert_eq!(c.unconstrained_peak_t(), None);
        assert_eq!(c.peak().t, 20.0);
        assert_eq!(c.half_time(), None);
        assert_eq!(c.late_halving_years(), None);
    }

    #[test]
    fn a_large_head_start_means_the_gap_only_shrinks() {
        // §1.2: the hump exists only while R < (ln(G·g_i)/ln G)^(1/α) ≈ 72 at the defaults.
        let s = Scenario::default();
        let g = s.shared_gain().ln();
        let limit = ((g + s.gi.ln()) / g).powf(1.0 / s.alpha);
        assert!((limit - 72.0).abs() < 1.5, "limit {limit}");
        let below =
            Convergence::new(ScenarioField::Frontier.set(s, 1000.0 * limit * 0.9), 20.0).unwrap();
        let above =
            Convergence::new(ScenarioField::Frontier.set(s, 1000.0 * limit * 1.1), 20.0).unwrap();
        assert!(below.peak().t > 0.0);
        assert_eq!(above.peak().t, 0.0);
    }

    #[test]
    fn today_like_start_peaks_at_zero() {
        let s = ScenarioField::Frontier.set(Scenario::default(), 1e8);
        let c = Convergence::new(s, 20.0).unwrap();
        assert_eq!(c.peak().t, 0.0);
        assert!(c.half_time().unwrap() > 0.0);
    }

    #[test]
    fn peak_beyond_the_horizon_is_clipped() {
        let c = Convergence::new(Scenario::default(), 2.0).unwrap();
        assert_eq!(c.peak().t, 2.0);
        assert_eq!(c.half_time(), None);
    }

    #[test]
    fn outcomes_cover_the_cases() {
        let d = Scenario::default();
        let at = |s: Scenario, h: f64| Convergence::new(s, h).unwrap().outcome();
        assert_eq!(at(d, 20.0), Outcome::Hump);
        assert_eq!(at(d, 2.0), Outcome::StillGrowing);
        assert_eq!(
            at(ScenarioField::Frontier.set(d, 1e8), 20.0),
            Outcome::ShrinksFromStart
        );
        assert_eq!(at(ScenarioField::Meek.set(d, 1e9), 5.0), Outcome::MeekAhead);
        let flat = ScenarioField::Ga.set(ScenarioField::Gh.set(d, 1.0), 1.0);
        assert_eq!(at(flat, 20.0), Outcome::NoSharedProgress);
    }

    #[test]
    fn the_lag_grows_while_the_gap_closes() {
        // §1.2, equal start: the meek model trails by t·ln g_i/ln G years.
        let c = default_projection();
        let s = c.scenario();
        for t in [1.0, 5.0, 20.0] {
            let lag = c.years_behind(t).unwrap();
            assert!((lag - t * s.gi.ln() / s.shared_gain().ln()).abs() < 1e-12);
            // By definition the meek loss at t + lag equals the frontier loss at t.
            assert!((c.meek_loss(t + lag) - c.frontier_loss(t)).abs() < 1e-12);
        }
        assert!(c.years_behind(20.0) > c.years_behind(5.0));
        assert!(c.gap(20.0) < c.gap(5.0));
    }

    #[test]
    fn benchmark_gap_peaks_inside_the_horizon() {
        let c = default_projection();
        for steps in [1, 2, 5, 10] {
            let p = c.benchmark_peak(steps);
            assert!(
                p.t > 0.0 && p.t < 20.0 && p.gap > 0.0 && p.gap < 1.0,
                "{steps}: {p:?}"
            );
            for i in 0..=400 {
                assert!(c.benchmark_gap(i as f64 * 0.05, steps) <= p.gap + 1e-12);
            }
        }
    }

    #[test]
    fn invalid_inputs_are_errors() {
        let bad = ScenarioField::Alpha.set(Scenario::default(), f64::NAN);
        assert_eq!(Convergence::new(bad, 20.0).unwrap_err().name(), "alpha");
        assert_eq!(
            Convergence::new(Scenario::default(), 0.0)
                .unwrap_err()
                .name(),
            "horizon"
        );
    }
}
