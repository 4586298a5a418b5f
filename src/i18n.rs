//! Every string the reader sees, in Hungarian and English.
//!
//! Texts are fields of one struct, so the compiler refuses a string that exists in one
//! language only. Sentences that carry numbers are functions of already formatted numbers:
//! the model computes, `format` localises, the text only arranges.

mod en;
mod hu;

use lejto_model::Outcome;

/// The reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Magyar
    Hu,
    /// English
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Hu, Lang::En];

    /// BCP 47 code, used for `<html lang>`, `Intl` and the `lang` URL parameter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Hu => "hu",
            Lang::En => "en",
        }
    }

    /// Parses the `lang` URL value (`hu` or `en`, any case).
    pub fn parse(raw: &str) -> Option<Lang> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "hu" => Some(Lang::Hu),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a browser prefers: Hungarian for any `hu*` tag, English otherwise.
    pub fn from_browser_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "hu" => return Lang::Hu,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// All texts in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Hu => &hu::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

/// Label and one-line help for an input.
#[derive(Debug, Clone, Copy)]
pub struct InputText {
    /// Visible label.
    pub label: &'static str,
    /// One line under the label: what it means and where the default comes from.
    pub help: &'static str,
}

/// The numbers a result sentence may use, already formatted for the language.
#[derive(Debug, Clone)]
pub struct ResultFacts {
    /// Year of the peak gap.
    pub peak_t: String,
    /// The peak gap.
    pub peak_gap: String,
    /// When the gap has halved, if within the horizon.
    pub half_t: Option<String>,
    /// Late halving time in years, if shared progress exists.
    pub late_halving: Option<String>,
    /// The horizon in years.
    pub horizon: String,
    /// Which case of the model applies.
    pub case: Outcome,
}

/// The numbers the scaling-law sentence uses, already formatted.
#[derive(Debug, Clone)]
pub struct ScalingFacts {
    /// Training compute.
    pub compute: String,
    /// The same in dollars.
    pub dollars: String,
    /// Compute-optimal parameters.
    pub params: String,
    /// Compute-optimal tokens.
    pub tokens: String,
    /// Predicted loss.
    pub loss: String,
    /// What the next tenfold cuts.
    pub drop1: String,
    /// What the tenfold after that cuts.
    pub drop2: String,
}

/// Texts of the scaling-law calculator (essay section 1).
pub struct ScalingTexts {
    /// Heading.
    pub title: &'static str,
    /// Introduction.
    pub intro: &'static str,
    /// Training compute input.
    pub compute: InputText,
    /// The same budget in dollars.
    pub dollars: InputText,
    /// FLOP per dollar input.
    pub fpd: InputText,
    /// Legend of the fit switch.
    pub fit_legend: &'static str,
    /// Epoch's refit.
    pub fit_epoch: &'static str,
    /// The original Chinchilla fit.
    pub fit_hoffmann: &'static str,
    /// Output labels.
    pub out_params: &'static str,
    /// See [`ScalingTexts::out_params`].
    pub out_tokens: &'static str,
    /// See [`ScalingTexts::out_params`].
    pub out_loss: &'static str,
    /// See [`ScalingTexts::out_params`].
    pub out_drop: &'static str,
    /// Heading of the staircase of tenfolds.
    pub staircase: &'static str,
    /// One staircase step: the multiplier ("10×") and the loss drop it buys.
    pub step: fn(&str, &str) -> String,
    /// "N parameters".
    pub params: fn(&str) -> String,
    /// "N tokens".
    pub tokens: fn(&str) -> String,
    /// Unit beside compute fields.
    pub unit_flop: &'static str,
    /// Unit beside the FLOP-per-dollar field.
    pub unit_fpd: &'static str,
    /// Chart axis titles and the reader's point.
    pub chart_x: &'static str,
    /// See [`ScalingTexts::chart_x`].
    pub chart_y: &'static str,
    /// See [`ScalingTexts::chart_x`].
    pub chart_reader: &'static str,
    /// Text alternative of the chart, before the sentence.
    pub chart_alt: &'static str,
    /// "Sources:" before the list of sources.
    pub sources: &'static str,
    /// The result sentence.
    pub result: fn(&ScalingFacts) -> String,
}

