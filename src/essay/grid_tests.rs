//! The scenario grid: every sentence of the prose, in both languages (sections, notes,
//! questions, the handout's rows), rendered for a grid of scenarios (the presets, both ends of
//! every input's range, both fits, `gashare` 0 and 1, and a few combinations), with each case
//! the wording was chosen by checked against the model.
//!
//! Three kinds of check, so that a wrong sentence fails whichever way it is wrong:
//! - every `{?case …}` resolves, and every number the chosen words use exists (no "–");
//! - the case that chose the words is true of the model, tested here by sampling the curves,
//!   not by the thresholds of `cases` (a selector forced to a wrong value fails);
//! - the words themselves: a sentence that says *when* something peaks or crosses only
//!   stands where that time lies inside the window and after 0, a lag is positive, a share
//!   "down to" is below its peak (a hump sentence written under the wrong case fails).

use super::cases::{self, AT_ONCE};
use super::facts::{Fact, FactMap, GROUPS};
use super::loader::ProseCache;
use super::markup::{all_pieces, choice, pieces, Piece};
use super::prose_text::{parse, EssayProse};
use crate::i18n::Lang;
use crate::state::derived::{fixed, fleet};
use crate::state::{sampler, AppState, Derived};
use lejto_model::chinchilla::{Fit, FITS};
use lejto_model::convergence::HORIZON;
use lejto_model::metric::Metric;
use lejto_model::mix::SMALLSHARE;
use lejto_model::next_step::max_cut;
use lejto_model::query::{self, CALC_PARAMS};
use lejto_model::uncertainty::{draw, SplitMix64, RANGES};
use lejto_model::yardstick::Yardstick;
use lejto_model::{Convergence, Preset, ScenarioField};
use leptos::prelude::*;

/// Samples per curve for the independent checks.
const N: usize = 4000;

fn prose(lang: Lang) -> EssayProse {
    parse(match lang {
        Lang::En => include_str!("../../locales/essay.en.txt"),
        Lang::Hu => include_str!("../../locales/essay.hu.txt"),
    })
    .unwrap()
}

/// Every text of the prose that is shown or printed, each with where it is.
fn texts(p: &EssayProse) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (i, parts) in p.sections.iter().enumerate() {
        for (k, part) in parts.iter().enumerate() {
            for (n, t) in part.iter().enumerate() {
                out.push((format!("section {i} part {k} paragraph {n}"), *t));
            }
        }
    }
    for (i, qs) in p.questions.iter().enumerate() {
        for q in qs {
            out.push((format!("question of section {i}"), *q));
        }
    }
    for (label, value) in &p.handout {
        out.push((format!("handout row {label}"), *label));
        out.push((format!("handout row {label}"), *value));
    }
    for (id, n) in &p.notes {
        out.push((format!("note {id}"), *n));
    }
    out
}

/// One point of the grid: a link's query, a fit and a yardstick.
#[derive(Clone)]
struct Point {
    name: String,
    query: Vec<(String, String)>,
    fit: Fit,
    yard: &'static str,
}

