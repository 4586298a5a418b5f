// End-to-end tests of the convergence calculator, driven like a reader would: keyboard, mouse,
// typed values, presets, links opened fresh, a wrong link, two languages, a narrow phone.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, chartState, outputs, query, rawValue, showChart, startHarness, urlSettled, value, waitForRedraw,
} from './harness.mjs';
import * as oracle from './oracle.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

/** Reads the scenario the page shows from its URL, as numbers. */
function scenarioOf(page) {
  const q = query(page);
  return Object.fromEntries(['gi', 'gh', 'ga', 'alpha', 'meek', 'frontier', 'horizon'].map((k) => [k, Number(q[k])]));
}

/** The page's outputs agree with the independent implementation of MODEL.md. */
async function assertMatchesModel(page) {
  await urlSettled(page);
  const s = scenarioOf(page);
  const p = oracle.peak(s, s.horizon);
  const half = oracle.halfTime(s, s.horizon);
  const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
  close(await value(page, 'peak-t'), p.t, 'peak-t');
  close(await value(page, 'peak-gap'), p.gap, 'peak-gap');
  if (half === null) assert.equal(await rawValue(page, 'half-t'), '');
  else close(await value(page, 'half-t'), half, 'half-t');
}

describe('convergence calculator', () => {
  it('reproduces the paper\'s Figure 1 with the defaults', async () => {
    const page = await h.open('?lang=en');
    // Gundlach et al. 2025, Figure 1: the gap peaks at ≈ 0.212 after ≈ 3.4 years.
    assert.ok(Math.abs((await value(page, 'peak-t')) - 3.4) < 0.05);
    assert.ok(Math.abs((await value(page, 'peak-gap')) - 0.212) < 0.001);
    await assertMatchesModel(page);
    // The URL carries the whole state and the language.
    const q = query(page);
    for (const k of ['gi', 'gh', 'ga', 'alpha', 'meek', 'frontier', 'horizon', 'lang']) assert.ok(k in q, k);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });

  it('agrees with MODEL.md for scenarios across the input ranges', async () => {
    const cases = [
      'gi=2&gh=1.2&ga=1.5&alpha=0.3&meek=50&frontier=5000&horizon=40',
      'gi=9.5&gh=2.9&ga=9&alpha=0.06&meek=1&frontier=1e12&horizon=7',
      'gi=1&gh=1.4&ga=2.8&alpha=0.154&meek=1000&frontier=2000&horizon=20',
      'gh=1&ga=1&horizon=20',
      'meek=1e9&frontier=10&horizon=5',
      'frontier=1e8&meek=1000',
    ];
    for (const c of cases) {
      const page = await h.open(`?lang=en&${c}`);
      await assertMatchesModel(page);
      const sentence = await page.textContent('[data-testid="result-sentence"]');
      assert.ok(sentence.length > 40 && !/NaN|Infinity|undefined/.test(sentence), sentence);
    }
  });

  it('moves with the keyboard: outputs, chart and URL change, history does not grow', async () => {
    const page = await h.open('?lang=en');
    const before = await outputs(page);
    const chart = await chartState(page);
    const historyLength = await page.evaluate(() => history.length);
    await page.focus('[data-testid="range-gi"]');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await waitForRedraw(page, chart.draws);
    const afterKeys = await outputs(page);
    assert.notDeepEqual(afterKeys, before);
    assert.notEqual((await chartState(page)).pixels, chart.pixels, 'canvas pixels changed');
    await urlSettled(page);
    assert.ok(Number(query(page).gi) > oracle.DEFAULTS.gi, `gi in URL: ${query(page).gi}`);
    assert.equal(await page.evaluate(() => history.length), historyLength);
    await assertMatchesModel(page);
    // The slider speaks its value with the unit.
    const spoken = await page.getAttribute('[data-testid="range-gi"]', 'aria-valuetext');
    assert.match(spoken, /× per year$/);
  });

  it('moves with the mouse', async () => {
    const page = await h.open('?lang=en');
    const before = await outputs(page);
    const slider = page.locator('[data-testid="range-ga"]');
    await slider.scrollIntoViewIfNeeded();
    // A section scrolled to is laid out in the next frame (content-visibility): measure after it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = await slider.boundingBox();
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.waitForFunction((v) => document.querySelector('[data-testid="peak-t"]').dataset.value !== v, before.peakT);
    await urlSettled(page);
    assert.ok(Number(query(page).ga) > 5, `ga in URL: ${query(page).ga}`);
    await assertMatchesModel(page);
  });

  it('reopens a copied link in exactly the same state', async () => {
    const page = await h.open('?lang=hu');
    await page.focus('[data-testid="range-alpha"]');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await page.focus('[data-testid="range-meek"]');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    await page.focus('[data-testid="range-horizon"]');
    await page.keyboard.press('End');
    const link = await urlSettled(page);
    const state = await outputs(page);
    const fields = await page.$$eval('.param-field input', (els) => els.map((e) => e.value));
    const fresh = await h.open(link.slice(link.indexOf('?')));
    assert.deepEqual(await outputs(fresh), state);
    assert.deepEqual(await fresh.$$eval('.param-field input', (els) => els.map((e) => e.value)), fields);
    assert.equal(await fresh.getAttribute('html', 'lang'), 'hu');
  });

  it('switches language: text, number format, <html lang> and URL', async () => {
    const page = await h.open('?lang=en');
    const heading = await page.textContent('h1');
    assert.match(await page.textContent('[data-testid="peak-t"]'), /^\d+\.\d\u00a0years$/);
    await page.click('[data-testid="lang-hu"]');
    await page.waitForFunction(() => document.documentElement.lang === 'hu');
    assert.notEqual(await page.textContent('h1'), heading);
    // The calculator is sections below the title: look at it, as a reader would.
    await showChart(page);
    assert.match(await page.textContent('[data-testid="peak-t"]'), /^\d+,\d\u00a0év múlva$/);
    await urlSettled(page);
    assert.equal(query(page).lang, 'hu');
    assert.equal(await page.title(), await page.textContent('h1'));
    // Numbers inside the sentence equal the outputs they describe, in this language's format.
    const sentence = await page.textContent('[data-testid="result-sentence"]');
    assert.ok(sentence.includes(await page.textContent('[data-testid="peak-t"]')), sentence);
    assert.ok(sentence.includes((await page.textContent('[data-testid="peak-gap"]')).split(/\s/)[0]), sentence);
    assert.ok(sentence.includes(await page.textContent('[data-testid="half-t"]')), sentence);
  });

  it('falls back on wrong link values, names them, and keeps working', async () => {
    const defaults = await outputs(await h.open('?lang=en'));
    const page = await h.open('?lang=en&alpha=abc&gi=-3&meek=1e400&foo=bar');
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const k of ['alpha', 'gi', 'meek']) assert.ok(text.includes(`“${k}”`), `${k} named in: ${text}`);
    assert.ok(!text.includes('foo'), 'unknown parameters are ignored');
    assert.deepEqual(await outputs(page), defaults);
    // Still works: a slider changes the result.
    await page.focus('[data-testid="range-ga"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((v) => document.querySelector('[data-testid="peak-t"]').dataset.value !== v, defaults.peakT);
    await assertMatchesModel(page);
    // And the notice speaks the reader's language.
    const hu = await h.open('?lang=hu&alpha=abc');
    assert.match(await hu.locator('[data-testid="url-notice"]').textContent(), /„alpha” értéke/);
    // Without bad values there is no notice.
    const clean = await h.open('?lang=en&foo=bar');
    assert.equal(await clean.locator('[data-testid="url-notice"]').count(), 0);
  });

  it('takes typed numbers, in Hungarian with a decimal comma, and rejects nonsense', async () => {
    const page = await h.open('?lang=hu');
    const field = page.locator('[data-testid="field-alpha"]');
    await field.fill('0,2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('alpha') === '0.2');
    await assertMatchesModel(page);
    const good = await outputs(page);
    await field.fill('abc');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#err-alpha').textContent(), /Adj meg egy számot 0,05 és 0,5 között/);
    assert.deepEqual(await outputs(page), good, 'bad input keeps the last good value');
    await field.blur();
    assert.equal(await field.inputValue(), '0,2');
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
  });

  it('offers presets with sources, and the paper\'s defaults reset everything', async () => {
    const page = await h.open('?lang=en');
    await page.click('[data-testid="preset-today"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('frontier') === '1e8');
    assert.equal(await page.getAttribute('[data-testid="preset-today"]', 'aria-pressed'), 'true');
    await assertMatchesModel(page);
    await page.click('[data-testid="preset-no-algo"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ga') === '1');
    await assertMatchesModel(page);
    await page.click('[data-testid="preset-paper"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ga') === '2.8');
    assert.ok(Math.abs((await value(page, 'peak-t')) - 3.4) < 0.05);
  });

  it('says so when the gap never closes (no shared progress)', async () => {
    const page = await h.open('?lang=en&gh=1&ga=1');
    assert.equal(await rawValue(page, 'half-t'), '');
    assert.match(await page.textContent('[data-testid="half-t"]'), /not within 20\u00a0years/);
    assert.match(await page.textContent('[data-testid="result-sentence"]'), /never closes/);
  });

  it('draws crisply on HiDPI screens and follows the window size', async () => {
    const page = await h.open('?lang=en', { deviceScaleFactor: 3, viewport: { width: 1000, height: 800 } });
    let c = await chartState(page);
    assert.equal(c.width, Math.round(c.cssWidth * 3));
    await page.setViewportSize({ width: 700, height: 800 });
    await waitForRedraw(page, c.draws);
    c = await chartState(page);
    assert.equal(c.width, Math.round(c.cssWidth * 3));
    // On a 1× screen the backing store is 1× (the drawing is oversampled inside it).
    const low = await h.open('?lang=en', { deviceScaleFactor: 1 });
    c = await chartState(low);
    assert.equal(c.width, Math.round(c.cssWidth));
  });

  it('follows the colour scheme live, and does not redraw when nothing changes', async () => {
    const page = await h.open('?lang=en', { colorScheme: 'light' });
    const light = await chartState(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBg = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForRedraw(page, light.draws);
    const dark = await chartState(page);
    assert.notEqual(dark.pixels, light.pixels);
    assert.notEqual(await background(), lightBg);
    // Idle: no feedback loop between drawing and resizing.
    await page.waitForTimeout(500);
    assert.equal((await chartState(page)).draws, dark.draws);
  });

  it('runs under a strict Content-Security-Policy that is really enforced', async () => {
    const page = await h.open('?lang=en');
    // The app is up (every other test too runs under the same policy) …
    assert.ok((await chartState(page)).draws >= 1);
    // … and the policy bites: an inline script is refused.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return window.__inlineRan === true;
    });
    assert.equal(ran, false);
    // That refusal is the only console message, and it is the one we provoked.
    assert.equal(page.problems.console.length, 1);
    assert.match(page.problems.console[0], /Content Security Policy/);
    page.problems.console.length = 0;
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const page = await h.open('?lang=hu', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
  });

  for (const [lang, colorScheme] of [['en', 'light'], ['hu', 'dark']]) {
    it(`has no axe-core violations (${lang}, ${colorScheme})`, async () => {
      const page = await h.open(`?lang=${lang}&alpha=abc`, { colorScheme });
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});
