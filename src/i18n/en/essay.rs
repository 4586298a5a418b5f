//! The essay in English: our own retelling of the article and the study behind it.
//! Markup: `{key}` computed numbers (essay::facts), `[^id]` notes, `*em*`, `> ` quotes, `### `.

use crate::i18n::{EssayTexts, SectionText};

const OPENING: SectionText = SectionText {
    title: "The end of “bigger is better”?",
    short: "Bigger is better?",
    parts: &[
        &[
            "For ten years the recipe for better AI was almost embarrassingly simple: more data, a bigger \
             model, a longer training run. A study from MIT argues that the recipe is running into its own \
             arithmetic.[^study] The largest models will keep improving, but every extra dollar buys less, \
             while two kinds of progress that everyone shares, cheaper chips and smarter training methods, \
             keep lifting the smaller players too.",
            "The authors, Hans Gundlach, Jayson Lynch and Neil Thompson, call those smaller players *meek*: \
             labs that spend the same modest sum year after year. Their model is simple enough to run in \
             your browser. Here a frontier lab multiplies its training budget by {gi} every year, while a \
             meek lab never spends more than it did on day one. Both get hardware that does {gh} times more \
             per dollar each year, and algorithms that need {ga} times less compute for the same result.",
            "Drag the year, or point at the chart, and follow the two curves. Money still buys progress, so \
             the frontier lab pulls ahead at first. But its lead is at its widest after {peak-t} years, a \
             loss gap of {peak-gap},[^loss] and then it melts away: in the long run it halves about every \
             {late-halving} years.",
        ],
        &[
            "That is the headline claim, and the rest of this essay puts it to the test. Why do the returns \
             shrink? Does a closing gap in loss mean the small models really catch up, or only that the \
             yardstick stops showing the difference? And what does the next step cost the giants? Every \
             number in these paragraphs is computed from the assumptions you set. Change one anywhere, and \
             the charts and the text follow.",
        ],
    ],
};

const WARNING: SectionText = SectionText {
    title: "The MIT warning: diminishing returns",
    short: "Diminishing returns",
    parts: &[
        &[
            "The warning rests on a regularity that has held for years: a language model's loss falls as a \
             power of the compute spent on training it. DeepMind fitted that law in its 2022 Chinchilla \
             study, and a replication by Epoch AI later corrected the numbers.[^fits] A power law has a harsh \
             side. Every tenfold increase in compute removes the same *share* of what is left to gain, so \
             the improvement bought by each new tenfold keeps getting smaller.",
            "In the study's one-line version of the law, each tenfold of compute cuts the reducible part of \
             the loss by {tenfold-cut}. Reducible, because there is a floor no amount of compute gets below: \
             the uncertainty that is in language itself.",
        ],
        &[
            "Take the budget set above: {compute} FLOP, about {dollars} at today's rental prices (by default, \
             the estimated training compute of GPT-4). The best model for it has about {n-opt} parameters \
             and reads {d-opt} tokens, and its predicted loss is {loss-opt}. A budget ten times larger lowers \
             that by {next10x-drop}; the tenfold after that by just {drop2}.",
            "Which fit you choose matters for more than the third decimal. Taken literally, the original \
             Chinchilla parameters ask for {tpp-lo} training tokens per parameter at 10²¹ FLOP but {tpp-hi} at \
             10²⁷, a drift nobody sees in practice; at your budget the chosen fit gives {tokens-per-param}, \
             close to the rule of thumb of twenty that the refit keeps.[^drift]",
            "This is what Thompson means when he says that the era of “the bigger, the better” cannot last \
             for ever: not that scaling stops working, but that it works at an ever steeper price. Gundlach \
             adds that the squeeze will show first in reasoning models, which burn much of their compute \
             while answering rather than while learning, and whose running costs keep rising.",
        ],
    ],
};

