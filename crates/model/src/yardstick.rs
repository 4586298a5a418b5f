//! Yardsticks for "where a projection leaves the plausible" (MODEL.md §6): sums of money a
//! reader knows the size of, each with its source.

/// A sum of money to compare a training budget with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Yardstick {
    /// URL value (`yard=`).
    pub key: &'static str,
    /// The amount, US dollars.
    pub dollars: f64,
    /// Where the figure comes from (a citation; the app names the quantity in the reader's
    /// language).
    pub source: &'static str,
}

/// The yardsticks the reader can choose, the default first.
pub const YARDSTICKS: [Yardstick; 3] = [
    Yardstick {
        key: "hu-gdp",
        dollars: 223e9,
        source: "IMF World Economic Outlook, 2024-04",
    },
    Yardstick {
        key: "msft",
        dollars: 281.7e9,
        source: "Microsoft Annual Report 2025",
    },
    Yardstick {
        key: "us-gdp",
        dollars: 29.18e12,
        source: "US Bureau of Economic Analysis, 2024",
    },
];

impl Yardstick {
    /// Looks a yardstick up by its URL value.
    pub fn by_key(key: &str) -> Option<Yardstick> {
        YARDSTICKS.into_iter().find(|y| y.key == key)
    }
}
