//! English texts.

mod essay;
mod money;
mod share;
mod uncertainty;

use super::{
    BenchTexts, CalcTexts, ChartUiTexts, HeadlineTexts, InputText, NextStepFacts, NextStepTexts,
    ResultFacts, ScalingTexts, Texts,
};
use lejto_model::Outcome;

fn years(n: &str, value: f64) -> String {
    if value == 1.0 {
        format!("{n}\u{a0}year")
    } else {
        format!("{n}\u{a0}years")
    }
}

fn result(f: &ResultFacts) -> String {
    let late = f
        .late_halving
        .as_ref()
        .map(|y| format!(" In the long run it halves about every {y}\u{a0}years."))
        .unwrap_or_default();
    match (f.case, &f.half_t) {
        (Outcome::Hump, Some(half)) => format!(
            "With these assumptions the frontier lab's lead is largest after {}\u{a0}years, a loss gap of {}. \
             After {}\u{a0}years only half of it is left.{late}",
            f.peak_t, f.peak_gap, half
        ),
        (Outcome::ShrinksFromStart, Some(half)) => format!(
            "With these assumptions the frontier lab's lead is largest right at the start, a loss gap of {}, \
             and only shrinks from there: after {}\u{a0}years half of it is left.{late}",
            f.peak_gap, half
        ),
        (Outcome::StillGrowing, _) => format!(
            "With these assumptions the frontier lab's lead is still growing after {}\u{a0}years (a loss gap of {}). \
             Lengthen the horizon to see it turn.",
            f.horizon, f.peak_gap
        ),
        (Outcome::NoSharedProgress, _) => format!(
            "Without any shared progress in hardware or algorithms the meek model never improves, so the gap \
             never closes: after {}\u{a0}years it stands at {}.",
            f.horizon, f.peak_gap
        ),
        (Outcome::MeekAhead, _) => format!(
            "With these assumptions the meek lab is never behind: its larger budget outweighs the frontier's \
             growth for all {}\u{a0}years.",
            f.horizon
        ),
        (_, None) => format!(
            "With these assumptions the frontier lab's lead is largest after {}\u{a0}years, a loss gap of {}, \
             and it does not fall to half of that within {}\u{a0}years.",
            f.peak_t, f.peak_gap, f.horizon
        ),
    }
}

fn next_result(f: &NextStepFacts) -> String {
    let yard = match &f.yard_cut {
        Some(c) => format!(" The bill passes {} once the cut reaches {c}.", f.yard),
        None => format!(" Even the first step already costs more than {}.", f.yard),
    };
    format!(
        "Starting from {} FLOP ({}), cutting the loss by a further {} takes {} times the compute: about {}.{yard} \
         No amount of compute cuts more than {}.",
        f.compute, f.start_dollars, f.cut, f.factor, f.dollars, f.max_cut
    )
}

fn money_tick(v: f64) -> String {
    let k = v.log10().round() as i32;
    match k {
        ..=2 => format!("${}", 10f64.powi(k)),
        3..=5 => format!("${}k", 10f64.powi(k - 3)),
        6..=8 => format!("${}M", 10f64.powi(k - 6)),
        9..=11 => format!("${}bn", 10f64.powi(k - 9)),
        12..=14 => format!("${}tn", 10f64.powi(k - 12)),
        _ => format!("${}", lejto_charts::scaling::power_of_ten(v)),
    }
}

