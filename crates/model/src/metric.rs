//! MODEL.md §4: "Two AI Metrics Diverged" (Fogelson et al. 2026, arXiv 2607.00913). Whether
//! the meek model catches up depends on what is measured: bounded metrics converge, metrics
//! that keep growing with log-compute let the frontier lead forever. Within §1's model both
//! are true at once; this enum lets a chart show either.

use crate::convergence::Convergence;

/// The URL key of the chosen metric (`metric=loss|points|ratio|years`).
pub const METRIC_KEY: &str = "metric";

/// A way to measure the frontier's lead over the meek model at year `t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Metric {
    /// E4: `ΔL(t) = L(C_M) − L(C_F)`, in nats per token.
    #[default]
    LossGap,
    /// §1.3: `100·(MMLU(L_F)^p − MMLU(L_M)^p)`, percentage points on a `p`-step task.
    BenchmarkPoints,
    /// §4: `(L_M − L0)/(L_F − L0) = R^α·(G_F/G_M)^(αt)`, a pure number (1 = level).
    ReducibleRatio,
    /// §1.2: how many years later the meek model reaches the frontier's loss of year `t`.
    YearsBehind,
}

impl Metric {
    /// Every metric, the default first.
    pub const ALL: [Metric; 4] = [
        Metric::LossGap,
        Metric::BenchmarkPoints,
        Metric::ReducibleRatio,
        Metric::YearsBehind,
    ];

    /// The metric's URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::LossGap => "loss",
            Metric::BenchmarkPoints => "points",
            Metric::ReducibleRatio => "ratio",
            Metric::YearsBehind => "years",
        }
    }

    /// Reads a URL value (surrounding spaces ignored); `None` for anything else, so the caller
    /// can tell the reader and fall back to [`Metric::default`].
    pub fn parse(raw: &str) -> Option<Metric> {
        let raw = raw.trim();
        Metric::ALL.into_iter().find(|m| m.as_str() == raw)
    }

    /// Whether the metric is bounded and so converges (MODEL.md §4): the loss gap and the
    /// benchmark points shrink toward 0 whenever the meek model improves (`G_M > 1`); the
    /// reducible-loss ratio and the years behind keep growing (without bound when
    /// `G_F > G_M`, e.g. `g_i > 1`).
    pub fn bounded(self) -> bool {
        matches!(self, Metric::LossGap | Metric::BenchmarkPoints)
    }

    /// The frontier's lead at year `t` in this metric, `steps` being the task length `p` of
    /// [`Metric::BenchmarkPoints`] (ignored by the others): [`Convergence::gap`],
    /// `100 ×` [`Convergence::benchmark_gap`], [`Convergence::reducible_ratio`] or
    /// [`Convergence::years_behind`]. `None` when the metric is undefined there (years behind
    /// with `G_M ≤ 1`) or not a finite number (`t` far outside `[0, horizon]`).
    pub fn value(self, c: &Convergence, t: f64, steps: u32) -> Option<f64> {
        let v = match self {
            Metric::LossGap => Some(c.gap(t)),
            Metric::BenchmarkPoints => Some(100.0 * c.benchmark_gap(t, steps)),
            Metric::ReducibleRatio => Some(c.reducible_ratio(t)),
            Metric::YearsBehind => c.years_behind(t),
        };
        v.filter(|v| v.is_finite())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convergence::HORIZON;
    use crate::scenario::{Scenario, ScenarioField};

    #[test]
    fn url_values_round_trip() {
        for m in Metric::ALL {
            assert_eq!(Metric::parse(m.as_str()), Some(m));
        }
        assert_eq!(Metric::parse(" ratio "), Some(Metric::ReducibleRatio));
        assert_eq!(Metric::parse("Loss"), None);
        assert_eq!(Metric::parse(""), None);
        assert_eq!(Metric::default(), Metric::LossGap);
        assert_eq!(Metric::ALL[0], Metric::default());
    }

    #[test]
    fn bounded_metrics_shrink_the_others_grow() {
        // MODEL.md §4: the paper's defaults, past the hump.
        let c = Convergence::new(Scenario::default(), HORIZON.max).unwrap();
        for m in Metric::ALL {
            let (early, late) = (m.value(&c, 10.0, 1).unwrap(), m.value(&c, 40.0, 1).unwrap());
            assert_eq!(late < early, m.bounded(), "{m:?}: {early} → {late}");
        }
    }

    #[test]
    fn values_are_the_convergence_quantities() {
        let c = Convergence::new(Scenario::default(), 20.0).unwrap();
        assert_eq!(Metric::LossGap.value(&c, 3.0, 5), Some(c.gap(3.0)));
        assert_eq!(
            Metric::BenchmarkPoints.value(&c, 3.0, 5),
            Some(100.0 * c.benchmark_gap(3.0, 5))
        );
        assert_eq!(
            Metric::ReducibleRatio.value(&c, 3.0, 5),
            Some(c.reducible_ratio(3.0))
        );
        assert_eq!(Metric::YearsBehind.value(&c, 3.0, 5), c.years_behind(3.0));
        let flat = ScenarioField::Ga.set(ScenarioField::Gh.set(Scenario::default(), 1.0), 1.0);
        let flat = Convergence::new(flat, 20.0).unwrap();
        assert_eq!(Metric::YearsBehind.value(&flat, 3.0, 1), None);
    }
}
