import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {tabulateTimes} from "../../src/lib/survival/tabulate-times.js";

/** Straightforward reference: sort, then count with a Map. */
function naive(time: number[], event: number[], group: number[], k: number) {
  const times = [...new Set(time.map((t) => (t === 0 ? 0 : t)))].sort((a, b) => a - b);
  const index = new Map(times.map((t, j) => [t, j]));
  const events = new Float64Array(times.length * k);
  const censored = new Float64Array(times.length * k);
  time.forEach((t, i) => {
    const cell = index.get(t === 0 ? 0 : t)! * k + group[i];
    if (event[i]) events[cell] += 1;
    else censored[cell] += 1;
  });
  return {times: Float64Array.from(times), groups: k, events, censored};
}

describe("tabulateTimes", () => {
  it("matches a sort-and-count reference, including many distinct times and -0", () => {
    const time = fc.oneof(fc.integer({min: 0, max: 30}), fc.double({min: 0, max: 1e6, noNaN: true}), fc.constant(-0));
    const rows = fc.array(fc.tuple(time, fc.integer({min: 0, max: 1}), fc.integer({min: 0, max: 2})), {maxLength: 3000});
    fc.assert(
      fc.property(rows, (data) => {
        const t = data.map((d) => d[0]);
        const e = data.map((d) => d[1]);
        const g = data.map((d) => d[2]);
        const table = tabulateTimes(Float64Array.from(t), Uint8Array.from(e), Int32Array.from(g), 3, undefined, false);
        expect(table).toEqual(naive(t, e, g, 3));
      }),
      {numRuns: 50}
    );
  });

  it("gives the same table whatever it tabulated before, large samples included (its scratch buffers are reused)", () => {
    const sample = (n: number, seed: number) => Array.from({length: n}, (_, i) => ((i * 7919 + seed) % 100003) / 7);
    for (const n of [100_000, 40, 3000, 100_000, 5]) {
      const t = sample(n, n);
      const e = t.map((_, i) => i % 2);
      const g = t.map(() => 0);
      expect(tabulateTimes(Float64Array.from(t), Uint8Array.from(e), Int32Array.from(g), 1, undefined, false)).toEqual(naive(t, e, g, 1));
    }
  });

  it("merges near-equal times onto the first of each run, as R's aeqSurv", () => {
    const time = Float64Array.of(0.1 + 0.2, 0.3, 1, 1 + 1e-9, 1 + 2e-9, 2, 2 + 1e-7);
    const table = tabulateTimes(time, Uint8Array.of(1, 1, 1, 0, 1, 1, 0), null, 1);
    expect(Array.from(table.times)).toEqual([0.3, 1, 2, 2 + 1e-7]);
    expect(Array.from(table.events)).toEqual([2, 2, 1, 0]);
    expect(Array.from(table.censored)).toEqual([0, 1, 0, 1]);
  });

  it("tabulates only the listed rows", () => {
    const table = tabulateTimes(Float64Array.of(5, 1, 5, 2), Uint8Array.of(1, 0, 0, 1), null, 1, Int32Array.of(0, 2, 3));
    expect(Array.from(table.times)).toEqual([2, 5]);
    expect(Array.from(table.events)).toEqual([1, 1]);
    expect(Array.from(table.censored)).toEqual([0, 1]);
  });
});
