//! A large and a small model side by side (ESSAY §6a): route a share of the requests to the
//! small model and the bill falls faster than the quality.
//!
//! The essay feeds the qualities from the MMLU map ([`crate::benchmark::mmlu`]) at the
//! frontier's and the meek model's losses, and the prices from the inference bill
//! ([`crate::inference::Bill::per_answer_at`]); [`Mix::new`] takes them as plain numbers.

use crate::inference::{PRICELARGE, PRICESMALL, REASONMULT, TOKENS, TOKENS_PER_PRICE_UNIT};
use crate::param::{InputError, ParamSpec};

/// `smallshare` (`s`): the share of requests the small model serves (a fraction).
pub const SMALLSHARE: ParamSpec = ParamSpec {
    key: "smallshare",
    default: 0.8,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source: "reader's assumption",
};

/// `c_S`: the small model's price per answer, dollars. Default: the inference bill's defaults,
/// 1000 tokens at $0.5 per million.
pub const SMALLPRICE: ParamSpec = ParamSpec {
    key: "smallprice",
    default: TOKENS.default * PRICESMALL.default / TOKENS_PER_PRICE_UNIT,
    min: 1e-9,
    max: 1e4,
    step: 0.1,
    log: true,
    unit: "$",
    source: "inference bill defaults: tokens × pricesmall (MODEL.md §2's $0.5–1 band)",
};

/// `c_L`: the large reasoning model's price per answer, dollars. Default: the inference bill's
/// defaults, 1000 tokens × 10 for reasoning at $10 per million.
pub const LARGEPRICE: ParamSpec = ParamSpec {
    key: "largeprice",
    default: TOKENS.default * REASONMULT.default * PRICELARGE.default / TOKENS_PER_PRICE_UNIT,
    min: 1e-9,
    max: 1e4,
    step: 0.1,
    log: true,
    unit: "$",
    source: "inference bill defaults: tokens × reasonmult × pricelarge (reader's assumptions)",
};

/// `q_S`: the small model's quality, a score from 0 to 1. Default: Mixtral 8x7B's MMLU-Pro
/// (the essay itself passes the MMLU map's value at the meek model's loss).
pub const SMALLQUALITY: ParamSpec = ParamSpec {
    key: "smallquality",
    default: 0.39,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source: "MODEL.md §2: Mixtral 8x7B, MMLU-Pro 39 (end of 2023)",
};

/// `q_L`: the large model's quality, a score from 0 to 1. Default: GPT-4 Turbo's MMLU-Pro
/// (the essay itself passes the MMLU map's value at the frontier's loss).
pub const LARGEQUALITY: ParamSpec = ParamSpec {
    key: "largequality",
    default: 0.69,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source: "MODEL.md §2: GPT-4 Turbo, MMLU-Pro 69 (end of 2023)",
};

/// Every input of the mix.
pub const PARAMS: [ParamSpec; 5] = [
    SMALLSHARE,
    SMALLPRICE,
    SMALLQUALITY,
    LARGEPRICE,
    LARGEQUALITY,
];

/// One model as the mix sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tier {
    /// Price per answer, dollars.
    pub price: f64,
    /// Quality, a score from 0 to 1 (an MMLU fraction in the essay).
    pub quality: f64,
}

/// A validated mix: the small model serves the share `s` of requests, the large one the rest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mix {
    share: f64,
    small: Tier,
    large: Tier,
}

impl Default for Mix {
    /// Every input at its [`ParamSpec`] default.
    fn default() -> Self {
        Self {
            share: SMALLSHARE.default,
            small: Tier {
                price: SMALLPRICE.default,
                quality: SMALLQUALITY.default,
            },
            large: Tier {
                price: LARGEPRICE.default,
                quality: LARGEQUALITY.default,
            },
        }
    }
}

