//! A drawing backend that records what a chart draws, for the tests (included with `#[path]` by
//! each test file).
//!
//! The charts are generic over plotters' `DrawingBackend`, so the tests draw them on
//! [`Recorder`], which keeps every primitive call (line, rectangle, path, circle, polygon,
//! text) as an [`Op`] with its colour, stroke width and coordinates. Tests then ask what is
//! drawn (which texts, in which colour, where) instead of searching one backend's output
//! format, and text is measured by a fixed rule ([`estimate`]), so layouts do not depend on a
//! font or a backend's guess.
//!
//! With `DUMP_SVG=<dir>` set, [`record`] also writes each recording there as SVG (replayed on
//! plotters' SVG backend), so a human can look at the drawings too.
// Each test binary uses a different subset of these.
#![allow(dead_code)]

use lejto_charts::{ChartTheme, PlotFrame, Rgb, SeriesColor};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily,
    FontTransform,
};
use std::convert::Infallible;

/// A pixel on the canvas, as the backend receives it.
pub type Point = (i32, i32);

/// A colour as drawn: sRGB and its opacity (plotters' alpha, 1.0 for opaque).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub f64);

impl Rgba {
    /// `c`, opaque.
    pub const fn solid(c: Rgb) -> Rgba {
        Rgba(c.0, c.1, c.2, 1.0)
    }

    /// `c` at opacity `alpha`, as plotters' `mix` draws it.
    pub const fn mix(c: Rgb, alpha: f64) -> Rgba {
        Rgba(c.0, c.1, c.2, alpha)
    }

    /// Whether this is `c` at any opacity.
    pub fn is(&self, c: Rgb) -> bool {
        (self.0, self.1, self.2) == (c.0, c.1, c.2)
    }

    fn of(c: BackendColor) -> Rgba {
        Rgba(c.rgb.0, c.rgb.1, c.rgb.2, c.alpha)
    }
}

/// The light theme's text colour at half opacity: the hover cursor line, and nothing else.
pub const CURSOR: Rgba = Rgba::mix(ChartTheme::LIGHT.text, 0.5);
/// The light theme's text colour at 0.7 opacity: a dashed reference line (an event, a floor,
/// the reader's guess), and nothing else.
pub const REFERENCE: Rgba = Rgba::mix(ChartTheme::LIGHT.text, 0.7);
/// The theme colour a [`SeriesColor`] names (as its documentation says).
pub fn series_rgb(c: SeriesColor, theme: &ChartTheme) -> Rgb {
    match c {
        SeriesColor::Frontier => theme.frontier,
        SeriesColor::Meek => theme.meek,
        SeriesColor::Gap => theme.gap,
        SeriesColor::Text => theme.text,
    }
}

/// Which side of a text its anchor point is on, horizontally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HAnchor {
    /// The text starts at the anchor.
    Left,
    /// The text is centred on the anchor.
    Centre,
    /// The text ends at the anchor.
    Right,
}

/// Which part of a text its anchor point is on, vertically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VAnchor {
    /// The anchor is the text's top.
    Top,
    /// The anchor is the text's middle.
    Middle,
    /// The anchor is the text's bottom.
    Bottom,
}

/// One `draw_text` call.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// What it reads.
    pub text: String,
    /// The anchor point.
    pub at: Point,
    /// Font size in backend pixels (the style's size, not scaled by any backend).
    pub size: f64,
    /// Font family, e.g. `sans-serif`.
    pub family: String,
    /// Fill colour.
    pub colour: Rgba,
    /// Horizontal and vertical anchor.
    pub anchor: (HAnchor, VAnchor),
    /// Clockwise rotation in degrees (0, 90, 180 or 270): a y axis title is turned.
    pub rotation: u16,
}

impl Text {
    /// Width and height by [`estimate`], the very numbers the chart laid itself out with.
    pub fn extent(&self) -> (f64, f64) {
        let (w, h) = estimate(&self.text, self.size);
        (f64::from(w), f64::from(h))
    }

