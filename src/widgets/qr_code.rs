//! A QR code drawn in the page (qrcodegen, no service asked): the printed handout's way back
//! to the exact scenario on a phone.

use super::escape;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// The quiet zone every reader needs around the code, in modules (the standard asks for 4).
const QUIET: i32 = 4;

/// The code for `text` as an SVG path of its dark modules, in module units, and the width of
/// the whole square with its quiet zone. `None` if the text is too long for any QR version.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    // Medium correction: survives a smudged printout or a fold without needing a larger code.
    let code = Code::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut d = String::with_capacity((n * n * 4) as usize);
    for y in 0..n {
        // Runs of dark modules along a row become one rectangle each: a shorter path.
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            d.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    Some((n + 2 * QUIET, d))
}

/// `text` as a QR code: the markup of an inline SVG that scales to its box and prints sharp,
/// with `label` as its text alternative; `None` if the text cannot be encoded. Markup rather
/// than a view, because the handout makes it only when the page prints (see `handout`).
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let (width, d) = qr_path(text)?;
    Some(format!(
        "<svg class=\"qr-code\" viewBox=\"0 0 {width} {width}\" role=\"img\" aria-label=\"{}\" \
         data-testid=\"handout-qr\" data-text=\"{}\"><rect width=\"{width}\" height=\"{width}\" \
         fill=\"#fff\"/><path d=\"{d}\" fill=\"#000\" shape-rendering=\"crispEdges\"/></svg>",
        escape(label),
        escape(text)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_finder_patterns_and_a_quiet_zone() {
        let (width, d) = qr_path("https://example.org/?gi=3&lang=en&v=2").unwrap();
        // Version 3 (29 modules) or so for a short link, plus 4 modules of margin each side.
        assert!(width > 21 + 2 * QUIET && width < 60, "{width}");
        // The top-left finder's first row is a run of 7 dark modules just inside the margin.
        assert!(d.starts_with("M4 4h7v1h-7z"), "{}", &d[..40]);
        // Nothing is drawn in the quiet zone.
        assert!(!d.contains("M3 ") && !d.contains(" 3h"));
    }

    #[test]
    fn the_markup_escapes_the_link_and_the_label() {
        let svg = qr_svg("https://example.org/?a=1&b=\"2\"", "QR <code>").unwrap();
        assert!(svg.contains("data-text=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""));
        assert!(svg.contains("aria-label=\"QR &lt;code&gt;\""));
        assert!(svg.starts_with("<svg class=\"qr-code\" viewBox=\"0 0 "));
    }

    #[test]
    fn a_long_link_still_fits_and_a_too_long_text_gives_none() {
        let link = format!("https://example.org/?{}", "gi=1.2345678901234&".repeat(40));
        assert!(qr_path(&link).is_some());
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
