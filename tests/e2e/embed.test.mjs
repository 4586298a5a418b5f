// End-to-end tests of embed mode: one piece alone, its link back to the essay, controls=0,
// a fixed theme, and the height it reports to a host page.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, rawValue, showChart, startHarness } from './harness.mjs';
import { serve } from './server.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

/** Opens an embed; `open` waits for the opening chart, which an embed of another piece lacks. */
async function openEmbed(query, options = {}) {
  const context = await h.browser.newContext({ viewport: { width: 640, height: 900 }, ...options });
  const page = await context.newPage();
  await h.track(page, context);
  await page.goto(h.serverUrl + query);
  await page.waitForSelector('[data-embed]');
  return page;
}

const IDS = {
  headline: 'headline-chart', scaling: 'scaling-chart', convergence: 'convergence-chart', sensitivity: 'sensitivity-chart', 'benchmark-gap': 'benchmark-chart',
  depreciation: 'depreciation-chart', 'next-step': 'next-step-chart', bill: 'bill-chart', 'fixed-price': 'fixed-price-chart',
  mix: 'mix-chart', progress: 'progress-chart', chip: 'chip-chart', metrics: 'metrics-chart',
};

describe('embed mode', () => {
  it('every piece renders alone, draws its chart, and fetches no prose', async () => {
    for (const [id, chart] of Object.entries(IDS)) {
      const page = await openEmbed(`?embed=${id}&lang=en`);
      const prose = [];
      page.on('request', (r) => { if (/essay\.\w+\.txt/.test(r.url())) prose.push(r.url()); });
      assert.equal(await page.getAttribute('main', 'data-embed'), id);
      await showChart(page, chart);
      assert.equal(await page.locator('.essay-section').count(), 0, `${id}: no essay around it`);
      assert.equal(await page.locator('canvas').count(), 1, `${id}: one chart`);
      assert.deepEqual(prose, [], `${id}: no prose fetched`);
      await page.context().close();
    }
  });

  it("an embed snippet from before the pieces' renaming still shows its piece, under its one name", async () => {
    const renamed = { inference: 'bill', benchmark: 'benchmark-gap', 'sources-of-progress': 'progress', 'new-hardware': 'chip' };
    for (const [old, now] of Object.entries(renamed)) {
      const page = await openEmbed(`?v=2&embed=${old}&lang=en`);
      assert.equal(await page.getAttribute('main', 'data-embed'), now, old);
      await showChart(page, IDS[now]);
      assert.equal(await page.locator('[data-testid="url-notice"]').count(), 0, `${old}: nothing to complain about`);
      await page.waitForFunction((n) => new URLSearchParams(location.search).get('embed') === n, now);
      assert.equal(new URLSearchParams(new URL(page.url()).search).get('v'), '3');
      await page.context().close();
    }
  });

  it('links back to the essay in the same state, and controls=0 shows the result only', async () => {
    const page = await openEmbed('?embed=depreciation&life=3&lang=hu&controls=0&theme=dark');
    assert.equal(await page.isVisible('[data-testid="range-life"]'), false, 'inputs hidden');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    const href = await page.getAttribute('.embed-back a', 'href');
    const url = new URL(href, h.serverUrl);
    assert.equal(url.hash, '#infrastructure');
    assert.equal(url.searchParams.get('life'), '3');
    assert.equal(url.searchParams.get('lang'), 'hu');
    for (const k of ['embed', 'controls', 'theme']) assert.equal(url.searchParams.has(k), false, k);
    const perYear = await rawValue(page, 'depr-per-year');
    const full = await h.open(url.search);
    assert.equal(await rawValue(full, 'depr-per-year'), perYear);
  });

  it('an unknown piece is named and the whole essay opens', async () => {
    const page = await h.open('?embed=nope&lang=en');
    assert.match(await page.locator('[data-testid="url-notice"]').textContent(), /“nope”/);
    assert.equal(await page.locator('[data-embed]').count(), 0);
  });

  it('tells its host how tall it is, and again when it changes', async () => {
    // A news site's page on another origin (another port of 127.0.0.1: Chromium keeps a page
    // outside the loopback address space from framing it).
    const dir = await mkdtemp(join(tmpdir(), 'lejto-host-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>host</title><h1>A news article</h1>');
    const site = await serve(dir);
    const context = await h.browser.newContext({ viewport: { width: 900, height: 900 } });
    const host = await context.newPage();
    await host.goto(site.url);
    await host.evaluate((src) => {
      window.heights = [];
      window.addEventListener('message', (e) => { if (e.data && e.data.type === 'lejto:height') window.heights.push(e.data); });
      const f = document.createElement('iframe');
      f.src = src;
      f.style.width = '360px';
      f.style.height = '300px';
      document.body.appendChild(f);
    }, `${h.serverUrl}?embed=mix&lang=en`);
    await host.waitForFunction(() => window.heights.length > 0);
    const first = await host.evaluate(() => window.heights.at(-1));
    assert.equal(first.id, 'mix');
    assert.ok(first.height > 300, `a phone-wide mix calculator is taller than 300 px (${first.height})`);
    // Opening the folded assumptions makes it taller: a new height arrives.
    const frame = host.frames().find((f) => f.url().includes('embed=mix'));
    await frame.click('.more-params summary');
    await host.waitForFunction((h0) => window.heights.at(-1).height > h0, first.height);
    const all = await host.evaluate(() => window.heights.map((m) => m.height));
    for (let i = 1; i < all.length; i++) assert.notEqual(all[i], all[i - 1], 'no height sent twice in a row');
    await context.close();
    await site.close();
    await rm(dir, { recursive: true });
  });

  it('the host script sizes the iframe, both ways, and ignores messages from anyone else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lejto-host-'));
    const app = h.serverUrl.replace(/\/$/, '');
    await writeFile(join(dir, 'index.html'), `<!doctype html><title>host</title><h1>A news article</h1>
<script src="${app}/embed.js"></script>
<iframe data-lejto src="${app}/?embed=mix&lang=en" title="Lejtő: large and small models" style="width:360px;height:150px;border:0"></iframe>`);
    const site = await serve(dir);
    const context = await h.browser.newContext({ viewport: { width: 900, height: 900 } });
    const host = await context.newPage();
    await host.goto(site.url);
    const height = () => host.$eval('iframe', (f) => f.getBoundingClientRect().height);
    await host.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
    const closed = await height();
    const frame = host.frames().find((f) => f.url().includes('embed=mix'));
    assert.equal(Math.ceil(await frame.$eval('main.embed', (m) => m.getBoundingClientRect().bottom)), closed, 'the frame fits the piece');
    await frame.click('.more-params summary');
    await host.waitForFunction((c) => document.querySelector('iframe').getBoundingClientRect().height > c, closed);
    await frame.click('.more-params summary');
    await host.waitForFunction((c) => document.querySelector('iframe').getBoundingClientRect().height === c, closed);
    // A message that does not come from the frame changes nothing.
    await host.evaluate(() => window.postMessage({ type: 'lejto:height', id: 'mix', height: 20 }, '*'));
    await host.waitForTimeout(200);
    assert.equal(await height(), closed);
    await context.close();
    await site.close();
    await rm(dir, { recursive: true });
  });

  it('axe-core finds nothing in an embed (dark theme, Hungarian)', async () => {
    const page = await openEmbed('?embed=metrics&lang=hu&theme=dark');
    await showChart(page, 'metrics-chart');
    assert.deepEqual(await axeViolations(page), []);
  });
});
