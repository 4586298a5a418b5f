//! How sure is the projection? Each contested assumption of the convergence model gets a
//! plausible range from the literature ([`RANGES`]); a seeded Monte Carlo draws scenarios
//! around the reader's own and summarises the peak, the half-way time and the gap as
//! quantiles and as a band around the gap curve ([`monte_carlo`]); a one-at-a-time sweep
//! shows which assumption moves the timing most ([`tornado`]).
//!
//! The ranges are the literature's widths centred on the reader's values (in the logarithm for
//! growth factors), so the band follows the sliders and the reader's value is the median of
//! every draw. The same seed gives the same draws, so a shared link reopens the same band.

use crate::convergence::Convergence;
use crate::scenario::{Scenario, ScenarioField};

/// How a range is sampled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Uniform in the logarithm: growth factors, where the literature gives ranges of rates
    /// (a halving time's interval is a factor's interval).
    LogUniform,
    /// Uniform: exponents and shares.
    Uniform,
}

/// A plausible range of one assumption as the literature gives it; [`Range::around`] centres
/// its width on the reader's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// The assumption.
    pub field: ScenarioField,
    /// Low end, in the field's unit, as the source gives it.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// How draws spread between the ends.
    pub shape: Shape,
    /// Where the range comes from (the essay's sources list names it in full).
    pub source: &'static str,
}

impl Range {
    /// The range's half-width: in the logarithm for a log-uniform range, plain for a uniform one.
    pub fn half_width(&self) -> f64 {
        match self.shape {
            Shape::LogUniform => 0.5 * (self.high / self.low).ln(),
            Shape::Uniform => 0.5 * (self.high - self.low),
        }
    }

    /// The range around `value` (the reader's): as wide as the literature's, centred on
    /// `value` (in the logarithm for growth factors), so the reader's value is every draw's
    /// median; clipped to the field's valid interval, where it becomes one-sided.
    pub fn around(&self, value: f64) -> (f64, f64) {
        let spec = self.field.spec();
        let w = self.half_width();
        let (lo, hi) = match self.shape {
            Shape::LogUniform => (value * (-w).exp(), value * w.exp()),
            Shape::Uniform => (value - w, value + w),
        };
        (lo.clamp(spec.min, spec.max), hi.clamp(spec.min, spec.max))
    }

    /// Whether the range around `value` reaches past the field's valid interval (and so is
    /// one-sided there).
    pub fn clipped(&self, value: f64) -> bool {
        let spec = self.field.spec();
        let w = self.half_width();
        match self.shape {
            Shape::LogUniform => value * (-w).exp() < spec.min || value * w.exp() > spec.max,
            Shape::Uniform => value - w < spec.min || value + w > spec.max,
        }
    }

    /// The value at `u` in `[0, 1]` of the range around `value`.
    pub fn at(&self, value: f64, u: f64) -> f64 {
        let (lo, hi) = self.around(value);
        if lo == hi {
            return lo;
        }
        match self.shape {
            Shape::LogUniform => (lo.ln() + u * (hi.ln() - lo.ln())).exp(),
            Shape::Uniform => lo + u * (hi - lo),
        }
        .clamp(lo, hi)
    }
}

