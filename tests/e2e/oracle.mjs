// An independent implementation of MODEL.md §1.1–§1.2 in JavaScript, straight from the
// formulas, so the browser tests check the app's numbers instead of trusting them.
const A = 1070;
const KAPPA = 1e17;

/** ΔL(t) = A·(κ·B_M·G^t)^−α − A·(κ·B_F·(g_i·G)^t)^−α  (E1–E4; L0 cancels). */
export function gap(s, t) {
  const G = s.gh * s.ga;
  const meek = A * Math.pow(KAPPA * s.meek * Math.pow(G, t), -s.alpha);
  const frontier = A * Math.pow(KAPPA * s.frontier * Math.pow(G * s.gi, t), -s.alpha);
  return meek - frontier;
}

/** Peak over [0, horizon]: E5 generalised to R = B_F/B_M, clipped to the interval. */
export function peak(s, horizon) {
  const G = s.gh * s.ga;
  const candidates = [0, horizon];
  if (G > 1 && s.gi > 1) {
    const R = s.frontier / s.meek;
    const t = (Math.log(Math.log(G * s.gi) / Math.log(G)) - s.alpha * Math.log(R)) / (s.alpha * Math.log(s.gi));
    if (t > 0 && t < horizon) candidates.push(t);
  }
  let best = { t: 0, gap: gap(s, 0) };
  for (const t of candidates) {
    const g = gap(s, t);
    if (g > best.gap) best = { t, gap: g };
  }
  return best;
}

/** First t after the peak with ΔL ≤ peak/2, by a fine scan then bisection; null if none. */
export function halfTime(s, horizon) {
  const p = peak(s, horizon);
  if (!(p.gap > 0)) return null;
  const target = p.gap / 2;
  const steps = 4000;
  let prev = p.t;
  for (let i = 1; i <= steps; i++) {
    const t = p.t + ((horizon - p.t) * i) / steps;
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

export const DEFAULTS = { gi: 5 / 1.4, gh: 1.4, ga: 2.8, alpha: 0.154, meek: 1000, frontier: 1000, horizon: 20 };

// MODEL.md §3, written out again from the formulas: L(N, D) = E + A/N^α + B/D^β, C ≈ 6·N·D.
export const FITS = {
  epoch: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
  hoffmann: { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
};

/** Compute-optimal N, D and loss for compute C (FLOP). */
export function chinchilla(fit, C) {
  const { E, A, B, alpha, beta } = FITS[fit];
  const G = Math.pow((alpha * A) / (beta * B), 1 / (alpha + beta));
  const N = G * Math.pow(C / 6, beta / (alpha + beta));
  const D = Math.pow(C / 6, alpha / (alpha + beta)) / G;
  return { N, D, L: E + A / Math.pow(N, alpha) + B / Math.pow(D, beta) };
}

// MODEL.md §1.3: loss → MMLU (the authors' logistic map), multi-step tasks MMLU^p.
const MMLU = { Lmax: 0.5566859825577314, x0: 1.9739480423345785, k: -23.774928114776312, b: 0.2540434458699578 };
export function mmlu(L) {
  return MMLU.Lmax / (1 + Math.exp(-MMLU.k * (L - MMLU.x0))) + MMLU.b;
}
const L0 = 1.7;
function losses(s, t) {
  const G = s.gh * s.ga;
  return {
    meek: A * Math.pow(KAPPA * s.meek * Math.pow(G, t), -s.alpha) + L0,
    frontier: A * Math.pow(KAPPA * s.frontier * Math.pow(G * s.gi, t), -s.alpha) + L0,
  };
}
/** Benchmark gap in percentage points at year t for p-step tasks. */
export function benchGap(s, t, p) {
  const l = losses(s, t);
  return 100 * (Math.pow(mmlu(l.frontier), p) - Math.pow(mmlu(l.meek), p));
}
/** Its largest value over [0, horizon], by a fine scan (20 000 steps). */
export function benchPeak(s, horizon, p) {
  let best = { t: 0, gap: -Infinity };
  for (let i = 0; i <= 20000; i++) {
    const t = (horizon * i) / 20000;
    const g = benchGap(s, t, p);
    if (g > best.gap) best = { t, gap: g };
  }
  return best;
}
/** Years the meek lab trails at year t: when does its loss reach the frontier's loss of year t?
 *  Found by bisection on the meek curve, not by the closed form the app uses. */
export function yearsBehind(s, t) {
  const target = losses(s, t).frontier;
  let lo = -1000, hi = 1000;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (losses(s, mid).meek > target) lo = mid; else hi = mid;
  }
  return hi - t;
}

/** MODEL.md §3 + E1 inverted, by bisection in log compute on the fit's optimum:
 *  the compute whose optimal loss is (1 − cut)·L(C), its multiple and price. */
export function nextStep(fit, C, cut, fpd) {
  const target = (1 - cut) * chinchilla(fit, C).L;
  if (target <= FITS[fit].E) return null;
  let lo = Math.log(C), hi = Math.log(C) + 2000;
  if (chinchilla(fit, Math.exp(hi)).L > target) return null;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (chinchilla(fit, Math.exp(mid)).L > target) lo = mid; else hi = mid;
  }
  const needed = Math.exp(hi);
  return { factor: needed / C, dollars: needed / fpd };
}
/** The largest possible cut: (L(C) − E)/L(C). */
export function maxCut(fit, C) {
  const L = chinchilla(fit, C).L;
  return (L - FITS[fit].E) / L;
}
