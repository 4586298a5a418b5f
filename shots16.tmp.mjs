import { serve } from '/work/main/tests/e2e/server.mjs';
import { launch } from '/work/main/tests/e2e/browser.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
try {
  for (const [name, width, scale] of [['desktop', 1280, 1], ['phone', 390, 2]]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['hu', 'en']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: scale, colorScheme: scheme });
        await page.goto(`${server.url}app.html?lang=${lang}`);
        await page.waitForSelector('[data-testid="headline-chart"][data-draws]');
        for (const id of ['convergence', 'sensitivity']) {
          await page.$eval(`#${id}`, (s) => s.scrollIntoView());
          await page.waitForTimeout(900);
          await page.locator(`#${id}`).screenshot({ path: `/tmp/shots16/${name}-${scheme}-${lang}-${id}.png` });
        }
        // The prose subsection.
        const h = page.locator('h4:has-text("How sure"), h4:has-text("Mennyire"), h3:has-text("How sure is this"), h3:has-text("Mennyire biztos")').first();
        if (await h.count()) {
          await h.scrollIntoViewIfNeeded();
          await page.waitForTimeout(400);
          await page.screenshot({ path: `/tmp/shots16/${name}-${scheme}-${lang}-prose.png` });
        }
        await page.close();
      }
    }
  }
} finally { await browser.close(); await server.close?.(); }
