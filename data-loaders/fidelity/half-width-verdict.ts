// A cohort's verdict on one Tables 1–2 "±" half-width. The methods that give
// the printed value on some admissible count (half-width-methods.ts) are
// applied to the cohort's own counts: procedures of the modality with any
// grade of the toxicity, or the arm's patients with any grade after a
// procedure of that modality (crossovers left out). When no method gives the printed value on any
// admissible count, the method is not identified.
import type {PublishedNumber} from "../published/types.js";
import type {Cohort} from "../reconstruction/cohort-types.js";
import {HALF_WIDTH_METHODS, type HalfWidthTrial} from "./half-width-methods.js";
import {inBand} from "../published/rounding-band.js";

export interface HalfWidthVerdict {
  status: "reproduced" | "missed" | "unidentified";
  /** The cohort's value under the method that reproduces it, when one does. */
  value?: number;
  detail: string;
}

const range = (t: HalfWidthTrial) => (t.range ? `${t.range[0].toFixed(2)}–${t.range[1].toFixed(2)}` : "no admissible count");

export function halfWidthVerdict(n: PublishedNumber, {patients, procedures}: Cohort, trials: readonly HalfWidthTrial[]): HalfWidthVerdict {
  const identified = trials.filter((t) => t.hits.length > 0);
  if (identified.length === 0) {
    return {status: "unidentified", detail: `method not identified: no tried interval gives ${n.text} on any count the tables allow (${trials.map((t) => `${t.label} ${range(t)}`).join("; ")})`};
  }
  const [table, category] = n.id.split(".");
  const modality = table === "table1" ? "chemoembolization" : "bland";
  const key = `grade_${category}` as keyof (typeof procedures)[number];
  const rows = procedures.filter((r) => r.modality === modality);
  const arm = new Set(patients.filter((p) => p.arm === modality).map((p) => p.id));
  const affected = new Set(rows.filter((r) => (r[key] as number) >= 1 && arm.has(r.patient_id)).map((r) => r.patient_id));
  const counts = {procedures: {k: rows.filter((r) => (r[key] as number) >= 1).length, n: rows.length}, patients: {k: affected.size, n: arm.size}};
  const named = identified.map((t) => `${t.label} (e.g. ${t.hits[0].k} of ${t.hits[0].n}: ${t.hits[0].value.toFixed(2)})`).join("; ");
  for (const t of identified) {
    const method = HALF_WIDTH_METHODS.find((m) => m.id === t.method)!;
    const {k, n: size} = counts[method.unit];
    // A cohort without this modality's procedures (or patients) has no interval to compare.
    if (size === 0) continue;
    const value = method.halfWidth(k, size);
    if (inBand(value, n)) return {status: "reproduced", value, detail: `${t.label}, ${k} of ${size}; printed value given by: ${named}`};
  }
  return {status: "missed", detail: `printed value given by: ${named}; not by the cohort's counts`};
}
