import {describe, it} from "vitest";
import {kaplanMeier, riskTable} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";

interface Fixture {
  cases: {
    name: string;
    input: {time: number[]; event: number[]};
    times: number[];
    extend: boolean;
    expected: {time: number[]; nRisk: number[]; cumEvents: number[]; cumCensored: number[]};
  }[];
}
const fixture = loadFixture<Fixture>("summary-at-times");

describe("riskTable matches R summary(fit, times) n.risk and cumulative n.event, n.censor", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, extend ${c.extend}`, () => {
      const {time, nRisk, cumEvents, cumCensored} = c.expected;
      expectClose(riskTable(kaplanMeier(c.input), c.times, {extend: c.extend}), {time, nRisk, cumEvents, cumCensored});
    });
  }
});
