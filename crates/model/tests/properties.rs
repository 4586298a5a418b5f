//! Property tests over the whole valid input space of the convergence model.

use lejto_model::convergence::{Convergence, HORIZON};
use lejto_model::{benchmark, ScenarioField};
use proptest::prelude::*;

#[path = "support/scenarios.rs"]
mod scenarios;
use scenarios::scenario;

fn horizon() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(HORIZON.min),
        Just(HORIZON.max),
        HORIZON.min..=HORIZON.max
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn everything_is_finite(s in scenario(), h in horizon()) {
        let c = Convergence::new(s, h).unwrap();
        for p in c.series(50) {
            prop_assert!(p.frontier.is_finite() && p.meek.is_finite() && p.gap.is_finite());
            prop_assert!(p.frontier >= lejto_model::loss::L0 && p.meek >= lejto_model::loss::L0);
        }
        let peak = c.peak();
        prop_assert!(peak.t.is_finite() && peak.gap.is_finite());
        if let Some(half) = c.half_time() { prop_assert!(half.is_finite()); }
        if let Some(y) = c.late_halving_years() { prop_assert!(y.is_finite() && y > 0.0); }
    }

    #[test]
    fn peak_is_the_maximum_over_the_horizon(s in scenario(), h in horizon()) {
        let c = Convergence::new(s, h).unwrap();
        let peak = c.peak();
        prop_assert!((0.0..=h).contains(&peak.t));
        let tol = 1e-9 * peak.gap.abs().max(1e-12);
        for p in c.series(400) {
            prop_assert!(p.gap <= peak.gap + tol, "gap {} at t={} beats peak {:?}", p.gap, p.t, peak);
        }
    }

    #[test]
    fn half_time_halves_the_peak(s in scenario(), h in horizon()) {
        let c = Convergence::new(s, h).unwrap();
        let peak = c.peak();
        if let Some(half) = c.half_time() {
            prop_assert!(half > peak.t && half <= h);
            prop_assert!((c.gap(half) - peak.gap / 2.0).abs() <= 1e-9 * peak.gap.max(1e-9) + 1e-12);
            // It is the first such time: just before it, the gap is still above half.
            let before = (half - 1e-6).max(peak.t);
            prop_assert!(c.gap(before) >= peak.gap / 2.0 - 1e-9);
        } else {
            // Never halves within the horizon, or the frontier is never ahead.
            prop_assert!(peak.gap <= 0.0 || c.gap(h) > peak.gap / 2.0 - 1e-12);
        }
    }

    #[test]
    fn closed_form_peak_is_a_stationary_point(s in scenario()) {
        let c = Convergence::new(s, HORIZON.max).unwrap();
        if let Some(t) = c.unconstrained_peak_t().filter(|t| *t > 0.01 && *t < HORIZON.max - 0.01) {
            let d = 1e-4;
            prop_assert!(c.gap(t) >= c.gap(t - d) - 1e-12 && c.gap(t) >= c.gap(t + d) - 1e-12);
        }
    }

    #[test]
    fn losses_fall_over_time_and_with_money(s in scenario(), t in 0.0f64..50.0) {
        let c = Convergence::new(s, HORIZON.max).unwrap();
        prop_assert!(c.frontier_loss(t + 0.5) <= c.frontier_loss(t));
        prop_assert!(c.meek_loss(t + 0.5) <= c.meek_loss(t));
        let richer = ScenarioField::Frontier.set(s, (s.frontier * 2.0).min(1e12));
        let richer = Convergence::new(richer, HORIZON.max).unwrap();
        prop_assert!(richer.gap(t) >= c.gap(t));
    }

    #[test]
    fn out_of_range_values_are_rejected(s in scenario(), idx in 0usize..ScenarioField::ALL.len(), which in 0u8..4) {
        let field = ScenarioField::ALL[idx];
        let spec = field.spec();
        let bad = match which {
            0 => spec.min - (spec.max - spec.min) * 0.5 - 1.0,
            1 => spec.max * 2.0 + 1.0,
            2 => f64::NAN,
            _ => f64::INFINITY,
        };
        let err = Convergence::new(field.set(s, bad), 20.0).unwrap_err();
        prop_assert_eq!(err.name(), spec.key);
    }

    #[test]
    fn parse_round_trips_valid_values(idx in 0usize..ScenarioField::ALL.len(), v in 0.0f64..1.0) {
        let spec = ScenarioField::ALL[idx].spec();
        let value = spec.min + v * (spec.max - spec.min);
        prop_assert_eq!(spec.parse(&value.to_string()), Ok(value));
    }

    /// MODEL.md §4: a smaller share of algorithmic progress only slows the meek lab, so the
    /// gap is never smaller than with the full share.
    #[test]
    fn a_smaller_share_never_narrows_the_gap(s in scenario(), t in 0.0f64..50.0) {
        let full = Convergence::new(ScenarioField::Gashare.set(s, 1.0), HORIZON.max).unwrap();
        let c = Convergence::new(s, HORIZON.max).unwrap();
        prop_assert_eq!(c.frontier_loss(t), full.frontier_loss(t));
        prop_assert!(c.gap(t) >= full.gap(t), "s={} t={}: {} < {}", s.gashare, t, c.gap(t), full.gap(t));
    }

    /// §4: the reducible-loss ratio is `R^α·(G_F/G_M)^(αt)`, finite, and never falls.
    #[test]
    fn reducible_ratio_is_finite_and_grows(s in scenario(), h in horizon()) {
        let c = Convergence::new(s, h).unwrap();
        let mut last = 0.0;
        for i in 0..=50 {
            let t = h * i as f64 / 50.0;
            let r = c.reducible_ratio(t);
            prop_assert!(r.is_finite() && r > 0.0 && r >= last * (1.0 - 1e-12));
            last = r;
        }
    }

    /// Every metric is finite or `None` over the horizon, and the bounded ones are bounded.
    #[test]
    fn metrics_are_finite(s in scenario(), h in horizon(), x in 0.0f64..=1.0) {
        use lejto_model::Metric;
        let c = Convergence::new(s, h).unwrap();
        for m in Metric::ALL {
            prop_assert_eq!(Metric::parse(m.as_str()), Some(m));
            match m.value(&c, x * h, 5) {
                Some(v) => {
                    prop_assert!(v.is_finite());
                    if m == Metric::BenchmarkPoints { prop_assert!(v.abs() <= 100.0); }
                }
                None => prop_assert!(m == Metric::YearsBehind && !c.gap_closes()),
            }
        }
    }

    /// Where progress comes from: the parts add up to the growth of effective compute.
    #[test]
    fn progress_parts_add_up(s in scenario(), t in 0.0f64..50.0) {
        use lejto_model::progress::{progress_split, Lab};
        let c = Convergence::new(s, HORIZON.max).unwrap();
        for lab in [Lab::Frontier, Lab::Meek] {
            let split = progress_split(&s, lab, t);
            let grown = (c.ln_compute(lab, t) - c.ln_compute(lab, 0.0)) / std::f64::consts::LN_10;
            prop_assert!((split.total() - grown).abs() <= 1e-12 * grown.abs().max(1.0));
            prop_assert!(split.investment >= 0.0 && split.hardware >= 0.0 && split.algorithms >= 0.0);
            let sh = split.shares();
            prop_assert!(sh.total() == 0.0 || (sh.total() - 1.0).abs() < 1e-12);
        }
    }

    /// A chip both labs adopt: the gap from year y is exactly k^(−α) times the old one, and the
    /// chip's peak is the largest gap on a 400-point grid.
    #[test]
    fn new_chip_scales_the_gap_and_its_peak_is_the_maximum(
        s in scenario(), h in horizon(), lk in 0.0f64..=3.0, y in 0.0f64..=30.0
    ) {
        use lejto_model::new_hardware::Chip;
        use lejto_model::Lab;
        let c = Convergence::new(s, h).unwrap();
        let k = 10f64.powf(lk).clamp(1.0, 1000.0);
        let chip = Chip::new(k, y).unwrap();
        let cut = k.powf(-s.alpha);
        let peak = chip.peak(&c);
        prop_assert!(peak.t >= 0.0 && peak.t <= h && peak.gap.is_finite());
        let tol = 1e-9 * peak.gap.abs().max(1e-12);
        for i in 0..=400 {
            let t = h * i as f64 / 400.0;
            let g = chip.gap(&c, t);
            let expected = if t >= y { cut * c.gap(t) } else { c.gap(t) };
            // Relative to the reducible losses whose difference the gap is (it may cancel).
            let scale = lejto_model::loss::reducible_from_ln_compute(c.ln_compute(Lab::Meek, t), s.alpha)
                + lejto_model::loss::reducible_from_ln_compute(c.ln_compute(Lab::Frontier, t), s.alpha);
            prop_assert!((g - expected).abs() <= 1e-12 * scale, "t={} {} vs {}", t, g, expected);
            prop_assert!(g <= peak.gap + tol, "gap {} at t={} beats {:?}", g, t, peak);
        }
    }

    #[test]
    fn mmlu_is_bounded_and_monotone(l in 1.0f64..10.0) {
        let m = benchmark::mmlu(l);
        prop_assert!((benchmark::MMLU_B..=benchmark::MMLU_B + benchmark::MMLU_LMAX).contains(&m));
        prop_assert!(benchmark::mmlu(l + 0.01) <= m);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The price of the next step: finite, positive and rising for every cut below the floor,
    /// for both fits across the compute range.
    #[test]
    fn next_step_price_rises_toward_the_floor(lc in 18.0f64..30.0, share in 0.01f64..0.99, epoch in any::<bool>()) {
        use lejto_model::chinchilla::{EPOCH, HOFFMANN};
        use lejto_model::next_step::{max_cut, next_step, cut_at_price};
        let law = if epoch { EPOCH.law() } else { HOFFMANN.law() };
        let c = 10f64.powf(lc);
        let cut = share * max_cut(&law, c);
        if let Some(a) = next_step(&law, c, cut, 7e17) {
            prop_assert!(a.dollars.is_finite() && a.dollars > 0.0 && a.factor >= 1.0);
            let back = cut_at_price(&law, c, 7e17, a.dollars).unwrap_or(0.0);
            prop_assert!((back - cut).abs() < 1e-6 * cut.max(1e-3), "{} vs {}", back, cut);
            if let Some(b) = next_step(&law, c, cut * 1.001, 7e17) {
                prop_assert!(b.dollars >= a.dollars);
            }
        }
    }
}

