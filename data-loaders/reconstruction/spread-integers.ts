// n integers in [min, max] adding up to `total`, as even as chance allows:
// start everyone at min and hand out the rest one unit at a time to a random
// patient with room. Used for procedure counts per patient.
import type {Prng} from "./prng.js";

export function spreadIntegers(total: number, n: number, min: number, max: number, rng: Prng): number[] {
  if (total < n * min || total > n * max) throw new RangeError(`cannot spread ${total} over ${n} values in [${min}, ${max}]`);
  const out = new Array<number>(n).fill(min);
  for (let left = total - n * min; left > 0; --left) {
    let i = rng.int(n);
    while (out[i] >= max) i = (i + 1) % n;
    out[i] += 1;
  }
  return out;
}
