//! The page state in the address bar: read once at start, written on every change with
//! `history.replaceState` (no history entry per slider tick). Parameter names are a public
//! contract (README); the decoding rules live in `lejto_model::query`.

use crate::i18n::Lang;
use lejto_model::chinchilla::{Fit, FITS};
use lejto_model::link_version::{self, VersionNotice, LINK_VERSION, VERSION_KEY};
use lejto_model::metric::Metric;
use lejto_model::query::{self, Decoded};
use lejto_model::yardstick::{Yardstick, YARDSTICKS};
use lejto_model::ParamSpec;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

mod embed_link;
pub use embed_link::Embed;

/// The "guess first" input (years from now, `calculators::guess`); its key is also the link's.
pub const GUESS: ParamSpec = ParamSpec {
    key: "guess",
    default: 5.0,
    min: 0.0,
    max: 50.0,
    step: 0.5,
    log: false,
    unit: "yr",
    source: "the reader's guess",
};

/// The `lang` URL key.
pub const LANG_KEY: &str = "lang";
/// The `fit` URL key (`epoch` or `hoffmann`).
pub const FIT_KEY: &str = "fit";

/// The `yard` URL key (see `lejto_model::yardstick::YARDSTICKS`).
pub const YARD_KEY: &str = "yard";

/// The `metric` URL key (`loss`, `points`, `ratio` or `years`).
pub const METRIC_KEY: &str = lejto_model::metric::METRIC_KEY;

/// A value in the opening link that was ignored, for the reader's notice.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A numeric parameter: its key, the raw text, and the default used instead.
    Value {
        /// URL key.
        key: &'static str,
        /// Text as it stood in the link.
        raw: String,
        /// The default shown instead.
        default: f64,
    },
    /// `lang` was neither `hu` nor `en`.
    Lang {
        /// Text as it stood in the link.
        raw: String,
    },
    /// `fit` was neither `epoch` nor `hoffmann`.
    Fit {
        /// Text as it stood in the link.
        raw: String,
    },
    /// `yard` named no known yardstick.
    Yard {
        /// Text as it stood in the link.
        raw: String,
    },
    /// `metric` named no known measure.
    Metric {
        /// Text as it stood in the link.
        raw: String,
    },
    /// `embed` named no known piece.
    Embed {
        /// Text as it stood in the link.
        raw: String,
    },
    /// `v` was no version this page knows; the link was read as the current version.
    Version(VersionNotice),
    /// `lock` named no input of this page.
    Lock {
        /// The unknown name.
        raw: String,
    },
    /// `hide` named no section or figure of this page.
    Hide {
        /// The unknown name.
        raw: String,
    },
}

/// The `lock` URL key: inputs a teacher fixes for a lesson, comma separated.
pub const LOCK_KEY: &str = "lock";
/// The `hide` URL key: sections and pieces (`pieces::hideable`) a teacher hides.
pub const HIDE_KEY: &str = "hide";

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
        .chain([FIT_KEY, YARD_KEY, METRIC_KEY])
        .find(|k| *k == key)
}

