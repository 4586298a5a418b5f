// Shared set-up for the end-to-end tests: one server and one browser per file, a fresh page
// per test that blocks and records every request to another host and every console error.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

export async function startHarness() {
  const dist = process.env.E2E_DIST ?? 'target/e2e-dist';
  // Every test runs under the strict policy news sites use (DESIGN.md §5): a blocked inline
  // script or style shows up as a console error and fails the test.
  const server = await serve(dist, { headers: { 'content-security-policy': CSP } });
  const browser = await launch();
  const origin = new URL(server.url).host;
  const pages = [];

  /** Records `page`'s problems and blocks every request that leaves the test's server (or the
   *  servers `hosts` names, `host:port`). */
  function track(page, context, hosts = [origin]) {
    page.problems = { external: [], console: [], pageErrors: [] };
    context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (hosts.includes(url.host)) return route.continue();
      page.problems.external.push(url.href);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') page.problems.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => page.problems.pageErrors.push(String(e)));
    pages.push(page);
  }

  /** Opens the app with `query`; records problems in `page.problems`. Waits for `ready` (by
   *  default the opening chart, drawn). */
  async function open(query = '', options = {}, ready = '[data-testid="headline-chart"][data-draws]') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    await track(page, context);
    await page.goto(server.url + query);
    // The opening chart is on the first screen; charts further down draw when scrolled to.
    await page.waitForSelector(ready);
    return page;
  }

  /** Every page opened since the last call: nothing left 127.0.0.1, nothing went wrong in the
   *  console. Each test file calls it after every test. */
  function assertPagesClean() {
    for (const page of pages.splice(0)) {
      assert.deepEqual(page.problems.external, [], 'requests to other hosts');
      assert.deepEqual(page.problems.pageErrors, [], 'page errors');
      assert.deepEqual(page.problems.console, [], 'console errors or warnings');
    }
  }

  async function stop() {
    await browser.close();
    await server.close();
  }

  return { open, track, browser, stop, assertPagesClean, serverUrl: server.url };
}

/** Brings what `selector` names into view, as a reader looks at a number before reading it:
 *  numbers of a section more than a screen away wait until it comes near (src/shown.rs). */
export async function look(page, selector) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'nearest' }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Scrolls through every section, top to bottom, as a reader reading the whole essay. */
export async function readThrough(page) {
  for (const id of await page.$$eval('.essay-section', (s) => s.map((e) => e.id))) await look(page, `#${id}`);
}

/** Raw `data-value` of a test hook, as a number (NaN for "", so callers check explicitly),
 *  read with the hook in view. */
export async function value(page, testid) {
  const raw = await rawValue(page, testid);
  return raw === '' || raw === null ? NaN : Number(raw);
}

/** Raw `data-value` of a test hook, read with the hook in view. */
export async function rawValue(page, testid) {
  await look(page, `[data-testid="${testid}"]`);
  return page.getAttribute(`[data-testid="${testid}"]`, 'data-value');
}

export async function outputs(page) {
  return {
    peakT: await rawValue(page, 'peak-t'),
    peakGap: await rawValue(page, 'peak-gap'),
    halfT: await rawValue(page, 'half-t'),
  };
}

/** Scrolls a chart into view and waits until it has been drawn (off-screen sections are not
 *  laid out, so their charts draw when the reader gets there). */
export async function showChart(page, testid = 'convergence-chart') {
  await page.$eval(`[data-testid="${testid}"]`, (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForSelector(`[data-testid="${testid}"][data-draws]`);
  // A redraw that becoming visible set off lands within a frame or two.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The number of times the chart has been drawn, and its pixels (brought into view first). */
export async function chartState(page) {
  await showChart(page);
  return page.$eval('[data-testid="convergence-chart"]', (c) => ({
    draws: Number(c.dataset.draws),
    pixels: c.toDataURL(),
    width: c.width,
    cssWidth: c.getBoundingClientRect().width,
  }));
}

/** Waits until the chart has been drawn more times than `before`. */
export async function waitForRedraw(page, before) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="convergence-chart"]').dataset.draws) > n,
    before,
  );
}

/** Waits until the address bar has stopped changing (the app rewrites it after a short pause). */
export async function urlSettled(page, quietMs = 400) {
  let last = page.url();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await page.waitForTimeout(50);
    const now = page.url();
    if (now !== last) { last = now; since = Date.now(); }
  }
  return last;
}

export function query(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  // WCAG 2.x A and AA, and axe's best practices (landmarks, headings, regions) too.
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
