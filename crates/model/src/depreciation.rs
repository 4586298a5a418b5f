//! Data-centre depreciation (MODEL.md §5): what a gigawatt of AI servers costs per year on the
//! books, what the same hardware earns renting out GPU-hours whose price keeps falling, and
//! when the earnings no longer pay for the write-off.
//!
//! Only the compute servers are depreciated here: buildings, power and cooling (the rest of the
//! capex) last decades, so within a server's accounting life they barely lose book value. The
//! question the essay asks is whether servers written off over six years (the hyperscalers'
//! accounts) keep earning that long, when critics give a GPU two to three years of economic life.

use crate::param::{InputError, ParamSpec};
use crate::scenario::GH;

/// Hours in an average year, `365.25 · 24 = 8766`: leap years included, so a multi-year
/// revenue is not understated by a day every fourth year.
pub const HOURS_PER_YEAR: f64 = 8766.0;

/// The shortest window [`Depreciation::series`] covers, years: long enough to show the
/// market value's tail after a short accounting life.
pub const SERIES_YEARS: f64 = 10.0;

/// `capex`: the data centre's capital expenditure, dollars. Default: one gigawatt at Epoch's
/// ~$35–38B per GW (the low end).
pub const CAPEX: ParamSpec = ParamSpec {
    key: "capex",
    default: 35e9,
    min: 1e8,
    max: 1e12,
    step: 0.1,
    log: true,
    unit: "$",
    source: "Epoch AI data insight on AI data-center costs (2026): ~$35–38B per GW (MODEL.md §5 \"AI data-center cost\")",
};

/// `servershare`: the share of capex spent on compute servers (a fraction, 0–1).
pub const SERVERSHARE: ParamSpec = ParamSpec {
    key: "servershare",
    default: 0.60,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source: "Epoch AI (2026); Bernstein (2025): compute servers ≈ 60 % of capex (MODEL.md §5 \"AI data-center cost\")",
};

/// `gpushare`: the share of capex spent on the GPU chips alone (a fraction, at most
/// `servershare`: the chips sit inside the servers).
pub const GPUSHARE: ParamSpec = ParamSpec {
    key: "gpushare",
    default: 0.40,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source:
        "Bernstein estimate (2025): GPU chips alone ≈ 40 % (MODEL.md §5 \"AI data-center cost\")",
};

/// `life`: the accounting life of the servers, years (straight-line depreciation).
pub const LIFE: ParamSpec = ParamSpec {
    key: "life",
    default: 6.0,
    min: 1.0,
    max: 10.0,
    step: 0.5,
    log: false,
    unit: "yr",
    source: "company annual reports: Microsoft 4→6 yr (2022), Alphabet 4→6 (2023) (MODEL.md §5 \"server accounting life\")",
};

/// `gpuprice`: the price of one GPU chip, dollars.
pub const GPUPRICE: ParamSpec = ParamSpec {
    key: "gpuprice",
    default: 30_000.0,
    min: 5e3,
    max: 1e5,
    step: 500.0,
    log: false,
    unit: "$",
    source: "reader's assumption: not in MODEL.md",
};

/// `util`: the share of GPU-hours actually sold (a fraction).
pub const UTIL: ParamSpec = ParamSpec {
    key: "util",
    default: 0.7,
    min: 0.05,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source: "reader's assumption",
};

/// `rent`: today's rental price of one GPU-hour, dollars.
pub const RENT: ParamSpec = ParamSpec {
    key: "rent",
    default: 2.5,
    min: 0.1,
    max: 20.0,
    step: 0.1,
    log: false,
    unit: "$/h",
    source: "market indices (2025–26): H100 ≈ $2–3 per GPU-hour (MODEL.md §5 \"H100 rental\")",
};

