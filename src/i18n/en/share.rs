//! Share, embed and download texts in English.

use crate::i18n::{GuessTexts, HandoutTexts, InputText, PresentTexts, ShareTexts};

/// See [`ShareTexts`].
pub const SHARE: ShareTexts = ShareTexts {
    summary: "Share, embed, download",
    page_summary: "Share",
    link_label: "Link to exactly this view",
    page_link_label: "Link to this section with your numbers",
    copy: "Copy",
    copied: "Copied.",
    copy_manual: "Selected: press Ctrl+C (⌘C on a Mac) to copy.",
    embed_label: "Embed on your site",
    embed_hint: "Paste this into your article's HTML. The frame shows this piece with the numbers you see now; the small script lets it size itself and sends nothing anywhere.",
    show_inputs: "Show the inputs",
    theme: "Colours",
    themes: ["Follow the reader's setting", "Light", "Dark"],
    download_label: "Download the chart",
    formats: ["PNG image", "SVG drawing", "CSV data"],
    download_failed: "The file could not be made in this browser.",
    inputs: "Inputs",
    series: "series",
};

/// See [`PresentTexts`].
pub const PRESENT: PresentTexts = PresentTexts {
    start: "Present",
    bar: "Presentation",
    prev: "‹ Previous",
    next: "Next ›",
    exit: "Back to the essay (Esc)",
    step: |i, n| format!("Step {i} of {n}"),
};

/// See [`GuessTexts`].
pub const GUESS: GuessTexts = GuessTexts {
    title: "Guess first",
    question: "The frontier lab's lead first grows, then melts away. How many years from now will it have shrunk to half of its largest?",
    start: "Cover the charts and guess",
    input: InputText {
        label: "Your guess",
        help: "Years from now. Drag, or type a number.",
    },
    reveal: "Show the model's answer",
    again: "Guess again",
    result: |guess, answer, how| format!("You guessed {guess} years; in the model the lead is down to half after {answer} years. {how}"),
    too_soon: |d| format!("Your guess was {d} years too soon."),
    too_late: |d| format!("Your guess was {d} years too late."),
    spot_on: "Spot on.",
    no_answer: |guess, horizon| format!("You guessed {guess} years, but with these assumptions the lead does not fall to half within {horizon} years: there is nothing to compare yet."),
    covered: "The charts of this lead stay covered until you show the answer.",
    marker: "your guess",
};

/// See [`HandoutTexts`].
pub const HANDOUT: HandoutTexts = HandoutTexts {
    button: "Handout",
    button_hint: "Print this page for a class: your numbers, every chart, questions to discuss, and a QR code that reopens this scenario",
    kicker: "Handout",
    numbers: "Your scenario in numbers",
    qr_caption: "Scan to open this scenario on a phone",
    qr_alt: "QR code of the link to this scenario",
    questions: "To discuss",
};
