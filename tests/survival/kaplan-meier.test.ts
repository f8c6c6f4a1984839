import {describe, expect, it} from "vitest";
import {kaplanMeier, kaplanMeierByGroup, type ConfType} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";
import type {KaplanMeierFixture} from "../../data-loaders/engine-validation/kaplan-meier.js";

const fixture = loadFixture<KaplanMeierFixture>("kaplan-meier");

describe("kaplanMeier matches R summary(survfit(), censored = TRUE) and quantile()", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, ${c.options.confType}, ${c.options.confLevel}`, () => {
      expectClose(kaplanMeier(c.input, c.options), c.expected);
    });
  }
});

describe("kaplanMeierByGroup matches R survfit(Surv(time, event) ~ group)", () => {
  for (const c of fixture.byGroup) {
    it(`${c.name}, ${c.options.confType}, ${c.options.confLevel}`, () => {
      const {time, event, group, levels} = c.input;
      const fits = kaplanMeierByGroup({time, event, group}, {...c.options, levels});
      expect(fits.map((f) => f.group)).toEqual(c.expected.map((f) => f.group));
      fits.forEach((f, i) => expectClose(f.fit, c.expected[i].fit));
    });
  }
});

describe("kaplanMeier defaults and conventions", () => {
  const lung = fixture.cases.find((c) => c.name === "lung" && c.options.confType === "log" && c.options.confLevel === 0.95)!;

  it("defaults to conf.type log and conf.int 0.95", () => {
    expectClose(kaplanMeier(lung.input), lung.expected);
  });

  it("confType none keeps every estimate and leaves every limit null, as R's conf.type = \"none\"", () => {
    const fit = kaplanMeier(lung.input, {confType: "none"});
    const withLimits = kaplanMeier(lung.input);
    expect(Array.from(fit.surv)).toEqual(Array.from(withLimits.surv));
    expect(fit.stdErr).toEqual(withLimits.stdErr);
    expect(fit.median).toEqual({estimate: withLimits.median.estimate, lower: null, upper: null});
    expect(withLimits.median.lower).not.toBeNull();
    expect(fit.lower.every((v) => v === null) && fit.upper.every((v) => v === null)).toBe(true);
    expect(fit.confType).toBe("none");
  });

  it("counts subjects censored at an event time as at risk at that time", () => {
    const fit = kaplanMeier({time: [2, 2, 3], event: [1, 0, 1]});
    expect(Array.from(fit.nRisk)).toEqual([3, 1]);
    expect(Array.from(fit.surv)).toEqual([2 / 3, 0]);
  });

  it("accepts boolean events", () => {
    const fit = kaplanMeier({time: [1, 2, 3], event: [true, false, true]});
    expect(Array.from(fit.nEvent)).toEqual([1, 0, 1]);
  });

  it("orders groups like R's factor() unless levels are given", () => {
    const data = {time: [1, 2, 3, 4], event: [1, 1, 1, 1], group: ["b", "a", "b", "a"]};
    expect(kaplanMeierByGroup(data).map((f) => f.group)).toEqual(["a", "b"]);
    expect(kaplanMeierByGroup(data, {levels: ["b", "a"]}).map((f) => f.group)).toEqual(["b", "a"]);
  });
});

describe("kaplanMeier input errors", () => {
  const time = [1, 2, 3];
  const event = [1, 0, 1];
  it.each([
    [{time: [], event: []}, {}, "time is empty, expected at least one observation"],
    [{time, event: [1, 0]}, {}, "event has length 2, expected 3 (the length of time)"],
    [{time: [1, -2, 3], event}, {}, "time[1] is -2, expected a finite number >= 0"],
    [{time: [1, 2, NaN], event}, {}, "time[2] is NaN, expected a finite number >= 0"],
    [{time, event: [1, 0.5, 1]}, {}, "event[1] is 0.5, expected 0, 1, false or true"],
    [{time, event}, {confType: "logit"}, 'confType is logit, expected "log", "log-log", "plain" or "none"'],
    [{time, event}, {confLevel: 95}, "confLevel is 95, expected a number between 0 and 1"]
  ])("%#: %s", (data, options, message) => {
    expect(() => kaplanMeier(data, options as {confType?: ConfType})).toThrow(message);
  });

  it("reports bad group labels in kaplanMeierByGroup", () => {
    expect(() => kaplanMeierByGroup({time, event, group: ["a", "b"]})).toThrow("group has length 2, expected 3 (the length of time)");
    expect(() => kaplanMeierByGroup({time, event, group: ["a", undefined, "b"]})).toThrow("group[1] is undefined, expected a group label");
    expect(() => kaplanMeierByGroup({time, event, group: ["a", "c", "b"]}, {levels: ["a", "b"]})).toThrow("group[1] is c, expected one of a, b");
  });
});
