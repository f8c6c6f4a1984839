import {describe, expect, it} from "vitest";
import {logRank} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {logRankFixture, splitInput} from "./log-rank-fixture.js";

describe("logRank matches R survdiff(Surv(time, event) ~ group [+ strata(s)], rho)", () => {
  for (const c of logRankFixture.cases) {
    it(`${c.name}, rho ${c.options.rho}`, () => {
      const {data, levels} = splitInput(c.input);
      expectClose(logRank(data, {rho: c.options.rho, levels}), c.expected);
    });
  }
});

describe("logRank conventions", () => {
  const aml = logRankFixture.cases.find((c) => c.name === "aml x none" && c.options.rho === 0)!;

  it("defaults to rho = 0 and sorted group levels", () => {
    const {data} = splitInput(aml.input);
    expectClose(logRank(data), aml.expected);
  });

  it("gives df 0 and p 1 when only one group has anything expected", () => {
    const result = logRank({time: [1, 2, 0.5, 0.7], event: [1, 1, 0, 0], group: ["a", "a", "b", "b"]});
    expect(result.df).toBe(0);
    expect(result.chisq).toBe(0);
    expect(result.p).toBe(1);
  });
});

describe("logRank input errors", () => {
  const time = [1, 2, 3, 4];
  const event = [1, 0, 1, 1];
  const group = ["a", "a", "b", "b"];
  it.each([
    [{time, event: [1, 0, 1], group}, "event has length 3, expected 4 (the length of time)"],
    [{time, event, group: ["a", "b"]}, "group has length 2, expected 4 (the length of time)"],
    [{time, event, group, strata: [1, 1, 2]}, "strata has length 3, expected 4 (the length of time)"],
    [{time: [1, -1, 3, 4], event, group}, "time[1] is -1, expected a finite number >= 0"],
    [{time: [1, 2, NaN, 4], event, group}, "time[2] is NaN, expected a finite number >= 0"],
    [{time: [1, 2, 3, Infinity], event, group}, "time[3] is Infinity, expected a finite number >= 0"],
    [{time, event: [1, 0, 2, 1], group}, "event[2] is 2, expected 0, 1, false or true"],
    [{time, event, group: ["a", null, "b", "b"]}, "group[1] is null, expected a group label"],
    [{time, event, group: ["a", "a", "a", "a"]}, "group has fewer than two levels"],
    [{time, event, group, strata: [1, 1, NaN, 2]}, "strata[2] is NaN, expected a group label"]
  ])("%#: %s", (data, message) => {
    expect(() => logRank(data as Parameters<typeof logRank>[0])).toThrow(message);
  });

  it("stops like R survdiff when the variance matrix is singular", () => {
    expect(() => logRank({time: [0, 0], event: [1, 1], group: ["a", "b"]})).toThrow(
      "the log-rank variance matrix is singular: the data cannot compare these groups"
    );
  });

  it("rejects a label outside the given levels and a non-finite rho", () => {
    expect(() => logRank({time, event, group}, {levels: ["a"]})).toThrow("group[2] is b, expected one of a");
    expect(() => logRank({time, event, group}, {rho: NaN})).toThrow("rho is NaN, expected a finite number");
  });
});
