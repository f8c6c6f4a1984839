// Toxicity grades per procedure, reproducing the counts behind Tables 1–2.
// Grade ≥3 events go only to the planned 11 chemoembolization-arm and 5
// bland-arm patients (each of whom gets at least one), which is how the
// reconstruction reads "11 of 44" and "five of 23"; the grade 5 event of
// Table 2 is one of the bland 30-day deaths.
import type {ToxicityCategory, ToxicityTable} from "../published/types.js";
import type {ArmCode, PatientRow, ProcedureRow} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";
import {toxicityCounts} from "./toxicity-counts.js";

const key = (category: ToxicityCategory) => `grade_${category}` as keyof ProcedureRow;

function setGrade(row: ProcedureRow, category: ToxicityCategory, grade: number): void {
  (row as unknown as Record<string, number>)[key(category)] = grade;
}

export function assignToxicity(table: ToxicityTable, patients: PatientRow[], procedures: ProcedureRow[], rng: Prng): void {
  const modality: ArmCode = table.modality;
  const rows = procedures.filter((r) => r.modality === modality);
  const counts = toxicityCounts(table, rows.length);
  const ownArm = new Set(patients.filter((p) => p.arm === modality).map((p) => p.id));

  // Severe patients: the arm's early deaths first (the grade 5 goes to one), then at random.
  const deaths = rows.filter((r) => r.died_within_30_days === 1 && ownArm.has(r.patient_id));
  const deathIds = new Set(deaths.map((r) => r.patient_id));
  const candidates = rng.shuffle([...new Set(rows.filter((r) => ownArm.has(r.patient_id) && !deathIds.has(r.patient_id)).map((r) => r.patient_id))]);
  const severeIds = [...deathIds, ...candidates].slice(0, PLAN.grade3plusPatients[modality]);
  const severeRows = new Map(severeIds.map((id) => [id, rows.filter((r) => r.patient_id === id)]));

  const events: [ToxicityCategory, number][] = [];
  for (const [category, ks] of Object.entries(counts) as [ToxicityCategory, number[]][]) {
    for (let g = 5; g >= 3; --g) for (let i = 0; i < ks[g - 1]; ++i) events.push([category, g]);
  }
  // Grade 5 first, onto a death; then one event per severe patient not yet
  // covered, then the rest on any severe patient's free procedure.
  events.sort((a, b) => b[1] - a[1]);
  if (events.length < severeIds.length) throw new Error(`${events.length} severe events cannot cover ${severeIds.length} patients`);
  const covered = new Set<string>();
  for (const [category, grade] of events) {
    let target = grade === 5 ? deaths.find((r) => r[key(category)] === 0) : undefined;
    const uncovered = severeIds.filter((id) => !covered.has(id));
    for (const id of uncovered.length > 0 ? uncovered : rng.shuffle(severeIds)) {
      if (target) break;
      target = rng.shuffle(severeRows.get(id) as ProcedureRow[]).find((r) => r[key(category)] === 0);
    }
    if (!target) throw new Error(`no free ${modality} procedure for a grade ${grade} ${category} event`);
    setGrade(target, category, grade);
    covered.add(target.patient_id);
  }

  for (const [category, ks] of Object.entries(counts) as [ToxicityCategory, number[]][]) {
    for (const grade of [2, 1]) {
      const free = rng.shuffle(rows.filter((r) => r[key(category)] === 0));
      if (free.length < ks[grade - 1]) throw new Error(`too few ${modality} procedures for grade ${grade} ${category}`);
      for (const r of free.slice(0, ks[grade - 1])) setGrade(r, category, grade);
    }
  }
}
