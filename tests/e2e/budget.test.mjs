// The byte ceiling (issue 14): what one reader, and one embed, downloads from the release build,
// brotli-compressed as a static host would serve it, stays under scripts/sizes.mjs' ceilings.
// The only figure of the benchmark that can fail CI; latency is printed by scripts/bench.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CEILINGS_KIB, fileSizes, perReader } from '../../scripts/sizes.mjs';

const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
const kib = (n) => (n / 1024).toFixed(1);

describe('byte ceiling', () => {
  it(`one reader loads at most ${CEILINGS_KIB.reader} KiB, one page ${CEILINGS_KIB.page} KiB, one embed ${CEILINGS_KIB.embed} KiB (brotli)`, async (t) => {
    const rows = await fileSizes(DIST);
    assert.ok(rows.some((r) => r.kind === 'wasm'), `no .wasm in ${DIST}`);
    const { readers, embed, pages } = perReader(rows);
    assert.deepEqual(Object.keys(readers).sort(), ['en', 'hu'], 'one prose file per language');
    for (const [lang, bytes] of Object.entries(readers)) {
      t.diagnostic(`one reader (${lang}): ${kib(bytes.brotli)} KiB brotli, ${kib(bytes.raw)} KiB raw`);
      assert.ok(bytes.brotli <= CEILINGS_KIB.reader * 1024, `one reader (${lang}) loads ${kib(bytes.brotli)} KiB brotli, over the ${CEILINGS_KIB.reader} KiB ceiling`);
    }
    assert.deepEqual(Object.keys(pages).sort(), ['en', 'hu'], 'one prerendered page per language');
    for (const [lang, bytes] of Object.entries(pages)) {
      t.diagnostic(`prerendered page (${lang}): ${kib(bytes.brotli)} KiB brotli, ${kib(bytes.raw)} KiB raw`);
      assert.ok(bytes.brotli <= CEILINGS_KIB.page * 1024, `the ${lang} page is ${kib(bytes.brotli)} KiB brotli, over the ${CEILINGS_KIB.page} KiB ceiling`);
    }
    t.diagnostic(`one embed: ${kib(embed.brotli)} KiB brotli`);
    assert.ok(embed.brotli <= CEILINGS_KIB.embed * 1024, `one embed loads ${kib(embed.brotli)} KiB brotli, over the ${CEILINGS_KIB.embed} KiB ceiling`);
  });
});
