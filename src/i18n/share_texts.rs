//! The shape of the share, embed and download texts (see `widgets::share`).

/// Texts of the share panel under every figure and in the masthead.
#[derive(Debug, Clone, Copy)]
pub struct ShareTexts {
    /// The fold under a figure.
    pub summary: &'static str,
    /// The masthead's fold.
    pub page_summary: &'static str,
    /// Label of a figure's link field.
    pub link_label: &'static str,
    /// Label of the masthead's link field.
    pub page_link_label: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// After a copy through the clipboard or the browser's copy command.
    pub copied: &'static str,
    /// When neither worked: the text is selected for the reader to copy.
    pub copy_manual: &'static str,
    /// Heading of the embed part.
    pub embed_label: &'static str,
    /// What to do with the snippet.
    pub embed_hint: &'static str,
    /// Checkbox: the embed shows its inputs.
    pub show_inputs: &'static str,
    /// Label of the colour choice.
    pub theme: &'static str,
    /// Colour choices: the host reader's setting, light, dark.
    pub themes: [&'static str; 3],
    /// Heading of the downloads.
    pub download_label: &'static str,
    /// Download buttons: PNG, SVG, CSV.
    pub formats: [&'static str; 3],
    /// Shown when a file could not be made.
    pub download_failed: &'static str,
    /// PNG footer: before the list of inputs.
    pub inputs: &'static str,
    /// CSV header of the series column.
    pub series: &'static str,
}

/// Texts of presenter mode.
#[derive(Debug, Clone, Copy)]
pub struct PresentTexts {
    /// The button that starts it.
    pub start: &'static str,
    /// Name of the step bar.
    pub bar: &'static str,
    /// Previous step.
    pub prev: &'static str,
    /// Next step.
    pub next: &'static str,
    /// Back to the essay.
    pub exit: &'static str,
    /// "Step 3 of 24" (step, count).
    pub step: fn(usize, usize) -> String,
}

/// Texts of "guess first".
#[derive(Debug, Clone, Copy)]
pub struct GuessTexts {
    /// Heading.
    pub title: &'static str,
    /// The question.
    pub question: &'static str,
    /// Invitation to guess (covers the chart).
    pub start: &'static str,
    /// The guess input.
    pub input: super::InputText,
    /// Reveal button.
    pub reveal: &'static str,
    /// Guess again.
    pub again: &'static str,
    /// Result: the guess, the model's answer, how far off (already worded).
    pub result: fn(&str, &str, &str) -> String,
    /// How far off: the guess was this many years too soon.
    pub too_soon: fn(&str) -> String,
    /// How far off: too late.
    pub too_late: fn(&str) -> String,
    /// How far off: within a quarter year.
    pub spot_on: &'static str,
    /// No half-way time within the horizon: the guess, the horizon.
    pub no_answer: fn(&str, &str) -> String,
    /// Shown over the covered chart.
    pub covered: &'static str,
    /// The guess's mark on the chart.
    pub marker: &'static str,
}

/// Texts of the printed handout (see `handout`).
#[derive(Debug, Clone, Copy)]
pub struct HandoutTexts {
    /// The button that prints the page as a handout.
    pub button: &'static str,
    /// What the button does (its tooltip and accessible description).
    pub button_hint: &'static str,
    /// Printed above the title.
    pub kicker: &'static str,
    /// Heading of the key numbers.
    pub numbers: &'static str,
    /// Under the QR code.
    pub qr_caption: &'static str,
    /// The QR code's text alternative.
    pub qr_alt: &'static str,
    /// Heading of a section's discussion questions.
    pub questions: &'static str,
}
