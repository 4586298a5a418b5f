//! The share panel: a link that reopens exactly the current state, an iframe snippet for a news
//! site, and the chart's downloads. It is a native `<details>`: closed, it costs one element;
//! its contents are built only while it is open, and follow the state while they are.

use super::chart_file::{ChartFile, Downloads};
use super::escape;
use crate::state::AppState;
use crate::url_state::Embed;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The sandbox the snippet gives its iframe: scripts (the calculator is wasm), popups for the
/// link back to the essay (outside the sandbox, so the essay runs normally), and downloads
/// (Chromium blocks a sandboxed frame's downloads without it). No `allow-same-origin`: the
/// embed needs no cookies or storage of the host's, and gets none.
pub const SANDBOX: &str =
    "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads";

/// A page-unique element id starting with `prefix` (a share panel can be open under several
/// figures at once).
fn next_id(prefix: &str) -> String {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = NEXT.with(|c| c.replace(c.get() + 1));
    format!("{prefix}-{n}")
}

/// How a copy went, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Manual,
}

/// Where shared links and the embed point: the `lejto-public-url` meta tag's address if the
/// page has one (the offline single file names the public essay there), else the running
/// page's own directory; `None` for a page with no address of its own (a file opened from a
/// USB stick without that tag), whose links would open nowhere.
fn page_base() -> Option<&'static str> {
    thread_local! {
        // Read once: the page's address and head do not change under it.
        static BASE: Option<&'static str> = find_base().map(|b| &*b.leak());
    }
    BASE.with(|b| *b)
}

fn find_base() -> Option<String> {
    if !crate::IN_BROWSER {
        return None;
    }
    let meta = document()
        .query_selector("meta[name=\"lejto-public-url\"]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .map(|c| c.trim().to_string())
        .filter(|c| c.starts_with("https://") || c.starts_with("http://"));
    if let Some(url) = meta {
        return Some(if url.ends_with('/') {
            url
        } else {
            format!("{url}/")
        });
    }
    let location = window().location();
    let origin = location.origin().ok().filter(|o| o.starts_with("http"))?;
    // The site's root (the Hungarian page's), also from the English page in `en/`.
    let path = crate::pages::path_for(crate::i18n::Lang::Hu)
        .unwrap_or_else(|| location.pathname().unwrap_or_default());
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    Some(format!("{origin}{dir}"))
}

/// Parameters a shared link leaves out: an embed's own, and presenter mode's (a link opens the
/// essay, not a slide).
const NOT_SHARED: [&str; 5] = crate::url_state::keys::VIEW_ONLY;

/// This state's query (`?…`), without [`NOT_SHARED`] (tracked).
fn state_query(state: &AppState) -> String {
    let address = state.address(&NOT_SHARED).unwrap_or_default();
    address
        .find('?')
        .map_or(String::new(), |i| address[i..].to_string())
}

/// The absolute link to the whole page in this state (tracked), or `None` where the page has
/// no address to share (a file opened from disk without a public address).
pub fn page_link(state: &AppState) -> Option<String> {
    Some(format!(
        "{}{}{}",
        page_base()?,
        crate::pages::dir(state.lang.get()),
        state_query(state)
    ))
}

/// The absolute link to this state, opened at `anchor`.
fn share_link(state: &AppState, base: &str, anchor: &str) -> String {
    let dir = crate::pages::dir(state.lang.get());
    format!("{base}{dir}{}#{anchor}", state_query(state))
}

/// The iframe (and host script) a news site pastes to show `piece` in this state.
fn snippet(
    state: &AppState,
    base: &str,
    piece: &str,
    title: &str,
    controls: bool,
    theme: usize,
    height: u32,
) -> String {
    // The bare app (no prerendered essay to download and hide) where the site has one.
    let shell = if crate::pages::page_lang().is_some() {
        "app.html"
    } else {
        ""
    };
    let mut src = format!("{base}{shell}{}&embed={piece}", state_query(state));
    if !controls {
        src.push_str("&controls=0");
    }
    if let Some(t) = ["", "light", "dark"].get(theme).filter(|t| !t.is_empty()) {
        src.push_str("&theme=");
        src.push_str(t);
    }
    format!(
        "<iframe data-lejto src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         sandbox=\"{SANDBOX}\" referrerpolicy=\"no-referrer\"></iframe>\n\
         <script src=\"{}embed.js\" async></script>",
        escape(&src),
        escape(&format!("{title} · Lejtő")),
        escape(base),
    )
}

/// The current height of the element `id`, plus room for the embed's headings and link back,
/// rounded up to ten pixels: the iframe's height until the host script sizes it exactly.
fn embed_height(id: &str) -> u32 {
    let h = document()
        .get_element_by_id(id)
        .map_or(600.0, |e| e.get_bounding_client_rect().height());
    ((h + 140.0) / 10.0).ceil() as u32 * 10
}

/// Puts `field`'s text on the clipboard: the Clipboard API first, the browser's copy command
/// where that is refused (a sandboxed frame, an old browser), and else leaves it selected for
/// the reader's own Ctrl+C.
fn copy(field: web_sys::HtmlElement, status: RwSignal<Copied>) {
    let text = js_sys::Reflect::get(&field, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let fallback = move || {
        let _ = js_sys::Reflect::get(&field, &"select".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(&field));
        let _ = field.focus();
        let done = document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false);
        status.set(if done { Copied::Done } else { Copied::Manual });
    };
    let navigator = window().navigator();
    let has_api = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined())
        .unwrap_or(false);
    if !has_api {
        fallback();
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    let ok = Closure::once_into_js(move |_: JsValue| status.set(Copied::Done));
    let refused = Closure::once_into_js(move |_: JsValue| fallback());
    // `then` through reflection takes the one-shot functions as they are.
    if let Some(then) = js_sys::Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = then.call2(&promise, &ok, &refused);
    }
}

