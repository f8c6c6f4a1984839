// R's `uniroot(f, c(lower, upper))` with its defaults (tol = eps^0.25,
// maxiter = 1000, no interval extension): a line-by-line port of Brent's
// zeroin as in R's zeroin.c (R_zeroin2) and the value clamping of optimize.c
// (fcn2). Reproducing R's iterates, not just some root, is the point: R stops
// at |c - b| ~ 1e-4, so only the same iteration returns the same number.

const EPSILON = 2.220446049250313e-16;
const DOUBLE_MAX = Number.MAX_VALUE;
export const R_UNIROOT_TOL = Math.pow(EPSILON, 0.25);

function clamped(value: number): number {
  if (Number.isFinite(value)) return value;
  return value === -Infinity ? -DOUBLE_MAX : DOUBLE_MAX;
}

export function uniroot(f: (x: number) => number, lower: number, upper: number, tol = R_UNIROOT_TOL, maxIterations = 1000): number {
  const fLower = f(lower);
  const fUpper = f(upper);
  if (Number.isNaN(fLower) || Number.isNaN(fUpper)) throw new RangeError("uniroot: f is NaN at an end point");
  if (Math.sign(fLower) * Math.sign(fUpper) > 0) throw new RangeError("uniroot: f() values at end points not of opposite sign");
  let a = lower;
  let b = upper;
  let fa = clamped(fLower);
  let fb = clamped(fUpper);
  let c = a;
  let fc = fa;
  if (fa === 0) return a;
  if (fb === 0) return b;
  for (let iteration = 0; iteration <= maxIterations; ++iteration) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = c; c = a;
      fa = fb; fb = fc; fc = fa;
    }
    const tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) return b;
    if (Math.abs(previousStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        q = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1));
        q = (q - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs(previousStep * q / 2)) newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = clamped(f(b));
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}
