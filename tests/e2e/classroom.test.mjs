// End-to-end tests of the classroom tools: a teacher's lock on inputs and hidden sections or
// figures, from the link.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, query, rawValue, startHarness, urlSettled } from './harness.mjs';
import { decodeQr, pdfText, renderPdfPages } from './pdf.mjs';

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
    const page = await h.open('?lang=hu&hide=benchmark-gap,sources,mix&lock=alpha');
    assert.equal(await page.locator('#benchmark-gap').count(), 0);
    assert.equal(await page.locator('#mix').count(), 0);
    assert.equal(await page.locator('#sources').count(), 0);
    assert.equal(await page.locator('.toc-list a[href="#sources"]').count(), 0);
    assert.equal(await page.locator('#giants').count(), 1, 'the section of a hidden figure stays');
    assert.equal(await page.locator('#progress').count(), 1, 'other figures stay');
    await page.locator('[data-testid="convergence-share"] summary').click();
    const link = new URL(await page.inputValue('[data-testid="convergence-share"] [data-testid="share-url"]'));
    assert.equal(link.searchParams.get('hide'), 'benchmark-gap,sources,mix');
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

describe('presenter mode', () => {
  /** What is on screen: the shown section's id, and the shown figure's id (or null). */
  const screen = (page) => page.evaluate(() => {
    const visible = (el) => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    const sections = [...document.querySelectorAll('.essay-section')].filter(visible);
    const figures = [...document.querySelectorAll('.essay-section > .calculator, .essay-section > .calc-figure')].filter(visible);
    return { sections: sections.map((s) => s.id), figures: figures.map((f) => f.id) };
  });
  const stepNow = async (page) => Number(await page.getAttribute('[data-testid="present-step"]', 'data-value'));

  it('one screen per step, keys and a clicker step through, the URL keeps the step, Back returns', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    h.track(page, context);
    await page.goto(`${h.serverUrl}?lang=en&present=1&step=2`);
    await page.waitForSelector('[data-testid="present-step"]');
    await page.waitForSelector('[data-testid="headline-chart"][data-draws]');
    assert.equal(await stepNow(page), 2);
    assert.deepEqual(await screen(page), { sections: ['opening'], figures: ['headline'] });
    // Large type: the root font is larger than the essay's.
    assert.ok(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)) >= 22);
    // After a section's figures come its discussion questions, under the section's title.
    await page.keyboard.press('ArrowRight');
    assert.equal(await stepNow(page), 3);
    assert.deepEqual(await screen(page), { sections: ['opening'], figures: [] });
    assert.equal(await page.locator('#opening-questions li').count(), 3);
    assert.equal(await page.locator('#opening-questions').isVisible(), true);
    assert.equal(await page.locator('#opening-title').isVisible(), true);
    assert.equal(await page.locator('#opening > p').first().isVisible(), false, 'not the section text');
    await page.keyboard.press('ArrowRight');
    assert.equal(await stepNow(page), 4);
    assert.deepEqual(await screen(page), { sections: ['warning'], figures: [] });
    assert.equal(await page.locator('#warning-questions').isVisible(), false);
    await page.click('[data-testid="present-next"]');
    assert.deepEqual(await screen(page), { sections: ['warning'], figures: ['scaling'] });
    await page.waitForSelector('[data-testid="scaling-chart"][data-draws]');
    assert.equal(new URL(page.url()).searchParams.get('step'), '5');
    // A slider's arrows move the slider, not the deck.
    const before = await page.inputValue('[data-testid="range-compute"]');
    await page.focus('[data-testid="range-compute"]');
    await page.keyboard.press('ArrowRight');
    assert.equal(await stepNow(page), 5);
    assert.notEqual(await page.inputValue('[data-testid="range-compute"]'), before);
    // A clicker's PageUp goes back even from a slider; every step is a history entry.
    await page.keyboard.press('PageUp');
    assert.equal(await stepNow(page), 4);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-testid="present-step"]').dataset.value === '5');
    assert.deepEqual(await screen(page), { sections: ['warning'], figures: ['scaling'] });
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('[data-testid="present-step"]').dataset.value === '4');
    // Escape returns to the essay, at that place.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="present-step"]', { state: 'detached' });
    const url = new URL(page.url());
    assert.equal(url.searchParams.has('present'), false);
    assert.equal((await screen(page)).sections.length, 9);
    await page.waitForTimeout(300);
    const top = await page.evaluate(() => document.getElementById('warning').getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 200, `back at the section (its top at ${top})`);
    await context.close();
  });

  it('starts from the button at the section in view; an out-of-range step opens the last; axe finds nothing', async () => {
    const page = await h.open('?lang=hu', { colorScheme: 'dark' });
    await page.$eval('#inference', (s) => s.scrollIntoView());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.click('[data-testid="present-start"]');
    await page.waitForSelector('[data-testid="present-step"]');
    assert.deepEqual(await screen(page), { sections: ['inference'], figures: [] }, `step ${await stepNow(page)}`);
    assert.equal(new URL(page.url()).searchParams.get('present'), '1');
    // The projector theme is light and high-contrast even for a reader in the dark scheme.
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    assert.deepEqual(await axeViolations(page), []);
    await page.click('[data-testid="present-next"]');
    await page.click('[data-testid="present-prev"]');
    assert.deepEqual(await screen(page), { sections: ['inference'], figures: [] });
    await page.keyboard.press('PageDown');
    assert.deepEqual(await screen(page), { sections: ['inference'], figures: ['bill'] });
    // Space steps too, unless a button has the focus (then it presses the button).
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press(' ');
    assert.deepEqual(await screen(page), { sections: ['inference'], figures: ['fixed-price'] });
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const last = await context.newPage();
    h.track(last, context);
    await last.goto(`${h.serverUrl}?lang=en&present=1&step=999&hide=sources`);
    await last.waitForSelector('#counterweights-questions[data-shown]');
    const n = await stepNow(last);
    assert.match(await last.locator('[data-testid="present-step"]').textContent(), new RegExp(`Step ${n} of ${n}`));
    assert.deepEqual(await screen(last), { sections: ['counterweights'], figures: [] });
    assert.equal(await last.locator('#counterweights-questions').isVisible(), true);
    assert.deepEqual(await axeViolations(last), []);
    await last.keyboard.press('ArrowLeft');
    await last.waitForSelector('[data-testid="metrics-chart"][data-draws]');
    assert.deepEqual(await screen(last), { sections: ['counterweights'], figures: ['metrics'] });
  });
});