const GIANTS: SectionText = SectionText {
    title: "Giants and reality",
    short: "Giants and reality",
    parts: &[
        &[
            "Today the frontier belongs to a handful of companies that can spend hundreds of millions of \
             dollars on a single training run, while university labs work with a sliver of that. The MIT \
             model does not deny the gap. It asks what happens to it over time, when one side's budget grows \
             and the other's stays put.",
            "The answer depends on a few assumptions, and you can change every one of them here. They are \
             shared by the whole essay: the opening chart and every sentence that uses them follow what you \
             set.",
        ],
        &[
            "With these assumptions the frontier lab's lead in loss is largest after {peak-t} years \
             ({peak-gap}), and by the end of the {horizon}-year window it is down to {gap-h}, {gap-h-share} \
             of its peak.",
            "### Loss is not what users see",
            "Nobody picks a chatbot by its loss. So the authors translate loss into a benchmark score, with a \
             curve they fitted to thirty models whose size, training data and MMLU results are known.[^mmlu] \
             Real work often chains several steps, each of which must succeed, so small differences in \
             accuracy compound. Choose how many steps a task has: for {steps}-step tasks the gap in points \
             is largest after {mmlu-peak-t} years, at {mmlu-peak-gap} percentage points.",
        ],
        &[
            "### Two truths at once",
            "The lowest panel shows a third measure: how many years the meek lab trails, that is, how long \
             it takes to reach a loss the frontier had already reached. At the peak of the loss gap the meek \
             lab is {behind-peak} years behind; after {horizon} years it is {behind-h} years behind. The gap \
             in loss closes while the lag in years keeps growing. Both are true, and which one matters \
             depends on the question: for someone who needs a good enough model, the closing gap is the \
             news; in a race to be first, the lag is.[^metrics]",
            "### DeepSeek: how much cheaper, really?",
            "At the start of 2025 the Chinese lab DeepSeek showed that a competitive model could be trained \
             for a fraction of what its American rivals spend, a sobering moment for an industry used to \
             scaling by brute force. The reported figures let us check what kind of saving it was.[^ds]",
        ],
        &[
            "Most of the difference is that DeepSeek simply ran a smaller training job: {flop-ratio} times \
             less compute than GPT-4. For each unit of compute it paid {fpd-ratio} times less, about what \
             {fpd-years} years of hardware progress give at the rate you set. What is left of the story is \
             the study's point: cheaper compute and better methods lift everyone, and GPT-4's extra compute \
             buys a predicted loss only {ds-gap} lower.",
        ],
    ],
};

const INFRASTRUCTURE: SectionText = SectionText {
    title: "Infrastructure fever and financial risk",
    short: "Infrastructure fever",
    parts: &[&[
        "Meanwhile the industry is pouring hundreds of billions of dollars into data centres and chips, and \
         the graphics processors inside them age fast. This section will let you test whether that spending \
         can pay for itself before the hardware is worth little.",
    ]],
};

const SLOPE: SectionText = SectionText {
    title: "Why the slope comes",
    short: "The price of the next step",
    parts: &[
        &[
            "The recipe of the last decade, more data, a bigger model and a longer run, delivered spectacular \
             results. The power law explains why it cannot keep doing so at the same price: close to the \
             floor, each further improvement needs many times more compute than the one before.",
            "The calculator starts from the budget of the scaling-law calculator and asks what a further cut \
             in loss costs. At {compute} FLOP the whole reducible part of the loss is only {max-cut} of it: \
             the most that any amount of compute could ever remove under this law.",
        ],
        &[
            "Cutting the loss by a further {cut} takes {cut-factor} times the compute, about {cut-dollars}. \
             Past a cut of {yard-cut} the bill is larger than the yardstick you chose ({yard-dollars}): that \
             is where the projection leaves the plausible.",
            "The same arithmetic shows up over time. Extrapolate the paper's frontier lab, whose budget \
             grows {gi} times a year from {frontier}: fifteen years on, a single training run would cost \
             {budget-15y}. Long before that, the frontier has to slow down, which only speeds up the \
             catch-up.[^plausible]",
            "That is why the authors expect the emphasis to move from quantity to quality: training methods \
             and architectures that get more out of the same compute. Thompson's advice, as WIRED reported \
             it, is to spend some of the training money on more efficient algorithms.[^quote]",
        ],
    ],
};

const INFERENCE: SectionText = SectionText {
    title: "Reasoning models and the cost of answering",
    short: "Reasoning and inference",
    parts: &[&[
        "Reasoning models think at length before they answer, so their running costs grow even as the price \
         of each token falls. This section will put numbers on that bill.",
    ]],
};

