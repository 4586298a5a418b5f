//! The page state in the address bar: read once at start, written on every change with
//! `history.replaceState` (no history entry per slider tick). Parameter names are a public
//! contract (README); the decoding rules live in `lejto_model::query`.

use crate::i18n::Lang;
use lejto_model::chinchilla::{Fit, FITS};
use lejto_model::link_version::{self, VersionNotice};
use lejto_model::metric::Metric;
use lejto_model::query::{self, Decoded};
use lejto_model::yardstick::{Yardstick, YARDSTICKS};
use lejto_model::ParamSpec;

mod address;
mod embed_link;
pub mod keys;
mod notice;
pub use address::{address, write, LinkState};
pub use embed_link::Embed;
pub use notice::{Fallback, Notice, Read};

/// The "guess first" input (years from now, `calculators::guess`); its key is also the link's.
pub const GUESS: ParamSpec = ParamSpec {
    key: keys::GUESS,
    default: 5.0,
    min: 0.0,
    max: 50.0,
    step: 0.5,
    log: false,
    unit: "yr",
    source: "the reader's guess",
};

/// Every key `lock` accepts: each numeric input and each choice.
fn lockable(key: &str) -> Option<&'static str> {
    lejto_model::ScenarioField::ALL
        .iter()
        .map(|f| f.spec().key)
        .chain(
            query::OTHER_PARAMS
                .iter()
                .chain(query::CALC_PARAMS.iter())
                .map(|s| s.key),
        )
        .chain([keys::FIT, keys::YARD, keys::METRIC])
        .find(|k| *k == key)
}

/// The known names of a comma list (the last `key` of the link); each other name is skipped
/// with a notice.
fn names(
    pairs: &[(String, String)],
    key: &'static str,
    known: fn(&str) -> Option<&'static str>,
    notices: &mut Vec<Notice>,
) -> &'static [&'static str] {
    let Some(list) = notice::last(pairs, key) else {
        return &[];
    };
    let mut found = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match known(name) {
            Some(k) => found.push(k),
            None => notices.push(Notice {
                key,
                raw: name.to_string(),
                fallback: Fallback::Skipped,
            }),
        }
    }
    // Read once per page load; the lists live as long as the page.
    Vec::leak(found)
}

/// `guess`: `ask`, or years from now.
fn guess(pairs: &[(String, String)]) -> Read<Option<f64>> {
    let Some(raw) = notice::last(pairs, keys::GUESS) else {
        return Read::Missing;
    };
    if raw.trim() == "ask" {
        return Read::Valid(None);
    }
    match GUESS.parse_with(raw, crate::format::parse_number) {
        Ok(v) => Read::Valid(Some(v)),
        Err(_) => Read::Invalid(Notice {
            key: keys::GUESS,
            raw: raw.to_string(),
            fallback: Fallback::Default(GUESS.default),
        }),
    }
}

/// What the opening link says.
#[derive(Debug, Clone, PartialEq)]
pub struct Initial {
    /// Every numeric input (scenario, horizon, compute, FLOP per dollar).
    pub values: Decoded,
    /// The scaling-law fit.
    pub fit: Fit,
    /// The yardstick of the price of the next step.
    pub yard: Yardstick,
    /// The counterweights' measure.
    pub metric: Metric,
    /// Embed mode, if the link asks for a known piece.
    pub embed: Option<Embed>,
    /// The language from the link, if given and valid.
    pub lang: Option<Lang>,
    /// The reader's guess (`guess=<years>`), revealed.
    pub guess: Option<f64>,
    /// Whether the convergence chart shows its uncertainty band (`band=0` leaves it out).
    pub band: bool,
    /// `guess=ask`: the page opens asking for a guess.
    pub ask: bool,
    /// Inputs locked for a lesson.
    pub locked: &'static [&'static str],
    /// Sections and figures hidden for a lesson.
    pub hidden: &'static [&'static str],
    /// Everything that was ignored.
    pub notices: Vec<Notice>,
}

