// An independent implementation of the uncertainty band and the tornado chart in JavaScript
// (README, "How sure is this?"; MODEL.md §1.1–§1.2 with the small labs' share s), written from
// the formulas and the published SplitMix64, so the browser tests check the page's intervals
// instead of trusting them.
const A = 1070;
const KAPPA = 1e17;

/** The contested assumptions in the page's draw order: literature range, shape, field bounds. */
export const RANGES = [
  { key: 'gi', low: 2.4, high: 4.0, log: true, min: 1, max: 10 },
  { key: 'gh', low: 1.248, high: 1.568, log: true, min: 1, max: 3 },
  { key: 'ga', low: 1.811, high: 5.278, log: true, min: 1, max: 10 },
  { key: 'alpha', low: 0.1535, high: 0.1783, log: false, min: 0.05, max: 0.5 },
  { key: 'gashare', low: 0.5, high: 1.0, log: false, min: 0, max: 1 },
];
export const DRAWS = 2000;
export const SEED = 7n;

/** ΔL(t) with G_M = g_h·g_a^s for the meek lab and G_F = g_i·g_h·g_a for the frontier. */
export function gap(s, t) {
  const gm = s.gh * Math.pow(s.ga, s.gashare);
  const gf = s.gi * s.gh * s.ga;
  return A * Math.pow(KAPPA * s.meek * Math.pow(gm, t), -s.alpha)
    - A * Math.pow(KAPPA * s.frontier * Math.pow(gf, t), -s.alpha);
}

/** The largest gap over [0, h]: the ends, or where dΔL/dt = 0. Ties go to the earliest. */
export function peak(s, h) {
  const lm = Math.log(s.gh * Math.pow(s.ga, s.gashare));
  const lf = Math.log(s.gi * s.gh * s.ga);
  const candidates = [0];
  if (lm > 0 && lf > lm) {
    const t = (Math.log(lf / lm) - s.alpha * Math.log(s.frontier / s.meek)) / (s.alpha * (lf - lm));
    if (t > 0 && t < h) candidates.push(t);
  }
  candidates.push(h);
  let best = null;
  for (const t of candidates) {
    const g = gap(s, t);
    if (best === null || g > best.gap) best = { t, gap: g };
  }
  return best;
}

/** First t after the peak where ΔL ≤ peak/2 (a fine scan, then bisection); null if none. */
export function halfTime(s, h) {
  const p = peak(s, h);
  if (!(p.gap > 0)) return null;
  const target = p.gap / 2;
  let prev = p.t;
  for (let i = 1; i <= 2000; i++) {
    const t = p.t + ((h - p.t) * i) / 2000;
    if (gap(s, t) <= target) {
      let lo = prev, hi = t;
      for (let k = 0; k < 80; k++) {
        const mid = (lo + hi) / 2;
        if (gap(s, mid) > target) lo = mid; else hi = mid;
      }
      return hi;
    }
    prev = t;
  }
  return null;
}

/** SplitMix64 (Steele, Lea & Flood 2014) in BigInt: uniform draws in [0, 1) from the top 53 bits. */
function splitmix(seed) {
  const mask = (1n << 64n) - 1n;
  let state = seed;
  return () => {
    state = (state + 0x9E3779B97F4A7C15n) & mask;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & mask;
    z ^= z >> 31n;
    return Number(z >> 11n) / 2 ** 53;
  };
}

/** A range as wide as the literature's, centred on `value` (in the logarithm for growth
 *  factors), clipped to the field's bounds. */
export function around(r, value) {
  const clip = (v) => Math.min(r.max, Math.max(r.min, v));
  if (r.log) {
    const w = 0.5 * Math.log(r.high / r.low);
    return [clip(value * Math.exp(-w)), clip(value * Math.exp(w))];
  }
  const w = 0.5 * (r.high - r.low);
  return [clip(value - w), clip(value + w)];
}

function at(r, value, u) {
  const [lo, hi] = around(r, value);
  if (lo === hi) return lo;
  const v = r.log ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))) : lo + u * (hi - lo);
  return Math.min(hi, Math.max(lo, v));
}

/** Hyndman & Fan's type 7 quantile of `values` (sorted here). */
export function quantile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  const h = p * (v.length - 1);
  const i = Math.floor(h);
  return i + 1 < v.length && h > i ? v[i] + (h - i) * (v[i + 1] - v[i]) : v[i];
}

/** The 5 % and 95 % quantiles of the peak's and the half-way time over the sampled worlds
 *  (a half-way time beyond the window counts as infinite). */
export function band(reader, h) {
  const next = splitmix(SEED);
  const peaks = [], halves = [];
  for (let i = 0; i < DRAWS; i++) {
    const world = { ...reader };
    for (const r of RANGES) world[r.key] = at(r, reader[r.key], next());
    peaks.push(peak(world, h).t);
    halves.push(halfTime(world, h) ?? Infinity);
  }
  return {
    peak: [quantile(peaks, 0.05), quantile(peaks, 0.95)],
    half: [quantile(halves, 0.05), quantile(halves, 0.95)],
  };
}

/** The tornado's order: keys by how far the half-way time moves across each range (beyond the
 *  window counted as the window's end), then the peak time, largest first, ties in table order. */
export function tornadoOrder(reader, h) {
  const bars = RANGES.map((r, i) => {
    const ends = around(r, reader[r.key]).map((v) => ({ ...reader, [r.key]: v }));
    const half = ends.map((s) => halfTime(s, h) ?? h);
    const pk = ends.map((s) => peak(s, h).t);
    return { key: r.key, i, half: Math.abs(half[1] - half[0]), peak: Math.abs(pk[1] - pk[0]) };
  });
  bars.sort((a, b) => (b.half - a.half) || (b.peak - a.peak) || (a.i - b.i));
  return bars.map((b) => b.key);
}
