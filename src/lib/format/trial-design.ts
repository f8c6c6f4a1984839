// A trial design as a table (for the CSV export) and as the paragraph a
// protocol's sample-size section needs, both from the same numbers the page
// shows, so what is downloaded is what was read.
import type {FormulaDesign, RmstDesign, Sided} from "../design/index.js";

export interface DesignAssumptions {
  /** "Time to progression", "Survival from first embolization". */
  endpoint: string;
  hr: number;
  /** The cohort's Cox estimate the hazard ratio was prefilled from, with its interval. */
  observed: {estimate: number; lower: number; upper: number; confLevel: number} | null;
  alpha: number;
  sided: Sided;
  power: number;
  ratio: number;
  accrualPeriod: number;
  dropoutPerYear: number;
  /** What the design fixes: follow-up after accrual, or the accrual rate. */
  solve: "patients" | "duration";
  /** Control patients behind the assumed control curve. */
  controlPatients: number;
}

const FORMULA_NAMES = {schoenfeld: "Schoenfeld", freedman: "Freedman"} as const;

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** Patients rounded up, split by allocation: [total, treatment, control]. */
export function patientsByArm(patients: number, ratio: number): [number, number, number] {
  const total = Math.ceil(patients - 1e-9);
  const treatment = Math.round((total * ratio) / (1 + ratio));
  return [total, treatment, total - treatment];
}

/** One row per formula, assumptions first, for the CSV export. */
export function designRows(assumptions: DesignAssumptions, designs: FormulaDesign[], rmst: RmstDesign | null = null): Record<string, string | number>[] {
  const common = {
    endpoint: assumptions.endpoint,
    hazard_ratio: assumptions.hr,
    alpha: assumptions.alpha,
    sided: assumptions.sided,
    power: assumptions.power,
    allocation_treatment_per_control: assumptions.ratio,
    accrual_months: assumptions.accrualPeriod,
    dropout_per_year: assumptions.dropoutPerYear,
    solved_for: assumptions.solve
  };
  const rows: Record<string, string | number>[] = designs.map((d) => {
    const [total, treatment, control] = patientsByArm(d.patients, assumptions.ratio);
    return {
      ...common,
      method: `${FORMULA_NAMES[d.formula]} events, log-rank test`,
      events: Math.ceil(d.events - 1e-9),
      patients: total,
      patients_treatment: treatment,
      patients_control: control,
      accrual_per_month: Number(d.rate.toFixed(3)),
      follow_up_months: Number(d.followUp.toFixed(2)),
      duration_months: Number(d.duration.toFixed(2)),
      rmst_tau_months: "",
      rmst_difference_months: ""
    };
  });
  if (rmst) {
    const [total, treatment, control] = patientsByArm(rmst.patients, assumptions.ratio);
    rows.push({...common, method: "Difference in restricted mean survival time", events: "", patients: total, patients_treatment: treatment, patients_control: control, accrual_per_month: Number((total / assumptions.accrualPeriod).toFixed(3)), follow_up_months: Number((rmst.duration - assumptions.accrualPeriod).toFixed(2)), duration_months: Number(rmst.duration.toFixed(2)), rmst_tau_months: rmst.tau, rmst_difference_months: Number(rmst.difference.toFixed(3))});
  }
  return rows;
}

/** The sample-size paragraph for a protocol, for the Schoenfeld design (the first of `designs`). */
export function protocolText(assumptions: DesignAssumptions, designs: FormulaDesign[], rmst: RmstDesign | null = null): string {
  const a = assumptions;
  const primary = designs.find((d) => d.formula === "schoenfeld")!;
  const freedman = designs.find((d) => d.formula === "freedman");
  const [total, treatment, control] = patientsByArm(primary.patients, a.ratio);
  const events = Math.ceil(primary.events - 1e-9);
  const observed = a.observed
    ? ` (the hazard ratio observed for chemoembolization against bland embolization in a retrospective cohort was ${a.observed.estimate.toFixed(2)}, ${Math.round(a.observed.confLevel * 100)}% CI ${a.observed.lower.toFixed(2)}–${a.observed.upper.toFixed(2)})`
    : "";
  const test = a.sided === 2 ? `a two-sided log-rank test at α = ${a.alpha}` : `a one-sided log-rank test at α = ${a.alpha}`;
  const allocation = a.ratio === 1 ? "1:1 randomization" : `${a.ratio}:1 randomization (chemoembolization : bland embolization)`;
  const timing =
    a.solve === "patients"
      ? `Patients are enrolled uniformly over ${oneDecimal(a.accrualPeriod)} months (about ${primary.rate.toFixed(1)} a month) and followed for at least ${oneDecimal(primary.followUp)} months after the last enrolment, so the analysis is expected ${oneDecimal(primary.duration)} months after the first`
      : `At ${primary.rate.toFixed(1)} patients a month over ${oneDecimal(a.accrualPeriod)} months, the ${events}th event is expected ${oneDecimal(primary.duration)} months after the first enrolment`;
  const sentences = [
    `The primary endpoint is ${a.endpoint.toLowerCase()}, compared between chemoembolization and bland embolization by ${test} with ${allocation}.`,
    `To detect a hazard ratio of ${a.hr}${observed} with ${Math.round(a.power * 100)}% power, Schoenfeld's formula requires ${events} events${freedman ? ` (Freedman's, ${Math.ceil(freedman.events - 1e-9)})` : ""}.`,
    `The control arm's ${a.endpoint.toLowerCase()} is assumed to follow the Kaplan–Meier curve of ${a.controlPatients} bland-embolization patients of that cohort (exponential between its steps), the chemoembolization arm proportional hazards, and dropout ${Math.round(a.dropoutPerYear * 100)}% a year.`,
    `${timing}; ${total} patients (${treatment} chemoembolization, ${control} bland embolization) are required, with the analysis when ${events} events have occurred.`
  ];
  if (rmst) {
    const [rTotal] = patientsByArm(rmst.patients, a.ratio);
    sentences.push(`Because the hazards observed in that cohort were not proportional, a difference in restricted mean ${a.endpoint.toLowerCase()} up to ${rmst.tau} months (${rmst.difference.toFixed(1)} months under the observed curves) is an alternative primary analysis; it requires ${rTotal} patients with the same accrual and follow-up.`);
  }
  return sentences.join(" ");
}
