//! The essay's headings in English. The prose itself is in `locales/essay.en.txt`.

use crate::i18n::{EssayTexts, SectionText};

pub const ESSAY: EssayTexts = EssayTexts {
    sections: [
        SectionText {
            title: "The end of “bigger is better”?",
            short: "Bigger is better?",
        },
        SectionText {
            title: "The MIT warning: diminishing returns",
            short: "Diminishing returns",
        },
        SectionText {
            title: "Giants and reality",
            short: "Giants and reality",
        },
        SectionText {
            title: "Infrastructure fever and financial risk",
            short: "Infrastructure fever",
        },
        SectionText {
            title: "Why the slope comes",
            short: "The price of the next step",
        },
        SectionText {
            title: "Reasoning models and the cost of answering",
            short: "Reasoning and inference",
        },
        SectionText {
            title: "What comes next: three directions",
            short: "Three directions",
        },
        SectionText {
            title: "The counterweights",
            short: "Counterweights",
        },
        SectionText {
            title: "Sources and method",
            short: "Sources and method",
        },
    ],
    toc: "Contents",
    toc_open: "Contents:",
    notes_title: "Notes",
    sources_title: "Sources",
    note_label: |n| format!("Note {n}"),
    note_jump: "to the notes",
    prose_failed: "The essay's text could not be loaded, so only its calculators and charts are shown. Reloading the page may help.",
};