/// The contested assumptions and their ranges (README, "How sure is this?", gives each source
/// in full). The two starting budgets are not among them: they are the scenario the reader
/// picks (the paper's equal start, or a head start), not an estimate of the world.
pub const RANGES: [Range; 5] = [
    Range {
        field: ScenarioField::Gi,
        // Frontier training cost grew 2.4×/yr since 2016 (Cottier et al. 2024); compute grew
        // 4–5×/yr (Epoch 2024), which over the slowest hardware gain below is up to 5/1.25.
        low: 2.4,
        high: 4.0,
        shape: Shape::LogUniform,
        source: "Cottier et al. 2024; Epoch AI 2024",
    },
    Range {
        field: ScenarioField::Gh,
        // GPU FLOP/s per dollar doubles every 2.07 years, range 1.54–3.13 (Hobbhahn &
        // Besiroglu 2022): 2^(1/3.13) ≈ 1.25 to 2^(1/1.54) ≈ 1.57 per year.
        low: 1.248,
        high: 1.568,
        shape: Shape::LogUniform,
        source: "Hobbhahn & Besiroglu 2022 (Epoch)",
    },
    Range {
        field: ScenarioField::Ga,
        // Compute for a fixed performance halves every 8 months, 95 % CI 5–14 (Ho et al.
        // 2024): 2^(12/14) ≈ 1.81 to 2^(12/5) ≈ 5.28 per year.
        low: 1.811,
        high: 5.278,
        shape: Shape::LogUniform,
        source: "Ho et al. 2024, arXiv 2403.05812",
    },
    Range {
        field: ScenarioField::Alpha,
        // The compute exponent γ = αβ/(α+β) of the two Chinchilla fits (MODEL.md §3):
        // Hoffmann et al. 2022 ≈ 0.1535, the Epoch refit (Besiroglu et al. 2024) ≈ 0.1783.
        low: 0.1535,
        high: 0.1783,
        shape: Shape::Uniform,
        source: "Hoffmann et al. 2022; Besiroglu et al. 2024",
    },
    Range {
        field: ScenarioField::Gashare,
        // From the paper's assumption (small labs get all algorithmic progress) down to half
        // of it: our bracket of Gundlach et al. 2025, who find much of it scale-dependent.
        low: 0.5,
        high: 1.0,
        shape: Shape::Uniform,
        source: "Gundlach et al. 2025, arXiv 2511.21622 (our bracket)",
    },
];

/// A small seeded generator (SplitMix64, Steele, Lea & Flood 2014): the same seed gives the
/// same draws on every machine.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform draw in `[0, 1)`, from the top 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// One scenario around `reader`: every field of `ranges` drawn from its range, in the table's
/// order (one draw per range, so a range of zero width still uses its draw and the others keep
/// their values).
pub fn draw(reader: &Scenario, ranges: &[Range], rng: &mut SplitMix64) -> Scenario {
    ranges.iter().fold(*reader, |s, r| {
        let u = rng.next_f64();
        r.field.set(s, r.at(r.field.get(reader), u))
    })
}

/// The five quantiles the essay reads: 5 %, 25 %, 50 %, 75 %, 95 %.
pub const LEVELS: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// The quantile `p` of sorted values, interpolated between neighbours (Hyndman & Fan's type 7,
/// as R and NumPy default to). `None` for no values.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = p.clamp(0.0, 1.0) * last as f64;
    let (i, frac) = (h.floor() as usize, h.fract());
    let lo = sorted[i];
    Some(match sorted.get(i + 1) {
        Some(hi) if frac > 0.0 => lo + frac * (hi - lo),
        _ => lo,
    })
}

/// [`LEVELS`]' quantiles of `values` (sorted here; infinities sort last).
pub fn quantiles(mut values: Vec<f64>) -> Option<[f64; 5]> {
    values.sort_by(f64::total_cmp);
    Some([
        quantile(&values, LEVELS[0])?,
        quantile(&values, LEVELS[1])?,
        quantile(&values, LEVELS[2])?,
        quantile(&values, LEVELS[3])?,
        quantile(&values, LEVELS[4])?,
    ])
}

/// The gap band at one year: [`LEVELS`]' quantiles of the sampled gaps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandPoint {
    /// Years from now.
    pub t: f64,
    /// The gap's quantiles at `t`, in [`LEVELS`]' order.
    pub gap: [f64; 5],
}

/// What the sampled worlds say, each as [`LEVELS`]' quantiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// How many scenarios were drawn.
    pub n: usize,
    /// Years until the gap peaks.
    pub peak_t: [f64; 5],
    /// The largest gap.
    pub peak_gap: [f64; 5],
    /// Years until the gap is half its peak; `f64::INFINITY` where it is not within the
    /// horizon.
    pub half_t: [f64; 5],
    /// The gap at the horizon.
    pub gap_end: [f64; 5],
    /// The band around the gap curve, `steps + 1` years from 0 to the horizon.
    pub band: Vec<BandPoint>,
}

/// Draws `n` scenarios around `reader` from `ranges` with `seed`, and summarises them over
/// `horizon` years, the band at `steps + 1` evenly spaced years. A drawn scenario the model
/// rejects (none can be: every draw stays in its field's valid interval) is skipped. `None`
/// when `n` is 0 or the reader's scenario or the horizon is invalid.
pub fn monte_carlo(
    reader: &Scenario,
    horizon: f64,
    ranges: &[Range],
    n: usize,
    seed: u64,
    steps: usize,
) -> Option<Summary> {
    let mut sampling = Sampling::new(reader, horizon, ranges, n, seed, steps)?;
    sampling.advance(n);
    sampling.finish()
}

