// Which patients and which times each survival endpoint of the paper uses,
// restricted to an arm and tumour type. TTP and TTTF run from stabilization
// over the patients assessed at one month; survival runs over everyone, from
// embolization, liver metastases or diagnosis. Times are read as the pages read
// them (src/lib/analysis/endpoints.ts). A row of a risk table
// (src/lib/analysis/risk-table-patients.ts) counts on its own endpoint only,
// as `weight` patients.
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import type {ArmCode, PatientRow} from "../reconstruction/cohort-types.js";

export type SurvivalEndpoint = EndpointId;
export type Subgroup = "all" | "carcinoid" | "noncarcinoid";

/** A patient, or a risk-table row standing for `weight` patients on `endpoint` alone. */
export type SurvivalRow = PatientRow & {endpoint?: SurvivalEndpoint; weight?: number};

export interface EndpointData {
  time: number[];
  event: number[];
  arm: ArmCode[];
  carcinoid: boolean[];
  /** How many patients each row stands for; absent for patient rows. */
  weights?: number[];
  /** The patients kept, in the order of the arrays. */
  rows: SurvivalRow[];
}

export function isSurvivalEndpoint(endpoint: string): endpoint is SurvivalEndpoint {
  return Object.hasOwn(ENDPOINTS, endpoint);
}

/** Whether a patient belongs to an arm (or either) and tumour type (or either). */
export function inGroup(p: PatientRow, arm: ArmCode | "all", subgroup: Subgroup): boolean {
  return (arm === "all" || p.arm === arm) && (subgroup === "all" || (subgroup === "carcinoid") === (p.primary_tumor === "carcinoid"));
}

export function endpointData(patients: readonly SurvivalRow[], endpoint: SurvivalEndpoint, arm: ArmCode | "all" = "all", subgroup: Subgroup = "all"): EndpointData {
  const out: EndpointData = {time: [], event: [], arm: [], carcinoid: [], rows: []};
  const {time: timeOf, event: eventOf} = ENDPOINTS[endpoint];
  for (const p of patients) {
    if ((p.endpoint !== undefined && p.endpoint !== endpoint) || !inGroup(p, arm, subgroup)) continue;
    const carcinoid = p.primary_tumor === "carcinoid";
    const time = timeOf(p);
    const event = eventOf(p);
    if (time === null || event === null) continue;
    out.time.push(time);
    out.event.push(event);
    out.arm.push(p.arm);
    out.carcinoid.push(carcinoid);
    out.rows.push(p);
    if (p.weight !== undefined) (out.weights ??= []).push(p.weight);
  }
  return out;
}
