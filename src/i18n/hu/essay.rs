//! The essay's headings in Hungarian. The prose itself is in `locales/essay.hu.txt`.

use crate::i18n::{EssayTexts, SectionText};

pub const ESSAY: EssayTexts = EssayTexts {
    sections: [
        SectionText {
            title: "Vége a „minél nagyobb, annál jobb” korszaknak?",
            short: "Minél nagyobb, annál jobb?",
        },
        SectionText {
            title: "Az MIT figyelmeztetése: csökkenő hozadék",
            short: "Csökkenő hozadék",
        },
        SectionText {
            title: "Az óriások és a valóság",
            short: "Óriások és valóság",
        },
        SectionText {
            title: "Infrastruktúra-láz és pénzügyi kockázat",
            short: "Infrastruktúra-láz",
        },
        SectionText {
            title: "Miért jön a lejtő?",
            short: "A következő lépés ára",
        },
        SectionText {
            title: "Érvelő modellek és a válaszadás ára",
            short: "Érvelés és inferencia",
        },
        SectionText {
            title: "Mi jön ezután? Három irány",
            short: "Három irány",
        },
        SectionText {
            title: "Az ellensúlyok",
            short: "Ellensúlyok",
        },
        SectionText {
            title: "Források és módszer",
            short: "Források és módszer",
        },
    ],
    toc: "Tartalom",
    toc_open: "Tartalom:",
    notes_title: "Jegyzetek",
    sources_title: "Források",
    note_label: |n| format!("{n}. jegyzet"),
    note_jump: "a jegyzetekhez",
    prose_failed: "Az esszé szövegét nem sikerült betölteni, ezért csak a kalkulátorok és az ábrák látszanak. Az oldal újratöltése segíthet.",
};
