//! Browser tests (wasm-bindgen-test in headless Chromium) for what needs a real browser:
//! `Intl` number formatting and the browser's URL parsing.

use lejto::format::{self, Style};
use lejto::i18n::Lang;
use lejto::url_state::{self, Fallback, Notice};
use lejto_model::Scenario;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn numbers_follow_the_language() {
    // Hungarian groups with a (narrow) no-break space and uses a decimal comma.
    let hu = format::fraction(Lang::Hu, 12_345.5, 1);
    assert_eq!(hu.replace(['\u{a0}', '\u{202f}'], " "), "12 345,5");
    assert_eq!(format::fraction(Lang::En, 12_345.5, 1), "12,345.5");
    assert_eq!(
        format::number(Lang::Hu, 0.2117, Style::Significant(3)),
        "0,212"
    );
    assert_eq!(
        format::number(Lang::En, f64::NAN, Style::Significant(3)),
        "–"
    );
}

/// Chromium's `Intl.NumberFormat` output (tests/format_cases.tsv), which the native stand-in in
/// src/format.rs also meets.
#[wasm_bindgen_test]
fn intl_formats_the_shared_cases() {
    let (rows, wrong) = format::shared_cases_differing();
    assert!(rows > 50, "only {rows} cases read");
    assert!(wrong.is_empty(), "Intl differs:\n{}", wrong.join("\n"));
}

#[wasm_bindgen_test]
fn dollars_read_naturally() {
    assert_eq!(format::dollars(Lang::En, 1000.0), "$1,000");
    assert_eq!(format::dollars(Lang::En, 1e8), "$100 million");
    assert_eq!(format::dollars(Lang::Hu, 1e8), "100 millió dollár");
    // The same in src/format.rs's native tests.
    assert_eq!(format::dollars(Lang::En, 2.5), "$2.50");
    assert_eq!(format::dollars(Lang::En, 12.0), "$12");
    assert_eq!(format::dollars(Lang::En, 0.000_512_34), "$0.000512");
    assert_eq!(format::dollars(Lang::En, 999_999.5), "$1,000,000");
}

#[wasm_bindgen_test]
fn typed_numbers_are_read_in_the_readers_convention() {
    let spec = lejto_model::ScenarioField::Meek.spec();
    let en = format::normalise_typed(Lang::En, "1,000,000");
    assert_eq!(spec.parse(&en), Ok(1e6));
    let hu = format::fraction(Lang::Hu, 1e6, 0);
    assert_eq!(spec.parse(&format::normalise_typed(Lang::Hu, &hu)), Ok(1e6));
}

#[wasm_bindgen_test]
fn url_values_fall_back_with_notices() {
    let initial = url_state::parse(
        "?alpha=abc&gi=-3&meek=1e400&ga=2.5&lang=xx&foo=bar&fit=kaplan&yard=moon&steps=4&cut=3,5&metric=nines&life=0&v=x&lock=gi,nope&hide=nowhere",
    );
    let d = Scenario::default();
    assert_eq!(initial.values.scenario, Scenario { ga: 2.5, ..d });
    assert_eq!(initial.lang, None);
    let keys: Vec<String> = initial
        .notices
        .iter()
        .map(|Notice { key, raw, .. }| format!("{key}={raw}"))
        .collect();
    assert_eq!(
        keys,
        [
            "alpha=abc",
            "gi=-3",
            "meek=1e400",
            "steps=4",
            "life=0",
            "v=x",
            "lang=xx",
            "fit=kaplan",
            "yard=moon",
            "metric=nines",
            "lock=nope",
            "hide=nowhere"
        ]
    );
    // What each does instead: a number's default, a choice's options, a list's name left out.
    let fallback = |key: &str| {
        initial
            .notices
            .iter()
            .find(|n| n.key == key)
            .map(|n| n.fallback.clone())
    };
    assert_eq!(
        fallback("steps"),
        Some(Fallback::Default(lejto_model::benchmark::STEPS.default))
    );
    assert_eq!(
        fallback("fit"),
        Some(Fallback::Options(
            lejto_model::chinchilla::FITS
                .iter()
                .map(|f| f.key)
                .collect()
        ))
    );
    assert_eq!(fallback("lock"), Some(Fallback::Skipped));
    assert_eq!(
        fallback("v"),
        Some(Fallback::CurrentVersion { newer: false })
    );
    assert_eq!(initial.values.steps, 1);
    assert_eq!(initial.values.cut, 3.5);
}

#[wasm_bindgen_test]
fn percent_encoded_links_decode() {
    let initial = url_state::parse("?meek=1%2E5e3&lang=EN");
    assert_eq!(initial.values.scenario.meek, 1500.0);
    assert_eq!(initial.lang, Some(Lang::En));
}

#[wasm_bindgen_test]
fn scientific_notation_reads_and_round_trips() {
    assert_eq!(format::scientific(Lang::En, 2.1e25), "2.1\u{a0}×\u{a0}10²⁵");
    assert_eq!(format::scientific(Lang::Hu, 2.1e25), "2,1\u{a0}×\u{a0}10²⁵");
    let spec = lejto_model::chinchilla::COMPUTE;
    for lang in Lang::ALL {
        let typed = format::scientific_field(lang, 3.3e24);
        assert_eq!(
            spec.parse(&format::normalise_typed(lang, &typed)),
            Ok(3.3e24),
            "{typed}"
        );
    }
    assert_eq!(format::scientific_field(Lang::En, 9.999e24), "1e25");
}