/// Every string of the page in one language.
pub struct Texts {
    /// `<title>` and the page heading.
    pub title: &'static str,
    /// Short line above the heading.
    pub kicker: &'static str,
    /// The lead paragraph.
    pub lead: &'static str,
    /// The skip link, first in keyboard order.
    pub skip_link: &'static str,
    /// Accessible name of the language switch.
    pub lang_switch: &'static str,
    /// Name of this language in itself.
    pub lang_name: &'static str,
    /// The convergence calculator's heading.
    pub calc_title: &'static str,
    /// One paragraph introducing the calculator.
    pub calc_intro: &'static str,
    /// Inputs: `gi`, `gh`, `ga`, `meek`, `frontier`, `alpha`, `horizon`.
    pub gi: InputText,
    /// See [`Texts::gi`].
    pub gh: InputText,
    /// See [`Texts::gi`].
    pub ga: InputText,
    /// See [`Texts::gi`].
    pub meek: InputText,
    /// See [`Texts::gi`].
    pub frontier: InputText,
    /// See [`Texts::gi`].
    pub alpha: InputText,
    /// See [`Texts::gi`].
    pub horizon: InputText,
    /// "what each 10× buys at this α", given the percentage cut of the reducible loss.
    pub alpha_effect: fn(&str) -> String,
    /// Short unit beside growth-factor fields.
    pub unit_per_year: &'static str,
    /// Unit beside year fields.
    pub unit_years: &'static str,
    /// Unit beside dollar fields.
    pub unit_dollars: &'static str,
    /// Unit words: a yearly growth factor, as in "3.57×/yr".
    pub per_year: fn(&str) -> String,
    /// A number of years.
    pub years: fn(&str, f64) -> String,
    /// A time from now, as an output value ("3.4 years", "3,4 év múlva").
    pub after_years: fn(&str, f64) -> String,
    /// An amount of dollars (from a compact-formatted number).
    pub dollars: fn(&str) -> String,
    /// Error under a number field.
    pub field_error: fn(&str, &str) -> String,
    /// Heading of the assumptions group.
    pub assumptions: &'static str,
    /// Heading of the presets group.
    pub presets: &'static str,
    /// Preset names.
    pub preset_paper: &'static str,
    /// See [`Texts::preset_paper`].
    pub preset_no_algo: &'static str,
    /// See [`Texts::preset_paper`].
    pub preset_fast: &'static str,
    /// See [`Texts::preset_paper`].
    pub preset_today: &'static str,
    /// Where each preset comes from (shown as its tooltip and description).
    pub preset_paper_source: &'static str,
    /// See [`Texts::preset_paper_source`].
    pub preset_no_algo_source: &'static str,
    /// See [`Texts::preset_paper_source`].
    pub preset_fast_source: &'static str,
    /// See [`Texts::preset_paper_source`].
    pub preset_today_source: &'static str,
    /// Output labels.
    pub out_peak_t: &'static str,
    /// See [`Texts::out_peak_t`].
    pub out_peak_gap: &'static str,
    /// See [`Texts::out_peak_t`].
    pub out_half_t: &'static str,
    /// Shown instead of the peak time when the frontier is never ahead.
    pub never_ahead: &'static str,
    /// "not within N years".
    pub not_within: fn(&str) -> String,
    /// Unit after the loss gap.
    pub loss_unit: &'static str,
    /// The result sentence.
    pub result: fn(&ResultFacts) -> String,
    /// Chart labels.
    pub chart_x: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_loss: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_gap_axis: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_frontier: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_meek: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_peak: &'static str,
    /// See [`Texts::chart_x`].
    pub chart_half: &'static str,
    /// Text alternative of the chart, prefixed to the result sentence.
    pub chart_alt: &'static str,
    /// Shown in place of a chart that could not be drawn.
    pub chart_failed: &'static str,
    /// The URL notice: one line per rejected parameter (key, raw text, default shown).
    pub url_rejected: fn(&str, &str, &str) -> String,
    /// The URL notice when `lang` was not `hu` or `en`.
    pub url_bad_lang: fn(&str) -> String,
    /// The URL notice when `fit` was not `epoch` or `hoffmann`.
    pub url_bad_fit: fn(&str) -> String,
    /// The scaling-law calculator.
    pub scaling: ScalingTexts,
    /// Heading of the URL notice.
    pub url_notice_title: &'static str,
    /// Close button of the URL notice.
    pub dismiss: &'static str,
    /// Footer: the study.
    pub footer_source: &'static str,
    /// Footer: what this page is.
    pub footer_about: &'static str,
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn browser_tags_pick_the_first_known_language() {
        assert_eq!(Lang::from_browser_tags(["hu-HU", "en"]), Lang::Hu);
        assert_eq!(Lang::from_browser_tags(["de-DE", "en-GB"]), Lang::En);
        assert_eq!(Lang::from_browser_tags(["fr"]), Lang::En);
        assert_eq!(Lang::parse("HU"), Some(Lang::Hu));
        assert_eq!(Lang::parse("de"), None);
    }
}
