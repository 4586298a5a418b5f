//! Where a drawn chart's x axis lies, so a pointer can be mapped back to data (hover read-outs).

use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

/// The plotting area's horizontal extent in drawing pixels and the data range it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotFrame {
    /// Left and right pixel of the data region, relative to the root drawing area.
    pub x_px: (i32, i32),
    /// The data values at those pixels.
    pub x: (f64, f64),
    /// Whether the axis is logarithmic.
    pub log_x: bool,
}

impl PlotFrame {
    /// The data x under pixel `px`, or `None` outside the data region.
    pub fn value_at(&self, px: f64) -> Option<f64> {
        let (l, r) = (self.x_px.0 as f64, self.x_px.1 as f64);
        if r <= l || px < l || px > r || px.is_nan() {
            return None;
        }
        let f = (px - l) / (r - l);
        let v = if self.log_x {
            (self.x.0.ln() + f * (self.x.1.ln() - self.x.0.ln())).exp()
        } else {
            self.x.0 + f * (self.x.1 - self.x.0)
        };
        v.is_finite().then_some(v)
    }

    /// The frame of a linear plotting area.
    pub(crate) fn linear<DB: DrawingBackend>(
        area: &DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
        x: (f64, f64),
    ) -> PlotFrame {
        let (xs, _) = area.get_pixel_range();
        PlotFrame {
            x_px: (xs.start, xs.end),
            x,
            log_x: false,
        }
    }
}

/// `y` at `x` on a polyline sampled with increasing x, linearly interpolated (`None` outside).
pub(crate) fn interpolate(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = points.iter().position(|p| p.0 >= x)?;
    if i == 0 {
        return (points[0].0 == x).then_some(points[0].1);
    }
    let (a, b) = (points[i - 1], points[i]);
    let f = if b.0 > a.0 {
        (x - a.0) / (b.0 - a.0)
    } else {
        0.0
    };
    Some(a.1 + f * (b.1 - a.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_pixels_to_data() {
        let lin = PlotFrame {
            x_px: (100, 500),
            x: (0.0, 20.0),
            log_x: false,
        };
        assert_eq!(lin.value_at(100.0), Some(0.0));
        assert_eq!(lin.value_at(300.0), Some(10.0));
        assert_eq!(lin.value_at(99.0), None);
        let log = PlotFrame {
            x_px: (0, 100),
            x: (1e18, 1e30),
            log_x: true,
        };
        let mid = log.value_at(50.0).unwrap();
        assert!((mid.log10() - 24.0).abs() < 1e-9);
    }

    #[test]
    fn interpolates_between_samples() {
        let p = [(0.0, 0.0), (1.0, 10.0), (2.0, 0.0)];
        assert_eq!(interpolate(&p, 0.5), Some(5.0));
        assert_eq!(interpolate(&p, 2.0), Some(0.0));
        assert_eq!(interpolate(&p, 3.0), None);
    }
}