    /// The box the text takes, `[left, top, right, bottom]`, from its anchor and
    /// [`Text::extent`]; turned about the anchor as the text is.
    pub fn bbox(&self) -> [f64; 4] {
        let (w, h) = self.extent();
        let dx = match self.anchor.0 {
            HAnchor::Left => 0.0,
            HAnchor::Centre => -w / 2.0,
            HAnchor::Right => -w,
        };
        let dy = match self.anchor.1 {
            VAnchor::Top => 0.0,
            VAnchor::Middle => -h / 2.0,
            VAnchor::Bottom => -h,
        };
        // The corners relative to the anchor, turned as plotters' FontTransform turns them.
        let turn = |(x, y): (f64, f64)| match self.rotation {
            90 => (-y, x),
            180 => (-x, -y),
            270 => (y, -x),
            _ => (x, y),
        };
        let (a, b) = (turn((dx, dy)), turn((dx + w, dy + h)));
        let (x, y) = (f64::from(self.at.0), f64::from(self.at.1));
        [
            x + a.0.min(b.0),
            y + a.1.min(b.1),
            x + a.0.max(b.0),
            y + a.1.max(b.1),
        ]
    }
}

/// One primitive drawing call, as the backend received it.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// `draw_pixel`.
    Pixel {
        /// Where.
        at: Point,
        /// Its colour.
        colour: Rgba,
    },
    /// `draw_line`: a straight stroke.
    Line {
        /// Start.
        from: Point,
        /// End.
        to: Point,
        /// Stroke colour.
        colour: Rgba,
        /// Stroke width.
        width: u32,
    },
    /// `draw_rect`: filled, or its outline stroked.
    Rect {
        /// Upper left corner.
        from: Point,
        /// Lower right corner.
        to: Point,
        /// Fill or stroke colour.
        colour: Rgba,
        /// Stroke width (of the style, also given for a filled one).
        width: u32,
        /// Filled rather than outlined.
        filled: bool,
    },
    /// `draw_path`: a polyline (a series, a dash, a grid line…).
    Path {
        /// Its points in order.
        points: Vec<Point>,
        /// Stroke colour.
        colour: Rgba,
        /// Stroke width.
        width: u32,
    },
    /// `draw_circle`: filled, or its outline stroked.
    Circle {
        /// Centre.
        centre: Point,
        /// Radius.
        radius: u32,
        /// Fill or stroke colour.
        colour: Rgba,
        /// Stroke width (of the style, also given for a filled one).
        width: u32,
        /// Filled rather than outlined.
        filled: bool,
    },
    /// `fill_polygon`: a filled shape (an area under a line).
    Polygon {
        /// Its corners.
        points: Vec<Point>,
        /// Fill colour.
        colour: Rgba,
    },
    /// `draw_text`.
    Text(Text),
}

impl Op {
    /// The colour it is drawn in.
    pub fn colour(&self) -> Rgba {
        match self {
            Op::Pixel { colour, .. }
            | Op::Line { colour, .. }
            | Op::Rect { colour, .. }
            | Op::Path { colour, .. }
            | Op::Circle { colour, .. }
            | Op::Polygon { colour, .. } => *colour,
            Op::Text(t) => t.colour,
        }
    }

    /// The stroke width of a stroked op (a line, path, or outlined rectangle or circle).
    pub fn stroke_width(&self) -> Option<u32> {
        match self {
            Op::Line { width, .. } | Op::Path { width, .. } => Some(*width),
            Op::Rect {
                width,
                filled: false,
                ..
            }
            | Op::Circle {
                width,
                filled: false,
                ..
            } => Some(*width),
            _ => None,
        }
    }
}

/// The fixed text measure: each character 0.6 of the font size wide, the font size high.
/// Roughly a sans-serif's average, and the same on every machine.
pub fn estimate(text: &str, size: f64) -> (u32, u32) {
    let w = text.chars().count() as f64 * size * 0.6;
    (w.round() as u32, size.round() as u32)
}

/// A plotters drawing backend that draws nothing and records every call into a `Vec<Op>`
/// (borrowed, as `SVGBackend::with_string` borrows its string, so the ops outlive the
/// drawing area that owns the backend).
pub struct Recorder<'a> {
    size: (u32, u32),
    ops: &'a mut Vec<Op>,
}

