//! The money sections' calculators in English.

use crate::i18n::{
    BillFacts, BillTexts, CalcTexts, ChipTexts, DepreciationFacts, DepreciationTexts,
    FixedPriceTexts, InputText, MetricTexts, MixTexts, MoneyTexts, ProgressTexts,
};

const DEPR: DepreciationTexts = DepreciationTexts {
    calc: CalcTexts {
        title: "What a GPU fleet costs, and what it is worth",
        intro: "Set what a data centre cost and how many years its servers are written off over. The chart sets their value on the books against what the same hardware fetches as rental prices fall.",
        chart_alt: "Book value and market value of the servers by year, with their yearly rental revenue and depreciation.",
        columns: &["Year", "Book value", "Market value", "Rental revenue per year", "Depreciation per year"],
        sources: "Sources: Epoch AI on data-centre costs (2026); Bernstein (2025); company annual reports; H100 rental indices (2025–26); Epoch on GPU price-performance (2022).",
    },
    capex: InputText {
        label: "Data-centre investment",
        help: "About $35–38 billion builds a gigawatt of AI data centre (Epoch AI, 2026).",
    },
    life: InputText {
        label: "Accounting life of the servers",
        help: "Microsoft and Alphabet write servers off over 6 years, Meta over 5.5; critics put a GPU's economic life at 2–3 years.",
    },
    rent: InputText {
        label: "Rental price per GPU-hour",
        help: "An H100 rents for about $2–3 an hour (2025–26).",
    },
    rentfall: InputText {
        label: "Yearly fall of the rental price",
        help: "By default as fast as new hardware gets cheaper per operation: 1 − 1/1.4, about 29% a year (Epoch). An assumption: rental prices need not follow it.",
    },
    servershare: InputText {
        label: "Share of the investment in compute servers",
        help: "About 60%. The rest is buildings, power and cooling, which last for decades and are not counted here.",
    },
    gpushare: InputText {
        label: "Share of the investment in GPU chips",
        help: "About 40% (Bernstein). At most the server share: the chips sit inside the servers.",
    },
    gpuprice: InputText {
        label: "Price of one GPU chip",
        help: "Our assumption, not a sourced figure: it sets how many GPUs the money buys.",
    },
    util: InputText {
        label: "Share of GPU-hours rented out",
        help: "Our assumption: an idle hour earns nothing.",
    },
    preset_books: ("Accounting: 6 years", "Microsoft and Alphabet annual reports"),
    preset_critics: ("Critics: 3 years", "an economic life of 2–3 years, public debate in 2025"),
    out_per_year: "Depreciation per year",
    out_break_even: "Break-even rent per GPU-hour",
    out_shortfall: "Revenue falls below depreciation after",
    out_gap: "Widest gap between book and market",
    at_once: "from the start",
    never: "not while written off",
    book: "Book value",
    market: "Market value",
    revenue: "Rental revenue per year",
    charge: "Depreciation per year",
    widest: "widest gap",
    x_axis: "Years after purchase",
    y_axis: "Dollars",
    readout: |y, book, market, revenue| {
        format!("After {y} years: book value {book}, market value {market}, rental revenue {revenue} a year.")
    },
    result: depr_result,
};

fn depr_result(f: &DepreciationFacts) -> String {
    let shortfall = match (&f.shortfall, f.shortfall_now) {
        (_, true) => "Even in the first year the fleet's rental revenue does not cover its depreciation.".to_string(),
        (Some(y), false) => format!("As rents fall, the fleet's rental revenue drops below its yearly depreciation after {y} years, before the books are done with it."),
        (None, false) => "Rental revenue covers the yearly depreciation for the whole accounting life.".to_string(),
    };
    let gap = if f.gap_small {
        "Written off this fast, the books never value the servers much above what the market pays for them.".to_string()
    } else {
        format!(
            "The books and the market are furthest apart after {} years, by {}.",
            f.gap_year, f.gap
        )
    };
    format!(
        "Written off over {} years, the servers cost {} a year on the books. To earn that back a GPU-hour must rent for {}; today it fetches {}. {shortfall} {gap}",
        f.life, f.per_year, f.break_even, f.rent
    )
}

