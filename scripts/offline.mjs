#!/usr/bin/env node
// Packs a release build (`dist/`) into ONE self-contained HTML file for classrooms: the CSS as
// <style> elements, the favicon as a data: URL, both languages' prose, the WebAssembly (base64)
// and the wasm-bindgen glue inline, started by an inline module that does what public/boot.js
// does but reads everything from the page itself. Opened from file:// it needs no network.
//
//   node scripts/offline.mjs <dist dir> <output.html> [--public-url https://…/]
//
// The public URL (also from env LEJTO_PUBLIC_URL) is where the online essay lives; it goes into
// <meta name="lejto-public-url"> and the share panels point their links there. Only the Node
// standard library is used. Writes nothing but <output.html>.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const USAGE = 'usage: node scripts/offline.mjs <dist dir> <output.html> [--public-url https://…/]';

function fail(message) {
  console.error(`offline.mjs: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const positional = [];
  let publicUrl = process.env.LEJTO_PUBLIC_URL || undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--public-url') {
      if (i + 1 >= argv.length) fail(`--public-url needs a value\n${USAGE}`);
      publicUrl = argv[++i];
    } else if (arg.startsWith('--public-url=')) {
      publicUrl = arg.slice('--public-url='.length);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) fail(USAGE);
  return { dist: positional[0], output: positional[1], publicUrl: publicUrl ? checkPublicUrl(publicUrl) : undefined };
}

/** The essay's online folder: an absolute http(s) address ending in "/" (share links append
 *  `?…#…` to it, embed snippets `embed.js`). */
function checkPublicUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`--public-url ${JSON.stringify(raw)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`--public-url must be http(s): ${raw}`);
  if (!url.pathname.endsWith('/') || url.search || url.hash) {
    fail(`--public-url must be the essay's folder, ending in "/" and without ?… or #…: ${raw}`);
  }
  return url.href;
}

