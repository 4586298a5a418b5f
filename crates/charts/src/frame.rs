//! Where a chart's data region lies on the canvas, so the app can map a pointer to data.

use plotters::coord::Shift;
use plotters::prelude::*;

/// The horizontal extent of a drawn chart's plotting area and the data it shows, returned by
/// every draw function. The app keeps it to turn a pointer position into a data x (a hover
/// read-out) without knowing how the chart laid itself out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotFrame {
    /// Left and right pixel of the plotting area, relative to the root drawing area's top-left,
    /// in the backend's pixels (backing-store pixels on a canvas).
    pub x_px: (i32, i32),
    /// The data x shown at the left and right pixel.
    pub x: (f64, f64),
    /// Whether the x axis is logarithmic.
    pub log_x: bool,
}

impl PlotFrame {
    /// The data x under pixel `px` (same units as [`PlotFrame::x_px`]), linear or logarithmic
    /// as the axis is; `None` outside the plotting area (no tolerance) or for a non-finite `px`.
    pub fn value_at(&self, px: f64) -> Option<f64> {
        let (left, right) = (f64::from(self.x_px.0), f64::from(self.x_px.1));
        // Written so that NaN fails the test too.
        if !(px >= left && px <= right) {
            return None;
        }
        let f = if right > left {
            (px - left) / (right - left)
        } else {
            0.0
        };
        let (a, b) = self.x;
        let v = if self.log_x {
            if !(a > 0.0 && b > 0.0) {
                return None;
            }
            (a.ln() + f * (b.ln() - a.ln())).exp()
        } else {
            a + f * (b - a)
        };
        v.is_finite().then_some(v)
    }

    /// The frame from the backend pixels where the data x range starts and ends (as a chart's
    /// `backend_coord` gives them), made relative to `root`.
    pub(crate) fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        px: (i32, i32),
        x: (f64, f64),
        log_x: bool,
    ) -> PlotFrame {
        let base = root.get_base_pixel().0;
        PlotFrame {
            x_px: (px.0 - base, px.1 - base),
            x,
            log_x,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PlotFrame;

    #[test]
    fn linear_maps_pixels_to_data() {
        let f = PlotFrame {
            x_px: (100, 300),
            x: (0.0, 20.0),
            log_x: false,
        };
        assert_eq!(f.value_at(100.0), Some(0.0));
        assert_eq!(f.value_at(300.0), Some(20.0));
        assert!((f.value_at(150.0).unwrap() - 5.0).abs() < 1e-12);
        assert_eq!(f.value_at(99.9), None);
        assert_eq!(f.value_at(300.1), None);
        assert_eq!(f.value_at(f64::NAN), None);
    }

    #[test]
    fn log_maps_pixels_to_decades() {
        let f = PlotFrame {
            x_px: (0, 120),
            x: (1e18, 1e30),
            log_x: true,
        };
        assert!((f.value_at(0.0).unwrap() / 1e18 - 1.0).abs() < 1e-9);
        assert!((f.value_at(60.0).unwrap() / 1e24 - 1.0).abs() < 1e-9);
        assert!((f.value_at(120.0).unwrap() / 1e30 - 1.0).abs() < 1e-9);
        assert_eq!(f.value_at(-1.0), None);
        let bad = PlotFrame { x: (0.0, 1.0), ..f };
        assert_eq!(bad.value_at(10.0), None);
    }
}
