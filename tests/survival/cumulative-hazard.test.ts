import {expect, it} from "vitest";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import {cumulativeHazard, kaplanMeier} from "../../src/lib/survival/index.js";

interface Case {
  name: string;
  time: number[];
  event: number[];
  entry: number[] | Record<string, never>;
  expected: {time: number[]; cumhaz: number[]; std_chaz: number[]};
}

// Inputs and R's survfit(...)$cumhaz and $std.chaz, written by tests/fixtures/survival-cumhaz.R.
const fixture = readFixture<{cases: Case[]}>("survival-cumhaz.json");

const close = (actual: ArrayLike<number>, expected: number[], what: string) => {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; ++i) expect(Math.abs(actual[i] - expected[i]), `${what}[${i}]`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[i])));
};

it.each(fixture.cases)("equals survfit's Nelson-Aalen cumhaz and std.chaz: $name", ({name, time, event, entry, expected}) => {
  // jsonlite writes a missing entry column as {}.
  const fit = kaplanMeier(Array.isArray(entry) ? {time, event, entry} : {time, event});
  const hazard = cumulativeHazard(fit);
  close(hazard.time, expected.time, `${name} time`);
  close(hazard.cumhaz, expected.cumhaz, `${name} cumhaz`);
  close(hazard.stdErr, expected.std_chaz, `${name} std.chaz`);
});

it("stays flat over censorings and starts above 0 with events at time 0", () => {
  const {cumhaz} = cumulativeHazard(kaplanMeier({time: [0, 0, 3, 5, 8], event: [1, 0, 0, 1, 1]}));
  expect(Array.from(cumhaz)).toEqual([1 / 5, 1 / 5, 1 / 5 + 1 / 2, 1 / 5 + 1 / 2 + 1]);
});