/// `rentfall`: the yearly fall of the rental price, as a fraction. Default `1 − 1/g_h`: an old
/// GPU-hour loses value as fast as new hardware's FLOP per dollar improves (`g_h = 1.4`/yr).
pub const RENTFALL: ParamSpec = ParamSpec {
    key: "rentfall",
    default: 1.0 - 1.0 / GH.default,
    min: 0.0,
    max: 0.9,
    step: 0.01,
    log: false,
    unit: "/yr",
    source: "Hobbhahn & Besiroglu (Epoch AI) 2022: ML GPU FLOP/s per $ ×1.4/yr (MODEL.md §5 \"ML GPU FLOP/s per $\"), so 1 − 1/1.4",
};

/// Every input of this calculator, in the order it shows them.
pub const PARAMS: [ParamSpec; 8] = [
    CAPEX,
    SERVERSHARE,
    GPUSHARE,
    LIFE,
    GPUPRICE,
    UTIL,
    RENT,
    RENTFALL,
];

/// The reader's inputs, unchecked (see [`Depreciation::new`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DepreciationInputs {
    /// [`CAPEX`], dollars.
    pub capex: f64,
    /// [`SERVERSHARE`], a fraction.
    pub servershare: f64,
    /// [`GPUSHARE`], a fraction, at most `servershare`.
    pub gpushare: f64,
    /// [`LIFE`], years.
    pub life: f64,
    /// [`GPUPRICE`], dollars per chip.
    pub gpuprice: f64,
    /// [`UTIL`], a fraction.
    pub util: f64,
    /// [`RENT`], dollars per GPU-hour.
    pub rent: f64,
    /// [`RENTFALL`], a fraction per year.
    pub rentfall: f64,
}

impl Default for DepreciationInputs {
    /// Every input at its [`ParamSpec`] default.
    fn default() -> Self {
        Self {
            capex: CAPEX.default,
            servershare: SERVERSHARE.default,
            gpushare: GPUSHARE.default,
            life: LIFE.default,
            gpuprice: GPUPRICE.default,
            util: UTIL.default,
            rent: RENT.default,
            rentfall: RENTFALL.default,
        }
    }
}

impl DepreciationInputs {
    /// Each input beside its description, in [`PARAMS`] order.
    fn fields(&self) -> [(&'static ParamSpec, f64); 8] {
        [
            (&CAPEX, self.capex),
            (&SERVERSHARE, self.servershare),
            (&GPUSHARE, self.gpushare),
            (&LIFE, self.life),
            (&GPUPRICE, self.gpuprice),
            (&UTIL, self.util),
            (&RENT, self.rent),
            (&RENTFALL, self.rentfall),
        ]
    }

    /// Checks every input against its range, then `gpushare ≤ servershare`; the first bad
    /// input is reported. A GPU share above the server share is reported as `gpushare` out of
    /// the range `0–servershare`.
    pub fn validate(&self) -> Result<(), InputError> {
        for (spec, value) in self.fields() {
            spec.check(value)?;
        }
        if self.gpushare > self.servershare {
            return Err(InputError::OutOfRange {
                name: GPUSHARE.key,
                min: GPUSHARE.min,
                max: self.servershare,
            });
        }
        Ok(())
    }
}

/// Where the book value most overstates what the hardware would fetch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// Years after purchase.
    pub t: f64,
    /// Book value minus market value then, dollars (never negative: at t = 0 both are the base).
    pub dollars: f64,
}

/// One sample of [`Depreciation::series`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DepreciationPoint {
    /// Years after purchase.
    pub t: f64,
    /// [`Depreciation::book_value`], dollars.
    pub book: f64,
    /// [`Depreciation::market_value`], dollars.
    pub market: f64,
    /// [`Depreciation::revenue`], dollars per year.
    pub revenue: f64,
    /// The depreciation charged at `t`, dollars per year: [`Depreciation::per_year`] while
    /// `t ≤ life`, zero after (nothing is left to write off).
    pub charge: f64,
}

/// A validated depreciation calculation; every method is finite and panic-free. Times `t` are
/// years after purchase; a negative (or NaN) `t` counts as 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Depreciation {
    inputs: DepreciationInputs,
}

/// A time argument as years since purchase: negative and NaN become 0 (`f64::max` drops NaN).
fn since_purchase(t: f64) -> f64 {
    t.max(0.0)
}

