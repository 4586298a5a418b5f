// Starts the app. An external file instead of Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline scripts).
// Trunk writes the hashed file names into this script tag's data attributes (Trunk.toml).
//
// The essay's prose is one text file per language; fetch the reader's while the wasm compiles
// (the same choice as the app: the `lang` link parameter, else the prerendered page's
// language, else the browser's first hu/en tag).
const pick = () => {
  const asked = (new URLSearchParams(location.search).get('lang') || '').trim().toLowerCase();
  if (asked === 'hu' || asked === 'en') return asked;
  const page = document.querySelector('meta[name="lejto-lang"]')?.content;
  if (page === 'hu' || page === 'en') return page;
  for (const tag of navigator.languages || []) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (primary === 'hu' || primary === 'en') return primary;
  }
  return 'en';
};
// Resolves to the file's text, or null if it could not be fetched (never rejects).
// Beside this script, not the page: the English page lives in `en/`.
window.lejtoFetchProse = (lang) =>
  fetch(new URL(`essay.${lang}.txt`, import.meta.url)).then((r) => (r.ok ? r.text() : null)).catch(() => null);
// An embedded calculator (`?embed=…`) shows no prose, so it fetches none.
if (!new URLSearchParams(location.search).has('embed')) {
  const lang = pick();
  const preload = { lang, text: window.lejtoFetchProse(lang) };
  // The app reads the text at once if it has arrived, else waits for this promise.
  preload.text.then((text) => { preload.text = text; });
  window.lejtoProse = preload;
}
const tag = document.querySelector('script[data-lejto-js]');
// The wasm downloads meanwhile (the page's <head> preloads it too).
const wasm = fetch(tag.dataset.lejtoWasm);
const { default: init } = await import(tag.dataset.lejtoJs);
// A prerendered page is replaced in one step (src/takeover.rs): the app must then have its
// prose at once, or the reader would see the text go for a moment.
if (window.lejtoProse && document.getElementById('lejto-static')) {
  await Promise.resolve(window.lejtoProse.text);
}
await init({ module_or_path: wasm });