/// A read-only field with a copy button and a status line.
#[component]
fn CopyField(
    /// The text to copy (tracked).
    text: Signal<String>,
    /// The field's label.
    label: Signal<&'static str>,
    /// `data-testid` of the field.
    testid: &'static str,
    /// Visible lines.
    rows: u32,
) -> impl IntoView {
    let state = AppState::get();
    let status = RwSignal::new(Copied::Not);
    let field_ref = NodeRef::<html::Textarea>::new();
    // A changed text has not been copied yet.
    Effect::new(move || {
        text.track();
        status.set(Copied::Not);
    });
    let field_id = next_id(testid);
    let on_copy = move |_| {
        if let Some(field) = field_ref.get() {
            copy(field.unchecked_into(), status);
        }
    };
    let t = move || &state.texts().share;
    view! {
        <div class="copy-field">
            <label for=field_id.clone()>{move || label.get()}</label>
            <div class="copy-row">
                // One element for a link and a snippet alike: a link wraps onto a second line,
                // where the reader sees more of it than in a one-line field.
                <textarea node_ref=field_ref id=field_id readonly=true rows=rows spellcheck="false"
                    data-testid=testid prop:value=move || text.get()></textarea>
                <button type="button" data-testid=format!("{testid}-copy") on:click=on_copy>
                    {move || t().copy}
                </button>
            </div>
            <p class="copy-status" role="status" data-testid=format!("{testid}-status")>
                {move || match status.get() {
                    Copied::Not => "",
                    Copied::Done => t().copied,
                    Copied::Manual => t().copy_manual,
                }}
            </p>
        </div>
    }
}

