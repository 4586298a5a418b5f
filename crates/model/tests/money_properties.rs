//! Property tests over the whole valid input space of the money calculators: data-centre
//! depreciation, the inference bill and its fixed-price variant, and the large + small mix.

use lejto_model::convergence::HORIZON;
use lejto_model::depreciation::{self, Depreciation, DepreciationInputs};
use lejto_model::inference::{self, Bill, BillInputs, FixedPrice};
use lejto_model::mix::{self, Mix, Tier};
use lejto_model::{Convergence, ParamSpec, Scenario, ScenarioField};
use proptest::prelude::*;

/// Any value a spec's range allows: log-uniform for log inputs, with the ends included.
fn value(spec: ParamSpec) -> BoxedStrategy<f64> {
    let inner = if spec.log {
        (spec.min.log10()..=spec.max.log10())
            .prop_map(move |p| 10f64.powf(p).clamp(spec.min, spec.max))
            .boxed()
    } else {
        (spec.min..=spec.max).boxed()
    };
    prop_oneof![1 => Just(spec.min), 1 => Just(spec.max), 8 => inner].boxed()
}

fn depreciation_inputs() -> impl Strategy<Value = DepreciationInputs> {
    use depreciation::*;
    (
        value(CAPEX),
        value(SERVERSHARE),
        prop_oneof![1 => Just(0.0), 1 => Just(1.0), 8 => 0.0f64..=1.0],
        value(LIFE),
        value(GPUPRICE),
        value(UTIL),
        value(RENT),
        value(RENTFALL),
    )
        .prop_map(
            |(capex, servershare, gpufraction, life, gpuprice, util, rent, rentfall)| {
                DepreciationInputs {
                    capex,
                    servershare,
                    // The chips are part of the servers: gpushare ≤ servershare.
                    gpushare: servershare * gpufraction,
                    life,
                    gpuprice,
                    util,
                    rent,
                    rentfall,
                }
            },
        )
}

fn bill_inputs() -> impl Strategy<Value = BillInputs> {
    use inference::*;
    (
        value(TOKENS),
        value(REASONMULT),
        value(ANSWERS),
        value(PRICELARGE),
        value(PRICESMALL),
        value(PRICEFALL),
        value(YEARS),
    )
        .prop_map(
            |(tokens, reasonmult, answers, pricelarge, pricesmall, pricefall, years)| BillInputs {
                tokens,
                reasonmult,
                answers,
                pricelarge,
                pricesmall,
                pricefall,
                years,
            },
        )
}

/// Any valid scenario, whatever fields it has: each field set through [`ScenarioField`].
fn scenario() -> impl Strategy<Value = Scenario> {
    let fields: Vec<_> = ScenarioField::ALL
        .iter()
        .map(|f| value(*f.spec()))
        .collect();
    fields.prop_map(|values| {
        ScenarioField::ALL
            .iter()
            .zip(values)
            .fold(Scenario::default(), |s, (f, v)| f.set(s, v))
    })
}

