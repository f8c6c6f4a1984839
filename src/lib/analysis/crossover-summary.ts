// Patients who received both modalities, per assigned arm, with their
// procedure counts: the paper assigns each patient to the predominant therapy.
import {group} from "d3";
import type {PatientRow, ProcedureRow} from "./patient-row.js";

export interface CrossoverRow {
  arm: PatientRow["arm"];
  patients: number;
  crossover: number;
  procedures: number;
  chemoembolizationProcedures: number;
  blandProcedures: number;
  crossoverPatients: {id: PatientRow["id"]; chemoembolization: number; bland: number}[];
}

export function crossoverSummary(patients: readonly PatientRow[], procedures: readonly ProcedureRow[]): CrossoverRow[] {
  const byPatient = group(procedures, (r) => r.patient_id);
  return (["chemoembolization", "bland"] as const).map((arm) => {
    const members = patients.filter((p) => p.arm === arm);
    const counts = members.map((p) => {
      const rows = byPatient.get(p.id) ?? [];
      return {id: p.id, chemoembolization: rows.filter((r) => r.modality === "chemoembolization").length, bland: rows.filter((r) => r.modality === "bland").length};
    });
    const crossoverPatients = counts.filter((c) => c.chemoembolization > 0 && c.bland > 0);
    return {
      arm,
      patients: members.length,
      crossover: crossoverPatients.length,
      procedures: counts.reduce((s, c) => s + c.chemoembolization + c.bland, 0),
      chemoembolizationProcedures: counts.reduce((s, c) => s + c.chemoembolization, 0),
      blandProcedures: counts.reduce((s, c) => s + c.bland, 0),
      crossoverPatients
    };
  });
}
