//! Numbers for readers, formatted by the browser's own `Intl.NumberFormat`, so Hungarian reads
//! `1 000,5` and English `1,000.5` without shipping locale data in the bundle.

use crate::i18n::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// How a number is rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// At most this many fraction digits (and no fewer than that when `fixed`).
    Fraction {
        /// Maximum fraction digits.
        max: u8,
        /// Pad to `max` digits.
        fixed: bool,
    },
    /// This many significant digits.
    Significant(u8),
    /// Compact long notation ("100 million", "100 millió").
    CompactLong,
    /// Percent with at most one fraction digit.
    Percent,
}

thread_local! {
    // Building an Intl.NumberFormat costs far more than using one; charts format dozens of ticks.
    static CACHE: RefCell<HashMap<(Lang, Style), Intl::NumberFormat>> = RefCell::new(HashMap::new());
}

fn options(style: Style) -> Object {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    match style {
        Style::Fraction { max, fixed } => {
            set("maximumFractionDigits", max.into());
            set("minimumFractionDigits", if fixed { max } else { 0 }.into());
        }
        Style::Significant(n) => {
            set("maximumSignificantDigits", n.into());
        }
        Style::CompactLong => {
            set("notation", "compact".into());
            set("compactDisplay", "long".into());
            set("maximumSignificantDigits", 3u8.into());
        }
        Style::Percent => {
            set("style", "percent".into());
            set("maximumFractionDigits", 1u8.into());
        }
    }
    o
}

/// Formats `value` for `lang`. Non-finite values (which the model never yields) become "–".
pub fn number(lang: Lang, value: f64, style: Style) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    // Native tests (the scenario grid renders every sentence of the prose) have no browser.
    if !cfg!(target_arch = "wasm32") {
        return native::number(lang, value, style);
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let nf = cache.entry((lang, style)).or_insert_with(|| {
            let locales = Array::of1(&JsValue::from_str(lang.code()));
            Intl::NumberFormat::new(&locales, &options(style))
        });
        nf.format()
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| value.to_string())
    })
}

/// Reads a decimal number the way Rust's `str::parse::<f64>` does (`"2.5"`, `"-1e8"`, `".5"`),
/// with the browser's `Number()`: the bundle then carries no float-parsing tables (≈ 20 KB).
/// `None` for anything else, including the forms `Number()` alone would take (`""`, `"0x10"`).
pub fn parse_number(text: &str) -> Option<f64> {
    let plain = !text.is_empty()
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '+' | '-' | 'e' | 'E'));
    if !plain {
        return None;
    }
    // js-sys's FromStr for Number is the JS constructor, `new Number(text)`.
    let v = text.parse::<js_sys::Number>().ok()?.value_of();
    (!v.is_nan()).then_some(v)
}

/// At most `max` fraction digits.
pub fn fraction(lang: Lang, value: f64, max: u8) -> String {
    number(lang, value, Style::Fraction { max, fixed: false })
}

/// Dollars: three significant digits below a cent ("$0.0005"), cents below $100 ("$2.50",
/// "$12"), grouped digits below a
/// million, compact words above ("$100 million").
pub fn dollars(lang: Lang, value: f64) -> String {
    // Past a thousand trillion, words stop helping ("1,000,000 trillion"): powers of ten read better.
    let n = if value.abs() >= 1e15 {
        scientific(lang, value)
    } else if value.abs() >= 1e6 {
        number(lang, value, Style::CompactLong)
    } else if value.abs() < 0.01 {
        // Prices per answer or per token: below a cent, significant digits matter.
        number(lang, value, Style::Significant(3))
    } else if value.abs() < 100.0 {
        // Prices per hour: to the cent.
        number(
            lang,
            value,
            Style::Fraction {
                max: 2,
                fixed: value.fract() != 0.0,
            },
        )
    } else {
        number(
            lang,
            value,
            Style::Fraction {
                max: 0,
                fixed: false,
            },
        )
    };
    (lang.texts().dollars)(&n)
}