impl Mix {
    /// Checks `share`, both prices and both qualities against their ranges.
    pub fn new(share: f64, small: Tier, large: Tier) -> Result<Self, InputError> {
        Ok(Self {
            share: SMALLSHARE.check(share)?,
            small: Tier {
                price: SMALLPRICE.check(small.price)?,
                quality: SMALLQUALITY.check(small.quality)?,
            },
            large: Tier {
                price: LARGEPRICE.check(large.price)?,
                quality: LARGEQUALITY.check(large.quality)?,
            },
        })
    }

    /// `s`, the small model's share of requests.
    pub fn share(&self) -> f64 {
        self.share
    }

    /// The small model.
    pub fn small(&self) -> Tier {
        self.small
    }

    /// The large model.
    pub fn large(&self) -> Tier {
        self.large
    }

    /// Blended price per answer, `s·c_S + (1 − s)·c_L`, dollars.
    pub fn cost(&self) -> f64 {
        self.share * self.small.price + (1.0 - self.share) * self.large.price
    }

    /// Blended quality, `s·q_S + (1 − s)·q_L` (0–1).
    pub fn quality(&self) -> f64 {
        self.share * self.small.quality + (1.0 - self.share) * self.large.quality
    }

    /// The fraction saved against sending everything to the large model, `1 − cost/c_L`
    /// (negative if the small model is the dearer one).
    pub fn savings(&self) -> f64 {
        1.0 - self.cost() / self.large.price
    }

    /// The largest share the small model may serve while the blended quality stays at or above
    /// `target`: `s = (q_L − target)/(q_L − q_S)` when the small model is the weaker, clamped to
    /// `[0, 1]`; `1` when it is at least as good and reaches the target. `None` when no share
    /// reaches `target` (or it is not a finite number).
    pub fn share_for_quality(&self, target: f64) -> Option<f64> {
        let (qs, ql) = (self.small.quality, self.large.quality);
        if !target.is_finite() || target > qs.max(ql) {
            return None;
        }
        if target <= qs {
            return Some(1.0);
        }
        // Here q_S < target ≤ q_L, so the denominator is positive.
        Some(((ql - target) / (ql - qs)).clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let m = Mix::default();
        assert_eq!(Mix::new(m.share(), m.small(), m.large()), Ok(m));
        assert!((SMALLPRICE.default - 0.0005).abs() < 1e-15);
        assert!((LARGEPRICE.default - 0.1).abs() < 1e-15);
        // 0.8 · $0.0005 + 0.2 · $0.1 = $0.0204 an answer: 79.6 % saved.
        assert!((m.cost() - 0.0204).abs() < 1e-12);
        assert!((m.savings() - 0.796).abs() < 1e-12);
        assert!((m.quality() - (0.8 * 0.39 + 0.2 * 0.69)).abs() < 1e-12);
        for spec in PARAMS {
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.key
            );
        }
    }

    #[test]
    fn share_for_quality_inverts_quality() {
        let m = Mix::default();
        let s = m.share_for_quality(m.quality()).unwrap();
        assert!((s - m.share()).abs() < 1e-12);
        assert_eq!(m.share_for_quality(0.2), Some(1.0));
        assert_eq!(m.share_for_quality(0.69), Some(0.0));
        assert_eq!(m.share_for_quality(0.7), None);
        assert_eq!(m.share_for_quality(f64::NAN), None);
        let better = Mix::new(
            0.5,
            Tier {
                price: 0.001,
                quality: 0.8,
            },
            m.large(),
        )
        .unwrap();
        assert_eq!(better.share_for_quality(0.75), Some(1.0));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let m = Mix::default();
        assert_eq!(
            Mix::new(1.5, m.small(), m.large()).unwrap_err().name(),
            "smallshare"
        );
        let bad = Tier {
            price: 0.0,
            ..m.large()
        };
        assert_eq!(
            Mix::new(0.5, m.small(), bad).unwrap_err().name(),
            "largeprice"
        );
        let bad = Tier {
            quality: f64::NAN,
            ..m.small()
        };
        assert_eq!(
            Mix::new(0.5, bad, m.large()).unwrap_err().name(),
            "smallquality"
        );
    }
}
