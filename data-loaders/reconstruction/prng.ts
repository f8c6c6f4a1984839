// Seeded pseudo-random numbers for the reconstruction: mulberry32, a 32-bit
// generator small enough to audit and identical on every JavaScript engine, so
// the same seed gives byte-identical cohorts everywhere.

export interface Prng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box-Muller; one draw per call keeps the stream simple). */
  normal(): number;
  /** A new array with the elements of `values` in random order (Fisher-Yates). */
  shuffle<T>(values: readonly T[]): T[];
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    normal() {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    shuffle<T>(values: readonly T[]): T[] {
      const out = values.slice();
      for (let i = out.length - 1; i > 0; --i) {
        const j = int(i + 1);
        const tmp = out[i];
        out[i] = out[j];
        out[j] = tmp;
      }
      return out;
    }
  };
}

/**
 * The `index`-th stream derived from `seed`: a search that restarts may give
 * each attempt a stream of its own, so which attempt succeeds depends on the
 * seed alone, not on how many draws the passes before it made.
 */
export function substream(seed: number, index: number): Prng {
  return mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
}
