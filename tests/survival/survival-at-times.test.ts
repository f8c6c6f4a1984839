import {describe, expect, it} from "vitest";
import {kaplanMeier, survivalAtTimes} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";
import type {AtTimesFixture} from "../../data-loaders/engine-validation/at-times.js";

type Fixture = AtTimesFixture & {error: {input: {time: number[]; event: number[]}; times: number[]; message: string}};
const fixture = loadFixture<Fixture>("summary-at-times");

describe("survivalAtTimes matches R summary(fit, times, extend)", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, ${c.options.confType}, extend ${c.extend}`, () => {
      const {cumEvents, cumCensored, ...expected} = c.expected;
      expectClose(survivalAtTimes(kaplanMeier(c.input, c.options), c.times, {extend: c.extend}), expected);
    });
  }

  it("stops like R when no time is inside the follow-up", () => {
    const {input, times, message} = fixture.error;
    expect(() => survivalAtTimes(kaplanMeier(input), times)).toThrow(message);
  });

  it("sorts the times and drops non-finite ones", () => {
    const fit = kaplanMeier({time: [1, 2, 3], event: [1, 1, 1]});
    expect(survivalAtTimes(fit, [2, NaN, 1, Infinity]).time).toEqual([1, 2]);
  });
});