/// English.
pub static TEXTS: Texts = Texts {
    title: "Lejtő: why a modest AI budget catches up with the giants",
    kicker: "An interactive essay · the MIT “Meek Models” study",
    lead: "The largest AI models gain less and less from every extra dollar, while cheaper chips and \
           smarter algorithms lift everyone at once, so a lab that spends the same modest sum every year \
           keeps getting better models. Using the MIT researchers' own model, you can work out when the \
           giants' lead is at its widest, and when it starts to melt away.",
    skip_link: "Skip to the essay",
    lang_switch: "Language",
    lang_name: "English",
    calc_title: "When does the meek model catch up?",
    calc_intro: "Two labs train language models. The frontier lab's budget multiplies every year; the meek lab \
                 spends the same amount forever. Both get the same cheaper hardware, and the same better \
                 algorithms unless you lower the small labs' share of them (section 7). Loss (lower is \
                 better) follows the scaling law L = A·C⁻ᵅ + L₀ of the compute C each can buy.",
    gi: InputText {
        label: "Frontier budget growth",
        help: "How many times larger the frontier lab's training budget gets each year.",
    },
    gh: InputText {
        label: "Hardware gain",
        help: "Growth of computation per dollar each year, shared by everyone.",
    },
    ga: InputText {
        label: "Algorithmic gain",
        help: "How many times less compute the same result needs each year.",
    },
    meek: InputText {
        label: "Meek lab's budget",
        help: "Fixed for ever, in dollars.",
    },
    frontier: InputText {
        label: "Frontier lab's starting budget",
        help: "In dollars, in year 0; it then grows as set above.",
    },
    alpha: InputText {
        label: "Scaling exponent α",
        help: "How quickly loss falls with compute.",
    },
    horizon: InputText {
        label: "Horizon",
        help: "How many years to look ahead.",
    },
    gashare: InputText {
        label: "Small labs' share of algorithmic progress",
        help: "1 means small labs get all of the algorithmic gain, as the paper assumes; yet much of it shows only in large models.",
    },
    alpha_effect: |pct| format!("At this α each tenfold increase in compute cuts the reducible loss by {pct}."),
    unit_per_year: "×/yr",
    unit_years: "years",
    unit_dollars: "dollars",
    per_year: |n| format!("{n}× per year"),
    years,
    after_years: years,
    dollars: |n| format!("${n}"),
    field_error: |min, max| format!("Enter a number from {min} to {max}."),
    assumptions: "Assumptions",
    presets: "Scenarios",
    preset_paper: "The paper's defaults",
    preset_no_algo: "No algorithmic progress",
    preset_fast: "Frontier budget 5× a year",
    preset_today: "Today-like start",
    preset_paper_source: "Gundlach, Lynch & Thompson 2025, Figure 1",
    preset_no_algo_source: "Algorithmic gain set to 1× a year; everything else as in the paper",
    preset_fast_source: "Epoch AI's 4–5× yearly growth applied to the budget itself",
    preset_today_source: "Frontier run $100 million, meek lab $1000",
    out_peak_t: "The lead peaks after",
    out_peak_gap: "Largest loss gap",
    out_half_t: "Gap down to half after",
    never_ahead: "the frontier is never ahead",
    not_within: |h| format!("not within {h}\u{a0}years"),
    loss_unit: "nats/token",
    result,
    chart_x: "Years from the start",
    chart_loss: "Loss",
    chart_gap_axis: "Gap ΔL",
    chart_frontier: "Frontier lab",
    chart_meek: "Meek lab",
    chart_peak: "peak",
    chart_half: "half",
    chart_alt: "Chart of the frontier and meek labs' loss and the gap between them over the years.",
    chart_failed: "The chart could not be drawn. The numbers above are still correct.",
    url_rejected: |key, raw, default| {
        format!("The link's value for “{key}” (“{raw}”) cannot be used; the default {default} is shown instead.")
    },
    url_bad_choice: |what, raw, options| {
        let (last, rest) = options.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
        let list = if rest.is_empty() { last.to_string() } else { format!("{} and {last}", rest.join(", ")) };
        format!("The link asks for {what} “{raw}”; only {list} exist.")
    },
    url_choice_what: |key| match key {
        "lang" => "language",
        "fit" => "the fit",
        "yard" => "the yardstick",
        "metric" => "the measure",
        "band" => "the uncertainty band",
        _ => "the setting",
    },
    share: share::SHARE,
    uncertainty: uncertainty::UNCERTAINTY,
    present: share::PRESENT,
    guess: share::GUESS,
    handout: share::HANDOUT,
    url_newer_version: |v| format!("The link was made by a newer version of this page (link version {v}); it is read as far as this version can, and anything it does not know is left out."),
    url_bad_lock: |raw| format!("The link asks to lock “{raw}”, which is no input of this page."),
    url_bad_hide: |raw| format!("The link asks to hide “{raw}”, which is no section or figure of this page."),
    locked_note: "Fixed by your teacher for this lesson.",
    url_bad_version: |raw| format!("The link's version “{raw}” is not a version number; it is read as a link of the current version."),
    url_bad_embed: |raw| format!("The link asks to embed “{raw}”, which does not exist; here is the whole essay."),
    embed_back: "Open in the full essay (Lejtő) ↗",
    scaling: ScalingTexts {
        title: "What does the next tenfold buy?",
        intro: "DeepMind's Chinchilla study measured how a language model's loss falls with its size N and the \
                amount of text D it trains on. For a compute budget C ≈ 6·N·D there is one best split between \
                the two, and every further tenfold of compute buys a smaller drop in loss than the one before.",
        compute: InputText {
            label: "Training compute",
            help: "Floating-point operations spent on training.",
        },
        dollars: InputText {
            label: "The same budget in dollars",
            help: "At the compute per dollar below.",
        },
        fpd: InputText {
            label: "Compute per dollar",
            help: "The default is an H100 rented at $2 an hour, running at 40% utilisation.",
        },
        fit_legend: "Scaling-law fit",
        fit_epoch: "Epoch's refit (Besiroglu et al. 2024)",
        fit_hoffmann: "Chinchilla original (Hoffmann et al. 2022)",
        out_params: "Compute-optimal size",
        out_tokens: "Training data",
        out_loss: "Predicted loss",
        out_drop: "The next 10× cuts loss by",
        staircase: "What each further tenfold buys",
        step: |times, drop| format!("{times} the compute: −{drop}"),
        params: |n| format!("{n} parameters"),
        tokens: |n| format!("{n} tokens"),
        unit_flop: "FLOP",
        unit_fpd: "FLOP/$",
        chart_x: "Training compute (FLOP, log scale)",
        chart_y: "Loss",
        chart_reader: "your budget",
        chart_alt: "Chart of the compute-optimal loss against training compute, with your budget and GPT-4, \
                    DeepSeek-V3 and Llama 3.1 405B marked.",
        sources: "Sources:",
        result: |f| {
            format!(
                "With {} FLOP ({}), the best model has {} parameters and trains on {} tokens; its predicted \
                 loss is {}. Ten times the compute would lower that by {}, the tenfold after that by only {}.",
                f.compute, f.dollars, f.params, f.tokens, f.loss, f.drop1, f.drop2
            )
        },
        readout: |c, l, n| format!("At {c} FLOP: loss {l}, with {n} parameters."),
        columns: ["Compute (FLOP)", "Parameters", "Tokens", "Loss"],
    },
    essay: essay::ESSAY,
    chart_ui: ChartUiTexts {
        data_table: "Show the numbers as a table",
        readout_hint: "Point at the chart (or tap it) to read off values.",
    },
    headline: HeadlineTexts {
        title: "Frontier and meek labs, year by year",
        year: InputText {
            label: "Year",
            help: "Years from the start; opens at the year the lead peaks.",
        },
        frontier_loss: "Frontier loss",
        meek_loss: "Meek loss",
        gap: "Gap",
        behind: "Meek lab behind by (years)",
        readout: |y, f, m, g| {
            format!("Year {y}: the frontier model's loss is {f}, the meek model's {m}; the gap is {g}.")
        },
        columns: ["Year", "Frontier loss", "Meek loss", "Gap ΔL"],
    },
    bench: BenchTexts {
        title: "The same race in benchmark points and in years",
        steps_legend: "Steps per task",
        steps_choice: |p| if p == 1 { "1 step (a single question)".into() } else { format!("{p} steps") },
        out_peak_t: "Points gap peaks after",
        out_peak_gap: "Largest gap in points",
        out_behind: |h| format!("Meek lab behind after {h}\u{a0}years"),
        points: |n| format!("{n}\u{a0}points"),
        panel_loss: "Loss gap",
        panel_bench: "Gap, points",
        panel_behind: "Years behind",
        x_axis: "Years from the start",
        peak: "peak",
        result: |t, pts, gap, behind, h| {
            format!(
                "Measured in benchmark points the gap is largest after {t}\u{a0}years, at {pts}\u{a0}percentage points. \
                 After {h}\u{a0}years the loss gap is down to {gap}, yet the meek lab is {behind}\u{a0}years behind."
            )
        },
        never: "Without shared progress the meek model never improves, so it falls further behind every year.",
        chart_alt: "Three panels over the years: the loss gap, the gap in benchmark points, and how many years the meek lab trails.",
        columns: ["Year", "Loss gap", "Gap (points)", "Years behind"],
        readout: |y, g, p, b| format!("Year {y}: loss gap {g}, {p} points, {b} years behind."),
        vs_caption: "DeepSeek-V3 and GPT-4, from reported figures",
        vs_rows: ["Training compute", "Cost of the run", "Compute per dollar", "Predicted loss (chosen fit)"],
        vs_result: "GPT-4 used {flop-ratio} times the compute of DeepSeek-V3 at {cost-ratio} times the cost; \
                    DeepSeek got {fpd-ratio} times more compute per dollar, worth {fpd-years} years of hardware \
                    progress at your rate. The predicted losses differ by {ds-gap}.",
    },
    next: NextStepTexts {
        calc: CalcTexts {
            title: "What does the next step cost?",
            intro: "From a frontier model's training compute, the compute and money needed to lower its loss by a \
                further few percent. The law is the chosen fit's compute-optimal loss, the curve of the \
                scaling-law calculator.",
            chart_alt: "Chart of the price of a further cut in loss, on a log scale, against the size of the cut.",
            columns: &["Cut", "Compute needed (× today's)", "Price"],
            sources: "Yardsticks:",
        },
        cut: InputText {
            label: "Further cut in loss",
            help: "How much lower the loss should be, as a share of today's loss.",
        },
        yard_legend: "Compare the bill with",
        yard_name: |k| match k {
            "msft" => "Microsoft's yearly revenue",
            "us-gdp" => "the US economy's yearly output",
            _ => "Hungary's yearly GDP",
        },
        out_factor: "Compute needed",
        out_dollars: "Price",
        out_max: "Largest possible cut",
        out_yard_cut: "Cut beyond the yardstick",
        times: |n| format!("{n}× today's"),
        impossible: "out of reach",
        already_beyond: "already at the start",
        x_axis: "Further cut in loss (%)",
        y_axis: "Price of the training run (log scale)",
        floor: "floor",
        beyond: "beyond the plausible",
        reader: "your cut",
        result: next_result,
        result_impossible: |cut, most| {
            format!(
                "A further cut of {cut} is out of reach: the loss cannot fall below the floor, so from this \
                 budget no amount of compute cuts more than {most}."
            )
        },
        readout: |c, d| format!("A cut of {c} costs {d}."),
        money_tick,
    },
    reset: "Reset",
    more_assumptions: "More assumptions",
    formulas: crate::i18n::FormulaTexts {
        title: "The formulas, with your values",
        names: [
            "E1: the meek lab's loss at the start",
            "E2, E3: the frontier's effective compute at the horizon (FLOP)",
            "E2, E3: the meek lab's effective compute at the horizon (FLOP)",
            "E5: the year the loss gap peaks",
            "Late decay: years for the gap to halve",
            "Years behind at the horizon",
            "Chinchilla: compute-optimal loss at your budget",
            "Depreciation per year",
            "The large reasoning model's yearly bill",
            "Fixed-price variant: equivalent training compute at the start (FLOP)",
            "Mix: cost per answer",
            "New chip: factor on every loss gap",
        ],
    },
    money: money::MONEY,
    scaling_presets: "Budgets of known models",
    url_notice_title: "Part of the link was ignored",
    dismiss: "Dismiss",
    footer_source: "Model: H. Gundlach, J. Lynch, N. Thompson, “Meek Models Shall Inherit the Earth”, arXiv 2507.07931 (2025).",
    footer_about: "No cookies, no trackers. Every number on this page is computed in your browser.",
};
