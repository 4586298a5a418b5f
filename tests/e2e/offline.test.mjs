// End-to-end tests of the offline single file (scripts/offline.mjs): the release build packed
// into one HTML file, opened from file:// with every network request blocked. It renders, has
// both languages' prose, its sliders work, it asks for nothing (not even a file beside it), and
// --public-url puts the online address into the page.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launch } from './browser.mjs';

const run = promisify(execFile);
const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
const SCRIPT = fileURLToPath(new URL('../../scripts/offline.mjs', import.meta.url));
const PUBLIC_URL = 'https://example.org/lejto/';

/** Runs the script into a fresh folder; `env` overrides (LEJTO_PUBLIC_URL is unset unless given). */
async function pack(args = [], env = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lejto-offline-'));
  const file = join(dir, 'lejto.html');
  const { LEJTO_PUBLIC_URL: _, ...rest } = process.env;
  const { stdout } = await run(process.execPath, [SCRIPT, DIST, file, ...args], { env: { ...rest, ...env } });
  return { dir, file, stdout: stdout.trim(), html: await readFile(file, 'utf8') };
}

/** The start of the opening section's first paragraph in a prose file, up to its first markup
 *  ({number}, [^note], *emphasis*), whitespace folded: text the page must show as it is. */
async function openingWords(lang) {
  const text = await readFile(join(DIST, `essay.${lang}.txt`), 'utf8');
  const lines = text.split('\n');
  const paragraph = lines[lines.findIndex((l) => l.trim() === '== opening') + 1];
  const plain = fold(paragraph.split(/[{[*]/)[0]);
  assert.ok(plain.length >= 30, `the opening of essay.${lang}.txt starts with plain text: ${plain}`);
  return plain.slice(0, 60).replace(/\s\S*$/, '');
}

const fold = (s) => s.replace(/\s+/g, ' ').trim();

let packed;
let browser;
const dirs = [];
const pages = [];
before(async () => {
  [packed, browser] = await Promise.all([pack(), launch()]);
  dirs.push(packed.dir);
});
after(async () => {
  await browser?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
afterEach(() => {
  for (const page of pages.splice(0)) {
    assert.deepEqual(page.problems.network, [], 'requests to the network');
    assert.deepEqual(page.problems.files, [], 'other files read');
    assert.deepEqual(page.problems.pageErrors, [], 'page errors');
    assert.deepEqual(page.problems.console, [], 'console errors or warnings');
  }
});

/** Opens the packed file from file:// with `query`, offline, in a fresh context that aborts and
 *  records every request that is not for the file itself. */
async function openFile(query, options = {}, file = packed.file) {
  const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 }, ...options });
  const own = pathToFileURL(file).pathname;
  const problems = { network: [], files: [], console: [], pageErrors: [] };
  // Routes see file:// requests too (the page itself), and every http(s) one.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' && url.pathname === own) return route.continue();
    (url.protocol === 'file:' ? problems.files : problems.network).push(url.href);
    return route.abort();
  });
  // Belt and braces: a request that slipped past the route (data: and blob: are inline data).
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') {
      if (!problems.network.includes(url.href)) problems.network.push(url.href);
    }
  });
  const page = await context.newPage();
  page.problems = problems;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  pages.push(page);
  await page.goto(pathToFileURL(file).href + query);
  return page;
}

