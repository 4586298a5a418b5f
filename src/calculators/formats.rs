//! How every calculator's inputs read: in the number field, aloud and as the unit beside the
//! field. One file, so two inputs that should read alike cannot drift apart.

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

/// A fraction from 0 to 1 read as the bare number, to the hundredth, without a unit (the
/// scenario's share of algorithmic progress in the convergence calculator).
pub const FRACTION: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 2),
    spoken: |lang, v| format::fraction(lang, v, 2),
    unit: |_| "",
};

/// A percentage already between 0 and 100 (a cut of the loss), to the hundredth.
pub const PERCENT: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 2),
    spoken: |lang, v| numbers::percent_of(lang, v),
    unit: |_| "%",
};

/// Years, to the tenth.
pub const YEARS: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 1),
    spoken: |lang, v| (lang.texts().years)(&format::fraction(lang, v, 1), v),
    unit: |t| t.unit_years,
};

/// Whole years (the horizon).
pub const WHOLE_YEARS: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 0),
    spoken: |lang, v| (lang.texts().years)(&format::fraction(lang, v, 0), v),
    unit: |t| t.unit_years,
};

/// A multiplier (×).
pub const TIMES: ValueFormat = ValueFormat {
    field: |lang, v| format::number(lang, v, format::Style::Significant(3)),
    spoken: |lang, v| numbers::factor(lang, v),
    unit: |_| "×",
};

/// A yearly growth or fall factor (×/yr), to three significant digits.
pub const PER_YEAR: ValueFormat = ValueFormat {
    field: |lang, v| format::number(lang, v, format::Style::Significant(3)),
    spoken: |lang, v| (lang.texts().per_year)(&format::fraction(lang, v, 2)),
    unit: |t| t.unit_per_year,
};

/// The shared scenario's yearly growth factors (×/yr), to the hundredth: unlike
/// [`PER_YEAR`], the field never switches to significant digits.
pub const SCENARIO_GROWTH: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 2),
    spoken: |lang, v| (lang.texts().per_year)(&format::fraction(lang, v, 2)),
    unit: |t| t.unit_per_year,
};

/// An exponent (the scenario's α), to the thousandth, without a unit.
pub const EXPONENT: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 3),
    spoken: |lang, v| format::fraction(lang, v, 3),
    unit: |_| "",
};

/// A count (tokens, answers).
pub const COUNT: ValueFormat = ValueFormat {
    field: |lang, v| format::fraction(lang, v, 0),
    spoken: numbers::big,
    unit: |_| "",
};

/// Training compute in FLOP: a power of ten in the field, spoken with its unit.
pub const FLOP: ValueFormat = ValueFormat {
    field: format::scientific_field,
    spoken: |lang, v| format!("{} FLOP", format::scientific(lang, v)),
    unit: |t| t.scaling.unit_flop,
};

/// The price of compute in FLOP per dollar, a power of ten.
pub const FLOP_PER_USD: ValueFormat = ValueFormat {
    field: format::scientific_field,
    spoken: |lang, v| format!("{} FLOP/$", format::scientific(lang, v)),
    unit: |t| t.scaling.unit_fpd,
};
