import {describe, expect, it} from "vitest";
import {possibleTicks} from "../../src/components/possible-ticks.js";
import {monthTicks, yearTicks} from "../../src/components/time-ticks.js";

describe("possibleTicks", () => {
  it("holds every tick of every count in months and in years, and nothing else", () => {
    for (const end of [0.5, 7, 40, 365, 1022, 3650.5]) {
      const all = possibleTicks(end, 40);
      const expected = new Set<number>();
      for (let n = 2; n <= 40; ++n) {
        monthTicks(end, n).forEach((t) => expected.add(t));
        yearTicks(end, n).forEach((t) => expected.add(t));
      }
      expect(all).toEqual([...expected].sort((a, b) => a - b));
      expect(all[0]).toBe(0);
      // A handful of lattices, not one time per unit: far fewer than a day-scale axis has days.
      if (end > 1000) expect(all.length).toBeLessThan(end / 4);
    }
  });
});
