//! Versioned links: every link the page writes carries `v`, and a link written by an older
//! version is brought up to date by the [`MIGRATIONS`] table before it is decoded, so a link
//! shared today still opens after a parameter is renamed.
//!
//! Renaming a parameter (or a value, such as a piece's name in `embed=`) therefore takes three
//! steps: raise [`LINK_VERSION`], add a row to [`MIGRATIONS`] (from the version that still used
//! the old name), and a test that a link of that version opens with the value in place.

/// The `v` URL key.
pub const VERSION_KEY: &str = "v";

/// The version of the links this build writes.
pub const LINK_VERSION: u32 = 3;

/// What changed between one link version and the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    /// Links of this version (and older) need the step.
    pub from: u32,
    /// `(old key, new key)` pairs; values are kept as they are.
    pub renames: &'static [(&'static str, &'static str)],
    /// `(key, old value, new value)`: a value renamed under `key`, also as one item of a
    /// comma-separated list (`hide=a,b`).
    pub values: &'static [(&'static str, &'static str, &'static str)],
    /// Why, for the next person who reads the table.
    pub why: &'static str,
}

/// Every change of a parameter name since links were first shared, oldest first. Links
/// without `v` were written before versioning and count as version 1.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        renames: &[("years", "ahead")],
        values: &[],
        why: "`years` (how far ahead the inference bill is shown) read like the `metric=years` \
              measure; `ahead` says what it is",
    },
    Migration {
        from: 2,
        renames: &[],
        values: &[
            ("embed", "inference", "bill"),
            ("embed", "benchmark", "benchmark-gap"),
            ("embed", "sources-of-progress", "progress"),
            ("embed", "new-hardware", "chip"),
            ("hide", "benchmark", "benchmark-gap"),
            ("hide", "sources-of-progress", "progress"),
            ("hide", "new-hardware", "chip"),
        ],
        why: "each piece has one name, its element's id (the `#anchor` links already used); \
              `hide=inference` keeps naming its section, which holds the bill",
    },
];

/// What the `v` of a link said, when it was not a version this build knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionNotice {
    /// Not a whole number from 1 up: read as the current version.
    Unreadable(String),
    /// Newer than this build (a link from a later version of the page): read as the current
    /// version; a name it uses that this build does not know is ignored.
    Newer(u32),
}

/// A link's query pairs in the current version's names, with what its `v` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    /// The pairs, renamed where needed, `v` left out, in their order.
    pub pairs: Vec<(String, String)>,
    /// The version the link was read as.
    pub version: u32,
    /// Set when `v` could not be used as it stood.
    pub notice: Option<VersionNotice>,
}

/// Reads `v` (the last one, if given twice) and renames the keys of every migration the link
/// still needs. A renamed key never overwrites the new key when the link has both.
pub fn migrate(pairs: Vec<(String, String)>) -> Migrated {
    let raw = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == VERSION_KEY)
        .map(|(_, v)| v.trim().to_string());
    let (version, notice) = match raw {
        None => (1, None),
        Some(text) => match text.parse::<u32>() {
            Ok(v @ 1..=LINK_VERSION) => (v, None),
            Ok(v) if v > LINK_VERSION => (LINK_VERSION, Some(VersionNotice::Newer(v))),
            _ => (LINK_VERSION, Some(VersionNotice::Unreadable(text))),
        },
    };
    let mut pairs: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(k, _)| k != VERSION_KEY)
        .collect();
    for step in MIGRATIONS.iter().filter(|m| m.from >= version) {
        for (old, new) in step.renames {
            if pairs.iter().any(|(k, _)| k == new) {
                continue;
            }
            for (k, _) in pairs.iter_mut().filter(|(k, _)| k == old) {
                *k = new.to_string();
            }
        }
        for (key, old, new) in step.values {
            for (_, v) in pairs.iter_mut().filter(|(k, _)| k == key) {
                *v = v
                    .split(',')
                    .map(|item| if item.trim() == *old { new } else { item })
                    .collect::<Vec<_>>()
                    .join(",");
            }
        }
    }
    Migrated {
        pairs,
        version,
        notice,
    }
}

