//! Named scenarios the calculators offer, each with its source.

use crate::scenario::Scenario;

/// A named starting point for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The authors' notebook defaults (the paper's Figure 1).
    Paper,
    /// `g_a = 1`: only hardware gets cheaper.
    NoAlgorithmicProgress,
    /// `g_i = 5`: Epoch's 4–5×/yr frontier compute growth applied to the budget itself.
    FastFrontier,
    /// Frontier $100M vs meek $1000 at t = 0 (a large training run today vs a hobbyist).
    TodayLike,
}

impl Preset {
    /// Every preset, in the order offered.
    pub const ALL: [Preset; 4] = [
        Preset::Paper,
        Preset::NoAlgorithmicProgress,
        Preset::FastFrontier,
        Preset::TodayLike,
    ];

    /// The full scenario of this preset (unchanged fields keep the paper's defaults).
    pub fn scenario(self) -> Scenario {
        let paper = Scenario::default();
        match self {
            Preset::Paper => paper,
            Preset::NoAlgorithmicProgress => Scenario { ga: 1.0, ..paper },
            Preset::FastFrontier => Scenario { gi: 5.0, ..paper },
            Preset::TodayLike => Scenario {
                frontier: 1e8,
                meek: 1000.0,
                ..paper
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_valid_and_distinct() {
        for (i, a) in Preset::ALL.iter().enumerate() {
            assert_eq!(a.scenario().validate(), Ok(()));
            for b in &Preset::ALL[i + 1..] {
                assert_ne!(a.scenario(), b.scenario());
            }
        }
    }
}
