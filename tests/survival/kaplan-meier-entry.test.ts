import {describe, expect, it} from "vitest";
import {kaplanMeier, kaplanMeierByGroup, riskTable, survivalAtTimes} from "../../src/lib/survival/index.js";
import {ENTRY_KAPLAN_MEIER_FILE, type EntryKaplanMeierFixture} from "../../data-loaders/engine-validation/entry.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import {expectClose} from "./expect-close.js";

// Inputs and R's survfit(Surv(entry, time, event)) results, written by tests/fixtures/survival-entry.R.
const fixture = readFixture<EntryKaplanMeierFixture>(ENTRY_KAPLAN_MEIER_FILE);

describe("kaplanMeier with entry matches R summary(survfit(Surv(entry, time, event) ~ 1), censored = TRUE) and quantile()", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, ${c.options.confType}, ${c.options.confLevel}`, () => {
      expectClose(kaplanMeier(c.input, c.options), c.expected);
    });
  }
});

describe("kaplanMeierByGroup with entry matches R survfit(Surv(entry, time, event) ~ group)", () => {
  for (const c of fixture.byGroup) {
    it(`${c.name}, ${c.options.confType}, ${c.options.confLevel}`, () => {
      const {levels, ...data} = c.input;
      const fits = kaplanMeierByGroup(data, {...c.options, levels});
      expect(fits.map((f) => f.group)).toEqual(c.expected.map((f) => f.group));
      fits.forEach((f, i) => expectClose(f.fit, c.expected[i].fit));
    });
  }
});

describe("survivalAtTimes and riskTable with entry match R summary(fit, times, extend)", () => {
  for (const c of fixture.atTimes) {
    it(`${c.name}, ${c.options.confType}, extend ${c.extend}`, () => {
      const fit = kaplanMeier(c.input, c.options);
      const {cumEvents, cumCensored, ...expected} = c.expected;
      expectClose(survivalAtTimes(fit, c.times, {extend: c.extend}), expected);
      expectClose(riskTable(fit, c.times, {extend: c.extend}), {time: c.expected.time, nRisk: c.expected.nRisk, cumEvents, cumCensored});
    });
  }
});

describe("delayed entry conventions", () => {
  it("leaves a subject entering at another's event time out of that risk set", () => {
    const fit = kaplanMeier({entry: [0, 0, 2], time: [2, 4, 5], event: [1, 0, 1]});
    expect(Array.from(fit.nRisk)).toEqual([2, 2, 1]);
    expect(Array.from(fit.surv)).toEqual([0.5, 0.5, 0]);
  });

  it("reports rows at exit times only, and nEnter as the entries since the previous row", () => {
    const fit = kaplanMeier({entry: [0, 0, 5, 5, 6], time: [2, 3, 8, 9, 7], event: [1, 1, 1, 0, 0]});
    expect(Array.from(fit.time)).toEqual([2, 3, 7, 8, 9]);
    expect(Array.from(fit.nRisk)).toEqual([2, 1, 3, 2, 1]);
    expect(Array.from(fit.nEnter!)).toEqual([2, 0, 3, 0, 0]);
  });

  it("gives the same fit as without entry when every entry is below every time", () => {
    const time = [3, 5, 5, 8, 2, 9, 4];
    const event = [1, 0, 1, 1, 1, 0, 1];
    const plain = kaplanMeier({time, event});
    const {nEnter, ...withEntry} = kaplanMeier({time, event, entry: time.map(() => -1)});
    expect(Array.from(nEnter!)).toEqual([7, 0, 0, 0, 0, 0]);
    expect(withEntry).toEqual(plain);
    expect(plain.nEnter).toBeUndefined();
  });

  it("reads n at risk before the first row from the first row, as R's survfit0", () => {
    const fit = kaplanMeier({entry: [1, 2, 3], time: [4, 5, 6], event: [1, 1, 0]});
    expect(survivalAtTimes(fit, [0, 1.5]).nRisk).toEqual([3, 3]);
  });

  it.each([
    [{time: [1, 2, 3], event: [1, 0, 1], entry: [0, 0]}, "entry has length 2, expected 3 (the length of time)"],
    [{time: [1, 2, 3], event: [1, 0, 1], entry: [0, NaN, 0]}, "entry[1] is NaN, expected a finite number"],
    [{time: [1, 2, 4, 3], event: [1, 0, 1, 0], entry: [0, 0, 0, 5]}, "entry[3] is 5, expected a number < time[3] (3)"],
    [{time: [1, 2, 3], event: [1, 0, 1], entry: [0, 2, 0]}, "entry[1] is 2, expected a number < time[1] (2)"],
    [{time: [1, 5, 3], event: [1, 0, 1], entry: [0, 5 - 1e-10, 0]}, "entry[1] is 4.9999999999 and time[1] is 5: within R's timefix tolerance of each other, an interval of length 0 (aeqSurv)"]
  ])("%#: rejects bad entry times", (data, message) => {
    expect(() => kaplanMeier(data)).toThrow(message);
    expect(() => kaplanMeierByGroup({...data, group: data.time.map(() => "a")})).toThrow(message);
  });
});
