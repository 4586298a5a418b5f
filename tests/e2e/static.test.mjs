// The prerendered pages (issue 13): the essay reads before the wasm arrives and without
// JavaScript, the app takes over without moving the reader, embeds and links with their own
// values never show the static defaults, and the link-preview metadata and image exist.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, CSP } from './harness.mjs';

const SECTIONS = ['opening', 'warning', 'giants', 'infrastructure', 'slope', 'inference', 'next', 'counterweights', 'sources'];

let h;
before(async () => {
  h = await startHarness();
});
after(() => h.stop());
afterEach(() => h.assertPagesClean());

/** A fresh page whose wasm is held back until `release()`: the static copy is what the reader
 *  has until then. */
async function heldPage(options = {}) {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  h.track(page, context);
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  page.csp = [];
  await page.exposeFunction('lejtoCspViolation', (v) => page.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.lejtoCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, release };
}

/** Whether the app has replaced the static copy. */
const tookOver = (page) => page.waitForFunction(() => !document.getElementById('lejto-static') && document.querySelector('[data-testid="lang-hu"]'));

/** Every prose number of the page: its key, raw value and text, in order. */
const numbers = (page, root) =>
  page.$$eval(`${root} .essay-section .num[data-ref]`, (spans) => spans.map((s) => ({ key: s.dataset.ref, raw: s.dataset.value, text: s.textContent })));

