//! MODEL.md §3: the Chinchilla scaling law in parameters and tokens, and its compute-optimal
//! allocation, for the original fit and Epoch's refit.

use crate::param::ParamSpec;

/// One fit of `L(N, D) = E + A/N^α + B/D^β` (N parameters, D training tokens).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// URL value naming the fit (`fit=hoffmann|epoch`).
    pub key: &'static str,
    /// `E`: irreducible loss.
    pub e: f64,
    /// `A`: parameter term coefficient.
    pub a: f64,
    /// `B`: data term coefficient.
    pub b: f64,
    /// `α`: parameter exponent.
    pub alpha: f64,
    /// `β`: data exponent.
    pub beta: f64,
    /// Where the fit comes from.
    pub source: &'static str,
}

/// Hoffmann et al. 2022 (arXiv 2203.15556), approach 3.
pub const HOFFMANN: Fit = Fit {
    key: "hoffmann",
    e: 1.69,
    a: 406.4,
    b: 410.7,
    alpha: 0.34,
    beta: 0.28,
    source: "Hoffmann et al. 2022, arXiv 2203.15556 (approach 3)",
};

/// Besiroglu et al. 2024 (Epoch's refit, arXiv 2404.10102).
pub const EPOCH: Fit = Fit {
    key: "epoch",
    e: 1.8172,
    a: 482.01,
    b: 2085.43,
    alpha: 0.3478,
    beta: 0.3658,
    source: "Besiroglu et al. 2024, arXiv 2404.10102",
};

/// Both fits, the default first.
pub const FITS: [Fit; 2] = [EPOCH, HOFFMANN];

/// Training compute in FLOP (the scaling-law calculator's `compute` input). Default: GPT-4's
/// estimated training compute (Epoch database, MODEL.md §5).
pub const COMPUTE: ParamSpec = ParamSpec {
    key: "compute",
    default: 2.1e25,
    min: 1e18,
    max: 1e30,
    step: 0.1,
    log: true,
    unit: "FLOP",
    source: "GPT-4 ≈ 2.1e25 FLOP (Epoch AI database)",
};

/// FLOP bought per dollar, to turn a dollar budget into compute. Default: an H100 rented at
/// $2 per hour running at 40 % utilisation (MODEL.md §5).
pub const FLOP_PER_DOLLAR: ParamSpec = ParamSpec {
    key: "fpd",
    default: 7e17,
    min: 1e15,
    max: 1e20,
    step: 0.1,
    log: true,
    unit: "FLOP/$",
    source: "H100: 989 TFLOP/s × 40 % MFU × 3600 s ÷ $2 per GPU-hour",
};

/// A compute-optimal model for a compute budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Allocation {
    /// `N_opt`: parameters.
    pub params: f64,
    /// `D_opt`: training tokens.
    pub tokens: f64,
    /// `L_opt(C)`: predicted loss.
    pub loss: f64,
}

impl Fit {
    /// Looks a fit up by its URL value.
    pub fn by_key(key: &str) -> Option<Fit> {
        FITS.into_iter().find(|f| f.key == key)
    }

    /// `L(N, D) = E + A/N^α + B/D^β`.
    pub fn loss(&self, params: f64, tokens: f64) -> f64 {
        self.e + self.a * params.powf(-self.alpha) + self.b * tokens.powf(-self.beta)
    }

    /// `G = (α·A / (β·B))^(1/(α+β))`.
    pub fn g(&self) -> f64 {
        (self.alpha * self.a / (self.beta * self.b)).powf(1.0 / (self.alpha + self.beta))
    }

    /// `γ = αβ/(α+β)`: the exponent of loss in compute at the optimum.
    pub fn gamma(&self) -> f64 {
        self.alpha * self.beta / (self.alpha + self.beta)
    }

    /// `K = (A·G^(−α) + B·G^β)·6^γ`, so that `L_opt(C) = E + K·C^(−γ)`.
    pub fn k(&self) -> f64 {
        let g = self.g();
        (self.a * g.powf(-self.alpha) + self.b * g.powf(self.beta)) * 6f64.powf(self.gamma())
    }

    /// Compute-optimal allocation with `C ≈ 6·N·D`: `N_opt = G·(C/6)^(β/(α+β))`,
    /// `D_opt = (C/6)^(α/(α+β)) / G`, `L_opt = E + K·C^(−γ)`.
    pub fn optimal(&self, compute: f64) -> Allocation {
        let s = self.alpha + self.beta;
        let c6 = compute / 6.0;
        let g = self.g();
        Allocation {
            params: g * c6.powf(self.beta / s),
            tokens: c6.powf(self.alpha / s) / g,
            loss: self.e + self.k() * compute.powf(-self.gamma()),
        }
    }

    /// The compute-optimal loss as a one-variable law, `L_opt(C) = E + K·C^(−γ)`.
    pub fn law(&self) -> crate::loss::PowerLaw {
        crate::loss::PowerLaw {
            floor: self.e,
            coeff: self.k(),
            exponent: self.gamma(),
        }
    }

    /// What the next tenfold of compute buys: `L_opt(C) − L_opt(10·C)`.
    pub fn next10x_drop(&self, compute: f64) -> f64 {
        self.optimal(compute).loss - self.optimal(10.0 * compute).loss
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_optimum_spends_all_the_compute() {
        for fit in FITS {
            for c in [1e20, 1e24, 1e28] {
                let o = fit.optimal(c);
                assert!((6.0 * o.params * o.tokens / c - 1.0).abs() < 1e-9);
                assert!((fit.loss(o.params, o.tokens) - o.loss).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn tokens_per_parameter_match_model_md() {
        // The refit keeps ≈ 20 tokens per parameter; the rounded original drifts from ~50 to
        // ~190 across 1e21–1e27 FLOP.
        let ratio = |f: &Fit, c: f64| f.optimal(c).tokens / f.optimal(c).params;
        for c in [1e21, 1e24, 1e27] {
            let r = ratio(&EPOCH, c);
            assert!((15.0..30.0).contains(&r), "epoch {c:e}: {r}");
        }
        assert!(
            (40.0..65.0).contains(&ratio(&HOFFMANN, 1e21)),
            "{}",
            ratio(&HOFFMANN, 1e21)
        );
        assert!(
            (160.0..220.0).contains(&ratio(&HOFFMANN, 1e27)),
            "{}",
            ratio(&HOFFMANN, 1e27)
        );
    }

    #[test]
    fn each_tenfold_buys_less() {
        for fit in FITS {
            let a = fit.next10x_drop(1e22);
            let b = fit.next10x_drop(1e23);
            assert!(a > b && b > 0.0);
            // The drop shrinks by exactly 10^(−γ) per decade.
            assert!((b / a - 10f64.powf(-fit.gamma())).abs() < 1e-9);
        }
    }

    #[test]
    fn flop_per_dollar_default_is_computed_from_its_source() {
        // 989 TFLOP/s dense BF16 × 0.40 × 3600 s per hour ÷ $2 per GPU-hour ≈ 7.1e17.
        let derived = 989e12 * 0.40 * 3600.0 / 2.0;
        assert!((FLOP_PER_DOLLAR.default / derived - 1.0).abs() < 0.02);
    }

    #[test]
    fn fits_are_found_by_key() {
        assert_eq!(Fit::by_key("epoch"), Some(EPOCH));
        assert_eq!(Fit::by_key("hoffmann"), Some(HOFFMANN));
        assert_eq!(Fit::by_key("kaplan"), None);
    }
}
