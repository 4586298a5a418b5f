//! Data preparation every chart shares: dropping non-finite points, ranges, interpolation.

use crate::ChartError;
use std::ops::Range;

/// The points whose coordinates are both finite: a NaN or infinity would be drawn along an
/// edge (plotters casts it to a pixel), so it is dropped instead.
pub(crate) fn finite(points: impl IntoIterator<Item = (f64, f64)>) -> Vec<(f64, f64)> {
    points
        .into_iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect()
}

/// `[min, max]` of the finite values, or `None` when there is none.
pub(crate) fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    (lo <= hi).then_some((lo, hi))
}

/// A linear x range over `[lo, hi]`; a single value gets a unit-wide range around it rather
/// than an empty one.
pub(crate) fn x_span((lo, hi): (f64, f64)) -> Range<f64> {
    if hi > lo {
        lo..hi
    } else {
        let half = 0.5 * lo.abs().max(1.0);
        (lo - half)..(hi + half)
    }
}

/// `[min, max]` of the values, padded by `pad` of the span on each side.
pub(crate) fn padded_range(
    values: impl Iterator<Item = f64>,
    pad: f64,
    include_zero: bool,
) -> Range<f64> {
    let Some((mut lo, mut hi)) = extent(values) else {
        return 0.0..1.0;
    };
    if include_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    let span = (hi - lo).max(1e-9 * hi.abs().max(1.0));
    (lo - pad * span)..(hi + pad * span)
}

/// An axis range plotters can lay out: finite ends, start below end. Data spanning more than a
/// double holds (say from -1e308 to 1e308) is refused rather than drawn with infinite ticks.
pub(crate) fn usable(r: &Range<f64>) -> Result<(), ChartError> {
    if r.start.is_finite() && r.end.is_finite() && r.start < r.end {
        Ok(())
    } else {
        Err(ChartError(format!("unusable axis range {r:?}")))
    }
}

/// `y` at `x` on the polyline through `points` (linear between neighbours), `None` when `x`
/// lies outside every segment. The first segment containing `x` wins.
pub(crate) fn interpolate(points: &[(f64, f64)], x: f64) -> Option<f64> {
    if let [only] = points {
        return (only.0 == x).then_some(only.1);
    }
    points.windows(2).find_map(|w| {
        let (a, b) = (w[0], w[1]);
        if !(x >= a.0.min(b.0) && x <= a.0.max(b.0)) {
            return None;
        }
        let y = if a.0 == b.0 {
            a.1
        } else {
            a.1 + (x - a.0) / (b.0 - a.0) * (b.1 - a.1)
        };
        y.is_finite().then_some(y)
    })
}

/// Whether `v` lies in the closed range (drawing outside it would land on or past an edge).
pub(crate) fn within(r: &Range<f64>, v: f64) -> bool {
    v >= r.start && v <= r.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_between_samples_only() {
        let p = [(0.0, 0.0), (1.0, 10.0), (3.0, 30.0)];
        assert_eq!(interpolate(&p, 0.5), Some(5.0));
        assert_eq!(interpolate(&p, 2.0), Some(20.0));
        assert_eq!(interpolate(&p, 3.0), Some(30.0));
        assert_eq!(interpolate(&p, 3.5), None);
        assert_eq!(interpolate(&p, f64::NAN), None);
        assert_eq!(interpolate(&[], 1.0), None);
    }

    #[test]
    fn ranges_skip_non_finite_values() {
        assert_eq!(extent([1.0, f64::NAN, 3.0].into_iter()), Some((1.0, 3.0)));
        assert_eq!(extent([f64::INFINITY].into_iter()), None);
        let r = padded_range([1.0, 2.0].into_iter(), 0.0, true);
        assert_eq!(r, 0.0..2.0);
    }
}