/// The known names of a comma list (the last `key` of the link), and notices for the others.
fn names(
    pairs: &[(String, String)],
    key: &str,
    known: fn(&str) -> Option<&'static str>,
    notice: fn(String) -> Notice,
    notices: &mut Vec<Notice>,
) -> &'static [&'static str] {
    let Some((_, list)) = pairs.iter().rev().find(|(k, _)| k == key) else {
        return &[];
    };
    let mut found = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match known(name) {
            Some(k) => found.push(k),
            None => notices.push(notice(name.to_string())),
        }
    }
    // Read once per page load; the lists live as long as the page.
    Vec::leak(found)
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
        .map(|r| Notice::Value {
            key: r.error.name(),
            raw: r.raw.clone(),
            default: default_of(r.error.name()),
        })
        .collect();
    notices.extend(migrated.notice.map(Notice::Version));
    let mut lang = None;
    let mut fit = FITS[0];
    let mut yard = YARDSTICKS[0];
    let mut metric = Metric::default();
    for (k, v) in &pairs {
        if k == LANG_KEY {
            match Lang::parse(v) {
                Some(l) => lang = Some(l),
                None => notices.push(Notice::Lang { raw: v.clone() }),
            }
        } else if k == FIT_KEY {
            match Fit::by_key(v.trim()) {
                Some(f) => fit = f,
                None => notices.push(Notice::Fit { raw: v.clone() }),
            }
        } else if k == YARD_KEY {
            match Yardstick::by_key(v.trim()) {
                Some(y) => yard = y,
                None => notices.push(Notice::Yard { raw: v.clone() }),
            }
        } else if k == METRIC_KEY {
            match Metric::parse(v) {
                Some(m) => metric = m,
                None => notices.push(Notice::Metric { raw: v.clone() }),
            }
        }
    }
    let (mut guess, mut ask) = (None, false);
    if let Some((_, raw)) = pairs.iter().rev().find(|(k, _)| k == GUESS.key) {
        if raw.trim() == "ask" {
            ask = true;
        } else {
            match GUESS.parse_with(raw, crate::format::parse_number) {
                Ok(v) => guess = Some(v),
                Err(_) => notices.push(Notice::Value {
                    key: GUESS.key,
                    raw: raw.clone(),
                    default: GUESS.default,
                }),
            }
        }
    }
    let locked = names(
        &pairs,
        LOCK_KEY,
        lockable,
        |raw| Notice::Lock { raw },
        &mut notices,
    );
    let hidden = names(
        &pairs,
        HIDE_KEY,
        crate::pieces::hideable,
        |raw| Notice::Hide { raw },
        &mut notices,
    );
    let embed = match Embed::from_pairs(&pairs) {
        Some(Ok(e)) => Some(e),
        Some(Err(raw)) => {
            notices.push(Notice::Embed { raw });
            None
        }
        None => None,
    };
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
fn query_pairs(search: &str) -> Vec<(String, String)> {
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
fn query_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
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

/// The page's address for this state: the current path and its query with every value set
/// (defaults of the money inputs left out), parameters this page does not know kept as they
/// were, and the `drop` keys removed. No fragment.
pub fn address(
    values: &Decoded,
    fit: Fit,
    yard: Yardstick,
    metric: Metric,
    lang: Lang,
    guess: Option<f64>,
    drop: &[&str],
) -> Option<String> {
    let location = web_sys::window()?.location();
    let search = location.search().unwrap_or_default();
    // An older link's names and values were read under their new names: write only those
    // (and keep, in their places, the parameters this page does not know).
    let params = UrlSearchParams::new().ok()?;
    params.set(VERSION_KEY, &LINK_VERSION.to_string());
    for (key, value) in link_version::migrate(query_pairs(&search)).pairs {
        params.append(&key, &value);
    }
    // Inputs at their defaults are left out of the link: drop any the address still carries.
    for spec in query::CALC_PARAMS {
        params.delete(spec.key);
    }
    for (key, value) in query::encode(values) {
        params.set(key, &value);
    }
    params.set(FIT_KEY, fit.key);
    params.set(YARD_KEY, yard.key);
    if metric == Metric::default() {
        params.delete(METRIC_KEY);
    } else {
        params.set(METRIC_KEY, metric.as_str());
    }
    params.set(LANG_KEY, lang.code());
    // A revealed guess is part of the state; `guess=ask` (a teacher's prompt) stays as it was
    // until a guess is revealed, and a withdrawn guess asks again.
    match guess {
        Some(g) => params.set(GUESS.key, &g.to_string()),
        None if params.get(GUESS.key).is_some_and(|v| v != "ask") => params.set(GUESS.key, "ask"),
        None => {}
    }
    for key in drop {
        params.delete(key);
    }
    // On a prerendered page, the page of the language being read.
    let path =
        crate::pages::path_for(lang).unwrap_or_else(|| location.pathname().unwrap_or_default());
    Some(format!("{path}?{}", String::from(params.to_string())))
}

/// Puts the state into the address bar without adding a history entry. Parameters this page
/// does not know (a host's tracking-free `ref`, say) are kept as they were.
pub fn write(
    values: &Decoded,
    fit: Fit,
    yard: Yardstick,
    metric: Metric,
    lang: Lang,
    guess: Option<f64>,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Some(url) = address(values, fit, yard, metric, lang, guess, &[]) else {
        return;
    };
    let url = format!("{url}{}", location.hash().unwrap_or_default());
    if let Ok(history) = window.history() {
        let current = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if current != url {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
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
}