const BILL: BillTexts = BillTexts {
    calc: CalcTexts {
        title: "The bill for thinking longer",
        intro: "A reasoning model writes many more tokens per answer than a plain one. Set how many, what each model charges and how fast prices fall, and see the yearly bill of a service that answers the same questions either way.",
        chart_alt: "The yearly bill of a large reasoning model and of a small model over the coming years, on a logarithmic scale.",
        columns: &["Year", "Large reasoning model, per year", "Small model, per year"],
        sources: "Sources: a16z, LLMflation (2024); Epoch AI, LLM inference price trends (2025); Gundlach et al., The Price of Progress (2025). Token counts, volume and the large model's price are our assumptions.",
    },
    tokens: InputText {
        label: "Tokens per answer",
        help: "Output tokens of a plain answer; our assumption.",
    },
    reasonmult: InputText {
        label: "Reasoning multiplier",
        help: "How many times more tokens the reasoning model writes for the same answer. Reasoning models spend far more tokens (The Price of Progress, 2025); the figure is our assumption.",
    },
    answers: InputText {
        label: "Answers per day",
        help: "Our assumption: a popular service.",
    },
    pricelarge: InputText {
        label: "Large model's price",
        help: "Dollars per million output tokens; our assumption for a frontier reasoning model.",
    },
    pricesmall: InputText {
        label: "Small model's price",
        help: "Dollars per million output tokens: the cheap tier, $0.5–1, of the study's price comparison.",
    },
    pricefall: InputText {
        label: "Yearly price fall at the same capability",
        help: "About 10× a year (a16z); Epoch measures 9–900× depending on the capability, with a median near 50×.",
    },
    years: InputText {
        label: "Looking ahead",
        help: "How many years from now to show the bill for.",
    },
    preset_epoch: ("50× a year", "Epoch AI, median of inference price trends (2025)"),
    preset_a16z: ("10× a year", "a16z, LLMflation (2024)"),
    out_large: "Large reasoning model",
    out_small: "Small model",
    out_large_then: "Large model in the chosen year",
    out_match: "Large costs what small costs today after",
    per_year: |d| format!("{d} a year"),
    never: "never: prices do not fall",
    large: "Large reasoning model",
    small: "Small model",
    then: "your year",
    x_axis: "Years from now",
    y_axis: "Yearly bill (log scale)",
    readout: |y, large, small| format!("In {y} years: large model {large}, small model {small}."),
    result: bill_result,
};

fn bill_result(f: &BillFacts) -> String {
    let matched = match &f.to_match {
        Some(y) => format!("it gets down to today's small-model bill only after {y} years"),
        None => "it never gets down to today's small-model bill".to_string(),
    };
    format!(
        "Today the large reasoning model costs {} a year and the small one {}: {}× as much. If prices keep falling at this pace, the large-model service costs {} a year in {} years, and {matched}.",
        f.large, f.small, f.ratio, f.large_then, f.years
    )
}

const FIXED: FixedPriceTexts = FixedPriceTexts {
    calc: CalcTexts {
        title: "The study's inference variant",
        intro: "The paper also asks what a user who keeps paying the same price per token gets as inference gets cheaper. Here is its formula, and what the zero line of its figure hides.",
        chart_alt: "The loss gap between the model a fixed price per token buys and the frontier, over the years: the formula itself, and the same clipped at zero as in the paper's figure.",
        columns: &["Year", "Loss at the fixed price", "Frontier loss", "Gap, formula", "Gap, clipped"],
        sources: "Source: the authors' notebook (meek_theory_neurips.ipynb), inference figure; its algorithmic gain there is 3.6× a year, here the shared one. Epoch AI on inference price trends (2025).",
    },
    price: InputText {
        label: "Fixed price per token",
        help: "Dollars per token the user keeps paying; the authors' notebook uses 10⁻⁸.",
    },
    ginf: InputText {
        label: "Inference efficiency gain per year",
        help: "How much cheaper a given capability gets to run each year; 9× is the low end of Epoch's measurements. As in the authors' notebook, the compute a fixed price buys per token grows by this times the hardware gain; Epoch's price trend already includes cheaper hardware, so hardware counts twice.",
    },
    preset_median: ("50× a year", "Epoch AI, median inference price fall (2025)"),
    out_start: "Loss gap at the start",
    out_cross: "Formula reaches the frontier after",
    never: "not within the horizon",
    clipped: "Clipped at zero, as in the paper",
    raw: "The formula itself",
    cross: "formula crosses zero",
    x_axis: "Years",
    y_axis: "Loss gap to the frontier (nats per token)",
    readout: |y, g| format!("After {y} years the formula gives a gap of {g}."),
    result: |start, cross, horizon| match cross {
        Some(c) => format!(
            "At the start the fixed-price model trails the frontier by a loss gap of {start}. The formula closes the gap after {c} years and keeps going: past that point it says that a model bought at a fixed price per token beats the frontier, which cannot be, since the frontier lab could run the same model. The paper's figure stops the curve at zero; the dashed line shows what the formula says beyond it."
        ),
        None => format!(
            "At the start the fixed-price model trails the frontier by a loss gap of {start}, and with these assumptions the formula does not close it within {horizon} years."
        ),
    },
};

