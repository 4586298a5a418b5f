// Reading printed PDFs back, for the handout tests: the text of each page (pdf.js in Node), each
// page as a PNG (pdf.js in Chromium, which has a canvas), and a QR code found in a PNG (jsQR in
// Chromium). Nothing leaves 127.0.0.1: the pdf.js files come from node_modules through a
// route on a local address that is never contacted.
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
 *  (lines of a wrapped sentence join up again). */
export async function pdfText(buffer) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const text = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const joined = content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('');
    text.push(joined.replace(/\s+/g, ' ').trim());
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

/** A page of a fresh context in `browser` that serves pdf.js and jsQR at ORIGIN. */
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
  await page.goto(ORIGIN);
  return { page, close: () => context.close() };
}

/** Renders pages of the PDF in `buffer` (all, or the 1-based `pages`) to PNG buffers at
 *  `scale` (1 = 72 dpi). */
export async function renderPdfPages(browser, buffer, { scale = 2, pages } = {}) {
  const { page, close } = await toolPage(browser);
  try {
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
 *  quarter (a small code on a large page decodes more reliably alone). */
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