fn state(p: &Point, lang: Lang) -> AppState {
    let d = query::decode(p.query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let lang = RwSignal::new(lang);
    AppState {
        lang,
        scenario: RwSignal::new(d.scenario),
        horizon: RwSignal::new(d.horizon),
        compute: RwSignal::new(d.compute),
        flop_per_dollar: RwSignal::new(d.flop_per_dollar),
        fit: RwSignal::new(p.fit),
        steps: RwSignal::new(d.steps),
        cut: RwSignal::new(d.cut),
        yard: RwSignal::new(Yardstick::by_key(p.yard).unwrap()),
        calc: d.calc.map(RwSignal::new),
        metric: RwSignal::new(Metric::LossGap),
        prose: ProseCache::new(lang, false),
        dark: RwSignal::new(false),
        guess: RwSignal::new(None),
        band: RwSignal::new(true),
        asking: RwSignal::new(false),
        locked: &[],
        hidden: &[],
    }
}

/// Runs `f` as the page does, inside a memo (reading signals outside one only warns, but
/// the warnings would bury the test's own message).
fn tracked<T: Clone + PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> T {
    Memo::new(move |_| f()).get_untracked()
}

fn facts(s: &AppState) -> FactMap {
    let s = *s;
    let d = Derived::new(s);
    tracked(move || GROUPS.iter().flat_map(|g| g(&s, &d)).collect())
}

/// The grid: presets, both ends of every range (one at a time), both ends of `gashare`, every
/// step count and yardstick, and presets crossed with `gashare` and the shortest and longest
/// window. Each point is run with both fits.
fn grid() -> Vec<Point> {
    let mut queries: Vec<(String, Vec<(String, String)>)> = vec![("defaults".into(), vec![])];
    let q = |pairs: &[(&str, String)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<Vec<_>>()
    };
    let scenario_pairs = |s: lejto_model::Scenario| {
        ScenarioField::ALL
            .iter()
            .map(|f| (f.spec().key, format!("{:e}", f.get(&s))))
            .collect::<Vec<_>>()
    };
    for preset in Preset::ALL {
        let base = scenario_pairs(preset.scenario());
        queries.push((format!("{preset:?}"), q(&base)));
        for share in ["0", "0.5", "1"] {
            for horizon in ["1", "20", "50"] {
                let mut pairs = base.clone();
                pairs.retain(|(k, _)| *k != "gashare");
                pairs.push(("gashare", share.into()));
                pairs.push(("horizon", horizon.into()));
                queries.push((
                    format!("{preset:?} gashare={share} horizon={horizon}"),
                    q(&pairs),
                ));
            }
        }
    }
    let mut specs: Vec<&lejto_model::ParamSpec> =
        ScenarioField::ALL.iter().map(|f| f.spec()).collect();
    specs.push(&HORIZON);
    specs.push(&lejto_model::chinchilla::COMPUTE);
    specs.push(&lejto_model::chinchilla::FLOP_PER_DOLLAR);
    specs.push(&lejto_model::next_step::CUT);
    specs.extend(CALC_PARAMS);
    for spec in specs {
        for v in [spec.min, spec.max] {
            queries.push((
                format!("{}={v:e}", spec.key),
                q(&[(spec.key, format!("{v:e}"))]),
            ));
        }
    }
    for steps in ["2", "5", "10"] {
        queries.push((format!("steps={steps}"), q(&[("steps", steps.into())])));
        queries.push((
            format!("today-like steps={steps}"),
            q(&[("frontier", "1e8".into()), ("steps", steps.into())]),
        ));
    }
    // The meek lab ahead, the frontier not growing, nothing shared.
    queries.push((
        "meek rich".into(),
        q(&[("meek", "1e12".into()), ("frontier", "1".into())]),
    ));
    queries.push((
        "meek rich, frontier flat".into(),
        q(&[
            ("meek", "1e9".into()),
            ("frontier", "1e3".into()),
            ("gi", "1".into()),
        ]),
    ));
    queries.push((
        "no shared progress".into(),
        q(&[("gh", "1".into()), ("ga", "1".into())]),
    ));
    queries.push((
        "no shared progress, meek rich".into(),
        q(&[
            ("gh", "1".into()),
            ("ga", "1".into()),
            ("meek", "1e6".into()),
        ]),
    ));
    queries.push((
        "frontier flat, today-like".into(),
        q(&[("gi", "1".into()), ("frontier", "1e8".into())]),
    ));
    let mut out = Vec::new();
    for (name, query) in queries {
        for (f, yard) in FITS.iter().zip(["hu-gdp", "us-gdp"]) {
            out.push(Point {
                name: format!("{name}, fit {}", f.key),
                query: query.clone(),
                fit: *f,
                yard,
            });
        }
    }
    for yard in ["hu-gdp", "msft", "us-gdp"] {
        out.push(Point {
            name: format!("yard {yard}"),
            query: vec![],
            fit: FITS[0],
            yard,
        });
    }
    out
}

/// Renders one text for these facts: choices resolved, numbers as their text. Returns the
/// fact keys the shown words use and the selectors that chose them, or what went wrong.
fn render(
    text: &'static str,
    f: &FactMap,
) -> Result<(String, Vec<&'static str>, Vec<&'static str>), String> {
    let (mut out, mut keys, mut chose) = (String::new(), Vec::new(), Vec::new());
    let mut stack = vec![pieces(text)];
    while let Some(mut level) = stack.pop() {
        if level.is_empty() {
            continue;
        }
        let piece = level.remove(0);
        stack.push(level);
        match piece {
            Piece::Text(t) | Piece::Em(t) => out.push_str(t),
            Piece::Note(_) => out.push_str("[n]"),
            Piece::Fact(k) => match f.get(k) {
                Some(Fact { text, .. }) => {
                    out.push_str(text);
                    keys.push(k);
                }
                None => return Err(format!("the number {{{k}}} has no value here: {text}")),
            },
            Piece::Choice(inner) => {
                let c = choice(inner).ok_or_else(|| format!("unreadable choice {inner}"))?;
                let value = f
                    .get(c.selector)
                    .map(|x| x.text.as_str())
                    .ok_or_else(|| format!("no case {} here", c.selector))?;
                let alt = c
                    .pick(value)
                    .ok_or_else(|| format!("no words for {} = {value}", c.selector))?;
                chose.push(c.selector);
                stack.push(pieces(alt));
            }
        }
    }
    Ok((out, keys, chose))
}

/// The words' own claims (see the module's comment).
fn check_words(keys: &[&str], f: &FactMap, horizon: f64) -> Result<(), String> {
    let raw = |k: &str| f.get(k).map(|x| x.raw).unwrap_or(f64::NAN);
    for k in keys {
        let v = raw(k);
        let ok = match *k {
            // "widest after … years": a peak inside the window, after the start.
            "peak-t" | "mmlu-peak-t" => v >= AT_ONCE && v <= horizon - AT_ONCE,
            // "catches up within … years": after the start, within the window.
            "inference-cross-t" | "half-t" => v >= AT_ONCE && v <= horizon,
            // "… years behind": behind.
            "behind-peak" | "behind-h" => v > 0.0,
            // "down to … of its peak".
            "gap-h-share" => v < 1.0,
            // "a gap of …" in points: there is one.
            "mmlu-peak-gap" | "peak-gap" | "gap-h" | "inference-gap-0" => v > 0.0,
            _ => true,
        };
        if !ok {
            return Err(format!("{{{k}}} = {v} cannot stand in this sentence"));
        }
    }
    Ok(())
}

/// Where a sampled curve is largest: `(t, value)`.
fn argmax(h: f64, g: impl Fn(f64) -> f64) -> (f64, f64) {
    (0..=N)
        .map(|i| h * i as f64 / N as f64)
        .map(|t| (t, g(t)))
        .fold(
            (0.0, f64::NEG_INFINITY),
            |b, p| if p.1 > b.1 { p } else { b },
        )
}

/// A curve's course over `[0, h]`, read from samples: the claims of `shape` and `bench`.
fn course(h: f64, g: impl Fn(f64) -> f64 + Copy, value: &str) -> Result<(), String> {
    let dt = h / N as f64;
    let (t, top) = argmax(h, g);
    let ok = match value {
        "hump" => t >= AT_ONCE - dt && t <= h - AT_ONCE + dt && top > g(0.0) && top > g(h),
        "start" => t <= AT_ONCE + dt && g(h) < g(0.0) && g(0.0) > 0.0,
        "growing" => t >= h - AT_ONCE - dt && g(h) > 0.0,
        "none" | "meek" => top <= 1e-4,
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "largest {top} at t = {t} (start {}, end {})",
            g(0.0),
            g(h)
        ))
    }
}