impl<'a> Recorder<'a> {
    /// A `size` canvas recording into `ops`.
    pub fn new(ops: &'a mut Vec<Op>, size: (u32, u32)) -> Recorder<'a> {
        Recorder { size, ops }
    }
}

impl DrawingBackend for Recorder<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        at: BackendCoord,
        colour: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Pixel {
            at,
            colour: Rgba::of(colour),
        });
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Line {
            from,
            to,
            colour: Rgba::of(style.color()),
            width: style.stroke_width(),
        });
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        filled: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Rect {
            from,
            to,
            colour: Rgba::of(style.color()),
            width: style.stroke_width(),
            filled,
        });
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Path {
            points: path.into_iter().collect(),
            colour: Rgba::of(style.color()),
            width: style.stroke_width(),
        });
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        filled: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Circle {
            centre,
            radius,
            colour: Rgba::of(style.color()),
            width: style.stroke_width(),
            filled,
        });
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Polygon {
            points: vert.into_iter().collect(),
            colour: Rgba::of(style.color()),
        });
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let anchor = style.anchor();
        self.ops.push(Op::Text(Text {
            text: text.to_string(),
            at,
            size: style.size(),
            family: style.family().as_str().to_string(),
            colour: Rgba::of(style.color()),
            anchor: (
                match anchor.h_pos {
                    HPos::Left => HAnchor::Left,
                    HPos::Center => HAnchor::Centre,
                    HPos::Right => HAnchor::Right,
                },
                match anchor.v_pos {
                    VPos::Top => VAnchor::Top,
                    VPos::Center => VAnchor::Middle,
                    VPos::Bottom => VAnchor::Bottom,
                },
            ),
            rotation: match style.transform() {
                FontTransform::None => 0,
                FontTransform::Rotate90 => 90,
                FontTransform::Rotate180 => 180,
                FontTransform::Rotate270 => 270,
            },
        }));
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        Ok(estimate(text, style.size()))
    }
}

/// What one drawing drew, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Recording {
    /// The canvas size.
    pub size: (u32, u32),
    /// Every call, in the order made.
    pub ops: Vec<Op>,
}

impl Recording {
    /// Every text drawn.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.ops.iter().filter_map(|op| match op {
            Op::Text(t) => Some(t),
            _ => None,
        })
    }

    /// The first text reading exactly `text`.
    pub fn text(&self, text: &str) -> Option<&Text> {
        self.texts().find(|t| t.text == text)
    }

    /// Whether a text reading exactly `text` is drawn.
    pub fn has_text(&self, text: &str) -> bool {
        self.text(text).is_some()
    }

    /// How many texts read exactly `text`.
    pub fn count_text(&self, text: &str) -> usize {
        self.texts().filter(|t| t.text == text).count()
    }

    /// The points of every path stroked in `colour`.
    pub fn paths_in(&self, colour: Rgba) -> Vec<&[Point]> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Path {
                    points, colour: c, ..
                } if *c == colour => Some(points.as_slice()),
                _ => None,
            })
            .collect()
    }

    /// The points of every path stroked in `colour`, `width` wide.
    pub fn strokes_in(&self, colour: Rgba, width: u32) -> Vec<&[Point]> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Path {
                    points,
                    colour: c,
                    width: w,
                } if *c == colour && *w == width => Some(points.as_slice()),
                _ => None,
            })
            .collect()
    }

    /// The ends of every straight line (`draw_line`) in `colour`.
    pub fn lines_in(&self, colour: Rgba) -> Vec<(Point, Point)> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Line {
                    from,
                    to,
                    colour: c,
                    ..
                } if *c == colour => Some((*from, *to)),
                _ => None,
            })
            .collect()
    }

    /// Every rectangle in `colour`: its corners and whether it is filled.
    pub fn rects_in(&self, colour: Rgba) -> Vec<(Point, Point, bool)> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Rect {
                    from,
                    to,
                    colour: c,
                    filled,
                    ..
                } if *c == colour => Some((*from, *to, *filled)),
                _ => None,
            })
            .collect()
    }

    /// The corners of every polygon filled in `colour`.
    pub fn polygons_in(&self, colour: Rgba) -> Vec<&[Point]> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Polygon { points, colour: c } if *c == colour => Some(points.as_slice()),
                _ => None,
            })
            .collect()
    }

    /// Every circle: centre, radius, colour and whether it is filled.
    pub fn circles(&self) -> Vec<(Point, u32, Rgba, bool)> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Circle {
                    centre,
                    radius,
                    colour,
                    filled,
                    ..
                } => Some((*centre, *radius, *colour, *filled)),
                _ => None,
            })
            .collect()
    }

    /// Every circle in `colour`: centre, radius and whether it is filled.
    pub fn circles_in(&self, colour: Rgba) -> Vec<(Point, u32, bool)> {
        self.circles()
            .into_iter()
            .filter(|c| c.2 == colour)
            .map(|(at, r, _, filled)| (at, r, filled))
            .collect()
    }

    /// The circles drawn here but not in `before` (counted as a multiset), after checking
    /// that every circle of `before` is still drawn.
    pub fn circles_added_to(&self, before: &Recording) -> Vec<(Point, u32, Rgba, bool)> {
        let mut old = before.circles();
        let mut added = Vec::new();
        for c in self.circles() {
            match old.iter().position(|o| *o == c) {
                Some(i) => {
                    old.remove(i);
                }
                None => added.push(c),
            }
        }
        assert!(old.is_empty(), "circles gone: {old:?}");
        added
    }

    /// The ops drawn in `c` at any opacity.
    pub fn ops_in_rgb(&self, c: Rgb) -> Vec<&Op> {
        self.ops.iter().filter(|op| op.colour().is(c)).collect()
    }

    /// The ops drawn at opacity `alpha`, in any colour.
    pub fn ops_at_alpha(&self, alpha: f64) -> Vec<&Op> {
        self.ops
            .iter()
            .filter(|op| op.colour().3 == alpha)
            .collect()
    }

    /// The paths of the hover cursor line ([`CURSOR`]).
    pub fn cursor_lines(&self) -> Vec<&[Point]> {
        self.paths_in(CURSOR)
    }

    /// The top pixel of the (first) hover cursor line, which spans the plotting area's
    /// height: the plot's top edge.
    pub fn cursor_top(&self) -> f64 {
        let line = *self.cursor_lines().first().expect("a cursor line");
        f64::from(line.iter().map(|p| p.1).min().expect("a point"))
    }

    /// The largest font size of any text.
    pub fn max_font_size(&self) -> f64 {
        self.texts().map(|t| t.size).fold(0.0, f64::max)
    }

    /// The widest stroke of any line, path, or outlined rectangle or circle.
    pub fn max_stroke_width(&self) -> u32 {
        self.ops
            .iter()
            .filter_map(Op::stroke_width)
            .max()
            .unwrap_or(0)
    }
}

