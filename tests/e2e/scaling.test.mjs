// End-to-end tests of the scaling-law calculator (essay section 1).
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { query, rawValue, showChart, startHarness, urlSettled, value } from './harness.mjs';
import * as oracle from './oracle.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

/** The page's four outputs agree with MODEL.md §3 for the fit and compute in its URL. */
async function assertMatchesModel(page) {
  await urlSettled(page);
  const q = query(page);
  const C = Number(q.compute);
  const now = oracle.chinchilla(q.fit, C);
  const next = oracle.chinchilla(q.fit, 10 * C);
  const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.abs(b), `${what}: ${a} vs ${b}`);
  close(await value(page, 'n-opt'), now.N, 'n-opt');
  close(await value(page, 'd-opt'), now.D, 'd-opt');
  close(await value(page, 'loss-opt'), now.L, 'loss-opt');
  close(await value(page, 'next10x-drop'), now.L - next.L, 'next10x-drop');
}

const drawn = (page) => showChart(page, 'scaling-chart');

describe('scaling-law calculator', () => {
  it('opens with a sourced default and agrees with MODEL.md', async () => {
    const page = await h.open('?lang=en');
    await drawn(page);
    const q = query(page);
    assert.equal(q.fit, 'epoch');
    assert.ok('compute' in q && 'fpd' in q);
    await assertMatchesModel(page);
  });

  it('each further tenfold buys less, as the staircase shows', async () => {
    const page = await h.open('?lang=en&compute=1e22');
    await drawn(page);
    const values = await page.$$eval('[data-testid="staircase"] meter', (ms) => ms.map((m) => m.value));
    assert.equal(values.length, 4);
    for (let i = 1; i < values.length; i++) assert.ok(values[i] < values[i - 1], `${values}`);
    assert.ok(Math.abs(values[0] - (await value(page, 'next10x-drop'))) < 1e-12);
  });

  it('reacts to the keyboard, the fit switch and typed dollars; the link reopens it', async () => {
    const page = await h.open('?lang=en');
    await drawn(page);
    const before = await rawValue(page, 'n-opt');
    await page.focus('[data-testid="range-compute"]');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((v) => document.querySelector('[data-testid="n-opt"]').dataset.value !== v, before);
    await assertMatchesModel(page);
    await page.check('[data-testid="fit-hoffmann"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('fit') === 'hoffmann');
    await assertMatchesModel(page);
    await page.locator('[data-testid="field-usd"]').fill('1,000,000');
    await urlSettled(page);
    const q = query(page);
    assert.ok(Math.abs(Number(q.compute) - 1e6 * Number(q.fpd)) <= 1e-6 * Number(q.compute), `${q.compute} vs ${q.fpd}`);
    await assertMatchesModel(page);
    const link = page.url();
    const fresh = await h.open(link.slice(link.indexOf('?')));
    await drawn(fresh);
    for (const id of ['n-opt', 'd-opt', 'loss-opt', 'next10x-drop']) {
      assert.equal(await rawValue(fresh, id), await rawValue(page, id), id);
    }
    assert.equal(await fresh.isChecked('[data-testid="fit-hoffmann"]'), true);
  });

  it('names bad link values and falls back', async () => {
    const page = await h.open('?lang=hu&fit=kaplan&compute=abc');
    await drawn(page);
    const text = await page.locator('[data-testid="url-notice"]').textContent();
    assert.match(text, /„kaplan” illesztést kér/);
    assert.match(text, /„compute” értéke/);
    await urlSettled(page);
    assert.equal(query(page).fit, 'epoch');
    await assertMatchesModel(page);
  });

  it('states the result with the same numbers it shows, in Hungarian', async () => {
    const page = await h.open('?lang=hu&compute=3.3e24');
    await drawn(page);
    const sentence = await page.textContent('[data-testid="scaling-sentence"]');
    assert.ok(sentence.includes(await page.textContent('[data-testid="loss-opt"]')), sentence);
    assert.ok(sentence.includes(await page.textContent('[data-testid="next10x-drop"]')), sentence);
    const params = (await page.textContent('[data-testid="n-opt"]')).replace(/ paraméter$/, '');
    assert.ok(sentence.includes(params), `${params} in ${sentence}`);
    assert.match(sentence, /3,3\s×\s10²⁴ FLOP-ból/);
  });
});