impl Depreciation {
    /// Validates the inputs ([`DepreciationInputs::validate`]).
    pub fn new(inputs: DepreciationInputs) -> Result<Self, InputError> {
        inputs.validate()?;
        Ok(Self { inputs })
    }

    /// The inputs this calculation uses.
    pub fn inputs(&self) -> &DepreciationInputs {
        &self.inputs
    }

    /// The depreciable base, `capex · servershare`, dollars: the compute servers only, since
    /// buildings and power last decades.
    pub fn base(&self) -> f64 {
        self.inputs.capex * self.inputs.servershare
    }

    /// Straight-line depreciation, `base / life`, dollars per year (test hook `depr-per-year`).
    pub fn per_year(&self) -> f64 {
        self.base() / self.inputs.life
    }

    /// The number of GPU chips bought, `capex · gpushare / gpuprice` (fractional; it is an
    /// average over a fleet).
    pub fn gpus(&self) -> f64 {
        self.inputs.capex * self.inputs.gpushare / self.inputs.gpuprice
    }

    /// The rental price of a GPU-hour at year `t`, `rent · (1 − rentfall)^t`, dollars per hour.
    pub fn rent_at(&self, t: f64) -> f64 {
        self.inputs.rent * (1.0 - self.inputs.rentfall).powf(since_purchase(t))
    }

    /// Revenue at the rental price of year `t`, as a yearly rate:
    /// `gpus · rent_at(t) · 8766 h · util`, dollars per year ([`HOURS_PER_YEAR`]).
    pub fn revenue(&self, t: f64) -> f64 {
        self.revenue_rate_per_rent() * self.rent_at(t)
    }

    /// `gpus · 8766 · util`: GPU-hours sold per year, the factor turning a rental price into a
    /// yearly revenue.
    fn revenue_rate_per_rent(&self) -> f64 {
        self.gpus() * HOURS_PER_YEAR * self.inputs.util
    }

    /// Straight-line book value, `base · max(0, 1 − t/life)`, dollars.
    pub fn book_value(&self, t: f64) -> f64 {
        self.base() * (1.0 - since_purchase(t) / self.inputs.life).max(0.0)
    }

    /// What the hardware would fetch used, `base · rent_at(t)/rent = base · (1 − rentfall)^t`,
    /// dollars. A simplification: used hardware resells in proportion to what an hour of it
    /// earns, ignoring wear, power costs and the second-hand market's own swings.
    pub fn market_value(&self, t: f64) -> f64 {
        self.base() * (1.0 - self.inputs.rentfall).powf(since_purchase(t))
    }

    /// The break-even rental price, `per_year / (gpus · 8766 · util)`, dollars per GPU-hour:
    /// at this price a year's revenue pays that year's depreciation. `Some(0)` when there is
    /// nothing to depreciate; `None` when there are servers to pay for but no GPUs to rent out
    /// (`gpushare = 0`), which no price fixes.
    pub fn break_even_rent(&self) -> Option<f64> {
        let per_year = self.per_year();
        if per_year == 0.0 {
            return Some(0.0);
        }
        let hours = self.revenue_rate_per_rent();
        (hours > 0.0).then(|| per_year / hours)
    }

    /// The year revenue falls below the depreciation charge, while the servers are still on
    /// the books (`t ≤ life`; after that nothing is charged).
    ///
    /// Revenue falls geometrically, `R(t) = R(0)·(1 − rentfall)^t`, against a constant charge
    /// `P = per_year`, so the crossing has a closed form:
    /// `t = ln(R(0)/P) / ln(1/(1 − rentfall))`; from then on `R(t) < P`.
    ///
    /// `Some(0)` when revenue is below the charge from the start; `Some(t)` with the crossing
    /// above when `t ≤ life`; `None` when revenue covers the charge for the whole life (also
    /// when the price never falls, or nothing is depreciated).
    pub fn shortfall_year(&self) -> Option<f64> {
        let (r0, p) = (self.revenue(0.0), self.per_year());
        if p == 0.0 {
            return None;
        }
        if r0 < p {
            return Some(0.0);
        }
        let fall = -(1.0 - self.inputs.rentfall).ln();
        if fall <= 0.0 {
            return None;
        }
        let t = (r0 / p).ln() / fall;
        (t <= self.inputs.life).then_some(t)
    }

