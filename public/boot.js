// Starts the app. An external file instead of Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline scripts).
// Trunk writes the hashed file names into this script tag's data attributes (Trunk.toml).
const tag = document.querySelector('script[data-lejto-js]');
const { default: init } = await import(tag.dataset.lejtoJs);
await init({ module_or_path: tag.dataset.lejtoWasm });
