import {describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {kaplanMeier, logRank} from "../../src/lib/survival/index.js";

function patient(id: number, arm: PatientRow["arm"], primary: PatientRow["primary_tumor"], ttp: number | null, event: 0 | 1 | null, os: number, osEvent: 0 | 1): PatientRow {
  return {
    id: String(id), arm, sex: "F", age_at_diagnosis: 50, primary_tumor: primary, hormonally_active: 1, extrahepatic_disease: 0,
    prior_primary_resection: 0, prior_hepatectomy: 0, prior_chemotherapy: 0, prior_radiation: 0, liver_metastases_3plus: 1,
    months_diagnosis_to_liver_metastases: 24, months_liver_metastases_to_embolization: 6, procedures_initial_cycle: 2,
    procedures_total: 3, retreated: 0, lost_to_follow_up: 0, response_1mo: "regression", ttp_months: ttp, ttp_event: event,
    tttf_months: ttp, tttf_event: event, symptom_relief: null, symptom_relief_months: null, os_months: os, os_event: osEvent
  };
}

const cohort: PatientRow[] = [
  patient(1, "chemoembolization", "carcinoid", 5, 1, 30, 1),
  patient(2, "chemoembolization", "carcinoid", 14, 0, 40, 0),
  patient(3, "chemoembolization", "pancreatic_islet", 20, 1, 12, 1),
  patient(4, "chemoembolization", "carcinoid", 30, 0, 60, 0),
  patient(5, "bland", "carcinoid", 3, 1, 10, 1),
  patient(6, "bland", "gastrinoma", 8, 1, 22, 1),
  patient(7, "bland", "carcinoid", 9, 1, 35, 0),
  patient(8, "bland", "carcinoid", null, null, 5, 1)
];

// Five analysable patients in each arm: enough for a test under the small-group rule.
const fiveAndFive = [
  ...cohort,
  patient(9, "chemoembolization", "carcinoid", 10, 1, 20, 1),
  patient(10, "bland", "carcinoid", 4, 0, 15, 1),
  patient(11, "bland", "other_net", 12, 1, 18, 0)
];

describe("compareSurvival", () => {
  it("fits each arm and tests them with the engine, leaving out patients without the endpoint", () => {
    const result = compareSurvival(fiveAndFive, {endpoint: "ttp", groupBy: "arm"});
    const chemo = fiveAndFive.filter((p) => p.arm === "chemoembolization");
    expect(result.curves.map((c) => c.n)).toEqual([5, 5]);
    expect(Array.from(result.curves[0].fit!.surv)).toEqual(Array.from(kaplanMeier({time: chemo.map((p) => p.ttp_months!), event: chemo.map((p) => p.ttp_event!)}).surv));
    const usable = fiveAndFive.filter((p) => p.ttp_months !== null);
    const expected = logRank({time: usable.map((p) => p.ttp_months!), event: usable.map((p) => p.ttp_event!), group: usable.map((p) => p.arm)}, {levels: ["chemoembolization", "bland"]});
    expect(result.test!.chisq).toBe(expected.chisq);
    expect(result.test!.p).toBe(expected.p);
    expect(result.note).toBeNull();
  });

  it("groups by tumour type and measures survival from diagnosis", () => {
    const result = compareSurvival(cohort, {endpoint: "os_diagnosis", groupBy: "tumor"});
    expect(result.curves.map((c) => [c.group, c.n])).toEqual([["carcinoid", 6], ["noncarcinoid", 2]]);
    expect(result.curves[1].fit!.time[0]).toBe(12 + 30);
  });

  it("reports landmarks, blank past follow-up unless the curve reached 0", () => {
    const result = compareSurvival(cohort, {endpoint: "ttp", groupBy: "arm"});
    const bland = result.landmarks.filter((r) => r.group === "bland");
    expect(bland.map((r) => r.surv)).toEqual([2 / 3, 0, 0, 0]);
    const chemo = result.landmarks.filter((r) => r.group === "chemoembolization");
    expect(chemo.map((r) => r.time)).toEqual([6, 12, 24, 36]);
    expect(chemo.map((r) => r.surv)).toEqual([0.75, 0.75, 0.375, null]);
  });

  it("says why there is no test instead of failing", () => {
    const oneArm = compareSurvival(cohort.filter((p) => p.arm === "bland"), {endpoint: "ttp", groupBy: "arm"});
    expect(oneArm.test).toBeNull();
    expect(oneArm.note).toBe("Only Bland embolization has patients under these filters: no comparison.");
    expect(oneArm.curves.map((c) => c.n)).toEqual([0, 3]);
    const none = compareSurvival([], {endpoint: "ttp", groupBy: "arm"});
    expect(none.note).toBe("No group has patients under these filters: no comparison.");
  });

  it("gives no test when a group has fewer than 5 patients, and says so, but still draws the curves", () => {
    const result = compareSurvival(cohort, {endpoint: "ttp", groupBy: "arm"});
    expect(result.curves.map((c) => c.n)).toEqual([4, 3]);
    expect(result.curves.every((c) => c.fit !== null)).toBe(true);
    expect(result.test).toBeNull();
    expect(result.note).toBe("Fewer than 5 patients in chemoembolization (4) and bland embolization (3) under these filters: no test, since its P value would turn on one or two patients.");
  });
});
