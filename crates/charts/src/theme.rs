//! Colours and scale for drawing; the app fills them from CSS custom properties.

use plotters::style::RGBColor;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` or `#rgb` (as CSS custom properties hold them).
    pub fn from_hex(s: &str) -> Option<Rgb> {
        let h = s.trim().strip_prefix('#')?;
        let digit = |i: usize, len: usize| u8::from_str_radix(h.get(i..i + len)?, 16).ok();
        match h.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            _ => None,
        }
    }

    pub(crate) fn color(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }
}

/// Colours and the device-pixel scale of a drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartTheme {
    /// Canvas background.
    pub background: Rgb,
    /// Labels and axis titles.
    pub text: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// The frontier series.
    pub frontier: Rgb,
    /// The meek series.
    pub meek: Rgb,
    /// The gap series and its peak.
    pub gap: Rgb,
    /// Backing-store pixels per CSS pixel (devicePixelRatio): fonts, strokes and margins are
    /// multiplied by it so the chart stays crisp on HiDPI screens.
    pub scale: f64,
}

impl ChartTheme {
    /// Light colours at scale 1 (used by tests and as the fallback when CSS gives nothing).
    pub const LIGHT: ChartTheme = ChartTheme {
        background: Rgb(0xff, 0xff, 0xff),
        text: Rgb(0x1f, 0x23, 0x28),
        grid: Rgb(0xe3, 0xe5, 0xe8),
        frontier: Rgb(0x1d, 0x5f, 0xbf),
        meek: Rgb(0xc2, 0x4e, 0x00),
        gap: Rgb(0x6b, 0x2f, 0xa3),
        scale: 1.0,
    };

    /// `v` CSS pixels in backing-store pixels.
    pub(crate) fn px(&self, v: f64) -> u32 {
        (v * self.scale).round().max(1.0) as u32
    }
}
