//! The uncertainty texts in English.

use crate::i18n::{BandFacts, CalcTexts, SensitivityFacts, UncertaintyTexts};
use lejto_model::ScenarioField;

fn name(f: ScenarioField) -> &'static str {
    match f {
        ScenarioField::Gi => "Frontier budget growth",
        ScenarioField::Gh => "Hardware gain",
        ScenarioField::Ga => "Algorithmic gain",
        ScenarioField::Alpha => "Exponent α",
        ScenarioField::Gashare => "Small labs' share of algorithms",
        ScenarioField::Meek => "Meek lab's budget",
        ScenarioField::Frontier => "Frontier lab's budget",
    }
}

fn in_sentence(f: ScenarioField) -> &'static str {
    match f {
        ScenarioField::Gi => "the growth of the frontier's budget",
        ScenarioField::Gh => "the hardware gain",
        ScenarioField::Ga => "the algorithmic gain",
        ScenarioField::Alpha => "the exponent α",
        ScenarioField::Gashare => "the small labs' share of algorithmic progress",
        ScenarioField::Meek => "the meek lab's budget",
        ScenarioField::Frontier => "the frontier lab's budget",
    }
}

fn between(lo: &Option<String>, hi: &Option<String>, horizon: &str) -> String {
    match (lo, hi) {
        (Some(lo), Some(hi)) => format!("between {lo} and {hi}\u{a0}years"),
        (Some(lo), None) => format!("after {lo}\u{a0}years or not within {horizon}"),
        _ => format!("not within {horizon}\u{a0}years"),
    }
}

fn band_note(f: &BandFacts) -> String {
    format!(
        "In {} of {} worlds sampled around your assumptions, the lead peaks between {} and {}\u{a0}years \
         and has halved {}.",
        f.level,
        f.n,
        f.peak.0,
        f.peak.1,
        between(&f.half.0, &f.half.1, &f.horizon)
    )
}

fn sentence(f: &SensitivityFacts) -> String {
    let times = match &f.top_times {
        (Some(a), Some(b)) => format!("from {a} to {b}\u{a0}years"),
        (Some(a), None) | (None, Some(a)) => {
            format!(
                "from {a}\u{a0}years to beyond the {}-year window",
                f.horizon
            )
        }
        (None, None) => format!("but never into the {}-year window", f.horizon),
    };
    format!(
        "Across its range, {} moves the half-way point most: {times}. Next comes {}; {} matters least.",
        in_sentence(f.top),
        in_sentence(f.second),
        in_sentence(f.last)
    )
}

/// See [`UncertaintyTexts`].
pub const UNCERTAINTY: UncertaintyTexts = UncertaintyTexts {
    band_switch: "Show the band of sampled worlds",
    band_share: |p| format!("{p} of worlds"),
    band_note,
    band_pending: "Sampling worlds around your assumptions…",
    calc: CalcTexts {
        title: "Which assumption matters most?",
        intro: "Each assumption is an estimate with a range. Each bar shows how far the peak and the half-way point move when one assumption runs from the low to the high end of its range while the others stay as you set them.",
        chart_alt: "Bars of how far each assumption moves the peak and the half-way point.",
        columns: &[
            "Assumption",
            "Range",
            "Peak, low end (years)",
            "Peak, high end (years)",
            "Half-way, low end (years)",
            "Half-way, high end (years)",
        ],
        sources: "Ranges: Cottier et al. 2024 and Epoch AI 2024 (budget growth); Hobbhahn & Besiroglu 2022 (hardware); Ho et al. 2024 (algorithms); Hoffmann et al. 2022 and Besiroglu et al. 2024 (α); small labs' share: from half to all of it, our bracket of Gundlach et al. 2025.",
    },
    out_top: "Matters most",
    x_axis: "Years from now",
    peak: "When the lead peaks",
    half: "When it has halved",
    low_end: "Assumption at the low end of its range",
    high_end: "At the high end",
    reader: "your scenario",
    beyond: "later",
    name,
    in_sentence,
    sentence,
    later_than: |h| format!("after {h}"),
};
