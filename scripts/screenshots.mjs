// Renders the page at phone and desktop widths, light and dark, in both languages, to PNGs
// for a person to look at: node scripts/screenshots.mjs <dist> <outdir> [query]
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const [dist = 'target/e2e-dist', out = 'target/screenshots', query = ''] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
try {
  for (const [name, width, height, scale] of [['desktop', 1280, 900, 1], ['phone', 390, 844, 3]]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['hu', 'en']) {
        const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale, colorScheme: scheme });
        await page.goto(`${server.url}?lang=${lang}${query ? '&' + query : ''}`);
        await page.waitForSelector('[data-testid="headline-chart"][data-draws]');
        const file = `${out}/${name}-${scheme}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        // A whole page does not fit one look: save the first screen and every section alone.
        await page.screenshot({ path: `${out}/${name}-${scheme}-${lang}-top.png` });
        for (const id of await page.$$eval('.essay-section', (s) => s.map((e) => e.id))) {
          // Sections off screen are not laid out; their charts draw once scrolled to.
          await page.$eval(`#${id}`, (s) => s.scrollIntoView());
          await page.waitForTimeout(400);
          await page.locator(`#${id}`).screenshot({ path: `${out}/${name}-${scheme}-${lang}-${id}.png` });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
