// MODEL.md §1.4, §4 and §5 written out again in JavaScript, straight from the formulas, so the
// money sections' tests check the app's numbers instead of trusting them.
const A = 1070;
const L0 = 1.7;
const KAPPA = 1e17;
const HOURS = 8766; // 365.25 × 24
const loss = (C, alpha) => A * Math.pow(C, -alpha) + L0;

export const MONEY_DEFAULTS = {
  capex: 35e9, servershare: 0.6, gpushare: 0.4, life: 6, gpuprice: 30000, util: 0.7, rent: 2.5, rentfall: 1 - 1 / 1.4,
  tokens: 1000, reasonmult: 10, answers: 1e6, pricelarge: 10, pricesmall: 0.5, pricefall: 10, years: 3,
  price: 1e-8, ginf: 9, smallshare: 0.8, smallquality: 0.39, largequality: 0.69, chip: 4, chipyear: 3,
};

/** Straight-line depreciation of the servers and the rent at which a year's revenue pays it. */
export function depreciation(m) {
  const perYear = (m.capex * m.servershare) / m.life;
  const gpus = (m.capex * Math.min(m.gpushare, m.servershare)) / m.gpuprice;
  return { perYear, breakEven: perYear / (gpus * HOURS * m.util) };
}

/** Yearly bills (365 days) now and in `years`, and the years until the large one falls to
 *  today's small one. */
export function bill(m) {
  const large = (m.answers * 365 * m.tokens * m.reasonmult * m.pricelarge) / 1e6;
  const small = (m.answers * 365 * m.tokens * m.pricesmall) / 1e6;
  const ratio = large / small;
  return {
    large, small,
    largeThen: large / Math.pow(m.pricefall, m.years),
    match: ratio <= 1 ? 0 : m.pricefall > 1 ? Math.log(ratio) / Math.log(m.pricefall) : null,
    perAnswer: { large: large / (365 * m.answers), small: small / (365 * m.answers) },
  };
}

/** The study's fixed-price variant (§1.4): gap between L(F²·g_a^t), F = κ·p0·(g_h·g_inf)^t,
 *  and the frontier's loss; computed in logs (F² overflows). */
export function fixedGap(s, m, t) {
  const lnF = Math.log(KAPPA * m.price) + t * Math.log(s.gh * m.ginf);
  const lnEquiv = 2 * lnF + t * Math.log(s.ga);
  const lnFrontier = Math.log(KAPPA * s.frontier) + t * Math.log(s.gi * s.gh * s.ga);
  return A * Math.exp(-s.alpha * lnEquiv) - A * Math.exp(-s.alpha * lnFrontier);
}

/** First t in [0, horizon] with a gap ≤ 0, by a scan and bisection; null if none. */
export function fixedCross(s, m, horizon) {
  if (fixedGap(s, m, 0) <= 0) return 0;
  let prev = 0;
  for (let i = 1; i <= 2000; i++) {
    const t = (horizon * i) / 2000;
    if (fixedGap(s, m, t) <= 0) {
      let lo = prev, hi = t;
      for (let k = 0; k < 80; k++) { const mid = (lo + hi) / 2; if (fixedGap(s, m, mid) > 0) lo = mid; else hi = mid; }
      return hi;
    }
    prev = t;
  }
  return null;
}

/** The loss gap when the meek lab gets only `g_a^share` of algorithmic progress. */
export function gapShared(s, t) {
  const meek = A * Math.pow(KAPPA * s.meek * Math.pow(s.gh * Math.pow(s.ga, s.gashare), t), -s.alpha);
  const frontier = A * Math.pow(KAPPA * s.frontier * Math.pow(s.gi * s.gh * s.ga, t), -s.alpha);
  return meek - frontier;
}

/** The peak of `gapShared` over [0, horizon] by a fine grid and golden-section refinement. */
export function peakShared(s, horizon) {
  let best = 0;
  for (let i = 0; i <= 4000; i++) {
    const t = (horizon * i) / 4000;
    if (gapShared(s, t) > gapShared(s, best)) best = t;
  }
  let lo = Math.max(0, best - horizon / 4000), hi = Math.min(horizon, best + horizon / 4000);
  for (let k = 0; k < 100; k++) {
    const a = lo + (hi - lo) / 3, b = hi - (hi - lo) / 3;
    if (gapShared(s, a) < gapShared(s, b)) lo = a; else hi = b;
  }
  return { t: (lo + hi) / 2, gap: gapShared(s, (lo + hi) / 2) };
}

/** (L_M − L0)/(L_F − L0) at year t (MODEL.md §4). */
export function reducibleRatio(s, t) {
  const meek = KAPPA * s.meek * Math.pow(s.gh * Math.pow(s.ga, s.gashare ?? 1), t);
  const frontier = KAPPA * s.frontier * Math.pow(s.gi * s.gh * s.ga, t);
  return (loss(meek, s.alpha) - L0) / (loss(frontier, s.alpha) - L0);
}
