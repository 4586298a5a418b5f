// End-to-end tests of the essay's second half: depreciation (3), the inference bill and the
// study's fixed-price variant (5), the three directions (6), the counterweights (7) and the
// formulas (8); and the prose file's fallback.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, look, query, rawValue, showChart, startHarness, urlSettled, value } from './harness.mjs';
import * as oracle from './oracle.mjs';
import * as money from './money_oracle.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

const close = (a, b, rel, what) => assert.ok(Math.abs(a - b) <= rel * Math.abs(b), `${what}: ${a} vs ${b}`);

/** The page's inputs as its link states them, defaults filled in. */
function inputs(page) {
  const q = query(page);
  const m = { ...oracle.DEFAULTS, gashare: 1, ...money.MONEY_DEFAULTS };
  for (const k of Object.keys(m)) if (k in q) m[k] = Number(q[k]);
  return m;
}

/** Types into a calculator's number field as a reader would, and waits for the output. */
async function type(page, key, text, output) {
  const before = await rawValue(page, output);
  await page.locator(`[data-testid="field-${key}"]`).fill(text);
  // The output may be in another section: look at it, as a reader would.
  await look(page, `[data-testid="${output}"]`);
  await page.waitForFunction(([o, b]) => document.querySelector(`[data-testid="${o}"]`).dataset.value !== b, [output, before]);
}

describe('section 3: depreciation', () => {
  it('computes the yearly charge and break-even rent, reacts to typing and presets, and reopens from a link', async () => {
    const page = await h.open('?lang=en');
    await showChart(page, 'depreciation-chart');
    let m = inputs(page);
    close(await value(page, 'depr-per-year'), money.depreciation(m).perYear, 1e-12, 'depr-per-year');
    close(await value(page, 'depr-break-even'), money.depreciation(m).breakEven, 1e-9, 'break-even rent');
    await type(page, 'life', '3', 'depr-per-year');
    close(await value(page, 'depr-per-year'), money.depreciation({ ...m, life: 3 }).perYear, 1e-12, 'depr-per-year at 3 years');
    await page.click('[data-testid="depreciation-preset-books"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="field-life"]').value === '6');
    assert.equal(await page.getAttribute('[data-testid="depreciation-preset-books"]', 'aria-pressed'), 'true');
    await type(page, 'capex', '100000000000', 'depr-per-year');
    const link = new URL(await urlSettled(page));
    assert.equal(link.searchParams.get('capex'), '1e11');
    assert.equal(link.searchParams.has('life'), false, 'a default stays out of the link');
    const fresh = await h.open(link.search);
    m = inputs(fresh);
    assert.equal(m.capex, 1e11);
    close(await value(fresh, 'depr-per-year'), money.depreciation(m).perYear, 1e-12, 'reopened depr-per-year');
  });

  it('a wrong value in the link is named and falls back', async () => {
    const page = await h.open('?lang=hu&life=0&rent=abc');
    const notice = await page.locator('[data-testid="url-notice"]').textContent();
    assert.match(notice, /„life”/);
    assert.match(notice, /„rent”/);
    close(await value(page, 'depr-per-year'), money.depreciation(money.MONEY_DEFAULTS).perYear, 1e-12, 'default life');
  });
});

