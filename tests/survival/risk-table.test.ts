import {describe, it} from "vitest";
import {kaplanMeier, riskTable} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";
import type {AtTimesFixture} from "../../data-loaders/engine-validation/at-times.js";

const fixture = loadFixture<AtTimesFixture>("summary-at-times");

describe("riskTable matches R summary(fit, times) n.risk and cumulative n.event, n.censor", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, extend ${c.extend}`, () => {
      const {time, nRisk, cumEvents, cumCensored} = c.expected;
      expectClose(riskTable(kaplanMeier(c.input), c.times, {extend: c.extend}), {time, nRisk, cumEvents, cumCensored});
    });
  }
});