/// Whether two `[left, top, right, bottom]` boxes overlap.
pub fn boxes_overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The bounding box `[left, top, right, bottom]` of some points.
pub fn bounds<'a>(points: impl IntoIterator<Item = &'a Point>) -> Option<[f64; 4]> {
    points.into_iter().fold(None, |b, &(x, y)| {
        let (x, y) = (f64::from(x), f64::from(y));
        Some(match b {
            None => [x, y, x, y],
            Some([l, t, r, bm]) => [l.min(x), t.min(y), r.max(x), bm.max(y)],
        })
    })
}

/// Runs `draw` on a [`Recorder`] of `size` and returns what it drew with what `draw`
/// returned.
///
/// With `DUMP_SVG=<dir>` set, the drawing is also written there as SVG ([`Recording::to_svg`]),
/// named after its test, so the charts can be looked at (e.g. screenshotted in Chromium) and
/// not only asserted on.
pub fn record<R>(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<Recorder<'_>, Shift>) -> R,
) -> (Recording, R) {
    let mut ops = Vec::new();
    let result = {
        let root = Recorder::new(&mut ops, size).into_drawing_area();
        draw(&root)
    };
    let recording = Recording { size, ops };
    if let Ok(dir) = std::env::var("DUMP_SVG") {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = std::thread::current()
            .name()
            .unwrap_or("x")
            .replace("::", "_");
        let n = N.fetch_add(1, Ordering::SeqCst);
        let path = format!("{dir}/{name}_{n}_{}x{}.svg", size.0, size.1);
        std::fs::write(path, recording.to_svg()).unwrap();
    }
    (recording, result)
}

