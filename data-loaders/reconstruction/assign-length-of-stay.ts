// Length of stay per procedure: whole days with a mean of 1.5 in every
// arm × modality cell (so every arm and every modality averages 1.5), plus the
// single 18-day stay, placed in the largest cell so the rest of it can absorb it.
import {group} from "d3";
import type {PatientRow, ProcedureRow} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";

export function assignLengthOfStay(patients: PatientRow[], procedures: ProcedureRow[], rng: Prng): void {
  const armOf = new Map(patients.map((p) => [p.id, p.arm]));
  const cells = group(procedures, (r) => `${armOf.get(r.patient_id)}|${r.modality}`);
  const largest = [...cells.values()].reduce((a, b) => (b.length > a.length ? b : a));
  for (const rows of cells.values()) {
    const order = rng.shuffle(rows);
    for (const r of order) r.length_of_stay_days = 1;
    let extra = Math.round(PLAN.lengthOfStay.mean * rows.length) - rows.length;
    if (rows === largest) {
      order[0].length_of_stay_days = PLAN.lengthOfStay.outlier;
      extra -= PLAN.lengthOfStay.outlier - 1;
    }
    // Extra days one at a time, mostly second days, occasionally a third.
    for (let i = 1; extra > 0; i = i + 1 < order.length ? i + 1 : 1) {
      if (order[i].length_of_stay_days < 3 && (order[i].length_of_stay_days === 1 || rng.next() < 0.1)) {
        order[i].length_of_stay_days += 1;
        extra -= 1;
      }
    }
  }
}
