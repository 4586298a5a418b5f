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
    /// Reported or estimated cost of the training run, dollars, if known.
    pub cost: Option<f64>,
    /// Where the cost comes from, and what it covers.
    pub cost_source: &'static str,
}

impl ReportedModel {
    /// FLOP bought per dollar in that run, if its cost is known.
    pub fn flop_per_dollar(&self) -> Option<f64> {
        self.cost.map(|c| self.compute / c)
    }
}

/// Looks a model up by its display name.
pub fn by_name(name: &str) -> Option<ReportedModel> {
    MODELS.into_iter().find(|m| m.name == name)
}

/// The models placed on the scaling-law chart.
pub const MODELS: [ReportedModel; 3] = [
    ReportedModel {
        name: "DeepSeek-V3",
        compute: 3.3e24,
        source: "DeepSeek-V3 technical report, arXiv 2412.19437",
        // 2.788M H800 GPU-hours at $2 per GPU-hour: the final run only.
        cost: Some(5.576e6),
        cost_source: "DeepSeek-V3 technical report, arXiv 2412.19437",
    },
    ReportedModel {
        name: "GPT-4",
        compute: 2.1e25,
        source: "Epoch AI database",
        cost: Some(78e6),
        cost_source: "Stanford AI Index 2024",
    },
    ReportedModel {
        name: "Llama 3.1 405B",
        compute: 3.8e25,
        source: "Dubey et al. 2024, arXiv 2407.21783",
        cost: None,
        cost_source: "",
    },
];

#[cfg(test)]
mod tests {
    use super::MODELS;

    #[test]
    fn deepseek_bought_more_compute_per_dollar() {
        let ds = super::by_name("DeepSeek-V3").unwrap();
        let gpt4 = super::by_name("GPT-4").unwrap();
        // 3.3e24 / 5.576e6 ≈ 5.9e17 FLOP/$ against 2.1e25 / 78e6 ≈ 2.7e17.
        let ratio = ds.flop_per_dollar().unwrap() / gpt4.flop_per_dollar().unwrap();
        assert!(ratio > 2.0 && ratio < 2.4, "{ratio}");
    }

    #[test]
    fn sorted_by_compute() {
        assert!(MODELS.windows(2).all(|w| w[0].compute < w[1].compute));
    }
}
