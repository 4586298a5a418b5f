//! What the opening link asked that the page could not do: one notice type for every key, with
//! what the page shows instead. `widgets::url_notice` words it in the reader's language.

/// One value of the opening link the page could not use.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The link key (see `keys`, or a numeric input's `ParamSpec::key`).
    pub key: &'static str,
    /// The value as it stood in the link (one name, for a comma list).
    pub raw: String,
    /// What the page does instead.
    pub fallback: Fallback,
}

/// What the page does instead of a value it could not use.
#[derive(Debug, Clone, PartialEq)]
pub enum Fallback {
    /// A number out of range or unreadable: the input's default.
    Default(f64),
    /// A choice none of these names: the page's own choice stands.
    Options(Vec<&'static str>),
    /// A name in a list (`lock`, `hide`) that nothing answers to: left out.
    Skipped,
    /// A piece no embed shows: the whole essay.
    WholeEssay,
    /// A version this page does not know: read as the current one; `newer` when the link
    /// comes from a later version of the page.
    CurrentVersion {
        /// The link names a later version than this page's.
        newer: bool,
    },
}

/// What a link says of one key.
#[derive(Debug, Clone, PartialEq)]
pub enum Read<T> {
    /// The key is absent.
    Missing,
    /// A value the page uses.
    Valid(T),
    /// A value it cannot use, and what it does instead.
    Invalid(Notice),
}

impl<T> Read<T> {
    /// The value, or `fallback` (an invalid value's notice goes to `notices`).
    pub fn or(self, fallback: T, notices: &mut Vec<Notice>) -> T {
        self.or_none(notices).unwrap_or(fallback)
    }

    /// The value if valid (an invalid value's notice goes to `notices`).
    pub fn or_none(self, notices: &mut Vec<Notice>) -> Option<T> {
        match self {
            Read::Missing => None,
            Read::Valid(v) => Some(v),
            Read::Invalid(n) => {
                notices.push(n);
                None
            }
        }
    }
}

/// The last value of `key` in `pairs` (a key given twice counts once, as written last).
pub fn last<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// A choice: `key`'s value named by one of `options` (`(name, value)`), matched after
/// trimming and ignoring case.
pub fn choice<T: Copy>(
    pairs: &[(String, String)],
    key: &'static str,
    options: &[(&'static str, T)],
) -> Read<T> {
    let Some(raw) = last(pairs, key) else {
        return Read::Missing;
    };
    let wanted = raw.trim();
    match options
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
    {
        Some((_, v)) => Read::Valid(*v),
        None => Read::Invalid(Notice {
            key,
            raw: raw.to_string(),
            fallback: Fallback::Options(options.iter().map(|(name, _)| *name).collect()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_choice_is_missing_valid_or_invalid() {
        let options = [("a", 1), ("b", 2)];
        assert_eq!(choice(&pairs(&[]), "k", &options), Read::Missing);
        assert_eq!(
            choice(&pairs(&[("k", " B ")]), "k", &options),
            Read::Valid(2)
        );
        assert_eq!(
            choice(&pairs(&[("k", "b"), ("k", "c")]), "k", &options),
            Read::Invalid(Notice {
                key: "k",
                raw: "c".into(),
                fallback: Fallback::Options(vec!["a", "b"]),
            })
        );
        let mut notices = Vec::new();
        assert_eq!(
            choice(&pairs(&[("k", "c")]), "k", &options).or(1, &mut notices),
            1
        );
        assert_eq!(notices.len(), 1);
    }
}