/// Checks that the case `value` of `selector` is true of the model in this state.
fn check_case(selector: &str, value: &str, s: &AppState) -> Result<(), String> {
    let sc = s.scenario.get_untracked();
    let h = s.horizon.get_untracked();
    let c = Convergence::new(sc, h).unwrap();
    // The meek lab's yearly gain in effective compute and the frontier's, from E2/E3 directly.
    let gm = sc.gh * sc.ga.powf(sc.gashare);
    let gf = sc.gi * sc.gh * sc.ga;
    let steps = s.steps.get_untracked();
    // Years the meek lab trails at year t, straight from E2/E3 in log compute (the loss is
    // monotone in compute, so equal loss is equal effective compute; no loss is inverted,
    // which loses every digit near the floor at large α).
    let lag = |t: f64| ((sc.frontier / sc.meek).ln() + t * gf.ln()) / gm.ln() - t;
    let bench = |p: u32| argmax(h, |t| c.benchmark_gap(t, p));
    let ok = match (selector, value) {
        // Never closes: the meek lab stands still and the frontier stays ahead.
        ("shape", "stuck") => gm <= 1.0 && c.gap(h) > 0.0 && c.gap(h + 500.0) > 0.0,
        ("shape", v) => {
            if gm <= 1.0 {
                return Err("the meek lab never improves".into());
            }
            course(h, |t| c.gap(t), v)?;
            // A gap that is still growing turns later (the frontier's lead shrinks in the end).
            v != "growing" || c.gap(h + 500.0) < c.gap(h)
        }
        ("bench", v) => course(h, |t| c.benchmark_gap(t, steps), v).is_ok(),
        ("lag", "never") => gm <= 1.0,
        ("lag", "ahead") => c.meek_loss(h) <= c.frontier_loss(h),
        ("lag", "grows") => lag(h) > 0.0 && lag(h) > lag(0.0) + 1e-6 && lag(h + 10.0) > lag(h),
        ("lag", "steady") => lag(h) > 0.0 && (lag(h) - lag(0.0)).abs() < 1e-6,
        ("multistep", "one") => steps == 1,
        ("multistep", "more-later") => bench(steps).1 > bench(1).1 && bench(steps).0 > bench(1).0,
        ("multistep", "less-later") => bench(steps).1 < bench(1).1 && bench(steps).0 > bench(1).0,
        ("multistep", "other") => steps > 1,
        ("decade", v) => {
            let (a, b) = (c.benchmark_gap(5.0, steps), c.benchmark_gap(10.0, steps));
            match v {
                "none" => a <= 0.0 && b <= 0.0,
                "shrinks" => b < a,
                _ => b >= a && b > 0.0,
            }
        }
        ("rentable", v) => (v == "yes") == (fleet(s).gpus() > 0.0 || fleet(s).per_year() == 0.0),
        ("tpp", v) => {
            let a = s.fit.get_untracked().optimal(s.compute.get_untracked());
            let r = a.tokens / a.params;
            match v {
                "near" => (12.0..=35.0).contains(&r),
                "more" => r > 35.0,
                _ => r < 12.0,
            }
        }
        ("algos", v) => match v {
            "flat" => sc.ga == 1.0,
            "all" => sc.ga > 1.0 && sc.gashare == 1.0,
            "none" => sc.ga > 1.0 && sc.gashare == 0.0,
            _ => sc.ga > 1.0 && sc.gashare > 0.0 && sc.gashare < 1.0,
        },
        ("hw", v) => (v == "gains") == (sc.gh > 1.0),
        ("diverge", v) => (v == "grows") == (gf > gm),
        ("budget15", v) => {
            let later = sc.frontier * sc.gi.powi(15);
            (v == "beyond") == (later > s.yard.get_untracked().dollars)
        }
        ("nextstep", v) => {
            let law = s.fit.get_untracked().law();
            let most = max_cut(&law, s.compute.get_untracked());
            (v == "possible") == (s.cut.get_untracked() / 100.0 < most)
        }
        ("yard", v) => {
            let start = s.compute.get_untracked() / s.flop_per_dollar.get_untracked();
            (v == "past") == (s.yard.get_untracked().dollars > start)
        }
        ("cross", v) => {
            let f = fixed(s);
            let below = (0..=N)
                .map(|i| h * i as f64 / N as f64)
                .find(|t| f.raw_gap(*t) <= 0.0);
            match v {
                "start" => f.raw_gap(0.0) <= 0.0,
                "later" => below.is_some_and(|t| t > 0.0) || f.raw_gap(h) <= 0.0,
                _ => below.is_none(),
            }
        }
        ("depr", v) => {
            let d = fleet(s);
            let life = d.inputs().life;
            let (_, widest) = argmax(life, |t| d.book_value(t) - d.market_value(t));
            (v == "below") == (widest >= 0.01 * d.book_value(0.0) * 0.999)
        }
        ("mix", v) => {
            let share = s.param(&SMALLSHARE).get_untracked();
            let d = Derived::new(*s);
            let m = d.mix_at(share).unwrap();
            let saved = 1.0 - m.cost() / d.mix_at(0.0).unwrap().cost();
            let lost = (m.large().quality - m.quality()) / m.large().quality.max(1e-12);
            match v {
                "none" => share == 0.0 || saved <= 0.0,
                "faster" => saved > 0.0 && saved > lost,
                _ => saved > 0.0 && saved <= lost,
            }
        }
        ("band", v) => {
            let hump = check_case("shape", "hump", s).is_ok();
            // The page's draws, counted directly: the share of worlds halved within the window.
            let mut rng = SplitMix64::new(sampler::SEED);
            let halved = (0..sampler::DRAWS)
                .filter(|_| {
                    let world = draw(&sc, &RANGES, &mut rng);
                    Convergence::new(world, h).is_ok_and(|w| w.half_time().is_some())
                })
                .count() as f64
                / sampler::DRAWS as f64;
            match v {
                "other" => !hump,
                "hump" => hump && halved >= 0.95,
                _ => hump && halved < 1.0,
            }
        }
        _ => return Err(format!("no check for {selector} = {value}")),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("the case {selector} = {value} is not true here"))
    }
}

