//! Texts of the money sections' calculators (essay sections 3, 5, 6 and 7): one struct per
//! calculator, each starting with the [`CalcTexts`] every calculator shell needs.

use super::InputText;

/// What every calculator of the shell (`widgets::calculator`) shows around its numbers.
#[derive(Debug, Clone, Copy)]
pub struct CalcTexts {
    /// Heading.
    pub title: &'static str,
    /// One or two sentences on what to do.
    pub intro: &'static str,
    /// Text alternative of the chart, put before the result sentence.
    pub chart_alt: &'static str,
    /// Data-table column headings, with units; the first is the row heading.
    pub columns: &'static [&'static str],
    /// Where the defaults come from.
    pub sources: &'static str,
}

/// A preset: its name and its source.
pub type PresetText = (&'static str, &'static str);

/// Data-centre depreciation (section 3).
pub struct DepreciationTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Inputs.
    pub capex: InputText,
    /// See [`DepreciationTexts::capex`].
    pub life: InputText,
    /// See [`DepreciationTexts::capex`].
    pub rent: InputText,
    /// See [`DepreciationTexts::capex`].
    pub rentfall: InputText,
    /// See [`DepreciationTexts::capex`].
    pub servershare: InputText,
    /// See [`DepreciationTexts::capex`].
    pub gpushare: InputText,
    /// See [`DepreciationTexts::capex`].
    pub gpuprice: InputText,
    /// See [`DepreciationTexts::capex`].
    pub util: InputText,
    /// Preset: the companies' accounting life.
    pub preset_books: PresetText,
    /// Preset: the critics' economic life.
    pub preset_critics: PresetText,
    /// Outputs.
    pub out_per_year: &'static str,
    /// See [`DepreciationTexts::out_per_year`].
    pub out_break_even: &'static str,
    /// See [`DepreciationTexts::out_per_year`].
    pub out_shortfall: &'static str,
    /// See [`DepreciationTexts::out_per_year`].
    pub out_gap: &'static str,
    /// "from the start" (the shortfall year is 0).
    pub at_once: &'static str,
    /// The revenue never falls below the charge while the servers are written off.
    pub never: &'static str,
    /// Legend: book value.
    pub book: &'static str,
    /// Legend: market value.
    pub market: &'static str,
    /// Legend: rental revenue per year.
    pub revenue: &'static str,
    /// Legend: depreciation charge per year.
    pub charge: &'static str,
    /// Marker: the widest gap.
    pub widest: &'static str,
    /// Chart axes.
    pub x_axis: &'static str,
    /// See [`DepreciationTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: year, book, market, revenue.
    pub readout: fn(&str, &str, &str, &str) -> String,
    /// The sentence: per year, life, break-even rent, rent, shortfall year (or None), widest
    /// gap year and dollars.
    pub result: fn(&DepreciationFacts) -> String,
}

/// The numbers the depreciation sentence uses, formatted.
#[derive(Debug, Clone)]
pub struct DepreciationFacts {
    /// Yearly charge.
    pub per_year: String,
    /// Accounting life.
    pub life: String,
    /// Rental price per GPU-hour that pays the charge.
    pub break_even: String,
    /// Today's rental price.
    pub rent: String,
    /// The year revenue falls below the charge, if it does while depreciating.
    pub shortfall: Option<String>,
    /// Revenue is below the charge from the first year.
    pub shortfall_now: bool,
    /// The year book and market value are furthest apart.
    pub gap_year: String,
    /// That gap.
    pub gap: String,
    /// The gap is under 1 % of the servers' value: the books never run much ahead.
    pub gap_small: bool,
}

