//! Input formats the money sections' calculators share.

use crate::format;
use crate::numbers;
use crate::widgets::param_control::ValueFormat;

/// Dollars: grouped digits in the field, words aloud.
pub const DOLLARS: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 0),
    spoken: format::dollars,
    unit: |t| t.unit_dollars,
};

/// Billions of dollars: the field writes the power of ten (`3.5e10`), as the compute field
/// does, so it fits; aloud it reads in words.
pub const BIG_DOLLARS: ValueFormat = ValueFormat {
    field: format::scientific_field,
    spoken: format::dollars,
    unit: |t| t.unit_dollars,
};

/// Dollars per GPU-hour, to the cent.
pub const PER_HOUR: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 2),
    spoken: format::dollars,
    unit: |t| t.money.unit_per_hour,
};

/// Dollars per million tokens.
pub const PER_MILLION: ValueFormat = ValueFormat {
    field: |lang, v| format::number(lang, v, format::Style::Significant(3)),
    spoken: format::dollars,
    unit: |t| t.money.unit_per_million,
};

/// Dollars per token (tiny: powers of ten).
pub const PER_TOKEN: ValueFormat = ValueFormat {
    field: format::scientific_field,
    spoken: format::dollars,
    unit: |t| t.money.unit_per_token,
};

/// A fraction from 0 to 1, read aloud as a percentage.
pub const SHARE: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 2),
    spoken: |lang, v| numbers::percent_of(lang, 100.0 * v),
    unit: |t| t.money.unit_share,
};

/// Years, to the half year.
pub const YEARS: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 1),
    spoken: |lang, v| (lang.texts().years)(&format::fraction(lang, v, 1), v),
    unit: |t| t.unit_years,
};

/// A multiplier (×).
pub const TIMES: ValueFormat = ValueFormat {
    field: |lang, v| format::number(lang, v, format::Style::Significant(3)),
    spoken: |lang, v| numbers::factor(lang, v),
    unit: |_| "×",
};

/// A yearly growth or fall factor (×/yr).
pub const PER_YEAR: ValueFormat = ValueFormat {
    field: |lang, v| format::number(lang, v, format::Style::Significant(3)),
    spoken: |lang, v| (lang.texts().per_year)(&format::fraction(lang, v, 2)),
    unit: |t| t.unit_per_year,
};

/// A count (tokens, answers).
pub const COUNT: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 0),
    spoken: numbers::big,
    unit: |_| "",
};

/// Whole years from 0 to `horizon` for a data table, about ten rows however long the horizon.
pub fn table_years(horizon: f64) -> impl Iterator<Item = f64> {
    let step = ((horizon / 10.0).ceil() as usize).max(1);
    (0..=horizon.round() as usize)
        .step_by(step)
        .map(|y| y as f64)
}
