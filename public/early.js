// Runs in <head> of the prerendered pages, before the body is shown (a classic, blocking
// script: the strict CSP allows no inline one). The page holds the essay as static HTML with
// the default scenario; until the app takes it over (src/takeover.rs) this decides what of it
// the reader may see:
// - `?embed=…` shows one piece, never the essay: the static copy stays hidden;
// - a link with its own values must not show the defaults: the numbers and charts stay hidden;
// - the page in the other language is a different file: go there before anything is shown.
(() => {
  const html = document.documentElement;
  html.setAttribute('data-js', '');
  // Whether the reader has moved the page before the app takes it over: if not, a link's
  // `#anchor` is still where they want to be (src/takeover.rs).
  const moved = () => {
    window.lejtoReaderMoved = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    addEventListener(type, moved, { capture: true, passive: true, once: true });
  }
  const meta = (name) => document.querySelector(`meta[name="${name}"]`);
  const params = new URLSearchParams(location.search);
  if (params.has('embed')) {
    html.setAttribute('data-pre-embed', '');
    return;
  }
  // The language: the link's `lang`, else on the root page the browser's first hu/en tag
  // (English without one), else this page's.
  const here = html.lang;
  const asked = (params.get('lang') || '').trim().toLowerCase();
  let want = asked === 'hu' || asked === 'en' ? asked : null;
  if (!want && here === 'hu') {
    want = 'en';
    for (const tag of navigator.languages || []) {
      const primary = tag.split(/[-_]/)[0].toLowerCase();
      if (primary === 'hu' || primary === 'en') {
        want = primary;
        break;
      }
    }
  }
  const pages = new Map(
    (meta('lejto-pages')?.content || '').split(';').map((p) => p.split('=')),
  );
  if (want && want !== here && pages.has(want)) {
    html.setAttribute('data-pre-leaving', '');
    location.replace(new URL(pages.get(want), location.href).pathname + location.search + location.hash);
    return;
  }
  // A link's #anchor: lay every section out, so the browser lands on it exactly (sections far
  // off screen otherwise have estimated heights).
  if (location.hash.length > 1) html.setAttribute('data-pre-anchor', '');
  // Values that differ from the defaults the page was rendered with.
  const defaults = meta('lejto-defaults');
  const base = new URLSearchParams(defaults?.content || '');
  const changed = (defaults?.dataset.changed || '').split(',');
  for (const [key, value] of params) {
    if ((base.has(key) && base.get(key) !== value) || changed.includes(key)) {
      html.setAttribute('data-pre-custom', '');
      break;
    }
  }
})();
