import {expect, it} from "vitest";
import {pooledFit} from "../../src/components/pooled-fit.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";

const a = {time: [1, 2, 2, 5, 8, 8], event: [1, 0, 1, 1, 0, 1]};
const b = {time: [0, 2, 3, 3, 9], event: [1, 1, 0, 1, 0]};

it("equals the fit of all the groups' observations together, at the groups' CI type and level", () => {
  const options = {confType: "log-log" as const, confLevel: 0.9};
  const pooled = pooledFit([kaplanMeier(a, options), kaplanMeier(b, options)])!;
  const direct = kaplanMeier({time: [...a.time, ...b.time], event: [...a.event, ...b.event]}, options);
  expect(pooled.n).toBe(11);
  expect(Array.from(pooled.time)).toEqual(Array.from(direct.time));
  expect(Array.from(pooled.surv)).toEqual(Array.from(direct.surv));
  expect(pooled.lower).toEqual(direct.lower);
  expect(pooled.median).toEqual(direct.median);
  expect([pooled.confType, pooled.confLevel]).toEqual(["log-log", 0.9]);
});

it("gives no pooled curve for delayed entry, whose entry times the fits do not hold", () => {
  const late = kaplanMeier({time: [3, 4, 6], event: [1, 0, 1], entry: [0, 1, 2]});
  expect(pooledFit([late, kaplanMeier(a)])).toBeNull();
  expect(pooledFit([])).toBeNull();
});
