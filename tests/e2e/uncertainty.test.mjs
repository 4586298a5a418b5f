// End-to-end tests of "How sure is this?" (issue 16): the band of sampled worlds around the
// convergence chart, its intervals, the tornado chart of which assumption matters most, and a
// link that reopens both. Numbers are checked against an independent JavaScript Monte Carlo.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, look, query, rawValue, showChart, startHarness, urlSettled } from './harness.mjs';
import * as mc from './uncertainty_oracle.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

const close = (a, b, what) => assert.ok(
  (a === b) || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`,
);

/** The scenario the page shows, from its address. */
function scenarioOf(page) {
  const q = query(page);
  const s = Object.fromEntries(['gi', 'gh', 'ga', 'alpha', 'meek', 'frontier', 'gashare', 'horizon'].map((k) => [k, Number(q[k])]));
  if (!('gashare' in q)) s.gashare = 1;
  return s;
}

/** Waits until the band of the page's current scenario is sampled and the prose quotes it. */
async function bandSettled(page) {
  await urlSettled(page);
  await look(page, '[data-testid="convergence-note"]');
  await page.waitForFunction(() => !/…/.test(document.querySelector('[data-testid="convergence-note"]').textContent));
  // The prose's numbers wait, off screen, until their section comes near.
  await page.waitForSelector('[data-ref="band-peak-lo"]', { state: 'attached' });
  await look(page, '[data-ref="band-peak-lo"]');
  await page.waitForFunction(() => document.querySelector('[data-ref="band-peak-lo"]').dataset.value);
}

/** The prose's band numbers (raw), checked against the oracle for the page's scenario. */
async function assertBandMatchesOracle(page) {
  await bandSettled(page);
  const s = scenarioOf(page);
  const want = mc.band(s, s.horizon);
  const got = async (k) => Number(await page.getAttribute(`[data-ref="${k}"]`, 'data-value'));
  close(await got('band-peak-lo'), want.peak[0], 'peak 5 %');
  close(await got('band-peak-hi'), want.peak[1], 'peak 95 %');
  close(await got('band-half-lo'), want.half[0], 'half-way 5 %');
  if (Number.isFinite(want.half[1])) close(await got('band-half-hi'), want.half[1], 'half-way 95 %');
  else assert.equal(await page.locator('[data-ref="band-half-hi"]').count(), 0, 'no upper bound is quoted');
  assert.equal(await got('band-n'), mc.DRAWS);
}

async function pixels(page, testid) {
  await showChart(page, testid);
  return page.$eval(`[data-testid="${testid}"]`, (c) => c.toDataURL());
}

describe('how sure is this', () => {
  it('quotes the intervals of 2,000 sampled worlds, as an independent Monte Carlo computes them, in both languages', async () => {
    for (const lang of ['en', 'hu']) {
      const page = await h.open(`?lang=${lang}`);
      await assertBandMatchesOracle(page);
      await look(page, '[data-testid="convergence-note"]');
      const note = await page.textContent('[data-testid="convergence-note"]');
      assert.match(note, lang === 'en' ? /In 90% of 2,000 worlds/ : /2000 világ 90%-ában/, note);
      assert.doesNotMatch(note, /NaN|Infinity|undefined|–/, note);
      // The prose reads the same numbers.
      const prose = await page.textContent('#giants');
      assert.ok(prose.includes(await page.textContent('[data-ref="band-peak-hi"]')));
      await page.context().close();
    }
  });

  it('the band follows a slider, and the link reopens band, intervals and tornado identically', async () => {
    const page = await h.open('?lang=en');
    await bandSettled(page);
    const before = await page.textContent('[data-testid="convergence-note"]');
    await look(page, '[data-testid="range-ga"]');
    await page.focus('[data-testid="range-ga"]');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((b) => document.querySelector('[data-testid="convergence-note"]').textContent !== b, before);
    await assertBandMatchesOracle(page);
    const note = await page.textContent('[data-testid="convergence-note"]');
    const band = await pixels(page, 'convergence-chart');
    const tornado = await pixels(page, 'sensitivity-chart');

    const fresh = await h.open(new URL(page.url()).search);
    await bandSettled(fresh);
    assert.equal(await fresh.textContent('[data-testid="convergence-note"]'), note);
    assert.equal(await pixels(fresh, 'convergence-chart'), band, 'the same band');
    assert.equal(await pixels(fresh, 'sensitivity-chart'), tornado, 'the same tornado');
  });

  it('band=0 leaves the band out, the switch brings it back, and a wrong value is named', async () => {
    const page = await h.open('?lang=en&band=0');
    await bandSettled(page);
    const box = page.locator('[data-testid="band-switch"]');
    assert.equal(await box.isChecked(), false);
    const without = await pixels(page, 'convergence-chart');
    await box.check();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('band'));
    assert.notEqual(await pixels(page, 'convergence-chart'), without, 'the band is drawn');
    await box.uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('band') === '0');
    assert.equal(await pixels(page, 'convergence-chart'), without, 'and gone again');

    const wrong = await h.open('?lang=hu&band=igen');
    const notice = await wrong.locator('[data-testid="url-notice"]').textContent();
    assert.match(notice, /„igen”/);
    assert.equal(await wrong.locator('[data-testid="band-switch"]').isChecked(), true, 'falls back to showing it');
  });

  it('the tornado chart names the assumption that matters most, as the oracle orders them, in both languages', async () => {
    const scenarios = ['', '&ga=1.5&gashare=0.6', '&gi=2&alpha=0.3&horizon=40'];
    for (const [i, extra] of scenarios.entries()) {
      const lang = i % 2 ? 'hu' : 'en';
      const page = await h.open(`?lang=${lang}${extra}`);
      await urlSettled(page);
      await showChart(page, 'sensitivity-chart');
      const s = scenarioOf(page);
      const order = mc.tornadoOrder(s, s.horizon);
      assert.equal(await rawValue(page, 'sensitivity-top'), order[0], extra);
      const sentence = await page.textContent('[data-testid="sensitivity-sentence"]');
      assert.doesNotMatch(sentence, /NaN|Infinity|undefined/, sentence);
      // The table lists the assumptions in the chart's order.
      await page.click('details.data-table:has([data-testid="sensitivity-table"]) summary');
      // The table fills once opened.
      await page.waitForSelector('[data-testid="sensitivity-table"] tbody tr');
      const rows = await page.$$eval('[data-testid="sensitivity-table"] tbody tr', (r) => r.length);
      assert.equal(rows, mc.RANGES.length);
      await page.context().close();
    }
  });

  it('axe finds nothing around the band and the tornado chart, on a phone', async () => {
    for (const lang of ['en', 'hu']) {
      const page = await h.open(`?lang=${lang}`, { viewport: { width: 390, height: 844 } });
      await bandSettled(page);
      await showChart(page, 'sensitivity-chart');
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `no sideways scroll (${overflow} px)`);
      await page.context().close();
    }
  });
});
