//! Reported training compute of well-known models (MODEL.md §5), each with its source.

/// A model with publicly reported (or estimated) training compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReportedModel {
    /// Display name (the same in every language).
    pub name: &'static str,
    /// Training compute, FLOP.
    pub compute: f64,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// The models placed on the scaling-law chart.
pub const MODELS: [ReportedModel; 3] = [
    ReportedModel {
        name: "DeepSeek-V3",
        compute: 3.3e24,
        source: "DeepSeek-V3 technical report, arXiv 2412.19437",
    },
    ReportedModel {
        name: "GPT-4",
        compute: 2.1e25,
        source: "Epoch AI database (estimate)",
    },
    ReportedModel {
        name: "Llama 3.1 405B",
        compute: 3.8e25,
        source: "Dubey et al. 2024, arXiv 2407.21783",
    },
];

#[cfg(test)]
mod tests {
    use super::MODELS;

    #[test]
    fn sorted_by_compute() {
        assert!(MODELS.windows(2).all(|w| w[0].compute < w[1].compute));
    }
}
