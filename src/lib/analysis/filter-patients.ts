// The subgroup filters a reader can apply on every page.
import {tumorType, type PatientRow, type ProcedureRow} from "./patient-row.js";

export interface PatientFilters {
  tumor: "all" | "carcinoid" | "noncarcinoid";
  hormonal: "all" | "active" | "inactive";
  extrahepatic: "all" | "present" | "absent";
}

export const NO_FILTERS: PatientFilters = {tumor: "all", hormonal: "all", extrahepatic: "all"};

export function filterPatients<P extends PatientRow>(patients: readonly P[], filters: Partial<PatientFilters>): P[] {
  const {tumor, hormonal, extrahepatic} = {...NO_FILTERS, ...filters};
  return patients.filter(
    (p) =>
      (tumor === "all" || tumorType(p) === tumor) &&
      (hormonal === "all" || p.hormonally_active === (hormonal === "active" ? 1 : 0)) &&
      (extrahepatic === "all" || p.extrahepatic_disease === (extrahepatic === "present" ? 1 : 0))
  );
}

/** The procedures of the given patients, in their original order. */
export function proceduresOf<R extends Pick<ProcedureRow, "patient_id">>(procedures: readonly R[], patients: readonly Pick<PatientRow, "id">[]): R[] {
  const ids = new Set(patients.map((p) => p.id));
  return procedures.filter((r) => ids.has(r.patient_id));
}
