// Trunk post-build hook (Trunk.toml): in a release build, minifies the stylesheets and
// wasm-bindgen's JavaScript glue with esbuild (from npm), and drops the prose files' comments. Trunk's own `--minify` would also
// rewrite index.html (unquoted attributes, no <head>), which the offline packer and the
// prerendered pages read as written. Saves ≈ 4 KiB brotli per reader (issue 14's ceiling).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
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
