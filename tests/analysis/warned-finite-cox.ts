// Cases of tests/fixtures/cox-ph-infinite.json where R's coxph warns
// "coefficient may be infinite" although the likelihood peaks at a coefficient
// near 0 (two groups with near-equal hazards, rows weighted by hundreds or
// thousands), as the pages meet them: risk-table rows of TTP, x = 1 as
// chemoembolization, or a reader's CSV with one line per patient.
import {readFileSync} from "node:fs";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

interface Case {
  name: string;
  ties: "efron" | "breslow";
  input: {time: number[]; event: (0 | 1)[]; covariates: {x: number[]}; weights: number[]};
  expected: {coef: number[]; se: number[]; infinite: boolean[]; shape: string};
}

export interface WarnedFinite {
  name: string;
  /** R's coefficient and standard error, which coxph printed beside its warning. */
  coef: number;
  se: number;
  input: Case["input"];
}

const {cases}: {cases: Case[]} = JSON.parse(readFileSync("tests/fixtures/cox-ph-infinite.json", "utf8"));

/** The Efron cases, as every page fits (R expanded their weighted rows). */
export const warnedFinite: WarnedFinite[] = cases
  .filter((c) => c.ties === "efron" && c.expected.shape === "finite" && c.expected.infinite[0])
  .map((c) => ({name: c.name, coef: c.expected.coef[0], se: c.expected.se[0], input: c.input}));

const template = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"))[0];

export function riskTableRows({input}: WarnedFinite): PatientRow[] {
  return input.time.map((t, i) => ({
    ...template,
    id: `row${i}`,
    arm: input.covariates.x[i] === 1 ? "chemoembolization" : "bland",
    ttp_months: t,
    ttp_event: input.event[i],
    endpoint: "ttp",
    weight: input.weights[i]
  }));
}

/** One line per patient, group "b" for x = 1 (the second level, whose hazard ratio the forest gives), subgroup "s" all "y". */
export function csvLines({input}: WarnedFinite): string {
  const lines = ["time,event,g,s"];
  input.time.forEach((t, i) => {
    const line = `${t},${input.event[i]},${input.covariates.x[i] === 1 ? "b" : "a"},y`;
    for (let k = 0; k < input.weights[i]; ++k) lines.push(line);
  });
  return lines.join("\n");
}