describe('guess first', () => {
  it('a teacher\'s guess=ask covers the charts; the reveal compares the guess with the model, by keyboard, and the link keeps it', async () => {
    const page = await h.open('?lang=en&guess=ask', {}, '[data-testid="guess-reveal"]');
    const covered = () => page.$eval('#convergence .chart-box', (b) => getComputedStyle(b).visibility);
    assert.equal(await covered(), 'hidden');
    assert.equal(await page.$eval('#headline .chart-box', (b) => getComputedStyle(b).visibility), 'hidden');
    // The band's intervals and the tornado chart would give the half-way time away too.
    for (const hidden of ['#convergence .calc-note', '#sensitivity .chart-box']) {
      assert.equal(await page.$eval(hidden, (b) => getComputedStyle(b).visibility), 'hidden', hidden);
    }
    // By keyboard: type a guess, then press the reveal button with Enter.
    await page.locator('[data-testid="field-guess"]').scrollIntoViewIfNeeded();
    await page.fill('[data-testid="field-guess"]', '3');
    await page.focus('[data-testid="guess-reveal"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="guess-result"]');
    assert.equal(await covered(), 'visible');
    const answer = Number(await rawValue(page, 'half-t'));
    const diff = Number(await rawValue(page, 'guess-result'));
    assert.ok(Math.abs(diff - (answer - 3)) < 1e-9, `model answer − guess (${diff} vs ${answer} − 3)`);
    assert.match(await page.locator('[data-testid="guess-result"]').textContent(), /You guessed 3 years/);
    // The chart draws the guess beside the model's half-way mark: its data has the guess's row.
    await page.locator('[data-testid="convergence-share"] summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="convergence-share"] [data-testid="download-csv"]').click()]);
    const rows = (await readFile(await file.path(), 'utf8')).split(/\r\n/).map((r) => r.split(','));
    const mark = rows.find((r) => r[0] === 'your guess');
    assert.ok(mark, 'a row for the guess');
    assert.equal(Number(mark[1]), 3);
    await urlSettled(page);
    assert.equal(query(page).guess, '3');
    // The link opens with the guess revealed.
    const again = await h.open(`?${new URLSearchParams(query(page))}`);
    assert.equal(Number(await rawValue(again, 'guess-result')), diff);
  });

  it('a reader can start guessing from the box; a guess past a horizon without halving says so', async () => {
    const page = await h.open('?lang=hu');
    await page.locator('[data-testid="guess-start"]').scrollIntoViewIfNeeded();
    await page.click('[data-testid="guess-start"]');
    assert.equal(await page.$eval('#convergence .chart-box', (b) => getComputedStyle(b).visibility), 'hidden');
    await page.focus('[data-testid="range-guess"]');
    await page.keyboard.press('ArrowRight');
    await page.click('[data-testid="guess-reveal"]');
    assert.match(await page.locator('[data-testid="guess-result"]').textContent(), /A tipped 5,5 év volt/);
    // No shared progress: the lead never halves within the horizon.
    const none = await h.open('?lang=en&ga=1&gh=1&guess=4');
    assert.equal(await rawValue(none, 'guess-result'), '');
    assert.match(await none.locator('[data-testid="guess-result"]').textContent(), /nothing to compare/);
  });

  it('a bad guess in the link is named and the box asks nothing', async () => {
    const page = await h.open('?lang=en&guess=soon');
    assert.match(await page.locator('[data-testid="url-notice"]').textContent(), /guess/);
    assert.equal(await page.locator('[data-testid="guess-start"]').count(), 1);
  });
});

