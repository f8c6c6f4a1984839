// The exact model of the steps just after a landmark, on seed 4's bland TTP arm at 6 months: 4 carcinoid
// patients at risk (6/7 · 4/5 = 68.6%, 3 of them progressing), 6 noncarcinoid (6/8, 4 progressing), the pooled
// curve at 14/16 · 12/13 · 10/11 = 73.4%.
import {describe, expect, it} from "vitest";
import {crossAfterLandmark, type CrossingModel} from "../../data-loaders/reconstruction/cross-after-landmark.js";

const SEED_4: CrossingModel = {
  cells: [
    {atRisk: 4, survival: (6 / 7) * (4 / 5), events: 3, censorings: 1},
    {atRisk: 6, survival: 6 / 8, events: 4, censorings: 2}
  ],
  pooled: (14 / 16) * (12 / 13) * (10 / 11),
  slots: 4
};
const spelled = (orders: ReturnType<typeof crossAfterLandmark>) => orders.map((o) => o.map((s) => `${"CN"[s.cell]}${s.event ? "e" : "c"}`).join(" "));

/** Every sequence of at most `slots` steps, enumerated without pruning, that ends with the pooled curve below 50% and no subgroup below it. */
function bruteForce({cells, pooled, slots}: CrossingModel): string[] {
  const kinds = ["Ce", "Cc", "Ne", "Nc"];
  const out: string[] = [];
  const walk = (seq: string[]) => {
    if (seq.length > 0) {
      const risk = cells.map((c) => c.atRisk);
      const surv = cells.map((c) => c.survival);
      const used = [[0, 0], [0, 0]];
      let s = pooled;
      let ok = true;
      seq.forEach((k, i) => {
        const cell = k[0] === "C" ? 0 : 1;
        const event = k[1] === "e";
        used[cell][event ? 0 : 1] += 1;
        if (event) {
          s *= (risk[0] + risk[1] - 1) / (risk[0] + risk[1]);
          surv[cell] *= (risk[cell] - 1) / risk[cell];
        }
        risk[cell] -= 1;
        if (surv[cell] < 0.5 - 1e-9 || (i < seq.length - 1 && event && s < 0.5 - 1e-9)) ok = false;
      });
      const fits = used.every(([e, c], i) => e <= cells[i].events && c <= cells[i].censorings);
      if (ok && fits && seq[seq.length - 1][1] === "e" && s < 0.5 - 1e-9) out.push(seq.join(" "));
    }
    if (seq.length < slots) for (const k of kinds) walk([...seq, k]);
  };
  walk([]);
  return out.sort();
}

describe("crossAfterLandmark", () => {
  it("finds the one order of seed 4's bland arm that takes the pooled curve below 50% within four steps after 6 months", () => {
    // A carcinoid progression (68.6% → 51.4%, above 50% for the carcinoid median of 10), its censoring (the risk set
    // shrinks), then two noncarcinoid progressions (75% → 50% exactly, so the noncarcinoid median is a midpoint):
    // 73.4% · 9/10 · 7/8 · 6/7 = 49.6%.
    expect(spelled(crossAfterLandmark(SEED_4))).toEqual(["Ce Cc Ne Ne"]);
  });

  it("gives what an enumeration of every sequence gives", () => {
    expect(spelled(crossAfterLandmark(SEED_4)).sort()).toEqual(bruteForce(SEED_4));
    const wider: CrossingModel = {...SEED_4, cells: [{...SEED_4.cells[0], censorings: 2}, {...SEED_4.cells[1], censorings: 3}], slots: 5};
    const found = spelled(crossAfterLandmark(wider));
    expect(found.length).toBeGreaterThan(1);
    expect([...found].sort()).toEqual(bruteForce(wider));
    expect(found.map((o) => o.split(" ").length)).toEqual([...found.map((o) => o.split(" ").length)].sort((a, b) => a - b));
  });

  it("finds none without the carcinoid censoring, or with three slots", () => {
    expect(crossAfterLandmark({...SEED_4, cells: [{...SEED_4.cells[0], censorings: 0}, SEED_4.cells[1]]})).toEqual([]);
    expect(crossAfterLandmark({...SEED_4, slots: 3})).toEqual([]);
  });
});
