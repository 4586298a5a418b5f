//! Descriptions of reader-adjustable inputs and the error returned for bad values.

use std::fmt;

/// Everything a calculator needs to know about one input: its URL key, default, valid range,
/// slider step, unit and where the default comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParamSpec {
    /// Stable URL query key (a public contract, see the README).
    pub key: &'static str,
    /// Value used when nothing (or something invalid) is given.
    pub default: f64,
    /// Smallest valid value (inclusive).
    pub min: f64,
    /// Largest valid value (inclusive).
    pub max: f64,
    /// Slider step, in the slider's own scale (log10 units when `log` is true).
    pub step: f64,
    /// Whether the slider moves in powers of ten (budgets, compute).
    pub log: bool,
    /// Unit, language-neutral symbol ("×/yr", "$", "yr", "").
    pub unit: &'static str,
    /// Where the default comes from (short citation, see MODEL.md).
    pub source: &'static str,
}

/// Rust's own reading of a decimal number (`"2.5"`, `"1e8"`).
pub fn rust_number(text: &str) -> Option<f64> {
    text.parse().ok()
}

impl ParamSpec {
    /// Checks that `value` is a finite number inside `[min, max]`.
    pub fn check(&self, value: f64) -> Result<f64, InputError> {
        if !value.is_finite() {
            return Err(InputError::NotFinite { name: self.key });
        }
        if value < self.min || value > self.max {
            return Err(InputError::OutOfRange {
                name: self.key,
                min: self.min,
                max: self.max,
            });
        }
        Ok(value)
    }

    /// Parses user or URL text as a number and checks its range.
    ///
    /// Accepts a dot or a comma as the decimal separator (Hungarian readers type commas) and
    /// ignores spaces used as thousands separators.
    pub fn parse(&self, raw: &str) -> Result<f64, InputError> {
        self.parse_with(raw, rust_number)
    }

    /// [`ParamSpec::parse`] with the decimal reading supplied: the browser build passes the
    /// browser's own (it spares the bundle Rust's float-parsing tables), tests Rust's.
    /// `number` gets the text with separators normalised and returns `None` if it is not one.
    pub fn parse_with(
        &self,
        raw: &str,
        number: fn(&str) -> Option<f64>,
    ) -> Result<f64, InputError> {
        let cleaned: String = raw
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let value = number(&cleaned).ok_or(InputError::NotANumber { name: self.key })?;
        self.check(value)
    }

    /// Position of `value` on the slider scale (log10 for log inputs).
    pub fn to_slider(&self, value: f64) -> f64 {
        if self.log {
            value.max(f64::MIN_POSITIVE).log10()
        } else {
            value
        }
    }

    /// Value for a slider position, clamped into the valid range.
    pub fn from_slider(&self, position: f64) -> f64 {
        let v = if self.log {
            10f64.powf(position)
        } else {
            position
        };
        if v.is_finite() {
            v.clamp(self.min, self.max)
        } else {
            self.default
        }
    }
}

/// Why an input value was rejected. Carries the parameter key so a message can name it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum InputError {
    /// The text is not a number at all.
    NotANumber {
        /// URL key of the parameter.
        name: &'static str,
    },
    /// The number is NaN or infinite (e.g. `1e400`).
    NotFinite {
        /// URL key of the parameter.
        name: &'static str,
    },
    /// The number lies outside the valid range.
    OutOfRange {
        /// URL key of the parameter.
        name: &'static str,
        /// Smallest valid value.
        min: f64,
        /// Largest valid value.
        max: f64,
    },
}

impl InputError {
    /// URL key of the rejected parameter.
    pub fn name(&self) -> &'static str {
        match self {
            Self::NotANumber { name }
            | Self::NotFinite { name }
            | Self::OutOfRange { name, .. } => name,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotANumber { name } => write!(f, "{name}: not a number"),
            Self::NotFinite { name } => write!(f, "{name}: not a finite number"),
            Self::OutOfRange { name, min, max } => {
                write!(f, "{name}: outside the range {min}–{max}")
            }
        }
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: ParamSpec = ParamSpec {
        key: "x",
        default: 1.0,
        min: 0.5,
        max: 1000.0,
        step: 0.1,
        log: false,
        unit: "",
        source: "test",
    };

    #[test]
    fn parses_dot_comma_and_spaces() {
        assert_eq!(SPEC.parse("1.5"), Ok(1.5));
        assert_eq!(SPEC.parse("1,5"), Ok(1.5));
        assert_eq!(SPEC.parse(" 1 000 "), Ok(1000.0));
    }

    #[test]
    fn rejects_bad_values_with_their_name() {
        assert_eq!(SPEC.parse("abc"), Err(InputError::NotANumber { name: "x" }));
        assert_eq!(
            SPEC.parse("1e400"),
            Err(InputError::NotFinite { name: "x" })
        );
        assert_eq!(SPEC.parse("NaN"), Err(InputError::NotFinite { name: "x" }));
        assert!(matches!(
            SPEC.parse("-3"),
            Err(InputError::OutOfRange { name: "x", .. })
        ));
        assert_eq!(SPEC.parse("").unwrap_err().name(), "x");
    }

    #[test]
    fn log_slider_round_trips() {
        let spec = ParamSpec {
            log: true,
            min: 1.0,
            max: 1e12,
            ..SPEC
        };
        for v in [1.0, 1000.0, 1e8, 1e12] {
            assert!((spec.from_slider(spec.to_slider(v)) - v).abs() / v < 1e-12);
        }
        assert_eq!(spec.from_slider(99.0), 1e12);
    }
}
