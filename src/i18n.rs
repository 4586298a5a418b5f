//! Every string the reader sees, in Hungarian and English.
//!
//! Texts are fields of one struct, so the compiler refuses a string that exists in one
//! language only. Sentences that carry numbers are functions of already formatted numbers:
//! the model computes, `format` localises, the text only arranges.

mod en;
mod hu;
mod money_texts;
mod share_texts;
mod uncertainty_texts;

pub use money_texts::{
    BillFacts, BillTexts, CalcTexts, ChipTexts, DepreciationFacts, DepreciationTexts,
    FixedPriceTexts, MetricTexts, MixTexts, MoneyTexts, PresetText, ProgressTexts,
};

pub use share_texts::{GuessTexts, HandoutTexts, PresentTexts, ShareTexts};
pub use uncertainty_texts::{BandFacts, SensitivityFacts, UncertaintyTexts};

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

    /// Position in [`Lang::ALL`] (for per-language tables).
    pub fn index(self) -> usize {
        match self {
            Lang::Hu => 0,
            Lang::En => 1,
        }
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
    /// Read-out under the chart: compute, loss, parameters.
    pub readout: fn(&str, &str, &str) -> String,
    /// Data-table columns: compute, parameters, tokens, loss.
    pub columns: [&'static str; 4],
}

/// One section of the essay's heading; its prose is in `locales/essay.<lang>.txt` (see
/// `essay::prose_text`), loaded for the reader's language only.
#[derive(Debug, Clone, Copy)]
pub struct SectionText {
    /// Heading.
    pub title: &'static str,
    /// Short title for the table of contents.
    pub short: &'static str,
}

/// The essay's headings and navigation.
pub struct EssayTexts {
    /// The sections, in reading order (ids in `pieces::SECTION_IDS`).
    pub sections: [SectionText; crate::pieces::SECTION_IDS.len()],
    /// Heading of the table of contents.
    pub toc: &'static str,
    /// The button that opens the contents on a phone.
    pub toc_open: &'static str,
    /// Heading of the endnotes.
    pub notes_title: &'static str,
    /// Heading of the sources list.
    pub sources_title: &'static str,
    /// Accessible name of a footnote button ("Note 3").
    pub note_label: fn(usize) -> String,
    /// The link from an opened note to its endnote.
    pub note_jump: &'static str,
    /// Shown when the prose file could not be loaded: the calculators still work.
    pub prose_failed: &'static str,
}

/// Section 8's list of formulas with the reader's values.
pub struct FormulaTexts {
    /// Heading.
    pub title: &'static str,
    /// Each formula's name, in the order `essay::formulas` lists them.
    pub names: [&'static str; 12],
}

/// Labels every chart shares: the read-out and the data table.
pub struct ChartUiTexts {
    /// Summary of the data table.
    pub data_table: &'static str,
    /// Hint under a chart: hover or tap to read values.
    pub readout_hint: &'static str,
}

/// Texts of the opening figure (section 0).
pub struct HeadlineTexts {
    /// Caption heading.
    pub title: &'static str,
    /// The year slider.
    pub year: InputText,
    /// Read-out labels.
    pub frontier_loss: &'static str,
    /// See [`HeadlineTexts::frontier_loss`].
    pub meek_loss: &'static str,
    /// See [`HeadlineTexts::frontier_loss`].
    pub gap: &'static str,
    /// See [`HeadlineTexts::frontier_loss`].
    pub behind: &'static str,
    /// The read-out sentence: year, frontier loss, meek loss, gap.
    pub readout: fn(&str, &str, &str, &str) -> String,
    /// Data-table column headings: year, frontier, meek, gap.
    pub columns: [&'static str; 4],
}

/// Texts of the benchmark-points and years-behind part of section 2.
pub struct BenchTexts {
    /// Heading.
    pub title: &'static str,
    /// Legend of the step-count choice.
    pub steps_legend: &'static str,
    /// One choice: "1 step", "5 steps".
    pub steps_choice: fn(u32) -> String,
    /// Output labels.
    pub out_peak_t: &'static str,
    /// See [`BenchTexts::out_peak_t`].
    pub out_peak_gap: &'static str,
    /// See [`BenchTexts::out_peak_t`].
    pub out_behind: fn(&str) -> String,
    /// Percentage points after a number.
    pub points: fn(&str) -> String,
    /// Panel titles: loss gap, benchmark gap, years behind.
    pub panel_loss: &'static str,
    /// See [`BenchTexts::panel_loss`].
    pub panel_bench: &'static str,
    /// See [`BenchTexts::panel_loss`].
    pub panel_behind: &'static str,
    /// The x axis.
    pub x_axis: &'static str,
    /// Label of the benchmark peak marker.
    pub peak: &'static str,
    /// The sentence under the chart: peak year, peak points, loss gap at the horizon,
    /// years behind at the horizon, horizon.
    pub result: fn(&str, &str, &str, &str, &str) -> String,
    /// When the meek model never improves (no shared progress).
    pub never: &'static str,
    /// Text alternative before the sentence.
    pub chart_alt: &'static str,
    /// Data-table column headings: year, loss gap, points, years behind.
    pub columns: [&'static str; 4],
    /// Read-out: year, loss gap, points, years behind.
    pub readout: fn(&str, &str, &str, &str) -> String,
    /// The DeepSeek-V3 vs GPT-4 table: caption, row labels, column headings.
    pub vs_caption: &'static str,
    /// Row labels: training compute, cost, compute per dollar, predicted loss.
    pub vs_rows: [&'static str; 4],
    /// The sentence under the comparison, in the essay's markup (facts `flop-ratio`,
    /// `cost-ratio`, `fpd-ratio`, `fpd-years`, `ds-gap`).
    pub vs_result: &'static str,
}

/// Texts of the price-of-the-next-step calculator (section 4).
pub struct NextStepTexts {
    /// Heading, intro, chart alternative, table columns, sources (before the yardsticks').
    pub calc: CalcTexts,
    /// The cut input.
    pub cut: InputText,
    /// The yardstick choice.
    pub yard_legend: &'static str,
    /// Name of each yardstick by key.
    pub yard_name: fn(&str) -> &'static str,
    /// Output labels.
    pub out_factor: &'static str,
    /// See [`NextStepTexts::out_factor`].
    pub out_dollars: &'static str,
    /// See [`NextStepTexts::out_factor`].
    pub out_max: &'static str,
    /// See [`NextStepTexts::out_factor`].
    pub out_yard_cut: &'static str,
    /// "×" after the factor.
    pub times: fn(&str) -> String,
    /// Output when the cut is impossible.
    pub impossible: &'static str,
    /// Output when even the first step passes the yardstick.
    pub already_beyond: &'static str,
    /// Chart labels.
    pub x_axis: &'static str,
    /// See [`NextStepTexts::x_axis`].
    pub y_axis: &'static str,
    /// See [`NextStepTexts::x_axis`].
    pub floor: &'static str,
    /// See [`NextStepTexts::x_axis`].
    pub beyond: &'static str,
    /// See [`NextStepTexts::x_axis`].
    pub reader: &'static str,
    /// The sentence: start compute, start dollars, cut, factor, dollars, yardstick name, cut where the
    /// yardstick is passed, the most possible cut.
    pub result: fn(&NextStepFacts) -> String,
    /// When the chosen cut cannot be reached: the most possible cut.
    pub result_impossible: fn(&str, &str) -> String,
    /// Read-out: cut, dollars.
    pub readout: fn(&str, &str) -> String,
    /// Money on the log axis ("$1 bn").
    pub money_tick: fn(f64) -> String,
}

/// The numbers of the next-step sentence, formatted.
#[derive(Debug, Clone)]
pub struct NextStepFacts {
    /// Starting compute.
    pub compute: String,
    /// Its price.
    pub start_dollars: String,
    /// The cut, percent.
    pub cut: String,
    /// Compute multiple needed.
    pub factor: String,
    /// Price of the cut.
    pub dollars: String,
    /// Yardstick name.
    pub yard: String,
    /// The cut at which the price passes the yardstick, percent, if any.
    pub yard_cut: Option<String>,
    /// The most that can be cut at all, percent.
    pub max_cut: String,
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
    /// The `gashare` input: the small lab's share of algorithmic progress (MODEL.md §4).
    pub gashare: InputText,
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
    /// The URL notice when a choice (`lang`, `fit`, `yard`, `metric`) named none of its
    /// options: what is chosen (`url_choice_what`), the raw text, the options.
    pub url_bad_choice: fn(&str, &str, &[&str]) -> String,
    /// What a choice's key chooses, as `url_bad_choice` uses it ("the fit").
    pub url_choice_what: fn(&str) -> &'static str,
    /// The URL notice when `embed` named no known piece.
    pub url_bad_embed: fn(&str) -> String,
    /// The share, embed and download panel.
    pub share: ShareTexts,
    /// The uncertainty band and the sensitivity chart.
    pub uncertainty: UncertaintyTexts,
    /// Presenter mode.
    pub present: PresentTexts,
    /// Guess first.
    pub guess: GuessTexts,
    /// The printed handout.
    pub handout: HandoutTexts,
    /// Notice: the link's `v` is newer than this page.
    pub url_newer_version: fn(&str) -> String,
    /// Notice: the link's `v` is not a version number.
    pub url_bad_version: fn(&str) -> String,
    /// Notice: `lock` named no input.
    pub url_bad_lock: fn(&str) -> String,
    /// Notice: `hide` named no section or figure.
    pub url_bad_hide: fn(&str) -> String,
    /// Under a locked input.
    pub locked_note: &'static str,
    /// Under an embedded piece: the link to the whole essay.
    pub embed_back: &'static str,
    /// The scaling-law calculator.
    pub scaling: ScalingTexts,
    /// The essay's prose.
    pub essay: EssayTexts,
    /// Chart read-outs and data tables.
    pub chart_ui: ChartUiTexts,
    /// The opening figure.
    pub headline: HeadlineTexts,
    /// Benchmark points and years behind.
    pub bench: BenchTexts,
    /// The price of the next step.
    pub next: NextStepTexts,
    /// Reset button of a calculator.
    pub reset: &'static str,
    /// Summary of a calculator's folded further inputs.
    pub more_assumptions: &'static str,
    /// The money sections' calculators.
    pub money: MoneyTexts,
    /// Section 8's formulas.
    pub formulas: FormulaTexts,
    /// Scaling-law presets: reported models' budgets.
    pub scaling_presets: &'static str,
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
