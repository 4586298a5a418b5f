//! Share, embed and download texts in English.

use crate::i18n::{PresentTexts, ShareTexts};

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