proptest! {
    #[test]
    fn links_reopen_exactly(s in scenario(), h in horizon(), i in 0usize..4, cut in 0.1f64..50.0, j in 0usize..lejto_model::query::CALC_COUNT, f in 0.0f64..=1.0) {
        use lejto_model::query::CALC_PARAMS;
        let mut calc = CALC_PARAMS.map(|s| s.default);
        let spec = CALC_PARAMS[j];
        calc[j] = spec.from_slider(spec.to_slider(spec.min) + f * (spec.to_slider(spec.max) - spec.to_slider(spec.min)));
        let state = lejto_model::query::Decoded {
            scenario: s,
            horizon: h,
            compute: 10f64.powf(18.0 + 12.0 * (h - 1.0) / 49.0),
            flop_per_dollar: 7e17,
            steps: lejto_model::benchmark::STEP_CHOICES[i],
            cut,
            calc,
            rejected: Vec::new(),
        };
        let pairs = lejto_model::query::encode(&state);
        let d = lejto_model::query::decode(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert_eq!(d, state);
    }

    #[test]
    fn any_text_decodes_without_panic(key in "[a-z]{1,8}", raw in "\\PC{0,12}") {
        let d = lejto_model::query::decode([(key.as_str(), raw.as_str())]);
        prop_assert!(d.scenario.validate().is_ok());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn chinchilla_optimum_beats_any_other_split(exp in 18.0f64..30.0, shift in -2.0f64..2.0, epoch in any::<bool>()) {
        use lejto_model::chinchilla::{EPOCH, HOFFMANN};
        let fit = if epoch { EPOCH } else { HOFFMANN };
        let c = 10f64.powf(exp);
        let o = fit.optimal(c);
        prop_assert!(o.params.is_finite() && o.tokens.is_finite() && o.loss.is_finite());
        let f = 10f64.powf(shift);
        prop_assert!(fit.loss(o.params * f, o.tokens / f) >= o.loss - 1e-12);
        prop_assert!(fit.next10x_drop(c) > 0.0);
    }

    #[test]
    fn years_behind_means_equal_loss(s in scenario(), t in 0.0f64..50.0) {
        let c = Convergence::new(s, HORIZON.max).unwrap();
        match c.years_behind(t) {
            Some(lag) => {
                prop_assert!(lag.is_finite());
                let at = t + lag;
                let (m, f) = (c.meek_loss(at), c.frontier_loss(t));
                prop_assert!((m - f).abs() <= 1e-9 * f, "meek {} vs frontier {}", m, f);
            }
            None => prop_assert!(!c.gap_closes()),
        }
    }

    #[test]
    fn benchmark_gap_is_bounded(s in scenario(), h in horizon(), steps in prop::sample::select(vec![1u32, 2, 5, 10])) {
        let c = Convergence::new(s, h).unwrap();
        let p = c.benchmark_peak(steps);
        prop_assert!(p.t >= 0.0 && p.t <= h && p.gap.is_finite() && p.gap.abs() <= 1.0);
        prop_assert!(p.gap >= c.benchmark_gap(0.0, steps) - 1e-12 && p.gap >= c.benchmark_gap(h, steps) - 1e-12);
    }
}
