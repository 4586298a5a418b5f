//! The essay as static HTML (native builds only): the same components the browser mounts,
//! rendered once per language with the default scenario, so the words reach the reader (and
//! crawlers, reader modes, printers without JavaScript) before the WebAssembly does.
//! `src/bin/prerender.rs` writes the files.

use crate::app::Page;
use crate::essay_text::loader::ProseCache;
use crate::essay_text::prose_text::parse;
use crate::i18n::Lang;
use crate::present::Deck;
use crate::shown::Printing;
use crate::state::AppState;
use crate::url_state;
use crate::widgets::chart_canvas::static_charts;
use leptos::prelude::*;

pub mod preview;

/// Where a page's chart drawings live, under the site's root (`charts/hu-0.svg`, …).
pub fn chart_dir(lang: Lang) -> String {
    format!("charts/{}-", lang.code())
}

/// The page body for `lang` with its prose file's text (the same markup `App` mounts), its
/// charts' drawings (link under the site's root, SVG) and its link-preview image as SVG (see
/// [`preview`]). `root` is how the page links the site's root (Trunk's public URL).
pub fn body(lang: Lang, prose_text: &str, root: &str) -> Result<Page, String> {
    let text: &'static str = Box::leak(prose_text.to_string().into_boxed_str());
    let prose = parse(text).map_err(|e| format!("essay.{}.txt: {e}", lang.code()))?;
    let prose = Box::leak(Box::new(prose));
    let owner = Owner::new();
    owner.with(|| {
        let lang = RwSignal::new(lang);
        let initial = url_state::parse("");
        let state = AppState::from_link(
            &initial,
            lang,
            ProseCache::ready(lang.get_untracked(), prose),
        );
        provide_context(state);
        crate::state::Derived::provide(state);
        Deck::provide();
        provide_context(Printing(RwSignal::new(false)));
        static_charts::begin(&format!("{root}{}", chart_dir(lang.get_untracked())));
        let html = view! { <Page notices=Vec::new() /> }.to_html();
        let charts = static_charts::take()
            .into_iter()
            .map(|(link, svg)| (link[root.len()..].to_string(), svg))
            .collect();
        Ok(Page {
            html,
            charts,
            preview: preview::svg(lang.get_untracked())?,
        })
    })
}

/// A prerendered page's parts.
pub struct Page {
    /// The body's HTML.
    pub html: String,
    /// Its charts: each file's path under the site's root, and its SVG.
    pub charts: Vec<(String, String)>,
    /// The link preview as SVG.
    pub preview: String,
}

/// How a page links the site's root: the directory of Trunk's links (its public URL, "/" by
/// default), read from the loader's tag in `template`.
pub fn root(template: &str) -> Result<String, String> {
    template
        .find("data-lejto-js=\"")
        .map(|at| &template[at + 15..])
        .and_then(|rest| rest.split('"').next())
        .and_then(|js| js.rfind('/').map(|i| js[..=i].to_string()))
        .ok_or("index.html has no data-lejto-js".into())
}

/// Where the built site lives and what its pages link to.
pub struct Site {
    /// The public address of the essay (`LEJTO_PUBLIC_URL`, ending in `/`), for the canonical
    /// link and the preview's image, which crawlers want absolute; `None` writes them relative.
    pub public_url: Option<String>,
}

/// The directory of `lang`'s page under the site root: Hungarian at the root, English in `en/`.
pub use crate::pages::page_dir as dir;

/// The preview image's file name for `lang` (1200×630, see `preview`).
pub fn preview_file(lang: Lang) -> String {
    format!("preview.{}.png", lang.code())
}

/// The link's values at their defaults, as the address bar writes them (`key=value&…`), and the
/// keys that count as a changed scenario whenever a link has them. `public/early.js` compares a
/// link against these to hide the prerendered default numbers until the app shows the link's.
pub fn default_link() -> (String, String) {
    use lejto_model::query;
    let initial = url_state::parse("");
    let mut pairs = query::encode(&initial.values);
    pairs.push((url_state::keys::FIT, initial.fit.key.to_string()));
    pairs.push((url_state::keys::YARD, initial.yard.key.to_string()));
    let defaults = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let changed = query::CALC_PARAMS
        .iter()
        .map(|s| s.key)
        .chain([url_state::keys::METRIC, url_state::keys::GUESS])
        .collect::<Vec<_>>()
        .join(",");
    (defaults, changed)
}

/// `to`'s page as a link from `from`'s: "./" is the page itself, "../" the root seen from `en/`.
fn href_relative(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::Hu, Lang::Hu) | (Lang::En, Lang::En) => "./",
        (Lang::Hu, Lang::En) => "en/",
        (Lang::En, Lang::Hu) => "../",
    }
}

/// Words only the prerendered page says (kept out of the wasm's texts).
pub struct StaticWords {
    /// Under `<noscript>`: what works without JavaScript.
    pub noscript: &'static str,
    /// The preview image's text alternative.
    pub preview_alt: &'static str,
}

