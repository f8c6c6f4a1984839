// Loss to follow-up, the 1-month response, hormonal activity and symptom
// relief. Lost patients are the ones never assessed at one month; symptomatic
// patients are hormonally active patients who were assessed.
import type {ArmCode, PatientRow, Response} from "./cohort-types.js";
import {flagRandom} from "./build-baseline.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";

const ARMS: ArmCode[] = ["chemoembolization", "bland"];

/** Durations with an exponential shape (stratified quantiles) and the printed mean, to 0.1 month. */
function reliefDurations(n: number, mean: number, rng: Prng): number[] {
  const raw = rng.shuffle(Array.from({length: n}, (_, i) => -Math.log(1 - (i + 0.5) / n)));
  const scale = mean / (raw.reduce((s, x) => s + x, 0) / n);
  const out = raw.map((x) => Math.max(0.5, Math.round(x * scale * 10) / 10));
  // Put the rounding residue on the longest duration so the mean is exact.
  const residue = Math.round((mean * n - out.reduce((s, x) => s + x, 0)) * 10) / 10;
  const longest = out.indexOf(Math.max(...out));
  out[longest] = Math.round((out[longest] + residue) * 10) / 10;
  return out;
}

export function buildOutcomes(patients: PatientRow[], rng: Prng): void {
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
    const durations = reliefDurations(relieved, meanMonths, rng);
    rng.shuffle(withSymptoms).forEach((p, i) => {
      p.symptom_relief = i < relieved ? 1 : 0;
      p.symptom_relief_months = i < relieved ? durations[i] : null;
    });
  }
}
