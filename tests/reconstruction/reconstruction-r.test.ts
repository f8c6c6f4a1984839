// The committed reference cohort (which reconstruction.test.ts checks is what
// the default reconstruction writes, byte for byte): its fidelity report has
// the committed summary, and every survival statistic in it equals R's
// survival package on the same rows (tests/fixtures/reconstruction.R writes
// tests/fixtures/reconstruction-r.json).
import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import {fidelityReport, type FidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {PLAN} from "../../data-loaders/reconstruction/cohort-plan.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

interface RKm {
  median: number | null;
  months: number[];
  surv: number[];
  lastTime: number;
  lastSurv: number;
}
interface RReference {
  km: Record<string, RKm>;
  logrank: Record<string, number>;
  symptomReliefStudentP: number;
  infectionFisherP: number;
}

const R: RReference = JSON.parse(readFileSync("tests/fixtures/reconstruction-r.json", "utf8"));
const SURVIVAL = new Set(["ttp", "tttf", "os_embolization", "os_liver_metastases", "os_diagnosis"]);

let report: FidelityReport;

beforeAll(() => {
  const read = (file: string) => readFileSync(`${REFERENCE_COHORT_DIR}/${file}`, "utf8");
  report = fidelityReport(validateCohort(read("patients.csv"), read("procedures.csv")), {kind: "reconstructed", seed: PLAN.seed});
});

const value = (id: string) => report.rows.find((r) => r.id === id)?.reconstructed;

describe("the reference cohort", () => {
  it("reports the committed summary", () => {
    // Two numbers whose sentence has a reading that does not reproduce depend on the reading, not reproduced (see fidelity-readings.test.ts).
    expect(report.summary).toEqual({
      total: 388, reproduced: 366, ambiguous: 2, infeasible: 8, unidentified: 9, missed: 3, notEvaluable: 26,
      percentReproduced: 94.3, percentAccountedFor: 96.4, percentReproducedOfFeasible: 96.3
    });
  });
});

describe("survival statistics of the fidelity report equal R's", () => {
  it("for every landmark, median and log-rank P", () => {
    let checked = 0;
    for (const n of PUBLISHED_NUMBERS) {
      if (!SURVIVAL.has(n.endpoint) || n.subgroup === "other_subgroups") continue;
      const arm = n.arm === "chemoembolization" || n.arm === "bland" ? n.arm : "all";
      let expected: number | null;
      if (n.kind === "km_landmark" || n.kind === "km_median") {
        const km = R.km[`${n.endpoint}|${arm}|${n.subgroup}`];
        if (n.kind === "km_median") expected = km.median;
        else {
          const m = n.timeMonths as number;
          expected = km.lastSurv > 0 && km.lastTime < m ? null : 100 * km.surv[km.months.indexOf(m)];
        }
      } else if (n.kind === "logrank_p") {
        expected = n.arm === "carcinoid_vs_noncarcinoid" ? R.logrank[`tumor|${n.endpoint}|all`] : R.logrank[`arm|${n.endpoint}|${n.subgroup}`];
      } else if (n.id === "ttp.carcinoid.given_diagnosis.p") {
        expected = R.logrank["tumor|ttp|chemoembolization"];
      } else continue;
      const got = value(n.id);
      if (expected === null) expect(got, n.id).toBeNull();
      else expect(got as number, n.id).toBeCloseTo(expected, 9);
      checked += 1;
    }
    expect(checked).toBe(89);
  });

  it("for the t test of relief durations and the held-out Fisher test", () => {
    expect(value("symptom_relief.duration.p") as number).toBeCloseTo(R.symptomReliefStudentP, 12);
    expect(value("toxicity.infection.p") as number).toBeCloseTo(R.infectionFisherP, 12);
  });
});
