//! The shape of the uncertainty texts: the band around the convergence chart and the
//! sensitivity (tornado) chart of which assumption matters most (issue 16).

use super::money_texts::CalcTexts;
use lejto_model::ScenarioField;

/// The numbers of the band's note, already formatted for the language.
#[derive(Debug, Clone)]
pub struct BandFacts {
    /// How many worlds were sampled.
    pub n: String,
    /// The share of worlds between the outer quantiles ("90%").
    pub level: String,
    /// The peak's time at the outer quantiles, years.
    pub peak: (String, String),
    /// The half-way time at the outer quantiles, years; `None` where it lies beyond the
    /// window.
    pub half: (Option<String>, Option<String>),
    /// The window, years.
    pub horizon: String,
}

/// The numbers of the sensitivity chart's sentence, already formatted.
#[derive(Debug, Clone)]
pub struct SensitivityFacts {
    /// The assumption that moves the half-way time most, and the half-way time at its
    /// range's two ends (`None`: beyond the window).
    pub top: ScenarioField,
    /// See [`SensitivityFacts::top`].
    pub top_times: (Option<String>, Option<String>),
    /// The one that comes second.
    pub second: ScenarioField,
    /// The one that moves it least.
    pub last: ScenarioField,
    /// The window, years.
    pub horizon: String,
}

/// Texts of the band and the sensitivity chart.
#[derive(Debug, Clone, Copy)]
pub struct UncertaintyTexts {
    /// The convergence calculator's switch for the band.
    pub band_switch: &'static str,
    /// Legend of a band's shade: the share of sampled worlds it holds ("50%").
    pub band_share: fn(&str) -> String,
    /// Under the convergence outputs: the intervals the sampled worlds give.
    pub band_note: fn(&BandFacts) -> String,
    /// Under the outputs while the worlds are being sampled.
    pub band_pending: &'static str,
    /// The sensitivity chart's heading, intro, text alternative, table columns and sources.
    pub calc: CalcTexts,
    /// Output label: the assumption that matters most.
    pub out_top: &'static str,
    /// The chart's x axis title.
    pub x_axis: &'static str,
    /// Panel titles: the peak's timing, the half-way time's.
    pub peak: &'static str,
    /// See [`UncertaintyTexts::peak`].
    pub half: &'static str,
    /// Legend: the assumption at the low end of its range, at the high end.
    pub low_end: &'static str,
    /// See [`UncertaintyTexts::low_end`].
    pub high_end: &'static str,
    /// The reader's own timing's line.
    pub reader: &'static str,
    /// Marks a half-way time beyond the window.
    pub beyond: &'static str,
    /// An assumption's short name, as a chart row and a table row show it.
    pub name: fn(ScenarioField) -> &'static str,
    /// An assumption's name inside a sentence (with its article in Hungarian).
    pub in_sentence: fn(ScenarioField) -> &'static str,
    /// The sensitivity chart's result sentence.
    pub sentence: fn(&SensitivityFacts) -> String,
    /// A half-way time beyond the window, in a table cell ("after 20 years").
    pub later_than: fn(&str) -> String,
}
