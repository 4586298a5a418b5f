// End-to-end tests of the essay: its frame (sections, contents, notes), the prose in both
// languages and its numbers, the extended convergence part and the price of the next step.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, look, query, rawValue, readThrough, showChart, startHarness, urlSettled, value } from './harness.mjs';
import * as oracle from './oracle.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

const SECTIONS = ['opening', 'warning', 'giants', 'infrastructure', 'slope', 'inference', 'next', 'counterweights', 'sources'];
// Every section but the sources, whose prose is two sentences around the notes.
const WRITTEN = SECTIONS.filter((s) => s !== 'sources');
const close = (a, b, rel, what) => assert.ok(Math.abs(a - b) <= rel * Math.abs(b), `${what}: ${a} vs ${b}`);

/** The scenario in the page's link, with defaults filled in. */
function scenario(page) {
  const q = query(page);
  const s = { ...oracle.DEFAULTS };
  for (const k of Object.keys(s)) if (k in q) s[k] = Number(q[k]);
  return s;
}

/** Every number in the prose that describes an output equals it: the same raw value, and the
 *  output shows the same text. Returns how many were compared. */
async function assertProseMatchesOutputs(page) {
  // Numbers far off screen catch up as their section comes near: read the whole essay first.
  await readThrough(page);
  // On screen only: the handout's questions are printed, and compute when the page prints.
  const pairs = await page.$$eval('.essay-section .num[data-ref]', (spans) =>
    spans
      .filter((s) => !s.closest('.print-only'))
      .map((s) => {
        const out = document.querySelector(`output[data-testid="${s.dataset.ref}"]`);
        return out && { ref: s.dataset.ref, span: s.textContent, spanValue: s.dataset.value, out: out.textContent, outValue: out.dataset.value };
      })
      .filter(Boolean),
  );
  for (const p of pairs) {
    assert.equal(p.spanValue, p.outValue, `${p.ref}: raw values`);
    assert.ok(p.out.includes(p.span), `${p.ref}: "${p.span}" not in "${p.out}"`);
  }
  return pairs.length;
}

describe('essay frame', () => {
  it('has every section in order with a heading, and contents that follow the reader', async () => {
    const page = await h.open('?lang=en');
    const ids = await page.$$eval('.essay-section', (s) => s.map((e) => e.id));
    assert.deepEqual(ids, SECTIONS);
    for (const id of SECTIONS) {
      assert.ok((await page.locator(`#${id} h2`).textContent()).trim().length > 3, id);
    }
    const links = await page.$$eval('.toc-list a', (a) => a.map((x) => x.getAttribute('href')));
    assert.deepEqual(links, SECTIONS.map((s) => `#${s}`));
    assert.equal(await page.getAttribute('.toc-list a[aria-current="location"]', 'href'), '#opening');
    await page.click('.toc-list a[href="#slope"]');
    await page.waitForFunction(() => document.querySelector('.toc-list a[aria-current="location"]')?.getAttribute('href') === '#slope');
    await page.evaluate(() => document.getElementById('giants').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('.toc-list a[aria-current="location"]')?.getAttribute('href') === '#giants');
  });

  it('on a phone the contents fold into a bar that names the current section', async () => {
    const page = await h.open('?lang=hu', { viewport: { width: 390, height: 800 }, deviceScaleFactor: 3 });
    assert.equal(await page.isVisible('.toc-list'), false);
    // Off to section 4 through the contents, as a reader on a phone goes.
    await page.click('.toc-toggle');
    await page.click('.toc-list a[href="#slope"]');
    assert.equal(await page.isVisible('.toc-list'), false, 'the list folds after a choice');
    const slopeTitle = await page.$eval('.toc-list a[href="#slope"]', (a) => a.textContent.replace(/^\d+/, '').trim());
    await page.waitForFunction((t) => document.querySelector('[data-testid="toc-current"]').textContent.trim() === t, slopeTitle);
    // The bar has room for the whole name; the tools wait in the opened contents.
    assert.equal(await page.$eval('[data-testid="toc-current"]', (e) => e.scrollWidth <= e.clientWidth), true, 'name not cut');
    assert.equal(await page.isVisible('[data-testid="handout-print"]'), false);
    await page.click('.toc-toggle');
    assert.equal(await page.isVisible('.toc-list'), true);
    for (const tool of ['present-start', 'handout-print', 'page-share']) {
      assert.equal(await page.isVisible(`[data-testid="${tool}"]`), true, tool);
    }
    assert.equal(await page.getAttribute('.toc-toggle', 'aria-expanded'), 'true');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `sideways scroll of ${overflow}px`);
  });

  it('footnotes open in place and point to the endnotes', async () => {
    const page = await h.open('?lang=en');
    const ref = page.locator('#opening .fn-ref a').first();
    assert.equal(await ref.getAttribute('aria-expanded'), 'false');
    await ref.click();
    assert.equal(await ref.getAttribute('aria-expanded'), 'true');
    const note = page.locator('#opening [data-testid="note-inline"]').first();
    assert.ok((await note.textContent()).includes('arXiv 2507.07931'));
    const target = await note.locator('a').getAttribute('href');
    assert.equal(await page.locator(target).count(), 1, `endnote ${target}`);
    // The note's number is its place in the endnotes.
    const n = Number((await ref.textContent()).trim());
    assert.equal(await page.locator(`.endnotes li:nth-child(${n})`).getAttribute('id'), target.slice(1));
    await ref.click();
    assert.equal(await page.locator('#opening [data-testid="note-inline"]').count(), 0);
    // In print the endnotes stand in for the notes opened in place, and the controls go.
    await ref.click();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#opening [data-testid="note-inline"]'), false);
    assert.equal(await page.isVisible('.endnotes'), true);
    assert.equal(await page.isVisible('.toc'), false);
  });
});

