//! E3–E5 and §1.2: the frontier and the meek lab over time, the loss gap, its peak and decay.
//!
//! Generalised to the small lab's share `s` of algorithmic progress (MODEL.md §4, Gundlach et
//! al. 2025, arXiv 2511.21622): the meek lab's effective compute grows by `G_M = g_h·g_a^s`
//! a year, the frontier's by `G_F = g_i·g_h·g_a`. With `s = 1`, `G_M = G` and `G_F = g_i·G`,
//! and every formula below is the paper's (our derivations, checked numerically in the tests).

use crate::loss::{ln_effective_compute, loss_from_ln_compute, reducible_from_ln_compute};
use crate::param::{InputError, ParamSpec};
use crate::scenario::Scenario;

/// E1 inverted in log space: `ln C = −ln((L − L0)/A) / α`, the natural log of the effective
/// compute (FLOP) whose loss is `loss`. `None` at or below `L0`.
pub(crate) fn ln_compute_for_loss(loss: f64, alpha: f64) -> Option<f64> {
    let reducible = loss - crate::loss::L0;
    (reducible > 0.0 && alpha > 0.0)
        .then(|| -(reducible / crate::loss::A).ln() / alpha)
        .filter(|c| c.is_finite())
}

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
    /// `G_M = g_h·g_a^s ≤ 1`: the meek model never improves; the gap never closes.
    NoSharedProgress,
    /// The frontier is never ahead (ΔL ≤ 0 throughout).
    MeekAhead,
}

/// One of the two labs of E3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lab {
    /// The frontier lab: budget `B_F·g_i^t`, all of `g_a`.
    Frontier,
    /// The meek lab: fixed budget `B_M`, algorithmic gain `g_a^s`.
    Meek,
}

