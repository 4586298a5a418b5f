//! The link preview (Open Graph / Twitter card image): 1200×630 pixels, the essay's title (which
//! names the site) over its opening chart, drawn by the same chart function as the page and rasterised with resvg.

use crate::i18n::Lang;
use crate::widgets::chart_canvas::preview_svg;

/// The image's size in pixels (the size link previews are made for).
pub const SIZE: (u32, u32) = (1200, 630);
const MARGIN: u32 = 56;
const TITLE_PX: f64 = 50.0;
const LINE_GAP: f64 = 1.18;
/// Where the chart starts, below at most two lines of title.
const CHART_TOP: u32 = 192;

/// The title set in lines that fit the width (letters estimated at 0.55 em, as the charts'
/// labels are where nothing can be measured).
fn title_lines(title: &str) -> Vec<String> {
    let per_line = ((SIZE.0 - 2 * MARGIN) as f64 / (TITLE_PX * 0.55)).floor() as usize;
    let mut lines: Vec<String> = Vec::new();
    for word in title.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The preview as an SVG document: background, site name, title and chart.
pub fn svg(lang: Lang) -> Result<String, String> {
    let (w, h) = SIZE;
    let chart = preview_svg().ok_or("the opening chart was not rendered")?;
    // Placed by giving plotters' own <svg> element a position inside the preview.
    let chart = chart.replacen(
        "<svg ",
        &format!("<svg x=\"{}\" y=\"{CHART_TOP}\" ", MARGIN - 12),
        1,
    );
    let title = title_lines(lang.texts().title)
        .iter()
        .take(2)
        .enumerate()
        .map(|(i, line)| {
            let y = MARGIN as f64 + TITLE_PX * (0.8 + LINE_GAP * i as f64);
            format!(
                "<text x=\"{MARGIN}\" y=\"{y:.0}\" font-family=\"DejaVu Serif\" font-weight=\"bold\" \
                 font-size=\"{TITLE_PX}\" fill=\"#1f2328\">{}</text>",
                esc(line)
            )
        })
        .collect::<String>();
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\
         <rect width=\"{w}\" height=\"10\" fill=\"#1d5fbf\"/>{title}{chart}</svg>"
    ))
}

/// The preview rasterised to PNG with the machine's fonts (DejaVu, see `scripts/setup.sh`).
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    if !fonts
        .faces()
        .any(|f| f.families.iter().any(|(name, _)| name == "DejaVu Sans"))
    {
        return Err(
            "the DejaVu fonts are missing (Debian: apt-get install fonts-dejavu-core)".into(),
        );
    }
    fonts.set_sans_serif_family("DejaVu Sans");
    fonts.set_serif_family("DejaVu Serif");
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("preview SVG: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE.0, SIZE.1).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("preview PNG: {e}"))
}
