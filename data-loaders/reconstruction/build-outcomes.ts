// Loss to follow-up, the 1-month response, hormonal activity and symptom
// relief. Lost patients are the ones never assessed at one month; symptomatic
// patients are hormonally active patients who were assessed.
import type {PatientRow, Response} from "./cohort-types.js";
import {flagRandom} from "./build-baseline.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";
import {tTest} from "../../src/lib/stats/index.js";
import {ARMS} from "../cohort-schema.js";

/**
 * Durations with a Weibull shape (stratified quantiles) and the printed mean,
 * to 0.1 month, longest first. The shape sets the spread, which the printed
 * means alone leave open.
 */
function reliefDurations(n: number, mean: number, shape: number): number[] {
  const raw = Array.from({length: n}, (_, i) => Math.pow(-Math.log((i + 0.5) / n), 1 / shape));
  const scale = mean / (raw.reduce((s, x) => s + x, 0) / n);
  const out = raw.map((x) => Math.max(0.5, tenths(x * scale)));
  // Put the rounding residue on the longest duration so the mean is exact.
  out[0] = tenths(out[0] + mean * n - out.reduce((s, x) => s + x, 0));
  return out;
}

/**
 * The common shape at which the two arms' durations give the printed Student
 * t-test P (".14", "the considerable [variance] kept this result from
 * attaining statistical significance"): exponential durations (shape 1) give
 * 0.09, and P rises as the shape falls and the spread grows.
 */
function reliefShape(): number {
  const {chemoembolization: chemo, bland} = PLAN.symptoms;
  const p = (shape: number) => tTest(reliefDurations(chemo.relieved, chemo.meanMonths, shape), reliefDurations(bland.relieved, bland.meanMonths, shape), {varEqual: true}).p;
  let [lo, hi] = [0.3, 1];
  for (let i = 0; i < 40; ++i) {
    const mid = (lo + hi) / 2;
    if (p(mid) > PLAN.symptomReliefP) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function buildOutcomes(patients: PatientRow[], rng: Prng): void {
  const shape = reliefShape();
  for (const arm of ARMS) {
    for (const tumour of ["carcinoid", "noncarcinoid"] as const) {
      const cell = patients.filter((p) => p.arm === arm && (p.primary_tumor === "carcinoid") === (tumour === "carcinoid"));
      const lost = flagRandom(cell, PLAN.lost[arm][tumour], rng, (p) => (p.lost_to_follow_up = 1));
      const assessed = rng.shuffle(cell.filter((p) => !lost.includes(p)));
      const plan = PLAN.response[arm][tumour];
      const labels: Response[] = [];
      for (const response of ["regression", "stabilization", "progression"] as const) labels.push(...Array<Response>(plan[response]).fill(response));
      if (labels.length !== assessed.length) throw new Error(`response plan for ${arm} ${tumour} covers ${labels.length} of ${assessed.length} assessed patients`);
      assessed.forEach((p, i) => (p.response_1mo = labels[i]));
    }
    const rows = patients.filter((p) => p.arm === arm);
    const {symptomatic, relieved, meanMonths} = PLAN.symptoms[arm];
    const withSymptoms = flagRandom(rows.filter((p) => p.lost_to_follow_up === 0), symptomatic, rng, (p) => (p.hormonally_active = 1));
    flagRandom(rows.filter((p) => p.hormonally_active === 0), PLAN.hormonallyActive[arm] - symptomatic, rng, (p) => (p.hormonally_active = 1));
    const durations = rng.shuffle(reliefDurations(relieved, meanMonths, shape));
    rng.shuffle(withSymptoms).forEach((p, i) => {
      p.symptom_relief = i < relieved ? 1 : 0;
      p.symptom_relief_months = i < relieved ? durations[i] : null;
    });
  }
}
