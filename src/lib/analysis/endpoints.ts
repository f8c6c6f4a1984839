// The paper's time-to-event endpoints and how each is read off a patient row.
// Times from diagnosis and from liver metastases add the intervals before the
// first embolization to the survival time measured from it. The pages and the
// reconstruction's fidelity report both read times here, so they agree.
import {weightOf, type PatientRow} from "./patient-row.js";

export type EndpointId = "ttp" | "tttf" | "os_embolization" | "os_diagnosis" | "os_liver_metastases";

export interface Endpoint {
  id: EndpointId;
  label: string;
  short: string;
  yLabel: string;
  /** Landmarks the paper reports, in months. */
  landmarks: number[];
  time(p: PatientRow): number | null;
  event(p: PatientRow): 0 | 1 | null;
  /**
   * When the patient joined the cohort on this endpoint's time scale: the
   * first embolization. Only for origins before it (diagnosis, liver
   * metastases), where a plain Kaplan–Meier curve would count the years
   * before the first embolization, in which no death could be observed.
   */
  entry?(p: PatientRow): number;
}

/** Times are kept to 0.1 month (as patients.csv prints them); rounding a sum keeps equal sums tied. */
export const tenths = (months: number): number => Math.round(months * 10) / 10;

export const ENDPOINTS: Record<EndpointId, Endpoint> = {
  ttp: {
    id: "ttp", label: "Time to progression", short: "TTP", yLabel: "Free of progression", landmarks: [6, 12, 24, 36],
    time: (p) => p.ttp_months, event: (p) => p.ttp_event
  },
  tttf: {
    id: "tttf", label: "Time to treatment failure", short: "TTTF", yLabel: "Free of treatment failure", landmarks: [6, 12, 24, 36],
    time: (p) => p.tttf_months, event: (p) => p.tttf_event
  },
  os_embolization: {
    id: "os_embolization", label: "Survival from first embolization", short: "OS", yLabel: "Surviving", landmarks: [12, 24, 60, 120],
    time: (p) => p.os_months, event: (p) => p.os_event
  },
  os_diagnosis: {
    id: "os_diagnosis", label: "Survival from diagnosis", short: "OS from diagnosis", yLabel: "Surviving", landmarks: [12, 24, 60, 120],
    time: (p) => tenths(p.os_months + p.months_liver_metastases_to_embolization + p.months_diagnosis_to_liver_metastases),
    event: (p) => p.os_event,
    entry: (p) => tenths(p.months_liver_metastases_to_embolization + p.months_diagnosis_to_liver_metastases)
  },
  os_liver_metastases: {
    id: "os_liver_metastases", label: "Survival from liver metastases", short: "OS from liver metastases", yLabel: "Surviving", landmarks: [12, 24, 60, 120],
    time: (p) => tenths(p.os_months + p.months_liver_metastases_to_embolization),
    event: (p) => p.os_event,
    entry: (p) => tenths(p.months_liver_metastases_to_embolization)
  }
};

export interface EndpointData<Row> {
  /** The patients the endpoint is defined for, in input order. */
  rows: Row[];
  time: number[];
  event: (0 | 1)[];
  /** How many patients each row stands for; absent for patient rows, so their estimates run exactly as unweighted. */
  weights?: number[];
}

/** The rows with a time and event for `endpoint`, and those times and events. */
export function endpointData<Row extends PatientRow>(patients: readonly Row[], endpoint: EndpointId): EndpointData<Row> {
  const {time, event} = ENDPOINTS[endpoint];
  const out: EndpointData<Row> = {rows: [], time: [], event: []};
  const weights: number[] = [];
  for (const p of patients) {
    // A risk-table row stands for patients of its own endpoint only.
    if (p.endpoint !== undefined && p.endpoint !== endpoint) continue;
    const t = time(p);
    const e = event(p);
    if (t === null || e === null) continue;
    out.rows.push(p);
    out.time.push(t);
    out.event.push(e);
    weights.push(weightOf(p));
  }
  if (out.rows.some((p) => p.weight !== undefined)) out.weights = weights;
  return out;
}