describe('section 5: inference', () => {
  it('the bill follows MODEL §5, and the years to match follow the price fall', async () => {
    const page = await h.open('?lang=en&reasonmult=20');
    await showChart(page, 'bill-chart');
    const b = money.bill(inputs(page));
    close(await value(page, 'bill-large'), b.large, 1e-12, 'bill-large');
    close(await value(page, 'bill-small'), b.small, 1e-12, 'bill-small');
    close(await value(page, 'bill-large-then'), b.largeThen, 1e-9, 'bill-large-then');
    close(await value(page, 'bill-match'), b.match, 1e-9, 'bill-match');
    await page.click('[data-testid="bill-preset-epoch"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pricefall') === '50');
    close(await value(page, 'bill-match'), money.bill(inputs(page)).match, 1e-9, 'bill-match at 50×');
  });

  it("the study's variant crosses where the formula does, and shows the clip", async () => {
    const page = await h.open('?lang=en');
    await showChart(page, 'fixed-price-chart');
    const m = inputs(page);
    close(await value(page, 'inference-gap-0'), money.fixedGap(m, m, 0), 1e-9, 'gap at 0');
    close(await value(page, 'inference-cross-t'), money.fixedCross(m, m, m.horizon), 1e-6, 'inference-cross-t');
    // A price 1000× lower never catches up within a year's horizon: empty, and the text says so.
    const slow = await h.open('?lang=en&price=1e-11&horizon=1');
    assert.equal(await rawValue(slow, 'inference-cross-t'), '');
    assert.equal(money.fixedCross(inputs(slow), inputs(slow), 1), null);
    assert.match(await slow.locator('[data-testid="fixed-price-sentence"]').textContent(), /does not close/);
  });
});

describe('section 6: three directions', () => {
  it('the mix, the sources of progress and the new chip follow their formulas', async () => {
    const page = await h.open('?lang=en&smallshare=0.5&chip=10');
    await showChart(page, 'mix-chart');
    const m = inputs(page);
    const per = money.bill(m).perAnswer;
    close(await value(page, 'mix-cost'), 0.5 * per.small + 0.5 * per.large, 1e-12, 'mix-cost');
    close(await value(page, 'mix-quality'), 0.5 * (m.smallquality + m.largequality), 1e-12, 'mix-quality');
    await showChart(page, 'progress-chart');
    const total = m.horizon * Math.log10(m.gi * m.gh * m.ga);
    close(await value(page, 'progress-total'), total, 1e-9, 'progress-total');
    close(await value(page, 'progress-investment'), (m.horizon * Math.log10(m.gi)) / total, 1e-9, 'investment share');
    await showChart(page, 'chip-chart');
    close(await value(page, 'chip-cut'), 1 - Math.pow(10, -m.alpha), 1e-12, 'chip-cut');
    // Equal budgets: the meek lab reaches the frontier's loss of year y at y·ln G_F/ln G_M; a
    // chip k× better saves the years its own growth would need for k, at most that lag.
    const [gf, gm] = [Math.log(m.gi * m.gh * m.ga), Math.log(m.gh * m.ga)];
    const lag = m.chipyear * gf / gm - m.chipyear;
    close(await value(page, 'chip-saved'), Math.min(Math.log(10) / gm, lag), 1e-9, 'chip-saved');
    await type(page, 'chip', '100', 'chip-cut');
    close(await value(page, 'chip-cut'), 1 - Math.pow(100, -m.alpha), 1e-12, 'chip-cut at 100×');
  });
});