/// A [`monte_carlo`] run taken in slices, so a page can sample between frames instead of
/// holding one up: the draws, and so the summary, are exactly those of one uninterrupted run
/// with the same seed, however the run is sliced.
#[derive(Debug, Clone)]
pub struct Sampling {
    reader: Scenario,
    horizon: f64,
    ranges: Vec<Range>,
    n: usize,
    drawn: usize,
    steps: usize,
    rng: SplitMix64,
    peak_t: Vec<f64>,
    peak_gap: Vec<f64>,
    half_t: Vec<f64>,
    gap_end: Vec<f64>,
    /// The sampled gaps at each band year.
    columns: Vec<Vec<f64>>,
}

impl Sampling {
    /// A run of `n` draws, none taken yet (see [`monte_carlo`] for the arguments). `None` for
    /// an invalid reader's scenario or horizon.
    pub fn new(
        reader: &Scenario,
        horizon: f64,
        ranges: &[Range],
        n: usize,
        seed: u64,
        steps: usize,
    ) -> Option<Sampling> {
        let horizon = Convergence::new(*reader, horizon).ok()?.horizon();
        let steps = steps.max(1);
        Some(Sampling {
            reader: *reader,
            horizon,
            ranges: ranges.to_vec(),
            n,
            drawn: 0,
            steps,
            rng: SplitMix64::new(seed),
            peak_t: Vec::with_capacity(n),
            peak_gap: Vec::with_capacity(n),
            half_t: Vec::with_capacity(n),
            gap_end: Vec::with_capacity(n),
            columns: vec![Vec::with_capacity(n); steps + 1],
        })
    }

    /// Takes up to `k` more draws; whether the run is now complete.
    pub fn advance(&mut self, k: usize) -> bool {
        let stop = self.n.min(self.drawn.saturating_add(k));
        while self.drawn < stop {
            self.drawn += 1;
            let scenario = draw(&self.reader, &self.ranges, &mut self.rng);
            let Ok(c) = Convergence::new(scenario, self.horizon) else {
                continue;
            };
            let peak = c.peak();
            self.peak_t.push(peak.t);
            self.peak_gap.push(peak.gap);
            self.half_t.push(c.half_time().unwrap_or(f64::INFINITY));
            let steps = self.steps as f64;
            for (i, column) in self.columns.iter_mut().enumerate() {
                column.push(c.gap(self.horizon * i as f64 / steps));
            }
            self.gap_end.push(c.gap(self.horizon));
        }
        self.is_done()
    }

    /// Whether all `n` draws are taken.
    pub fn is_done(&self) -> bool {
        self.drawn >= self.n
    }

    /// The summary of the draws taken (all of them once [`Sampling::is_done`]); `None` when
    /// none was kept.
    pub fn finish(self) -> Option<Summary> {
        let (h, steps) = (self.horizon, self.steps as f64);
        let band = self
            .columns
            .into_iter()
            .enumerate()
            .map(|(i, column)| {
                Some(BandPoint {
                    t: h * i as f64 / steps,
                    gap: quantiles(column)?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Summary {
            n: self.peak_t.len(),
            peak_t: quantiles(self.peak_t)?,
            peak_gap: quantiles(self.peak_gap)?,
            half_t: quantiles(self.half_t)?,
            gap_end: quantiles(self.gap_end)?,
            band,
        })
    }
}

/// The timing at one end of a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// Years until the gap peaks.
    pub peak_t: f64,
    /// Years until it is half its peak, `None` when not within the horizon.
    pub half_t: Option<f64>,
}

impl Timing {
    fn of(c: &Convergence) -> Timing {
        Timing {
            peak_t: c.peak().t,
            half_t: c.half_time(),
        }
    }
}

/// One bar of the tornado chart: the timing with the assumption at either end of its range
/// around the reader's value, every other assumption at the reader's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// The assumption.
    pub field: ScenarioField,
    /// Its range around the reader's value.
    pub range: (f64, f64),
    /// The timing at the range's low end.
    pub low: Timing,
    /// The timing at its high end.
    pub high: Timing,
}

impl Bar {
    /// How far the half-way time moves across the range, years (a half-way time beyond the
    /// horizon counts as the horizon, so the swing is never infinite).
    pub fn half_swing(&self, horizon: f64) -> f64 {
        let h = |t: Timing| t.half_t.unwrap_or(horizon);
        (h(self.high) - h(self.low)).abs()
    }