const NEXT: SectionText = SectionText {
    title: "What comes next: three directions",
    short: "Three directions",
    parts: &[&[
        "The researchers see three ways forward: large and small models working together, better \
         algorithms, and new kinds of hardware. This section will let you weigh each of them.",
    ]],
};

const COUNTERWEIGHTS: SectionText = SectionText {
    title: "The counterweights",
    short: "Counterweights",
    parts: &[&[
        "An honest essay also shows where the argument is weakest: measures that never stop growing, and \
         small models that gain less from algorithmic progress than large ones. This section will put those \
         limits next to your scenario.",
    ]],
};

const SOURCES: SectionText = SectionText {
    title: "Sources and method",
    short: "Sources and method",
    parts: &[&[
        "Every number on this page is computed in your browser from the formulas of the study and the \
         sources below; nothing is fetched from anywhere else. The notes are numbered as in the text.",
    ]],
};

/// The English essay.
pub const ESSAY: EssayTexts = EssayTexts {
    sections: [
        OPENING,
        WARNING,
        GIANTS,
        INFRASTRUCTURE,
        SLOPE,
        INFERENCE,
        NEXT,
        COUNTERWEIGHTS,
        SOURCES,
    ],
    notes: &[
        (
            "study",
            "H. Gundlach, J. Lynch, N. Thompson: “Meek Models Shall Inherit the Earth”, arXiv 2507.07931 \
             (2025). The calculators use the parameters of the authors' public notebook, which draws the \
             paper's figures. Years count from the moment the meek lab spends {meek} and the frontier lab \
             {frontier}; the paper names no calendar year.",
        ),
        (
            "loss",
            "Loss measures how surprised a model is, on average, by the next piece of text (cross-entropy, in \
             nats per token); lower is better. The study's law is L = A·C⁻ᵅ + L₀ with A = 1070 and L₀ = 1.7, \
             Chinchilla's fit reduced to one variable; α is one of your assumptions.",
        ),
        (
            "fits",
            "Hoffmann et al. 2022 (arXiv 2203.15556), approach 3; Besiroglu et al. 2024 (arXiv 2404.10102) \
             refitted the same data and found the published parameters inconsistent with the paper's own \
             results.",
        ),
        (
            "drift",
            "The ratio of tokens to parameters at the optimum depends on the two exponents of the fit. In the \
             rounded original they differ enough for the ratio to drift with the budget; the refit's are \
             close to each other, so the ratio stays near twenty.",
        ),
        (
            "mmlu",
            "MMLU asks four-choice questions in 57 subjects, so guessing scores 25 %. The authors' map from \
             loss to MMLU is a logistic curve that rises from chance to about 81 %. A task of p independent \
             steps succeeds with probability MMLU to the power p.",
        ),
        (
            "metrics",
            "Fogelson, Brown, Gundlach, Lynch and Thompson (arXiv 2607.00913, 2026) show that in this model \
             bounded measures such as accuracy always converge, while measures that keep growing with the \
             logarithm of compute, years of progress among them, can let the frontier lead for ever.",
        ),
        (
            "ds",
            "DeepSeek's {ds-cost} covers only the final training run (2.788 million H800 GPU-hours at $2 an \
             hour), not experiments, staff or the cluster itself. GPT-4's {gpt4-cost} is the Stanford AI \
             Index's estimate of what its training compute would cost to rent. DeepSeek-V3 is a mixture of \
             experts that uses 37 billion of its 671 billion parameters for each token, so a law fitted to \
             dense models describes it only roughly.",
        ),
        (
            "plausible",
            "The yardsticks: Hungary's GDP from the IMF World Economic Outlook (April 2024), US GDP in 2024 \
             from the Bureau of Economic Analysis, Microsoft's revenue from its 2025 annual report. The \
             study's own dollar figures are abstract: its labs start at $1000, at a deliberately \
             conservative 10¹⁷ FLOP per dollar.",
        ),
        (
            "quote",
            "WIRED, Will Knight, 15 October 2025. The Hungarian article has Thompson asking for *at least as \
             much* investment in efficient algorithms as in training; in the English interview he asks for \
             some of the training money, which is less.",
        ),
    ],
    toc: "Contents",
    toc_open: "Contents:",
    notes_title: "Notes",
    sources_title: "Sources",
    note_label: |n| format!("Note {n}"),
    note_jump: "to the notes",
    coming: "The calculator for this section is being built.",
};
