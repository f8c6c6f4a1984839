// A small seeded generator so a simulation reruns to the same numbers in
// Node and in any browser: mulberry32 (Tommy Ettinger, public domain), 32
// bits of state, uniform on [0, 1) in steps of 2^-32.

export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`seed is ${seed}, expected an integer`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