describe('section 7: the counterweights', () => {
  it("small labs' share of algorithms moves every convergence output, and the measure switch tells both stories", async () => {
    const page = await h.open('?lang=en');
    await showChart(page, 'metrics-chart');
    const before = await value(page, 'peak-t');
    await type(page, 'gashare', '0.5', 'peak-t');
    await urlSettled(page);
    let m = inputs(page);
    assert.equal(m.gashare, 0.5);
    const want = money.peakShared(m, m.horizon);
    assert.ok(Math.abs((await value(page, 'peak-t')) - want.t) < 1e-3, `peak-t ${await value(page, 'peak-t')} vs ${want.t}`);
    close(await value(page, 'peak-gap'), want.gap, 1e-6, 'peak-gap');
    assert.ok((await value(page, 'peak-t')) > before, 'a smaller share pushes the peak later');
    await page.check('[data-testid="metric-ratio"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('metric') === 'ratio');
    m = inputs(page);
    close(await value(page, 'metric-end'), money.reducibleRatio(m, m.horizon), 1e-9, 'ratio at the horizon');
    assert.match(await page.locator('[data-testid="metrics-sentence"]').textContent(), /keeps growing/);
    await page.check('[data-testid="metric-loss"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('metric'));
    assert.match(await page.locator('[data-testid="metrics-sentence"]').textContent(), /shrinks toward zero/);
  });

  it('a wrong measure in the link is named and falls back to the loss gap', async () => {
    const page = await h.open('?lang=hu&metric=nines');
    assert.match(await page.locator('[data-testid="url-notice"]').textContent(), /„nines”/);
    assert.equal(await page.isChecked('[data-testid="metric-loss"]'), true);
  });
});

describe('the second half as a whole', () => {
  it('every prose number equals the output it names, in both languages, and the formulas show the same results', async () => {
    for (const lang of ['en', 'hu']) {
      const page = await h.open(`?lang=${lang}`);
      const pairs = await page.$$eval('.essay-section .num[data-ref]', (spans) =>
        spans
          .map((s) => {
            const out = document.querySelector(`output[data-testid="${s.dataset.ref}"]`);
            return out && { ref: s.dataset.ref, span: s.textContent, spanValue: s.dataset.value, out: out.textContent, outValue: out.dataset.value };
          })
          .filter(Boolean),
      );
      const refs = pairs.map((p) => p.ref);
      for (const r of ['depr-per-year', 'depr-break-even', 'inference-gap-0', 'inference-cross-t']) assert.ok(refs.includes(r), `${lang}: ${r} in the prose`);
      for (const p of pairs) {
        assert.equal(p.spanValue, p.outValue, `${lang} ${p.ref}: raw values`);
        assert.ok(p.out.includes(p.span), `${lang} ${p.ref}: "${p.span}" not in "${p.out}"`);
      }
      // Section 8: the depreciation formula's result is the calculator's output.
      const formula = await page.locator('[data-testid="formula-7"]').textContent();
      assert.equal(formula, await page.locator('[data-testid="depr-per-year"]').textContent());
      for (const id of ['infrastructure', 'inference', 'next', 'counterweights']) {
        const words = (await page.locator(`#${id}`).textContent()).split(/\s+/).length;
        assert.ok(words > 150, `${lang} #${id} has prose (${words} words)`);
      }
    }
  });

  it('without its prose file the page says so and the calculators still work', async () => {
    const page = await h.open('?lang=en', { offline: false });
    // A second page whose prose requests fail.
    const ctx = page.context();
    await ctx.route('**/essay.*.txt', (r) => r.abort());
    const broken = await ctx.newPage();
    broken.problems = { external: [], console: [], pageErrors: [] };
    broken.on('pageerror', (e) => broken.problems.pageErrors.push(String(e)));
    await broken.goto(new URL(page.url()).origin + '/?lang=hu');
    await broken.waitForSelector('[data-testid="prose-failed"]');
    assert.match(await broken.locator('[data-testid="prose-failed"]').textContent(), /nem sikerült betölteni/);
    await broken.waitForSelector('[data-testid="headline-chart"][data-draws]');
    assert.ok(Number.isFinite(await value(broken, 'depr-per-year')));
    assert.deepEqual(broken.problems.pageErrors, []);
    await broken.close();
  });

  for (const [lang, scheme] of [['en', 'dark'], ['hu', 'light']]) {
    it(`axe-core finds nothing in the new sections (${lang}, ${scheme})`, async () => {
      const page = await h.open(`?lang=${lang}`, { colorScheme: scheme });
      for (const id of ['depreciation-chart', 'bill-chart', 'fixed-price-chart', 'mix-chart', 'progress-chart', 'chip-chart', 'metrics-chart']) {
        await showChart(page, id);
      }
      for (const s of await page.$$('.more-params summary')) await s.click();
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});

describe('section 3: a short accounting life', () => {
  it('says the books never run much ahead of the market instead of naming a vanishing gap', async () => {
    const page = await h.open('?lang=en&life=3');
    await showChart(page, 'depreciation-chart');
    assert.match(await page.locator('[data-testid="depreciation-sentence"]').textContent(), /never value the servers much above/);
    const long = await h.open('?lang=hu&life=6');
    await showChart(long, 'depreciation-chart');
    assert.match(await long.locator('[data-testid="depreciation-sentence"]').textContent(), /tér el a legjobban/);
  });
});