/// The inference bill (section 5).
pub struct BillTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Inputs.
    pub tokens: InputText,
    /// See [`BillTexts::tokens`].
    pub reasonmult: InputText,
    /// See [`BillTexts::tokens`].
    pub answers: InputText,
    /// See [`BillTexts::tokens`].
    pub pricelarge: InputText,
    /// See [`BillTexts::tokens`].
    pub pricesmall: InputText,
    /// See [`BillTexts::tokens`].
    pub pricefall: InputText,
    /// See [`BillTexts::tokens`].
    pub years: InputText,
    /// Preset: Epoch's median price fall.
    pub preset_epoch: PresetText,
    /// Preset: a16z's price fall.
    pub preset_a16z: PresetText,
    /// Outputs.
    pub out_large: &'static str,
    /// See [`BillTexts::out_large`].
    pub out_small: &'static str,
    /// See [`BillTexts::out_large`]: the large model's bill in n years.
    pub out_large_then: &'static str,
    /// See [`BillTexts::out_large`].
    pub out_match: &'static str,
    /// Per year, after a dollar amount.
    pub per_year: fn(&str) -> String,
    /// When prices never fall far enough.
    pub never: &'static str,
    /// Legend.
    pub large: &'static str,
    /// Legend.
    pub small: &'static str,
    /// Marker: the reader's year n.
    pub then: &'static str,
    /// Axes.
    pub x_axis: &'static str,
    /// See [`BillTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: year, large bill, small bill.
    pub readout: fn(&str, &str, &str) -> String,
    /// The sentence.
    pub result: fn(&BillFacts) -> String,
}

/// The numbers the bill's sentence uses, formatted.
#[derive(Debug, Clone)]
pub struct BillFacts {
    /// The large reasoning model's yearly bill now.
    pub large: String,
    /// The small model's.
    pub small: String,
    /// How many times more the large costs.
    pub ratio: String,
    /// The reader's n.
    pub years: String,
    /// The large bill in n years.
    pub large_then: String,
    /// Years until the large bill falls to today's small bill (None: never).
    pub to_match: Option<String>,
}

/// The study's fixed-price inference variant (section 5).
pub struct FixedPriceTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Inputs.
    pub price: InputText,
    /// See [`FixedPriceTexts::price`].
    pub ginf: InputText,
    /// Preset: Epoch's median fall of inference prices.
    pub preset_median: PresetText,
    /// Outputs.
    pub out_start: &'static str,
    /// See [`FixedPriceTexts::out_start`].
    pub out_cross: &'static str,
    /// When the curves do not cross within the horizon.
    pub never: &'static str,
    /// Legend: the clipped gap (as the paper draws it).
    pub clipped: &'static str,
    /// Legend: the raw formula, below zero.
    pub raw: &'static str,
    /// Marker: where the formula crosses zero.
    pub cross: &'static str,
    /// Axes.
    pub x_axis: &'static str,
    /// See [`FixedPriceTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: year, raw gap.
    pub readout: fn(&str, &str) -> String,
    /// The sentence: start gap, crossing year (None: not within the horizon), horizon.
    pub result: fn(&str, Option<&str>, &str) -> String,
}

/// The large + small mix (section 6a).
pub struct MixTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Inputs.
    pub smallshare: InputText,
    /// See [`MixTexts::smallshare`].
    pub smallquality: InputText,
    /// See [`MixTexts::smallshare`].
    pub largequality: InputText,
    /// Preset: everything to the large model.
    pub preset_all_large: PresetText,
    /// Outputs.
    pub out_cost: &'static str,
    /// See [`MixTexts::out_cost`].
    pub out_quality: &'static str,
    /// See [`MixTexts::out_cost`].
    pub out_savings: &'static str,
    /// See [`MixTexts::out_cost`].
    pub out_bill: &'static str,
    /// Legend: cost as a share of the all-large cost.
    pub cost: &'static str,
    /// Legend: blended quality.
    pub quality: &'static str,
    /// Marker: the reader's share.
    pub yours: &'static str,
    /// Axes.
    pub x_axis: &'static str,
    /// See [`MixTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: small share, cost share, quality.
    pub readout: fn(&str, &str, &str) -> String,
    /// The sentence: share, savings, quality, large quality, small quality.
    pub result: fn(&str, &str, &str, &str, &str) -> String,
}

