// Benchmark (not a test): bytes shipped, time to the first drawn chart, and slider-to-paint
// latency in headless Chromium. Usage: node scripts/bench.mjs [dist] [runs]
//
// Slider-to-paint: a trusted key press moves a slider; we time from the keydown event to the
// end of the next frame that paints the change (requestAnimationFrame, then a task after it).
// Chromium runs with an unthrottled frame rate so the figure measures our work, not where the
// press happened to fall in a 16.7 ms vsync interval.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { CEILINGS_KIB, fileSizes, perReader, sum } from './sizes.mjs';

const [dist = 'target/e2e-dist', runsArg = '200'] = process.argv.slice(2); // presses per round
const RUNS = Number(runsArg);

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = await fileSizes(dist);
console.log('Bytes shipped (KiB)        raw    gzip  brotli');
for (const r of rows) console.log(`${r.file.padEnd(24).slice(0, 24)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${'all files'.padEnd(24)} ${kb(sum(rows).raw)} ${kb(sum(rows).gzip)} ${kb(sum(rows).brotli)}`);
// A reader loads one language's prose: the ceiling holds for the heavier language.
const { readers, embed: embedBytes } = perReader(rows);
for (const [lang, t] of Object.entries(readers)) console.log(`${`one reader (${lang})`.padEnd(24)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`);
const total = Object.values(readers).reduce((a, t) => (t.brotli > a.brotli ? t : a));
console.log(`${'one embed'.padEnd(24)} ${kb(embedBytes.raw)} ${kb(embedBytes.gzip)} ${kb(embedBytes.brotli)}`);

const server = await serve(dist);
const bareDir = await mkdtemp(join(tmpdir(), 'lejto-bench-'));
await writeFile(join(bareDir, 'index.html'), '<!doctype html><title>floor</title><input type="range" data-testid="range-gi" min="0" max="100" value="50" aria-label="floor">');
const bareServer = await serve(bareDir);
const browser = await launch(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
try {
  const firstChart = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}?lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('lejto:first-chart').length > 0);
    firstChart.push(await page.evaluate(() => performance.getEntriesByName('lejto:first-chart')[0].startTime));
    await page.close();
  }
  console.log(`\nNavigation to first drawn chart: median ${quantile(firstChart, 0.5).toFixed(0)} ms (of ${firstChart.length} loads)`);
  const embedChart = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(`${server.url}?embed=convergence&lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('lejto:first-chart').length > 0);
    embedChart.push(await page.evaluate(() => performance.getEntriesByName('lejto:first-chart')[0].startTime));
    await page.close();
  }
  console.log(`Embed (?embed=convergence) to its chart: median ${quantile(embedChart, 0.5).toFixed(0)} ms (of ${embedChart.length} loads)`);

  // Three rounds, each in a fresh page, so one noisy stretch of a shared 2-core machine shows
  // up as a spread instead of hiding in one number.
  const all = [];
  const drawMs = [];
  const work = [];
  for (let round = 1; round <= 3; round++) {
    const r = await sliderToPaint(`${server.url}?lang=en`, RUNS, true);
    all.push(...r.lat);
    drawMs.push(...r.draw);
    work.push(...r.work);
    console.log(`  round ${round}: median ${quantile(r.lat, 0.5).toFixed(1)} ms, p95 ${quantile(r.lat, 0.95).toFixed(1)} ms; our work median ${quantile(r.work, 0.5).toFixed(1)} ms`);
  }
  const q = (xs, p) => quantile(xs, p).toFixed(1);
  console.log(`Chart redraw alone (wasm + canvas calls): median ${q(drawMs, 0.5)} ms, p95 ${q(drawMs, 0.95)} ms`);
  console.log(`Our work per input (handler + reactive updates + drawing): median ${q(work, 0.5)} ms, p95 ${q(work, 0.95)} ms`);
  console.log(`Slider input to painted frame: median ${q(all, 0.5)} ms, p95 ${q(all, 0.95)} ms, max ${Math.max(...all).toFixed(1)} ms (${all.length} presses)`);
  // The same measurement on a page holding nothing but a slider: what this machine and
  // headless Chromium cost before any of our work.
  const bare = await sliderToPaint(bareServer.url, RUNS, false);
  console.log(`Floor (a bare page with one slider): median ${q(bare.lat, 0.5)} ms, p95 ${q(bare.lat, 0.95)} ms`);
  const over = quantile(all, 0.95) - quantile(bare.lat, 0.95);
  console.log(`Above the floor: slider-to-paint p95 ${over.toFixed(1)} ms over the bare page's p95`);
  // Issue 14: bytes are a CI ceiling (tests/e2e/budget.test.mjs); latency is reported against
  // the floor and never fails anything.
  console.log(`\nByte ceiling (CI): one reader ${(total.brotli / 1024).toFixed(1)} of ${CEILINGS_KIB.reader} KiB brotli, one embed ${(embedBytes.brotli / 1024).toFixed(1)} of ${CEILINGS_KIB.embed} KiB`);

  async function sliderToPaint(url, presses, app) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('[data-testid="range-gi"]');
    if (app) {
      // The chart beside the slider draws once its section is on screen.
      await page.$eval('[data-testid="range-gi"]', (r) => r.scrollIntoView({ block: 'center' }));
      await page.waitForSelector('[data-testid="convergence-chart"][data-draws]');
    }
    await page.evaluate(() => {
      window.__lat = [];
      window.__draw = [];
      window.__work = [];
      // Our own work for one input: from the input event (caught first, on the window in the
      // capture phase) to a task queued then, which runs after the handlers and the reactive
      // updates and drawing they start (microtasks). Excludes the browser's style, layout and
      // paint, which the slider-to-paint figure includes.
      window.addEventListener('input', () => {
        const t0 = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__work.push(performance.now() - t0);
        ch.port2.postMessage(0);
      }, { capture: true });
      const canvas = document.querySelector('[data-testid="convergence-chart"]');
      if (canvas) {
        new MutationObserver(() => window.__draw.push(Number(canvas.dataset.drawMs)))
          .observe(canvas, { attributes: true, attributeFilter: ['data-draw-ms'] });
      }
      const slider = document.querySelector('[data-testid="range-gi"]');
      slider.addEventListener('keydown', (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      }, { capture: true });
    });
    await page.focus('[data-testid="range-gi"]');
    for (let i = 0; i < presses; i++) {
      // Sweep back and forth so every press changes the value.
      await page.keyboard.press(Math.floor(i / 40) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForFunction((n) => window.__lat.length > n, i);
    }
    const result = await page.evaluate(() => ({ lat: window.__lat, draw: window.__draw, work: window.__work }));
    await page.close();
    return result;
  }
} finally {
  await browser.close();
  await server.close();
  await bareServer.close();
  await rm(bareDir, { recursive: true });
}