describe('the prose, in both languages', () => {
  for (const lang of ['en', 'hu']) {
    it(`${lang}: the written sections read in full; no markup or missing number leaks`, async () => {
      const page = await h.open(`?lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      for (const id of WRITTEN) {
        const text = await page.$eval(`#${id}`, (s) => [...s.querySelectorAll(':scope > p, :scope > blockquote')].map((p) => p.textContent).join(' '));
        assert.ok(text.split(/\s+/).length > 120, `${id}: only ${text.split(/\s+/).length} words`);
        assert.doesNotMatch(text, /[{}]|\[\^|NaN|undefined/, `${id}: leaked markup`);
      }
      // The band of sampled worlds arrives a moment after the page (sampled between frames),
      // and numbers off screen wait until the reader comes near (src/shown.rs).
      await look(page, '.num[data-ref="band-n"]');
      await page.waitForFunction(() => document.querySelector('.num[data-ref="band-n"]')?.dataset.value);
      const missing = await page.$$eval('.num[data-ref]', (s) => s.filter((x) => x.dataset.value === '').map((x) => x.dataset.ref));
      assert.deepEqual(missing, [], 'numbers the model could not compute at the defaults');
      assert.ok((await assertProseMatchesOutputs(page)) >= 8, 'too few prose numbers tied to outputs');
    });
  }

  it('numbers in sentences follow the sliders, the language and the fit', async () => {
    const page = await h.open('?lang=en');
    const peak = () => page.$eval('#opening .num[data-ref="peak-t"]', (s) => s.dataset.value);
    const before = await peak();
    await page.focus('[data-testid="range-gi"]');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // The opening is sections above the slider: its sentence follows once the reader is back.
    await look(page, '#opening .num[data-ref="peak-t"]');
    await page.waitForFunction((b) => document.querySelector('#opening .num[data-ref="peak-t"]').dataset.value !== b, before);
    assert.equal(await peak(), await rawValue(page, 'peak-t'));
    await assertProseMatchesOutputs(page);
    await page.check('[data-testid="fit-hoffmann"]');
    await page.waitForFunction(() => document.querySelector('#warning .num[data-ref="loss-opt"]').dataset.value === document.querySelector('[data-testid="loss-opt"]').dataset.value);
    await page.click('[data-testid="lang-hu"]');
    await page.waitForFunction(() => document.documentElement.lang === 'hu');
    await assertProseMatchesOutputs(page);
    const peakText = await page.$eval('#opening .num[data-ref="peak-t"]', (s) => s.textContent);
    assert.match(peakText, /^\d+(,\d)?$/, `Hungarian decimal comma: ${peakText}`);
  });
});

describe('section 2: benchmark points and years behind', () => {
  it('agrees with MODEL.md §1.3 for 1 and 5 steps, and the link keeps the step count', async () => {
    const page = await h.open('?lang=en');
    await showChart(page, 'benchmark-chart');
    const s = scenario(page);
    for (const p of [1, 5]) {
      if (p !== 1) {
        await page.check(`[data-testid="steps-${p}"]`);
        await page.waitForFunction(() => new URL(location.href).searchParams.get('steps') === '5');
      }
      const want = oracle.benchPeak(s, s.horizon, p);
      close(await value(page, 'mmlu-peak-gap'), want.gap, 1e-4, `mmlu-peak-gap p=${p}`);
      assert.ok(Math.abs((await value(page, 'mmlu-peak-t')) - want.t) < 2e-3 * s.horizon, `mmlu-peak-t p=${p}`);
      const gap = await value(page, 'mmlu-peak-gap');
      assert.ok(gap > 0 && gap <= 100, `${gap} is in percentage points`);
    }
    close(await value(page, 'behind-h'), oracle.yearsBehind(s, s.horizon), 1e-6, 'behind-h');
    // The loss gap closes while the lag grows: both shown, both true.
    assert.ok((await value(page, 'behind-h')) > (await value(page, 'peak-t')));
    const fresh = await h.open(new URL(await urlSettled(page)).search);
    assert.equal(await fresh.isChecked('[data-testid="steps-5"]'), true);
    assert.equal(await rawValue(fresh, 'mmlu-peak-gap'), await rawValue(page, 'mmlu-peak-gap'));
  });

  it('a bad step count is named and falls back to one step', async () => {
    const page = await h.open('?lang=en&steps=3');
    assert.match(await page.locator('[data-testid="url-notice"]').textContent(), /“steps”/);
    assert.equal(await page.isChecked('[data-testid="steps-1"]'), true);
  });

  it('the DeepSeek-V3 and GPT-4 comparison is computed from the reported figures', async () => {
    const page = await h.open('?lang=en');
    const fig = page.locator('[data-testid="deepseek-gpt4"]');
    const ratio = Number(await fig.locator('.num[data-ref="flop-ratio"]').getAttribute('data-value'));
    close(ratio, 2.1e25 / 3.3e24, 1e-12, 'flop-ratio');
    const fpd = Number(await fig.locator('.num[data-ref="fpd-ratio"]').getAttribute('data-value'));
    close(fpd, (3.3e24 / 5.576e6) / (2.1e25 / 78e6), 1e-12, 'fpd-ratio');
    const years = Number(await fig.locator('.num[data-ref="fpd-years"]').getAttribute('data-value'));
    close(years, Math.log(fpd) / Math.log(1.4), 1e-9, 'fpd-years at the default hardware gain');
    const gap = Number(await fig.locator('.num[data-ref="ds-gap"]').getAttribute('data-value'));
    close(gap, oracle.chinchilla('epoch', 3.3e24).L - oracle.chinchilla('epoch', 2.1e25).L, 1e-9, 'ds-gap');
  });
});

describe('section 4: the price of the next step', () => {
  async function assertPrice(page) {
    const q = query(page);
    const [fit, C, fpd, cut] = [q.fit, Number(q.compute), Number(q.fpd), Number(q.cut) / 100];
    close(await value(page, 'max-cut'), 100 * oracle.maxCut(fit, C), 1e-9, 'max-cut');
    const want = oracle.nextStep(fit, C, cut, fpd);
    if (want) {
      close(await value(page, 'cut-factor'), want.factor, 1e-6, 'cut-factor');
      close(await value(page, 'cut-dollars'), want.dollars, 1e-6, 'cut-dollars');
    } else {
      assert.equal(await rawValue(page, 'cut-factor'), '');
    }
    return want;
  }

  it('agrees with MODEL.md and marks where the bill leaves the plausible', async () => {
    const page = await h.open('?lang=en');
    await showChart(page, 'next-step-chart');
    await urlSettled(page);
    assert.equal(query(page).yard, 'hu-gdp');
    assert.ok(await assertPrice(page));
    const q = query(page);
    const yard = 223e9;
    const C = Number(q.compute);
    const wantYard = 100 * (1 - oracle.chinchilla(q.fit, yard * Number(q.fpd)).L / oracle.chinchilla(q.fit, C).L);
    close(await value(page, 'yard-cut'), wantYard, 1e-9, 'yard-cut');
    assert.ok((await value(page, 'yard-cut')) < (await value(page, 'max-cut')));
    await page.check('[data-testid="yard-us-gdp"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('yard') === 'us-gdp');
    assert.ok((await value(page, 'yard-cut')) > wantYard, 'a larger yardstick is passed later');
  });

  it('typed cuts update the price; a cut below the floor is out of reach, not NaN', async () => {
    const page = await h.open('?lang=hu');
    await page.locator('[data-testid="field-cut"]').fill('3,5');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cut') === '3.5');
    assert.ok(await assertPrice(page));
    await page.locator('[data-testid="field-cut"]').fill('20');
    await page.waitForFunction(() => document.querySelector('[data-testid="cut-factor"]').dataset.value === '');
    await urlSettled(page);
    assert.equal(await assertPrice(page), null);
    const out = await page.locator('[data-testid="cut-factor"]').textContent();
    assert.equal(out.trim(), 'elérhetetlen');
    const sentence = await page.locator('[data-testid="next-step-sentence"]').textContent();
    assert.doesNotMatch(sentence, /NaN|–/);
    assert.match(sentence, /elérhetetlen/);
  });

  it('presets set the starting compute and reset restores the defaults', async () => {
    const page = await h.open('?lang=en&cut=1');
    await page.click('[data-testid="next-preset-deepseek-v3"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compute') === '3.3e24');
    await assertPrice(page);
    await page.click('[data-testid="next-reset"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cut') === '2');
    assert.equal(query(page).compute, '2.1e25');
  });
});