impl Recording {
    /// The recorded ops replayed, in order, on plotters' SVG backend: the very drawing the
    /// tests assert on, laid out with [`estimate`] (drawing the chart again on SVG would lay
    /// its text out by the SVG backend's own measure, and could differ from what was tested).
    pub fn to_svg(&self) -> String {
        let mut svg = String::new();
        {
            let mut backend = SVGBackend::with_string(&mut svg, self.size);
            self.replay(&mut backend).expect("SVG drawing");
            backend.present().expect("SVG drawing");
        }
        svg
    }

    /// Makes every recorded call again on `backend`.
    pub fn replay<DB: DrawingBackend>(
        &self,
        backend: &mut DB,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        for op in &self.ops {
            match op {
                Op::Pixel { at, colour } => backend.draw_pixel(*at, colour.backend())?,
                Op::Line {
                    from,
                    to,
                    colour,
                    width,
                } => backend.draw_line(*from, *to, &Stroke(*colour, *width))?,
                Op::Rect {
                    from,
                    to,
                    colour,
                    width,
                    filled,
                } => backend.draw_rect(*from, *to, &Stroke(*colour, *width), *filled)?,
                Op::Path {
                    points,
                    colour,
                    width,
                } => backend.draw_path(points.iter().copied(), &Stroke(*colour, *width))?,
                Op::Circle {
                    centre,
                    radius,
                    colour,
                    width,
                    filled,
                } => backend.draw_circle(*centre, *radius, &Stroke(*colour, *width), *filled)?,
                Op::Polygon { points, colour } => {
                    backend.fill_polygon(points.iter().copied(), &colour.backend())?
                }
                Op::Text(t) => backend.draw_text(&t.text, t, t.at)?,
            }
        }
        Ok(())
    }
}

impl Rgba {
    fn backend(self) -> BackendColor {
        BackendColor {
            rgb: (self.0, self.1, self.2),
            alpha: self.3,
        }
    }
}

/// A recorded colour and stroke width, as a backend style to replay with.
struct Stroke(Rgba, u32);

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.0.backend()
    }

    fn stroke_width(&self) -> u32 {
        self.1
    }
}

/// A recorded text is its own style when replayed.
impl BackendTextStyle for Text {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        self.colour.backend()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        match self.rotation {
            90 => FontTransform::Rotate90,
            180 => FontTransform::Rotate180,
            270 => FontTransform::Rotate270,
            _ => FontTransform::None,
        }
    }

    fn anchor(&self) -> Pos {
        Pos::new(
            match self.anchor.0 {
                HAnchor::Left => HPos::Left,
                HAnchor::Centre => HPos::Center,
                HAnchor::Right => HPos::Right,
            },
            match self.anchor.1 {
                VAnchor::Top => VPos::Top,
                VAnchor::Middle => VPos::Center,
                VAnchor::Bottom => VPos::Bottom,
            },
        )
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::from(self.family.as_str())
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let (w, h) = estimate(text, self.size);
        Ok(((0, 0), (w as i32, h as i32)))
    }

    /// Draws no pixels: the SVG backend writes text itself, never through here.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _at: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

/// Desktop, phone (CSS pixels) and phone at devicePixelRatio 3: canvas size and theme.
pub const SIZES: [((u32, u32), ChartTheme); 3] = [
    ((800, 420), ChartTheme::LIGHT),
    ((340, 420), ChartTheme::LIGHT),
    (
        (1020, 1260),
        ChartTheme {
            scale: 3.0,
            ..ChartTheme::LIGHT
        },
    ),
];

/// A plain number formatter standing in for the browser's `Intl.NumberFormat`.
pub fn number(v: f64, digits: usize) -> String {
    format!("{v:.digits$}")
}

/// The frame lies inside a canvas `width` wide and maps its left pixel to its first x.
pub fn check_frame(frame: &PlotFrame, width: u32) {
    let (l, r) = frame.x_px;
    assert!(0 <= l && l < r && r <= width as i32, "frame {frame:?}");
    let first = frame.value_at(f64::from(l)).expect("left pixel maps");
    let tolerance = 1e-9 * frame.x.0.abs().max(1.0);
    assert!(
        (first - frame.x.0).abs() <= tolerance,
        "{first} vs {frame:?}"
    );
    let last = frame.value_at(f64::from(r)).expect("right pixel maps");
    assert!((last - frame.x.1).abs() <= 1e-9 * frame.x.1.abs().max(1.0));
    assert_eq!(frame.value_at(f64::from(r) + 1.0), None);
}