/// The embed part: options and the snippet.
#[component]
fn EmbedCode(
    piece: &'static str,
    anchor: &'static str,
    title: Signal<String>,
    base: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let controls = RwSignal::new(true);
    let theme = RwSignal::new(0usize);
    let height = embed_height(anchor);
    let t = move || &state.texts().share;
    let code = Signal::derive(move || {
        snippet(
            &state,
            base,
            piece,
            &title.get(),
            controls.get(),
            theme.get(),
            height,
        )
    });
    view! {
        <fieldset class="embed-code">
            <legend>{move || t().embed_label}</legend>
            <p class="share-hint">{move || t().embed_hint}</p>
            <label class="check">
                <input type="checkbox" data-testid="embed-controls" prop:checked=move || controls.get()
                    on:change=move |e| controls.set(event_target_checked(&e)) />
                {move || t().show_inputs}
            </label>
            <label class="theme-choice">
                {move || t().theme}
                <select data-testid="embed-theme" on:change=move |e| {
                    theme.set(event_target_value(&e).parse().unwrap_or(0))
                }>
                    {(0..3usize).map(|i| view! {
                        <option value=i.to_string() selected=move || theme.get() == i>
                            {move || t().themes[i]}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <CopyField text=code label=Signal::derive(move || t().embed_label) testid="embed-code" rows=5 />
        </fieldset>
    }
}

/// Share, embed and download for one piece of the essay: `anchor` is its element's id (the
/// link opens there; `pieces::PIECES` names its piece), `title` its name.
#[component]
pub fn ShareTools(
    /// Element id the shared link scrolls to.
    anchor: &'static str,
    /// The piece's title in the active language.
    title: Signal<String>,
    /// The chart, for its downloads.
    #[prop(optional)]
    chart: Option<ChartFile>,
) -> impl IntoView {
    let state = AppState::get();
    let piece = anchor;
    let open = RwSignal::new(false);
    // Inside an embed the link opens the whole essay at the piece's section, and a snippet of
    // an embed would only repeat the host's own.
    let embedded = use_context::<Embed>();
    let link_anchor = embedded.map_or(anchor, |e| e.section());
    let base = page_base();
    let link =
        Signal::derive(move || base.map_or(String::new(), |b| share_link(&state, b, link_anchor)));
    let t = move || &state.texts().share;
    let chart = StoredValue::new_local(chart);
    view! {
        <details class="share" data-testid=format!("{anchor}-share")
            on:toggle=move |e| {
                let el: web_sys::HtmlDetailsElement = event_target(&e);
                open.set(el.open());
            }>
            <summary>{move || t().summary}</summary>
            {move || open.get().then(|| view! {
                <div class="share-body">
                    // Without an address of its own (a file on a USB stick) there is nothing to
                    // link to or embed; the downloads still work.
                    {base.map(|_| view! {
                        <CopyField text=link label=Signal::derive(move || t().link_label) testid="share-url" rows=2 />
                    })}
                    {base.filter(|_| embedded.is_none()).map(|base| view! { <EmbedCode piece anchor title base /> })}
                    {chart.get_value().map(|c| view! { <Downloads chart=c title piece anchor link /> })}
                </div>
            })}
        </details>
    }
}

/// The page's share control (in the table of contents, which stays in reach): a link to the
/// section the reader is in, with their numbers. Absent on a page with no address to share.
#[component]
pub fn PageShare(
    /// Index of the section in view (into `essay::SECTION_IDS`).
    current: RwSignal<usize>,
) -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(false);
    let base = page_base()?;
    let link = Signal::derive(move || {
        let ids = crate::pieces::SECTION_IDS;
        share_link(&state, base, ids[current.get().min(ids.len() - 1)])
    });
    let t = move || &state.texts().share;
    Some(view! {
        <details class="share page-share" data-testid="page-share"
            on:toggle=move |e| {
                let el: web_sys::HtmlDetailsElement = event_target(&e);
                open.set(el.open());
            }>
            <summary>{move || t().page_summary}</summary>
            {move || open.get().then(|| view! {
                <div class="share-body">
                    <CopyField text=link label=Signal::derive(move || t().page_link_label) testid="share-url" rows=2 />
                </div>
            })}
        </details>
    })
}
