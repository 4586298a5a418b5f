// Run by scripts/post-build.sh (Trunk's post-build hook): in a release build, minifies the stylesheets and
// wasm-bindgen's JavaScript glue with esbuild (from npm), drops the prose files' comments, and
// joins the stylesheets into one. Trunk's own `--minify` would also rewrite index.html
// (unquoted attributes, no <head>), which the offline packer and the prerendered pages read;
// here only its stylesheet links change. Saves ≈ 4 KiB brotli per reader (issue 14's ceiling).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify.mjs runs in the Trunk hook scripts/post-build.sh (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// Engines the essay supports (README): no syntax newer than these in the output.
const target = ['chrome100', 'firefox115', 'safari15'];
let before = 0;
let after = 0;
for (const name of await readdir(dir)) {
  const loader = name.endsWith('.css') ? 'css' : /^(lejto-[0-9a-f]+|boot|early)\.js$/.test(name) ? 'js' : null;
  if (!loader) continue;
  const file = join(dir, name);
  const source = await readFile(file, 'utf8');
  const { code } = await transform(source, { loader, minify: true, target, legalComments: 'none', ...(loader === 'js' ? { format: 'esm' } : {}) });
  await writeFile(file, code);
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}
// The prose files' "%" lines document the format for writers; the app skips them.
for (const name of await readdir(dir)) {
  if (!/^essay\.[a-z]+\.txt$/.test(name)) continue;
  const file = join(dir, name);
  const source = await readFile(file, 'utf8');
  const code = source.split('\n').filter((l) => !l.startsWith('%')).join('\n');
  await writeFile(file, code);
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}
console.log(`minify.mjs: stylesheets, glue and prose ${before} → ${after} bytes`);

// One stylesheet instead of nine: each is render-blocking, and on a phone's HTTP/1.1
// connection (six at a time, one of them busy with the wasm) the ninth waited a round trip or
// more before the first paint. Concatenated in the order index.html links them, so the
// cascade is unchanged; the name carries a hash of the content, as Trunk's do.
{
  const { createHash } = await import('node:crypto');
  const { unlink } = await import('node:fs/promises');
  const indexFile = join(dir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"[^>]*\/?>\n?\s*/g)];
  if (links.length > 1) {
    const parts = [];
    for (const [, href] of links) parts.push(await readFile(join(dir, href.split('/').pop()), 'utf8'));
    const css = parts.join('\n');
    const name = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    await writeFile(join(dir, name), css);
    const base = links[0][1].slice(0, links[0][1].lastIndexOf('/') + 1);
    html = html.replace(links[0][0], `<link rel="stylesheet" href="${base}${name}" />\n    `);
    for (const link of links.slice(1)) html = html.replace(link[0], '');
    await writeFile(indexFile, html);
    for (const [, href] of links) await unlink(join(dir, href.split('/').pop()));
    console.log(`minify.mjs: ${links.length} stylesheets → ${name}`);
  }
}