const MIX: MixTexts = MixTexts {
    calc: CalcTexts {
        title: "Large and small models together",
        intro: "Send the easy questions to a small model and the hard ones to a large reasoning model. Choose the share the small model takes; prices come from the bill above, quality from a benchmark.",
        chart_alt: "Cost and quality of the mix as the small model's share grows from none to all.",
        columns: &["Small model's share", "Cost per answer", "Quality (MMLU-Pro)", "Saved"],
        sources: "Quality: MMLU-Pro at the end of 2023, GPT-4 Turbo 69 against Mixtral 8x7B 39 (recomputed from the authors' data); prices: the inference bill above. The blend is linear: each answer scores as its model does.",
    },
    smallshare: InputText {
        label: "Share of requests the small model answers",
        help: "0 sends everything to the large model, 1 everything to the small one.",
    },
    smallquality: InputText {
        label: "Small model's quality",
        help: "Share of MMLU-Pro questions answered right: Mixtral 8x7B scored 0.39 at the end of 2023.",
    },
    largequality: InputText {
        label: "Large model's quality",
        help: "GPT-4 Turbo scored 0.69 on MMLU-Pro at the end of 2023.",
    },
    preset_all_large: ("Large model only", "everything to the frontier model"),
    out_cost: "Cost per answer",
    out_quality: "Quality of the mix",
    out_savings: "Saved against the large model alone",
    out_bill: "Yearly bill of the mix",
    cost: "Cost, % of the large model alone",
    quality: "Quality, % of questions right",
    yours: "your share",
    x_axis: "Share the small model answers (%)",
    y_axis: "Percent",
    readout: |share, cost, quality| format!("With {share} to the small model: cost {cost} of the large model alone, quality {quality}."),
    result: |share, saved, quality, large, small| format!(
        "Sending {share} of the requests to the small model saves {saved} of the bill, and the mix answers {quality} of the questions right, between the large model's {large} and the small one's {small}. If the small model gets the easy questions, the real loss of quality is smaller than this straight average."
    ),
};

const PROGRESS: ProgressTexts = ProgressTexts {
    calc: CalcTexts {
        title: "Where progress comes from",
        intro: "The frontier's effective compute grows from three sources: more money, cheaper hardware and better algorithms. The meek lab has only the last two. The scale counts powers of ten.",
        chart_alt: "The frontier lab's growth in effective compute, split into investment, hardware and algorithms and stacked over the years, beside the meek lab's total.",
        columns: &["Year", "Investment", "Hardware", "Algorithms", "Meek lab, total"],
        sources: "Equation E2 of the study with the shared assumptions; effective compute counted in orders of magnitude (powers of ten) since year 0.",
    },
    out_total: "Frontier's growth by the horizon",
    out_investment: "Of it, from money",
    out_meek: "Meek lab's growth",
    investment: "Investment",
    hardware: "Hardware",
    algorithms: "Algorithms",
    meek: "Meek lab, total",
    orders: |n| format!("{n} orders of magnitude"),
    x_axis: "Years",
    y_axis: "Growth of effective compute (orders of magnitude)",
    readout: |y, inv, hw, alg, meek| format!("After {y} years: investment {inv}, hardware {hw}, algorithms {alg}; meek lab {meek} (orders of magnitude)."),
    result: |v| format!(
        "In {} years the frontier's effective compute grows by {} orders of magnitude: {} of it from money, {} from hardware and {} from algorithms. The meek lab, with the same hardware and its share of the algorithms but no more money, grows by {}.",
        v[0], v[1], v[2], v[3], v[4], v[5]
    ),
};

