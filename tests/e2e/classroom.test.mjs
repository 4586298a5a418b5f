// End-to-end tests of the classroom tools: a teacher's lock on inputs and hidden sections or
// figures, from the link.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, rawValue, startHarness } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h.stop(); });
afterEach(() => h.assertPagesClean());

describe('teacher lock and hide', () => {
  it('locked inputs show their value, cannot move, say why, and survive presets and resets', async () => {
    const page = await h.open('?lang=en&ga=1.5&gi=4&lock=ga,fit,life');
    for (const id of ['range-ga', 'field-ga', 'range-life', 'field-life', 'fit-epoch', 'fit-hoffmann']) {
      const el = page.locator(`[data-testid="${id}"]`);
      assert.equal(await el.isDisabled(), true, `${id} disabled`);
      assert.equal(await el.getAttribute('data-locked'), 'true', `${id} marked`);
    }
    assert.equal(await page.inputValue('[data-testid="range-ga"]'), '1.5');
    assert.match(await page.locator('[data-param="ga"] .param-help').textContent(), /Fixed by your teacher/);
    // Other inputs still move.
    assert.equal(await page.locator('[data-testid="range-gi"]').isDisabled(), false);
    // A preset sets everything but the locked value.
    const peak = await rawValue(page, 'peak-t');
    await page.click('[data-testid="preset-paper"]');
    await page.waitForFunction((p) => document.querySelector('[data-testid="peak-t"]').dataset.value !== p, peak);
    assert.equal(await page.inputValue('[data-testid="range-ga"]'), '1.5');
    assert.notEqual(await page.inputValue('[data-testid="range-gi"]'), '4');
    // So does a calculator's reset.
    await page.locator('[data-testid="depreciation-reset"]').scrollIntoViewIfNeeded();
    await page.fill('[data-testid="field-capex"]', '50000000000');
    await page.click('[data-testid="depreciation-reset"]');
    assert.equal(await page.inputValue('[data-testid="field-life"]'), '6');
  });

  it('hidden sections and figures are left out of the page and the contents; the link keeps the lesson', async () => {
    const page = await h.open('?lang=hu&hide=benchmark,sources,mix&lock=alpha');
    assert.equal(await page.locator('#benchmark-gap').count(), 0);
    assert.equal(await page.locator('#mix').count(), 0);
    assert.equal(await page.locator('#sources').count(), 0);
    assert.equal(await page.locator('.toc-list a[href="#sources"]').count(), 0);
    assert.equal(await page.locator('#giants').count(), 1, 'the section of a hidden figure stays');
    assert.equal(await page.locator('#progress').count(), 1, 'other figures stay');
    await page.locator('[data-testid="convergence-share"] summary').click();
    const link = new URL(await page.inputValue('[data-testid="convergence-share"] [data-testid="share-url"]'));
    assert.equal(link.searchParams.get('hide'), 'benchmark,sources,mix');
    assert.equal(link.searchParams.get('lock'), 'alpha');
  });

  it('an unknown name in lock or hide is named, and the rest still applies', async () => {
    const page = await h.open('?lang=en&lock=ga,warp&hide=nowhere');
    const notice = await page.locator('[data-testid="url-notice"]').textContent();
    assert.match(notice, /lock “warp”/);
    assert.match(notice, /hide “nowhere”/);
    assert.equal(await page.locator('[data-testid="range-ga"]').isDisabled(), true);
  });

  it('axe-core finds nothing with locked inputs (dark)', async () => {
    const page = await h.open('?lang=hu&lock=ga,gi,alpha,fit', { colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), []);
  });
});
