// Baseline rows: arm, primary tumour and the pretreatment flags, each flag
// handed to exactly the planned number of patients (per arm where the paper
// prints arm-wise shares) in seeded random order.
import type {ArmCode, Flag, PatientRow, PrimaryTumor} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import type {Prng} from "./prng.js";
import {ARMS} from "../cohort-schema.js";

/** Applies `set` to `count` of `rows` chosen at random, and returns them. */
export function flagRandom(rows: PatientRow[], count: number, rng: Prng, set: (row: PatientRow) => void): PatientRow[] {
  const chosen = rng.shuffle(rows).slice(0, count);
  for (const row of chosen) set(row);
  return chosen;
}

function blankPatient(id: string, arm: ArmCode, primary_tumor: PrimaryTumor): PatientRow {
  const zero: Flag = 0;
  return {
    id, arm, sex: "F", age_at_diagnosis: 0, primary_tumor,
    hormonally_active: zero, extrahepatic_disease: zero, prior_primary_resection: zero, prior_hepatectomy: zero,
    prior_chemotherapy: zero, prior_radiation: zero, liver_metastases_3plus: zero,
    months_diagnosis_to_liver_metastases: 0, months_liver_metastases_to_embolization: 0,
    procedures_initial_cycle: 0, procedures_total: 0, retreated: zero, lost_to_follow_up: zero,
    response_1mo: null, ttp_months: null, ttp_event: null, tttf_months: null, tttf_event: null,
    symptom_relief: null, symptom_relief_months: null, os_months: 0, os_event: zero
  };
}

/** Integer ages with the printed mean, minimum and maximum. */
function ages(n: number, rng: Prng): number[] {
  const {mean, min, max, sd} = PLAN.age;
  const out = Array.from({length: n}, () => Math.min(max - 1, Math.max(min + 1, Math.round(mean + sd * rng.normal()))));
  out[0] = min;
  out[1] = max;
  // Nudge the free ages one year at a time until the sum is the printed mean's.
  let excess = out.reduce((s, a) => s + a, 0) - mean * n;
  for (let i = 2; excess !== 0; i = i + 1 < n ? i + 1 : 2) {
    const step = Math.sign(excess);
    const next = out[i] - step;
    if (next > min && next < max) {
      out[i] = next;
      excess -= step;
    }
  }
  return out;
}

export function buildBaseline(rng: Prng): PatientRow[] {
  const patients: PatientRow[] = [];
  for (const arm of ARMS) {
    const tumours: PrimaryTumor[] = Array<PrimaryTumor>(PLAN.carcinoid[arm]).fill("carcinoid");
    for (const [type, count] of Object.entries(PLAN.noncarcinoid[arm])) tumours.push(...Array<PrimaryTumor>(count).fill(type as PrimaryTumor));
    for (const tumour of rng.shuffle(tumours)) patients.push(blankPatient("", arm, tumour));
  }
  const order = rng.shuffle(patients.map((_, i) => i));
  const shuffled = order.map((i) => patients[i]);
  shuffled.forEach((p, i) => (p.id = `P${String(i + 1).padStart(3, "0")}`));

  for (const arm of ARMS) {
    const rows = shuffled.filter((p) => p.arm === arm);
    flagRandom(rows, PLAN.extrahepaticDisease[arm], rng, (p) => (p.extrahepatic_disease = 1));
    const resected = flagRandom(rows, PLAN.primaryResection[arm], rng, (p) => (p.prior_primary_resection = 1));
    flagRandom(resected, PLAN.hepatectomyWithResection[arm], rng, (p) => (p.prior_hepatectomy = 1));
    flagRandom(rows.filter((p) => p.prior_primary_resection === 0), PLAN.hepatectomyOnly[arm], rng, (p) => (p.prior_hepatectomy = 1));
  }
  flagRandom(shuffled, PLAN.men, rng, (p) => (p.sex = "M"));
  flagRandom(shuffled, PLAN.priorChemotherapy, rng, (p) => (p.prior_chemotherapy = 1));
  flagRandom(shuffled, PLAN.priorRadiation, rng, (p) => (p.prior_radiation = 1));
  flagRandom(shuffled, PLAN.liverMetastases3plus, rng, (p) => (p.liver_metastases_3plus = 1));
  ages(shuffled.length, rng).forEach((age, i) => (shuffled[i].age_at_diagnosis = age));
  return shuffled;
}