describe('charts read out and tabulate their numbers', () => {
  it('pointing at the opening chart moves the year; its table lists every year', async () => {
    const page = await h.open('?lang=en');
    const chart = page.locator('[data-testid="headline-chart"]');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    const before = await rawValue(page, 'year-gap');
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await page.waitForFunction((b) => document.querySelector('[data-testid="year-gap"]').dataset.value !== b, before);
    const s = scenario(page);
    const readout = await page.locator('[data-testid="headline-readout"]').textContent();
    const year = Number(readout.match(/Year ([\d.]+)/)[1]);
    assert.ok(year > s.horizon * 0.5, `pointer year ${year}`);
    await page.mouse.move(0, 0);
    await page.waitForFunction((b) => document.querySelector('[data-testid="year-gap"]').dataset.value === b, before);
    await page.click('[data-testid="headline"] .data-table summary');
    // <details> fires its toggle event in a later task, and the rows are built on it: wait for
    // them (reading at once raced that task and found none on a fast machine).
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="headline-table"] tbody tr').length > 0);
    const rows = await page.$$eval('[data-testid="headline-table"] tbody tr', (r) => r.length);
    assert.equal(rows, s.horizon + 1);
  });

  it('the year slider works by keyboard', async () => {
    const page = await h.open('?lang=en');
    const before = await value(page, 'year-behind');
    await page.focus('[data-testid="range-year"]');
    await page.keyboard.press('End');
    await page.waitForFunction((b) => Number(document.querySelector('[data-testid="year-behind"]').dataset.value) !== b, before);
    const s = scenario(page);
    close(await value(page, 'year-behind'), oracle.yearsBehind(s, s.horizon), 1e-6, 'years behind at the horizon');
    close(await value(page, 'year-gap'), oracle.gap(s, s.horizon), 1e-9, 'gap at the horizon');
  });

  for (const [lang, scheme] of [['en', 'light'], ['hu', 'dark'], ['en', 'dark'], ['hu', 'light']]) {
    it(`axe-core finds nothing with notes and tables open (${lang}, ${scheme})`, async () => {
      const page = await h.open(`?lang=${lang}`, { colorScheme: scheme });
      await page.locator('#opening .fn-ref a').first().click();
      for (const s of await page.$$('.data-table summary')) await s.click();
      await showChart(page, 'next-step-chart');
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});