const CHIP: ChipTexts = ChipTexts {
    calc: CalcTexts {
        title: "A new kind of chip",
        intro: "Suppose a new chip arrives that does k times more per dollar, and both labs adopt it. Choose k and the year.",
        chart_alt: "The loss gap over the years with and without the new chip.",
        columns: &["Year", "Gap without the chip", "Gap with the chip"],
        sources: "Equations E1–E4 of the study with a one-off jump of k in FLOP per dollar from year y for both labs.",
    },
    chip: InputText {
        label: "How many times more per dollar",
        help: "The new chip's gain in operations per dollar over the trend.",
    },
    chipyear: InputText {
        label: "Year it arrives",
        help: "Years from the start.",
    },
    preset_leap: ("A tenfold leap next year", "a thought experiment"),
    out_cut: "Cut in the loss gap from that year",
    out_peak: "Widest gap with the chip",
    out_saved: "Meek lab reaches the frontier's level of that year sooner by",
    without: "Without the chip",
    with: "With the chip",
    arrives: "chip arrives",
    x_axis: "Years",
    y_axis: "Loss gap (nats per token)",
    readout: |y, without, with| format!("After {y} years: gap {without} without the chip, {with} with it."),
    result: |v, saved| {
        let saved = match saved {
            Some(s) => format!("The meek lab reaches the loss the frontier has when the chip arrives {s} years sooner."),
            None => "The meek lab never reaches the loss the frontier has when the chip arrives.".to_string(),
        };
        format!(
            "A chip {}× better per dollar in year {} cuts the loss gap by {} from then on, because both labs gain the same factor and a power law shrinks every difference by it. The widest gap goes from {} to {}. {saved}",
            v[0], v[1], v[2], v[3], v[4]
        )
    },
};

const METRIC: MetricTexts = MetricTexts {
    calc: CalcTexts {
        title: "Catching up depends on the yardstick",
        intro: "The same two labs, measured four ways. Pick a measure, and set how much of the algorithmic progress small labs really get.",
        chart_alt: "The frontier lab's lead over the meek lab over the years, in the chosen measure.",
        columns: &["Year", "Loss gap", "Benchmark points", "Reducible-loss ratio", "Years behind"],
        sources: "Fogelson et al., arXiv 2607.00913 (2026): bounded and unbounded measures; Gundlach et al., arXiv 2511.21622 (2025): small models gain less from algorithmic progress.",
    },
    legend: "Measure",
    names: [
        "Loss gap (nats per token)",
        "Benchmark gap (percentage points)",
        "Reducible-loss ratio (×)",
        "Years behind",
    ],
    measured: [
        "by the loss gap",
        "in benchmark points",
        "by the ratio of reducible losses",
        "in years behind",
    ],
    verdict: [
        "A bounded measure: it shrinks toward zero, and the meek catch up.",
        "A bounded measure: it shrinks toward zero, and the meek catch up.",
        "An unbounded measure: it keeps growing, and the frontier leads for ever.",
        "An unbounded measure: it keeps growing, and the frontier leads for ever.",
    ],
    out_start: "At the start",
    out_peak: "Largest",
    out_end: "At the horizon",
    yours: "Your scenario",
    full: "If small labs got all of the algorithmic progress",
    x_axis: "Years",
    readout: |y, v| format!("After {y} years: {v}."),
    result: |name, start, end, horizon, verdict| format!(
        "Measured {name}, the frontier's lead is {start} at the start and {end} after {horizon} years. {verdict}"
    ),
};

/// The money calculators' texts.
pub const MONEY: MoneyTexts = MoneyTexts {
    depr: DEPR,
    bill: BILL,
    fixed: FIXED,
    mix: MIX,
    progress: PROGRESS,
    chip: CHIP,
    metric: METRIC,
    unit_per_hour: "$/GPU-h",
    unit_per_million: "$/M tokens",
    unit_per_token: "$/token",
    unit_share: "share",
};
