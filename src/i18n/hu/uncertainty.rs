//! The uncertainty texts in Hungarian.

use crate::i18n::{BandFacts, CalcTexts, SensitivityFacts, UncertaintyTexts};
use lejto_model::ScenarioField;

fn name(f: ScenarioField) -> &'static str {
    match f {
        ScenarioField::Gi => "Az élvonal költségvetésének növekedése",
        ScenarioField::Gh => "Hardverjavulás",
        ScenarioField::Ga => "Algoritmus-javulás",
        ScenarioField::Alpha => "Az α kitevő",
        ScenarioField::Gashare => "A kis laborok része az algoritmusokból",
        ScenarioField::Meek => "A szelíd labor költségvetése",
        ScenarioField::Frontier => "Az élvonal költségvetése",
    }
}

fn in_sentence(f: ScenarioField) -> &'static str {
    match f {
        ScenarioField::Gi => "az élvonal költségvetésének növekedése",
        ScenarioField::Gh => "a hardverjavulás",
        ScenarioField::Ga => "az algoritmus-javulás",
        ScenarioField::Alpha => "az α kitevő",
        ScenarioField::Gashare => "a kis laborok része az algoritmikus fejlődésből",
        ScenarioField::Meek => "a szelíd labor költségvetése",
        ScenarioField::Frontier => "az élvonal költségvetése",
    }
}

fn halved(lo: &Option<String>, hi: &Option<String>, horizon: &str) -> String {
    match (lo, hi) {
        (Some(lo), Some(hi)) => format!("{lo} és {hi}\u{a0}év között feleződik meg"),
        (Some(lo), None) => {
            format!(
                "{lo}\u{a0}év után feleződik meg, vagy {horizon}\u{a0}éven belül egyáltalán nem"
            )
        }
        _ => format!("{horizon}\u{a0}éven belül nem feleződik meg"),
    }
}

fn band_note(f: &BandFacts) -> String {
    format!(
        "A feltevéseid köré mintavételezett {} világ {}-ában az élvonal előnye {} és {}\u{a0}év között a \
         legnagyobb, és {}.",
        f.n,
        f.level,
        f.peak.0,
        f.peak.1,
        halved(&f.half.0, &f.half.1, &f.horizon)
    )
}

fn sentence(f: &SensitivityFacts) -> String {
    let times = match &f.top_times {
        (Some(a), Some(b)) => format!("tartománya két végén {a}, illetve {b}\u{a0}év múlva feleződik meg az előny"),
        (Some(a), None) | (None, Some(a)) => format!(
            "tartománya egyik végén {a}\u{a0}év múlva feleződik meg az előny, a másikon {}\u{a0}éven belül nem",
            f.horizon
        ),
        (None, None) => format!("de {}\u{a0}éven belül egyik végén sem feleződik meg az előny", f.horizon),
    };
    format!(
        "A félidőt {} mozdítja el a legjobban: {times}. Utána {} következik, a legkevésbé pedig {} számít.",
        in_sentence(f.top),
        in_sentence(f.second),
        in_sentence(f.last)
    )
}

/// See [`UncertaintyTexts`].
pub const UNCERTAINTY: UncertaintyTexts = UncertaintyTexts {
    band_switch: "Mutasd a mintavételezett világok sávját",
    band_share: |p| format!("a világok {p}-a"),
    band_note,
    band_pending: "Világok mintavételezése a feltevéseid körül…",
    calc: CalcTexts {
        title: "Melyik feltevésen múlik a legtöbb?",
        intro: "Minden feltevés becslés, és mindegyiknek van egy hihető tartománya. A sávok azt mutatják, mennyit mozdul a csúcs és a félidő, ha egyetlen feltevés a tartománya aljáról a tetejére jut, a többi pedig marad, ahogy beállítottad.",
        chart_alt: "Sávdiagram arról, mennyit mozdít az egyes feltevések tartománya a csúcson és a félidőn.",
        columns: &[
            "Feltevés",
            "Tartomány",
            "Csúcs, alsó vég (év)",
            "Csúcs, felső vég (év)",
            "Félidő, alsó vég (év)",
            "Félidő, felső vég (év)",
        ],
        sources: "Tartományok: Cottier és mtsai. 2024 és Epoch AI 2024 (költségvetés-növekedés); Hobbhahn és Besiroglu 2022 (hardver); Ho és mtsai. 2024 (algoritmusok); Hoffmann és mtsai. 2022 és Besiroglu és mtsai. 2024 (α); a kis laborok része: a felétől az egészig, saját közelítésünk Gundlach és mtsai. 2025 alapján.",
    },
    out_top: "A legtöbb ezen múlik",
    x_axis: "Évek mostantól",
    peak: "Mikor a legnagyobb az előny",
    half: "Mikor feleződik meg",
    low_end: "A feltevés a tartománya alján",
    high_end: "A tetején",
    reader: "a te forgatókönyved",
    beyond: "később",
    name,
    in_sentence,
    sentence,
    later_than: |h| format!("{h} után"),
};
