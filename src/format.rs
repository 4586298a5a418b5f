//! Numbers for readers, formatted by the browser's own `Intl.NumberFormat`, so Hungarian reads
//! `1 000,5` and English `1,000.5` without shipping locale data in the bundle.

use crate::i18n::Lang;
#[cfg(target_arch = "wasm32")]
use js_sys::{Array, Intl, Object, Reflect};
#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;
#[cfg(target_arch = "wasm32")]
use std::collections::HashMap;
#[cfg(target_arch = "wasm32")]
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

#[cfg(target_arch = "wasm32")]
thread_local! {
    // Building an Intl.NumberFormat costs far more than using one; charts format dozens of ticks.
    static CACHE: RefCell<HashMap<(Lang, Style), Intl::NumberFormat>> = RefCell::new(HashMap::new());
}

#[cfg(target_arch = "wasm32")]
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
    // Native builds (tests, server-rendered pages) have no browser; the wasm carries none of
    // the stand-in.
    #[cfg(not(target_arch = "wasm32"))]
    return native::number(lang, value, style);
    #[cfg(target_arch = "wasm32")]
    intl(lang, value, style)
}

/// Formats with the browser's `Intl.NumberFormat` for `lang` and `style`, built once and kept.
#[cfg(target_arch = "wasm32")]
fn intl(lang: Lang, value: f64, style: Style) -> String {
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

/// A plain-Rust `Intl.NumberFormat` for builds without a browser (native tests, server-rendered
/// pages), matching Chromium's output for `hu` and `en` and every `Style`: the cases in
/// tests/format_cases.tsv come from the browser and are checked here and in tests/web.rs.
/// Like ICU, it rounds the shortest decimal that reads back as the `f64` (`1.005` → "1.01"),
/// half away from zero, and keeps the sign of a negative that rounds to zero ("-0").
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Style;
    use crate::i18n::Lang;

    /// A decimal `±0.d₁d₂… × 10^(exp+1)`: `digits` without trailing zeros, the first (if any)
    /// non-zero, worth `10^exp`. No digits is zero.
    struct Decimal {
        negative: bool,
        digits: Vec<u8>,
        exp: i32,
    }

    impl Decimal {
        /// The shortest decimal that reads back as `value` (what ICU's double-conversion gives).
        fn new(value: f64) -> Decimal {
            let negative = value.is_sign_negative();
            if value == 0.0 {
                return Decimal {
                    negative,
                    digits: Vec::new(),
                    exp: 0,
                };
            }
            let (mut digits, mut exp) = Decimal::digits(&format!("{:e}", value.abs()));
            // Two shortest decimals can be equally close ("1181087332080206.2" and "….3" for
            // …206.25): Rust takes the upper, ICU (like JavaScript) the even one. The exact
            // value, all of its at most 767 digits, then has one digit more, a 5.
            let (exact, exact_exp) = Decimal::digits(&format!("{:.800e}", value.abs()));
            if exact.len() == digits.len() + 1 && exact.last() == Some(&5) {
                let lower = &exact[..digits.len()];
                let even = lower.last().is_some_and(|d| d % 2 == 0);
                let text: String = lower.iter().map(|d| char::from(b'0' + d)).collect();
                let reads_back = format!("0.{text}e{}", exact_exp + 1).parse() == Ok(value.abs());
                if even && lower != digits.as_slice() && reads_back {
                    digits = lower.to_vec();
                    exp = exact_exp;
                    while digits.last() == Some(&0) {
                        digits.pop();
                    }
                }
            }
            Decimal {
                negative,
                digits,
                exp,
            }
        }

        /// The digits (without trailing zeros) and exponent of a `LowerExp` text.
        fn digits(text: &str) -> (Vec<u8>, i32) {
            let (mantissa, exp) = text.split_once('e').expect("LowerExp writes an exponent");
            let mut digits: Vec<u8> = mantissa
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            while digits.last() == Some(&0) {
                digits.pop();
            }
            (
                digits,
                exp.parse().expect("LowerExp writes an integer exponent"),
            )
        }

        /// Rounds half away from zero to a multiple of `10^position`.
        fn round_at(&mut self, position: i32) {
            if self.digits.is_empty() {
                return;
            }
            // How many digits stay (may be negative: the number is far below `10^position`).
            let keep = self.exp - position + 1;
            if keep >= self.digits.len() as i32 {
                return;
            }
            if keep < 0 {
                self.digits.clear();
                return;
            }
            let keep = keep as usize;
            let up = self.digits[keep] >= 5;
            self.digits.truncate(keep);
            if up {
                // Carry: 0.95 at tenths becomes 1.0, 9.99 at hundredths 10.00.
                loop {
                    match self.digits.last_mut() {
                        Some(9) => {
                            self.digits.pop();
                        }
                        Some(d) => {
                            *d += 1;
                            break;
                        }
                        None => {
                            self.digits.push(1);
                            self.exp += 1;
                            break;
                        }
                    }
                }
            }
            while self.digits.last() == Some(&0) {
                self.digits.pop();
            }
            if self.digits.is_empty() {
                self.exp = 0;
            }
        }

        /// Keeps `n` significant digits.
        fn round_significant(&mut self, n: u8) {
            self.round_at(self.exp - i32::from(n) + 1);
        }

        /// The power of ten of the first digit (0 for zero).
        fn magnitude(&self) -> i32 {
            if self.digits.is_empty() {
                0
            } else {
                self.exp
            }
        }

        /// The digit worth `10^position`.
        fn digit(&self, position: i32) -> u8 {
            let i = self.exp - position;
            if i < 0 {
                return 0;
            }
            self.digits.get(i as usize).copied().unwrap_or(0)
        }

        /// Writes the number with `lang`'s marks, at least `min_fraction` fraction digits, and
        /// groups of three once the integer part has `min_grouping` + 3 digits.
        fn write(&self, lang: Lang, min_fraction: u8, min_grouping: usize) -> String {
            let (group, point) = match lang {
                Lang::Hu => ('\u{a0}', ','),
                Lang::En => (',', '.'),
            };
            let top = self.magnitude().max(0);
            let lowest = if self.digits.is_empty() {
                0
            } else {
                self.exp - self.digits.len() as i32 + 1
            };
            let bottom = lowest.min(-i32::from(min_fraction)).min(0);
            let int_len = (top + 1) as usize;
            let mut s = String::new();
            if self.negative {
                s.push('-');
            }
            for position in (0..=top).rev() {
                let left = int_len - position as usize - 1;
                if left > 0 && position % 3 == 2 && int_len >= 3 + min_grouping {
                    s.push(group);
                }
                s.push(char::from(b'0' + self.digit(position)));
            }
            if bottom < 0 {
                s.push(point);
                for position in (bottom..0).rev() {
                    s.push(char::from(b'0' + self.digit(position)));
                }
            }
            s
        }
    }

    /// How many digits the integer part needs beyond a group of three before it is grouped:
    /// English groups from 1,000, Hungarian from 10 000 (CLDR's minimumGroupingDigits).
    fn min_grouping(lang: Lang) -> usize {
        match lang {
            Lang::Hu => 2,
            Lang::En => 1,
        }
    }

    pub fn number(lang: Lang, value: f64, style: Style) -> String {
        let mut d = Decimal::new(value);
        match style {
            Style::Fraction { max, fixed } => {
                d.round_at(-i32::from(max));
                d.write(lang, if fixed { max } else { 0 }, min_grouping(lang))
            }
            Style::Significant(n) => {
                d.round_significant(n);
                d.write(lang, 0, min_grouping(lang))
            }
            Style::Percent => {
                // ICU scales the decimal, not the binary number: 0.1235 is 12.35 %.
                if !d.digits.is_empty() {
                    d.exp += 2;
                }
                d.round_at(-1);
                format!("{}%", d.write(lang, 0, min_grouping(lang)))
            }
            Style::CompactLong => compact_long(lang, d),
        }
    }

    /// The power of ten a compact word stands for, given the number's magnitude: thousands
    /// from 1000, then millions, billions (milliárd) and trillions (billió), the largest.
    fn compact_power(magnitude: i32) -> i32 {
        if magnitude < 3 {
            0
        } else {
            (magnitude.min(14) / 3) * 3
        }
    }

    /// Compact long notation with three significant digits, as ICU does it: pick the word from
    /// the magnitude, round, and move to the next word if rounding reached it (999 999 is
    /// "1 million", not "1000 thousand"). Compact numbers group from five digits in both
    /// languages ("1000 trillion", "1,500,000 trillion"); the word follows a plain space.
    fn compact_long(lang: Lang, mut d: Decimal) -> String {
        let mut power = compact_power(d.magnitude());
        if !d.digits.is_empty() {
            d.exp -= power;
        }
        d.round_significant(3);
        if !d.digits.is_empty() {
            let bumped = compact_power(d.magnitude() + power);
            if bumped != power {
                d.exp -= bumped - power;
                power = bumped;
            }
        }
        let n = d.write(lang, 0, 2);
        let word = match (lang, power) {
            (_, 0) => return n,
            (Lang::Hu, 3) => "ezer",
            (Lang::Hu, 6) => "millió",
            (Lang::Hu, 9) => "milliárd",
            (Lang::Hu, _) => "billió",
            (Lang::En, 3) => "thousand",
            (Lang::En, 6) => "million",
            (Lang::En, 9) => "billion",
            (Lang::En, _) => "trillion",
        };
        format!("{n} {word}")
    }
}

