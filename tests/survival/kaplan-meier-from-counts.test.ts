// A fit rebuilt from its count columns is the fit, to the last bit, on every
// case R's survfit was run on (with and without entry times, each confidence
// type), and so matches R's summary(survfit(...)) as kaplanMeier does.
import {describe, expect, it} from "vitest";
import {ENTRY_KAPLAN_MEIER_FILE, type EntryKaplanMeierFixture} from "../../data-loaders/engine-validation/entry.js";
import type {KaplanMeierFixture} from "../../data-loaders/engine-validation/kaplan-meier.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import {kaplanMeier, kaplanMeierFromCounts} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";

const plain = loadFixture<KaplanMeierFixture>("kaplan-meier");
const entry = readFixture<EntryKaplanMeierFixture>(ENTRY_KAPLAN_MEIER_FILE);
const cases = [...plain.cases, ...entry.cases];

const counts = ({time, nEvent, nCensor, nEnter}: ReturnType<typeof kaplanMeier>) => ({time, nEvent, nCensor, ...(nEnter ? {nEnter} : {})});

describe("kaplanMeierFromCounts rebuilds kaplanMeier's fit from its counts", () => {
  it("has cases with entry times, late entries among them", () => {
    expect(entry.cases.length).toBeGreaterThan(0);
    expect(entry.cases.some((c) => kaplanMeier(c.input, c.options).nEnter!.slice(1).some((e) => e > 0))).toBe(true);
  });

  for (const c of cases) {
    it(`${c.name}, ${c.options.confType}, ${c.options.confLevel}`, () => {
      const fit = kaplanMeier(c.input, c.options);
      const rebuilt = kaplanMeierFromCounts(counts(fit), c.options);
      expect(rebuilt).toStrictEqual(fit);
      for (const k of ["surv", "nRisk"] as const) expect(Array.from(rebuilt[k]).every((v, i) => Object.is(v, fit[k][i])), k).toBe(true);
      expectClose(rebuilt, c.expected);
    });
  }

  it("weighted rows: the fit of their counts", () => {
    const fit = kaplanMeier({time: [1, 2, 2, 3, 5, 8], event: [1, 0, 1, 1, 0, 1], entry: [0, 0, 1.5, 0.5, 2, 4], weights: [3, 1, 2, 5, 1, 2]}, {confType: "log-log"});
    expect(kaplanMeierFromCounts(counts(fit), {confType: "log-log"})).toStrictEqual(fit);
  });

  it("says which column is short", () => {
    expect(() => kaplanMeierFromCounts({time: Float64Array.of(1, 2), nEvent: Float64Array.of(1), nCensor: Float64Array.of(0, 1)})).toThrow(
      "counts have 2 times, 1 event counts, 2 censoring counts, expected one of each per time"
    );
  });
});
