//! The prerendered pages in the browser: Hungarian at the site's root, English in `en/`
//! (`static_page` writes them). The page's language is the default for the app; the address
//! bar and shared links point at the page of the language being read.

use crate::i18n::Lang;
use leptos::prelude::*;

fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// The language of the prerendered page the app starts on (`None` on the bare app shell).
pub fn page_lang() -> Option<Lang> {
    let code = meta("lejto-lang")?;
    [Lang::Hu, Lang::En].into_iter().find(|l| l.code() == code)
}

/// The path of `lang`'s page (`/…/` or `/…/en/`), if this is a prerendered page.
pub fn path_for(lang: Lang) -> Option<String> {
    let pages = meta("lejto-pages")?;
    let relative = pages
        .split(';')
        .filter_map(|p| p.split_once('='))
        .find(|(code, _)| *code == lang.code())?
        .1
        .to_string();
    let here = window().location().href().ok()?;
    Some(
        web_sys::Url::new_with_base(&relative, &here)
            .ok()?
            .pathname(),
    )
}

/// The folder of `lang`'s prerendered page under the site's root: Hungarian at the root,
/// English in `en/` (`static_page` writes them there).
pub fn page_dir(lang: Lang) -> &'static str {
    match lang {
        Lang::Hu => "",
        Lang::En => "en/",
    }
}

/// Where `lang`'s page lives relative to the site's root: [`page_dir`] on prerendered pages,
/// "" on the bare app shell (which reads the language from the link's `lang`).
pub fn dir(lang: Lang) -> &'static str {
    if page_lang().is_some() {
        page_dir(lang)
    } else {
        ""
    }
}
