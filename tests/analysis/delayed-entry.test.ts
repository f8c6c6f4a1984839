// Survival from diagnosis and from liver metastases with delayed entry at the
// first embolization, against R on the reference cohort: survfit(Surv(entry,
// time, event) ~ g) with and without start.time, and coxph's score test.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {compareSurvival, type GroupBy} from "../../src/lib/analysis/compare-survival.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import {entryStartTime} from "../../src/lib/analysis/entry-start-time.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {survivalAtTimes} from "../../src/lib/survival/index.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

interface Curves {strata: string[]; time: number[]; surv: number[]; median: (number | null)[]}
interface Case {startTime: number; all: Curves; conditional: Curves; scoreP: number; conditionalScoreP: number}
const R: {delayedEntry: Record<string, Case>} = JSON.parse(readFileSync("tests/fixtures/reconstruction-r.json", "utf8"));
const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

function expectCurves(comparison: ReturnType<typeof compareSurvival>, expected: Curves, label: string) {
  comparison.curves.forEach((curve, g) => {
    expect(curve.fit!.median.estimate, `${label} ${curve.group} median`).toBe(expected.median[g]);
    const at = survivalAtTimes(curve.fit!, [12, 24, 60, 120], {extend: true});
    const rows = expected.strata.map((s, i) => ({s, i})).filter(({s}) => s === curve.group);
    rows.forEach(({i}, k) => expect(at.surv[k], `${label} ${curve.group} S(${expected.time[i]})`).toBeCloseTo(expected.surv[i], 12));
  });
}

describe("compareSurvival with delayed entry equals R", () => {
  for (const [key, expected] of Object.entries(R.delayedEntry)) {
    const [endpoint, groupBy] = key.split("|") as [EndpointId, GroupBy];
    it(key, () => {
      const all = compareSurvival(reference, {endpoint, groupBy, delayedEntry: true});
      expect(all.testName).toBe("Cox score test");
      expect(all.test!.p).toBeCloseTo(expected.scoreP, 9);
      expectCurves(all, expected.all, `${key} all`);
      const startTime = entryStartTime(reference, {endpoint, groupBy});
      expect(startTime).toBe(expected.startTime);
      const conditional = compareSurvival(reference, {endpoint, groupBy, delayedEntry: true, startTime: startTime!});
      expect(conditional.test!.p).toBeCloseTo(expected.conditionalScoreP, 9);
      expectCurves(conditional, expected.conditional, `${key} conditional`);
    });
  }

  it("differs from the naive curve, which counts years in which no death could be seen", () => {
    const naive = compareSurvival(reference, {endpoint: "os_diagnosis", groupBy: "tumor"});
    const entry = compareSurvival(reference, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true});
    expect(naive.testName).toBe("log-rank");
    expect(entry.curves[0].fit!.median.estimate!).toBeLessThan(naive.curves[0].fit!.median.estimate!);
  });

  it("ignores delayedEntry where the origin is the first embolization", () => {
    const plain = compareSurvival(reference, {endpoint: "os_embolization", groupBy: "arm"});
    expect(compareSurvival(reference, {endpoint: "os_embolization", groupBy: "arm", delayedEntry: true})).toEqual(plain);
  });
});

describe("landmarks say what each estimate rests on", () => {
  it("gives the fewest patients at risk at any death up to the landmark", () => {
    const {curves, landmarks} = compareSurvival(reference, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true});
    for (const row of landmarks) {
      const fit = curves.find((c) => c.group === row.group)!.fit!;
      const atEvents = Array.from(fit.nRisk).filter((_, i) => fit.nEvent[i] > 0 && fit.time[i] <= row.time);
      expect(row.minRisk, `${row.group} ${row.time}`).toBe(atEvents.length ? Math.min(...atEvents) : null);
    }
    // Carcinoid survival from diagnosis: the first deaths come while 5 and then 4 patients have entered.
    expect(landmarks.find((r) => r.group === "carcinoid" && r.time === 12)).toMatchObject({minRisk: 4});
  });
});

describe("conditional curves", () => {
  it("show no landmark before they start", () => {
    const startTime = entryStartTime(reference, {endpoint: "os_diagnosis", groupBy: "tumor"})!;
    const {landmarks} = compareSurvival(reference, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true, startTime});
    expect(startTime).toBe(49);
    for (const row of landmarks) expect(row.surv === null, `${row.group} ${row.time}`).toBe(row.time < startTime);
  });
});
