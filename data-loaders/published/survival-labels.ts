// Labels of the Kaplan–Meier and log-rank numbers, built from what the
// fidelity report computes for them: the endpoint with its time origin, the
// patients (arm and tumour type) and, for a P value, which groups it compares.
// A label written by hand drifted from its computation once (Fig 6 read
// "chemoembolization vs bland" over a carcinoid-vs-noncarcinoid test).
import type {Arm} from "./types.js";

export type LabelArm = Exclude<Arm, "chemoembolization_vs_bland" | "carcinoid_vs_noncarcinoid">;

const ENDPOINT: Record<string, string> = {
  ttp: "TTP from stabilization",
  tttf: "TTTF from stabilization",
  os_embolization: "Survival from first embolization",
  os_diagnosis: "Survival from diagnosis",
  os_liver_metastases: "Survival from liver metastases"
};
const WITHOUT_EVENT: Record<string, string> = {ttp: "free of progression", tttf: "free of treatment failure"};

function endpointName(endpoint: string): string {
  const name = ENDPOINT[endpoint];
  if (!name) throw new Error(`no survival label for endpoint ${endpoint}`);
  return name;
}

const ARM_NAME: Record<LabelArm, string> = {chemoembolization: "chemoembolization arm", bland: "bland arm", all: "both arms"};
const patients = (arm: LabelArm, subgroup: string) => `${ARM_NAME[arm]}${subgroup === "all" ? "" : `, ${subgroup}`}`;

/** "TTP from stabilization, bland arm, carcinoid: % free of progression at 12 months (Kaplan–Meier)". */
export function landmarkLabel(endpoint: string, arm: LabelArm, subgroup: string, months: number): string {
  return `${endpointName(endpoint)}, ${patients(arm, subgroup)}: % ${WITHOUT_EVENT[endpoint] ?? "surviving"} at ${months} months (Kaplan–Meier)`;
}

export function medianLabel(endpoint: string, arm: LabelArm, subgroup: string): string {
  return `${endpointName(endpoint)}, ${patients(arm, subgroup)}: median (months)`;
}

/** Log-rank P of chemoembolization vs bland among the patients of one tumour type (or all). */
export function armPLabel(endpoint: string, subgroup: string): string {
  return `${endpointName(endpoint)}: log-rank P, chemoembolization vs bland arm${subgroup === "all" ? "" : `, ${subgroup} patients only`}`;
}

/** Log-rank P of carcinoid vs noncarcinoid tumours among the patients of one arm (or both). */
export function tumorPLabel(endpoint: string, arm: LabelArm): string {
  return `${endpointName(endpoint)}: log-rank P, carcinoid vs noncarcinoid, ${arm === "all" ? "both arms" : `${ARM_NAME[arm]} only`}`;
}