/// Renders and checks every text of `p` at one grid point; the first failure, if any.
fn check_point(point: &Point, lang: Lang, p: &EssayProse, f: &FactMap) -> Result<(), String> {
    let s = state(point, lang);
    let h = s.horizon.get_untracked();
    for (where_, text) in texts(p) {
        let (shown, keys, chose) =
            render(text, f).map_err(|e| format!("{}: {where_}: {e}", point.name))?;
        check_words(&keys, f, h)
            .map_err(|e| format!("{} ({lang:?}): {where_}: {e}\n  {shown}", point.name))?;
        for sel in chose {
            let value = &f[sel].text;
            let (sel, value) = (sel.to_string(), value.clone());
            tracked(move || check_case(&sel, &value, &s))
                .map_err(|e| format!("{} ({lang:?}): {where_}: {e}\n  {shown}", point.name))?;
        }
    }
    Ok(())
}

#[test]
fn every_sentence_is_true_at_every_point_of_the_grid() {
    let points = grid();
    assert!(points.len() > 150, "{} points", points.len());
    let mut seen: Vec<(&str, String)> = Vec::new();
    let mut failures: Vec<(String, String)> = Vec::new();
    for lang in Lang::ALL {
        let p = prose(lang);
        for point in &points {
            let f = facts(&state(point, lang));
            if let Err(e) = check_point(point, lang, &p, &f) {
                // One report per sentence and language: the first point where it fails.
                let key = format!("{lang:?} {}", e.split(": ").nth(1).unwrap_or(&e));
                if !failures.iter().any(|(k, _)| *k == key) {
                    failures.push((key, e));
                }
            }
            for (sel, _) in cases::SELECTORS {
                if let Some(v) = f.get(sel) {
                    if !seen.iter().any(|(s, x)| s == sel && *x == v.text) {
                        seen.push((sel, v.text.clone()));
                    }
                }
            }
        }
        if std::env::var_os("LEJTO_GRID_PRINT").is_some() {
            // `LEJTO_GRID_PRINT=1 cargo test grid -- --nocapture` prints the today-like
            // start's prose, to read as a reader would.
            for point in points.iter().filter(|p| p.name.starts_with("TodayLike, ")) {
                let f = facts(&state(point, lang));
                for (where_, text) in texts(&p) {
                    println!("{where_}: {}", render(text, &f).unwrap().0);
                }
            }
        }
    }
    let report: Vec<&str> = failures.iter().map(|(_, e)| e.as_str()).collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
    // The grid reaches the cases that matter: each of these is shown somewhere.
    for (sel, v) in [
        ("shape", "hump"),
        ("shape", "start"),
        ("shape", "growing"),
        ("shape", "stuck"),
        ("shape", "meek"),
        ("bench", "hump"),
        ("multistep", "more-later"),
        ("multistep", "less-later"),
        ("decade", "shrinks"),
        ("tpp", "near"),
        ("tpp", "more"),
        ("algos", "part"),
        ("algos", "none"),
        ("cross", "later"),
        ("cross", "never"),
        ("lag", "grows"),
        ("diverge", "even"),
        ("band", "hump"),
        ("band", "other"),
    ] {
        assert!(
            seen.iter().any(|(s, x)| *s == sel && x == v),
            "the grid never shows {sel} = {v}"
        );
    }
}

