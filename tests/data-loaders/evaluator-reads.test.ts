// The search re-evaluates a number only when a move touches what the
// evaluator says the number reads; a number that changes without that would
// keep a stale cost. So: whatever a move leaves out of a number's reads must
// leave the number as it was.
import {describe, expect, it} from "vitest";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {createEvaluator} from "../../data-loaders/fidelity/evaluate-number.js";
import {inGroup} from "../../data-loaders/fidelity/survival-endpoints.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {ENDPOINTS, tenths, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** One patient's time or event of one endpoint changed (survival, TTP or TTTF). */
function move(p: PatientRow, rng: ReturnType<typeof mulberry32>): void {
  const shift = () => tenths(Math.max(0.1, rng.next() * 40));
  switch (rng.int(4)) {
    case 0:
      p.os_months = shift();
      break;
    case 1:
      p.os_event = (1 - p.os_event) as 0 | 1;
      break;
    case 2:
      if (p.ttp_months !== null) [p.ttp_months, p.ttp_event] = [shift(), (1 - (p.ttp_event as number)) as 0 | 1];
      break;
    default:
      if (p.tttf_months !== null) [p.tttf_months, p.tttf_event] = [shift(), (1 - (p.tttf_event as number)) as 0 | 1];
  }
}

const endpointsOf = (p: PatientRow) => ENDPOINT_IDS.map((id) => [ENDPOINTS[id].time(p), ENDPOINTS[id].event(p)].join("|"));

describe("createEvaluator(…).reads", () => {
  it("names every endpoint and patient a number depends on", () => {
    const cohort = readCohort(REFERENCE_COHORT_DIR);
    const patients = cohort.patients as PatientRow[];
    const {reads} = createEvaluator(cohort);
    const numbers = PUBLISHED_NUMBERS.filter((n) => reads(n) !== null);
    const values = () => {
      const evaluate = createEvaluator(cohort);
      return numbers.map((n) => JSON.stringify(evaluate(n)));
    };
    const rng = mulberry32(21);
    const changedMultiRead = new Set<string>();
    for (let i = 0; i < 60; ++i) {
      const before = values();
      const p = patients[rng.int(patients.length)];
      const saved = {...p};
      const endpointsBefore = endpointsOf(p);
      move(p, rng);
      const endpointsAfter = endpointsOf(p);
      const moved = ENDPOINT_IDS.filter((_, j) => endpointsBefore[j] !== endpointsAfter[j]);
      const after = values();
      numbers.forEach((n, j) => {
        if (after[j] === before[j]) return;
        const read = reads(n) ?? [];
        const covered = read.some((r) => moved.includes(r.endpoint) && inGroup(p, r.arm, r.subgroup));
        expect(covered, `${n.id} changed when patient ${p.id} moved ${moved.join(", ")}`).toBe(true);
        if (read.length > 1 || n.id === "ttp.carcinoid.given_diagnosis.p") changedMultiRead.add(n.id);
      });
      Object.assign(p, saved);
    }
    // The numbers whose reads are declared by hand did change under some moves.
    expect([...changedMultiRead].sort()).toEqual(["subgroups.other.p", "ttp.carcinoid.given_diagnosis.p"]);
  });
});
