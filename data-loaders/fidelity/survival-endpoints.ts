// Which patients and which times each survival endpoint of the paper uses,
// read off the cohort rows. TTP and TTTF run from stabilization over the
// patients assessed at one month; survival runs over everyone, from
// embolization, liver metastases or diagnosis.
import type {ArmCode, PatientRow} from "../reconstruction/cohort-types.js";

export type SurvivalEndpoint = "ttp" | "tttf" | "os_embolization" | "os_liver_metastases" | "os_diagnosis";
export type Subgroup = "all" | "carcinoid" | "noncarcinoid";

export interface EndpointData {
  time: number[];
  event: number[];
  arm: ArmCode[];
  carcinoid: boolean[];
  /** The patients kept, in the order of the arrays. */
  rows: PatientRow[];
}

export function isSurvivalEndpoint(endpoint: string): endpoint is SurvivalEndpoint {
  return endpoint === "ttp" || endpoint === "tttf" || endpoint === "os_embolization" || endpoint === "os_liver_metastases" || endpoint === "os_diagnosis";
}

export function endpointData(patients: readonly PatientRow[], endpoint: SurvivalEndpoint, arm: ArmCode | "all" = "all", subgroup: Subgroup = "all"): EndpointData {
  const out: EndpointData = {time: [], event: [], arm: [], carcinoid: [], rows: []};
  for (const p of patients) {
    if (arm !== "all" && p.arm !== arm) continue;
    const carcinoid = p.primary_tumor === "carcinoid";
    if ((subgroup === "carcinoid" && !carcinoid) || (subgroup === "noncarcinoid" && carcinoid)) continue;
    let time: number | null;
    let event: number | null;
    if (endpoint === "ttp") [time, event] = [p.ttp_months, p.ttp_event];
    else if (endpoint === "tttf") [time, event] = [p.tttf_months, p.tttf_event];
    else {
      event = p.os_event;
      time = p.os_months;
      if (endpoint !== "os_embolization") time += p.months_liver_metastases_to_embolization;
      if (endpoint === "os_diagnosis") time += p.months_diagnosis_to_liver_metastases;
      // Times are kept to 0.1 month; rounding the sum keeps equal sums tied.
      time = Math.round(time * 10) / 10;
    }
    if (time === null || event === null) continue;
    out.time.push(time);
    out.event.push(event);
    out.arm.push(p.arm);
    out.carcinoid.push(carcinoid);
    out.rows.push(p);
  }
  return out;
}