/// Keys that older links used and this version no longer reads: the page drops them from the
/// address once it has read them.
pub fn retired_keys() -> impl Iterator<Item = &'static str> {
    MIGRATIONS
        .iter()
        .flat_map(|m| m.renames.iter().map(|(old, _)| *old))
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
    fn the_table_is_ordered_and_ends_below_the_current_version() {
        let froms: Vec<u32> = MIGRATIONS.iter().map(|m| m.from).collect();
        assert!(froms.windows(2).all(|w| w[0] < w[1]));
        assert!(froms.iter().all(|&f| (1..LINK_VERSION).contains(&f)));
    }

    #[test]
    fn a_current_link_is_left_alone() {
        let link = pairs(&[
            ("v", "3"),
            ("ahead", "7"),
            ("gi", "3"),
            ("embed", "inference"),
        ]);
        let m = migrate(link);
        assert_eq!(
            m.pairs,
            pairs(&[("ahead", "7"), ("gi", "3"), ("embed", "inference")])
        );
        assert_eq!((m.version, m.notice), (3, None));
    }

    // One test per migration: a link of its version opens with the value under the new name.

    #[test]
    fn migration_1_years_becomes_ahead() {
        for link in [
            pairs(&[("years", "7"), ("lang", "hu")]),
            pairs(&[("v", "1"), ("years", "7"), ("lang", "hu")]),
        ] {
            let m = migrate(link);
            assert_eq!(m.pairs, pairs(&[("ahead", "7"), ("lang", "hu")]));
            assert_eq!((m.version, m.notice), (1, None));
        }
        // A version-2 link's `years` is not renamed (it would be unknown, and ignored).
        let m = migrate(pairs(&[("v", "2"), ("years", "7")]));
        assert_eq!(m.pairs, pairs(&[("years", "7")]));
    }

    #[test]
    fn migration_2_pieces_take_their_one_name() {
        for v in [None, Some("1"), Some("2")] {
            let mut link: Vec<(&str, &str)> = v.map(|v| ("v", v)).into_iter().collect();
            link.extend([
                ("embed", "inference"),
                (
                    "hide",
                    "mix, sources-of-progress,inference,new-hardware,benchmark",
                ),
            ]);
            let m = migrate(pairs(&link));
            assert_eq!(
                m.pairs,
                pairs(&[
                    ("embed", "bill"),
                    ("hide", "mix,progress,inference,chip,benchmark-gap"),
                ]),
                "v={v:?}"
            );
        }
        for (old, new) in [
            ("benchmark", "benchmark-gap"),
            ("sources-of-progress", "progress"),
            ("new-hardware", "chip"),
        ] {
            let m = migrate(pairs(&[("v", "2"), ("embed", old)]));
            assert_eq!(m.pairs, pairs(&[("embed", new)]));
        }
        // `inference` in `hide=` is its section, in every version.
        let m = migrate(pairs(&[("v", "2"), ("hide", "inference")]));
        assert_eq!(m.pairs, pairs(&[("hide", "inference")]));
    }

    #[test]
    fn the_new_name_wins_over_the_old() {
        let m = migrate(pairs(&[("years", "7"), ("ahead", "4")]));
        assert_eq!(m.pairs, pairs(&[("years", "7"), ("ahead", "4")]));
    }

    #[test]
    fn odd_versions_are_named_and_read_as_current() {
        let m = migrate(pairs(&[("v", "9"), ("years", "7")]));
        assert_eq!(m.version, LINK_VERSION);
        assert_eq!(m.notice, Some(VersionNotice::Newer(9)));
        for bad in ["abc", "0", "-1", "1.5", ""] {
            let m = migrate(pairs(&[("v", bad)]));
            assert_eq!(m.notice, Some(VersionNotice::Unreadable(bad.to_string())));
        }
    }

    #[test]
    fn retired_keys_are_not_current_keys() {
        let current: Vec<&str> = crate::ScenarioField::ALL
            .iter()
            .map(|f| f.spec().key)
            .chain(
                crate::query::OTHER_PARAMS
                    .iter()
                    .chain(crate::query::CALC_PARAMS.iter())
                    .map(|s| s.key),
            )
            .collect();
        for old in retired_keys() {
            assert!(!current.contains(&old), "{old} is still read");
        }
    }
}