/// Decodes a query string (with or without the leading `?`).
pub fn parse(search: &str) -> Initial {
    // An older link's renamed parameters take their current names first.
    let migrated = link_version::migrate(query_pairs(search));
    let pairs = migrated.pairs;
    let decoded = query::decode_with(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        crate::format::parse_number,
    );
    let mut notices: Vec<Notice> = decoded
        .rejected
        .iter()
        .map(|r| Notice {
            key: r.error.name(),
            raw: r.raw.clone(),
            fallback: Fallback::Default(default_of(r.error.name())),
        })
        .collect();
    notices.extend(migrated.notice.map(|n| match n {
        VersionNotice::Newer(v) => Notice {
            key: keys::VERSION,
            raw: v.to_string(),
            fallback: Fallback::CurrentVersion { newer: true },
        },
        VersionNotice::Unreadable(raw) => Notice {
            key: keys::VERSION,
            raw,
            fallback: Fallback::CurrentVersion { newer: false },
        },
    }));
    let lang =
        notice::choice(&pairs, keys::LANG, &Lang::ALL.map(|l| (l.code(), l))).or_none(&mut notices);
    let fit =
        notice::choice(&pairs, keys::FIT, &FITS.map(|f| (f.key, f))).or(FITS[0], &mut notices);
    let yard = notice::choice(&pairs, keys::YARD, &YARDSTICKS.map(|y| (y.key, y)))
        .or(YARDSTICKS[0], &mut notices);
    let metric = notice::choice(&pairs, keys::METRIC, &Metric::ALL.map(|m| (m.as_str(), m)))
        .or(Metric::default(), &mut notices);
    let (guess, ask) = match guess(&pairs) {
        Read::Valid(None) => (None, true),
        read => (read.or(None, &mut notices), false),
    };
    let band =
        notice::choice(&pairs, keys::BAND, &[("1", true), ("0", false)]).or(true, &mut notices);
    let locked = names(&pairs, keys::LOCK, lockable, &mut notices);
    let hidden = names(&pairs, keys::HIDE, crate::pieces::hideable, &mut notices);
    let embed = Embed::read(&pairs).or_none(&mut notices);
    Initial {
        embed,
        values: Decoded {
            rejected: Vec::new(),
            ..decoded
        },
        fit,
        yard,
        metric,
        lang,
        guess,
        band,
        ask,
        locked,
        hidden,
        notices,
    }
}

fn default_of(key: &str) -> f64 {
    lejto_model::ScenarioField::ALL
        .iter()
        .map(|f| f.spec())
        .chain(query::OTHER_PARAMS)
        .chain(query::CALC_PARAMS)
        .find(|s| s.key == key)
        .map(|s| s.default)
        .unwrap_or(f64::NAN)
}

/// Splits a query string into pairs: natively (the prerendered pages, which read no link) a
/// plain split without percent-decoding.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn query_pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// Splits a query string into percent-decoded pairs, in order, with the browser's own rules.
#[cfg(target_arch = "wasm32")]
pub(crate) fn query_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return Vec::new();
    };
    let Ok(Some(iter)) = js_sys::try_iter(&params) else {
        return Vec::new();
    };
    iter.flatten()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Reads the current page address.
pub fn read() -> Initial {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hide_accepts_every_section_and_piece() {
        let names: Vec<&str> = crate::pieces::SECTION_IDS
            .iter()
            .copied()
            .chain(crate::pieces::PIECES.iter().map(|p| p.id))
            .collect();
        let initial = parse(&format!("?hide={}", names.join(",")));
        assert!(initial.notices.is_empty(), "{:?}", initial.notices);
        assert_eq!(initial.hidden, names.as_slice());
        let initial = parse("?hide=deepseek-gpt4,nowhere");
        assert_eq!(initial.hidden, ["deepseek-gpt4"]);
        assert_eq!(initial.notices.len(), 1);
    }

    #[test]
    fn older_piece_names_open_their_piece() {
        let initial = parse("?v=2&embed=inference&hide=new-hardware,inference");
        assert!(initial.notices.is_empty(), "{:?}", initial.notices);
        assert_eq!(initial.embed.map(|e| e.id()), Some("bill"));
        assert_eq!(initial.hidden, ["chip", "inference"]);
        // A current link's `inference` is the section, which no embed shows alone.
        let initial = parse("?v=3&embed=inference");
        assert_eq!(initial.embed, None);
        assert_eq!(initial.notices.len(), 1);
    }

    #[test]
    fn the_band_is_shown_unless_a_link_turns_it_off() {
        assert!(parse("").band);
        assert!(parse("?band=1").band);
        let off = parse("?band=0");
        assert!(!off.band && off.notices.is_empty());
        let wrong = parse("?band=yes");
        assert!(wrong.band, "falls back to showing it");
        assert_eq!(wrong.notices.len(), 1);
        assert_eq!(wrong.notices[0].key, keys::BAND);
        assert_eq!(wrong.notices[0].raw, "yes");
    }
}
