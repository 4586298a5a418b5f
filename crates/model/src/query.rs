//! The scenario as URL query pairs: a public contract (README "URL parameters").
//!
//! Decoding never fails: each bad value falls back to its default and is reported, so a link
//! with a typo still opens and the reader is told what was ignored. Unknown keys are left to
//! the caller.

use crate::benchmark::{STEPS, STEP_CHOICES};
use crate::chinchilla::{COMPUTE, FLOP_PER_DOLLAR};
use crate::convergence::HORIZON;
use crate::next_step::CUT;
use crate::param::{InputError, ParamSpec};
use crate::scenario::{Scenario, ScenarioField};
use crate::{depreciation, inference, mix, new_hardware};

/// A value in a link that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The text as it stood in the link.
    pub raw: String,
    /// Why it was rejected (carries the parameter key).
    pub error: InputError,
}

/// What a link says about the convergence state.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The scenario, defaults filled in for missing or rejected values.
    pub scenario: Scenario,
    /// The horizon in years.
    pub horizon: f64,
    /// The scaling-law calculator's training compute, FLOP.
    pub compute: f64,
    /// FLOP bought per dollar.
    pub flop_per_dollar: f64,
    /// Steps of the multi-step task, one of [`STEP_CHOICES`].
    pub steps: u32,
    /// The further loss cut of "the price of the next step", percent.
    pub cut: f64,
    /// The money sections' inputs, in the order of [`CALC_PARAMS`].
    pub calc: [f64; CALC_COUNT],
    /// Every value that was present but unusable, in link order.
    pub rejected: Vec<Rejected>,
}

fn take(
    spec: &ParamSpec,
    raw: &str,
    rejected: &mut Vec<Rejected>,
    number: fn(&str) -> Option<f64>,
) -> Option<f64> {
    let parsed = spec.parse_with(raw, number).and_then(|v| {
        // The step count is a choice among a few values, not a range.
        if spec.key == STEPS.key && !STEP_CHOICES.iter().any(|&c| c as f64 == v) {
            Err(InputError::OutOfRange {
                name: spec.key,
                min: spec.min,
                max: spec.max,
            })
        } else {
            Ok(v)
        }
    });
    match parsed {
        Ok(v) => Some(v),
        Err(error) => {
            rejected.push(Rejected {
                raw: raw.to_string(),
                error,
            });
            None
        }
    }
}

/// Reads the scenario keys and `horizon` from query pairs (already percent-decoded). For a key
/// given twice, the last valid value wins, as browsers' `URLSearchParams.get` would not do, but
/// as a reader who appended a change to a link would expect.
pub fn decode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Decoded {
    decode_with(pairs, crate::param::rust_number)
}

/// [`decode`] with the decimal reading supplied (see [`ParamSpec::parse_with`]).
pub fn decode_with<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    number: fn(&str) -> Option<f64>,
) -> Decoded {
    let mut scenario = Scenario::default();
    let mut single = OTHER_PARAMS.map(|s| (s, s.default));
    let mut calc = CALC_PARAMS.map(|s| (s, s.default));
    let mut rejected = Vec::new();
    for (key, raw) in pairs {
        if let Some((spec, value)) = single
            .iter_mut()
            .chain(calc.iter_mut())
            .find(|(s, _)| s.key == key)
        {
            if let Some(v) = take(spec, raw, &mut rejected, number) {
                *value = v;
            }
        } else if let Some(field) = ScenarioField::ALL.iter().find(|f| f.spec().key == key) {
            if let Some(v) = take(field.spec(), raw, &mut rejected, number) {
                scenario = field.set(scenario, v);
            }
        }
    }
    let [(_, horizon), (_, compute), (_, flop_per_dollar), (_, steps), (_, cut)] = single;
    Decoded {
        scenario,
        horizon,
        compute,
        flop_per_dollar,
        steps: steps as u32,
        cut,
        calc: calc.map(|(_, v)| v),
        rejected,
    }
}

/// Every numeric parameter outside the scenario, for callers that look specs up by key.
pub const OTHER_PARAMS: [&ParamSpec; 5] = [&HORIZON, &COMPUTE, &FLOP_PER_DOLLAR, &STEPS, &CUT];

/// How many inputs the money sections have (see [`CALC_PARAMS`]).
pub const CALC_COUNT: usize = 22;

/// The inputs of the money sections (3, 5, 6): depreciation, the inference bill, the study's
/// fixed-price variant, the large + small mix and the new chip. A link carries only those that
/// differ from their defaults, so a link stays short.
pub const CALC_PARAMS: [&ParamSpec; CALC_COUNT] = [
    &depreciation::CAPEX,
    &depreciation::SERVERSHARE,
    &depreciation::GPUSHARE,
    &depreciation::LIFE,
    &depreciation::GPUPRICE,
    &depreciation::UTIL,
    &depreciation::RENT,
    &depreciation::RENTFALL,
    &inference::TOKENS,
    &inference::REASONMULT,
    &inference::ANSWERS,
    &inference::PRICELARGE,
    &inference::PRICESMALL,
    &inference::PRICEFALL,
    &inference::YEARS,
    &inference::PRICE,
    &inference::GINF,
    &mix::SMALLSHARE,
    &mix::SMALLQUALITY,
    &mix::LARGEQUALITY,
    &new_hardware::CHIP,
    &new_hardware::CHIP_YEAR,
];