/// [`StaticWords`] in `lang`.
pub fn words(lang: Lang) -> StaticWords {
    match lang {
        Lang::Hu => StaticWords {
            noscript: "A kalkulátorok JavaScript nélkül nem működnek; a szöveg és a grafikonok az alapforgatókönyv számaival olvashatók.",
            preview_alt: "A grafikon az élvonalbeli és a szerény költségvetésű modellek közti különbséget mutatja: előbb nő, aztán elolvad.",
        },
        Lang::En => StaticWords {
            noscript: "The calculators need JavaScript; without it the text and charts read with the default scenario's numbers.",
            preview_alt: "A chart of the gap between frontier and modest-budget models: it grows at first, then melts away.",
        },
    }
}

/// Escapes text for an HTML attribute or element.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `lang`'s page: Trunk's `index.html` (`template`) with the language's head (title,
/// description, alternates, preview metadata, early fetches) and the prerendered `body`.
pub fn page(template: &str, lang: Lang, body: &str, site: &Site) -> Result<String, String> {
    let t = lang.texts();
    // Files are linked from the site's root as Trunk links its own (its public URL, "/" by
    // default): the address bar moves between the two pages without a reload, and the
    // browser resolves a relative link against the address of the moment.
    let up = root(template)?;
    // Trunk's own preload links already fetch the glue and the wasm from the head.
    if !template.contains("rel=\"modulepreload\"") {
        return Err("index.html has no modulepreload link (is this a Trunk release build?)".into());
    }
    let absolute = |l: Lang| site.public_url.as_deref().map(|u| format!("{u}{}", dir(l)));
    // Relative to this page: "./" is itself, "../" the root seen from `en/`.
    let href = |l: Lang| absolute(l).unwrap_or_else(|| href_relative(lang, l).to_string());
    let image = match site.public_url.as_deref() {
        Some(u) => format!("{u}{}", preview_file(lang)),
        None => format!("{up}{}", preview_file(lang)),
    };
    let (defaults, changed) = default_link();
    let (locale, other_locale) = match lang {
        Lang::Hu => ("hu_HU", "en_US"),
        Lang::En => ("en_US", "hu_HU"),
    };
    let description = esc(t.lead);
    let title = esc(t.title);
    let head = format!(
        r#"<meta name="lejto-lang" content="{code}" />
    <meta name="lejto-pages" content="hu={hu};en={en}" />
    <meta name="lejto-defaults" content="{defaults}" data-changed="{changed}" />
    <script src="{up}early.js"></script>
    <link rel="preload" href="{up}essay.{code}.txt" as="fetch" crossorigin />
    <link rel="canonical" href="{canonical}" />
    <link rel="alternate" hreflang="hu" href="{alt_hu}" />
    <link rel="alternate" hreflang="en" href="{alt_en}" />
    <link rel="alternate" hreflang="x-default" href="{alt_hu}" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="Lejtő" />
    <meta property="og:title" content="{title}" />
    <meta property="og:description" content="{description}" />
    <meta property="og:locale" content="{locale}" />
    <meta property="og:locale:alternate" content="{other_locale}" />
    {og_url}<meta property="og:image" content="{image}" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:image:alt" content="{image_alt}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{title}" />
    <meta name="twitter:description" content="{description}" />
    <meta name="twitter:image" content="{image}" />
  </head>"#,
        code = lang.code(),
        hu = href_relative(lang, Lang::Hu),
        en = href_relative(lang, Lang::En),
        canonical = href(lang),
        alt_hu = href(Lang::Hu),
        alt_en = href(Lang::En),
        og_url = absolute(lang)
            .map(|u| format!("<meta property=\"og:url\" content=\"{u}\" />\n    "))
            .unwrap_or_default(),
        image_alt = esc(words(lang).preview_alt),
    );
    let other = if lang == Lang::Hu { Lang::En } else { Lang::Hu };
    let mut html = template.to_string();
    // The text comes first: the wasm (Trunk's preload) takes the bandwidth the page leaves.
    html = html.replacen(
        "as=\"fetch\" type=\"application/wasm\"",
        "as=\"fetch\" type=\"application/wasm\" fetchpriority=\"low\"",
        1,
    );
    let replace = |html: &mut String, from: &str, to: &str| -> Result<(), String> {
        let at = html.find(from).ok_or(format!("index.html has no {from}"))?;
        html.replace_range(at..at + from.len(), to);
        Ok(())
    };
    replace(
        &mut html,
        "<html lang=\"hu\">",
        &format!("<html lang=\"{}\">", lang.code()),
    )?;
    replace(
        &mut html,
        "<title>Lejtő</title>",
        &format!("<title>{title}</title>"),
    )?;
    let desc_at = html
        .find("<meta name=\"description\"")
        .ok_or("no description")?;
    let desc_end = desc_at + html[desc_at..].find("/>").ok_or("no description end")? + 2;
    html.replace_range(
        desc_at..desc_end,
        &format!("<meta name=\"description\" content=\"{description}\" />"),
    );
    replace(&mut html, "</head>", &head)?;
    html = html.replace("href=\"favicon.svg\"", &format!("href=\"{up}favicon.svg\""));
    let noscript_at = html.find("<noscript>").ok_or("no noscript")?;
    let body_end = html.rfind("</body>").ok_or("no </body>")?;
    html.replace_range(
        noscript_at..body_end,
        &format!(
            "<noscript><p class=\"noscript\">{} <a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a></p></noscript>\n    <div id=\"lejto-static\">{body}</div>\n  ",
            esc(words(lang).noscript),
            href_relative(lang, other),
            esc(other.texts().lang_name),
            code = other.code(),
        ),
    );
    Ok(html)
}