/** The attributes of one start tag (`<link a="b" c>`), names lower-cased. */
function attributes(tag) {
  const attrs = {};
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON for a <script type="application/json"> data block: no "<" at all, so nothing inside can
 *  end the element (`</script`) or start a comment (`<!--`); JSON.parse gives the exact text. */
const jsonBlock = (value) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** Trunk writes `/name-hash.ext` (or `<public url>name-hash.ext`); dist is flat, so the file is
 *  dist/<last segment>. */
async function distFile(dist, href, encoding) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:')) fail(`external reference in index.html: ${href}`);
  const name = basename(decodeURIComponent(href.split(/[?#]/)[0]));
  try {
    return await readFile(join(dist, name), encoding);
  } catch {
    fail(`${href} is referenced by index.html but ${join(dist, name)} cannot be read`);
  }
}

// The start-up, appended to the glue inside the same module so it calls the glue's init
// directly (a file:// page has an opaque origin: no import() of a blob: URL or another file).
// Mirrors public/boot.js: the same language choice, the same window.lejtoFetchProse and
// window.lejtoProse contract, no prose for `?embed=…`.
const bootstrap = (init) => `
// ---- Lejtő offline start-up (scripts/offline.mjs; the inline twin of public/boot.js) ----
{
  const lejtoQuery = new URLSearchParams(location.search);
  const lejtoPick = () => {
    const asked = (lejtoQuery.get('lang') || '').trim().toLowerCase();
    if (asked === 'hu' || asked === 'en') return asked;
    for (const tag of navigator.languages || []) {
      const primary = tag.split(/[-_]/)[0].toLowerCase();
      if (primary === 'hu' || primary === 'en') return primary;
    }
    return 'en';
  };
  // Resolves to the language's prose from its inline data block, or null (never rejects).
  window.lejtoFetchProse = (lang) => {
    try {
      const block = /^[a-z]+$/.test(String(lang)) ? document.getElementById('lejto-prose-' + lang) : null;
      const text = block ? JSON.parse(block.textContent) : null;
      return Promise.resolve(typeof text === 'string' ? text : null);
    } catch {
      return Promise.resolve(null);
    }
  };
  if (!lejtoQuery.has('embed')) {
    const lang = lejtoPick();
    const preload = { lang, text: window.lejtoFetchProse(lang) };
    preload.text.then((text) => { preload.text = text; });
    window.lejtoProse = preload;
  }
  const lejtoWasmBlock = document.getElementById('lejto-wasm');
  const lejtoBase64 = lejtoWasmBlock.textContent.replace(/\\s+/g, '');
  // The 1 MB string is not needed once decoded.
  lejtoWasmBlock.remove();
  let lejtoBytes;
  if (typeof Uint8Array.fromBase64 === 'function') {
    lejtoBytes = Uint8Array.fromBase64(lejtoBase64);
  } else {
    const binary = atob(lejtoBase64);
    lejtoBytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) lejtoBytes[i] = binary.charCodeAt(i);
  }
  await ${init}({ module_or_path: lejtoBytes });
}
`;

async function main() {
  const { dist, output, publicUrl } = parseArgs(process.argv.slice(2));
  // The app shell, not the prerendered page (scripts/post-build.sh keeps it as app.html).
  let html = await readFile(join(dist, 'app.html'), 'utf8')
    .catch(() => readFile(join(dist, 'index.html'), 'utf8'))
    .catch(() => fail(`no index.html in ${dist} (build first)`));

  // Stylesheets become <style> in place (so their order stays); the favicon a data: URL;
  // preload hints go (their files are inline now).
  let styles = 0;
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]);
  const replacement = new Map();
  for (const tag of links) {
    const a = attributes(tag);
    const rel = (a.rel || '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) {
      const css = await distFile(dist, a.href, 'utf8');
      if (/<\/style/i.test(css)) fail(`${a.href} contains "</style"`);
      if (/url\(\s*(?!["']?data:)/i.test(css) || /@import/i.test(css)) {
        fail(`${a.href} refers to another file (url(…) or @import); inline it first`);
      }
      const media = a.media ? ` media="${escapeAttr(a.media)}"` : '';
      replacement.set(tag, `<style${media}>\n${css.trimEnd()}\n</style>`);
      styles++;
    } else if (rel.includes('icon')) {
      const svg = await distFile(dist, a.href);
      const type = a.type || (a.href.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
      replacement.set(tag, `<link rel="icon" href="data:${type};base64,${svg.toString('base64')}" type="${escapeAttr(type)}" />`);
    } else if (rel.includes('modulepreload') || rel.includes('preload')) {
      replacement.set(tag, '');
    } else if (a.href && !a.href.startsWith('data:')) {
      fail(`do not know how to inline ${tag}`);
    }
  }
  if (styles === 0) fail('no stylesheet in index.html: is this a Trunk release build?');
  html = html.replace(/<link\b[^>]*>/gi, (tag) => replacement.get(tag) ?? tag);

  // The loader script: its data attributes name the glue and the wasm.
  const scripts = [...html.matchAll(/<script\b[^>]*>\s*<\/script>/gi)].map((m) => m[0]);
  const boot = scripts.find((s) => 'data-lejto-js' in attributes(s.match(/^<script\b[^>]*>/i)[0]));
  if (!boot) fail('no <script data-lejto-js=… data-lejto-wasm=…> in index.html');
  const bootAttrs = attributes(boot.match(/^<script\b[^>]*>/i)[0]);
  let glue = await distFile(dist, bootAttrs['data-lejto-js'], 'utf8');
  const wasm = await distFile(dist, bootAttrs['data-lejto-wasm']);
  if (wasm.subarray(0, 4).toString('latin1') !== '\0asm') fail(`${bootAttrs['data-lejto-wasm']} is not WebAssembly`);

  // The glue's init is its default export (wasm-bindgen --target web: `export { …, X as default }`).
  // Its exports stay (legal, if unreachable, in an inline module); the start-up calls X.
  if (/^\s*import\s*(?:[\w$*{]|["'])/m.test(glue)) fail('the glue imports other modules (snippets?); they would need inlining too');
  const init = glue.match(/export\s*\{[^}]*?\b([A-Za-z_$][\w$]*)\s+as\s+default\b[^}]*\}/)?.[1];
  if (!init) fail('cannot find the default export (init) of the wasm-bindgen glue');
  if (/<!--/.test(glue)) fail('the glue contains "<!--", which would confuse the HTML parser');
  // Inside strings, template literals, regular expressions and comments "<\/script" means the
  // same as "</script"; it cannot occur elsewhere in JavaScript.
  glue = glue.replace(/<\/(script)/gi, '<\\/$1');

  const prose = {};
  for (const lang of ['hu', 'en']) {
    prose[lang] = await readFile(join(dist, `essay.${lang}.txt`), 'utf8').catch(() => fail(`no essay.${lang}.txt in ${dist}`));
  }

  const inline = [
    '<!-- Offline single file (scripts/offline.mjs): the prose, the WebAssembly and its glue are inline. -->',
    ...Object.entries(prose).map(
      ([lang, text]) => `<script type="application/json" id="lejto-prose-${lang}">${jsonBlock(text)}</script>`,
    ),
    `<script type="text/plain" id="lejto-wasm">${wasm.toString('base64')}</script>`,
    `<script type="module">\n${glue.trimEnd()}\n${bootstrap(init)}</script>`,
  ].join('\n    ');
  html = html.replace(boot, () => inline);

  if (publicUrl) {
    const meta = `<meta name="lejto-public-url" content="${escapeAttr(publicUrl)}" />`;
    if (!/<meta charset[^>]*>/i.test(html)) fail('no <meta charset> in index.html');
    html = html.replace(/<meta charset[^>]*>/i, (m) => `${m}\n    ${meta}`);
  }

  // Nothing may still point at another file.
  const leftover = [...html.matchAll(/<(?:script|link|img|iframe|source|audio|video)\b[^>]*\b(?:src|href)\s*=\s*(?!\s*["']?data:)["']?[^"'\s>]+/gi)];
  if (leftover.length) fail(`still refers to other files: ${leftover.map((m) => m[0]).join(', ')}`);

  const bytes = Buffer.from(html, 'utf8');
  await writeFile(output, bytes);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `${output}: ${bytes.length} bytes (${kb(bytes.length)}; gzip ${gzip} = ${kb(gzip)}, brotli ${brotli} = ${kb(brotli)}, for information)` +
      (publicUrl ? `\n  share links point to ${publicUrl}` : '\n  no --public-url: on file:// the share panels show no links'),
  );
}

await main();