/// Where progress comes from (section 6b).
pub struct ProgressTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Outputs.
    pub out_total: &'static str,
    /// See [`ProgressTexts::out_total`].
    pub out_investment: &'static str,
    /// See [`ProgressTexts::out_total`].
    pub out_meek: &'static str,
    /// Legend: the frontier's growth from money.
    pub investment: &'static str,
    /// Legend: from hardware.
    pub hardware: &'static str,
    /// Legend: from algorithms.
    pub algorithms: &'static str,
    /// Legend: the meek lab's total.
    pub meek: &'static str,
    /// Orders of magnitude, after a number ("10 orders of magnitude").
    pub orders: fn(&str) -> String,
    /// Axes.
    pub x_axis: &'static str,
    /// See [`ProgressTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: year, investment, hardware, algorithms, meek (orders of magnitude).
    pub readout: fn(&str, &str, &str, &str, &str) -> String,
    /// The sentence: horizon, frontier total, investment share, hardware share, algorithm
    /// share, meek total.
    pub result: fn(&[String; 6]) -> String,
}

/// A new chip (section 6c).
pub struct ChipTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// Inputs.
    pub chip: InputText,
    /// See [`ChipTexts::chip`].
    pub chipyear: InputText,
    /// Preset: a tenfold jump soon.
    pub preset_leap: PresetText,
    /// Outputs.
    pub out_cut: &'static str,
    /// See [`ChipTexts::out_cut`].
    pub out_peak: &'static str,
    /// See [`ChipTexts::out_cut`].
    pub out_saved: &'static str,
    /// Legend: the gap without the chip.
    pub without: &'static str,
    /// Legend: with it.
    pub with: &'static str,
    /// Event label: the chip arrives.
    pub arrives: &'static str,
    /// Axes.
    pub x_axis: &'static str,
    /// See [`ChipTexts::x_axis`].
    pub y_axis: &'static str,
    /// Read-out: year, gap without, gap with.
    pub readout: fn(&str, &str, &str) -> String,
    /// The sentence: factor, year, cut percent, old peak, new peak, years saved (None: none).
    pub result: fn(&[String; 5], Option<&str>) -> String,
}

/// The counterweights' measures (section 7).
pub struct MetricTexts {
    /// Heading, intro, chart alternative, columns, sources.
    pub calc: CalcTexts,
    /// The measure choice.
    pub legend: &'static str,
    /// Name of each measure, with unit (loss, points, ratio, years).
    pub names: [&'static str; 4],
    /// Each measure as the sentence names it ("by the loss gap", "Veszteségkülönbségben").
    pub measured: [&'static str; 4],
    /// Whether each converges, for the sentence.
    pub verdict: [&'static str; 4],
    /// Outputs.
    pub out_start: &'static str,
    /// See [`MetricTexts::out_start`].
    pub out_peak: &'static str,
    /// See [`MetricTexts::out_start`].
    pub out_end: &'static str,
    /// Legend: with the reader's share.
    pub yours: &'static str,
    /// Legend: if small labs got all of the algorithmic progress.
    pub full: &'static str,
    /// Axis.
    pub x_axis: &'static str,
    /// Read-out: year, value.
    pub readout: fn(&str, &str) -> String,
    /// The sentence: the measure as `measured` names it, value at 0, value at the horizon,
    /// horizon, verdict.
    pub result: fn(&str, &str, &str, &str, &str) -> String,
}

/// Every money calculator's texts and the units they share.
pub struct MoneyTexts {
    /// Section 3.
    pub depr: DepreciationTexts,
    /// Section 5, the bill.
    pub bill: BillTexts,
    /// Section 5, the study's variant.
    pub fixed: FixedPriceTexts,
    /// Section 6a.
    pub mix: MixTexts,
    /// Section 6b.
    pub progress: ProgressTexts,
    /// Section 6c.
    pub chip: ChipTexts,
    /// Section 7.
    pub metric: MetricTexts,
    /// Unit beside a price per GPU-hour.
    pub unit_per_hour: &'static str,
    /// Unit beside a price per million tokens.
    pub unit_per_million: &'static str,
    /// Unit beside a price per token.
    pub unit_per_token: &'static str,
    /// Unit beside a share from 0 to 1.
    pub unit_share: &'static str,
}
