import {expect, it} from "vitest";
import {scaledPoints} from "../../src/components/km-y-scale.js";
import {cumulativeHazard, kaplanMeier} from "../../src/lib/survival/index.js";

const fit = kaplanMeier({time: [1, 2, 2, 4, 6, 7], event: [1, 0, 1, 1, 0, 1]});
const curve = {group: "a", label: "A", fit};

it("draws S(t) with its band from (0, 1)", () => {
  const points = scaledPoints(curve, "survival");
  expect(points[0]).toMatchObject({time: 0, y: 1, lower: 1, upper: 1, nRisk: 6});
  expect(points.slice(1).map((p) => p.y)).toEqual(Array.from(fit.surv));
  expect(points.slice(1).map((p) => p.lower)).toEqual(fit.lower);
  expect(points.filter((p) => p.censored).map((p) => p.time)).toEqual([2, 6]);
});

it("turns the curve and its band over for 1 − S(t)", () => {
  const points = scaledPoints(curve, "incidence");
  expect(points[0]).toMatchObject({y: 0, lower: 0, upper: 0});
  points.slice(1).forEach((p, i) => {
    expect(p.y).toBeCloseTo(1 - fit.surv[i], 15);
    // Where S reaches 0 there is no interval (R gives NaN), on either scale.
    if (fit.lower[i] === null) expect([p.lower, p.upper]).toEqual([null, null]);
    else {
      expect(p.lower).toBeCloseTo(1 - fit.upper[i]!, 15);
      expect(p.upper).toBeCloseTo(1 - fit.lower[i]!, 15);
    }
  });
});

it("draws the Nelson–Aalen cumulative hazard from 0, without a band", () => {
  const points = scaledPoints(curve, "cumhaz");
  expect(points.map((p) => p.y)).toEqual([0, ...cumulativeHazard(fit).cumhaz]);
  expect(points[2].y).toBeCloseTo(1 / 6 + 1 / 5, 15);
  expect(points.every((p) => p.lower === null && p.upper === null)).toBe(true);
});