describe('prerendered pages', () => {
  for (const [lang, path] of [['hu', '/'], ['en', '/en/']]) {
    it(`${lang}: without JavaScript every section reads, with the model's default numbers and drawn charts`, async () => {
      const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      h.track(page, context);
      await page.goto(new URL(path, h.serverUrl).href);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      for (const id of SECTIONS) {
        const heading = await page.$eval(`#${id}`, (s) => s.querySelector('h2')?.textContent.trim() ?? '');
        assert.ok(heading.length > 3, `#${id} has a heading`);
        const words = await page.$eval(`#${id}`, (s) => s.textContent.trim().split(/\s+/).length);
        assert.ok(words > 60, `#${id} has its text (${words} words)`);
      }
      // Each chart is a drawing beside the page, at a laptop's and a phone's width.
      // Each in the light scheme and, for a dark screen, the dark one.
      const charts = await page.$$eval('.chart-static', (cs) => cs.map((c) => [...c.querySelectorAll('img, source')].map((i) => i.src || new URL(i.srcset, location.href).href)));
      assert.ok(charts.length >= 10, `${charts.length} static charts`);
      for (const srcs of charts) {
        assert.equal(new Set(srcs).size, 4, 'two widths, two schemes');
        for (const src of srcs) {
          const svg = await (await fetch(src)).text();
          assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, src);
          assert.ok((svg.match(/<(polyline|path|line)\b/g) ?? []).length > 5, `${src} has its lines`);
        }
      }
      assert.ok(await page.isVisible('.noscript'), 'the note on what needs JavaScript');
      const still = await numbers(page, '#lejto-static');
      assert.ok(still.length > 50, `${still.length} numbers in the prose`);
      // The same numbers as the app computes for the defaults in the browser: values from the
      // native model, text from the native stand-in for Intl.NumberFormat.
      const live = await h.open(`${path === '/' ? '' : 'en/'}?lang=${lang}`);
      await live.evaluate(async () => {
        for (const s of document.querySelectorAll('.essay-section')) {
          s.scrollIntoView();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      const app = await numbers(live, 'body');
      assert.equal(still.length, app.length, 'as many numbers as the app shows');
      const differ = still
        .map((s, i) => [s, app[i]])
        .filter(([s, a]) => s.key !== a.key || Math.abs(Number(s.raw) - Number(a.raw)) > 1e-9 * Math.abs(Number(a.raw)) || s.text !== a.text)
        .map(([s, a]) => `${s.key}: static ${s.raw} "${s.text}", app ${a.raw} "${a.text}"`);
      assert.deepEqual(differ, []);
    });
  }

  it('the app takes over where the reader is, under the strict policy, without a console error', async () => {
    const { page, release } = await heldPage({ locale: 'hu-HU' });
    await page.goto(h.serverUrl);
    // Before the wasm: the reader scrolls to section 4 and reads a paragraph there.
    await page.waitForSelector('#lejto-static #slope');
    const before = await page.evaluate(() => {
      const p = [...document.querySelectorAll('#lejto-static #slope > p')][2];
      p.scrollIntoView();
      scrollBy(0, -120);
      return { text: p.textContent.slice(0, 60), top: p.getBoundingClientRect().top };
    });
    await page.mouse.wheel(0, 1);
    await page.waitForTimeout(200);
    const top0 = await page.evaluate((t) => [...document.querySelectorAll('#slope > p')].find((p) => p.textContent.startsWith(t)).getBoundingClientRect().top, before.text);
    release();
    await tookOver(page);
    await page.waitForTimeout(1800);
    const now = await page.evaluate((t) => {
      const p = [...document.querySelectorAll('#slope > p')].find((q) => q.textContent.startsWith(t));
      return { top: p?.getBoundingClientRect().top, current: document.querySelector('[data-testid="toc-current"]').textContent };
    }, before.text);
    assert.ok(Math.abs(now.top - top0) <= 4, `the paragraph stayed at ${top0.toFixed(0)} px (now ${now.top?.toFixed(0)})`);
    assert.match(now.current, /lépés/i, 'the contents name section 4');
    assert.deepEqual(page.csp, [], 'no CSP violation');
  });

  it('?embed= never shows the essay, before or after the wasm', async () => {
    const { page, release } = await heldPage();
    await page.goto(`${h.serverUrl}?embed=convergence&lang=en`);
    await page.waitForSelector('#lejto-static', { state: 'attached' });
    assert.equal(await page.isVisible('#lejto-static .essay-section'), false, 'the static essay is hidden');
    assert.equal(await page.evaluate(() => document.body.innerText.trim()), '', 'nothing to read yet');
    release();
    await page.waitForSelector('[data-testid="convergence-chart"][data-draws]');
    assert.equal(await page.locator('.essay-section').count(), 0, 'no essay after the takeover');
  });

  it('a link with its own values never shows the default numbers; one with the defaults does', async () => {
    const { page, release } = await heldPage({ locale: 'hu-HU' });
    await page.goto(`${h.serverUrl}?gi=5&lang=hu`);
    await page.waitForSelector('#lejto-static .num', { state: 'attached' });
    // Wording the model chose for the defaults (a case) may be false for the link's values.
    assert.ok((await page.locator('#lejto-static .case').count()) > 5, 'the case-chosen wording is marked');
    const shown = await page.$$eval('#lejto-static :is(.num, .case, output, .chart-static)', (els) => els.filter((e) => getComputedStyle(e).visibility !== 'hidden').length);
    assert.equal(shown, 0, 'no default number, case-chosen wording or chart is visible');
    assert.ok(await page.isVisible('#lejto-static #opening > p'), 'the words are');
    release();
    await tookOver(page);
    const gi = await page.getAttribute('[data-ref="gi"]', 'data-value');
    assert.equal(Number(gi), 5, "the app shows the link's value");

    const plain = await heldPage({ locale: 'hu-HU' });
    await plain.page.goto(`${h.serverUrl}?v=2&gi=3.5714285714285716&fit=epoch&lang=hu&ref=newsletter`);
    await plain.page.waitForSelector('#lejto-static #opening .num', { state: 'attached' });
    assert.ok(await plain.page.isVisible('#lejto-static #opening .num'), 'default values and unknown keys show the numbers');
    plain.release();
    await tookOver(plain.page);
  });

  it('each language has its URL, and the browser or the link picks it', async () => {
    const context = await h.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    h.track(page, context);
    await page.goto(`${h.serverUrl}#giants`);
    await tookOver(page);
    assert.equal(new URL(page.url()).pathname, '/en/', 'an English browser goes to the English page');
    assert.equal(new URL(page.url()).hash, '#giants', 'with its anchor');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.goto(`${h.serverUrl}en/?lang=hu`);
    await tookOver(page);
    assert.equal(new URL(page.url()).pathname, '/', '?lang=hu opens the Hungarian page');
    assert.equal(await page.getAttribute('html', 'lang'), 'hu');
    // Switching language moves the address to that language's page.
    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction(() => location.pathname === '/en/');
  });

  it('has a title, description, alternates and link-preview tags per language, and a 1200×630 PNG preview', async () => {
    for (const [lang, path, title] of [['hu', '', /Lejtő: miért/], ['en', 'en/', /Lejtő: why/]]) {
      const html = await (await fetch(h.serverUrl + path)).text();
      const meta = (attr, name) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
      assert.match(html.match(/<title>([^<]*)<\/title>/)[1], title);
      assert.ok(meta('name', 'description')?.length > 80, 'a description');
      assert.match(html, /<link rel="canonical" href="[^"]+"/);
      assert.match(html, /<link rel="alternate" hreflang="hu" href="[^"]+"/);
      assert.match(html, /<link rel="alternate" hreflang="en" href="[^"]+"/);
      assert.match(meta('property', 'og:title'), title);
      assert.equal(meta('property', 'og:site_name'), 'Lejtő');
      assert.equal(meta('property', 'og:locale'), lang === 'hu' ? 'hu_HU' : 'en_US');
      assert.equal(meta('name', 'twitter:card'), 'summary_large_image');
      const image = meta('property', 'og:image');
      const png = Buffer.from(await (await fetch(new URL(image, h.serverUrl + path))).arrayBuffer());
      assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG');
      assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      assert.ok(png.length > 20_000, 'with a drawing in it');
    }
  });
});