describe('offline single file', () => {
  it('is one file with everything inline and no reference to another file', async (t) => {
    assert.deepEqual(await readdir(packed.dir), ['lejto.html'], 'the script writes nothing else');
    const { html } = packed;
    const size = Buffer.byteLength(html);
    t.diagnostic(`offline file: ${size} bytes (${(size / 1024 / 1024).toFixed(2)} MiB); ${packed.stdout.split('\n')[0]}`);
    const wasm = (await readdir(DIST)).find((f) => f.endsWith('.wasm'));
    const wasmSize = (await readFile(join(DIST, wasm))).length;
    assert.ok(size > wasmSize * 4 / 3 && size < wasmSize * 4 / 3 + 1024 * 1024, `size ${size} for a ${wasmSize}-byte wasm`);
    assert.doesNotMatch(html, /<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*(?!\s*["']?data:)/i, 'an external src or href');
    assert.doesNotMatch(html, /rel="?(?:module)?preload/i);
    assert.doesNotMatch(html, /data-lejto-(?:js|wasm)=/, 'the external loader is gone');
    assert.equal((html.match(/<style\b/g) ?? []).length, (await readdir(DIST)).filter((f) => f.endsWith('.css')).length, 'one <style> per stylesheet');
    assert.match(html, /<link rel="icon" href="data:image\/svg\+xml;base64,/);
    assert.match(html, /<script type="application\/json" id="lejto-prose-hu">/);
    assert.match(html, /<script type="application\/json" id="lejto-prose-en">/);
    assert.doesNotMatch(html, /lejto-public-url/, 'no public URL unless asked for');
    assert.match(packed.stdout, /\d+ bytes .*gzip \d+.*brotli \d+/);
  });

  it('opened from file:// with no network: renders, shows the prose in both languages, and its sliders work', async () => {
    const [hu, en] = [await openingWords('hu'), await openingWords('en')];
    const page = await openFile('?lang=hu');
    await page.waitForSelector('[data-testid="headline-chart"][data-draws]');
    const opening = () => page.$eval('#opening.essay-section', (s) => [...s.querySelectorAll('p')].map((p) => p.textContent).join(' '));
    await page.waitForFunction((w) => document.querySelector('#opening.essay-section')?.textContent.replace(/\s+/g, ' ').includes(w), hu);
    assert.ok(fold(await opening()).includes(hu), 'Hungarian prose');
    assert.equal(await page.getAttribute('html', 'lang'), 'hu');

    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction((w) => document.querySelector('#opening.essay-section')?.textContent.replace(/\s+/g, ' ').includes(w), en);
    assert.ok(!fold(await opening()).includes(hu), 'the Hungarian prose is gone');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    const before = await page.getAttribute('[data-testid="peak-t"]', 'data-value');
    await page.focus('[data-testid="range-alpha"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('[data-testid="peak-t"]').dataset.value !== b, before);
    assert.notEqual(await page.getAttribute('[data-testid="peak-t"]', 'data-value'), before);
    // The page rewrites its own address, after a pause in the changes (150 ms); it stays this
    // file. Reading it at once raced that pause: on a fast machine the key press came within
    // 150 ms of the switch and restarted the wait.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
    assert.equal(new URL(page.url()).protocol, 'file:');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  });

  it('an embed (?embed=…) starts with no prose preloaded', async () => {
    const page = await openFile('?lang=hu&embed=convergence');
    await page.waitForSelector('[data-embed="convergence"] [data-testid="convergence-chart"][data-draws]');
    assert.equal(await page.evaluate(() => window.lejtoProse), undefined);
    // The inline prose is still there for the language switch.
    assert.match(await page.evaluate(() => window.lejtoFetchProse('en')), /== opening/);
    assert.equal(await page.evaluate(() => window.lejtoFetchProse('xx')), null);
  });

  it('--public-url puts the online address into the page; a bad one is refused', async () => {
    const withUrl = await pack(['--public-url', PUBLIC_URL]);
    dirs.push(withUrl.dir);
    assert.deepEqual(await readdir(withUrl.dir), ['lejto.html']);
    const metas = withUrl.html.match(/<meta name="lejto-public-url"[^>]*>/g) ?? [];
    assert.deepEqual(metas, [`<meta name="lejto-public-url" content="${PUBLIC_URL}" />`]);
    assert.ok(withUrl.html.indexOf(metas[0]) < withUrl.html.indexOf('</head>'), 'in the head');
    // Otherwise the same page.
    assert.equal(withUrl.html.replace(`${metas[0]}\n    `, ''), packed.html);

    const dir = await mkdtemp(join(tmpdir(), 'lejto-offline-'));
    dirs.push(dir);
    for (const bad of ['ftp://example.org/', 'https://example.org/lejto', '/lejto/']) {
      await assert.rejects(
        run(process.execPath, [SCRIPT, DIST, join(dir, 'x.html')], { env: { ...process.env, LEJTO_PUBLIC_URL: bad } }),
        (e) => e.code === 1 && /public-url/.test(e.stderr),
        bad,
      );
    }
    assert.deepEqual(await readdir(dir), [], 'nothing written for a bad URL');

    // A teacher prints the handout from the stick: its QR code opens the same state online.
    const page = await openFile('?lang=en&gi=4', {}, withUrl.file);
    await page.waitForSelector('[data-testid="questions"]', { state: 'attached' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const link = await page.getAttribute('[data-testid="handout-qr"]', 'data-text');
    assert.ok(link.startsWith(`${PUBLIC_URL}?`), link);
    assert.equal(new URL(link).searchParams.get('gi'), '4');
  });

  it('without a public address the handout prints without a QR code', async () => {
    const page = await openFile('?lang=hu');
    await page.waitForSelector('[data-testid="questions"]', { state: 'attached' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-testid="handout-head"]').isVisible(), true);
    assert.equal(await page.locator('[data-testid="handout-qr"]').count(), 0);
    assert.equal(await page.locator('[data-testid="questions"] li').count(), 27);
  });
});