    /// How far the peak time moves across the range, years.
    pub fn peak_swing(&self) -> f64 {
        (self.high.peak_t - self.low.peak_t).abs()
    }
}

/// The tornado: for each range, the timing at its two ends (others at the reader's values),
/// sorted by how far the half-way time moves, then the peak time, largest first; ties keep
/// the table's order. Also the reader's own timing. `None` for an invalid scenario or horizon.
pub fn tornado(reader: &Scenario, horizon: f64, ranges: &[Range]) -> Option<(Timing, Vec<Bar>)> {
    let base = Convergence::new(*reader, horizon).ok()?;
    let h = base.horizon();
    let mut bars = ranges
        .iter()
        .map(|r| {
            let value = r.field.get(reader);
            let range = r.around(value);
            let at = |v: f64| Convergence::new(r.field.set(*reader, v), h).map(|c| Timing::of(&c));
            Some(Bar {
                field: r.field,
                range,
                low: at(range.0).ok()?,
                high: at(range.1).ok()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    // A stable sort: equal swings keep the table's order.
    bars.sort_by(|a, b| {
        b.half_swing(h)
            .total_cmp(&a.half_swing(h))
            .then(b.peak_swing().total_cmp(&a.peak_swing()))
    });
    Some((Timing::of(&base), bars))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_its_reference_values() {
        // The first outputs for seed 1234567, as an independent implementation of the
        // published algorithm (Python's integers, masked to 64 bits) computes them.
        let mut rng = SplitMix64::new(1234567);
        assert_eq!(rng.next_u64(), 6457827717110365317);
        assert_eq!(rng.next_u64(), 3203168211198807973);
        assert_eq!(rng.next_u64(), 9817491932198370423);
    }

    #[test]
    fn quantiles_interpolate_like_type_7() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&v, 0.5), Some(2.5));
        assert_eq!(quantile(&v, 0.0), Some(1.0));
        assert_eq!(quantile(&v, 1.0), Some(4.0));
        assert!((quantile(&v, 0.25).unwrap() - 1.75).abs() < 1e-12);
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[7.0], 0.9), Some(7.0));
    }

    #[test]
    fn a_sliced_run_equals_one_uninterrupted_run() {
        let reader = Scenario::default();
        let whole = monte_carlo(&reader, 20.0, &RANGES, 300, 11, 10);
        let mut sliced = Sampling::new(&reader, 20.0, &RANGES, 300, 11, 10).unwrap();
        let mut slices = 0;
        while !sliced.advance(7) {
            slices += 1;
        }
        assert_eq!(
            slices,
            300 / 7,
            "42 incomplete slices of 7, the 43rd completes"
        );
        assert_eq!(sliced.finish(), whole);
        assert!(whole.is_some());
    }

    #[test]
    fn every_range_holds_the_papers_default() {
        for r in RANGES {
            let d = r.field.spec().default;
            assert!(r.low <= d && d <= r.high, "{:?}", r.field);
        }
    }

    #[test]
    fn a_range_is_centred_on_the_readers_value_and_stays_valid() {
        let gi = RANGES[0];
        let (lo, hi) = gi.around(3.0);
        assert!(
            ((lo * hi).sqrt() - 3.0).abs() < 1e-9,
            "centred in the logarithm"
        );
        assert!(
            ((hi / lo) - gi.high / gi.low).abs() < 1e-9,
            "as wide as the source's"
        );
        assert!(!gi.clipped(3.0));
        assert_eq!(
            gi.around(9.9).1,
            gi.field.spec().max,
            "clipped to the field's max"
        );
        assert!(gi.clipped(9.9));
        let share = RANGES[4];
        assert_eq!(share.around(1.0), (0.75, 1.0));
        assert!(share.clipped(1.0));
    }
}
