// Starts the app. An external file instead of Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline scripts).
// Trunk writes the hashed file names into this script tag's data attributes (Trunk.toml).
//
// The essay's prose is one text file per language; fetch the reader's while the wasm compiles
// (the same choice as the app: the `lang` link parameter, else the browser's first hu/en tag).
const pick = () => {
  const asked = (new URLSearchParams(location.search).get('lang') || '').trim().toLowerCase();
  if (asked === 'hu' || asked === 'en') return asked;
  for (const tag of navigator.languages || []) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (primary === 'hu' || primary === 'en') return primary;
  }
  return 'en';
};
// Resolves to the file's text, or null if it could not be fetched (never rejects).
window.lejtoFetchProse = (lang) =>
  fetch(`essay.${lang}.txt`).then((r) => (r.ok ? r.text() : null)).catch(() => null);
// An embedded calculator (`?embed=…`) shows no prose, so it fetches none.
if (!new URLSearchParams(location.search).has('embed')) {
  const lang = pick();
  const preload = { lang, text: window.lejtoFetchProse(lang) };
  // The app reads the text at once if it has arrived, else waits for this promise.
  preload.text.then((text) => { preload.text = text; });
  window.lejtoProse = preload;
}
const tag = document.querySelector('script[data-lejto-js]');
const { default: init } = await import(tag.dataset.lejtoJs);
await init({ module_or_path: tag.dataset.lejtoWasm });
