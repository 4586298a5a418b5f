// End-to-end tests of sharing: versioned links and their migrations, the share panel's link
// and copy button (with and without the Clipboard API), the embed snippet pasted into a news
// page under a strict Content-Security-Policy, and every chart's PNG, SVG and CSV downloads.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CSP, axeViolations, query, rawValue, showChart, startHarness, urlSettled } from './harness.mjs';
import { serve } from './server.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

/** Opens the share panel of the piece whose element is `anchor` and returns its link. */
async function shareLink(page, piece) {
  const panel = page.locator(`[data-testid="${piece}-share"]`);
  await panel.scrollIntoViewIfNeeded();
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  return panel.locator('[data-testid="share-url"]').inputValue();
}

/** Clicks `selector` (in `scope`, a page or frame) and returns the downloaded file. */
async function download(page, scope, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Splits CSV text (RFC 4180, quoted fields) into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('versioned links', () => {
  it('a link made before versioning still opens: `years` became `ahead` (migration from version 1)', async () => {
    for (const q of ['?years=7&lang=en', '?v=1&years=7&lang=en']) {
      const page = await h.open(q);
      assert.equal(await page.inputValue('[data-testid="range-ahead"]'), '7', q);
      await urlSettled(page);
      const now = query(page);
      assert.equal(now.ahead, '7');
      assert.equal(now.v, '3');
      assert.equal('years' in now, false, 'the old name is dropped from the address');
      assert.equal(await page.locator('[data-testid="url-notice"]').count(), 0, 'nothing to complain about');
    }
  });

  it('a current link keeps its names, and an odd version is named but still opens', async () => {
    const current = await h.open('?v=3&years=7&ahead=4&lang=en');
    assert.equal(await current.inputValue('[data-testid="range-ahead"]'), '4');
    const newer = await h.open('?v=9&ahead=5&lang=en');
    assert.equal(await newer.inputValue('[data-testid="range-ahead"]'), '5');
    assert.match(await newer.locator('[data-testid="url-notice"]').textContent(), /newer version.*9/);
    const bad = await h.open('?v=zwei&lang=hu');
    assert.match(await bad.locator('[data-testid="url-notice"]').textContent(), /„zwei”/);
  });
});

describe('share panel', () => {
  it('the link reopens exactly this state at this calculator', async () => {
    const page = await h.open('?lang=hu&gi=3.5');
    await page.locator('[data-testid="range-life"]').scrollIntoViewIfNeeded();
    await page.fill('[data-testid="field-life"]', '3');
    await page.fill('[data-testid="field-smallshare"]', '0,4');
    const link = await shareLink(page, 'depreciation');
    const url = new URL(link);
    assert.equal(url.origin, new URL(h.serverUrl).origin, 'absolute, on this site');
    assert.equal(url.hash, '#depreciation');
    const q = Object.fromEntries(url.searchParams);
    assert.equal(q.life, '3');
    assert.equal(q.smallshare, '0.4');
    assert.equal(q.gi, '3.5');
    assert.equal(q.lang, 'hu');
    assert.equal(q.v, '3');
    const perYear = await rawValue(page, 'depr-per-year');
    // Opened fresh, in a new browser context: same numbers, scrolled to the calculator.
    const context = await h.browser.newContext({ viewport: { width: 390, height: 800 } });
    const fresh = await context.newPage();
    h.track(fresh, context);
    await fresh.goto(h.serverUrl + url.search + url.hash);
    await fresh.waitForSelector('[data-testid="depreciation-chart"][data-draws]');
    assert.equal(await rawValue(fresh, 'depr-per-year'), perYear);
    assert.equal(await fresh.inputValue('[data-testid="field-smallshare"]'), '0,4');
    await fresh.waitForFunction(() => {
      const r = document.getElementById('depreciation').getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    // The link follows later changes while the panel is open.
    await page.fill('[data-testid="field-life"]', '4');
    await page.waitForFunction(() => new URL(document.querySelector('[data-testid="depreciation-share"] [data-testid="share-url"]').value).searchParams.get('life') === '4');
  });

  it('copies with the Clipboard API, and by the browser\'s copy command where that is refused', async () => {
    const page = await h.open('?lang=en', { permissions: ['clipboard-read', 'clipboard-write'] });
    const link = await shareLink(page, 'convergence');
    await page.click('[data-testid="convergence-share"] [data-testid="share-url-copy"]');
    await page.waitForSelector('[data-testid="convergence-share"] [data-testid="share-url-status"]:has-text("Copied")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const refused = await h.open('?lang=hu');
    await refused.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    const text = await shareLink(refused, 'mix');
    await refused.click('[data-testid="mix-share"] [data-testid="share-url-copy"]');
    const status = refused.locator('[data-testid="mix-share"] [data-testid="share-url-status"]');
    await refused.waitForFunction((el) => el.textContent.length > 0, await status.elementHandle());
    assert.match(await status.textContent(), /Kimásolva|Ctrl\+C/);
    // The fallback selected the whole link (so a manual Ctrl+C copies it too).
    const selected = await refused.$eval('[data-testid="mix-share"] [data-testid="share-url"]', (f) => f.value.slice(f.selectionStart, f.selectionEnd));
    assert.equal(selected, text);
  });

  it('the masthead shares the section in view', async () => {
    const page = await h.open('?lang=en');
    await page.$eval('#inference', (s) => s.scrollIntoView());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.click('[data-testid="page-share"] summary');
    const link = new URL(await page.inputValue('[data-testid="page-share"] [data-testid="share-url"]'));
    assert.equal(link.hash, '#inference');
    assert.equal(link.searchParams.get('lang'), 'en');
  });

  it('axe-core finds nothing with share panels open (light, English)', async () => {
    const page = await h.open('?lang=en');
    await page.click('[data-testid="page-share"] summary');
    await shareLink(page, 'scaling');
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('embed code', () => {
  it('pasted into a news page under a strict CSP, it renders, sizes itself, downloads, and asks no other host', async () => {
    // The news site serves the essay's files beside its article (so the policy's 'self' covers
    // the frame), with the policy, and lets the sandbox's opaque origin read the
    // scripts (as static hosts do: module scripts and wasm are fetched with CORS).
    const pages = {};
    const site = await serve(process.env.E2E_DIST ?? 'target/e2e-dist', {
      headers: { 'content-security-policy': CSP, 'access-control-allow-origin': '*' },
      pages,
    });
    const siteHost = new URL(site.url).host;
    const editor = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await editor.newPage();
    h.track(page, editor, [siteHost]);
    await page.goto(`${site.url}?lang=hu&life=3`);
    await shareLink(page, 'depreciation');
    await page.uncheck('[data-testid="depreciation-share"] [data-testid="embed-controls"]');
    await page.selectOption('[data-testid="depreciation-share"] [data-testid="embed-theme"]', '2');
    const snippet = await page.inputValue('[data-testid="depreciation-share"] [data-testid="embed-code"]');
    assert.match(snippet, /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"/);
    assert.match(snippet, /loading="lazy"/);
    assert.match(snippet, /referrerpolicy="no-referrer"/);
    assert.match(snippet, /title="[^"]+"/);
    assert.doesNotMatch(snippet, /style=/, 'no inline style a strict CSP would block');
    pages['/news.html'] = `<!doctype html><html lang="hu"><title>Hírek</title><h1>Egy cikk</h1><p>Bevezető.</p>\n${snippet}\n<p>Folytatás.</p>`;

    const reader = await h.browser.newContext({ viewport: { width: 320, height: 800 } });
    const host = await reader.newPage();
    h.track(host, reader, [siteHost]);
    await host.goto(`${site.url}news.html`);
    const frameEl = host.locator('iframe[data-lejto]');
    await frameEl.scrollIntoViewIfNeeded();
    const frame = await (await frameEl.elementHandle()).contentFrame();
    await frame.waitForSelector('[data-embed="depreciation"] [data-testid="depreciation-chart"][data-draws]');
    assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await frame.isVisible('[data-testid="range-life"]'), false, 'controls=0');
    assert.equal(await frame.evaluate(() => origin), 'null', 'the sandbox gives the embed no origin of its own');
    // It sizes itself: the frame's height becomes the piece's height.
    const fit = async () => [
      await host.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height)),
      Math.ceil(await frame.$eval('main.embed', (m) => m.getBoundingClientRect().bottom)),
    ];
    await host.waitForFunction(() => document.querySelector('iframe').style.height !== '');
    const [h1, b1] = await fit();
    assert.equal(h1, b1);
    // A download from inside the sandbox.
    await frame.click('[data-testid="depreciation-share"] summary');
    const csv = await download(host, frame, '[data-testid="download-csv"]');
    assert.equal(csv.name, 'lejto-depreciation-hu.csv');
    assert.ok(parseCsv(csv.bytes.toString('utf8')).length > 10);
    // Opening the panel made the piece taller: the frame followed.
    await host.waitForFunction((h0) => document.querySelector('iframe').getBoundingClientRect().height > h0, h1);
    await editor.close();
    await reader.close();
    await site.close();
  });
});

/** Every chart of the essay: the share panel's piece and its canvas. */
const CHARTS = [
  ['headline', 'headline-chart'], ['scaling', 'scaling-chart'], ['convergence', 'convergence-chart'],
  ['sensitivity', 'sensitivity-chart'], ['benchmark-gap', 'benchmark-chart'], ['depreciation', 'depreciation-chart'], ['next-step', 'next-step-chart'],
  ['bill', 'bill-chart'], ['fixed-price', 'fixed-price-chart'], ['mix', 'mix-chart'],
  ['progress', 'progress-chart'], ['chip', 'chip-chart'], ['metrics', 'metrics-chart'],
];

describe('downloads', () => {
  it('every chart downloads as SVG (well-formed, with its series) and CSV (a header naming units, the rows)', async () => {
    const page = await h.open('?lang=en');
    for (const [piece, canvas] of CHARTS) {
      await showChart(page, canvas);
      await shareLink(page, piece);
      const scope = page.locator(`[data-testid="${piece}-share"]`);
      const [svgFile] = await Promise.all([page.waitForEvent('download'), scope.locator('[data-testid="download-svg"]').click()]);
      assert.equal(svgFile.suggestedFilename(), `lejto-${piece}-en.svg`);
      const svg = await readFile(await svgFile.path(), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
          shapes: doc.querySelectorAll('polyline, path, polygon, line').length,
        };
      }, svg);
      assert.equal(parsed.error, null, `${piece}: SVG parses`);
      assert.equal(parsed.root, 'svg');
      assert.ok(parsed.shapes > 3, `${piece}: SVG has the drawn series`);
      const [csvFile] = await Promise.all([page.waitForEvent('download'), scope.locator('[data-testid="download-csv"]').click()]);
      assert.equal(csvFile.suggestedFilename(), `lejto-${piece}-en.csv`);
      const rows = parseCsv((await readFile(await csvFile.path(), 'utf8')).replace(/^\uFEFF/, ''));
      assert.ok(rows.length >= 3, `${piece}: CSV has rows`);
      const width = rows[0].length;
      assert.ok(width >= 2, `${piece}: CSV header`);
      for (const r of rows.slice(1)) assert.equal(r.length, width, `${piece}: every row as wide as the header`);
      // The SVG carries the series' names the CSV header names (legend or panel titles).
      const named = rows[0].slice(1).some((h) => parsed.texts.some((t) => t.length > 2 && h.includes(t)))
        || rows.slice(1).some((r) => parsed.texts.includes(r[0]));
      assert.ok(named, `${piece}: CSV and SVG name the same series`);
      // Numbers are plain dot-decimal numbers.
      const numbers = rows.slice(1).flatMap((r) => r).filter((c) => c !== '' && !Number.isNaN(Number(c)));
      assert.ok(numbers.length >= rows.length - 1, `${piece}: numeric cells`);
    }
  });

  it('the PNG is twice the chart, with title, caption, inputs and link above and below it', async () => {
    const page = await h.open('?lang=hu&gi=3.5', { viewport: { width: 390, height: 800 }, deviceScaleFactor: 3 });
    await showChart(page, 'convergence-chart');
    await shareLink(page, 'convergence');
    const css = await page.$eval('[data-testid="convergence-chart"]', (c) => Math.round(c.getBoundingClientRect().width));
    const png = await download(page, page, '[data-testid="convergence-share"] [data-testid="download-png"]');
    assert.equal(png.name, 'lejto-convergence-hu.png');
    const size = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return { w: bitmap.width, h: bitmap.height };
    }, png.bytes.toString('base64'));
    assert.equal(size.w, 2 * Math.max(css, 320));
    const chartH = await page.$eval('[data-testid="convergence-chart"]', (c) => Math.round(c.getBoundingClientRect().height));
    assert.ok(size.h > 2 * chartH + 200, `room for the texts (${size.h} px tall)`);
  });
});