/// Checks [`number`] against `tests/format_cases.tsv`, Chromium's `Intl.NumberFormat` output:
/// the number of cases read and each that differs. The native tests run it on the stand-in,
/// `tests/web.rs` on the browser's `Intl`, so the two are held to one table. (Not used by the
/// app, so not in its wasm.)
#[doc(hidden)]
pub fn shared_cases_differing() -> (usize, Vec<String>) {
    let style = |code: &str| {
        let digits = |n: &str| n.parse::<u8>().ok();
        match code.split_once(':') {
            Some(("frac", n)) => digits(n).map(|max| Style::Fraction { max, fixed: false }),
            Some(("fixed", n)) => digits(n).map(|max| Style::Fraction { max, fixed: true }),
            Some(("sig", n)) => digits(n).map(Style::Significant),
            _ if code == "compact" => Some(Style::CompactLong),
            _ if code == "percent" => Some(Style::Percent),
            _ => None,
        }
    };
    let mut rows = 0;
    let mut wrong = Vec::new();
    for line in include_str!("../tests/format_cases.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        rows += 1;
        let case = match line.split('\t').collect::<Vec<_>>()[..] {
            [lang, code, value, expected] => Lang::parse(lang)
                .zip(style(code))
                .zip(value.parse::<f64>().ok())
                .map(|((lang, style), value)| (number(lang, value, style), expected)),
            _ => None,
        };
        match case {
            Some((got, expected)) if got == expected => {}
            Some((got, _)) => wrong.push(format!("{line}\tgot {got:?}")),
            None => wrong.push(format!("{line}\tunreadable case")),
        }
    }
    (rows, wrong)
}