/// The position of `spec` in [`CALC_PARAMS`] (by key), if it is one of them.
pub fn calc_index(spec: &ParamSpec) -> Option<usize> {
    CALC_PARAMS.iter().position(|s| s.key == spec.key)
}

/// A number as a link shows it: the shortest text that parses back to the same `f64`, in
/// exponent form for very large or small magnitudes (`2.1e25`, not 26 digits).
fn link_number(v: f64) -> String {
    let a = v.abs();
    if a != 0.0 && !(1e-3..1e7).contains(&a) {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

/// Writes every scenario value and the other numeric inputs as query pairs. Rust prints the shortest text
/// that parses back to the same `f64`, so a decoded link reproduces the state bit for bit.
pub fn encode(d: &Decoded) -> Vec<(&'static str, String)> {
    let others = [
        d.horizon,
        d.compute,
        d.flop_per_dollar,
        d.steps as f64,
        d.cut,
    ];
    ScenarioField::ALL
        .iter()
        .map(|f| (f.spec().key, link_number(f.get(&d.scenario))))
        .chain(
            OTHER_PARAMS
                .iter()
                .zip(others)
                .map(|(spec, v)| (spec.key, link_number(v))),
        )
        .chain(
            CALC_PARAMS
                .iter()
                .zip(d.calc)
                .filter(|(spec, v)| *v != spec.default)
                .map(|(spec, v)| (spec.key, link_number(v))),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_gives_defaults() {
        let d = decode([]);
        assert_eq!(d.scenario, Scenario::default());
        assert_eq!(d.horizon, 20.0);
        assert_eq!(d.compute, COMPUTE.default);
        assert!(d.rejected.is_empty());
    }

    #[test]
    fn round_trips_exactly() {
        let s = Scenario {
            gi: 4.321,
            gh: 1.123_456_789,
            ga: 1.0,
            alpha: 0.2,
            meek: 12_345.678,
            frontier: 1e8,
            gashare: 0.37,
        };
        let state = Decoded {
            scenario: s,
            horizon: 37.0,
            compute: 3.3e24,
            flop_per_dollar: 1.5e17,
            steps: 5,
            cut: 1.25,
            calc: CALC_PARAMS.map(|s| s.default),
            rejected: Vec::new(),
        };
        let pairs = encode(&state);
        let d = decode(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(d, state);
    }

    #[test]
    fn money_inputs_round_trip_and_only_changed_ones_are_written() {
        let mut d = decode([]);
        assert_eq!(d.calc, CALC_PARAMS.map(|s| s.default));
        let defaults = encode(&d).len();
        let life = calc_index(&depreciation::LIFE).unwrap();
        let capex = calc_index(&depreciation::CAPEX).unwrap();
        d.calc[life] = 2.5;
        d.calc[capex] = 1.5e11;
        let pairs = encode(&d);
        assert_eq!(pairs.len(), defaults + 2);
        assert!(pairs.contains(&("capex", "1.5e11".to_string())));
        let back = decode(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, d);
        let bad = decode([("life", "0"), ("ginf", "9,5")]);
        assert_eq!(bad.calc[life], depreciation::LIFE.default);
        assert_eq!(bad.calc[calc_index(&inference::GINF).unwrap()], 9.5);
        assert_eq!(bad.rejected.len(), 1);
    }

    #[test]
    fn every_key_is_unique() {
        let mut keys: Vec<&str> = ScenarioField::ALL
            .iter()
            .map(|f| f.spec().key)
            .chain(OTHER_PARAMS.iter().chain(CALC_PARAMS.iter()).map(|s| s.key))
            .collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }

    #[test]
    fn big_numbers_read_as_exponents() {
        assert_eq!(link_number(2.1e25), "2.1e25");
        assert_eq!(link_number(7e17), "7e17");
        assert_eq!(link_number(1000.0), "1000");
        assert_eq!(link_number(0.154), "0.154");
        assert_eq!(link_number(1e8), "1e8");
    }

    #[test]
    fn bad_values_fall_back_and_are_named() {
        let d = decode([
            ("alpha", "abc"),
            ("gi", "-3"),
            ("meek", "1e400"),
            ("ga", "2.5"),
            ("utm_source", "x"),
            ("steps", "3"),
            ("cut", "2,5"),
            ("gashare", "1.5"),
            ("gashare", "0,25"),
        ]);
        assert_eq!(d.steps, 1);
        assert_eq!(d.cut, 2.5);
        assert_eq!(d.scenario.alpha, Scenario::default().alpha);
        assert_eq!(d.scenario.gi, Scenario::default().gi);
        assert_eq!(d.scenario.meek, Scenario::default().meek);
        assert_eq!(d.scenario.ga, 2.5);
        assert_eq!(d.scenario.gashare, 0.25);
        let names: Vec<_> = d.rejected.iter().map(|r| r.error.name()).collect();
        assert_eq!(names, ["alpha", "gi", "meek", "steps", "gashare"]);
        assert_eq!(d.rejected[0].raw, "abc");
    }
}