#[test]
fn every_choice_names_a_known_case_and_covers_all_its_values() {
    for lang in Lang::ALL {
        let p = prose(lang);
        for (where_, text) in texts(&p) {
            for piece in all_pieces(text) {
                let Piece::Choice(inner) = piece else {
                    continue;
                };
                let c = choice(inner)
                    .unwrap_or_else(|| panic!("{lang:?} {where_}: unreadable {inner}"));
                let values = cases::values(c.selector);
                assert!(
                    !values.is_empty(),
                    "{lang:?} {where_}: unknown case {inner}"
                );
                for (labels, alt) in &c.alternatives {
                    for l in labels {
                        assert!(
                            *l == "else" || values.contains(l),
                            "{lang:?} {where_}: {} has no value {l}",
                            c.selector
                        );
                    }
                    assert!(
                        !pieces(alt).iter().any(|x| matches!(x, Piece::Choice(_))),
                        "{lang:?} {where_}: a choice inside a choice"
                    );
                }
                for v in values {
                    assert!(
                        c.pick(v).is_some(),
                        "{lang:?} {where_}: no words for {} = {v}",
                        c.selector
                    );
                }
            }
        }
    }
}

fn today_like() -> Point {
    Point {
        name: "today-like".into(),
        query: vec![("frontier".into(), "1e8".into())],
        fit: FITS[0],
        yard: "hu-gdp",
    }
}

