//! English texts.

use super::{InputText, ResultFacts, ScalingTexts, Texts};
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

/// English.
pub static TEXTS: Texts = Texts {
    title: "Lejtő: why small AI models catch up",
    kicker: "An interactive essay · the MIT “Meek Models” study",
    lead: "The largest AI models gain less and less from every extra dollar, while cheaper chips and \
           smarter algorithms lift everyone at once. Using the MIT researchers' own model, you can work out \
           when the giants' lead is at its widest, and when it starts to melt away.",
    skip_link: "Skip to the calculators",
    lang_switch: "Language",
    lang_name: "English",
    calc_title: "When does the meek model catch up?",
    calc_intro: "Two labs train language models. The frontier lab's budget multiplies every year; the meek lab \
                 spends the same amount forever. Both get the same cheaper hardware and better algorithms. \
                 Loss (lower is better) follows the scaling law L = A·C⁻ᵅ + L₀ of the compute C each can buy.",
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
    url_bad_lang: |raw| format!("The link asks for language “{raw}”; only hu and en exist."),
    url_bad_fit: |raw| format!("The link asks for the fit “{raw}”; only epoch and hoffmann exist."),
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
            help: "The default is an H100 rented at $2 an hour, running at 40 % utilisation.",
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
    },
    url_notice_title: "Part of the link was ignored",
    dismiss: "Dismiss",
    footer_source: "Model: H. Gundlach, J. Lynch, N. Thompson, “Meek Models Shall Inherit the Earth”, arXiv 2507.07931 (2025).",
    footer_about: "No cookies, no trackers. Every number on this page is computed in your browser.",
};