/// Turns what a reader typed into the text `ParamSpec::parse` expects: English uses commas to
/// group thousands, so they are dropped; Hungarian uses the comma as the decimal mark, which
/// `parse` already accepts.
pub fn normalise_typed(lang: Lang, typed: &str) -> String {
    match lang {
        Lang::En => typed.replace(',', ""),
        Lang::Hu => typed.to_string(),
    }
}

/// Splits `value` into a mantissa in [1, 10) and a power of ten.
fn mantissa_exponent(value: f64) -> (f64, i32) {
    let k = value.abs().log10().floor() as i32;
    let m = value / 10f64.powi(k);
    // 9.996 rounds to "10.0": carry into the exponent instead.
    if m.abs() >= 9.995 {
        (m / 10.0, k + 1)
    } else {
        (m, k)
    }
}

/// Scientific notation for readers: `2.1 × 10²⁵` (`2,1 × 10²⁵` in Hungarian).
pub fn scientific(lang: Lang, value: f64) -> String {
    if !(value.is_finite() && value > 0.0) {
        return number(lang, value, Style::Significant(3));
    }
    let (m, k) = mantissa_exponent(value);
    format!(
        "{}\u{a0}×\u{a0}{}",
        fraction(lang, m, 2),
        lejto_charts::scaling::power_of_ten(10f64.powi(k))
    )
}

/// Scientific notation a reader can type back: `2.1e25` (`2,1e25` in Hungarian).
pub fn scientific_field(lang: Lang, value: f64) -> String {
    if !(value.is_finite() && value > 0.0) {
        return fraction(lang, value, 2);
    }
    let (m, k) = mantissa_exponent(value);
    format!("{}e{}", fraction(lang, m, 2), k)
}

/// A plain-Rust stand-in for `Intl.NumberFormat`, for native tests only: the same rounding and
/// marks (a dot or a comma, grouping, "%" without a space, compact words), close enough to
/// read a rendered sentence; the browser's formats are tested in the browser (tests/web.rs).
mod native {
    use super::Style;
    use crate::i18n::Lang;

    pub fn number(lang: Lang, value: f64, style: Style) -> String {
        match style {
            Style::Fraction { max, fixed } => fixed_point(lang, value, max, fixed),
            Style::Significant(n) => significant(lang, value, n),
            Style::Percent => format!("{}%", fixed_point(lang, 100.0 * value, 1, false)),
            Style::CompactLong => {
                let words: [(f64, &str, &str); 4] = [
                    (1e12, "trillion", "billió"),
                    (1e9, "billion", "milliárd"),
                    (1e6, "million", "millió"),
                    (1e3, "thousand", "ezer"),
                ];
                match words.iter().find(|(at, ..)| value.abs() >= *at) {
                    Some((at, en, hu)) => {
                        let word = if lang == Lang::Hu { hu } else { en };
                        format!("{} {word}", significant(lang, value / at, 3))
                    }
                    None => significant(lang, value, 3),
                }
            }
        }
    }

    fn significant(lang: Lang, value: f64, n: u8) -> String {
        if value == 0.0 {
            return "0".into();
        }
        let digits = i32::from(n) - 1 - value.abs().log10().floor() as i32;
        fixed_point(lang, value, digits.clamp(0, 20) as u8, false)
    }

    fn fixed_point(lang: Lang, value: f64, max: u8, fixed: bool) -> String {
        let mut s = format!("{:.*}", usize::from(max), value);
        if !fixed && s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if s == "-0" {
            s = "0".into();
        }
        let (int, frac) = s
            .split_once('.')
            .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
        let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
        let (group, point) = if lang == Lang::Hu {
            ("\u{a0}", ",")
        } else {
            (",", ".")
        };
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0
                && (digits.len() - i) % 3 == 0
                && digits.len() > 4 - usize::from(lang == Lang::En)
            {
                grouped.push_str(group);
            }
            grouped.push(c);
        }
        match frac {
            Some(f) => format!("{sign}{grouped}{point}{f}"),
            None => format!("{sign}{grouped}"),
        }
    }
}