describe('printing and the handout', () => {
  it('before printing, every chart is drawn for paper, also those the reader never scrolled to', async () => {
    const page = await h.open('?lang=hu');
    const canvases = await page.$$eval('canvas', (cs) => cs.filter((c) => !c.dataset.draws).length);
    assert.ok(canvases > 3, 'charts far down wait for the reader');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // Every chart has its print drawing: an SVG at a real size, with its axis titles as text.
    const drawings = await page.$$eval('.print-chart', (ds) => ds.map((d) => {
      const svg = d.querySelector('svg');
      return svg && [Number(svg.getAttribute('width')), Number(svg.getAttribute('height')), svg.textContent.trim().length];
    }));
    assert.equal(drawings.length, await page.locator('canvas').count());
    for (const d of drawings) assert.ok(d && d[0] > 100 && d[1] > 100 && d[2] > 10, JSON.stringify(d));
    // On paper the canvas gives way to the drawing, and paper is light even in the dark scheme.
    assert.equal(await page.locator('canvas').first().isVisible(), false);
    assert.equal(await page.locator('.print-chart svg').first().isVisible(), true);
    // The handout as printed (its box, questions, drawings) passes axe too.
    assert.equal(await page.locator('[data-testid="questions"]').first().isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-printing')), false);
    assert.equal(await page.locator('.print-chart svg').count(), 0, 'the drawings go after printing');
  });

  it('the Handout button opens the print view; the handout is only on paper', async () => {
    const page = await h.open('?lang=en');
    await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
    const button = page.locator('[data-testid="handout-print"]');
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => window.printed), 1);
    // On screen the handout's parts take no room and are not read out.
    assert.equal(await page.locator('[data-testid="handout-head"]').isVisible(), false);
    assert.equal(await page.locator('[data-testid="questions"]').first().isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-testid="handout-head"]').isVisible(), true);
    assert.equal(await page.locator('[data-testid="questions"]').count(), 9, 'three questions after each section');
    assert.equal(await page.locator('[data-testid="questions"] li').count(), 27);
    for (const chrome of ['.masthead', '.toc', '.calc-controls', '[data-testid="headline-share"]', '[data-testid="handout-print"]']) {
      assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} on paper`);
    }
  });
});

describe('the printed handout', () => {
  // The real thing: Chromium prints the page to an A4 PDF, and the PDF is read back.
  const squash = (t) => t.replace(/\s+/g, ' ').trim();

  it('prints A4 pages with the scenario, every chart, the sentences, the questions, and a QR code that reopens the state', async () => {
    const page = await h.open('?lang=en&gi=4&steps=5&hide=mix,sources-of-progress');
    await page.waitForSelector('[data-testid="questions"]', { state: 'attached' });
    // The QR code is made as the page prints.
    assert.equal(await page.locator('[data-testid="handout-qr"]').count(), 0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const link = await page.getAttribute('[data-testid="handout-qr"]', 'data-text');
    assert.equal(await page.locator('[data-testid="handout-link"]').textContent(), link);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('[data-testid="handout-qr"]').count(), 0);
    // The English handout's code opens the English page.
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/en\/\?/);
    assert.match(link, /gi=4/);
    // The link's older name of the progress figure is written as its current one.
    assert.match(link, /hide=mix%2Cprogress|hide=mix,progress/);
    // What the page shows, to find on paper.
    const questions = (await page.$$eval('[data-testid="questions"] li', (ls) => ls.map((l) => l.textContent))).map(squash);
    assert.equal(questions.length, 27);
    const titles = (await page.$$eval('.essay-section h2', (hs) => hs.map((x) => x.textContent))).map(squash);
    const rows = (await page.$$eval('.handout-head tr', (rs) => rs.map((r) => r.textContent))).map(squash);
    assert.ok(rows.length >= 8, 'key numbers');
    // The key numbers are the model's: the same raw values as the calculators' outputs.
    for (const id of ['peak-t', 'peak-gap', 'mmlu-peak-gap', 'next10x-drop', 'depr-per-year']) {
      const inHead = await page.getAttribute(`[data-testid="handout-head"] [data-ref="${id}"]`, 'data-value');
      assert.equal(Number(inHead), Number(await rawValue(page, id)), id);
    }

    const pdf = await page.pdf({ format: 'A4' });
    const { pages, text } = await pdfText(pdf);
    assert.ok(pages >= 8 && pages <= 30, `${pages} pages`);
    const all = squash(text.join(' '));
    // Page 1: the heading, the scenario in numbers and the QR code's caption.
    assert.match(text[0], /Handout/i);
    assert.match(text[0], /Your scenario in numbers/);
    assert.match(text[0], /Scan to open this scenario/);
    for (const row of rows.slice(0, 4)) assert.ok(squash(text[0]).includes(row.split(' ').slice(-3).join(' ')), `row on page 1: ${row}`);
    // Every section, every question, in order.
    let at = 0;
    for (const title of titles) {
      const i = all.indexOf(title.replace(/^\d+\s*/, ''), at);
      assert.ok(i >= 0, `section ${title} printed, in order`);
      at = i;
    }
    for (const q of questions) assert.ok(all.includes(q), `question printed: ${q}`);
    // Charts are drawings with their text: an axis title of the opening chart and of the scaling chart.
    assert.ok(all.includes('Years from the start'));
    assert.ok(all.includes('Training compute (FLOP, log scale)'));
    // No controls, no navigation, nothing hidden by the teacher.
    for (const chrome of ['Contents', 'Copy', 'Share, embed, download', 'Reset', 'Previous']) {
      assert.ok(!all.includes(chrome), `no "${chrome}" on paper`);
    }
    assert.ok(!all.includes('Quality of the mix'), 'the hidden mix calculator is not printed');

    // The QR code on page 1, scanned from the printed page, is the link to this state.
    const [first] = await renderPdfPages(h.browser, pdf, { scale: 2, pages: [1] });
    const scanned = await decodeQr(h.browser, first);
    assert.equal(scanned, link);
    // Opened fresh, it shows the same numbers.
    const fresh = await h.open(scanned.replace(/^http:\/\/[^/]+\//, ''));
    for (const id of ['peak-t', 'peak-gap', 'mmlu-peak-gap']) {
      assert.equal(await rawValue(fresh, id), await rawValue(page, id), id);
    }
    assert.equal(await fresh.locator('#mix').count(), 0);
  });

  it('prints in Hungarian for a Hungarian reader, light even in the dark scheme', async () => {
    const page = await h.open('?lang=hu', { colorScheme: 'dark' });
    await page.waitForSelector('[data-testid="questions"]', { state: 'attached' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { text } = await pdfText(pdf);
    const all = squash(text.join(' '));
    assert.match(text[0], /Munkalap/i);
    assert.match(text[0], /A forgatókönyved számokban/);
    assert.equal((all.match(/Megbeszélésre/gi) ?? []).length, 9);
    // Paper is white, and so are the charts' backgrounds, although the screen is dark.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    const fills = await page.$$eval('.print-chart svg > rect:first-of-type', (rs) => rs.map((r) => r.getAttribute('fill')));
    assert.ok(fills.length > 5 && fills.every((f) => /^#fff(fff)?$/i.test(f)), fills.join());
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  });
});