    /// Where book value most exceeds market value over `[0, life]`.
    ///
    /// With `λ = ln(1/(1 − rentfall))`, `(book − market)/base = 1 − t/life − e^(−λt)` is
    /// concave, zero at t = 0, and stationary where `e^(−λt) = 1/(λ·life)`:
    /// `t* = ln(λ·life)/λ`, which lies inside `(0, life)` whenever `λ·life > 1` (since
    /// `ln x < x`). Otherwise the book never runs ahead of the market and the widest gap is
    /// the zero at t = 0.
    pub fn widest_gap(&self) -> Gap {
        let fall = -(1.0 - self.inputs.rentfall).ln();
        let x = fall * self.inputs.life;
        if x <= 1.0 {
            return Gap {
                t: 0.0,
                dollars: 0.0,
            };
        }
        let t = (x.ln() / fall).clamp(0.0, self.inputs.life);
        let dollars = (self.book_value(t) - self.market_value(t)).max(0.0);
        Gap { t, dollars }
    }

    /// `n + 1` evenly spaced samples (at least two) from 0 to `max(life, 10)` years.
    pub fn series(&self, n: usize) -> Vec<DepreciationPoint> {
        let n = n.max(1);
        let end = self.inputs.life.max(SERIES_YEARS);
        let per_year = self.per_year();
        (0..=n)
            .map(|i| {
                let t = end * i as f64 / n as f64;
                DepreciationPoint {
                    t,
                    book: self.book_value(t),
                    market: self.market_value(t),
                    revenue: self.revenue(t),
                    charge: if t <= self.inputs.life { per_year } else { 0.0 },
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Depreciation {
        Depreciation::new(DepreciationInputs::default()).unwrap()
    }

    #[test]
    fn defaults_are_valid_and_keys_unique() {
        for spec in PARAMS {
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.key
            );
        }
        let mut keys: Vec<_> = PARAMS.iter().map(|s| s.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), PARAMS.len());
        assert!((RENTFALL.default - 0.2857).abs() < 1e-4);
    }

    #[test]
    fn one_gigawatt_at_the_defaults() {
        let d = defaults();
        // $35B · 60 % = $21B of servers, written off over 6 years.
        assert!((d.base() - 21e9).abs() < 1.0);
        assert!((d.per_year() - 3.5e9).abs() < 1.0);
        // $35B · 40 % / $30 000 ≈ 466 667 GPUs.
        assert!((d.gpus() - 35e9 * 0.4 / 30_000.0).abs() < 1e-6);
        let r0 = d.gpus() * 2.5 * 8766.0 * 0.7;
        assert!((d.revenue(0.0) - r0).abs() < 1e-3);
        assert!((d.rent_at(1.0) - 2.5 / 1.4).abs() < 1e-12);
    }

    #[test]
    fn break_even_rent_pays_the_charge() {
        let d = defaults();
        let rent = d.break_even_rent().unwrap();
        let at = Depreciation::new(DepreciationInputs {
            rent,
            ..DepreciationInputs::default()
        })
        .unwrap();
        assert!((at.revenue(0.0) - at.per_year()).abs() < 1e-6 * at.per_year());
        assert_eq!(at.shortfall_year().map(|t| t < 1e-9), Some(true));
        let none = Depreciation::new(DepreciationInputs {
            gpushare: 0.0,
            ..DepreciationInputs::default()
        })
        .unwrap();
        assert_eq!(none.break_even_rent(), None);
        assert_eq!(none.shortfall_year(), Some(0.0));
    }

    #[test]
    fn shortfall_lands_in_the_critics_window() {
        // MODEL.md §5 "critics' GPU economic life": 2–3 years. At the defaults revenue falls
        // to the charge at ln(R0/P)/ln 1.4.
        let d = defaults();
        let expected = (d.revenue(0.0) / d.per_year()).ln() / 1.4f64.ln();
        let t = d.shortfall_year().unwrap();
        assert!((t - expected).abs() < 1e-9);
        assert!((2.0..=3.0).contains(&t), "{t}");
        assert!((d.revenue(t) - d.per_year()).abs() < 1e-6 * d.per_year());
        assert!(d.revenue(t + 0.01) < d.per_year() && d.revenue(t - 0.01) > d.per_year());
    }

    #[test]
    fn shortfall_rules() {
        let with = |f: fn(&mut DepreciationInputs)| {
            let mut i = DepreciationInputs::default();
            f(&mut i);
            Depreciation::new(i).unwrap().shortfall_year()
        };
        assert_eq!(with(|i| i.rentfall = 0.0), None);
        assert_eq!(with(|i| i.rent = 0.5), Some(0.0));
        assert_eq!(
            with(|i| {
                i.servershare = 0.0;
                i.gpushare = 0.0;
            }),
            None
        );
        // A slow fall: revenue meets the charge only after ≈ 14 years, past the 6-year life.
        assert_eq!(with(|i| i.rentfall = 0.05), None);
        // A short life charges more a year than the GPUs earn from the start.
        assert_eq!(with(|i| i.life = 2.0), Some(0.0));
    }

    #[test]
    fn widest_gap_matches_a_dense_grid() {
        for rentfall in [0.05, 0.1, RENTFALL.default, 0.5, 0.9] {
            for life in [1.0, 3.0, 6.0, 10.0] {
                let d = Depreciation::new(DepreciationInputs {
                    rentfall,
                    life,
                    ..DepreciationInputs::default()
                })
                .unwrap();
                let g = d.widest_gap();
                let n = 20_000;
                let (bt, bg) = (0..=n)
                    .map(|i| life * i as f64 / n as f64)
                    .map(|t| (t, d.book_value(t) - d.market_value(t)))
                    .fold(
                        (0.0, f64::NEG_INFINITY),
                        |b, p| if p.1 > b.1 { p } else { b },
                    );
                assert!(g.dollars >= bg - 1e-6 * d.base(), "{rentfall} {life}");
                assert!(g.dollars - bg < 1e-6 * d.base());
                if bg > 1e-9 * d.base() {
                    assert!(
                        (g.t - bt).abs() < 2e-3 * life,
                        "{rentfall} {life}: {} vs {bt}",
                        g.t
                    );
                }
            }
        }
        let g = defaults().widest_gap();
        assert!((g.t - (6.0 * 1.4f64.ln()).ln() / 1.4f64.ln()).abs() < 1e-9);
    }

    #[test]
    fn values_start_at_the_base_and_book_ends_at_zero() {
        let d = defaults();
        assert_eq!(d.book_value(0.0), d.base());
        assert_eq!(d.market_value(0.0), d.base());
        assert_eq!(d.book_value(6.0), 0.0);
        assert_eq!(d.book_value(-1.0), d.base());
        assert_eq!(d.book_value(f64::NAN), d.base());
        let s = d.series(100);
        assert_eq!(s.len(), 101);
        assert_eq!(s[100].t, 10.0);
        assert_eq!((s[60].charge, s[61].charge), (d.per_year(), 0.0));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let bad = |i: DepreciationInputs| Depreciation::new(i).unwrap_err();
        let d = DepreciationInputs::default();
        assert_eq!(
            bad(DepreciationInputs { gpushare: 0.7, ..d }),
            InputError::OutOfRange {
                name: "gpushare",
                min: 0.0,
                max: 0.6
            }
        );
        assert_eq!(bad(DepreciationInputs { life: 0.0, ..d }).name(), "life");
        assert_eq!(
            bad(DepreciationInputs {
                capex: f64::NAN,
                ..d
            })
            .name(),
            "capex"
        );
        assert_eq!(bad(DepreciationInputs { util: 0.0, ..d }).name(), "util");
    }
}
