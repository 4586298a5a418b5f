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
    /// `s`: the share of algorithmic progress the meek (small) lab gets, as an exponent: its
    /// algorithmic gain is `g_a^s` (MODEL.md §4). `1` is the paper's assumption that `g_a` is
    /// shared by everyone; Gundlach et al. 2025 (arXiv 2511.21622) find small models gain less.
    pub gashare: f64,
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
    /// [`Scenario::gashare`]
    Gashare,
}

impl ScenarioField {
    /// Every field: what validation checks and the URL codec reads and writes.
    pub const ALL: [ScenarioField; 7] = [
        Self::Gi,
        Self::Gh,
        Self::Ga,
        Self::Meek,
        Self::Frontier,
        Self::Alpha,
        Self::Gashare,
    ];

    /// The fields the convergence calculator shows, in its order: the paper's six
    /// assumptions. [`Self::Gashare`] belongs to the section on where progress comes from.
    pub const CONVERGENCE: [ScenarioField; 6] = [
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
            Self::Gashare => &GASHARE,
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
            Self::Gashare => s.gashare,
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
            Self::Gashare => s.gashare = value,
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

/// `s` default: the Meek Models paper assumes small labs get all of `g_a`. "On the Origin of
/// Algorithmic Progress in AI" finds much of it scale-dependent (LSTM→Transformer), so small
/// models gain far less; `s < 1` lets the reader weaken the assumption (MODEL.md §4).
pub const GASHARE: ParamSpec = ParamSpec {
    key: "gashare",
    default: 1.0,
    min: 0.0,
    max: 1.0,
    step: 0.01,
    log: false,
    unit: "",
    source:
        "Gundlach et al. 2025, arXiv 2507.07931 (assumes 1); Gundlach et al. 2025, arXiv 2511.21622",
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
            gashare: 0.0,
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

    /// `G = g_h · g_a`: the yearly gain in effective compute per dollar shared by everyone
    /// (when `s = 1`; the frontier's gain per dollar in any case).
    pub fn shared_gain(&self) -> f64 {
        self.gh * self.ga
    }

    /// `G_M = g_h · g_a^s`: the meek lab's yearly gain in effective compute (E2 with the small
    /// lab's share `s` of algorithmic progress, MODEL.md §4). Equals [`Self::shared_gain`] at
    /// `s = 1`.
    pub fn meek_gain(&self) -> f64 {
        self.gh * self.ga.powf(self.gashare)
    }

    /// `G_F = g_i · g_h · g_a`: the frontier lab's yearly gain in effective compute (E2/E3).
    pub fn frontier_gain(&self) -> f64 {
        self.gi * self.gh * self.ga
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
            (s.gh, s.ga, s.alpha, s.meek, s.frontier, s.gashare),
            (1.4, 2.8, 0.154, 1000.0, 1000.0, 1.0)
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
    fn the_calculator_shows_every_field_but_the_share() {
        for f in ScenarioField::ALL {
            let shown = ScenarioField::CONVERGENCE.contains(&f);
            assert_eq!(shown, f != ScenarioField::Gashare, "{}", f.spec().key);
        }
        assert_eq!(ScenarioField::ALL[..6], ScenarioField::CONVERGENCE);
    }

    #[test]
    fn gains_of_each_lab() {
        let s = Scenario::default();
        assert_eq!(s.meek_gain(), s.shared_gain());
        assert!((s.frontier_gain() - 5.0 * 2.8).abs() < 1e-12);
        let half = ScenarioField::Gashare.set(s, 0.5);
        assert!((half.meek_gain() - 1.4 * 2.8f64.sqrt()).abs() < 1e-12);
        let none = ScenarioField::Gashare.set(s, 0.0);
        assert_eq!(none.meek_gain(), 1.4);
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = ScenarioField::ALL.iter().map(|f| f.spec().key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ScenarioField::ALL.len());
    }
}
