//! The cases the prose chooses its wording by (`{?selector …}`, see `markup`): for each
//! selector, which of its values the model's numbers show. The facts put each selector into
//! their map with the value as its text, so a sentence switches wording exactly when the
//! numbers it stands beside change case.
//!
//! Every function here only classifies; the native scenario-grid test (`grid_tests`) checks
//! each value's claim against the model by sampling, independently of these thresholds.

use lejto_model::uncertainty::Summary;
use lejto_model::{Convergence, Outcome};

/// Below this many years a time reads "0" at one decimal: such a peak is "at the start".
pub const AT_ONCE: f64 = 0.05;

/// Every selector the prose may choose by, with every value it can take. A native test checks
/// that each choice names one of these, uses only its values and covers all of them (or has
/// `else`).
pub const SELECTORS: &[(&str, &[&str])] = &[
    // The loss gap over the reader's window (`Outcome`, with a peak that reads "0 years"
    // counted as the start and one that reads as the horizon as still growing).
    ("shape", &["hump", "start", "growing", "stuck", "meek"]),
    // The years the meek lab trails at the horizon.
    ("lag", &["grows", "steady", "ahead", "never"]),
    // The benchmark-point gap of the chosen multi-step task over the window.
    ("bench", &["hump", "start", "growing", "none"]),
    // The chosen task against single questions: its largest gap in points and when it comes.
    ("multistep", &["one", "more-later", "less-later", "other"]),
    // The chosen task's gap in points ten years on against five years on (the article's
    // "within five to ten years"): closing, still widening, or no lead at all.
    ("decade", &["shrinks", "grows", "none"]),
    // Whether the data centre has GPUs to rent out (`gpushare > 0`).
    ("rentable", &["yes", "no"]),
    // Tokens per parameter of the chosen fit at the chosen budget against the rule of twenty.
    ("tpp", &["near", "more", "fewer"]),
    // What the meek lab gets of algorithmic progress (`gashare`), and whether there is any.
    ("algos", &["all", "part", "none", "flat"]),
    // Whether hardware gets cheaper at all (`g_h > 1`).
    ("hw", &["gains", "flat"]),
    // The frontier budget after fifteen years against the chosen yardstick.
    ("budget15", &["beyond", "within"]),
    // Whether the further cut can be bought at all (below the floor's limit).
    ("nextstep", &["possible", "impossible"]),
    // Where the next step's bill passes the yardstick: at some cut, or from the first step.
    ("yard", &["past", "first"]),
    // The study's fixed-price variant: does its formula reach the frontier, and when.
    ("cross", &["later", "never", "start"]),
    // Book against market value of the servers: apart, or never far apart.
    ("depr", &["below", "close"]),
    // The large-and-small mix: does the bill fall faster than the quality.
    ("mix", &["faster", "slower", "none"]),
    // The unbounded measures: does the frontier's lead in them grow (`G_F > G_M`).
    ("diverge", &["grows", "even"]),
    // The band of sampled worlds: the reader's gap has a hump and it has halved within the
    // window in all but the latest twentieth of worlds, has not in some, or has no hump.
    ("band", &["hump", "open", "other"]),
];

/// The values a selector can take (empty for an unknown selector).
pub fn values(selector: &str) -> &'static [&'static str] {
    SELECTORS
        .iter()
        .find(|(s, _)| *s == selector)
        .map_or(&[], |(_, v)| v)
}

/// `shape`: the loss gap's course over the window.
pub fn shape(c: &Convergence) -> &'static str {
    let peak = c.peak();
    if peak.gap <= 0.0 {
        // Before "stuck": a frontier that is never ahead has no lead to keep.
        return "meek";
    }
    match c.outcome() {
        Outcome::NoSharedProgress => "stuck",
        Outcome::MeekAhead => "meek",
        Outcome::StillGrowing => "growing",
        Outcome::ShrinksFromStart => "start",
        Outcome::Hump if peak.t < AT_ONCE => "start",
        Outcome::Hump if peak.t > c.horizon() - AT_ONCE => "growing",
        Outcome::Hump => "hump",
    }
}

/// `lag`: the years the meek lab trails, at the horizon.
pub fn lag(c: &Convergence) -> &'static str {
    let s = c.scenario();
    match c.years_behind(c.horizon()) {
        None => "never",
        Some(b) if b <= 0.0 => "ahead",
        Some(_) if s.frontier_gain() > s.meek_gain() => "grows",
        Some(_) => "steady",
    }
}

