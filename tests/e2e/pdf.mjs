// Reading printed PDFs back, for the handout tests: the text of each page (pdf.js in Node), each
// page as a PNG (pdf.js in Chromium, which has a canvas), and a QR code found in a PNG (jsQR in
// Chromium). Nothing leaves 127.0.0.1: the pdf.js files come from node_modules through a
// route on a local address that is never contacted.
//
// Printing facts these tests lean on (measured with Chromium 156 and playwright-core 1.65):
// page.pdf() fires the page's `beforeprint` and `afterprint` itself, and DOM changes made in
// `beforeprint` or in microtasks it queues reach the paper (a setTimeout or rAF does not). It
// prints with print media whether or not emulateMedia({ media: 'print' }) was called;
// emulateMedia({ media: 'screen' }) makes it print the screen styles.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The legacy build runs in Node without a DOM; v4 is the last line that supports Node 20.
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const BROWSER_PDFJS = require.resolve('pdfjs-dist/build/pdf.min.mjs');
const BROWSER_WORKER = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const ORIGIN = 'http://127.0.0.1:9/';

/** The number of pages and each page's text, with runs of whitespace collapsed to one space
 *  (lines of a wrapped sentence join up again, so a test can search for a whole sentence).
 *  What a test should expect in that text:
 *  - pdf.js itself puts a space where items on one line stand apart (table cells, flex items,
 *    SVG labels); items that touch in the HTML (`<b>a</b><i>b</i>`) stay glued, as on screen.
 *  - A no-break space (U+00A0, U+202F) comes out as a plain space: search with plain spaces.
 *  - A word broken at a line end keeps its break: Chromium draws U+2010 HYPHEN (not '-'),
 *    and the line join adds a space ("Interna‐ tionalisation"). That is left as it is, not
 *    undone. `hyphens: auto` breaks nothing on Debian's Chromium here (it has no hyphenation
 *    dictionaries), so only soft hyphens (&shy;) do; elsewhere any long word may break. */
export async function pdfText(buffer) {
  // No system fonts and no eval: Chromium embeds its fonts, and text needs neither.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const text = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      // hasEOL marks the end of a line; a space there keeps the last word of one line from
      // running into the first of the next.
      const joined = content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('');
      text.push(joined.replace(/\s+/g, ' ').trim());
    }
    return { pages: doc.numPages, text };
  } finally {
    await doc.destroy();
  }
}

/** A page of a fresh context in `browser` that serves pdf.js and jsQR at ORIGIN. A route
 *  instead of a server: no port to find or close, and every other request is aborted, so
 *  nothing leaves the machine. Its own context: closing it ends the page, the pdf.js worker
 *  and the route in one go, and a test's own contexts stay untouched. */
async function toolPage(browser) {
  const context = await browser.newContext();
  const files = {
    'pdf.mjs': [BROWSER_PDFJS, 'text/javascript'],
    'pdf.worker.mjs': [BROWSER_WORKER, 'text/javascript'],
    'jsQR.js': [JSQR, 'text/javascript'],
  };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = files[url.pathname.slice(1)];
    if (url.origin + '/' !== ORIGIN) return route.abort();
    if (!file) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>tools</title>' });
    return route.fulfill({ contentType: file[1], body: await readFile(file[0]) });
  });
  const page = await context.newPage();
  // A real http origin, so the module import and the module worker are allowed.
  await page.goto(ORIGIN);
  return { page, close: () => context.close() };
}

/** Renders pages of the PDF in `buffer` (all, or the 1-based `pages`) to PNG buffers at
 *  `scale` (1 = 72 dpi; 2 makes a Chromium A4 page 1192 × 1686 px). pdf.js paints on a white
 *  background, so the PNGs are opaque. Drawn in Chromium, not in Node: Node's canvas would be
 *  @napi-rs/canvas, an optional native package that pdf.js's text extraction never needs. */
export async function renderPdfPages(browser, buffer, { scale = 2, pages } = {}) {
  const { page, close } = await toolPage(browser);
  try {
    // Bytes cross into the page as base64 and come back as data: URLs (evaluate takes JSON).
    const urls = await page.evaluate(async ({ base64, scale, pages }) => {
      const pdfjs = await import('/pdf.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data }).promise;
      const out = [];
      for (const n of pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1)) {
        const p = await doc.getPage(n);
        const viewport = p.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await p.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
        out.push(canvas.toDataURL('image/png'));
      }
      return out;
    }, { base64: Buffer.from(buffer).toString('base64'), scale, pages });
    return urls.map((u) => Buffer.from(u.slice(u.indexOf(',') + 1), 'base64'));
  } finally {
    await close();
  }
}

/** The text of a QR code in the PNG `png`, or null. Looks at the whole image, then at each
 *  quarter (a small code on a large page decodes more reliably alone). A 15–30 mm code on a
 *  text-filled A4 page at scale 2 decodes from the whole image; it takes 2–4 s there. */
export async function decodeQr(browser, png) {
  const { page, close } = await toolPage(browser);
  try {
    await page.addScriptTag({ url: '/jsQR.js' });
    return await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const { naturalWidth: w, naturalHeight: h } = img;
      const regions = [[0, 0, w, h], [0, 0, w / 2, h / 2], [w / 2, 0, w / 2, h / 2], [0, h / 2, w / 2, h / 2], [w / 2, h / 2, w / 2, h / 2]];
      for (const [x, y, rw, rh] of regions) {
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(rw);
        canvas.height = Math.floor(rh);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, x, y, rw, rh, 0, 0, canvas.width, canvas.height);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const code = window.jsQR(data, canvas.width, canvas.height);
        if (code) return code.data;
      }
      return null;
    }, Buffer.from(png).toString('base64'));
  } finally {
    await close();
  }
}
