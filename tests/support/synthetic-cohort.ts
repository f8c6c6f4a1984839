// A seeded synthetic cohort as the two CSV files, valid under the schema,
// whose delayed-entry times stress the rounding to tenths of a month:
// full-precision doubles, and hundredths ending in 5 (where rounding halves
// up and rounding halves to even disagree).
import type {Patient, Procedure} from "../../data-loaders/cohort-schema.js";
import {toCsv} from "../../data-loaders/cohort-input/to-csv.js";
import {seededRandom} from "../../src/lib/design/seeded-random.js";

export function syntheticCohortCsv(n: number, seed: number): {patients: string; procedures: string} {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const flag = (p: number) => (random() < p ? 1 : 0);
  const months = (max: number) => (random() < 0.5 ? Math.round(random() * max * 100) / 100 : random() * max);
  const patients: Patient[] = [];
  const procedures: Procedure[] = [];
  for (let i = 0; i < n; ++i) {
    const id = `S${String(i).padStart(6, "0")}`;
    const arm = pick(["chemoembolization", "bland"] as const);
    const hormonal = flag(0.4);
    const relief = hormonal ? flag(0.7) : null;
    const assessed = random() < 0.95;
    const ttp = Math.round(random() * 600) / 10;
    const os = ttp + 1 + Math.round(random() * 900) / 10;
    patients.push({
      id, arm, sex: pick(["F", "M"] as const), age_at_diagnosis: 20 + Math.round(random() * 65),
      primary_tumor: pick(["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"] as const),
      hormonally_active: hormonal as 0 | 1, extrahepatic_disease: flag(0.4), prior_primary_resection: flag(0.5), prior_hepatectomy: flag(0.2),
      prior_chemotherapy: flag(0.4), prior_radiation: flag(0.1), liver_metastases_3plus: flag(0.6),
      months_diagnosis_to_liver_metastases: months(60), months_liver_metastases_to_embolization: months(24),
      procedures_initial_cycle: 1, procedures_total: 1, retreated: 0, lost_to_follow_up: flag(0.05),
      response_1mo: pick(["regression", "stabilization", "progression", null] as const),
      ttp_months: assessed ? ttp : null, ttp_event: assessed ? flag(0.8) : null,
      tttf_months: assessed ? ttp : null, tttf_event: assessed ? flag(0.8) : null,
      symptom_relief: relief as 0 | 1 | null, symptom_relief_months: relief === 1 ? Math.round(random() * 300) / 10 : null,
      os_months: os, os_event: flag(0.7)
    } as Patient);
    procedures.push({
      patient_id: id, procedure_index: 1, modality: arm, length_of_stay_days: 1 + Math.floor(random() * 5), died_within_30_days: 0,
      grade_pain: 0, grade_fever: 0, grade_nausea: 0, grade_vomiting: 0, grade_fatigue: 0, grade_weight_loss: 0, grade_bilirubin: 0,
      grade_ggt_alp: 0, grade_ast: 0, grade_alt: 0, grade_infection: 0, grade_cardiac: 0, grade_other: 0
    });
  }
  return toCsv(patients, procedures);
}