/// `bench`: the course of the benchmark-point gap of a `steps`-step task.
pub fn bench(c: &Convergence, steps: u32) -> &'static str {
    let peak = c.benchmark_peak(steps);
    // Below half a hundredth of a point the gap reads as nothing at all.
    if peak.gap <= 5e-5 {
        "none"
    } else if peak.t < AT_ONCE {
        "start"
    } else if peak.t > c.horizon() - AT_ONCE {
        "growing"
    } else {
        "hump"
    }
}

/// `decade`: the gap in points of a `steps`-step task after ten years against five.
pub fn decade(at5: f64, at10: f64) -> &'static str {
    if at5 <= 0.0 && at10 <= 0.0 {
        "none"
    } else if at10 < at5 {
        "shrinks"
    } else {
        "grows"
    }
}

/// `multistep`: the chosen task's largest gap and its time against single questions'.
pub fn steps(c: &Convergence, steps: u32) -> &'static str {
    if steps <= 1 {
        return "one";
    }
    let (one, many) = (c.benchmark_peak(1), c.benchmark_peak(steps));
    if many.t < one.t + AT_ONCE || bench(c, steps) == "none" {
        "other"
    } else if many.gap > one.gap {
        "more-later"
    } else {
        "less-later"
    }
}

/// `tpp`: tokens per parameter against the rule of thumb of twenty (12 to 35 counts as near:
/// the refit's own optimum runs from about 13 to 26 over the whole compute range).
pub fn tpp(tokens_per_param: f64) -> &'static str {
    if tokens_per_param > 35.0 {
        "more"
    } else if tokens_per_param < 12.0 {
        "fewer"
    } else {
        "near"
    }
}

/// `algos`: the meek lab's share `s` of algorithmic progress, or none to share (`g_a = 1`).
pub fn algos(ga: f64, gashare: f64) -> &'static str {
    if ga <= 1.0 {
        "flat"
    } else if gashare >= 1.0 {
        "all"
    } else if gashare <= 0.0 {
        "none"
    } else {
        "part"
    }
}

/// `cross`: the fixed-price variant's crossing, from `FixedPrice::cross_t`.
pub fn cross(cross_t: Option<f64>) -> &'static str {
    match cross_t {
        None => "never",
        Some(t) if t <= 0.0 => "start",
        Some(_) => "later",
    }
}

/// `mix`: does sending `share` of the requests to the small model cut the bill by a larger
/// fraction than it cuts the quality?
pub fn mix(share: f64, savings: f64, quality_loss: f64) -> &'static str {
    if share <= 0.0 || savings <= 0.0 {
        "none"
    } else if savings > quality_loss {
        "faster"
    } else {
        "slower"
    }
}

/// A yes/no selector's value.
pub fn either(yes: bool, if_yes: &'static str, if_no: &'static str) -> &'static str {
    if yes {
        if_yes
    } else {
        if_no
    }
}

/// `band`: whether the sampled worlds' intervals can be read as a hump's (the reader's gap has
/// one, see `shape`), and whether the half-way time's upper quantile lies within the window.
pub fn band(c: &Convergence, s: &Summary) -> &'static str {
    match shape(c) {
        "hump" if s.half_t[4].is_finite() => "hump",
        "hump" => "open",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_classifier_returns_a_declared_value() {
        let all = |sel: &str, v: &str| assert!(values(sel).contains(&v), "{sel}: {v}");
        for v in [tpp(5.0), tpp(20.0), tpp(130.0)] {
            all("tpp", v);
        }
        for (ga, s) in [(1.0, 1.0), (2.8, 1.0), (2.8, 0.5), (2.8, 0.0)] {
            all("algos", algos(ga, s));
        }
        for c in [None, Some(0.0), Some(1.3)] {
            all("cross", cross(c));
        }
        for (sh, sv, q) in [(0.0, 0.0, 0.0), (0.8, 0.7, 0.3), (0.8, 0.2, 0.3)] {
            all("mix", mix(sh, sv, q));
        }
        let mut names: Vec<&str> = SELECTORS.iter().map(|(s, _)| *s).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SELECTORS.len(), "a selector twice");
    }
}
