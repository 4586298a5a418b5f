//! The reader's shared assumptions: one struct that every calculator reads.

use crate::param::{InputError, ParamSpec};

/// The shared assumptions of the essay (MODEL.md §1.1). Every section reads the same value, so
/// changing one anywhere moves every chart and sentence that uses it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// `g_i`: yearly growth factor of the frontier lab's budget (×/yr).
    pub gi: f64,
    /// `g_h`: yearly gain in hardware FLOP per dollar (×/yr), shared by everyone.
    pub gh: f64,
    /// `g_a`: yearly algorithmic efficiency gain (×/yr), shared by everyone.
    pub ga: f64,
    /// `α`: exponent of the compute scaling law `L = A·C^(−α) + L0`.
    pub alpha: f64,
    /// `B_M`: the meek lab's fixed budget, dollars.
    pub meek: f64,
    /// `B_F`: the frontier lab's budget at t = 0, dollars.
    pub frontier: f64,
}

/// Names the fields of [`Scenario`], so URL state, sliders and validation can iterate them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScenarioField {
    /// [`Scenario::gi`]
    Gi,
    /// [`Scenario::gh`]
    Gh,
    /// [`Scenario::ga`]
    Ga,
    /// [`Scenario::alpha`]
    Alpha,
    /// [`Scenario::meek`]
    Meek,
    /// [`Scenario::frontier`]
    Frontier,
}

impl ScenarioField {
    /// Every field, in the order the calculator shows them.
    pub const ALL: [ScenarioField; 6] = [
        Self::Gi,
        Self::Gh,
        Self::Ga,
        Self::Meek,
        Self::Frontier,
        Self::Alpha,
    ];

    /// The field's description: URL key, default, range, step, unit and source.
    pub fn spec(self) -> &'static ParamSpec {
        match self {
            Self::Gi => &GI,
            Self::Gh => &GH,
            Self::Ga => &GA,
            Self::Alpha => &ALPHA,
            Self::Meek => &MEEK,
            Self::Frontier => &FRONTIER,
        }
    }

    /// Reads this field from a scenario.
    pub fn get(self, s: &Scenario) -> f64 {
        match self {
            Self::Gi => s.gi,
            Self::Gh => s.gh,
            Self::Ga => s.ga,
            Self::Alpha => s.alpha,
            Self::Meek => s.meek,
            Self::Frontier => s.frontier,
        }
    }

    /// Returns a copy of `s` with this field set to `value` (unchecked; see [`Scenario::validate`]).
    pub fn set(self, s: Scenario, value: f64) -> Scenario {
        let mut s = s;
        match self {
            Self::Gi => s.gi = value,
            Self::Gh => s.gh = value,
            Self::Ga => s.ga = value,
            Self::Alpha => s.alpha = value,
            Self::Meek => s.meek = value,
            Self::Frontier => s.frontier = value,
        }
        s
    }
}

/// `g_i` default: Epoch's ~5×/yr growth of frontier training compute divided by the 1.4×/yr
/// hardware gain, as in the authors' notebook (the paper's "3.6x").
pub const GI: ParamSpec = ParamSpec {
    key: "gi",
    default: 5.0 / 1.4,
    min: 1.0,
    max: 10.0,
    step: 0.01,
    log: false,
    unit: "×/yr",
    source: "Epoch AI 2024 (compute ×5/yr) ÷ hardware ×1.4/yr; Gundlach et al. 2025",
};

/// `g_h` default: ML GPU FLOP/s per dollar doubles about every 2.07 years.
pub const GH: ParamSpec = ParamSpec {
    key: "gh",
    default: 1.4,
    min: 1.0,
    max: 3.0,
    step: 0.01,
    log: false,
    unit: "×/yr",
    source: "Hobbhahn & Besiroglu (Epoch AI) 2022",
};

/// `g_a` default: compute needed for fixed performance halves about every 8 months.
pub const GA: ParamSpec = ParamSpec {
    key: "ga",
    default: 2.8,
    min: 1.0,
    max: 10.0,
    step: 0.01,
    log: false,
    unit: "×/yr",
    source: "Ho et al. 2024, arXiv 2403.05812",
};

/// `α` default from the authors' notebook (Chinchilla's fit reduced to one variable).
pub const ALPHA: ParamSpec = ParamSpec {
    key: "alpha",
    default: 0.154,
    min: 0.05,
    max: 0.5,
    step: 0.001,
    log: false,
    unit: "",
    source: "Gundlach et al. 2025 notebook; Hoffmann et al. 2022",
};

/// `B_M` default: the paper's Figure 1 starts both labs at $1000.
pub const MEEK: ParamSpec = ParamSpec {
    key: "meek",
    default: 1000.0,
    min: 1.0,
    max: 1e12,
    step: 0.1,
    log: true,
    unit: "$",
    source: "Gundlach et al. 2025, Figure 1",
};

/// `B_F` default: equal to the meek budget, as in the paper's Figure 1.
pub const FRONTIER: ParamSpec = ParamSpec {
    key: "frontier",
    default: 1000.0,
    min: 1.0,
    max: 1e12,
    step: 0.1,
    log: true,
    unit: "$",
    source: "Gundlach et al. 2025, Figure 1",
};

impl Default for Scenario {
    /// The paper's defaults (the authors' notebook, Figure 1).
    fn default() -> Self {
        let mut s = Scenario {
            gi: 0.0,
            gh: 0.0,
            ga: 0.0,
            alpha: 0.0,
            meek: 0.0,
            frontier: 0.0,
        };
        for f in ScenarioField::ALL {
            s = f.set(s, f.spec().default);
        }
        s
    }
}

impl Scenario {
    /// Checks every field against its range; the first bad field is reported.
    pub fn validate(&self) -> Result<(), InputError> {
        for f in ScenarioField::ALL {
            f.spec().check(f.get(self))?;
        }
        Ok(())
    }

    /// `G = g_h · g_a`: the yearly gain in effective compute per dollar shared by everyone.
    pub fn shared_gain(&self) -> f64 {
        self.gh * self.ga
    }

    /// `R = B_F / B_M`: how many times the frontier's starting budget exceeds the meek one.
    pub fn budget_ratio(&self) -> f64 {
        self.frontier / self.meek
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_papers_and_valid() {
        let s = Scenario::default();
        assert!((s.gi - 3.571_428_571).abs() < 1e-6);
        assert_eq!(
            (s.gh, s.ga, s.alpha, s.meek, s.frontier),
            (1.4, 2.8, 0.154, 1000.0, 1000.0)
        );
        assert_eq!(s.validate(), Ok(()));
        for f in ScenarioField::ALL {
            let spec = f.spec();
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.key
            );
        }
    }

    #[test]
    fn validation_names_the_bad_field() {
        let s = ScenarioField::Gi.set(Scenario::default(), -3.0);
        assert_eq!(s.validate().unwrap_err().name(), "gi");
        let s = ScenarioField::Meek.set(Scenario::default(), f64::INFINITY);
        assert_eq!(s.validate().unwrap_err().name(), "meek");
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = ScenarioField::ALL.iter().map(|f| f.spec().key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ScenarioField::ALL.len());
    }
}
