//! How each kind of number reads. Outputs, sentences and the essay's prose all format through
//! these, so the same number never appears with two precisions on one page.

use crate::format::{self, Style};
use crate::i18n::Lang;

/// Years: one decimal ("3.4").
pub fn years(lang: Lang, v: f64) -> String {
    format::fraction(lang, v, 1)
}

/// A loss gap: three significant digits ("0.212").
pub fn gap(lang: Lang, v: f64) -> String {
    format::number(lang, v, Style::Significant(3))
}

/// A loss: three decimals, padded ("1.900").
pub fn loss(lang: Lang, v: f64) -> String {
    format::number(
        lang,
        v,
        Style::Fraction {
            max: 3,
            fixed: true,
        },
    )
}

/// A loss drop: two significant digits ("0.026").
pub fn drop(lang: Lang, v: f64) -> String {
    format::number(lang, v, Style::Significant(2))
}

/// A large count in words ("97.7 billion", "97,7 milliárd").
pub fn big(lang: Lang, v: f64) -> String {
    format::number(lang, v, Style::CompactLong)
}

/// A yearly growth factor: at most two decimals ("3.57").
pub fn growth(lang: Lang, v: f64) -> String {
    format::fraction(lang, v, 2)
}

/// A fraction as a percentage ("30%", "30 %").
pub fn percent(lang: Lang, v: f64) -> String {
    format::number(lang, v, Style::Percent)
}

/// A value already in percent, as a percentage ("4.4%").
pub fn percent_of(lang: Lang, v: f64) -> String {
    format::number(lang, v / 100.0, Style::Percent)
}

/// Percentage points: one decimal ("12.3").
pub fn points(lang: Lang, v: f64) -> String {
    format::fraction(lang, v, 1)
}

/// A ratio between two figures: one decimal ("6.4").
pub fn ratio(lang: Lang, v: f64) -> String {
    format::fraction(lang, v, 1)
}

/// A multiple that may be astronomically large: digits below a million, words above.
pub fn factor(lang: Lang, v: f64) -> String {
    if v < 1e6 {
        format::number(lang, v, Style::Significant(3))
    } else if v < 1e15 {
        big(lang, v)
    } else {
        format::scientific(lang, v)
    }
}
