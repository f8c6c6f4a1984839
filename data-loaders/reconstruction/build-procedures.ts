// Procedure rows: how many each patient had (initial cycle, retreatment),
// which modality each was, and the three deaths within 30 days. Lost patients
// had only their initial cycle; crossovers and deaths are among the retreated.
import type {ArmCode, PatientRow, ProcedureRow} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";
import {spreadIntegers} from "./spread-integers.js";

function procedure(patient: PatientRow, index: number, modality: ArmCode): ProcedureRow {
  return {
    patient_id: patient.id, procedure_index: index, modality, length_of_stay_days: 1, died_within_30_days: 0,
    grade_pain: 0, grade_fever: 0, grade_nausea: 0, grade_vomiting: 0, grade_fatigue: 0, grade_weight_loss: 0,
    grade_bilirubin: 0, grade_ggt_alp: 0, grade_ast: 0, grade_alt: 0, grade_infection: 0, grade_cardiac: 0, grade_other: 0
  };
}

export interface ProcedurePlan {
  procedures: ProcedureRow[];
  /** Patients whose last procedure was followed by death within 30 days. */
  earlyDeaths: PatientRow[];
}

export function buildProcedures(patients: PatientRow[], rng: Prng): ProcedurePlan {
  const P = PLAN.procedures;
  const blandOf = new Map<PatientRow, number>();
  const followed = (arm: ArmCode) => rng.shuffle(patients.filter((p) => p.arm === arm && p.lost_to_follow_up === 0));

  // Bland arm: the two crossovers with their printed counts, then everyone else.
  const bland = followed("bland");
  const blandCrossovers = bland.slice(0, P.blandCrossovers.length);
  blandCrossovers.forEach((p, i) => {
    const c = P.blandCrossovers[i];
    p.procedures_initial_cycle = c.initial;
    p.procedures_total = c.bland + c.chemoembolization;
    blandOf.set(p, c.bland);
  });
  const blandRetreated = bland.slice(P.blandCrossovers.length, P.retreated.bland);
  const blandOthers = patients.filter((p) => p.arm === "bland" && !blandCrossovers.includes(p));
  spreadIntegers(P.initialCycle.blandOthers, blandOthers.length, 1, 4, rng).forEach((k, i) => (blandOthers[i].procedures_initial_cycle = k));
  const blandExtra = spreadIntegers(P.blandArmOthers - P.initialCycle.blandOthers, blandRetreated.length, 1, 8, rng);
  for (const p of blandOthers) p.procedures_total = p.procedures_initial_cycle + (blandRetreated.includes(p) ? blandExtra[blandRetreated.indexOf(p)] : 0);

  // Chemoembolization arm: retreated patients take the remaining procedures; the
  // crossovers are the retreated patients with the most procedures, so that
  // chemoembolization stays their predominant therapy.
  const chemo = patients.filter((p) => p.arm === "chemoembolization");
  const chemoRetreated = followed("chemoembolization").slice(0, P.retreated.chemoembolization);
  spreadIntegers(P.initialCycle.chemoembolization, chemo.length, 1, 4, rng).forEach((k, i) => (chemo[i].procedures_initial_cycle = k));
  const chemoTotal = P.total - patients.filter((p) => p.arm === "bland").reduce((s, p) => s + p.procedures_total, 0);
  const chemoExtra = spreadIntegers(chemoTotal - P.initialCycle.chemoembolization, chemoRetreated.length, 1, 8, rng);
  for (const p of chemo) p.procedures_total = p.procedures_initial_cycle + (chemoRetreated.includes(p) ? chemoExtra[chemoRetreated.indexOf(p)] : 0);
  const chemoCrossovers = chemoRetreated.slice().sort((a, b) => b.procedures_total - a.procedures_total || (a.id < b.id ? -1 : 1)).slice(0, P.chemoCrossoverBland.length);
  chemoCrossovers.forEach((p, i) => {
    if (2 * P.chemoCrossoverBland[i] >= p.procedures_total) throw new Error(`crossover ${p.id} would not be predominantly chemoembolization`);
    blandOf.set(p, P.chemoCrossoverBland[i]);
  });

  for (const p of patients) p.retreated = p.procedures_total > p.procedures_initial_cycle ? 1 : 0;
  const procedures: ProcedureRow[] = [];
  for (const p of patients) {
    const k = blandOf.get(p) ?? 0;
    for (let i = 0; i < p.procedures_total; ++i) {
      // Chemo-arm crossovers start bland; bland-arm crossovers end with chemoembolization.
      const crossed = p.arm === "chemoembolization" ? i < k : k > 0 && i >= k;
      const other: ArmCode = p.arm === "chemoembolization" ? "bland" : "chemoembolization";
      procedures.push(procedure(p, i + 1, crossed ? other : p.arm));
    }
  }

  // Early deaths follow the last procedure of retreated patients who did not cross over.
  const earlyDeaths: PatientRow[] = [];
  for (const arm of ["bland", "chemoembolization"] as const) {
    const candidates = rng.shuffle((arm === "bland" ? blandRetreated : chemoRetreated).filter((p) => !blandOf.has(p)));
    for (const p of candidates.slice(0, P.deaths30[arm])) {
      const rows = procedures.filter((r) => r.patient_id === p.id);
      rows[rows.length - 1].died_within_30_days = 1;
      earlyDeaths.push(p);
    }
  }
  return {procedures, earlyDeaths};
}