fn tier() -> impl Strategy<Value = (f64, f64)> {
    (value(mix::SMALLPRICE), value(mix::SMALLQUALITY))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn depreciation_is_finite_and_bounded(i in depreciation_inputs()) {
        let d = Depreciation::new(i).unwrap();
        let base = d.base();
        prop_assert!(base.is_finite() && base >= 0.0);
        prop_assert!(d.per_year().is_finite() && d.gpus().is_finite());
        for p in d.series(60) {
            prop_assert!(p.book.is_finite() && p.market.is_finite());
            prop_assert!(p.revenue.is_finite() && p.revenue >= 0.0 && p.charge.is_finite());
            prop_assert!((0.0..=base).contains(&p.book), "book {} of {}", p.book, base);
            prop_assert!((0.0..=base).contains(&p.market), "market {} of {}", p.market, base);
        }
        if let Some(r) = d.break_even_rent() { prop_assert!(r.is_finite() && r >= 0.0); }
        if let Some(t) = d.shortfall_year() { prop_assert!(t.is_finite() && (0.0..=i.life).contains(&t)); }
        let g = d.widest_gap();
        prop_assert!((0.0..=i.life).contains(&g.t) && g.dollars.is_finite());
        prop_assert!((0.0..=base).contains(&g.dollars));
    }

    #[test]
    fn depreciation_is_straight_line(i in depreciation_inputs(), t in 0.0f64..12.0, dt in 0.001f64..3.0) {
        let d = Depreciation::new(i).unwrap();
        prop_assert!((d.per_year() * i.life - d.base()).abs() <= 1e-12 * d.base());
        prop_assert!(d.book_value(t + dt) <= d.book_value(t));
        prop_assert!(d.market_value(t + dt) <= d.market_value(t));
        prop_assert!(d.revenue(t + dt) <= d.revenue(t));
        let shorter = DepreciationInputs { life: (i.life - 0.5).max(depreciation::LIFE.min), ..i };
        let shorter = Depreciation::new(shorter).unwrap();
        if shorter.inputs().life < i.life && d.base() > 0.0 {
            prop_assert!(shorter.per_year() > d.per_year());
        }
    }

    #[test]
    fn widest_gap_beats_a_grid(i in depreciation_inputs()) {
        let d = Depreciation::new(i).unwrap();
        let g = d.widest_gap();
        let tol = 1e-9 * d.base().max(1.0);
        for k in 0..=400 {
            let t = i.life * k as f64 / 400.0;
            prop_assert!(d.book_value(t) - d.market_value(t) <= g.dollars + tol);
        }
    }

    #[test]
    fn shortfall_is_where_revenue_meets_the_charge(i in depreciation_inputs()) {
        let d = Depreciation::new(i).unwrap();
        let p = d.per_year();
        match d.shortfall_year() {
            Some(0.0) => prop_assert!(d.revenue(0.0) <= p * (1.0 + 1e-12)),
            Some(t) => {
                prop_assert!((d.revenue(t) - p).abs() <= 1e-9 * p);
                prop_assert!(d.revenue(t * 0.99) >= p * (1.0 - 1e-9));
            }
            None => prop_assert!(p == 0.0 || d.revenue(i.life) >= p * (1.0 - 1e-9)),
        }
        // A dearer GPU-hour never brings the shortfall earlier.
        let richer = DepreciationInputs { rent: (i.rent * 1.5).min(depreciation::RENT.max), ..i };
        let richer = Depreciation::new(richer).unwrap();
        match (d.shortfall_year(), richer.shortfall_year()) {
            (None, Some(_)) => prop_assert!(false, "more rent, earlier shortfall"),
            (Some(a), Some(b)) => prop_assert!(b >= a - 1e-9),
            _ => {}
        }
        if let Some(r) = d.break_even_rent().filter(|r| *r > 0.0) {
            prop_assert!((d.revenue(0.0) / d.rent_at(0.0) * r - p).abs() <= 1e-9 * p);
        }
    }

    #[test]
    fn out_of_range_depreciation_inputs_are_rejected(i in depreciation_inputs(), idx in 0usize..8, which in 0u8..4) {
        let spec = depreciation::PARAMS[idx];
        let bad = match which {
            0 => spec.min - (spec.max - spec.min) * 0.5 - 1.0,
            1 => spec.max * 2.0 + 1.0,
            2 => f64::NAN,
            _ => f64::INFINITY,
        };
        let mut i = i;
        match spec.key {
            "capex" => i.capex = bad,
            "servershare" => i.servershare = bad,
            "gpushare" => i.gpushare = bad,
            "life" => i.life = bad,
            "gpuprice" => i.gpuprice = bad,
            "util" => i.util = bad,
            "rent" => i.rent = bad,
            _ => i.rentfall = bad,
        }
        prop_assert_eq!(Depreciation::new(i).unwrap_err().name(), spec.key);
    }

    #[test]
    fn gpus_cannot_outweigh_servers(i in depreciation_inputs(), extra in 0.001f64..1.0) {
        let gpushare = i.servershare + extra;
        if gpushare <= 1.0 {
            let err = Depreciation::new(DepreciationInputs { gpushare, ..i }).unwrap_err();
            prop_assert_eq!(err.name(), "gpushare");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn bill_is_finite_and_falls(i in bill_inputs(), t in 0.0f64..10.0, dt in 0.01f64..5.0) {
        let b = Bill::new(i).unwrap();
        for c in [b.now(), b.then(), b.at(t), b.per_answer_at(t)] {
            prop_assert!(c.large.is_finite() && c.large > 0.0 && c.small.is_finite() && c.small > 0.0);
        }
        prop_assert!(b.at(t + dt).large <= b.at(t).large && b.at(t + dt).small <= b.at(t).small);
        prop_assert!((b.now().large / b.now().small / b.ratio() - 1.0).abs() < 1e-9);
        let more = BillInputs { answers: (i.answers * 2.0).min(inference::ANSWERS.max), ..i };
        prop_assert!(Bill::new(more).unwrap().now().large >= b.now().large);
    }

    #[test]
    fn years_to_match_means_equal_bills(i in bill_inputs()) {
        let b = Bill::new(i).unwrap();
        match b.years_to_match() {
            Some(y) => {
                prop_assert!(y.is_finite() && y >= 0.0);
                if y > 0.0 {
                    prop_assert!((b.at(y).large / b.now().small - 1.0).abs() < 1e-9);
                } else {
                    prop_assert!(b.now().large <= b.now().small * (1.0 + 1e-12));
                }
                // Faster falling prices never make the wait longer.
                let faster = BillInputs { pricefall: (i.pricefall * 2.0).min(inference::PRICEFALL.max), ..i };
                let z = Bill::new(faster).unwrap().years_to_match().unwrap();
                prop_assert!(z <= y + 1e-12);
            }
            None => prop_assert!(i.pricefall == 1.0 && b.ratio() > 1.0),
        }
    }

    #[test]
    fn fixed_price_is_finite(s in scenario(), price in value(inference::PRICE), ginf in value(inference::GINF), h in value(HORIZON)) {
        let v = FixedPrice::new(s, price, ginf).unwrap();
        for p in v.series(h, 50) {
            prop_assert!(p.equiv.is_finite() && p.frontier.is_finite() && p.raw_gap.is_finite());
            prop_assert!(p.clipped_gap >= 0.0 && p.clipped_gap >= p.raw_gap);
            prop_assert!(v.flop_per_token(p.t).is_finite());
        }
        if let Some(c) = v.cross_t(h) {
            prop_assert!((0.0..=h).contains(&c));
        }
    }

    #[test]
    fn cross_t_is_the_first_crossing(s in scenario(), price in value(inference::PRICE), ginf in value(inference::GINF), h in value(HORIZON)) {
        let v = FixedPrice::new(s, price, ginf).unwrap();
        // Gaps below a trillionth of a nat, or of the losses' reducible parts, are rounding.
        let tol = |t: f64| 1e-12 + 1e-9 * (v.equiv_loss(t) - lejto_model::loss::L0);
        let c = v.cross_t(h);
        // Before the crossing (over the whole horizon if there is none) the frontier leads.
        let first = c.unwrap_or(h);
        for k in 0..=50 {
            let t = first * k as f64 / 50.0;
            if c.is_some_and(|c| t >= c) {
                continue;
            }
            prop_assert!(v.raw_gap(t) >= -tol(t), "gap {} at {} before {:?}", v.raw_gap(t), t, c);
        }
        match c {
            // Ahead from the start; the frontier may still overtake again later.
            Some(0.0) => prop_assert!(v.raw_gap(0.0) <= tol(0.0)),
            // A true crossing: the gap is zero there and stays at or below zero after it.
            Some(c) => {
                prop_assert!(c <= h && v.raw_gap(c).abs() <= tol(c));
                for k in 0..=50 {
                    let t = c + (h - c) * k as f64 / 50.0;
                    prop_assert!(v.raw_gap(t) <= tol(t), "gap {} at {} after {}", v.raw_gap(t), t, c);
                }
            }
            None => {}
        }
    }

    #[test]
    fn fixed_price_frontier_is_the_convergence_frontier(s in scenario(), t in 0.0f64..50.0) {
        let v = FixedPrice::new(s, inference::PRICE.default, inference::GINF.default).unwrap();
        let c = Convergence::new(s, HORIZON.max).unwrap();
        prop_assert!((v.frontier_loss(t) - c.frontier_loss(t)).abs() <= 1e-12 * c.frontier_loss(t));
    }

    #[test]
    fn a_dearer_token_buys_a_better_model(s in scenario(), price in value(inference::PRICE), ginf in value(inference::GINF), t in 0.0f64..50.0) {
        let v = FixedPrice::new(s, price, ginf).unwrap();
        let dearer = FixedPrice::new(s, (price * 2.0).min(inference::PRICE.max), ginf).unwrap();
        prop_assert!(dearer.equiv_loss(t) <= v.equiv_loss(t));
        prop_assert!(dearer.raw_gap(t) <= v.raw_gap(t));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mix_blends_between_its_models(share in value(mix::SMALLSHARE), (sp, sq) in tier(), (lp, lq) in (value(mix::LARGEPRICE), value(mix::LARGEQUALITY))) {
        let m = Mix::new(share, Tier { price: sp, quality: sq }, Tier { price: lp, quality: lq }).unwrap();
        let (c, q) = (m.cost(), m.quality());
        prop_assert!(c.is_finite() && q.is_finite() && m.savings().is_finite());
        prop_assert!(c >= sp.min(lp) * (1.0 - 1e-12) && c <= sp.max(lp) * (1.0 + 1e-12));
        prop_assert!(q >= sq.min(lq) - 1e-12 && q <= sq.max(lq) + 1e-12);
        prop_assert!(m.savings() <= 1.0);
        // More traffic to the cheaper model never raises the bill.
        let more = Mix::new((share + 0.1).min(1.0), m.small(), m.large()).unwrap();
        if sp <= lp { prop_assert!(more.cost() <= c * (1.0 + 1e-12)); }
        if sq <= lq { prop_assert!(more.quality() <= q + 1e-12); }
    }

    #[test]
    fn share_for_quality_is_the_largest_share(share in value(mix::SMALLSHARE), (sp, sq) in tier(), (lp, lq) in (value(mix::LARGEPRICE), value(mix::LARGEQUALITY)), target in 0.0f64..=1.0) {
        let m = Mix::new(share, Tier { price: sp, quality: sq }, Tier { price: lp, quality: lq }).unwrap();
        match m.share_for_quality(target) {
            Some(s) => {
                prop_assert!((0.0..=1.0).contains(&s));
                let at = Mix::new(s, m.small(), m.large()).unwrap();
                prop_assert!(at.quality() >= target - 1e-9);
                if s < 1.0 {
                    let over = Mix::new((s + 1e-6).min(1.0), m.small(), m.large()).unwrap();
                    prop_assert!(over.quality() < target + 1e-9);
                }
            }
            None => prop_assert!(target > sq.max(lq)),
        }
        // Round trip where the small model is strictly weaker.
        if sq < lq - 1e-6 {
            let s = m.share_for_quality(m.quality()).unwrap();
            prop_assert!((s - share).abs() < 1e-6, "{} vs {}", s, share);
        }
    }
}
