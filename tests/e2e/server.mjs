// A tiny static file server for the release build, on 127.0.0.1 and a free port.
// Used by the end-to-end tests, the benchmark and the screenshot script.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** What a static host would precompress: text, scripts, styles, markup and wasm. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.txt']);

/** Serves `root`; resolves to `{ url, close }`. Extra headers (e.g. a CSP) go on every response;
 *  `pages` maps a path (`/host.html`) to an HTML text served beside the files. `brotli: true`
 *  sends text and wasm brotli-encoded (quality 11, as a static host precompresses) to clients
 *  that accept it, for timings over a throttled network; the tests leave it off. */
export async function serve(root, { headers = {}, pages = {}, brotli = false } = {}) {
  const base = resolve(root);
  // Quality 11 is slow (about a second for the wasm): compress each file once per server.
  const compressed = new Map();
  const encode = (key, ext, body, req) => {
    if (!brotli || !COMPRESSIBLE.has(ext) || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) return { body, extra: {} };
    if (!compressed.has(key)) {
      compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return { body: compressed.get(key), extra: { 'content-encoding': 'br', vary: 'accept-encoding' } };
  };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (Object.hasOwn(pages, path)) {
        const { body, extra } = encode(`page:${path}`, '.html', Buffer.from(pages[path]), req);
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...extra, ...headers });
        res.end(body);
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const { body, extra } = encode(file, extname(file), await readFile(file), req);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