#[test]
fn a_case_forced_wrong_fails() {
    // The today-like start: the loss gap is widest at t = 0. Forcing the case to "hump"
    // shows the hump's words ("widest after 0 years"), and the check catches both the words
    // and the case.
    let point = today_like();
    let p = prose(Lang::En);
    let mut f = facts(&state(&point, Lang::En));
    assert_eq!(f["shape"].text, "start");
    assert_eq!(check_point(&point, Lang::En, &p, &f), Ok(()));
    f.get_mut("shape").unwrap().text = "hump".into();
    let err = check_point(&point, Lang::En, &p, &f).unwrap_err();
    assert!(err.contains("peak-t") || err.contains("shape"), "{err}");
    // A case the words do not show (no number to catch): the claim check alone finds it.
    let mut f = facts(&state(&point, Lang::En));
    f.get_mut("cross").unwrap().text = "never".into();
    let err = check_point(&point, Lang::En, &p, &f).unwrap_err();
    assert!(err.contains("cross = never"), "{err}");
}

#[test]
fn a_sentence_written_for_the_wrong_case_fails() {
    // The hump's wording filed under "start" as well: true at the paper's defaults, false at
    // the today-like start.
    let wrong: &'static str =
        "The lead is {?shape hump start: widest after {peak-t} years | else: gone}.";
    let bad = EssayProse {
        sections: vec![vec![vec![wrong]]],
        ..EssayProse::default()
    };
    let paper = Point {
        name: "paper".into(),
        query: vec![],
        fit: FITS[0],
        yard: "hu-gdp",
    };
    let f = facts(&state(&paper, Lang::En));
    assert_eq!(check_point(&paper, Lang::En, &bad, &f), Ok(()));
    let point = today_like();
    let f = facts(&state(&point, Lang::En));
    let err = check_point(&point, Lang::En, &bad, &f).unwrap_err();
    assert!(err.contains("{peak-t}"), "{err}");
    // And a fixed sentence with no case at all.
    let fixed_words: &'static str = "Its lead is widest after {peak-t} years.";
    let bad = EssayProse {
        sections: vec![vec![vec![fixed_words]]],
        ..EssayProse::default()
    };
    assert!(check_point(&point, Lang::En, &bad, &f).is_err());
}