#[cfg(test)]
mod tests {
    use super::{dollars, fraction, number, scientific, scientific_field, Style};
    use crate::i18n::Lang;

    /// The helpers on top, as tests/web.rs checks them in the browser.
    #[test]
    fn native_helpers_match_the_browser_tests() {
        assert_eq!(dollars(Lang::En, 1000.0), "$1,000");
        assert_eq!(dollars(Lang::En, 1e8), "$100 million");
        assert_eq!(dollars(Lang::Hu, 1e8), "100 millió dollár");
        assert_eq!(dollars(Lang::En, 2.5), "$2.50");
        assert_eq!(dollars(Lang::En, 12.0), "$12");
        assert_eq!(dollars(Lang::En, 0.000_512_34), "$0.000512");
        assert_eq!(dollars(Lang::En, 999_999.5), "$1,000,000");
        assert_eq!(scientific(Lang::En, 2.1e25), "2.1\u{a0}×\u{a0}10²⁵");
        assert_eq!(scientific(Lang::Hu, 2.1e25), "2,1\u{a0}×\u{a0}10²⁵");
        assert_eq!(scientific_field(Lang::En, 9.999e24), "1e25");
        assert_eq!(fraction(Lang::Hu, 12_345.5, 1), "12\u{a0}345,5");
        assert_eq!(number(Lang::En, f64::NAN, Style::Significant(3)), "–");
    }

    #[test]
    fn native_formats_match_chromiums_intl() {
        let (rows, wrong) = super::shared_cases_differing();
        assert!(rows > 50, "only {rows} cases read");
        assert!(wrong.is_empty(), "differs from Intl:\n{}", wrong.join("\n"));
    }
}