/// A validated convergence projection: a scenario and a horizon in years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Convergence {
    scenario: Scenario,
    horizon: f64,
    /// `ln(κ·B_M)`, `ln(κ·B_F)`, `ln G`, `ln g_i`, `ln G_M` and `ln G_F − ln G_M`, computed
    /// once: every curve evaluates them thousands of times (the benchmark peak's search), and
    /// logarithms are not free.
    ln_meek0: f64,
    ln_frontier0: f64,
    ln_g: f64,
    ln_gi: f64,
    /// `ln G_M = ln(g_h·g_a^s)`; bit for bit `ln G` when `s = 1`.
    ln_gm: f64,
    /// `ln G_F − ln G_M = ln g_i + (1 − s)·ln g_a ≥ 0`: how fast the frontier pulls away in
    /// log compute; bit for bit `ln g_i` when `s = 1`.
    ln_pull: f64,
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
            ln_gm: scenario.meek_gain().ln(),
            ln_pull: scenario.gi.ln() + (1.0 - scenario.gashare) * scenario.ga.ln(),
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

    /// `ln C_M(t)` with E2/E3: the meek budget is fixed, `C_M = κ · B_M · (g_h · g_a^s)^t`.
    fn ln_meek_compute(&self, t: f64) -> f64 {
        self.ln_meek0 + self.ln_gm * t
    }

    /// `ln C_F(t)` with E2/E3: `C_F = κ · B_F · (g_i · g_h · g_a)^t`.
    fn ln_frontier_compute(&self, t: f64) -> f64 {
        self.ln_frontier0 + (self.ln_g + self.ln_gi) * t
    }

    /// `ln C(t)` of a lab (E2/E3, natural log of effective compute in FLOP at year `t`):
    /// `ln(κ·B_M) + t·ln(g_h·g_a^s)` for the meek lab, `ln(κ·B_F) + t·ln(g_i·g_h·g_a)` for the
    /// frontier. Log space keeps it finite however far the projection runs.
    pub fn ln_compute(&self, lab: Lab, t: f64) -> f64 {
        match lab {
            Lab::Meek => self.ln_meek_compute(t),
            Lab::Frontier => self.ln_frontier_compute(t),
        }
    }

    /// `ln G_M` or `ln G_F`: the natural log of a lab's yearly gain in effective compute,
    /// `ln(g_h·g_a^s)` or `ln(g_i·g_h·g_a)` (both ≥ 0 for a valid scenario).
    pub fn ln_gain(&self, lab: Lab) -> f64 {
        match lab {
            Lab::Meek => self.ln_gm,
            Lab::Frontier => self.ln_g + self.ln_gi,
        }
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

    /// The ratio of reducible losses (MODEL.md §4, Fogelson et al. 2026, arXiv 2607.00913):
    /// `(L_M(t) − L0) / (L_F(t) − L0) = (C_F/C_M)^α = R^α · (G_F/G_M)^(α·t)`, computed in log
    /// space as `exp(α·(ln C_F − ln C_M))`. With equal budgets and `s = 1` it grows by `g_i^α`
    /// a year: the loss gap shrinks, yet the frontier's lead in this metric never stops
    /// growing. Finite for `t` in `[0, horizon]` (at most `e^129` over the valid inputs).
    pub fn reducible_ratio(&self, t: f64) -> f64 {
        (self.scenario.alpha * (self.ln_frontier_compute(t) - self.ln_meek_compute(t))).exp()
    }

    /// Whether the meek model improves at all: `G_M = g_h · g_a^s > 1` (`G = g_h · g_a > 1`
    /// when `s = 1`). Without it the meek model never improves and the gap never closes
    /// (MODEL.md §1.2).
    pub fn gap_closes(&self) -> bool {
        self.scenario.meek_gain() > 1.0
    }

    /// E5 generalised to unequal budgets (MODEL.md §1.2) and a share `s` (our derivation):
    /// `t* = [ln(ln G_F / ln G_M) − α·ln R] / (α·(ln G_F − ln G_M))`, with `G_M = g_h·g_a^s`,
    /// `G_F = g_i·g_h·g_a`; at `s = 1` this is `[ln(ln(G·g_i)/ln G) − α·ln R] / (α·ln g_i)`.
    ///
    /// Derivation: with `a = (κB_M)^(−α)` and `b = (κB_F)^(−α)`,
    /// `ΔL(t) = A·(a·G_M^(−αt) − b·G_F^(−αt))`, so `dΔL/dt = 0` gives
    /// `ln G_M · a · G_M^(−αt) = ln G_F · b · G_F^(−αt)`, i.e.
    /// `(G_F/G_M)^(−αt) = R^α · ln G_M / ln G_F` with `R = B_F/B_M = (a/b)^(1/α)`; take logs.
    ///
    /// `None` when the gap has no interior maximum on the real line: `G_M ≤ 1` (the meek model
    /// never improves) or `G_F = G_M` (`g_i = 1` and `s = 1`, or `g_i = g_a = 1`: both labs
    /// grow alike and the gap keeps its sign and shrinks). The value may be negative: then the
    /// gap only shrinks from t = 0.
    pub fn unconstrained_peak_t(&self) -> Option<f64> {
        let s = &self.scenario;
        let (ln_gm, ln_pull) = (self.ln_gm, self.ln_pull);
        if ln_gm <= 0.0 || ln_pull <= 0.0 {
            return None;
        }
        let ln_gf = self.ln_gain(Lab::Frontier);
        let t = ((ln_gf / ln_gm).ln() - s.alpha * s.budget_ratio().ln()) / (s.alpha * ln_pull);
        t.is_finite().then_some(t)
    }

    /// The largest gap over `[0, horizon]`; see [`Self::peak_within`]. Ties go to the earliest
    /// time.
    pub fn peak(&self) -> Peak {
        self.peak_within(0.0, self.horizon)
    }

    /// The largest gap over `[from, to]` (`to` below `from` counts as `from`). The gap has at
    /// most one critical point, a maximum: `dΔL/dt = α·A·G_M^(−αt)·f(t)` with
    /// `f(t) = −a·ln G_M + b·ln G_F·(G_F/G_M)^(−αt)`, and `f` falls strictly when `G_F > G_M`
    /// (it is constant otherwise), so `ΔL` rises, then falls. The maximum is therefore at
    /// `from`, at `to`, or at [`Self::unconstrained_peak_t`]. Ties go to the earliest time.
    pub fn peak_within(&self, from: f64, to: f64) -> Peak {
        let to = to.max(from);
        let mut candidates = vec![from, to];
        if let Some(t) = self.unconstrained_peak_t().filter(|t| *t > from && *t < to) {
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
                t: from,
                gap: self.gap(from),
            })
    }

    /// The first time after the peak at which `ΔL ≤ peak / 2`, or `None` if that does not happen
    /// within the horizon (or the frontier is never ahead). After its peak the gap only falls
    /// (for `G_F ≥ G_M`, which validation guarantees: `g_i ≥ 1`, `g_a ≥ 1`, `s ≤ 1`), so
    /// bisection finds the single crossing.
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

    /// Late decay (MODEL.md §1.2): far past the peak the frontier's term is negligible and
    /// `ΔL ≈ A·(κB_M)^(−α)·G_M^(−αt)` shrinks by `G_M^(−α)` per year (`G^(−α)` at `s = 1`), so
    /// it halves every `ln 2 / (α · ln G_M)` years. `None` when `G_M ≤ 1` (it never shrinks).
    pub fn late_halving_years(&self) -> Option<f64> {
        self.gap_closes()
            .then(|| std::f64::consts::LN_2 / (self.scenario.alpha * self.ln_gm))
    }

    /// "Years behind" (MODEL.md §1.2, generalised to `R = B_F/B_M` and a share `s`; our
    /// derivation): the meek model reaches the frontier's loss of year `t` when
    /// `ln(κB_M) + t_M·ln G_M = ln(κB_F) + t·ln G_F`, i.e. at
    /// `t_M = [ln R + t·ln G_F] / ln G_M`, so it trails by
    /// `t_M − t = (ln R + t·(ln G_F − ln G_M)) / ln G_M` years (`(ln R + t·ln g_i)/ln G` at
    /// `s = 1`, `t·ln g_i/ln G` for an equal start). The lag grows without bound while ΔL
    /// shrinks. Negative when the meek model is ahead; `None` when `G_M ≤ 1` (the meek model
    /// never gets there).
    pub fn years_behind(&self, t: f64) -> Option<f64> {
        let s = &self.scenario;
        self.gap_closes()
            .then(|| (s.budget_ratio().ln() + t * self.ln_pull) / self.ln_gm)
    }

    /// The first year `t ≥ 0` at which a lab's loss is down to `loss` (E1 inverted with E2/E3):
    /// `t = [ln C(loss) − ln C(0)] / ln G_lab` with `ln C(loss) = −ln((loss − L0)/A)/α`, or 0
    /// when the lab is already there. Not limited to the horizon. `None` at or below `L0`
    /// (no compute gets there), or when the lab never improves (`G_lab ≤ 1`) and is not there
    /// yet.
    pub fn reach_time(&self, lab: Lab, loss: f64) -> Option<f64> {
        let needed = ln_compute_for_loss(loss, self.scenario.alpha)?;
        let short = needed - self.ln_compute(lab, 0.0);
        if short <= 0.0 {
            return Some(0.0);
        }
        let ln_gain = self.ln_gain(lab);
        (ln_gain > 0.0)
            .then(|| short / ln_gain)
            .filter(|t| t.is_finite())
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

    fn with_share(share: f64) -> Convergence {
        let s = ScenarioField::Gashare.set(Scenario::default(), share);
        Convergence::new(s, HORIZON.default).unwrap()
    }

    #[test]
    fn a_smaller_share_slows_the_meek_lab_only() {
        // MODEL.md §4: the meek lab's algorithmic gain is g_a^s; the frontier keeps g_a.
        let (full, half) = (default_projection(), with_share(0.5));
        let s = full.scenario();
        for t in [0.0, 1.0, 7.5, 20.0] {
            assert_eq!(half.frontier_loss(t), full.frontier_loss(t));
            let direct = crate::loss::loss(
                crate::loss::KAPPA * s.meek * (s.gh * s.ga.sqrt()).powf(t),
                s.alpha,
            );
            assert!((half.meek_loss(t) - direct).abs() < 1e-12, "t {t}");
            assert!(half.gap(t) >= full.gap(t));
        }
        assert_eq!(half.gap(0.0), full.gap(0.0));
    }

    #[test]
    fn closed_form_peak_holds_for_any_share() {
        for share in [0.0, 0.3, 0.5, 0.9] {
            let c = with_share(share);
            let s = c.scenario();
            let (ln_gm, ln_gf) = (s.meek_gain().ln(), s.frontier_gain().ln());
            let t_star = (ln_gf / ln_gm).ln() / (s.alpha * (ln_gf - ln_gm));
            assert!((c.unconstrained_peak_t().unwrap() - t_star).abs() < 1e-9);
            let grid = Convergence::new(*s, HORIZON.max).unwrap();
            let best = grid
                .series(50_000)
                .into_iter()
                .max_by(|a, b| a.gap.total_cmp(&b.gap))
                .unwrap();
            assert!((best.t - grid.peak().t).abs() < 2e-3, "share {share}");
        }
        // A smaller share moves the peak later and makes it higher.
        let (full, half) = (default_projection().peak(), with_share(0.5).peak());
        assert!(
            half.t > full.t && half.gap > full.gap,
            "{half:?} vs {full:?}"
        );
    }

    #[test]
    fn late_decay_and_lag_use_the_meek_gain() {
        let c = with_share(0.5);
        let s = c.scenario();
        let ln_gm = s.meek_gain().ln();
        let halving = c.late_halving_years().unwrap();
        assert!((halving - std::f64::consts::LN_2 / (s.alpha * ln_gm)).abs() < 1e-12);
        // Far out, one late halving time halves the gap.
        let ratio = c.gap(40.0 + halving) / c.gap(40.0);
        assert!((ratio - 0.5).abs() < 1e-3, "{ratio}");
        let lag = c.years_behind(10.0).unwrap();
        let t_m = 10.0 * s.frontier_gain().ln() / ln_gm;
        assert!((10.0 + lag - t_m).abs() < 1e-12);
        assert!((c.meek_loss(t_m) - c.frontier_loss(10.0)).abs() < 1e-12);
    }

    #[test]
    fn no_share_and_flat_hardware_means_no_closing() {
        // g_h = 1 and s = 0: the frontier still gains g_a, the meek lab gains nothing.
        let s = ScenarioField::Gh.set(Scenario::default(), 1.0);
        let c = Convergence::new(ScenarioField::Gashare.set(s, 0.0), 20.0).unwrap();
        assert!(!c.gap_closes());
        assert_eq!(c.outcome(), Outcome::NoSharedProgress);
        assert_eq!(c.unconstrained_peak_t(), None);
        assert_eq!(c.peak().t, 20.0);
        assert_eq!(c.years_behind(5.0), None);
        assert_eq!(c.late_halving_years(), None);
        assert_eq!(c.meek_loss(20.0), c.meek_loss(0.0));
    }

    #[test]
    fn equal_growth_has_no_hump() {
        // G_F = G_M (g_i = 1, s = 1): with a head start the gap only shrinks.
        let s = ScenarioField::Gi.set(Scenario::default(), 1.0);
        let c = Convergence::new(ScenarioField::Frontier.set(s, 1e6), 20.0).unwrap();
        assert_eq!(c.unconstrained_peak_t(), None);
        assert_eq!(c.outcome(), Outcome::ShrinksFromStart);
        assert!((c.reducible_ratio(20.0) - c.reducible_ratio(0.0)).abs() < 1e-9);
    }

    #[test]
    fn reducible_ratio_grows_by_gi_to_the_alpha() {
        // MODEL.md §4: equal budgets, s = 1: (L_M − L0)/(L_F − L0) = g_i^(αt).
        let c = default_projection();
        let s = c.scenario();
        assert!((c.reducible_ratio(0.0) - 1.0).abs() < 1e-12);
        for t in [0.0, 1.0, 4.5, 19.0] {
            let step = c.reducible_ratio(t + 1.0) / c.reducible_ratio(t);
            assert!((step - s.gi.powf(s.alpha)).abs() < 1e-12, "t {t}: {step}");
            let direct =
                (c.meek_loss(t) - crate::loss::L0) / (c.frontier_loss(t) - crate::loss::L0);
            assert!((c.reducible_ratio(t) - direct).abs() < 1e-9 * direct);
        }
        // While the loss gap closes, the ratio keeps growing.
        assert!(c.gap(20.0) < c.gap(5.0) && c.reducible_ratio(20.0) > c.reducible_ratio(5.0));
    }

    #[test]
    fn reach_time_inverts_the_losses() {
        let c = default_projection();
        for lab in [Lab::Meek, Lab::Frontier] {
            for t in [0.5, 3.0, 17.0] {
                let target = match lab {
                    Lab::Meek => c.meek_loss(t),
                    Lab::Frontier => c.frontier_loss(t),
                };
                assert!((c.reach_time(lab, target).unwrap() - t).abs() < 1e-9);
            }
        }
        assert_eq!(c.reach_time(Lab::Meek, 100.0), Some(0.0));
        assert_eq!(c.reach_time(Lab::Meek, crate::loss::L0), None);
        let lag = c.years_behind(6.0).unwrap();
        let t = c.reach_time(Lab::Meek, c.frontier_loss(6.0)).unwrap();
        assert!((t - 6.0 - lag).abs() < 1e-9);
    }

    #[test]
    fn peak_within_a_window() {
        let c = default_projection();
        let whole = c.peak();
        assert_eq!(c.peak_within(0.0, 20.0), whole);
        assert_eq!(c.peak_within(0.0, 1.0).t, 1.0);
        assert_eq!(c.peak_within(5.0, 20.0).t, 5.0);
        assert_eq!(c.peak_within(2.0, 2.0).t, 2.0);
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
