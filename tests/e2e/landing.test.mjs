// Links land where they point (issue 17): a section or figure anchor opened fresh is at the
// top of the screen (below the sticky contents bar) two seconds after the page has loaded, and
// the contents mark its section; a language switch keeps the paragraph being read; a reader
// who scrolls while the page loads is not pulled back.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

const SECTIONS = ['opening', 'warning', 'giants', 'infrastructure', 'slope', 'inference', 'next', 'counterweights', 'sources'];
// Figure anchors: every embeddable piece's element (the share panels' and embeds' links) and
// the DeepSeek comparison.
const FIGURES = ['headline', 'scaling', 'convergence', 'sensitivity', 'benchmark-gap', 'deepseek-gpt4', 'depreciation', 'next-step', 'bill', 'fixed-price', 'mix', 'progress', 'chip', 'metrics'];
const VIEWPORTS = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];
const SETTLE_MS = 2000;
const TOLERANCE_PX = 80;

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

/** Opens `query` without waiting for the opening chart (a page opened at section 7 need not
 *  draw it), waits until the essay is in the page, then `SETTLE_MS`. */
async function land(context, query) {
  const page = await context.newPage();
  h.track(page, context);
  await page.goto(h.serverUrl + query);
  await page.waitForSelector('#sources.essay-section', { state: 'attached' });
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

/** Where `id` is: its top below the sticky bar's bottom (px), and the section the contents mark. */
function where(page, id) {
  return page.evaluate((id) => {
    const bar = document.querySelector('.toc');
    const sticky = bar && getComputedStyle(bar).position === 'sticky' && bar.getBoundingClientRect().top <= 1;
    // On phones the contents are a bar over the text; on wide screens a column beside it.
    const barBottom = sticky && bar.getBoundingClientRect().width > innerWidth / 2 ? bar.getBoundingClientRect().bottom : 0;
    const target = document.getElementById(id);
    const marked = document.querySelector('.toc-list a[aria-current="location"]');
    // What the reader sees there: inside a section the browser skips (content-visibility)
    // positions are placeholders, so look at the screen itself.
    const r = target.getBoundingClientRect();
    const seen = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), Math.max(r.top, barBottom) + 8);
    return {
      below: r.top - barBottom,
      seen: Boolean(seen && target.closest('.essay-section').contains(seen)),
      section: target.closest('.essay-section').id,
      marked: marked?.getAttribute('href').slice(1),
      scrollY,
    };
  }, id);
}

/** Runs `fn` over `items`, `n` at a time (page loads wait mostly on timers). */
async function inBatches(items, n, fn) {
  for (let i = 0; i < items.length; i += n) await Promise.all(items.slice(i, i + n).map(fn));
}

describe('a link to a section or a figure lands there', () => {
  for (const viewport of VIEWPORTS) {
    for (const lang of ['hu', 'en']) {
      for (const scheme of ['light', 'dark']) {
        it(`${viewport.width}×${viewport.height}, ${lang}, ${scheme}: every section and figure anchor`, async () => {
          const context = await h.browser.newContext({ viewport, colorScheme: scheme });
          const misses = [];
          await inBatches([...SECTIONS, ...FIGURES], 4, async (id) => {
            const page = await land(context, `?lang=${lang}#${id}`);
            const at = await where(page, id);
            if (at.below < -2 || at.below > TOLERANCE_PX) misses.push(`#${id}: its top is ${at.below.toFixed(0)} px below the bar`);
            if (!at.seen) misses.push(`#${id}: its section is not what is on screen there`);
            if (at.marked !== at.section) misses.push(`#${id}: the contents mark ${at.marked}, not ${at.section}`);
            await page.close();
          });
          await context.close();
          assert.deepEqual(misses, []);
        });
      }
    }
  }

  it('a share link with state and a hidden piece lands on its figure', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await land(context, '?lang=en&gi=4&horizon=30&hide=benchmark#chip');
    const at = await where(page, 'chip');
    assert.ok(at.below >= -2 && at.below <= TOLERANCE_PX, `#chip ${at.below} px below the bar`);
    assert.ok(at.seen, '#chip is what is on screen');
    assert.equal(at.marked, 'next');
    await context.close();
  });
});

describe('the reader keeps their place', () => {
  for (const viewport of VIEWPORTS) {
    it(`a language switch in the middle of section 5 keeps the paragraph in view (${viewport.width} px)`, async () => {
      const context = await h.browser.newContext({ viewport });
      const page = await land(context, '?lang=hu#inference');
      // Read on to the middle of the section.
      await page.evaluate(() => {
        const s = document.getElementById('inference').getBoundingClientRect();
        scrollBy(0, s.top + s.height / 2);
      });
      await page.waitForTimeout(300);
      const place = await page.evaluate(() => {
        const bar = document.querySelector('.essay-section');
        const margin = parseFloat(getComputedStyle(bar).scrollMarginTop) || 0;
        const blocks = [...document.querySelectorAll('#inference > *')];
        const i = blocks.findIndex((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().bottom > margin);
        return { index: i, top: blocks[i].getBoundingClientRect().top, tag: blocks[i].tagName };
      });
      assert.ok(place.index > 1, `a block past the section's start: ${JSON.stringify(place)}`);
      const before = await page.$eval('#inference', (s) => s.textContent.slice(0, 200));
      // The switch itself, wherever the reader reaches it (a click does not scroll the page).
      await page.$eval('[data-testid="lang-en"]', (b) => b.click());
      await page.waitForFunction((b) => document.getElementById('inference').textContent.slice(0, 200) !== b, before);
      await page.waitForTimeout(SETTLE_MS);
      const now = await page.evaluate((i) => document.querySelectorAll('#inference > *')[i].getBoundingClientRect().top, place.index);
      assert.ok(Math.abs(now - place.top) <= TOLERANCE_PX, `the block read moved from ${place.top} to ${now} px`);
      const at = await where(page, 'inference');
      assert.equal(at.marked, 'inference');
      await context.close();
    });
  }

  it('a reader who scrolls while the page loads is not pulled back', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    h.track(page, context);
    await page.goto(h.serverUrl + '?lang=en#counterweights');
    await page.waitForSelector('#counterweights', { state: 'attached' });
    await page.waitForFunction(() => document.getElementById('counterweights').getBoundingClientRect().top < 200);
    // The reader scrolls up at once, with the wheel.
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, -1500);
    await page.waitForTimeout(300);
    const read = () => page.evaluate(() => {
      const el = document.elementFromPoint(640, 300)?.closest('.essay-section > *');
      return el && { id: el.parentElement.id, index: [...el.parentElement.children].indexOf(el), top: el.getBoundingClientRect().top };
    });
    const first = await read();
    assert.ok(first, 'a block under the pointer');
    await page.waitForTimeout(SETTLE_MS);
    const later = await page.evaluate(({ id, index }) => document.getElementById(id).children[index].getBoundingClientRect().top, first);
    assert.ok(Math.abs(later - first.top) <= TOLERANCE_PX, `moved from ${first.top} to ${later}`);
    const target = await where(page, 'counterweights');
    assert.ok(target.below > 500, `not pulled back to the anchor (${target.below} px below the bar)`);
    await context.close();
  });
});
